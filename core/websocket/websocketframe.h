#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace protoviz {

/// WebSocket opcodes (RFC 6455 section 5.2). 0x3-0x7 and 0xB-0xF are reserved.
namespace WebSocketOpcode {
constexpr quint8 Continuation = 0x0;
constexpr quint8 Text = 0x1;
constexpr quint8 Binary = 0x2;
constexpr quint8 Close = 0x8;
constexpr quint8 Ping = 0x9;
constexpr quint8 Pong = 0xA;
} // namespace WebSocketOpcode

/// Close codes ProtoViz sends or explains (RFC 6455 section 7.4.1).
namespace WebSocketCloseCode {
constexpr quint16 Normal = 1000;
constexpr quint16 GoingAway = 1001;
constexpr quint16 ProtocolError = 1002;
constexpr quint16 UnsupportedData = 1003;
constexpr quint16 NoStatus = 1005;        ///< never on the wire: a Close frame without a code
constexpr quint16 AbnormalClosure = 1006; ///< never on the wire: the connection ended without Close frames
constexpr quint16 InvalidPayload = 1007;
constexpr quint16 PolicyViolation = 1008;
constexpr quint16 MessageTooBig = 1009;
constexpr quint16 InternalError = 1011;
} // namespace WebSocketCloseCode

/// How a frame header states its payload length: in the 7 bits of the second byte (0-125), or 126 then
/// a 16-bit length, or 127 then a 64-bit length.
enum class WebSocketLengthEncoding : quint8 { Bits7, Bits16, Bits64 };

/// One WebSocket frame as it crossed the wire, decoded (RFC 6455 section 5.2). A value type.
struct WebSocketFrame
{
    bool fin = true;
    quint8 rsv = 0;    ///< RSV1, RSV2, RSV3 as bits 2, 1, 0
    quint8 opcode = 0; ///< see WebSocketOpcode
    bool masked = false;
    quint32 maskingKey = 0; ///< the four key bytes, first byte in the most significant position
    quint64 payloadLength = 0;
    WebSocketLengthEncoding lengthEncoding = WebSocketLengthEncoding::Bits7;
    int headerSize = 0;  ///< 2 to 14 bytes
    QByteArray payload;  ///< unmasked
    QByteArray wire;     ///< header and payload exactly as sent (masked if masked)
    quint32 message = 0; ///< number of the data message the frame belongs to on its direction, 0 for control
    /// A data frame of a permessage-deflate message (its first frame set RSV1; its continuations do not):
    /// the payload is DEFLATE data. Set by the decoder.
    bool compressedMessage = false;

    bool isControl() const { return (opcode & 0x8) != 0; }
    /// The first header byte: FIN, RSV1-3 and the opcode.
    quint8 firstByte() const { return quint8((fin ? 0x80 : 0) | (rsv << 4) | (opcode & 0x0f)); }

    /// Close frames: the status code (1005, "no status", when the payload is empty) and the reason.
    quint16 closeCode() const;
    QByteArray closeReason() const;

    /// Writes a frame: header with the shortest length encoding, then the payload, masked with mask if
    /// given (frames a client sends must be masked, frames a server sends must not).
    static QByteArray encode(quint8 opcode, QByteArrayView payload, bool fin = true,
                             std::optional<quint32> mask = std::nullopt, quint8 rsv = 0);
    /// The payload of a Close frame: the code in network byte order, then the reason.
    static QByteArray closePayload(quint16 code, QByteArrayView reason);
    /// A masking key from a strong random source, as RFC 6455 section 5.3 asks.
    static quint32 randomMask();

    /// "text", "binary", "continuation", "close", "ping", "pong", or "reserved (0x3)".
    static QString opcodeName(quint8 opcode);
    /// True for 0x0-0x2 and 0x8-0xA.
    static bool isKnownOpcode(quint8 opcode);
    /// The meaning of a close code in plain words ("normal closure", "protocol error", ...).
    static QString closeCodeMeaning(quint16 code);
    /// True for a code an endpoint may put in a Close frame: 1000-1003, 1007-1014, 3000-4999.
    static bool isValidCloseCode(quint16 code);
};

} // namespace protoviz

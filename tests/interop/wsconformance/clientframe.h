#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace protoviz::test {

/// How a hand-written frame states its payload length: the shortest form RFC 6455 section 5.2 asks for,
/// or a longer one on purpose (126 + 16 bits, 127 + 64 bits) whatever the length.
enum class LengthForm : quint8 { Shortest, Bits16, Bits64 };

/// Everything about a hand-written client frame besides its opcode and payload, so that a conformance
/// case can break any rule of RFC 6455 on purpose.
struct ClientFrameOptions
{
    bool fin = true;
    quint8 rsv = 0; ///< RSV1, RSV2, RSV3 as bits 2, 1, 0
    bool masked = true;
    LengthForm length = LengthForm::Shortest;
    /// Written as the 64-bit length instead of the payload's size (a length with its top bit set).
    std::optional<quint64> announcedLength;
};

/// The bytes of one frame a client sends, written here independently of ProtoViz's own encoder: the
/// conformance suite must not test the server with the server's code. Masked with a fixed key unless
/// options say otherwise.
QByteArray clientFrame(quint8 opcode, QByteArrayView payload, const ClientFrameOptions& options = {});

/// A Close frame's payload: the code in network byte order, then the reason.
QByteArray closePayload(quint16 code, QByteArrayView reason = {});

} // namespace protoviz::test

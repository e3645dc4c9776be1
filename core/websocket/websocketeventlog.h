#pragma once

#include "core/timeline/eventdetail.h"
#include "core/timeline/eventrecorder.h"
#include "core/websocket/websocketframe.h"
#include "core/websocket/websocketmessage.h"
#include "core/websocket/websocketprotocolerror.h"

#include <QByteArray>
#include <QList>

namespace protoviz {

/// Puts one WebSocket connection's handshake, frames, messages, closes and errors on the timeline as
/// Layer::WebSocket events, for either side and either direction. A value type around the connection's
/// EventRecorder; an inactive recorder makes every call a no-op. sent: this side wrote the unit
/// (outgoing) rather than received it (incoming).
///
/// - UpgradeRequest / UpgradeResponse: size = head bytes, stream = the HTTP message number, detail bytes
///   = the head; the response's value = its status, its fields recompute Sec-WebSocket-Accept.
/// - Frame: flags = first header byte, size = frame bytes, overhead = header bytes, value = payload
///   length, stream = the data message's number on its direction (0 for control frames); detail bytes =
///   the frame as sent (masked), fields located in them (FIN, RSV1-3, opcode, MASK, payload length and
///   its encoding, masking key, the unmasked payload, close code and reason).
/// - Message: size = payload bytes (inflated if compressed), overhead = header bytes of its frames, value =
///   its frame count, stream = its number, flags = the opcode, plus MessageCompressedFlag for a
///   permessage-deflate message (its first frame set RSV1); detail bytes = the unmasked (inflated) payload,
///   and for a compressed message a field with the bytes on the wire, inflated and saved. The bytes saved
///   need no detail: the sum of the Message events' size minus the sum of their data Frame events' value
///   (payload on the wire).
/// - Close: value = the close code (1005 for none), stream 0, text = code, meaning and reason.
/// - Error: value = the close code the violation calls for; detail = the explanation and what had
///   arrived of the frame.
class WebSocketEventLog
{
public:
    /// Message events: set in flags when the message was compressed (RSV1 set, permessage-deflate).
    static constexpr quint8 MessageCompressedFlag = 0x40;

    WebSocketEventLog() = default;
    explicit WebSocketEventLog(EventRecorder recorder)
        : m_recorder(recorder)
    {
    }

    const EventRecorder& recorder() const { return m_recorder; }
    void setRecorder(EventRecorder recorder) { m_recorder = recorder; }

    void upgradeRequest(bool sent, quint32 message, const QByteArray& head) const;
    /// key: the request's Sec-WebSocket-Key (empty when the request had none).
    void upgradeResponse(bool sent, quint32 message, const QByteArray& head, int status,
                         QByteArrayView key) const;
    /// A refused upgrade: the status answered and why.
    void upgradeRefused(quint32 message, int status, const QString& explanation) const;

    void frame(bool sent, const WebSocketFrame& frame) const;
    void message(bool sent, const WebSocketMessage& message) const;
    void close(bool sent, const WebSocketFrame& closeFrame) const;
    void error(const WebSocketProtocolError& error) const;
    /// An error that no frame carries (the handshake failed, the connection ended without Close frames).
    void error(const QString& explanation, quint16 closeCode) const;

    /// The decoded fields of a frame, located in frame.wire.
    static QList<Field> frameFields(const WebSocketFrame& frame, bool headerComplete = true);
    /// One line: "text frame, FIN, masked (key 0x37fa213d), 6 B header + 5 B payload: "Hello"". The first
    /// frame of a compressed message says "RSV1 (compressed)"; its frames show their payload as bytes.
    static QString describeFrame(const WebSocketFrame& frame);
    /// A printable preview of a payload: text in quotes, or hexadecimal bytes.
    static QString preview(quint8 opcode, QByteArrayView payload);

private:
    QByteArray keep(QByteArrayView bytes) const;

    EventRecorder m_recorder;
};

} // namespace protoviz

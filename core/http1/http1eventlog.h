#pragma once

#include "core/timeline/eventdetail.h"
#include "core/timeline/eventrecorder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace protoviz {

/// Puts one HTTP/1.1 connection's messages on the timeline as Layer::Http1 events, for either side
/// and either direction, so that the client, the server and later the WebSocket upgrade describe
/// messages the same way. A value type around the connection's EventRecorder; inactive recorders make
/// every call a no-op. message is the 1-based number of the message on its connection (a response
/// carries its request's number).
class Http1EventLog
{
public:
    Http1EventLog() = default;
    explicit Http1EventLog(EventRecorder recorder)
        : m_recorder(recorder)
    {
    }

    const EventRecorder& recorder() const { return m_recorder; }
    void setRecorder(EventRecorder recorder) { m_recorder = recorder; }

    /// RequestHead or ResponseHead: size = head bytes; detail bytes = raw; fields from headFields().
    /// sent: this side wrote the head (outgoing) rather than received it (incoming).
    void head(bool sent, quint32 message, const QByteArray& raw) const;

    /// Body: size = wire bytes, overhead = wire bytes that are chunk framing; detail bytes = wire.
    void body(bool sent, quint32 message, QByteArrayView wire, qint64 payloadBytes) const;

    /// MessageEnd: size = body payload bytes of the whole message.
    void messageEnd(bool sent, quint32 message, qint64 payloadBytes) const;

    /// Error: the explanation as the detail text.
    void error(quint32 message, const QString& explanation) const;

    /// Decoded fields of a raw head, located in its bytes: "method", "target", "version" for a request
    /// line, "version", "status", "reason" for a status line (each covering its token), then one field
    /// per header line named like the header, whose value is the field value and whose offset and
    /// length cover the whole line without its CR LF.
    static QList<Field> headFields(QByteArrayView raw);

private:
    EventRecorder m_recorder;
};

} // namespace protoviz

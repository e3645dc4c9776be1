#include "core/session/pollingserverconnection.h"

#include "core/http1/http1writer.h"
#include "core/transport/bytestream.h"

namespace protoviz {

PollingServerConnection::PollingServerConnection(ByteStream* stream, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_stream(stream)
    , m_log(recorder)
    , m_parser(Http1Parser::Mode::Request, this)
{
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::received, this, &PollingServerConnection::onReceived);
    connect(m_stream, &ByteStream::closed, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        emit finished();
    });
}

PollingServerConnection::~PollingServerConnection()
{
    disconnect(m_stream, nullptr, this, nullptr);
}

quint32 PollingServerConnection::connectionId() const
{
    return m_stream->connectionId();
}

bool PollingServerConnection::isWaiting(quint32 message) const
{
    return !m_finished && !m_closing && m_unanswered.contains(message) && !m_ready.contains(message);
}

void PollingServerConnection::onReceived(const QByteArray& data)
{
    if (!m_closing && !m_finished)
        m_parser.feed(data);
}

void PollingServerConnection::onMessageBegin()
{
    ++m_message;
    m_body.clear();
}

void PollingServerConnection::onHead(const Http1MessageHead& head)
{
    m_head = head;
    m_log.head(false, m_message, head.raw);
}

void PollingServerConnection::onBody(QByteArrayView wire, QByteArrayView payload)
{
    m_log.body(false, m_message, wire, payload.size());
    m_body.append(payload);
}

void PollingServerConnection::onMessageComplete(qint64 payloadBytes, const HeaderList&)
{
    m_log.messageEnd(false, m_message, payloadBytes);
    HttpRequest request;
    request.method = m_head.method;
    request.path = m_head.target;
    request.authority = headerValue(m_head.headers, "host");
    request.headers = m_head.headers;
    request.body = std::exchange(m_body, {});
    m_unanswered.append(m_message);
    m_closeAfter.insert(m_message, !m_head.keepAlive);
    if (!m_head.keepAlive)
        m_parser.stop();
    emit requestReceived(m_message, request);
}

void PollingServerConnection::onError(const Http1ParseError& error)
{
    m_log.error(m_message, error.explanation);
    HttpResponse response;
    response.status = error.status;
    response.headers = {{"content-type", "text/plain; charset=utf-8"}};
    response.body = error.explanation.toUtf8() + '\n';
    // Whatever was still unanswered will not be: the connection ends with this error.
    m_unanswered.clear();
    m_ready.clear();
    write(m_message, response, true);
}

void PollingServerConnection::respond(quint32 message, const HttpResponse& response)
{
    if (m_finished || m_closing || !m_unanswered.contains(message))
        return;
    m_ready.insert(message, response);
    flush();
}

void PollingServerConnection::flush()
{
    while (!m_unanswered.isEmpty() && m_ready.contains(m_unanswered.constFirst()) && !m_closing) {
        const quint32 message = m_unanswered.takeFirst();
        write(message, m_ready.take(message), m_closeAfter.take(message));
    }
}

void PollingServerConnection::write(quint32 message, const HttpResponse& response, bool close)
{
    HeaderList fields = response.headers;
    const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
    if (!bodyless)
        fields.append({QByteArrayLiteral("content-length"), QByteArray::number(response.body.size())});
    fields.append({QByteArrayLiteral("server"), QByteArrayLiteral("ProtoViz")});
    if (close)
        fields.append({QByteArrayLiteral("connection"), QByteArrayLiteral("close")});
    const QByteArray head = Http1Writer::responseHead(response.status, fields);
    m_stream->write(head);
    m_log.head(true, message, head);
    const QByteArray body = bodyless ? QByteArray() : response.body;
    if (!body.isEmpty()) {
        m_stream->write(body);
        m_log.body(true, message, body, body.size());
    }
    m_log.messageEnd(true, message, body.size());
    if (close) {
        m_closing = true;
        m_parser.stop();
        m_stream->close();
    }
}

} // namespace protoviz

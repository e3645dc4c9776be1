#include "core/http1/http1clientconnection.h"

#include "core/http1/http1writer.h"
#include "core/transport/bytestream.h"

#include <QCoreApplication>

#include <utility>

namespace protoviz {

namespace {

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

Http1ClientConnection::Http1ClientConnection(ByteStream* stream, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_stream(stream)
    , m_baseRecorder(recorder)
    , m_log(recorder)
    , m_parser(
          std::make_unique<Http1Parser>(Http1Parser::Mode::Response, static_cast<Http1ParserHandler*>(this)))
{
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::opened, this, &Http1ClientConnection::onOpened);
    connect(m_stream, &ByteStream::received, this, &Http1ClientConnection::onReceived);
    connect(m_stream, &ByteStream::closed, this, &Http1ClientConnection::onStreamClosed);
    connect(m_stream, &ByteStream::failed, this, [this](const QString& reason) {
        if (m_failure.isEmpty())
            m_failure = reason;
    });
    if (m_stream->isOpen()) {
        m_wasOpened = true;
        m_log.setRecorder(m_baseRecorder.forConnection(m_stream->connectionId()));
    }
}

Http1ClientConnection::~Http1ClientConnection()
{
    disconnect(m_stream, nullptr, this, nullptr);
}

void Http1ClientConnection::setLimits(const Http1Parser::Limits& limits)
{
    if (m_nextMessage == 0)
        m_parser = std::make_unique<Http1Parser>(Http1Parser::Mode::Response,
                                                 static_cast<Http1ParserHandler*>(this), limits);
}

bool Http1ClientConnection::isOpen() const
{
    return !m_finished && m_stream->isOpen();
}

quint32 Http1ClientConnection::send(const HttpRequest& request, quint32 id)
{
    if (m_finished) {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                emit requestFailed(
                    id, QCoreApplication::translate("protoviz", "The connection was already closed."));
            },
            Qt::QueuedConnection);
        return 0;
    }
    m_pending.append({.id = id, .message = ++m_nextMessage, .request = request});
    if (m_stream->isOpen() && m_unwritten == 0)
        write(m_pending.last());
    else
        ++m_unwritten;
    return m_nextMessage;
}

void Http1ClientConnection::write(Pending& pending)
{
    const HttpRequest& request = pending.request;
    HeaderList fields;
    fields.reserve(request.headers.size() + 4);
    fields.emplaceBack(QByteArrayLiteral("host"), request.authority);
    if (headerValue(request.headers, "user-agent").isNull())
        fields.emplaceBack(QByteArrayLiteral("user-agent"), "ProtoViz");
    if (headerValue(request.headers, "accept").isNull())
        fields.emplaceBack(QByteArrayLiteral("accept"), "*/*");
    for (const auto& field : request.headers) {
        const QByteArray& name = field.first;
        if (!equalsIgnoringCase(name, "host") && !equalsIgnoringCase(name, "content-length") &&
            !equalsIgnoringCase(name, "transfer-encoding"))
            fields.append(field);
    }
    const bool bodyMethod = request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
    if (!request.body.isEmpty() || bodyMethod)
        fields.emplaceBack(QByteArrayLiteral("content-length"), QByteArray::number(request.body.size()));

    const QByteArray head = Http1Writer::requestHead(request.method, request.path, fields);
    m_stream->write(head);
    m_log.head(true, pending.message, head);
    if (!request.body.isEmpty()) {
        m_stream->write(request.body);
        m_log.body(true, pending.message, request.body, request.body.size());
    }
    m_log.messageEnd(true, pending.message, request.body.size());
    m_parser->expectResponseTo(request.method);
}

void Http1ClientConnection::close()
{
    if (m_finished)
        return;
    m_closing = true;
    m_stream->close();
}

void Http1ClientConnection::abort()
{
    if (!m_finished)
        m_stream->abort();
}

void Http1ClientConnection::onOpened()
{
    if (m_finished)
        return;
    m_wasOpened = true;
    m_log.setRecorder(m_baseRecorder.forConnection(m_stream->connectionId()));
    for (qsizetype i = m_pending.size() - m_unwritten; i < m_pending.size(); ++i)
        write(m_pending[i]);
    m_unwritten = 0;
    emit opened();
}

void Http1ClientConnection::onReceived(const QByteArray& data)
{
    if (m_finished || m_parser->isStopped())
        return;
    m_parser->feed(data);
    if (m_abortAfterFeed)
        m_stream->abort();
    else if (m_closing && m_parser->isStopped())
        m_stream->close();
    deliver();
}

void Http1ClientConnection::onMessageBegin()
{
    if (m_pending.isEmpty()) {
        m_failure =
            QCoreApplication::translate("protoviz", "The server sent a response although no request was "
                                                    "outstanding, so the client dropped the connection.");
        m_log.error(0, m_failure);
        m_abortAfterFeed = true;
        m_parser->stop();
        return;
    }
    Pending& pending = m_pending.first();
    if (!pending.started) {
        pending.started = true;
        m_outcomes.append({.kind = Outcome::Kind::Started, .id = pending.id});
    }
}

void Http1ClientConnection::onHead(const Http1MessageHead& head)
{
    Pending& pending = m_pending.first();
    m_log.head(false, pending.message, head.raw);
    // 1xx responses other than 101 are interim: the final response to the same request follows.
    if (head.status >= 200 || head.status == 101) {
        pending.finalHead = true;
        pending.response.status = head.status;
        pending.response.headers = head.headers;
        if (!head.keepAlive)
            m_closing = true;
    }
}

void Http1ClientConnection::onBody(QByteArrayView wire, QByteArrayView payload)
{
    Pending& pending = m_pending.first();
    m_log.body(false, pending.message, wire, payload.size());
    if (pending.finalHead)
        pending.response.body.append(payload);
}

void Http1ClientConnection::onMessageComplete(qint64 payloadBytes, const HeaderList& trailers)
{
    // Trailer fields stay in the Body events' bytes; HttpResponse carries the header section.
    Q_UNUSED(trailers);
    Pending& pending = m_pending.first();
    m_log.messageEnd(false, pending.message, payloadBytes);
    if (!pending.finalHead)
        return;
    Pending done = m_pending.takeFirst();
    m_outcomes.append({.kind = Outcome::Kind::Finished, .id = done.id, .response = std::move(done.response)});
    // After "Connection: close" (or a protocol switch this client cannot follow) nothing more on this
    // connection is HTTP/1.1 for us; requests sent after it are handed back unanswered.
    if (m_closing || m_parser->isUpgraded()) {
        m_closing = true;
        m_parser->stop();
    }
}

void Http1ClientConnection::onError(const Http1ParseError& error)
{
    m_log.error(m_pending.isEmpty() ? 0 : m_pending.constFirst().message, error.explanation);
    m_failure = error.explanation;
    m_abortAfterFeed = true;
}

void Http1ClientConnection::onStreamClosed()
{
    if (m_finished)
        return;
    // Completes a response delimited by the close, or records one cut short.
    m_parser->finish();
    m_finished = true;

    QString reason = m_failure;
    if (reason.isEmpty()) {
        reason = m_closing ? QCoreApplication::translate("protoviz",
                                                         "The connection was closed after a response that "
                                                         "announced the close (Connection: close).")
                           : QCoreApplication::translate("protoviz", "The server closed the connection.");
    }
    QList<quint32> unanswered;
    for (const Pending& pending : std::as_const(m_pending)) {
        if (pending.started)
            m_outcomes.append({.kind = Outcome::Kind::Failed, .id = pending.id, .reason = reason});
        else
            unanswered.append(pending.id);
    }
    m_pending.clear();
    m_unwritten = 0;
    m_outcomes.append({.kind = Outcome::Kind::Closed, .reason = reason, .unanswered = unanswered});
    deliver();
}

void Http1ClientConnection::deliver()
{
    // Outcomes queue up while the parser runs and are emitted here, outside it; a slot that closes the
    // connection makes onStreamClosed() append more, which this loop then delivers in order.
    if (m_delivering)
        return;
    m_delivering = true;
    while (!m_outcomes.isEmpty()) {
        const Outcome outcome = m_outcomes.takeFirst();
        switch (outcome.kind) {
        case Outcome::Kind::Started:
            emit responseStarted(outcome.id);
            break;
        case Outcome::Kind::Finished:
            emit responseFinished(outcome.id, outcome.response);
            break;
        case Outcome::Kind::Failed:
            emit requestFailed(outcome.id, outcome.reason);
            break;
        case Outcome::Kind::Closed:
            emit finished(outcome.unanswered, outcome.reason);
            break;
        }
    }
    m_delivering = false;
}

} // namespace protoviz

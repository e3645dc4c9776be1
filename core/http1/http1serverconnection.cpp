#include "core/http1/http1serverconnection.h"

#include "core/http1/http1writer.h"
#include "core/transport/bytestream.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace protoviz {

namespace {

// After an error the connection reads on until the client has been quiet this long (but no longer
// than LingerMaxMs), so that the close does not turn into a reset that destroys the error response.
constexpr int LingerQuietMs = 50;
constexpr int LingerMaxMs = 2000;
// A stream that does not report closed() this long after close() is aborted: never hang.
constexpr int CloseGraceMs = 5000;
// Chunked responses are written in chunks of at most this many payload bytes.
constexpr qsizetype ResponseChunkSize = 16 * 1024;

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// True if a list field with this name holds token (ASCII case-insensitive).
bool hasToken(const HeaderList& headers, QByteArrayView name, QByteArrayView token)
{
    for (const auto& [fieldName, value] : headers) {
        if (!equalsIgnoringCase(fieldName, name))
            continue;
        for (const QByteArray& element : value.split(',')) {
            if (equalsIgnoringCase(element.trimmed(), token))
                return true;
        }
    }
    return false;
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0);
}

} // namespace

Http1ServerConnection::Http1ServerConnection(ByteStream* stream, Handler handler, EventRecorder recorder,
                                             QObject* parent)
    : QObject(parent)
    , m_stream(stream)
    , m_handler(std::move(handler))
    , m_log(recorder)
    , m_parser(
          std::make_unique<Http1Parser>(Http1Parser::Mode::Request, static_cast<Http1ParserHandler*>(this)))
{
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::received, this, &Http1ServerConnection::onReceived);
    connect(m_stream, &ByteStream::closed, this, &Http1ServerConnection::onStreamClosed);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Http1ServerConnection::onIdleTimeout);
    m_headerTimer.setSingleShot(true);
    connect(&m_headerTimer, &QTimer::timeout, this, &Http1ServerConnection::onHeaderTimeout);
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, this, &Http1ServerConnection::closeNow);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (m_stream)
            m_stream->abort();
    });
    // Also bounds a stream that never opens: the idle close gives up on it.
    m_idleTimer.start(m_idleTimeoutMs);
}

Http1ServerConnection::~Http1ServerConnection()
{
    if (m_stream)
        disconnect(m_stream, nullptr, this, nullptr);
}

void Http1ServerConnection::setIdleTimeout(int milliseconds)
{
    m_idleTimeoutMs = std::max(1, milliseconds);
    if (m_idleTimer.isActive())
        m_idleTimer.start(m_idleTimeoutMs);
}

void Http1ServerConnection::setLimits(const Http1Parser::Limits& limits)
{
    if (m_parser->consumed() == 0)
        m_parser = std::make_unique<Http1Parser>(Http1Parser::Mode::Request,
                                                 static_cast<Http1ParserHandler*>(this), limits);
}

void Http1ServerConnection::onReceived(const QByteArray& data)
{
    if (m_finished)
        return;
    if (m_lingering) {
        m_lingerTimer.start(int(std::min<qint64>(LingerQuietMs, m_lingerDeadline.remainingTime())));
        return;
    }
    if (m_closing)
        return;
    m_idleTimer.start(m_idleTimeoutMs);

    QByteArray input = data;
    while (true) {
        const qsizetype consumed = m_parser->feed(input);
        if (!m_upgradeRequest)
            break;
        const HttpRequest request = *std::exchange(m_upgradeRequest, std::nullopt);
        const QByteArray pending = input.sliced(consumed);
        disconnect(m_stream, nullptr, this, nullptr);
        if (m_upgradeHandler(request, m_stream, pending)) {
            handOver();
            return;
        }
        connect(m_stream, &ByteStream::received, this, &Http1ServerConnection::onReceived);
        connect(m_stream, &ByteStream::closed, this, &Http1ServerConnection::onStreamClosed);
        answer(request);
        if (m_closeAfterFeed)
            break;
        m_parser->resume();
        input = pending;
    }

    if (m_parseError) {
        const Http1ParseError error = *std::exchange(m_parseError, std::nullopt);
        sendError(error.status, error.explanation);
        closeLingering();
    } else if (m_closeAfterFeed) {
        if (m_lingerAfterFeed)
            closeLingering();
        else
            closeNow();
    }
}

void Http1ServerConnection::onMessageBegin()
{
    ++m_message;
    m_inMessage = true;
    m_body.clear();
    // Unlike the idle timer, progress does not restart this one: a byte a second is progress too.
    m_headerTimer.start(m_headerTimeoutMs);
}

void Http1ServerConnection::onHead(const Http1MessageHead& head)
{
    m_headerTimer.stop();
    m_head = head;
    m_log.head(false, m_message, head.raw);
    // A client that asks "Expect: 100-continue" waits (for a while) before sending the body.
    const bool bodyFollows = head.framing == Http1BodyFraming::Chunked ||
                             (head.framing == Http1BodyFraming::Length && head.contentLength > 0 &&
                              head.contentLength <= m_parser->limits().maxBodySize);
    if (head.versionMinor >= 1 && bodyFollows &&
        equalsIgnoringCase(headerValue(head.headers, "expect"), "100-continue")) {
        const QByteArray interim = Http1Writer::responseHead(100, {});
        m_stream->write(interim);
        m_log.head(true, m_message, interim);
        m_log.messageEnd(true, m_message, 0);
    }
}

void Http1ServerConnection::onBody(QByteArrayView wire, QByteArrayView payload)
{
    m_log.body(false, m_message, wire, payload.size());
    m_body.append(payload);
}

void Http1ServerConnection::onMessageComplete(qint64 payloadBytes, const HeaderList& trailers)
{
    // Trailer fields stay in the Body events' bytes; handlers see the header section only.
    Q_UNUSED(trailers);
    m_inMessage = false;
    m_log.messageEnd(false, m_message, payloadBytes);

    HttpRequest request;
    request.method = m_head.method;
    request.headers = m_head.headers;
    request.body = std::exchange(m_body, {});
    const QByteArray& target = m_head.target;
    const qsizetype scheme = target.startsWith("http://") ? 7 : target.startsWith("https://") ? 8 : 0;
    if (scheme > 0) {
        // absolute-form (RFC 9112 section 3.2.2): the target names the authority itself.
        const qsizetype slash = target.indexOf('/', scheme);
        request.authority = target.sliced(scheme, (slash < 0 ? target.size() : slash) - scheme);
        request.path = slash < 0 ? QByteArrayLiteral("/") : target.sliced(slash);
    } else {
        request.path = target;
        request.authority = headerValue(m_head.headers, "host");
    }

    if (m_upgradeHandler && hasToken(m_head.headers, "upgrade", "websocket") &&
        hasToken(m_head.headers, "connection", "upgrade")) {
        m_upgradeRequest = std::move(request);
        m_parser->stop();
        return;
    }
    answer(request);
}

void Http1ServerConnection::onError(const Http1ParseError& error)
{
    if (!m_inMessage)
        ++m_message;
    m_inMessage = false;
    m_log.error(m_message, error.explanation);
    m_parseError = error;
}

void Http1ServerConnection::answer(const HttpRequest& request)
{
    const HttpResponse response = m_handler(request);
    const bool clientCloses = !m_head.keepAlive;
    const bool close = clientCloses || hasToken(response.headers, "connection", "close");
    sendResponse(response, request.method == "HEAD", close);
    if (close) {
        m_parser->stop();
        m_closeAfterFeed = true;
        // When the server ends the connection on its own the client may still be sending requests.
        m_lingerAfterFeed = !clientCloses;
    }
}

void Http1ServerConnection::sendResponse(const HttpResponse& response, bool headRequest, bool closeAfter)
{
    const int status = response.status;
    const bool bodyless = status < 200 || status == 204 || status == 304;
    const bool sendBody = !bodyless && !headRequest;
    const bool chunked = sendBody && m_chunkedResponses && m_head.versionMinor >= 1;

    HeaderList fields;
    fields.reserve(response.headers.size() + 3);
    for (const auto& field : response.headers) {
        const QByteArray& name = field.first;
        // Framing and connection management are this connection's business, not the handler's. A
        // HEAD response keeps the handler's content-length: it describes what GET would send.
        if (equalsIgnoringCase(name, "connection") || equalsIgnoringCase(name, "keep-alive") ||
            equalsIgnoringCase(name, "transfer-encoding") || equalsIgnoringCase(name, "server") ||
            (equalsIgnoringCase(name, "content-length") && (sendBody || bodyless)))
            continue;
        fields.append(field);
    }
    if (chunked)
        fields.emplaceBack(QByteArrayLiteral("transfer-encoding"), "chunked");
    else if (sendBody)
        fields.emplaceBack(QByteArrayLiteral("content-length"), QByteArray::number(response.body.size()));
    fields.emplaceBack(QByteArrayLiteral("server"), "ProtoViz");
    if (closeAfter)
        fields.emplaceBack(QByteArrayLiteral("connection"), "close");
    else if (m_head.versionMinor == 0)
        fields.emplaceBack(QByteArrayLiteral("connection"), "keep-alive");

    const QByteArray head = Http1Writer::responseHead(status, fields);
    m_stream->write(head);
    m_log.head(true, m_message, head);

    qint64 payloadBytes = 0;
    if (chunked) {
        const QByteArray& body = response.body;
        qsizetype offset = 0;
        do {
            const qsizetype take = std::min(ResponseChunkSize, body.size() - offset);
            QByteArray piece =
                take > 0 ? Http1Writer::chunk(QByteArrayView(body).sliced(offset, take)) : QByteArray();
            offset += take;
            if (offset == body.size())
                piece += Http1Writer::lastChunk();
            m_stream->write(piece);
            m_log.body(true, m_message, piece, take);
        } while (offset < body.size());
        payloadBytes = body.size();
    } else if (sendBody) {
        if (!response.body.isEmpty()) {
            m_stream->write(response.body);
            m_log.body(true, m_message, response.body, response.body.size());
        }
        payloadBytes = response.body.size();
    }
    m_log.messageEnd(true, m_message, payloadBytes);
}

void Http1ServerConnection::sendError(int status, const QString& explanation)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"content-type", "text/plain; charset=utf-8"}};
    response.body = explanation.toUtf8() + '\n';
    // The request head may be missing or unusable: answer as HTTP/1.1, with a body, and close.
    m_head = Http1MessageHead();
    sendResponse(response, false, true);
}

void Http1ServerConnection::onIdleTimeout()
{
    if (m_finished || m_closing)
        return;
    if (m_parser->isBetweenMessages()) {
        m_log.recorder().explain(
            Layer::Session, kindOf(SessionKind::Note),
            QCoreApplication::translate("protoviz",
                                        "The server closed the HTTP/1.1 connection after %1 s without a "
                                        "request (idle timeout).")
                .arg(seconds(m_idleTimeoutMs)));
        closeNow();
        return;
    }
    timeOutRequest(QCoreApplication::translate("protoviz", "The request was not complete after %1 s without "
                                                           "progress, so the server answered 408 Request "
                                                           "Timeout and closed the connection.")
                       .arg(seconds(m_idleTimeoutMs)));
}

void Http1ServerConnection::closeIfWaiting()
{
    if (isWaitingForRequest())
        closeNow();
}

void Http1ServerConnection::onHeaderTimeout()
{
    if (m_finished || m_closing || !m_inMessage)
        return;
    timeOutRequest(QCoreApplication::translate("protoviz",
                                               "The request head was not complete %1 s after its first byte "
                                               "(header timeout), so the server answered 408 Request Timeout "
                                               "and closed the connection.")
                       .arg(seconds(m_headerTimeoutMs)));
}

void Http1ServerConnection::timeOutRequest(const QString& explanation)
{
    // RFC 9110 15.5.9: 408 tells the client that the server closes a connection it waited on in vain.
    if (!m_inMessage)
        ++m_message;
    m_inMessage = false;
    m_log.error(m_message, explanation);
    m_parser->stop();
    sendError(408, explanation);
    closeLingering();
}

void Http1ServerConnection::closeNow()
{
    if (m_finished)
        return;
    m_closing = true;
    m_lingering = false;
    m_parser->stop();
    m_idleTimer.stop();
    m_headerTimer.stop();
    m_lingerTimer.stop();
    m_closeTimer.start(CloseGraceMs);
    m_stream->close();
}

void Http1ServerConnection::closeLingering()
{
    if (m_finished || m_lingering)
        return;
    m_lingering = true;
    m_closing = true;
    m_parser->stop();
    m_idleTimer.stop();
    m_headerTimer.stop();
    m_lingerDeadline.setRemainingTime(LingerMaxMs);
    m_lingerTimer.start(LingerQuietMs);
}

void Http1ServerConnection::onStreamClosed()
{
    if (m_finished)
        return;
    // A request cut short by the close is recorded as an error; nobody is left to answer it.
    m_parser->finish();
    m_parseError.reset();
    finish();
}

void Http1ServerConnection::handOver()
{
    if (m_stream->parent() == this)
        m_stream->setParent(nullptr);
    m_stream = nullptr;
    finish();
}

void Http1ServerConnection::finish()
{
    m_finished = true;
    m_idleTimer.stop();
    m_headerTimer.stop();
    m_lingerTimer.stop();
    m_closeTimer.stop();
    emit finished();
}

} // namespace protoviz

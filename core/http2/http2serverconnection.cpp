#include "core/http2/http2serverconnection.h"

#include "core/http2/http2session.h"
#include "core/transport/bytestream.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace protoviz {

namespace {

// A transport that has not closed this long after the session ended is dropped (its own lingering close
// normally ends it sooner).
constexpr int CloseLimitMs = 5000;

HttpRequest requestFrom(const HeaderList& headers)
{
    HttpRequest request;
    for (const auto& [name, value] : headers) {
        if (name == ":method")
            request.method = value;
        else if (name == ":path")
            request.path = value;
        else if (name == ":authority")
            request.authority = value;
        else if (!name.startsWith(':'))
            request.headers.append({name, value});
    }
    return request;
}

} // namespace

Http2ServerConnection::Http2ServerConnection(ByteStream* stream, RequestHandler handler,
                                             PushPolicy pushPolicy, const Http2Settings& settings,
                                             EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_stream(stream)
    , m_session(new Http2Session(Http2Session::Role::Server, stream, settings, recorder, this))
    , m_handler(std::move(handler))
    , m_pushPolicy(std::move(pushPolicy))
    , m_recorder(recorder)
{
    m_stream->setParent(this);
    connect(
        m_session, &Http2Session::headersReceived, this,
        [this](qint32 id, const HeaderList& headers, Http2Session::HeadersCategory category, bool endStream) {
            if (category != Http2Session::HeadersCategory::Request)
                return;
            m_openStreams.insert(id);
            onHeaders(id, headers, endStream);
        });
    connect(m_session, &Http2Session::dataReceived, this, [this](qint32 id, const QByteArray& data) {
        const auto it = m_requests.find(id);
        if (it != m_requests.end())
            it->body.append(data);
    });
    connect(m_session, &Http2Session::streamEnded, this, [this](qint32 id) {
        if (m_requests.contains(id))
            respond(id, m_requests.take(id));
    });
    connect(m_session, &Http2Session::streamClosed, this, [this](qint32 id) {
        m_requests.remove(id);
        m_openStreams.remove(id);
    });
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Http2ServerConnection::onIdleTimeout);
    connect(m_stream, &ByteStream::received, this, [this] {
        if (m_idleTimeoutMs > 0)
            m_idleTimer.start(m_idleTimeoutMs);
    });
    connect(m_stream, &ByteStream::closed, this, [this] {
        m_streamClosed = true;
        if (m_session->isFinished())
            finishOnce();
    });
    connect(m_session, &Http2Session::finished, this, &Http2ServerConnection::onSessionFinished);
    m_session->start();
}

Http2ServerConnection::~Http2ServerConnection() = default;

void Http2ServerConnection::shutdown()
{
    m_session->shutdown();
}

void Http2ServerConnection::setIdleTimeout(int milliseconds)
{
    m_idleTimeoutMs = std::max(0, milliseconds);
    if (m_idleTimeoutMs > 0)
        m_idleTimer.start(m_idleTimeoutMs);
    else
        m_idleTimer.stop();
}

void Http2ServerConnection::onIdleTimeout()
{
    if (m_session->isFinished())
        return;
    // A long response or a quiet server-streaming call keeps the client silent without being idle.
    if (!m_openStreams.isEmpty()) {
        m_idleTimer.start(m_idleTimeoutMs);
        return;
    }
    m_recorder.explain(Layer::Session, kindOf(SessionKind::Note),
                       QCoreApplication::translate("protoviz",
                                                   "The server closed the HTTP/2 connection with GOAWAY "
                                                   "(NO_ERROR) after %1 s without a request (idle timeout).")
                           .arg(m_idleTimeoutMs / 1000.0));
    m_session->shutdown(0);
}

void Http2ServerConnection::onSessionFinished()
{
    m_idleTimer.stop();
    // The session has handed its last bytes (a GOAWAY, often) to the stream, which may still be sending
    // them: deleting it now would drop them unsent, so the connection ends when the stream has closed.
    if (m_streamClosed) {
        finishOnce();
        return;
    }
    QTimer::singleShot(CloseLimitMs, this, [this] {
        m_stream->abort();
        finishOnce();
    });
}

void Http2ServerConnection::finishOnce()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

void Http2ServerConnection::onHeaders(qint32 stream, const HeaderList& headers, bool endStream)
{
    if (m_streamClaim && m_streamClaim(stream, headers, endStream))
        return;
    HttpRequest request = requestFrom(headers);
    if (endStream)
        respond(stream, request);
    else
        m_requests.insert(stream, std::move(request));
}

void Http2ServerConnection::respond(qint32 stream, const HttpRequest& request)
{
    // Promises go out before the response that references the pushed objects (RFC 9113 8.4), so the
    // client knows not to request them itself.
    if (m_pushPolicy && m_session->peerAcceptsPush()) {
        // A pushed stream counts against the client's SETTINGS_MAX_CONCURRENT_STREAMS: promising more
        // than it allows gets the rest refused (RST_STREAM) and a flood of refusals ends the connection.
        // The client simply requests what was not promised.
        QList<QByteArray> paths = m_pushPolicy(request);
        paths = paths.first(std::min<qsizetype>(paths.size(), m_session->peerMaxConcurrentStreams()));
        for (const QByteArray& path : std::as_const(paths)) {
            const HeaderList promisedRequest{{":method", "GET"},
                                             {":scheme", m_stream->isSecure() ? "https" : "http"},
                                             {":authority", request.authority},
                                             {":path", path}};
            const qint32 promised = m_session->submitPushPromise(stream, promisedRequest);
            if (promised < 0)
                break;
            HttpRequest pushed;
            pushed.method = "GET";
            pushed.path = path;
            pushed.authority = request.authority;
            sendResponse(promised, m_handler(pushed), false);
        }
    }
    sendResponse(stream, m_handler(request), request.method == "HEAD");
}

void Http2ServerConnection::sendResponse(qint32 stream, const HttpResponse& response, bool headRequest)
{
    // Literal names are static data, not allocated per response.
    HeaderList headers{{QByteArrayLiteral(":status"), response.status == 200
                                                          ? QByteArrayLiteral("200")
                                                          : QByteArray::number(response.status)}};
    headers.reserve(response.headers.size() + 3);
    // Handlers mostly name fields in lower case already; keeping those shares the bytes, not copies them.
    for (const auto& [name, value] : response.headers)
        headers.append({name.isLower() ? name : name.toLower(), value});
    if (headerValue(headers, "content-length").isNull())
        headers.emplaceBack(QByteArrayLiteral("content-length"), QByteArray::number(response.body.size()));
    headers.emplaceBack(QByteArrayLiteral("server"), QByteArrayLiteral("ProtoViz"));
    const bool hasBody = !headRequest && !response.body.isEmpty();
    if (m_session->submitResponse(stream, headers, hasBody) && hasBody)
        m_session->sendData(stream, response.body, true);
}

} // namespace protoviz

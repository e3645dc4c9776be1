#include "core/http2/http2client.h"

#include "core/http2/http2session.h"
#include "core/transport/bytestream.h"

namespace protoviz {

Http2Client::Http2Client(StreamOpener opener, const Http2Settings& settings, const QByteArray& authority,
                         EventRecorder recorder, QObject* parent)
    : HttpClient(parent)
    , m_opener(std::move(opener))
    , m_settings(settings)
    , m_authority(authority)
    , m_recorder(recorder)
{
}

Http2Client::~Http2Client() = default;

void Http2Client::get(const QByteArray& path, quint32 tag)
{
    if (m_failed) {
        emit requestFailed(tag, tr("The HTTP/2 connection has failed."));
        return;
    }
    if (!m_session) {
        m_waiting.append({path, tag});
        open();
        return;
    }
    submit(path, tag);
}

void Http2Client::open()
{
    if (m_stream)
        return;
    m_stream = m_opener({QByteArrayLiteral("h2")});
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::opened, this, &Http2Client::onOpened);
    connect(m_stream, &ByteStream::failed, this, [this](const QString& reason) { failAll(reason); });
    connect(m_stream, &ByteStream::closed, this, [this] {
        if (!m_session)
            failAll(tr("The connection closed before HTTP/2 could start."));
    });
}

void Http2Client::onOpened()
{
    if (m_stream->isSecure() && m_stream->applicationProtocol() != "h2") {
        const QString reason =
            tr("The server did not agree to HTTP/2 in the TLS handshake (ALPN chose \"%1\").")
                .arg(QString::fromLatin1(m_stream->applicationProtocol()));
        m_recorder.forConnection(m_stream->connectionId())
            .explain(Layer::Http2, kindOf(Http2Kind::Error), reason);
        m_stream->close();
        failAll(reason);
        return;
    }
    m_recorder = m_recorder.forConnection(m_stream->connectionId());
    m_session = new Http2Session(Http2Session::Role::Client, m_stream, m_settings, m_recorder, this);
    connect(m_session, &Http2Session::headersReceived, this,
            [this](qint32 stream, const HeaderList& headers, Http2Session::HeadersCategory category,
                   bool endStream) {
                if (category != Http2Session::HeadersCategory::Trailers)
                    onHeaders(stream, headers, endStream);
            });
    connect(m_session, &Http2Session::pushPromised, this,
            [this](qint32, qint32 promised, const HeaderList& requestHeaders) {
                Exchange exchange;
                exchange.path = headerValue(requestHeaders, ":path");
                exchange.pushed = true;
                m_exchanges.insert(promised, exchange);
                emit pushPromised(exchange.path);
            });
    connect(m_session, &Http2Session::dataReceived, this, [this](qint32 stream, const QByteArray& data) {
        const auto it = m_exchanges.find(stream);
        if (it != m_exchanges.end())
            it->response.body.append(data);
    });
    connect(m_session, &Http2Session::streamEnded, this, [this](qint32 stream) {
        const auto it = m_exchanges.find(stream);
        if (it != m_exchanges.end())
            it->ended = true;
    });
    connect(m_session, &Http2Session::streamClosed, this, [this](qint32 stream, quint32 errorCode) {
        const auto it = m_exchanges.find(stream);
        if (it == m_exchanges.end())
            return;
        if (it->ended && errorCode == 0) {
            complete(stream);
            return;
        }
        const Exchange exchange = m_exchanges.take(stream);
        if (!exchange.pushed)
            emit requestFailed(exchange.tag,
                               tr("Stream %1 was reset (error code %2).").arg(stream).arg(errorCode));
        shutdownIfIdle();
    });
    connect(m_session, &Http2Session::failed, this, [this](const QString& reason) { failAll(reason); });
    connect(m_session, &Http2Session::finished, this, [this] {
        if (!m_exchanges.isEmpty())
            failAll(tr("The HTTP/2 connection ended with requests outstanding."));
    });
    m_session->start();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& [path, tag] : waiting)
        submit(path, tag);
}

void Http2Client::submit(const QByteArray& path, quint32 tag)
{
    const HeaderList headers{
        {":method", "GET"},          {":scheme", m_stream->isSecure() ? "https" : "http"},
        {":authority", m_authority}, {":path", path},
        {"user-agent", "ProtoViz"},  {"accept", "*/*"}};
    const qint32 stream = m_session->submitRequest(headers, false);
    if (stream < 0) {
        emit requestFailed(tag, tr("The request for %1 could not be sent.").arg(QString::fromUtf8(path)));
        return;
    }
    Exchange exchange;
    exchange.tag = tag;
    exchange.path = path;
    m_exchanges.insert(stream, exchange);
}

void Http2Client::onHeaders(qint32 stream, const HeaderList& headers, bool endStream)
{
    const auto it = m_exchanges.find(stream);
    if (it == m_exchanges.end())
        return;
    if (!it->started) {
        it->started = true;
        if (!it->pushed)
            emit responseStarted(it->tag);
    }
    const int status = headerValue(headers, ":status").toInt();
    if (status >= 100 && status < 200)
        return;
    it->response.status = status;
    for (const auto& [name, value] : headers) {
        if (!name.startsWith(':'))
            it->response.headers.append({name, value});
    }
    if (endStream)
        it->ended = true;
}

void Http2Client::complete(qint32 stream)
{
    const Exchange exchange = m_exchanges.take(stream);
    if (exchange.pushed)
        emit pushedResponseFinished(exchange.path, exchange.response);
    else
        emit responseFinished(exchange.tag, exchange.response);
    shutdownIfIdle();
}

void Http2Client::failAll(const QString& reason)
{
    if (m_failed)
        return;
    m_failed = true;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& entry : waiting)
        emit requestFailed(entry.second, reason);
    const auto exchanges = std::exchange(m_exchanges, {});
    for (const Exchange& exchange : exchanges) {
        if (!exchange.pushed)
            emit requestFailed(exchange.tag, reason);
    }
}

void Http2Client::finish()
{
    m_finishRequested = true;
    shutdownIfIdle();
}

void Http2Client::shutdownIfIdle()
{
    if (m_finishRequested && !m_shutdownSent && m_session && m_exchanges.isEmpty() && m_waiting.isEmpty()) {
        // A completion can re-enter here (the caller's finish() inside responseFinished): one GOAWAY only.
        m_shutdownSent = true;
        m_session->shutdown();
    }
}

} // namespace protoviz

#include "core/grpc/grpcchannel.h"

#include "core/http2/http2session.h"
#include "core/transport/bytestream.h"

namespace protoviz {

GrpcChannel::GrpcChannel(StreamOpener opener, const QByteArray& authority, const Http2Settings& settings,
                         const GrpcSchema& schema, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_authority(authority)
    , m_settings(settings)
    , m_schema(schema)
    , m_recorder(recorder)
{
}

GrpcChannel::~GrpcChannel() = default;

GrpcClientCall* GrpcChannel::startCall(const QByteArray& path, const GrpcCallOptions& options)
{
    auto* call = new GrpcClientCall(path, options, m_schema, this);
    connect(call, &GrpcClientCall::finished, this, [this, call] { onCallFinished(call); });
    m_calls.append(call);
    // Submission waits for the event loop, so that the caller connects to the call first and the
    // messages it sends right away leave with the request headers.
    QMetaObject::invokeMethod(
        this,
        [this, guard = QPointer<GrpcClientCall>(call)] {
            GrpcClientCall* waiting = guard.data();
            // The connection may have opened, and submitted the call, since it was started.
            if (!waiting || waiting->isFinished() || waiting->stream() > 0)
                return;
            if (!m_failure.isEmpty()) {
                waiting->onConnectionLost(m_failure);
                return;
            }
            if (!m_session) {
                open();
                return;
            }
            waiting->submit(m_session, m_stream->isSecure() ? "https" : "http", m_authority,
                            GrpcEventLog(m_recorder));
            if (waiting->stream() > 0)
                m_streams.insert(waiting->stream(), waiting);
        },
        Qt::QueuedConnection);
    return call;
}

void GrpcChannel::open()
{
    if (m_stream)
        return;
    m_stream = m_opener({QByteArrayLiteral("h2")});
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::opened, this, &GrpcChannel::onOpened);
    connect(m_stream, &ByteStream::failed, this, [this](const QString& reason) { failAll(reason); });
    connect(m_stream, &ByteStream::closed, this, [this] {
        if (!m_session) {
            failAll(tr("The connection closed before HTTP/2 could start."));
            if (!m_closed) {
                m_closed = true;
                emit closed();
            }
        }
    });
}

void GrpcChannel::onOpened()
{
    if (m_stream->isSecure() && m_stream->applicationProtocol() != "h2") {
        const QString reason =
            tr("The server did not agree to HTTP/2 in the TLS handshake (ALPN chose \"%1\"); "
               "gRPC needs HTTP/2.")
                .arg(QString::fromLatin1(m_stream->applicationProtocol()));
        GrpcEventLog(m_recorder.forConnection(m_stream->connectionId())).error(0, reason);
        m_stream->close();
        failAll(reason);
        return;
    }
    m_recorder = m_recorder.forConnection(m_stream->connectionId());
    m_session = new Http2Session(Http2Session::Role::Client, m_stream, m_settings, m_recorder, this);
    connect(m_session, &Http2Session::headersReceived, this,
            [this](qint32 stream, const HeaderList& headers, Http2Session::HeadersCategory category,
                   bool endStream) {
                if (GrpcClientCall* call = m_streams.value(stream))
                    call->onHeaders(headers, category == Http2Session::HeadersCategory::Trailers, endStream);
            });
    connect(m_session, &Http2Session::dataReceived, this, [this](qint32 stream, const QByteArray& data) {
        if (GrpcClientCall* call = m_streams.value(stream))
            call->onData(data);
    });
    connect(m_session, &Http2Session::streamEnded, this, [this](qint32 stream) {
        if (GrpcClientCall* call = m_streams.value(stream))
            call->onEnded();
    });
    connect(m_session, &Http2Session::streamClosed, this, [this](qint32 stream, quint32 errorCode) {
        if (GrpcClientCall* call = m_streams.take(stream))
            call->onClosed(errorCode);
    });
    connect(m_session, &Http2Session::failed, this, [this](const QString& reason) { failAll(reason); });
    connect(m_session, &Http2Session::finished, this, [this] {
        failAll(tr("The HTTP/2 connection ended with the call in progress."));
        if (!m_closed) {
            m_closed = true;
            emit closed();
        }
    });
    m_session->start();
    const QList<GrpcClientCall*> waiting = m_calls;
    for (GrpcClientCall* call : waiting) {
        if (call->isFinished() || call->stream() > 0)
            continue;
        call->submit(m_session, m_stream->isSecure() ? "https" : "http", m_authority,
                     GrpcEventLog(m_recorder));
        if (call->stream() > 0)
            m_streams.insert(call->stream(), call);
    }
}

void GrpcChannel::onCallFinished(GrpcClientCall* call)
{
    m_calls.removeOne(call);
    if (call->stream() > 0 && m_streams.value(call->stream()) == call)
        m_streams.remove(call->stream());
    call->deleteLater();
    shutdownIfIdle();
}

void GrpcChannel::failAll(const QString& reason)
{
    if (m_failure.isEmpty())
        m_failure = reason;
    const QList<GrpcClientCall*> calls = m_calls;
    for (GrpcClientCall* call : calls)
        call->onConnectionLost(reason);
}

void GrpcChannel::finish()
{
    m_finishRequested = true;
    shutdownIfIdle();
}

void GrpcChannel::shutdownIfIdle()
{
    if (!m_finishRequested || !m_calls.isEmpty())
        return;
    if (m_session) {
        m_session->shutdown();
    } else if (!m_stream && !m_closed) {
        m_closed = true;
        emit closed();
    }
}

} // namespace protoviz

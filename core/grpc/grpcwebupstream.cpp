#include "core/grpc/grpcwebupstream.h"

#include "core/http2/http2session.h"
#include "core/transport/bytestream.h"

namespace protoviz {

namespace {

constexpr quint32 Http2Cancel = 0x8;

} // namespace

GrpcWebUpstream::GrpcWebUpstream(StreamOpener opener, const QByteArray& authority, EventRecorder recorder,
                                 QObject* parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_authority(authority)
    , m_recorder(recorder)
{
}

GrpcWebUpstream::~GrpcWebUpstream() = default;

quint64 GrpcWebUpstream::start(const QByteArray& path, const HeaderList& headers, const QByteArray& body,
                               Handlers handlers)
{
    const quint64 ticket = ++m_nextTicket;
    m_exchanges.insert(ticket, {path, headers, body, std::move(handlers)});
    if (!m_failure.isEmpty()) {
        // Reported later, so that the caller never hears of an exchange before start() returns.
        QMetaObject::invokeMethod(
            this, [this, ticket] { close(ticket, 0, m_failure); }, Qt::QueuedConnection);
    } else if (m_session) {
        submit(ticket);
    } else {
        open();
    }
    return ticket;
}

void GrpcWebUpstream::open()
{
    if (m_stream)
        return;
    m_stream = m_opener({QByteArrayLiteral("h2")});
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::opened, this, &GrpcWebUpstream::onOpened);
    connect(m_stream, &ByteStream::failed, this, [this](const QString& reason) { failAll(reason); });
    connect(m_stream, &ByteStream::closed, this, [this] {
        if (!m_session)
            failAll(tr("The connection to the gRPC server closed before HTTP/2 could start."));
    });
}

void GrpcWebUpstream::onOpened()
{
    m_recorder = m_recorder.forConnection(m_stream->connectionId());
    // Said once, so that the events table tells this hop from the browser's connections.
    m_recorder.explain(Layer::Session, kindOf(SessionKind::Note),
                       tr("The gRPC-Web proxy's HTTP/2 connection to the gRPC server: the extra hop, where "
                          "every browser call becomes a gRPC call on a stream."));
    EventDetail role;
    role.text = tr("proxy → server");
    m_recorder.record({.layer = Layer::Session,
                       .kind = kindOf(SessionKind::ConnectionRole),
                       .flags = ConnectionRoleFlag::BehindTheServer},
                      std::move(role));
    m_session = new Http2Session(Http2Session::Role::Client, m_stream, Http2Settings::browserLike(),
                                 m_recorder, this);
    connect(m_session, &Http2Session::headersReceived, this,
            [this](qint32 stream, const HeaderList& headers, Http2Session::HeadersCategory category,
                   bool endStream) {
                const auto found = m_exchanges.constFind(m_byStream.value(stream));
                if (found == m_exchanges.cend())
                    return;
                if (category == Http2Session::HeadersCategory::Trailers) {
                    if (found->handlers.trailers)
                        found->handlers.trailers(headers);
                } else if (found->handlers.headers) {
                    found->handlers.headers(headers, endStream);
                }
            });
    connect(m_session, &Http2Session::dataReceived, this, [this](qint32 stream, const QByteArray& data) {
        const auto found = m_exchanges.constFind(m_byStream.value(stream));
        if (found != m_exchanges.cend() && found->handlers.data)
            found->handlers.data(data);
    });
    connect(m_session, &Http2Session::streamClosed, this, [this](qint32 stream, quint32 errorCode) {
        const quint64 ticket = m_byStream.take(stream);
        if (ticket != 0)
            close(ticket, errorCode, {});
    });
    connect(m_session, &Http2Session::failed, this, [this](const QString& reason) { failAll(reason); });
    connect(m_session, &Http2Session::finished, this,
            [this] { failAll(tr("The HTTP/2 connection to the gRPC server ended.")); });
    m_session->start();
    const QList<quint64> waiting = m_exchanges.keys();
    for (const quint64 ticket : waiting)
        submit(ticket);
}

void GrpcWebUpstream::submit(quint64 ticket)
{
    const auto found = m_exchanges.find(ticket);
    if (found == m_exchanges.end() || found->stream > 0)
        return;
    HeaderList headers{{":method", "POST"},
                       {":scheme", m_stream->isSecure() ? "https" : "http"},
                       {":path", found->path},
                       {":authority", m_authority}};
    headers.append(found->headers);
    found->stream = m_session->submitRequest(headers, true);
    if (found->stream < 0) {
        close(ticket, 0, tr("The request could not be sent on the HTTP/2 connection."));
        return;
    }
    m_byStream.insert(found->stream, ticket);
    m_session->sendData(found->stream, found->body, true);
}

void GrpcWebUpstream::cancel(quint64 ticket)
{
    const auto found = m_exchanges.constFind(ticket);
    if (found == m_exchanges.cend())
        return;
    const qint32 stream = found->stream;
    m_exchanges.erase(found);
    if (stream > 0) {
        m_byStream.remove(stream);
        m_session->resetStream(stream, Http2Cancel);
    }
    shutdownIfIdle();
}

qint32 GrpcWebUpstream::streamOf(quint64 ticket) const
{
    return m_exchanges.value(ticket).stream;
}

void GrpcWebUpstream::close(quint64 ticket, quint32 errorCode, const QString& reason)
{
    const auto found = m_exchanges.find(ticket);
    if (found == m_exchanges.end())
        return;
    const Handlers handlers = found->handlers;
    if (found->stream > 0)
        m_byStream.remove(found->stream);
    m_exchanges.erase(found);
    if (handlers.closed)
        handlers.closed(errorCode, reason);
    shutdownIfIdle();
}

void GrpcWebUpstream::failAll(const QString& reason)
{
    if (m_failure.isEmpty())
        m_failure = reason;
    const QList<quint64> tickets = m_exchanges.keys();
    for (const quint64 ticket : tickets)
        close(ticket, 0, reason);
}

void GrpcWebUpstream::finish()
{
    m_finishRequested = true;
    shutdownIfIdle();
}

void GrpcWebUpstream::shutdownIfIdle()
{
    if (m_finishRequested && m_exchanges.isEmpty() && m_session && !m_session->isFinished())
        m_session->shutdown();
}

} // namespace protoviz

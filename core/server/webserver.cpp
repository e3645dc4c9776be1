#include "core/server/webserver.h"

#include "core/grpc/grpcschema.h"
#include "core/grpc/grpcserver.h"
#include "core/grpc/lessonservice.h"
#include "core/http1/http1serverconnection.h"
#include "core/http2/http2framesplitter.h"
#include "core/http2/http2serverconnection.h"
#include "core/http2/http2session.h"
#include "core/server/backoffacceptor.h"
#include "core/server/inprocessconnection.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/replaystream.h"
#include "core/transport/tcpstream.h"
#include "core/websocket/websocketchatroom.h"
#include "core/websocket/websocketserver.h"
#include "core/websocket/websockettestpage.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace protoviz {

namespace {

// The length of "PRI * HTTP/2.0\r\n", the request line that opens the HTTP/2 client preface.
constexpr qsizetype PrefaceRequestLineLength = 16;

QString seconds(qint64 milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'f', 1);
}

// Tells the client where else the same resources are served (HTTP/3 on a UDP port), as every response
// may: a browser then tries the alternative for its next requests.
HttpResponse withAltSvc(HttpResponse response, const QByteArray& altSvc)
{
    if (!altSvc.isEmpty())
        response.headers.append({"alt-svc", altSvc});
    return response;
}

} // namespace

WebServer::WebServer(WebServerConfig config, ConnectionDirectory* directory, EventRecorder recorder,
                     QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_directory(directory)
    , m_recorder(recorder)
    , m_connections(new QObject(this))
    , m_grpc(m_config.grpc ? makeGrpcServer() : nullptr)
    , m_webSockets(new WebSocketServer(this))
    , m_chatRoom(new WebSocketChatRoom(this))
    , m_idleLimit(m_config.maxIdleConnections)
{
    m_webSockets->addService(QByteArrayLiteral("/chat"),
                             [room = m_chatRoom](QWebSocket* socket, quint32) { room->join(socket); });
}

WebServer::~WebServer() = default;

std::shared_ptr<const GrpcServer> WebServer::makeGrpcServer()
{
    auto grpc = std::make_shared<GrpcServer>(GrpcSchema::builtIn());
    grpc->addService(std::make_shared<LessonService>());
    return grpc;
}

bool WebServer::listen(QString* error)
{
    auto open = [this, error](quint16 port, bool secure) -> QTcpServer* {
        auto* listener = new QTcpServer(this);
        if (!listener->listen(m_config.address, port)) {
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(m_config.address.toString())
                         .arg(port)
                         .arg(listener->errorString());
            delete listener;
            return nullptr;
        }
        auto* acceptor = new BackoffAcceptor(listener);
        m_acceptors.append(acceptor);
        connect(acceptor, &BackoffAcceptor::accepted, this,
                [this, secure](QTcpSocket* socket) { accept(socket, secure); });
        connect(acceptor, &BackoffAcceptor::backingOff, this, &WebServer::onBackingOff);
        return listener;
    };
    if (m_config.inProcessOnly)
        return true;
    // TLS first: its port may have been chosen to match a UDP port (HTTP/3's, for Alt-Svc), and a free
    // cleartext port picked before it could be that very number.
    if (m_config.tls && !(m_tlsListener = open(m_config.tlsPort, true)))
        return false;
    if (m_config.cleartext && !(m_cleartextListener = open(m_config.cleartextPort, false)))
        return false;
    return true;
}

quint16 WebServer::cleartextPort() const
{
    return m_cleartextListener ? m_cleartextListener->serverPort() : 0;
}

quint16 WebServer::tlsPort() const
{
    return m_tlsListener ? m_tlsListener->serverPort() : 0;
}

void WebServer::shutdown()
{
    for (BackoffAcceptor* acceptor : std::as_const(m_acceptors))
        acceptor->stop();
    if (m_cleartextListener)
        m_cleartextListener->close();
    if (m_tlsListener)
        m_tlsListener->close();
    m_webSockets->shutdown();
    delete m_connections;
    m_connections = new QObject(this);
}

quint32 WebServer::idFor(QTcpSocket* socket)
{
    if (!m_directory)
        return ++m_ownIds;
    const quint32 id = m_directory->idForServerPeerPort(socket->peerPort());
    return id != 0 ? id : m_directory->allocate();
}

QTcpSocket* WebServer::connectInProcess(bool secure, quint32 connectionId, QString* error)
{
    if (!(secure ? bool(m_config.tls) : m_config.cleartext)) {
        if (error)
            *error =
                secure ? tr("The server does not serve TLS.") : tr("The server does not serve cleartext.");
        return nullptr;
    }
    const std::optional<InProcessConnection> connection = InProcessConnection::open(error);
    if (!connection)
        return nullptr;
    accept(connection->server, secure, connectionId);
    return connection->client;
}

void WebServer::accept(QTcpSocket* socket, bool secure, quint32 connectionId)
{
    const quint32 id = connectionId != 0 ? connectionId : idFor(socket);
    ++m_connectionCount;
    ++m_openConnections;
    emit connectionAccepted(id);
    auto* tcp = new TcpStream(socket, id, m_connections);
    // The descriptor is released with the socket, which the stream owns.
    connect(tcp, &QObject::destroyed, this, [this, tcp] {
        --m_openConnections;
        m_idleLimit.forget(tcp);
    });
    // Busy from its first byte until the protocol chosen says it waits again; connected before the TLS
    // or sniffing handlers, which may choose the protocol on these very bytes.
    connect(
        tcp, &ByteStream::received, this, [this, tcp] { m_idleLimit.markBusy(tcp); },
        Qt::SingleShotConnection);
    if (!secure) {
        limitIdleness(tcp, tcp);
        sniff(tcp);
        return;
    }
    TlsStream* tls = TlsStream::server(tcp, m_config.tls, m_recorder.forConnection(id), m_connections);
    limitIdleness(tls, tcp);
    startHandshakeDeadline(tls);
    connect(tls, &ByteStream::opened, this, [this, tls, tcp] {
        if (tls->applicationProtocol() == "h2")
            serveHttp2(tls, tcp);
        else
            serveHttp1(tls, tcp);
    });
    connect(tls, &ByteStream::closed, this, [this, tls] {
        // Still ours after closing: the handshake failed and no protocol took the stream over.
        if (tls->parent() == m_connections)
            tls->deleteLater();
    });
}

void WebServer::onBackingOff(bool outOfDescriptors, const QString& reason, int delayMs)
{
    m_recorder.explain(Layer::Session, kindOf(SessionKind::Error),
                       BackoffAcceptor::explanation(outOfDescriptors, reason, delayMs, m_openConnections));
}

void WebServer::limitIdleness(ByteStream* outer, ByteStream* transport)
{
    // Until its first byte (a request, the HTTP/2 preface, a ClientHello) a new connection waits as a
    // keep-alive one does, and holds a descriptor as long.
    const QPointer<ByteStream> stream = outer;
    m_idleLimit.markIdle(transport, [this, stream](qint64 idleMs) {
        if (!stream)
            return;
        m_recorder.forConnection(stream->connectionId())
            .explain(Layer::Session, kindOf(SessionKind::Note),
                     tr("Idle connection limit %1 reached: the server closed this connection, the one idle "
                        "longest (%2 s since it was accepted, without a byte from the client).")
                         .arg(m_idleLimit.limit())
                         .arg(seconds(idleMs)));
        stream->close();
    });
}

void WebServer::limitIdleness(Http1ServerConnection* connection, ByteStream* stream, const QObject* transport)
{
    const QPointer<Http1ServerConnection> watched = connection;
    const quint32 id = stream->connectionId();
    const auto update = [this, watched, transport, id] {
        // Whatever came was a request (or part of one), answered by now or not: if the connection waits
        // again, it does from now on.
        m_idleLimit.markBusy(transport);
        if (!watched || !watched->isWaitingForRequest())
            return;
        m_idleLimit.markIdle(transport, [this, watched, id](qint64 idleMs) {
            if (!watched)
                return;
            m_recorder.forConnection(id).explain(
                Layer::Session, kindOf(SessionKind::Note),
                tr("Idle connection limit %1 reached: the server closed this HTTP/1.1 connection, the one "
                   "idle longest (%2 s without a request).")
                    .arg(m_idleLimit.limit())
                    .arg(seconds(idleMs)));
            watched->closeIfWaiting();
        });
    };
    // Connected after the connection's own handler of the same signal, so this runs once the bytes are
    // parsed and answered. Not in the connection's context: it disconnects itself from the stream when
    // it considers a WebSocket upgrade, and after a refused one connects only its own handlers again.
    connect(stream, &ByteStream::received, this, update);
    // From then on the stream is closed, or a WebSocket connection, which no request ever leaves idle.
    connect(connection, &Http1ServerConnection::finished, this,
            [this, transport] { m_idleLimit.forget(transport); });
    update();
}

void WebServer::limitIdleness(Http2ServerConnection* connection, ByteStream* stream, const QObject* transport)
{
    // The client's streams still open (a gRPC call in progress included): an HTTP/2 connection with
    // none waits for a request, whatever else (PING, SETTINGS, WINDOW_UPDATE) it sends.
    auto openStreams = std::make_shared<QSet<qint32>>();
    const QPointer<Http2Session> session = connection->session();
    const quint32 id = stream->connectionId();
    const auto update = [this, session, openStreams, transport, id] {
        if (!session || session->isFinished() || !openStreams->isEmpty()) {
            m_idleLimit.markBusy(transport);
            return;
        }
        m_idleLimit.markIdle(transport, [this, session, id](qint64 idleMs) {
            if (!session)
                return;
            m_recorder.forConnection(id).explain(
                Layer::Session, kindOf(SessionKind::Note),
                tr("Idle connection limit %1 reached: the server closed this HTTP/2 connection with GOAWAY "
                   "(NO_ERROR), the one idle longest (%2 s without an open stream).")
                    .arg(m_idleLimit.limit())
                    .arg(seconds(idleMs)));
            session->shutdown(0);
        });
    };
    connect(session, &Http2Session::headersReceived, connection,
            [this, openStreams, transport](qint32 opened, const HeaderList&,
                                           Http2Session::HeadersCategory category, bool) {
                if (category != Http2Session::HeadersCategory::Request)
                    return;
                openStreams->insert(opened);
                // Even if the response is sent and the stream closed in the same pass, the connection
                // waits for a request from then on, not from before this one.
                m_idleLimit.markBusy(transport);
            });
    connect(session, &Http2Session::streamClosed, connection, [openStreams, update](qint32 closed) {
        openStreams->remove(closed);
        update();
    });
    // After the session's own handler: the frames in these bytes have opened their streams.
    connect(stream, &ByteStream::received, connection, update);
    connect(connection, &Http2ServerConnection::finished, this,
            [this, transport] { m_idleLimit.forget(transport); });
    update();
}

void WebServer::startHandshakeDeadline(ByteStream* tls)
{
    // A client that connects and never sends its ClientHello would hold the descriptor forever.
    auto* deadline = new QTimer(tls);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, tls] {
        m_recorder.forConnection(tls->connectionId())
            .explain(Layer::Session, kindOf(SessionKind::Error),
                     tr("The TLS handshake was not complete %1 s after the connection was accepted "
                        "(handshake timeout); the connection is closed.")
                         .arg(double(m_config.handshakeTimeoutMs) / 1000.0));
        tls->abort();
    });
    for (auto signal : {&ByteStream::opened, &ByteStream::closed}) {
        connect(tls, signal, deadline, &QTimer::stop);
        connect(tls, signal, deadline, &QObject::deleteLater);
    }
    deadline->start(m_config.handshakeTimeoutMs);
}

void WebServer::sniff(ByteStream* stream)
{
    // The first bytes decide: the HTTP/2 preface starts "PRI * HTTP/2.0", no HTTP/1.1 request does.
    struct Sniffing
    {
        QByteArray buffer;
        bool decided = false;
        // Only these two are let go when a protocol takes the stream over: disconnecting everything from
        // the server would also cut the accept's handler of destroyed(), which releases the connection.
        QMetaObject::Connection reading;
        QMetaObject::Connection closing;
    };
    auto state = std::make_shared<Sniffing>();
    // A client that sends a prefix of the preface and then nothing would otherwise hold the connection
    // forever: it gets as long as an idle HTTP/1.1 connection does.
    auto* deadline = new QTimer(stream);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, stream, state] {
        if (state->decided)
            return;
        state->decided = true;
        m_recorder.forConnection(stream->connectionId())
            .explain(Layer::Session, kindOf(SessionKind::Error),
                     tr("The client sent %n byte(s) that begin the HTTP/2 preface, then nothing for %1 "
                        "seconds; the connection is closed.",
                        nullptr, int(state->buffer.size()))
                         .arg(double(m_config.idleTimeoutMs) / 1000.0));
        stream->close();
    });
    deadline->start(m_config.idleTimeoutMs);
    state->reading =
        connect(stream, &ByteStream::received, this, [this, stream, state, deadline](const QByteArray& data) {
            if (state->decided)
                return;
            state->buffer.append(data);
            const QByteArray& preface = Http2FrameSplitter::clientPreface();
            const qsizetype compared = std::min(state->buffer.size(), preface.size());
            const qsizetype matching =
                std::mismatch(state->buffer.cbegin(), state->buffer.cbegin() + compared, preface.cbegin())
                    .first -
                state->buffer.cbegin();
            if (matching == compared && state->buffer.size() < preface.size())
                return;
            // "PRI * HTTP/2.0" names HTTP/2, which no HTTP/1.1 request does: a client that sends that line
            // and then something else than the rest of the preface gets HTTP/2's answer to an invalid
            // preface, GOAWAY(PROTOCOL_ERROR) (RFC 9113 3.4), not an HTTP/1.1 505.
            const bool prefaceSoFar = matching >= PrefaceRequestLineLength;
            state->decided = true;
            delete deadline;
            disconnect(state->reading);
            disconnect(state->closing);
            auto* replay = new ReplayStream(stream, std::exchange(state->buffer, {}), m_connections);
            if (prefaceSoFar)
                serveHttp2(replay, stream);
            else
                serveHttp1(replay, stream);
            // Busy until the replay, delivered from the event loop, shows what the bytes were.
            m_idleLimit.markBusy(stream);
        });
    // Until a protocol takes the stream over (which disconnects this), a closed stream is the server's to
    // delete, also when the deadline above closed it.
    state->closing = connect(stream, &ByteStream::closed, this, [stream, state] {
        state->decided = true;
        stream->deleteLater();
    });
}

void WebServer::serveHttp1(ByteStream* stream, const QObject* transport)
{
    const quint32 id = stream->connectionId();
    emit protocolChosen(id, QByteArrayLiteral("http/1.1"));
    const Workload workload = m_config.workload;
    const EventRecorder recorder = m_recorder.forConnection(id);
    const QPointer<WebSocketServer> webSockets = m_webSockets;
    const RequestHandler handler = m_config.handler;
    const QByteArray altSvc = stream->isSecure() ? m_config.altSvc : QByteArray();
    // Requests the handler has answered on this connection: an upgrade is the request after them.
    auto answered = std::make_shared<quint32>(0);
    auto* connection = new Http1ServerConnection(
        stream,
        [workload, handler, webSockets, recorder, answered, altSvc](const HttpRequest& request) {
            const quint32 message = ++*answered;
            if (webSockets) {
                if (std::optional<HttpResponse> refused = webSockets->refusal(request, message, recorder))
                    return *refused;
            }
            if (request.path == WebSocketTestPage::path() &&
                (request.method == "GET" || request.method == "HEAD")) {
                HttpResponse page;
                page.headers = {{"content-type", "text/html; charset=utf-8"}, {"cache-control", "no-store"}};
                page.body = WebSocketTestPage::html();
                if (request.method == "HEAD") {
                    page.headers.append({"content-length", QByteArray::number(page.body.size())});
                    page.body.clear();
                }
                return withAltSvc(std::move(page), altSvc);
            }
            return withAltSvc(handler ? handler(request) : workload.respond(request), altSvc);
        },
        recorder, m_connections);
    connection->setIdleTimeout(m_config.idleTimeoutMs);
    connection->setHeaderTimeout(m_config.headerTimeoutMs);
    connection->setUpgradeHandler([webSockets, recorder, answered](const HttpRequest& request,
                                                                   ByteStream* upgraded,
                                                                   const QByteArray& pending) {
        return webSockets && webSockets->takeOver(request, *answered + 1, upgraded, pending, recorder);
    });
    connect(connection, &Http1ServerConnection::finished, connection, &QObject::deleteLater);
    limitIdleness(connection, stream, transport);
}

void WebServer::serveHttp2(ByteStream* stream, const QObject* transport)
{
    const quint32 id = stream->connectionId();
    emit protocolChosen(id, stream->isSecure() ? QByteArrayLiteral("h2") : QByteArrayLiteral("h2c"));
    const Workload workload = m_config.workload;
    Http2ServerConnection::PushPolicy push;
    if (m_config.serverPush)
        push = [workload](const HttpRequest& request) { return workload.pushPathsFor(request.path); };
    const RequestHandler handler = m_config.handler;
    const QByteArray altSvc = stream->isSecure() ? m_config.altSvc : QByteArray();
    auto* connection = new Http2ServerConnection(
        stream,
        [workload, handler, altSvc](const HttpRequest& request) {
            return withAltSvc(handler ? handler(request) : workload.respond(request), altSvc);
        },
        push, m_config.http2, m_recorder.forConnection(id), m_connections);
    connection->setIdleTimeout(m_config.http2IdleTimeoutMs);
    // gRPC calls take their streams over; every other request still reaches the handler.
    if (m_grpc)
        GrpcServer::attach(m_grpc, connection, m_recorder.forConnection(id));
    connect(connection, &Http2ServerConnection::finished, connection, &QObject::deleteLater);
    limitIdleness(connection, stream, transport);
}

} // namespace protoviz

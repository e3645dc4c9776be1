#include "core/server/webserver.h"

#include "core/grpc/grpcschema.h"
#include "core/grpc/grpcserver.h"
#include "core/grpc/lessonservice.h"
#include "core/http1/http1serverconnection.h"
#include "core/http2/http2framesplitter.h"
#include "core/http2/http2serverconnection.h"
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
    if (m_config.cleartext && !(m_cleartextListener = open(m_config.cleartextPort, false)))
        return false;
    if (m_config.tls && !(m_tlsListener = open(m_config.tlsPort, true)))
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
    connect(tcp, &QObject::destroyed, this, [this] { --m_openConnections; });
    if (!secure) {
        sniff(tcp);
        return;
    }
    TlsStream* tls = TlsStream::server(tcp, m_config.tls, m_recorder.forConnection(id), m_connections);
    startHandshakeDeadline(tls);
    connect(tls, &ByteStream::opened, this, [this, tls] {
        if (tls->applicationProtocol() == "h2")
            serveHttp2(tls);
        else
            serveHttp1(tls);
    });
    connect(tls, &ByteStream::closed, this, [this, tls] {
        // Still ours after closing: the handshake failed and no protocol took the stream over.
        if (tls->parent() == m_connections)
            tls->deleteLater();
    });
}

void WebServer::onBackingOff(bool outOfDescriptors, const QString& reason, int delayMs)
{
    // Meanwhile the connections already open are served; new ones wait in the kernel's backlog.
    const QString text =
        outOfDescriptors
            ? tr("Out of file descriptors: %n connection(s) open; accepting again in %1 ms.", nullptr,
                 m_openConnections)
                  .arg(delayMs)
            : tr("Accepting a connection failed (%1): %n connection(s) open; accepting again in %2 ms.",
                 nullptr, m_openConnections)
                  .arg(reason)
                  .arg(delayMs);
    m_recorder.explain(Layer::Session, kindOf(SessionKind::Error), text);
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
    connect(stream, &ByteStream::received, this, [this, stream, state, deadline](const QByteArray& data) {
        if (state->decided)
            return;
        state->buffer.append(data);
        const QByteArray& preface = Http2FrameSplitter::clientPreface();
        const qsizetype compared = std::min(state->buffer.size(), preface.size());
        const qsizetype matching =
            std::mismatch(state->buffer.cbegin(), state->buffer.cbegin() + compared, preface.cbegin()).first -
            state->buffer.cbegin();
        if (matching == compared && state->buffer.size() < preface.size())
            return;
        // "PRI * HTTP/2.0" names HTTP/2, which no HTTP/1.1 request does: a client that sends that line
        // and then something else than the rest of the preface gets HTTP/2's answer to an invalid
        // preface, GOAWAY(PROTOCOL_ERROR) (RFC 9113 3.4), not an HTTP/1.1 505.
        const bool prefaceSoFar = matching >= PrefaceRequestLineLength;
        state->decided = true;
        delete deadline;
        stream->disconnect(this);
        auto* replay = new ReplayStream(stream, std::exchange(state->buffer, {}), m_connections);
        if (prefaceSoFar)
            serveHttp2(replay);
        else
            serveHttp1(replay);
    });
    // Until a protocol takes the stream over (which disconnects this), a closed stream is the server's to
    // delete, also when the deadline above closed it.
    connect(stream, &ByteStream::closed, this, [stream, state] {
        state->decided = true;
        stream->deleteLater();
    });
}

void WebServer::serveHttp1(ByteStream* stream)
{
    const quint32 id = stream->connectionId();
    emit protocolChosen(id, QByteArrayLiteral("http/1.1"));
    const Workload workload = m_config.workload;
    const EventRecorder recorder = m_recorder.forConnection(id);
    const QPointer<WebSocketServer> webSockets = m_webSockets;
    const RequestHandler handler = m_config.handler;
    // Requests the handler has answered on this connection: an upgrade is the request after them.
    auto answered = std::make_shared<quint32>(0);
    auto* connection = new Http1ServerConnection(
        stream,
        [workload, handler, webSockets, recorder, answered](const HttpRequest& request) {
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
                return page;
            }
            return handler ? handler(request) : workload.respond(request);
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
}

void WebServer::serveHttp2(ByteStream* stream)
{
    const quint32 id = stream->connectionId();
    emit protocolChosen(id, stream->isSecure() ? QByteArrayLiteral("h2") : QByteArrayLiteral("h2c"));
    const Workload workload = m_config.workload;
    Http2ServerConnection::PushPolicy push;
    if (m_config.serverPush)
        push = [workload](const HttpRequest& request) { return workload.pushPathsFor(request.path); };
    const RequestHandler handler = m_config.handler;
    auto* connection = new Http2ServerConnection(
        stream,
        [workload, handler](const HttpRequest& request) {
            return handler ? handler(request) : workload.respond(request);
        },
        push, m_config.http2, m_recorder.forConnection(id), m_connections);
    connection->setIdleTimeout(m_config.http2IdleTimeoutMs);
    // gRPC calls take their streams over; every other request still reaches the handler.
    if (m_grpc)
        GrpcServer::attach(m_grpc, connection, m_recorder.forConnection(id));
    connect(connection, &Http2ServerConnection::finished, connection, &QObject::deleteLater);
}

} // namespace protoviz

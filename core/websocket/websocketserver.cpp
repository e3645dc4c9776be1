#include "core/websocket/websocketserver.h"

#include "core/http1/http1eventlog.h"
#include "core/http1/http1writer.h"
#include "core/transport/bytestream.h"
#include "core/websocket/websocketeventlog.h"
#include "core/websocket/websockethandshake.h"
#include "core/websocket/websockettap.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace protoviz {

namespace {

// Loopback sockets that no tap claims within this time are not ours: they are dropped.
constexpr int UnmatchedTimeoutMs = 5000;

QByteArray pathOnly(QByteArrayView target)
{
    const qsizetype query = target.indexOf('?');
    return (query < 0 ? target : target.first(query)).toByteArray();
}

} // namespace

WebSocketServer::WebSocketServer(QObject* parent)
    : QObject(parent)
    , m_qt(new QWebSocketServer(QStringLiteral("ProtoViz"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_qt, &QWebSocketServer::newConnection, this, &WebSocketServer::onQtConnection);
}

WebSocketServer::~WebSocketServer()
{
    shutdown();
}

void WebSocketServer::addService(const QByteArray& path, Service service)
{
    m_services.insert(path, std::move(service));
}

bool WebSocketServer::serves(QByteArrayView path) const
{
    return m_services.contains(pathOnly(path));
}

bool WebSocketServer::ensureBridge()
{
    if (m_bridge)
        return m_bridge->isListening();
    m_bridge = new QTcpServer(this);
    connect(m_bridge, &QTcpServer::newConnection, this, &WebSocketServer::onBridgeConnection);
    return m_bridge->listen(QHostAddress::LocalHost, 0);
}

bool WebSocketServer::takeOver(const HttpRequest& request, quint32 message, ByteStream* stream,
                               const QByteArray& pending, EventRecorder recorder)
{
    const QByteArray path = pathOnly(request.path);
    if (!m_services.contains(path) || !WebSocketHandshake::check(request).accepted() || !ensureBridge())
        return false;

    const quint32 id = stream->connectionId();
    const EventRecorder connectionRecorder = recorder.forConnection(id);
    const WebSocketEventLog log(connectionRecorder);
    log.upgradeRequest(false, message,
                       Http1Writer::requestHead(request.method, request.path, request.headers));
    const QByteArray key = headerValue(request.headers, "sec-websocket-key").trimmed();
    HeaderList fields = WebSocketHandshake::switchingHeaders(key);
    fields.append({QByteArrayLiteral("server"), QByteArrayLiteral("ProtoViz")});
    std::optional<PerMessageDeflate::Agreement> compression;
    if (m_compression) {
        // An offer it cannot take is declined, not refused: the connection goes on uncompressed.
        compression = PerMessageDeflate::accept(request.headers, *m_compression);
        if (compression)
            fields.append({QByteArrayLiteral("sec-websocket-extensions"), compression->response});
    }
    const QByteArray head = Http1Writer::responseHead(101, fields);
    stream->write(head);
    const Http1EventLog http(connectionRecorder);
    http.head(true, message, head);
    http.messageEnd(true, message, 0);
    log.upgradeResponse(true, message, head, 101, key);

    auto* internal = new QTcpSocket;
    WebSocketTap* tap = WebSocketTap::server(stream, internal, request, pending, recorder, this);
    if (compression)
        tap->useCompression(compression->parameters);
    m_taps.append(tap);
    m_connecting.append({tap, path, id});
    connect(internal, &QTcpSocket::connected, this, &WebSocketServer::matchBridged);
    connect(tap, &WebSocketTap::finished, this, [this, tap, id] {
        m_taps.removeOne(tap);
        tap->deleteLater();
        emit connectionFinished(id);
    });
    internal->connectToHost(m_bridge->serverAddress(), m_bridge->serverPort());
    return true;
}

std::optional<HttpResponse> WebSocketServer::refusal(const HttpRequest& request, quint32 message,
                                                     const EventRecorder& recorder) const
{
    if (!serves(request.path))
        return std::nullopt;
    const WebSocketHandshake::Verdict verdict = WebSocketHandshake::check(request);
    if (verdict.accepted())
        return std::nullopt;
    const WebSocketEventLog log(recorder);
    if (!headerValue(request.headers, "upgrade").isNull())
        log.upgradeRequest(false, message,
                           Http1Writer::requestHead(request.method, request.path, request.headers));
    log.upgradeResponse(true, message, {}, verdict.status, {});
    log.upgradeRefused(message, verdict.status, verdict.explanation);
    HttpResponse response;
    response.status = verdict.status;
    response.headers = verdict.headers;
    response.headers.append(
        {QByteArrayLiteral("content-type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    response.body = verdict.explanation.toUtf8() + '\n';
    return response;
}

void WebSocketServer::onBridgeConnection()
{
    while (QTcpSocket* socket = m_bridge->nextPendingConnection()) {
        m_unmatched.append(socket);
        // A tap that finished before its socket was matched (its client left during the handshake)
        // closed its end: this one goes at once, nobody will ever claim it.
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropUnmatched(socket); });
        // A deadline of its own: one timer restarted by every arrival never fired while WebSocket
        // clients kept coming, and a long-running serve piled up orphans with their read buffers.
        QTimer::singleShot(UnmatchedTimeoutMs, socket, [this, socket] { dropUnmatched(socket); });
    }
    matchBridged();
}

void WebSocketServer::dropUnmatched(QTcpSocket* socket)
{
    if (!m_unmatched.removeOne(socket))
        return;
    socket->abort();
    socket->deleteLater();
}

void WebSocketServer::matchBridged()
{
    // A tap's socket learns its local port when it has connected, which the listener may see first or
    // second: match whenever either side moves.
    for (qsizetype i = 0; i < m_connecting.size();) {
        const Bridging& bridging = m_connecting[i];
        if (!bridging.tap) {
            m_connecting.removeAt(i);
            continue;
        }
        QTcpSocket* internal = bridging.tap->internal();
        const quint16 port = internal->state() == QAbstractSocket::ConnectedState ? internal->localPort() : 0;
        const auto accepted =
            std::find_if(m_unmatched.begin(), m_unmatched.end(),
                         [port](QTcpSocket* socket) { return port != 0 && socket->peerPort() == port; });
        if (accepted == m_unmatched.end()) {
            ++i;
            continue;
        }
        QTcpSocket* socket = *accepted;
        m_unmatched.erase(accepted);
        // From here on Qt's server owns the socket's fate (it deletes it once disconnected).
        disconnect(socket, &QTcpSocket::disconnected, this, nullptr);
        m_handedToQt.insert(port, bridging);
        m_connecting.removeAt(i);
        m_qt->handleConnection(socket);
    }
    // An entry whose tap has finished is of no use (Qt failed that handshake, or the client left before
    // it completed); left alone it would stay until its port number came round again.
    m_handedToQt.removeIf([](const auto& entry) { return entry.value().tap.isNull(); });
}

void WebSocketServer::onQtConnection()
{
    while (QWebSocket* socket = m_qt->nextPendingConnection()) {
        // The caller owns what nextPendingConnection() returns: ours until it disconnects.
        socket->setParent(this);
        const Bridging bridging = m_handedToQt.take(socket->peerPort());
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        const auto service = m_services.constFind(bridging.path);
        if (!bridging.tap || service == m_services.cend() ||
            socket->state() != QAbstractSocket::ConnectedState) {
            // Its tap finished first (the client left): a socket that is already unconnected never
            // emits disconnected(), so it is deleted here rather than left to the connection above.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        (*service)(socket, bridging.connectionId);
        emit connectionOpened(bridging.connectionId, bridging.path);
    }
}

void WebSocketServer::shutdown()
{
    for (WebSocketTap* tap : std::exchange(m_taps, {})) {
        disconnect(tap, nullptr, this, nullptr);
        tap->abort();
        tap->deleteLater();
    }
    m_connecting.clear();
    m_handedToQt.clear();
    for (QTcpSocket* socket : std::exchange(m_unmatched, {}))
        socket->deleteLater();
    m_qt->close();
}

} // namespace protoviz

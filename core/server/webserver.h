#pragma once

#include "core/http/workload.h"
#include "core/http2/http2settings.h"
#include "core/timeline/eventrecorder.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace protoviz {

class ByteStream;
class ConnectionDirectory;
class GrpcServer;
class TlsServerContext;
class WebSocketChatRoom;
class WebSocketServer;

/// What the built-in web server serves and where.
struct WebServerConfig
{
    QHostAddress address = QHostAddress::LocalHost; ///< loopback unless the user asks otherwise
    int idleTimeoutMs = 30000; ///< a connection that sends nothing (or half a request) this long is closed
    bool cleartext = true;     ///< listen for HTTP/1.1 and h2c (prior knowledge) on cleartextPort
    quint16 cleartextPort = 0; ///< 0 picks a free port
    std::shared_ptr<TlsServerContext> tls; ///< listen for HTTPS on tlsPort when set (ALPN h2, http/1.1)
    quint16 tlsPort = 0;
    Http2Settings http2;
    bool serverPush = false; ///< HTTP/2: push the page's objects along with the page
    Workload workload;
    bool grpc = true;       ///< HTTP/2: serve the gRPC lesson service (LessonService) to gRPC requests
    RequestHandler handler; ///< when set, answers plain HTTP requests instead of the workload (REST APIs)
};

/// ProtoViz's own web server: serves the workload over HTTP/1.1 and HTTP/2, cleartext and TLS, and
/// records every connection's events with Origin::Server. A cleartext connection is HTTP/2 if it opens
/// with the client preface, HTTP/1.1 otherwise; a TLS connection speaks what ALPN agreed.
///
/// HTTP/1.1 connections can switch to WebSocket (ws:// on the cleartext port, wss:// on the TLS port):
/// upgrades to a path of webSockets() are handed to it, and other requests to those paths are refused
/// with 400 or 426. Out of the box /chat is a chat room (WebSocketChatRoom: every message goes to every
/// member), and /websocket-test serves a page that exercises it from a browser (WebSocketTestPage).
///
/// HTTP/2 connections also serve gRPC: requests with content-type application/grpc (or addressed to one
/// of its services) go to the lesson service (LessonService, see GrpcServer), every other request to the
/// workload, or to WebServerConfig::handler when one is set.
/// Lives on the session thread.
class WebServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebServer)

public:
    /// directory: shared with the link, so connection ids agree (may be null: the server numbers its
    /// connections itself).
    WebServer(WebServerConfig config, ConnectionDirectory* directory, EventRecorder recorder,
              QObject* parent = nullptr);
    ~WebServer() override;

    /// Starts listening. Returns false and sets *error if a port cannot be bound.
    bool listen(QString* error);

    QHostAddress address() const { return m_config.address; }
    quint16 cleartextPort() const;
    quint16 tlsPort() const;
    int connectionCount() const { return m_connectionCount; }

    /// The WebSocket side of the server, for adding services at other paths (owned by the server).
    WebSocketServer* webSockets() const { return m_webSockets; }

    /// Stops accepting and closes every connection.
    void shutdown();

signals:
    /// A connection was accepted; protocol is known once it has been chosen.
    void connectionAccepted(quint32 connectionId);
    /// A connection's protocol was chosen ("http/1.1", "h2", "h2c").
    void protocolChosen(quint32 connectionId, const QByteArray& protocol);

private:
    static std::shared_ptr<const GrpcServer> makeGrpcServer();
    void accept(QTcpServer* listener, bool secure);
    quint32 idFor(QTcpSocket* socket);
    void sniff(ByteStream* stream);
    void serveHttp1(ByteStream* stream);
    void serveHttp2(ByteStream* stream);

    const WebServerConfig m_config;
    ConnectionDirectory* const m_directory;
    const EventRecorder m_recorder;
    QTcpServer* m_cleartextListener = nullptr;
    QTcpServer* m_tlsListener = nullptr;
    QObject* m_connections = nullptr; // parent of every live connection
    std::shared_ptr<const GrpcServer> m_grpc;
    WebSocketServer* m_webSockets = nullptr;
    WebSocketChatRoom* m_chatRoom = nullptr;
    quint32 m_ownIds = 0;
    int m_connectionCount = 0;
};

} // namespace protoviz

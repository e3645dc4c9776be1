#pragma once

#include "core/http/workload.h"
#include "core/http2/http2settings.h"
#include "core/server/idleconnectionlimit.h"
#include "core/timeline/eventrecorder.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace protoviz {

class BackoffAcceptor;
class ByteStream;
class ConnectionDirectory;
class GrpcServer;
class Http1ServerConnection;
class Http2ServerConnection;
class TlsServerContext;
class WebSocketChatRoom;
class WebSocketServer;

/// What the built-in web server serves and where.
struct WebServerConfig
{
    QHostAddress address = QHostAddress::LocalHost; ///< loopback unless the user asks otherwise
    /// An HTTP/1.1 connection that sends nothing (or half a request) this long is closed.
    int idleTimeoutMs = 30000;
    /// An HTTP/1.1 request head must be whole this long after its first byte (else 408).
    int headerTimeoutMs = 20000;
    /// An HTTP/2 connection without open streams that sends nothing this long gets GOAWAY(NO_ERROR)
    /// (0: never).
    int http2IdleTimeoutMs = 60000;
    /// A TLS connection that has not completed its handshake this long after the accept is dropped.
    int handshakeTimeoutMs = 30000;
    /// When more connections than this wait for a request, the one idle longest is closed (at least 1).
    int maxIdleConnections = IdleConnectionLimit::DefaultLimit;
    /// Listen on no port: serve only the connections connectInProcess() opens (for a link in front of
    /// the server, so that nothing reaches the server around the link).
    bool inProcessOnly = false;
    bool cleartext = true;                 ///< listen for HTTP/1.1 and h2c (prior knowledge) on cleartextPort
    quint16 cleartextPort = 0;             ///< 0 picks a free port
    std::shared_ptr<TlsServerContext> tls; ///< listen for HTTPS on tlsPort when set (ALPN h2, http/1.1)
    quint16 tlsPort = 0;
    Http2Settings http2;
    bool serverPush = false; ///< HTTP/2: push the page's objects along with the page
    Workload workload;
    bool grpc = true;       ///< HTTP/2: serve the gRPC lesson service (LessonService) to gRPC requests
    RequestHandler handler; ///< when set, answers plain HTTP requests instead of the workload (REST APIs)
    /// When not empty, every HTTP/1.1 and HTTP/2 response on the TLS port carries this Alt-Svc field
    /// (RFC 7838), e.g. `h3=":8443"; ma=3600` when the same page is also served over HTTP/3.
    QByteArray altSvc;
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
/// Clients that hold a connection without finishing anything are timed out, as production servers do
/// (see the timeouts of WebServerConfig), each with an event that says why. When accept() fails (out
/// of file descriptors, above all) the listeners back off and retry (BackoffAcceptor) while the open
/// connections are served, and an Error event says so. When more than
/// WebServerConfig::maxIdleConnections connections wait for a request (a new connection before its first
/// byte, HTTP/1.1 between requests, HTTP/2 without an open stream), the one idle longest is closed, as
/// its protocol allows (HTTP/2 with GOAWAY(NO_ERROR)), with a Session note that says why; a connection
/// in the middle of a request never is. Connections taken over by WebSocket are not counted.
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

    /// Opens a connection to the server inside the process, served as one accepted on the cleartext
    /// port (secure false) or the TLS port, under connectionId (0: the server numbers it). Returns the
    /// client's end, connected and without parent (the caller owns it); nullptr, with *error set, if
    /// that transport is not served or the process is out of descriptors. See InProcessConnection.
    QTcpSocket* connectInProcess(bool secure, quint32 connectionId, QString* error = nullptr);

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
    void accept(QTcpSocket* socket, bool secure, quint32 connectionId = 0);
    void onBackingOff(bool outOfDescriptors, const QString& reason, int delayMs);
    void startHandshakeDeadline(ByteStream* tls);
    quint32 idFor(QTcpSocket* socket);
    void sniff(ByteStream* stream);
    // transport: the accepted TcpStream under stream, which names the connection to m_idleLimit.
    void serveHttp1(ByteStream* stream, const QObject* transport);
    void serveHttp2(ByteStream* stream, const QObject* transport);
    // Tell m_idleLimit when the connection waits for a request: from the accept to its first byte (outer:
    // the stream to close), then as its protocol says.
    void limitIdleness(ByteStream* outer, ByteStream* transport);
    void limitIdleness(Http1ServerConnection* connection, ByteStream* stream, const QObject* transport);
    void limitIdleness(Http2ServerConnection* connection, ByteStream* stream, const QObject* transport);

    const WebServerConfig m_config;
    ConnectionDirectory* const m_directory;
    const EventRecorder m_recorder;
    QTcpServer* m_cleartextListener = nullptr;
    QTcpServer* m_tlsListener = nullptr;
    QList<BackoffAcceptor*> m_acceptors; // children of the listeners
    QObject* m_connections = nullptr;    // parent of every live connection
    std::shared_ptr<const GrpcServer> m_grpc;
    WebSocketServer* m_webSockets = nullptr;
    WebSocketChatRoom* m_chatRoom = nullptr;
    quint32 m_ownIds = 0;
    int m_connectionCount = 0;
    int m_openConnections = 0;
    IdleConnectionLimit m_idleLimit;
};

} // namespace protoviz

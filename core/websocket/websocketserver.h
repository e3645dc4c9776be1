#pragma once

#include "core/http/httpmessage.h"
#include "core/timeline/eventrecorder.h"
#include "core/websocket/permessagedeflate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace protoviz {

class ByteStream;
class WebSocketTap;

/// The server side of WebSocket for ProtoViz's web server: takes over HTTP/1.1 connections whose
/// request is a valid upgrade to one of its paths (through Http1ServerConnection::setUpgradeHandler),
/// over cleartext (ws://) and TLS (wss://, the stream is then a TlsStream) alike, and serves them with a
/// QWebSocketServer behind a WebSocketTap, so every frame is decoded and recorded from the wire.
///
/// ProtoViz answers the upgrade itself: it checks the request (WebSocketHandshake::check), writes the 101
/// response with the Sec-WebSocket-Accept it computed, and records the request (as parsed: its raw bytes
/// are on the Http1 RequestHead event just before), the response and the accept proof. The tap then
/// replays the request to Qt over a private loopback listener (which only accepts the taps' sockets) and
/// drops Qt's own 101. A request for one of the paths that is not a valid upgrade gets an HTTP error
/// from refusal() (400, or 426 with "Sec-WebSocket-Version: 13"), explained in a WebSocket Error event.
///
/// Lives on the session thread. Owns its taps, Qt's server and the sockets Qt hands out.
class WebSocketServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketServer)

public:
    /// Serves one path: called with each connection's Qt socket once both sides of the handshake are
    /// done. The socket belongs to the server, which deletes it after it disconnected.
    using Service = std::function<void(QWebSocket* socket, quint32 connectionId)>;

    explicit WebSocketServer(QObject* parent = nullptr);
    ~WebSocketServer() override;

    /// Serves path (without query) with service, replacing any service the path had.
    void addService(const QByteArray& path, Service service);
    /// permessage-deflate (RFC 7692): with a setting, upgrades that offer it are answered with the first
    /// acceptable offer, merged with setting (a smaller window or no context takeover the server wants);
    /// nullopt (the default) declines every offer. Applies to connections taken over from then on.
    void setCompression(std::optional<PerMessageDeflate::Parameters> setting) { m_compression = setting; }
    std::optional<PerMessageDeflate::Parameters> compression() const { return m_compression; }

    /// True if path (a query is ignored) has a service.
    bool serves(QByteArrayView path) const;

    /// The upgrade hook: takes over stream if request is a valid upgrade to a served path, returning
    /// true; false for anything else (the HTTP handler then answers, see refusal()). message: the
    /// request's number on its connection; recorder: Origin::Server (its connection id is the stream's).
    bool takeOver(const HttpRequest& request, quint32 message, ByteStream* stream, const QByteArray& pending,
                  EventRecorder recorder);

    /// For a request to a served path that takeOver() did not take: the HTTP error that explains why,
    /// recorded as a WebSocket UpgradeResponse and Error event (recorder: the connection's). nullopt for
    /// other paths.
    std::optional<HttpResponse> refusal(const HttpRequest& request, quint32 message,
                                        const EventRecorder& recorder) const;

    /// WebSocket connections open now.
    int connectionCount() const { return int(m_taps.size()); }

    /// Drops every connection.
    void shutdown();

signals:
    /// A connection completed both sides of the handshake and was handed to its path's service.
    void connectionOpened(quint32 connectionId, const QByteArray& path);
    /// A connection is over (its tap finished).
    void connectionFinished(quint32 connectionId);

private:
    struct Bridging
    {
        QPointer<WebSocketTap> tap;
        QByteArray path;
        quint32 connectionId = 0;
    };

    bool ensureBridge();
    void onBridgeConnection();
    void dropUnmatched(QTcpSocket* socket);
    void matchBridged();
    void onQtConnection();

    QWebSocketServer* m_qt = nullptr;
    QTcpServer* m_bridge = nullptr;
    QHash<QByteArray, Service> m_services;
    QList<Bridging> m_connecting;          // taps whose loopback socket Qt has not been given yet
    QList<QTcpSocket*> m_unmatched;        // loopback sockets accepted before their tap knew its port
    QHash<quint16, Bridging> m_handedToQt; // by the tap socket's local port, until Qt accepts it
    QList<WebSocketTap*> m_taps;
    std::optional<PerMessageDeflate::Parameters> m_compression;
};

} // namespace protoviz

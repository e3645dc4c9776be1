#pragma once

#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/session/shootoutsessionconfig.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace protoviz {

class ByteStream;
class GrpcChannel;
class Http1ClientPool;
class Link;
class PollingClient;
class PollingFeed;
class PollingServer;
class ShootoutHttp3Side;
class ShootoutWebSocketClient;
class TlsClientContext;
class TlsServerContext;
class WebServer;

/// One side of the protocol shoot-out, live: the same workload over one protocol (see
/// ShootoutSessionConfig and ShootoutProtocol), through the emulated link, all on loopback.
///
/// - HTTP/1.1 and HTTPS: a PollingServer that also answers GET /api/items/N (RestApi); the client asks
///   for the items over a browser-like Http1ClientPool (RestWorkload) and learns the updates by long
///   polling on a connection of its own (PollingClient).
/// - gRPC: ProtoViz's WebServer with the lesson service over HTTP/2 and TLS; one GrpcChannel carries
///   a unary GetItem call per item (GrpcWorkload) and then the updates on one server-streaming
///   ListItems call (ShootoutGrpcUpdates).
/// - WebSocket: the WebServer with a WebSocket endpoint; one connection carries the item requests,
///   their answers and the pushed updates (ShootoutWebSocketClient).
/// - HTTP/3: one QUIC connection through the link's DatagramRelay carries the item requests and the long
///   polls, each a stream of its own, to a server that holds a poll until there is news
///   (ShootoutHttp3Side).
///
/// The exchanges start at once (connections are opened cold); the updates begin when every answer is
/// in and the client is subscribed (its first long poll, or its WebSocket, reached the server; for
/// gRPC the streaming call is the subscription), so that the two halves of the workload are measured
/// apart. The session completes when every answer and every update has arrived, then closes its
/// connections and ends once their goodbyes have crossed the link. ShootoutStatistics measures it.
///
/// Lives on the session thread (see SessionRunner).
class ShootoutSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShootoutSession)

public:
    /// The WebSocket side's endpoint.
    static constexpr QByteArrayView WebSocketPath{"/shootout"};

    ShootoutSession(const ShootoutSessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~ShootoutSession() override;

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    std::shared_ptr<TlsServerContext> makeTls(const QByteArray& alpn, QString* error);
    bool startServer(QString* error);
    void startClients();
    ByteStream* openStream();
    void joinWebSocket(QWebSocket* socket);
    void onExchangesDone(SessionOutcome outcome, const QString& reason);
    void onSubscribed();
    void maybeStartUpdates();
    void tick();
    void onDelivered();
    void onFailed(const QString& reason);
    void closeConnections(SessionOutcome outcome, const QString& reason);
    void onEnded(SessionOutcome outcome, const QString& reason);

    const ShootoutSessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    ConnectionDirectory m_directory;
    PollingFeed* m_feed = nullptr;
    PollingServer* m_pollingServer = nullptr;
    WebServer* m_webServer = nullptr;
    Link* m_link = nullptr;
    Http1ClientPool* m_pool = nullptr;
    PollingClient* m_poller = nullptr;
    GrpcChannel* m_channel = nullptr;
    ShootoutWebSocketClient* m_webSocket = nullptr;
    QList<QWebSocket*> m_members; // the server's side of each WebSocket
    std::shared_ptr<TlsClientContext> m_clientContext;
    ShootoutHttp3Side* m_http3 = nullptr;
    QByteArray m_authority;
    QTimer m_tickTimer;
    QElapsedTimer m_updateClock;
    SessionEnding m_ending;
    int m_ticks = 0;
    int m_delivered = 0;
    bool m_exchangesDone = false;
    bool m_subscribed = false;
    bool m_updatesStarted = false;
};

} // namespace protoviz

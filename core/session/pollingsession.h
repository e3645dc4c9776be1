#pragma once

#include "core/session/pollingsessionconfig.h"
#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace protoviz {

class ByteStream;
class Link;
class PollingClient;
class PollingFeed;
class PollingServer;
class TlsClientContext;
class WebServer;
class WebSocketParticipant;

/// One side of a polling-against-WebSocket comparison, live: a feed of updates (a ticker the server
/// drives, or a chat the clients write) delivered to config.clients clients through the emulated link,
/// by WebSocket push (ProtoViz's WebServer with a WebSocket service, WebSocketParticipant clients), or
/// by HTTP/1.1 short or long polling (PollingServer, PollingClient clients); cleartext or TLS.
///
/// The job starts once every client is subscribed (its WebSocket is open, or its first poll reached
/// the server), so that no update is published before everyone can get it. The session completes when
/// every client has every update, then closes the connections and ends once their goodbyes have crossed
/// the link. Every delivery is recorded (PollingFeed::recordDelivery()) when it arrives at the client's
/// network side; PollingStatistics turns the timeline into latency and overhead per update.
///
/// Lives on the session thread (see SessionRunner).
class PollingSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingSession)

public:
    PollingSession(const PollingSessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~PollingSession() override;

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    bool startServer(QString* error);
    ByteStream* openStream();
    void startClients();
    void joinWebSocket(QWebSocket* socket);
    void onSubscribed();
    void tick();
    void onDelivered();
    void onClientFailed(const QString& reason);
    void closeConnections(SessionOutcome outcome, const QString& reason);
    void onEnded(SessionOutcome outcome, const QString& reason);

    const PollingSessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    ConnectionDirectory m_directory;
    PollingFeed* m_feed = nullptr;
    WebServer* m_webServer = nullptr;
    PollingServer* m_pollingServer = nullptr;
    Link* m_link = nullptr;
    QList<WebSocketParticipant*> m_participants;
    QList<PollingClient*> m_pollers;
    QList<QWebSocket*> m_members; // the server's side of each WebSocket
    std::shared_ptr<TlsClientContext> m_clientContext;
    QByteArray m_authority;
    QTimer m_jobTimer;
    QElapsedTimer m_jobClock;
    SessionEnding m_ending;
    int m_ticks = 0;
    int m_subscribed = 0;
    int m_opened = 0;
    int m_delivered = 0;
    bool m_jobStarted = false;
};

} // namespace protoviz

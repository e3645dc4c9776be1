#pragma once

#include "core/session/scalingsessionconfig.h"
#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <memory>

namespace protoviz {

class ByteStream;
class ChatInstance;
class Link;
class LoadBalancer;
class PollingFeed;
class PubSubBroker;
class TlsClientContext;
class TlsServerContext;
class WebSocketParticipant;

/// One side of the websocket-scaling comparison, live: config.chat.clients WebSocket chat clients reach,
/// through the emulated link, a round-robin LoadBalancer that spreads their connections over two
/// ChatInstance servers; with config.broker the instances also connect, each through a short link of
/// its own, to a PubSubBroker and share every message through it.
///
/// The clients take turns posting, as in PollingSession's chat, once every client's WebSocket is open
/// (and, with the broker, both instances have subscribed). Every message is expected at every client,
/// the sender included; each arrival is recorded with PollingFeed::recordDelivery(). Since without the
/// broker some messages never arrive, the session does not wait for them all: it completes when every
/// expected delivery happened, or a grace period after the last message was posted, and its finish
/// reason says how many arrived and why the others did not.
///
/// Lives on the session thread (see SessionRunner).
class ScalingSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalingSession)

public:
    ScalingSession(const ScalingSessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~ScalingSession() override;

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    bool makeTls(QString* error);
    ByteStream* openStream();
    void startClients();
    void maybeStartJob();
    void tick();
    void onDelivered();
    void onFailed(const QString& reason);
    QString summary() const;
    void closeConnections(SessionOutcome outcome, const QString& reason);
    void onEnded(SessionOutcome outcome, const QString& reason);

    const ScalingSessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    ConnectionDirectory m_directory;
    PollingFeed* m_feed = nullptr;
    QList<ChatInstance*> m_instances;
    PubSubBroker* m_broker = nullptr;
    Link* m_brokerLink = nullptr;
    LoadBalancer* m_balancer = nullptr;
    Link* m_link = nullptr;
    QList<WebSocketParticipant*> m_participants;
    std::shared_ptr<TlsServerContext> m_serverContext;
    std::shared_ptr<TlsClientContext> m_clientContext;
    QByteArray m_authority;
    QTimer m_jobTimer;
    QElapsedTimer m_jobClock;
    SessionEnding m_ending;
    QTimer m_settle;
    int m_ticks = 0;
    int m_opened = 0;
    int m_brokerJoined = 0;
    int m_delivered = 0;
    bool m_jobStarted = false;
};

} // namespace protoviz

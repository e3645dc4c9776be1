#pragma once

#include "core/session/balancingsessionconfig.h"
#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace protoviz {

class HttpBalancer;
class Link;
class PollingFeed;
class PollingInstance;
class SessionPollingClient;

/// One side of the long-polling-balancing comparison, live: config.ticker.clients SessionPollingClients
/// reach, through the emulated link, an HttpBalancer with config.rule, which spreads their requests over
/// two PollingInstances, each through a short data-centre link of its own. Each instance keeps its own
/// sessions; the ticker publishes every update to both instances (each has its own PollingFeed), so that
/// the balancing rule is the only difference between the sides.
///
/// The ticker starts once every client has a session. Every update is owed to every client (recorded
/// with BalancingNotes::recordPublished()). The session completes when every owed delivery happened, or
/// a grace period after the last update; its finish reason says how many polls were refused, how often
/// the clients started over and how many deliveries were lost.
///
/// Lives on the session thread (see SessionRunner).
class BalancingSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancingSession)

public:
    BalancingSession(const BalancingSessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~BalancingSession() override;

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    void startClients();
    void maybeStartTicker();
    void tick();
    void onDelivered();
    void onFailed(const QString& reason);
    QString summary() const;
    void closeConnections(SessionOutcome outcome, const QString& reason);
    void onEnded(SessionOutcome outcome, const QString& reason);

    const BalancingSessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    const EventRecorder m_serverRecorder;
    ConnectionDirectory m_directory;
    QList<PollingFeed*> m_feeds;
    QList<PollingInstance*> m_instances;
    QList<Link*> m_paths;
    HttpBalancer* m_balancer = nullptr;
    Link* m_link = nullptr;
    QList<SessionPollingClient*> m_clients;
    QByteArray m_authority;
    QTimer m_tickTimer;
    QElapsedTimer m_tickClock;
    SessionEnding m_ending;
    QTimer m_settle;
    int m_ticks = 0;
    int m_joined = 0;
    int m_delivered = 0;
    bool m_tickerStarted = false;
};

} // namespace protoviz

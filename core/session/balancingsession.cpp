#include "core/session/balancingsession.h"

#include "core/link/httpbalancer.h"
#include "core/link/link.h"
#include "core/session/balancingnotes.h"
#include "core/session/pollingfeed.h"
#include "core/session/pollinginstance.h"
#include "core/session/sessionpollingclient.h"
#include "core/timeline/timeline.h"
#include "core/transport/tcpstream.h"

namespace protoviz {

BalancingSession::BalancingSession(const BalancingSessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
    , m_serverRecorder(timeline, Origin::Server)
{
    connect(&m_ending, &SessionEnding::ended, this, &BalancingSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        closeConnections(SessionOutcome::TimedOut, tr("The ticker did not finish within %n second(s).",
                                                      nullptr, m_config.ticker.timeoutSeconds));
    });
    m_tickTimer.setSingleShot(true);
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &BalancingSession::tick);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        // Updates that have not arrived by now are not on their way: the sessions that owed them are gone.
        closeConnections(SessionOutcome::Completed, summary());
    });
}

BalancingSession::~BalancingSession() = default;

void BalancingSession::start()
{
    QString error = m_config.validationError();
    const bool ready = error.isEmpty() && setUp(&error);
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .value = m_config.ticker.link.rttNs});
    if (!ready) {
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
        m_ending.end(SessionOutcome::Failed, error);
        return;
    }
    m_ending.startDeadline(m_config.ticker.timeoutSeconds);
    startClients();
}

bool BalancingSession::setUp(QString* error)
{
    const EventRecorder linkRecorder(m_timeline, Origin::Link);
    for (int number = 1; number <= BalancingSessionConfig::Instances; ++number) {
        // Each instance has its own copy of the ticker's updates, as if each subscribed to the ticker.
        auto* feed = new PollingFeed(m_timeline->clock(), this);
        m_feeds.append(feed);
        auto* instance = new PollingInstance(number, feed, &m_directory, m_serverRecorder, this);
        if (!instance->listen(error))
            return false;
        m_instances.append(instance);
        LinkConditions dataCentre;
        dataCentre.rttNs = BalancingSessionConfig::DataCentreRttNs;
        dataCentre.seed = m_config.ticker.link.seed + quint32(number);
        auto* path = new Link(dataCentre, &m_directory, linkRecorder, this);
        path->setUpstream(QHostAddress::LocalHost, instance->port());
        if (!path->listen(QHostAddress::LocalHost, 0, error))
            return false;
        m_paths.append(path);
    }
    m_balancer = new HttpBalancer(m_config.rule, m_paths, &m_directory, linkRecorder, this);
    if (!m_balancer->listen(error))
        return false;
    m_link = new Link(m_config.ticker.link, &m_directory, linkRecorder, this);
    m_link->setUpstream(QHostAddress::LocalHost, m_balancer->port());
    if (!m_link->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_authority = "localhost:" + QByteArray::number(m_link->port());
    m_ending.watch(m_link);
    return true;
}

void BalancingSession::startClients()
{
    const EventRecorder clientRecorder(m_timeline, Origin::Client);
    const StreamOpener opener = [this](const QList<QByteArray>&) -> ByteStream* {
        auto* tcp = new TcpStream;
        tcp->connectTo(m_link->address(), m_link->port(), m_link, &m_directory);
        return tcp;
    };
    for (int i = 0; i < m_config.ticker.clients; ++i) {
        auto* client = new SessionPollingClient(i, opener, m_authority, clientRecorder, this);
        m_clients.append(client);
        connect(client, &SessionPollingClient::joined, this, [this] {
            ++m_joined;
            maybeStartTicker();
        });
        connect(client, &SessionPollingClient::updateDelivered, this, &BalancingSession::onDelivered);
        connect(client, &SessionPollingClient::failed, this, &BalancingSession::onFailed);
        client->start();
    }
}

void BalancingSession::maybeStartTicker()
{
    if (m_tickerStarted || m_ending.isClosing() || m_joined < m_config.ticker.clients)
        return;
    m_tickerStarted = true;
    QStringList spread;
    for (const PollingInstance* instance : std::as_const(m_instances))
        spread.append(
            tr("instance %1 issued %n of them", nullptr, instance->sessionCount()).arg(instance->number()));
    m_sessionRecorder.explain(
        Layer::Session, kindOf(SessionKind::Note),
        tr("All %1 clients have a session (%2). The ticker publishes %3 updates a second for %n second(s) to "
           "both instances; the balancer routes every poll by its rule: %4.",
           nullptr, m_config.ticker.durationSeconds)
            .arg(m_config.ticker.clients)
            .arg(spread.join(QLatin1String(", ")))
            .arg(m_config.ticker.updatesPerSecond)
            .arg(m_config.label()));
    m_tickClock.start();
    tick();
}

void BalancingSession::tick()
{
    const int count = m_config.ticker.updateCount();
    if (m_ending.isClosing() || m_ticks >= count)
        return;
    ++m_ticks;
    const double price = 100.0 + 0.25 * double(m_ticks % 17) - 0.1 * double(m_ticks % 5);
    const QString text = QStringLiteral("PVZ %1").arg(price, 0, 'f', 2);
    quint32 sequence = 0;
    for (PollingFeed* feed : std::as_const(m_feeds))
        sequence = feed->publish(-1, text).sequence;
    BalancingNotes::recordPublished(
        m_serverRecorder, sequence, m_config.ticker.clients,
        tr("The ticker publishes update %1 to both instances; each of the %n client(s) should get it.",
           nullptr, m_config.ticker.clients)
            .arg(sequence));
    if (m_ticks >= count) {
        // The last update is out: give it the time to cross the data centre and the link.
        const qint64 rttMs = m_config.ticker.link.rttNs / 1000000;
        m_settle.start(int(2 * closingGraceMs(m_config.ticker.link.rttNs) + 2 * rttMs));
        return;
    }
    // Scheduled against the start, so that timer slack does not add up over the run.
    const double dueMs = double(m_ticks) * 1000.0 / m_config.ticker.updatesPerSecond;
    m_tickTimer.start(int(std::max<qint64>(0, qint64(dueMs) - m_tickClock.elapsed())));
}

void BalancingSession::onDelivered()
{
    ++m_delivered;
    if (m_ticks >= m_config.ticker.updateCount() && m_delivered >= m_config.expectedDeliveries())
        closeConnections(SessionOutcome::Completed, summary());
}

void BalancingSession::onFailed(const QString& reason)
{
    if (m_ending.isClosing())
        return;
    m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), reason);
    closeConnections(SessionOutcome::Failed, reason);
}

QString BalancingSession::summary() const
{
    const int expected = m_config.expectedDeliveries();
    int failedPolls = 0;
    int restarts = 0;
    for (const SessionPollingClient* client : std::as_const(m_clients)) {
        failedPolls += client->failedPolls();
        restarts += client->handshakes() - 1;
    }
    const QString percent = QString::number(expected > 0 ? 100.0 * m_delivered / expected : 0.0, 'f', 1);
    if (failedPolls == 0 && m_delivered >= expected) {
        return m_config.rule == BalancingRule::StickyCookie
                   ? tr("All %1 deliveries arrived and no poll failed: the balancer's %2 cookie brought "
                        "every "
                        "poll back to the instance that issued its session.")
                         .arg(expected)
                         .arg(HttpBalancer::CookieName)
                   : tr("All %1 deliveries arrived and no poll failed: the clients' requests happened to "
                        "alternate in step with round robin, so each poll came back to the instance that "
                        "issued its session. Any other traffic through the balancer, or an odd number of "
                        "clients, breaks that luck.")
                         .arg(expected);
    }
    const int missing = std::max(0, expected - m_delivered);
    if (failedPolls == 0)
        return tr("%1 of %2 deliveries did not arrive in time (%3 % did); no poll failed.")
            .arg(missing)
            .arg(expected)
            .arg(percent);
    return tr("%n poll(s) reached the instance that had never seen their session: 400 \"Session ID "
              "unknown\". "
              "The clients started over %1 times with a new handshake, and each new session began at the "
              "latest update, so %2 of %3 deliveries were lost (%4 % arrived).",
              nullptr, failedPolls)
        .arg(restarts)
        .arg(missing)
        .arg(expected)
        .arg(percent);
}

void BalancingSession::closeConnections(SessionOutcome outcome, const QString& reason)
{
    if (m_ending.isClosing())
        return;
    m_ending.beginClosing(outcome, reason);
    m_tickTimer.stop();
    m_settle.stop();
    if (outcome == SessionOutcome::Completed && !reason.isEmpty())
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Note), reason);
    for (SessionPollingClient* client : std::as_const(m_clients))
        client->finish();
    // The goodbyes (FINs) cross the link before the end, but not forever.
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.ticker.link.rttNs));
}

void BalancingSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void BalancingSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    m_tickTimer.stop();
    m_settle.stop();
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

#include "core/session/scalingsession.h"

#include "core/link/link.h"
#include "core/link/loadbalancer.h"
#include "core/session/chatinstance.h"
#include "core/session/pollingfeed.h"
#include "core/session/pubsubbroker.h"
#include "core/session/sessiontls.h"
#include "core/session/websocketparticipant.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"

namespace protoviz {

namespace {

const QByteArray ServerName = QByteArrayLiteral("localhost");

} // namespace

ScalingSession::ScalingSession(const ScalingSessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
{
    connect(&m_ending, &SessionEnding::ended, this, &ScalingSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        closeConnections(SessionOutcome::TimedOut, tr("The chat did not finish within %n second(s).", nullptr,
                                                      m_config.chat.timeoutSeconds));
    });
    m_jobTimer.setSingleShot(true);
    m_jobTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_jobTimer, &QTimer::timeout, this, &ScalingSession::tick);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        // Messages that have not arrived by now are not on their way: nothing will send them.
        closeConnections(SessionOutcome::Completed, summary());
    });
}

ScalingSession::~ScalingSession() = default;

void ScalingSession::start()
{
    QString error = m_config.validationError();
    const bool ready = error.isEmpty() && setUp(&error);
    // The clock of the comparison starts with this event: set-up work (key generation) is not counted.
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .value = m_config.chat.link.rttNs});
    if (!ready) {
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
        m_ending.end(SessionOutcome::Failed, error);
        return;
    }
    m_ending.startDeadline(m_config.chat.timeoutSeconds);
    if (m_broker) {
        for (ChatInstance* instance : std::as_const(m_instances))
            instance->useBroker(m_brokerLink->port());
    }
    startClients();
}

bool ScalingSession::makeTls(QString* error)
{
    // One certificate for the service name, installed on every instance, as behind a real balancer.
    std::optional<SessionTls> tls =
        SessionTls::create(ServerName, QByteArrayLiteral("http/1.1"), m_config.chat.keyLogPath, error);
    if (!tls)
        return false;
    m_serverContext = tls->serverContext();
    m_clientContext = tls->clientContext();
    return true;
}

bool ScalingSession::setUp(QString* error)
{
    if (m_config.chat.tls && !makeTls(error))
        return false;
    m_feed = new PollingFeed(m_timeline->clock(), this);
    const EventRecorder serverRecorder(m_timeline, Origin::Server);
    const EventRecorder linkRecorder(m_timeline, Origin::Link);
    QList<quint16> ports;
    for (int number = 1; number <= ScalingSessionConfig::Instances; ++number) {
        WebServerConfig serverConfig;
        serverConfig.cleartext = !m_config.chat.tls;
        serverConfig.tls = m_serverContext;
        serverConfig.workload = Workload(1, 0);
        serverConfig.grpc = false;
        auto* instance = new ChatInstance(number, m_feed, serverConfig, &m_directory, serverRecorder, this);
        if (!instance->listen(error))
            return false;
        connect(instance, &ChatInstance::brokerJoined, this, [this] {
            ++m_brokerJoined;
            maybeStartJob();
        });
        connect(instance, &ChatInstance::brokerFailed, this, &ScalingSession::onFailed);
        m_instances.append(instance);
        ports.append(instance->port());
    }
    if (m_config.broker) {
        m_broker = new PubSubBroker(&m_directory, serverRecorder, this);
        if (!m_broker->listen(error))
            return false;
        // The broker's hop is a link of its own, so that its connections and bytes are on the timeline.
        LinkConditions brokerPath;
        brokerPath.rttNs = ScalingSessionConfig::BrokerRttNs;
        brokerPath.seed = m_config.chat.link.seed;
        m_brokerLink = new Link(brokerPath, &m_directory, linkRecorder, this);
        m_brokerLink->setUpstream(QHostAddress::LocalHost, m_broker->port());
        if (!m_brokerLink->listen(QHostAddress::LocalHost, 0, error))
            return false;
    }
    m_balancer = new LoadBalancer(ports, &m_directory, linkRecorder, this);
    if (!m_balancer->listen(error))
        return false;
    m_link = new Link(m_config.chat.link, &m_directory, linkRecorder, this);
    m_link->setUpstream(QHostAddress::LocalHost, m_balancer->port());
    if (!m_link->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_authority = ServerName + ':' + QByteArray::number(m_link->port());
    m_ending.watch(m_link);
    return true;
}

ByteStream* ScalingSession::openStream()
{
    auto* tcp = new TcpStream;
    tcp->connectTo(m_link->address(), m_link->port(), m_link, &m_directory);
    if (!m_config.chat.tls)
        return tcp;
    return TlsStream::client(tcp, m_clientContext, EventRecorder(m_timeline, Origin::Client));
}

void ScalingSession::startClients()
{
    const EventRecorder clientRecorder(m_timeline, Origin::Client);
    for (int i = 0; i < m_config.chat.clients; ++i) {
        auto* participant = new WebSocketParticipant(
            i, openStream(), m_authority, "/chat?client=" + QByteArray::number(i), clientRecorder, this);
        m_participants.append(participant);
        connect(participant, &WebSocketParticipant::opened, this, [this] {
            ++m_opened;
            maybeStartJob();
        });
        connect(participant, &WebSocketParticipant::updateDelivered, this, &ScalingSession::onDelivered);
        connect(participant, &WebSocketParticipant::failed, this, &ScalingSession::onFailed);
        participant->start();
    }
}

void ScalingSession::maybeStartJob()
{
    int members = 0;
    for (const ChatInstance* instance : std::as_const(m_instances))
        members += instance->memberCount();
    const bool brokerReady = !m_broker || m_brokerJoined >= m_instances.size();
    if (m_jobStarted || m_ending.isClosing() || m_opened < m_config.chat.clients ||
        members < m_config.chat.clients || !brokerReady)
        return;
    m_jobStarted = true;
    QStringList spread;
    for (const ChatInstance* instance : std::as_const(m_instances))
        spread.append(
            tr("instance %1 holds %n of them", nullptr, instance->memberCount()).arg(instance->number()));
    m_sessionRecorder.explain(
        Layer::Session, kindOf(SessionKind::Note),
        tr("All %1 clients are in the chat (%2): they post %3 messages a second, taking turns, for %n "
           "second(s), and each message should reach every client.",
           nullptr, m_config.chat.durationSeconds)
            .arg(m_config.chat.clients)
            .arg(spread.join(QLatin1String(", ")))
            .arg(m_config.chat.updatesPerSecond));
    m_jobClock.start();
    tick();
}

void ScalingSession::tick()
{
    const int count = m_config.chat.updateCount();
    if (m_ending.isClosing() || m_ticks >= count)
        return;
    const int tickNumber = m_ticks++;
    const int client = tickNumber % m_config.chat.clients;
    m_participants[client]->post(QStringLiteral("message %1 from client %2").arg(tickNumber + 1).arg(client));
    if (m_ticks >= count) {
        // The last message is out: give it the time to cross the link, the balancer and the broker twice.
        const qint64 rttMs = m_config.chat.link.rttNs / 1000000;
        m_settle.start(int(2 * closingGraceMs(m_config.chat.link.rttNs) + rttMs));
        return;
    }
    // Scheduled against the start, so that timer slack does not add up over the run.
    const double dueMs = double(m_ticks) * 1000.0 / m_config.chat.updatesPerSecond;
    m_jobTimer.start(int(std::max<qint64>(0, qint64(dueMs) - m_jobClock.elapsed())));
}

void ScalingSession::onDelivered()
{
    ++m_delivered;
    if (m_delivered >= m_config.expectedDeliveries())
        closeConnections(SessionOutcome::Completed, summary());
}

void ScalingSession::onFailed(const QString& reason)
{
    if (m_ending.isClosing())
        return;
    m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), reason);
    closeConnections(SessionOutcome::Failed, reason);
}

QString ScalingSession::summary() const
{
    const int expected = m_config.expectedDeliveries();
    const QString percent = QString::number(expected > 0 ? 100.0 * m_delivered / expected : 0.0, 'f', 1);
    if (m_delivered >= expected) {
        return m_broker
                   ? tr("All %1 deliveries arrived: each instance published every message to the broker, "
                        "which passed it to both instances (%2 messages forwarded), and each sent it to "
                        "its own clients.")
                         .arg(expected)
                         .arg(m_broker->forwarded())
                   : tr("All %1 deliveries arrived.").arg(expected);
    }
    const int missing = expected - m_delivered;
    if (m_broker)
        return tr("%1 of %2 deliveries did not arrive in time (%3 % did).")
            .arg(missing)
            .arg(expected)
            .arg(percent);
    return tr("%1 of %2 deliveries never reached clients on the other instance (%3 % arrived): each instance "
              "only knows its own connections, so a message goes only to the clients that the balancer "
              "happened to put on the same instance as its sender.")
        .arg(missing)
        .arg(expected)
        .arg(percent);
}

void ScalingSession::closeConnections(SessionOutcome outcome, const QString& reason)
{
    if (m_ending.isClosing())
        return;
    m_ending.beginClosing(outcome, reason);
    m_jobTimer.stop();
    m_settle.stop();
    if (outcome == SessionOutcome::Completed && !reason.isEmpty())
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Note), reason);
    for (WebSocketParticipant* participant : std::as_const(m_participants))
        participant->finish();
    for (ChatInstance* instance : std::as_const(m_instances))
        instance->leaveBroker();
    // The goodbyes (Close frames, close_notify, FIN) cross the link before the end, but not forever.
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.chat.link.rttNs));
}

void ScalingSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void ScalingSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    m_jobTimer.stop();
    m_settle.stop();
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

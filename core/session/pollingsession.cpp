#include "core/session/pollingsession.h"

#include "core/link/link.h"
#include "core/server/webserver.h"
#include "core/session/pollingclient.h"
#include "core/session/pollingfeed.h"
#include "core/session/pollingserver.h"
#include "core/session/sessiontls.h"
#include "core/session/websocketparticipant.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"
#include "core/websocket/websocketserver.h"

#include <QUrlQuery>
#include <QWebSocket>

namespace protoviz {

namespace {

const QByteArray ServerName = QByteArrayLiteral("localhost");

QByteArray webSocketPath(PollingJob job)
{
    return job == PollingJob::Ticker ? QByteArrayLiteral("/ticker") : QByteArrayLiteral("/chat");
}

} // namespace

PollingSession::PollingSession(const PollingSessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
{
    connect(&m_ending, &SessionEnding::ended, this, &PollingSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        closeConnections(SessionOutcome::TimedOut,
                         tr("Not every update reached every client within %n second(s).", nullptr,
                            m_config.timeoutSeconds));
    });
    m_jobTimer.setSingleShot(true);
    m_jobTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_jobTimer, &QTimer::timeout, this, &PollingSession::tick);
}

PollingSession::~PollingSession() = default;

void PollingSession::start()
{
    QString error = m_config.validationError();
    const bool ready = error.isEmpty() && setUp(&error);
    // The clock of the comparison starts with this event: set-up work (key generation) is not counted.
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .value = m_config.link.rttNs});
    if (!ready) {
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
        m_ending.end(SessionOutcome::Failed, error);
        return;
    }
    m_ending.startDeadline(m_config.timeoutSeconds);
    startClients();
}

bool PollingSession::startServer(QString* error)
{
    std::shared_ptr<TlsServerContext> serverContext;
    if (m_config.tls) {
        std::optional<SessionTls> tls =
            SessionTls::create(ServerName, QByteArrayLiteral("http/1.1"), m_config.keyLogPath, error);
        if (!tls)
            return false;
        serverContext = tls->serverContext();
        m_clientContext = tls->clientContext();
    }
    const EventRecorder serverRecorder(m_timeline, Origin::Server);
    if (m_config.transport != PollingTransport::WebSocket) {
        m_pollingServer = new PollingServer(m_feed, serverContext, &m_directory, serverRecorder, this);
        connect(m_pollingServer, &PollingServer::subscribed, this, &PollingSession::onSubscribed);
        return m_pollingServer->listen(error);
    }
    WebServerConfig serverConfig;
    serverConfig.cleartext = !m_config.tls;
    serverConfig.tls = serverContext;
    serverConfig.workload = Workload(1, 0);
    m_webServer = new WebServer(serverConfig, &m_directory, serverRecorder, this);
    if (m_config.webSocketCompression)
        m_webServer->webSockets()->setCompression(PerMessageDeflate::Parameters{});
    m_webServer->webSockets()->addService(webSocketPath(m_config.job),
                                          [this](QWebSocket* socket, quint32) { joinWebSocket(socket); });
    connect(m_feed, &PollingFeed::published, this, [this](const PollingFeed::Update& update) {
        const QString text = QString::fromUtf8(update.payload);
        for (QWebSocket* member : std::as_const(m_members))
            member->sendTextMessage(text);
    });
    return m_webServer->listen(error);
}

bool PollingSession::setUp(QString* error)
{
    m_feed = new PollingFeed(m_timeline->clock(), this);
    if (!startServer(error))
        return false;
    m_link = new Link(m_config.link, &m_directory, EventRecorder(m_timeline, Origin::Link), this);
    const quint16 upstream = m_pollingServer ? m_pollingServer->port()
                             : m_config.tls  ? m_webServer->tlsPort()
                                             : m_webServer->cleartextPort();
    m_link->setUpstream(QHostAddress::LocalHost, upstream);
    if (!m_link->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_authority = ServerName + ':' + QByteArray::number(m_link->port());
    m_ending.watch(m_link);
    return true;
}

ByteStream* PollingSession::openStream()
{
    auto* tcp = new TcpStream;
    tcp->connectTo(m_link->address(), m_link->port(), m_link, &m_directory);
    if (!m_config.tls)
        return tcp;
    // The TLS stream's recorder learns the connection id once TCP is up.
    return TlsStream::client(tcp, m_clientContext, EventRecorder(m_timeline, Origin::Client));
}

void PollingSession::startClients()
{
    const EventRecorder clientRecorder(m_timeline, Origin::Client);
    for (int i = 0; i < m_config.clients; ++i) {
        if (m_config.transport == PollingTransport::WebSocket) {
            auto* participant = new WebSocketParticipant(
                i, openStream(), m_authority,
                webSocketPath(m_config.job) + "?client=" + QByteArray::number(i), clientRecorder, this);
            m_participants.append(participant);
            if (m_config.webSocketCompression)
                participant->offerCompression();
            connect(participant, &WebSocketParticipant::opened, this, [this] {
                ++m_opened;
                onSubscribed();
            });
            connect(participant, &WebSocketParticipant::updateDelivered, this, &PollingSession::onDelivered);
            connect(participant, &WebSocketParticipant::failed, this, &PollingSession::onClientFailed);
            participant->start();
        } else {
            const int interval =
                m_config.transport == PollingTransport::ShortPolling ? m_config.pollIntervalMs : 0;
            auto* poller = new PollingClient(
                i, interval, [this](const QList<QByteArray>&) { return openStream(); }, m_authority,
                clientRecorder, this);
            m_pollers.append(poller);
            connect(poller, &PollingClient::updateDelivered, this, &PollingSession::onDelivered);
            connect(poller, &PollingClient::failed, this, &PollingSession::onClientFailed);
            poller->start();
        }
    }
}

void PollingSession::joinWebSocket(QWebSocket* socket)
{
    m_members.append(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_members.removeOne(socket); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { m_members.removeOne(socket); });
    if (m_config.job == PollingJob::Chat) {
        bool ok = false;
        const int from = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("client")).toInt(&ok);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, from = ok ? from : -1](const QString& text) { m_feed->publish(from, text); });
    }
    ++m_subscribed;
    onSubscribed();
}

void PollingSession::onSubscribed()
{
    if (m_pollingServer)
        m_subscribed = m_pollingServer->subscriberCount();
    const bool everyoneOpen =
        m_config.transport != PollingTransport::WebSocket || m_opened >= m_config.clients;
    if (m_jobStarted || m_ending.isClosing() || m_subscribed < m_config.clients || !everyoneOpen)
        return;
    m_jobStarted = true;
    m_sessionRecorder.explain(
        Layer::Session, kindOf(SessionKind::Note),
        (m_config.job == PollingJob::Ticker
             ? tr("All %1 clients are subscribed: the server publishes %2 updates a second for %n second(s).",
                  nullptr, m_config.durationSeconds)
             : tr("All %1 clients are subscribed: they post %2 chat messages a second, taking turns, for %n "
                  "second(s).",
                  nullptr, m_config.durationSeconds))
            .arg(m_config.clients)
            .arg(m_config.updatesPerSecond));
    m_jobClock.start();
    tick();
}

void PollingSession::tick()
{
    if (m_ending.isClosing() || m_ticks >= m_config.updateCount())
        return;
    const int tickNumber = m_ticks++;
    if (m_config.job == PollingJob::Ticker) {
        // A price that wanders deterministically, so that runs compare byte for byte.
        const double price = 100.0 + double((tickNumber * 37) % 200 - 100) / 100.0;
        m_feed->publish(-1, QStringLiteral("PVZ %1").arg(price, 0, 'f', 2));
    } else {
        const int client = tickNumber % m_config.clients;
        const QString text = QStringLiteral("message %1 from client %2").arg(tickNumber + 1).arg(client);
        if (m_config.transport == PollingTransport::WebSocket)
            m_participants[client]->post(text);
        else
            m_pollers[client]->post(text);
    }
    if (m_ticks >= m_config.updateCount())
        return;
    // Scheduled against the start, so that timer slack does not add up over the run.
    const double dueMs = double(m_ticks) * 1000.0 / m_config.updatesPerSecond;
    m_jobTimer.start(int(std::max<qint64>(0, qint64(dueMs) - m_jobClock.elapsed())));
}

void PollingSession::onDelivered()
{
    ++m_delivered;
    if (m_delivered >= m_config.expectedDeliveries())
        closeConnections(SessionOutcome::Completed, {});
}

void PollingSession::onClientFailed(const QString& reason)
{
    if (m_ending.isClosing())
        return;
    m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), reason);
    closeConnections(SessionOutcome::Failed, reason);
}

void PollingSession::closeConnections(SessionOutcome outcome, const QString& reason)
{
    if (m_ending.isClosing())
        return;
    // Every update is in (or the session is given up): the clients close their connections, and the
    // session ends once the goodbyes (Close frames, close_notify, FIN) have crossed the link, so that every
    // byte is counted, but no later than a few round trips from now.
    m_ending.beginClosing(outcome, reason);
    m_jobTimer.stop();
    for (WebSocketParticipant* participant : std::as_const(m_participants))
        participant->finish();
    for (PollingClient* poller : std::as_const(m_pollers))
        poller->finish();
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.link.rttNs));
}

void PollingSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void PollingSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    m_jobTimer.stop();
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

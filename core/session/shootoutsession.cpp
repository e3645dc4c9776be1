#include "core/session/shootoutsession.h"

#include "core/grpc/grpcchannel.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/lessonmessages.h"
#include "core/http1/http1clientpool.h"
#include "core/link/link.h"
#include "core/server/webserver.h"
#include "core/session/grpcworkload.h"
#include "core/session/pollingclient.h"
#include "core/session/pollingfeed.h"
#include "core/session/pollingserver.h"
#include "core/session/restapi.h"
#include "core/session/restworkload.h"
#include "core/session/sessiontls.h"
#include "core/session/shootoutgrpcupdates.h"
#include "core/session/shootouthttp3side.h"
#include "core/session/shootoutwebsocketclient.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"
#include "core/websocket/websocketserver.h"

#include <QWebSocket>

namespace protoviz {

namespace {

const QByteArray ServerName = QByteArrayLiteral("localhost");

} // namespace

ShootoutSession::ShootoutSession(const ShootoutSessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
{
    connect(&m_ending, &SessionEnding::ended, this, &ShootoutSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        closeConnections(
            SessionOutcome::TimedOut,
            tr("Not every answer and update arrived within %n second(s).", nullptr, m_config.timeoutSeconds));
    });
    m_tickTimer.setSingleShot(true);
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &ShootoutSession::tick);
}

ShootoutSession::~ShootoutSession() = default;

void ShootoutSession::start()
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

std::shared_ptr<TlsServerContext> ShootoutSession::makeTls(const QByteArray& alpn, QString* error)
{
    std::optional<SessionTls> tls = SessionTls::create(ServerName, alpn, m_config.keyLogPath, error);
    if (!tls)
        return nullptr;
    m_clientContext = tls->clientContext();
    return tls->serverContext();
}

bool ShootoutSession::startServer(QString* error)
{
    const EventRecorder serverRecorder(m_timeline, Origin::Server);
    switch (m_config.protocol) {
    case ShootoutProtocol::Http:
    case ShootoutProtocol::Https: {
        std::shared_ptr<TlsServerContext> tls;
        if (m_config.tls()) {
            tls = makeTls(QByteArrayLiteral("http/1.1"), error);
            if (!tls)
                return false;
        }
        m_pollingServer = new PollingServer(m_feed, tls, &m_directory, serverRecorder, this);
        const RestApi api(m_config.itemSize);
        m_pollingServer->setFallback([api](const HttpRequest& request) { return api.respond(request); });
        connect(m_pollingServer, &PollingServer::subscribed, this, &ShootoutSession::onSubscribed);
        return m_pollingServer->listen(error);
    }
    case ShootoutProtocol::Grpc:
    case ShootoutProtocol::WebSocket: {
        const bool grpc = m_config.protocol == ShootoutProtocol::Grpc;
        WebServerConfig serverConfig;
        serverConfig.cleartext = false;
        serverConfig.http2 = Http2Settings::browserLike();
        serverConfig.workload = Workload(1, 0);
        serverConfig.tls = makeTls(grpc ? QByteArrayLiteral("h2") : QByteArrayLiteral("http/1.1"), error);
        if (!serverConfig.tls)
            return false;
        m_webServer = new WebServer(serverConfig, &m_directory, serverRecorder, this);
        if (!grpc) {
            m_webServer->webSockets()->addService(
                WebSocketPath.toByteArray(), [this](QWebSocket* socket, quint32) { joinWebSocket(socket); });
            connect(m_feed, &PollingFeed::published, this, [this](const PollingFeed::Update& update) {
                const QString text = QString::fromUtf8(update.payload);
                for (QWebSocket* member : std::as_const(m_members))
                    member->sendTextMessage(text);
            });
        }
        return m_webServer->listen(error);
    }
    case ShootoutProtocol::Http3:
        m_http3 = new ShootoutHttp3Side(m_config, m_feed, m_timeline, this);
        connect(m_http3, &ShootoutHttp3Side::subscribed, this, &ShootoutSession::onSubscribed);
        connect(m_http3, &ShootoutHttp3Side::exchangesDone, this, &ShootoutSession::onExchangesDone);
        connect(m_http3, &ShootoutHttp3Side::updateDelivered, this, &ShootoutSession::onDelivered);
        connect(m_http3, &ShootoutHttp3Side::failed, this, &ShootoutSession::onFailed);
        connect(m_http3, &ShootoutHttp3Side::serverClosed, &m_ending, &SessionEnding::goodbyeCrossed);
        return m_http3->listen(error);
    }
    return false;
}

bool ShootoutSession::setUp(QString* error)
{
    m_feed = new PollingFeed(m_timeline->clock(), this);
    if (!startServer(error))
        return false;
    m_link = new Link(m_config.link, &m_directory, EventRecorder(m_timeline, Origin::Link), this);
    m_ending.watch(m_link);
    if (m_http3) {
        m_link->setUpstream(QHostAddress::LocalHost, m_http3->port());
        // No link counts the QUIC connection: the session waits for its CONNECTION_CLOSE itself. The
        // relay gives the flow the directory's next id; this side opens no other flow or connection.
        m_ending.awaitGoodbye();
        return m_http3->connectThrough(m_link, m_directory.count() + 1, error);
    }
    m_link->setUpstream(QHostAddress::LocalHost,
                        m_pollingServer ? m_pollingServer->port() : m_webServer->tlsPort());
    if (!m_link->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_authority = ServerName + ':' + QByteArray::number(m_link->port());
    return true;
}

ByteStream* ShootoutSession::openStream()
{
    auto* tcp = new TcpStream;
    tcp->connectTo(m_link->address(), m_link->port(), m_link, &m_directory);
    if (!m_config.tls())
        return tcp;
    // The TLS stream's recorder learns the connection id once TCP is up.
    return TlsStream::client(tcp, m_clientContext, EventRecorder(m_timeline, Origin::Client));
}

void ShootoutSession::startClients()
{
    const EventRecorder clientRecorder(m_timeline, Origin::Client);
    const StreamOpener opener = [this](const QList<QByteArray>&) { return openStream(); };
    switch (m_config.protocol) {
    case ShootoutProtocol::Http:
    case ShootoutProtocol::Https: {
        m_pool = new Http1ClientPool(opener, m_authority, clientRecorder, this);
        m_pool->setMaxConnections(m_config.connectionsPerHost);
        auto* exchanges =
            new RestWorkload(m_pool, m_sessionRecorder, m_config.exchanges, RestApi::Encoding::Json, this);
        connect(exchanges, &RestWorkload::finished, this, &ShootoutSession::onExchangesDone);
        // Long polling, as a page that wants news without WebSockets does: a poll always waits at the
        // server, on a connection of its own beside the pool.
        m_poller = new PollingClient(0, 0, opener, m_authority, clientRecorder, this);
        connect(m_poller, &PollingClient::updateDelivered, this, &ShootoutSession::onDelivered);
        connect(m_poller, &PollingClient::failed, this, &ShootoutSession::onFailed);
        m_poller->start();
        exchanges->start();
        break;
    }
    case ShootoutProtocol::Grpc: {
        m_channel = new GrpcChannel(opener, m_authority, Http2Settings::browserLike(), GrpcSchema::builtIn(),
                                    clientRecorder, this);
        auto* exchanges = new GrpcWorkload(m_channel, m_sessionRecorder, GrpcSessionConfig::Pattern::Fetch,
                                           m_config.exchanges, m_config.itemSize, this);
        connect(exchanges, &GrpcWorkload::finished, this, &ShootoutSession::onExchangesDone);
        // The streaming call that brings the news is the subscription: it starts with the updates.
        m_subscribed = true;
        exchanges->start();
        break;
    }
    case ShootoutProtocol::WebSocket:
        m_webSocket = new ShootoutWebSocketClient(openStream(), m_authority, WebSocketPath.toByteArray(),
                                                  clientRecorder, m_config.exchanges, this);
        connect(m_webSocket, &ShootoutWebSocketClient::exchangesDone, this,
                [this] { onExchangesDone(SessionOutcome::Completed, {}); });
        connect(m_webSocket, &ShootoutWebSocketClient::updateDelivered, this, &ShootoutSession::onDelivered);
        connect(m_webSocket, &ShootoutWebSocketClient::failed, this, &ShootoutSession::onFailed);
        m_webSocket->start();
        break;
    case ShootoutProtocol::Http3:
        m_http3->start(m_sessionRecorder);
        break;
    }
}

void ShootoutSession::joinWebSocket(QWebSocket* socket)
{
    m_members.append(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_members.removeOne(socket); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { m_members.removeOne(socket); });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString& text) {
        const qint64 id = ShootoutWebSocketClient::requestedItem(text.toUtf8());
        if (id < 0) {
            socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                          tr("Send {\"get\":N} to ask for item N."));
            return;
        }
        socket->sendTextMessage(QString::fromUtf8(LessonMessages::itemJson(quint32(id), m_config.itemSize)));
    });
    onSubscribed();
}

void ShootoutSession::onExchangesDone(SessionOutcome outcome, const QString& reason)
{
    if (outcome != SessionOutcome::Completed) {
        onFailed(reason);
        return;
    }
    m_exchangesDone = true;
    maybeStartUpdates();
}

void ShootoutSession::onSubscribed()
{
    m_subscribed = true;
    maybeStartUpdates();
}

void ShootoutSession::maybeStartUpdates()
{
    if (m_updatesStarted || m_ending.isClosing() || !m_exchangesDone || !m_subscribed)
        return;
    m_updatesStarted = true;
    m_sessionRecorder.explain(
        Layer::Session, kindOf(SessionKind::Note),
        tr("Every answer is in: the server has news %1 times a second for %n second(s).", nullptr,
           m_config.durationSeconds)
            .arg(m_config.updatesPerSecond));
    if (m_channel) {
        auto* updates =
            new ShootoutGrpcUpdates(m_channel, m_timeline, m_sessionRecorder, quint32(m_config.exchanges),
                                    m_config.updateCount(), m_config.updatesPerSecond, this);
        connect(updates, &ShootoutGrpcUpdates::updateDelivered, this, &ShootoutSession::onDelivered);
        connect(updates, &ShootoutGrpcUpdates::failed, this, &ShootoutSession::onFailed);
        updates->start();
        return;
    }
    m_updateClock.start();
    tick();
}

void ShootoutSession::tick()
{
    if (m_ending.isClosing() || m_ticks >= m_config.updateCount())
        return;
    const int tickNumber = m_ticks++;
    // A price that wanders deterministically, so that runs compare byte for byte.
    const double price = 100.0 + double((tickNumber * 37) % 200 - 100) / 100.0;
    m_feed->publish(-1, QStringLiteral("PVZ %1").arg(price, 0, 'f', 2));
    if (m_ticks >= m_config.updateCount())
        return;
    // Scheduled against the start, so that timer slack does not add up over the run.
    const double dueMs = double(m_ticks) * 1000.0 / m_config.updatesPerSecond;
    m_tickTimer.start(int(std::max<qint64>(0, qint64(dueMs) - m_updateClock.elapsed())));
}

void ShootoutSession::onDelivered()
{
    ++m_delivered;
    if (m_exchangesDone && m_delivered >= m_config.updateCount())
        closeConnections(SessionOutcome::Completed, {});
}

void ShootoutSession::onFailed(const QString& reason)
{
    if (m_ending.isClosing())
        return;
    m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), reason);
    closeConnections(SessionOutcome::Failed, reason);
}

void ShootoutSession::closeConnections(SessionOutcome outcome, const QString& reason)
{
    if (m_ending.isClosing())
        return;
    // Everything is in (or the session is given up): the client closes its connections, and the session
    // ends once the goodbyes (Close frames, GOAWAY, close_notify, FIN) have crossed the link, so that
    // every byte is counted, but no later than a few round trips from now.
    m_ending.beginClosing(outcome, reason);
    m_tickTimer.stop();
    if (m_pool)
        m_pool->finish();
    if (m_poller)
        m_poller->finish();
    if (m_channel)
        m_channel->finish();
    if (m_webSocket)
        m_webSocket->finish();
    if (m_http3)
        m_http3->close();
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.link.rttNs));
}

void ShootoutSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void ShootoutSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    m_tickTimer.stop();
    // Datagrams still in flight belong to no one any more: the link drops them rather than record them
    // after the end.
    if (m_http3 && m_link)
        m_link->shutdown();
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

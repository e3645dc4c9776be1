#include "core/session/shootouthttp3side.h"

#include "core/http3/http3pageclient.h"
#include "core/http3/http3server.h"
#include "core/link/datagramrelay.h"
#include "core/link/link.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quickeylogger.h"
#include "core/quic/quictlscontext.h"
#include "core/session/longpoller.h"
#include "core/session/pollingroutes.h"
#include "core/session/restapi.h"
#include "core/session/restworkload.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlskeylogfile.h"

namespace protoviz {

namespace {

const QByteArray ServerName = QByteArrayLiteral("localhost");

} // namespace

ShootoutHttp3Side::ShootoutHttp3Side(const ShootoutSessionConfig& config, PollingFeed* feed,
                                     Timeline* timeline, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_feed(feed)
    , m_timeline(timeline)
{
}

ShootoutHttp3Side::~ShootoutHttp3Side()
{
    delete m_client;
    delete m_server;
}

bool ShootoutHttp3Side::listen(QString* error)
{
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate(
        {QString::fromLatin1(ServerName)}, {QHostAddress(QHostAddress::LocalHost)}, error);
    if (!credentials)
        return false;
    m_trustedCa = credentials->caCertificatePem;
    std::shared_ptr<QuicTlsContext> serverTls = QuicTlsContext::forServer(*credentials, error);
    if (!serverTls)
        return false;
    m_routes = new PollingRoutes(m_feed, this);
    const RestApi api(m_config.itemSize);
    m_routes->setFallback([api](const HttpRequest& request) { return api.respond(request); });
    connect(m_routes, &PollingRoutes::subscribed, this, &ShootoutHttp3Side::subscribed);
    m_server = new Http3Server(
        std::move(serverTls),
        [this](const HttpRequest& request, const Http3Responder& responder) {
            m_routes->route(request, responder);
        },
        this);
    connect(m_server, &Http3Server::connectionAccepted, this, &ShootoutHttp3Side::onServerConnection);
    return m_server->listen(QHostAddress::LocalHost, 0, error);
}

quint16 ShootoutHttp3Side::port() const
{
    return m_server ? m_server->port() : 0;
}

bool ShootoutHttp3Side::connectThrough(Link* link, quint32 connectionId, QString* error)
{
    std::shared_ptr<QuicTlsContext> clientTls =
        QuicTlsContext::forClient(m_trustedCa, QString::fromLatin1(ServerName), error);
    if (!clientTls)
        return false;
    const DatagramRelay* relay = link->relayDatagrams(QHostAddress::LocalHost, 0, m_server->port(), error);
    if (!relay)
        return false;
    // The relay gives the flow its id when the client's first datagram reaches it, after the client has
    // recorded that datagram's packets: both logs take the id now.
    m_connectionId = connectionId;
    m_clientLog.emplace(EventRecorder(m_timeline, Origin::Client, connectionId));
    // The server's connection records under the relay flow's id, the same connectionId.
    m_serverLogs = new QuicEventLogs(EventRecorder(m_timeline, Origin::Server), nullptr, this);
    m_serverLogs->setRelay(relay);
    QuicObserver* clientObserver = &*m_clientLog;
    if (!m_config.keyLogPath.isEmpty()) {
        // The client's secrets are the connection's secrets: one side's log decrypts both directions.
        TlsKeyLogSink sink = TlsKeyLogFile::appender(m_config.keyLogPath, error);
        if (!sink)
            return false;
        m_keyLogger = std::make_unique<QuicKeyLogger>(clientObserver, std::move(sink));
        clientObserver = m_keyLogger.get();
    }
    m_client = new Http3PageClient({.tls = std::move(clientTls),
                                    .authority = ServerName + ':' + QByteArray::number(relay->port()),
                                    .address = relay->address(),
                                    .port = relay->port(),
                                    .observer = clientObserver},
                                   this);
    connect(m_client, &Http3PageClient::closed, this, [this](const QString& reason) {
        if (!m_closing)
            emit failed(reason.isEmpty() ? tr("The server closed the QUIC connection.") : reason);
    });
    return true;
}

void ShootoutHttp3Side::start(const EventRecorder& sessionRecorder)
{
    auto* exchanges =
        new RestWorkload(m_client, sessionRecorder, m_config.exchanges, RestApi::Encoding::Json, this);
    connect(exchanges, &RestWorkload::finished, this, &ShootoutHttp3Side::exchangesDone);
    // Long polling as on the HTTP/1.1 sides, but each poll is a stream of the one connection the items use.
    m_poller = new LongPoller(m_client, 0, EventRecorder(m_timeline, Origin::Client, m_connectionId), this);
    connect(m_poller, &LongPoller::updateDelivered, this, &ShootoutHttp3Side::updateDelivered);
    connect(m_poller, &LongPoller::failed, this, &ShootoutHttp3Side::failed);
    m_poller->start();
    exchanges->start();
}

void ShootoutHttp3Side::close()
{
    m_closing = true;
    if (m_poller)
        m_poller->finish();
    if (m_client)
        m_client->close();
}

void ShootoutHttp3Side::onServerConnection(QuicConnection* connection)
{
    connection->setObserver(m_serverLogs->attach(connection).log);
    connect(connection, &QuicConnection::closed, this, &ShootoutHttp3Side::serverClosed);
}

} // namespace protoviz

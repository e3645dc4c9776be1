#include "core/session/http3pageloadsession.h"

#include "core/http/workload.h"
#include "core/http3/http3client.h"
#include "core/http3/http3pageclient.h"
#include "core/http3/http3server.h"
#include "core/link/datagramrelay.h"
#include "core/link/link.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quickeylogger.h"
#include "core/quic/quictlscontext.h"
#include "core/session/pageloader.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlskeylogfile.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace protoviz {

namespace {

// QUIC's TLS runs on GnuTLS, which takes the authorities to trust as PEM: the system's, as Qt found them.
QByteArray systemAuthorities()
{
    QByteArray pem;
    for (const QSslCertificate& certificate : QSslConfiguration::systemCaCertificates())
        pem += certificate.toPem();
    return pem;
}

} // namespace

Http3PageLoadSession::Http3PageLoadSession(const SessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
    , m_serverLogs(EventRecorder(timeline, Origin::Server), &m_directory)
{
    connect(&m_ending, &SessionEnding::ended, this, &Http3PageLoadSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        m_ending.end(SessionOutcome::TimedOut, tr("The page did not finish loading within %n second(s).",
                                                  nullptr, m_config.timeoutSeconds));
    });
}

Http3PageLoadSession::~Http3PageLoadSession()
{
    delete m_loader;
    delete m_client;
    delete m_ticketClient.data();
    delete m_server;
}

void Http3PageLoadSession::start()
{
    QString error = m_config.validationError();
    if (error.isEmpty() && m_config.http != HttpVersion::Http3)
        error = tr("This session loads pages over HTTP/3 only.");
    if (error.isEmpty())
        setUp(&error);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_ending.startDeadline(m_config.timeoutSeconds);
    if (m_config.earlyData)
        obtainTicket();
    else
        measure();
}

bool Http3PageLoadSession::startServer(QString* error)
{
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate(
        {QString::fromLatin1(m_serverName)}, {QHostAddress(QHostAddress::LocalHost)}, error);
    if (!credentials)
        return false;
    m_trustedCa = credentials->caCertificatePem;
    std::shared_ptr<QuicTlsContext> serverTls = QuicTlsContext::forServer(*credentials, error);
    if (!serverTls)
        return false;
    m_server =
        new Http3Server(std::move(serverTls),
                        Workload(m_config.objects, m_config.objectSize, m_config.largeObjectSize), this);
    connect(m_server, &Http3Server::connectionAccepted, this, &Http3PageLoadSession::onServerConnection);
    return m_server->listen(QHostAddress::LocalHost, 0, error);
}

bool Http3PageLoadSession::setUp(QString* error)
{
    QHostAddress upstreamHost = QHostAddress::LocalHost;
    quint16 upstreamPort = 0;
    if (m_config.target.isEmpty()) {
        if (!startServer(error))
            return false;
        upstreamPort = m_server->port();
    } else {
        upstreamHost = m_config.targetAddress(error);
        if (upstreamHost.isNull())
            return false;
        upstreamPort = quint16(m_config.target.port(443));
        m_serverName = m_config.target.host().toUtf8();
        m_trustedCa = m_config.trustedCaPem.isEmpty() ? systemAuthorities() : m_config.trustedCaPem;
    }
    m_clientTls = QuicTlsContext::forClient(m_trustedCa, QString::fromUtf8(m_serverName), error);
    if (!m_clientTls)
        return false;

    m_link = new Link(m_config.link, &m_directory, EventRecorder(m_timeline, Origin::Link), this);
    m_link->setUpstream(upstreamHost, upstreamPort);
    const DatagramRelay* relay = m_link->relayDatagrams(QHostAddress::LocalHost, 0, upstreamPort, error);
    if (!relay)
        return false;
    m_serverLogs.setRelay(relay);

    // The relay gives the flow the directory's next id when the client's first datagram reaches it, after
    // the client has recorded that datagram's packets: the client's log takes the id now (the server's
    // takes the flow's once it is). This session opens no other flow or connection on the directory.
    const quint32 connectionId = m_directory.count() + 1;
    m_clientLog.emplace(EventRecorder(m_timeline, Origin::Client, connectionId));
    QuicObserver* clientObserver = &*m_clientLog;
    if (!m_config.keyLogPath.isEmpty()) {
        // The client's secrets are the connection's secrets: one side's log decrypts both directions.
        TlsKeyLogSink sink = TlsKeyLogFile::appender(m_config.keyLogPath, error);
        if (!sink)
            return false;
        m_keyLogger = std::make_unique<QuicKeyLogger>(clientObserver, std::move(sink));
        clientObserver = m_keyLogger.get();
    }

    const QByteArray authority = m_config.target.isEmpty()
                                     ? m_serverName + ':' + QByteArray::number(relay->port())
                                     : m_config.target.authority(QUrl::FullyEncoded).toUtf8();
    m_client = new Http3PageClient({.tls = m_clientTls,
                                    .authority = authority,
                                    .address = relay->address(),
                                    .port = relay->port(),
                                    .observer = clientObserver},
                                   this);
    m_loader = new PageLoader(m_client, m_sessionRecorder, this);
    connect(m_loader, &PageLoader::finished, this, &Http3PageLoadSession::closeConnections);
    connect(m_loader, &PageLoader::documentReceived, this, &Http3PageLoadSession::documentReceived);
    return true;
}

void Http3PageLoadSession::obtainTicket()
{
    m_ticketClient =
        new Http3Client(m_clientTls, m_serverName + ':' + QByteArray::number(m_server->port()), this);
    const auto closeOnceTicketed = [this] {
        // The ticket may come before or after the response; the first connection ends with both in.
        if (m_ticketClient && m_ticketClient->outstandingRequests() == 0 &&
            !m_ticketClient->connection()->resumption().isNull())
            m_ticketClient->close();
    };
    connect(m_ticketClient, &Http3Client::resumptionAvailable, this, closeOnceTicketed);
    connect(m_ticketClient, &Http3Client::responseReceived, this, closeOnceTicketed);
    connect(m_ticketClient, &Http3Client::closed, this, [this](const QString& error) {
        if (m_ending.hasEnded() || !m_ticketClient)
            return;
        m_resumption = m_ticketClient->connection()->resumption();
        m_ticketClient->deleteLater();
        if (m_resumption.isNull()) {
            fail(tr("The first connection, made to obtain a session ticket, did not get one: %1")
                     .arg(error.isEmpty() ? tr("it closed first.") : error));
            return;
        }
        measure();
    });
    m_ticketClient->get(QByteArrayLiteral("/"));
    QString error;
    if (!m_ticketClient->connectToServer(QHostAddress::LocalHost, m_server->port(), {}, &error))
        fail(error);
}

void Http3PageLoadSession::measure()
{
    recordStarted();
    if (m_config.earlyData) {
        m_sessionRecorder.explain(
            Layer::Session, kindOf(SessionKind::Note),
            tr("Before the clock started, a first QUIC connection (straight to the server, not recorded) "
               "completed a full handshake and received a session ticket. This connection resumes that "
               "session and sends its first request as 0-RTT early data, in the same flight as its "
               "Initial packet."));
    }
    m_measuring = true;
    m_client->setResumption(m_resumption);
    m_loader->start(m_config.target.isEmpty() ? QByteArrayLiteral("/")
                                              : m_config.target.path(QUrl::FullyEncoded).toUtf8());
}

void Http3PageLoadSession::onServerConnection(QuicConnection* connection)
{
    // The ticket connection before the clock stays off the record.
    if (!m_measuring)
        return;
    connection->setObserver(m_serverLogs.attach(connection).log);
    connect(connection, &QuicConnection::closed, this, [this] {
        // The client's CONNECTION_CLOSE crossed the link (or the connection failed): every byte of it
        // is counted.
        m_serverClosed = true;
        if (m_ending.isClosing())
            m_ending.end(m_closingOutcome, m_closingReason);
    });
}

void Http3PageLoadSession::closeConnections(SessionOutcome outcome, const QString& reason)
{
    // The page is loaded (or lost) and the client has sent its CONNECTION_CLOSE. The session ends once
    // the server has received it through the link, so that every byte is counted, but no later than a
    // few round trips from now (the close may be lost; another server does not tell us).
    m_ending.beginClosing(outcome, reason);
    m_closingOutcome = outcome;
    m_closingReason = reason;
    if (m_serverClosed) {
        m_ending.end(outcome, reason);
        return;
    }
    QTimer::singleShot(closingGraceMs(m_config.link.rttNs), this,
                       [this] { m_ending.end(m_closingOutcome, m_closingReason); });
}

void Http3PageLoadSession::fail(const QString& reason)
{
    recordStarted();
    m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), reason);
    m_ending.end(SessionOutcome::Failed, reason);
}

void Http3PageLoadSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void Http3PageLoadSession::recordStarted()
{
    if (m_started)
        return;
    m_started = true;
    // The clock of the comparison starts with this event: set-up work (keys, the ticket) is not counted.
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .value = m_config.link.rttNs});
}

void Http3PageLoadSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    // Datagrams still in flight (an acknowledgement the server wrote just before the close reached it)
    // belong to no one any more: the link drops them rather than record them after the end.
    if (m_link)
        m_link->shutdown();
    recordStarted();
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

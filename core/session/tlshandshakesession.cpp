#include "core/session/tlshandshakesession.h"

#include "core/http/httpmessage.h"
#include "core/http/workload.h"
#include "core/http1/http1clientconnection.h"
#include "core/link/link.h"
#include "core/server/webserver.h"
#include "core/session/pageloader.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlskeylogfile.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"

#include <algorithm>

namespace protoviz {

namespace {

// The name the client asks for and checks the certificate against, as a browser would for a site.
constexpr char ServerName[] = "localhost";
// Early data the server takes on a resumed connection: one TLS record's worth, as common servers allow.
constexpr quint32 MaxEarlyData = 16384;

} // namespace

TlsHandshakeSession::TlsHandshakeSession(const TlsHandshakeConfig& config, Timeline* timeline,
                                         QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
{
    connect(&m_ending, &SessionEnding::ended, this, &TlsHandshakeSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        m_ending.end(SessionOutcome::TimedOut,
                     tr("The handshake and its request did not finish within %n second(s).", nullptr,
                        m_config.timeoutSeconds));
    });
}

TlsHandshakeSession::~TlsHandshakeSession() = default;

void TlsHandshakeSession::start()
{
    QString error = m_config.validationError();
    if (error.isEmpty())
        setUp(&error);
    if (!error.isEmpty()) {
        recordStarted();
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
        m_ending.end(SessionOutcome::Failed, error);
        return;
    }
    m_ending.startDeadline(m_config.timeoutSeconds);
    if (m_config.resumption == TlsHandshakeConfig::Resumption::None)
        measure();
    else
        obtainTicket();
}

bool TlsHandshakeSession::setUp(QString* error)
{
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate(
        {QString::fromLatin1(ServerName)}, {QHostAddress(QHostAddress::LocalHost)}, error);
    if (!credentials)
        return false;
    QByteArray trusted = credentials->caCertificatePem;
    if (!m_config.clientTrustsServer) {
        // An authority made the same way, but not the one that signed the server's certificate.
        const std::optional<TlsCredentials> other = CertificateAuthority::generate({}, {}, error);
        if (!other)
            return false;
        trusted = other->caCertificatePem;
    }
    const bool resume = m_config.resumption != TlsHandshakeConfig::Resumption::None;
    const bool earlyData = m_config.resumption == TlsHandshakeConfig::Resumption::EarlyData;

    TlsServerConfig serverTls;
    serverTls.credentials = *credentials;
    serverTls.alpn = {QByteArrayLiteral("http/1.1")};
    serverTls.minVersion = m_config.serverMinVersion;
    serverTls.maxVersion = m_config.serverMaxVersion;
    serverTls.groups = m_config.serverGroups;
    serverTls.maxEarlyData = earlyData ? MaxEarlyData : 0;
    const std::shared_ptr<TlsServerContext> serverContext = TlsServerContext::create(serverTls, error);
    if (!serverContext)
        return false;

    TlsClientConfig clientTls;
    clientTls.serverName = QByteArray(ServerName);
    clientTls.alpn = {QByteArrayLiteral("http/1.1")};
    clientTls.trustedCaPem = trusted;
    clientTls.minVersion = m_config.clientMinVersion;
    clientTls.maxVersion = m_config.clientMaxVersion;
    clientTls.groups = m_config.clientGroups;
    clientTls.resumeSessions = resume;
    clientTls.earlyData = earlyData;
    m_clientContext = TlsClientContext::create(clientTls, error);
    if (!m_clientContext)
        return false;
    if (!m_config.keyLogPath.isEmpty()) {
        // The client's secrets are the connection's secrets: one side's log decrypts both directions.
        TlsKeyLogSink sink = TlsKeyLogFile::appender(m_config.keyLogPath, error);
        if (!sink)
            return false;
        m_clientContext->setKeyLogSink(std::move(sink));
    }

    WebServerConfig serverConfig;
    serverConfig.cleartext = false;
    serverConfig.tls = serverContext;
    serverConfig.workload = Workload(m_config.objects, m_config.objectSize);
    m_server = new WebServer(serverConfig, &m_directory, EventRecorder(m_timeline, Origin::Server), this);
    if (!m_server->listen(error))
        return false;
    if (resume) {
        // Shares the server context, and with it the ticket keys and the session cache.
        m_ticketServer = new WebServer(serverConfig, nullptr, EventRecorder(), this);
        if (!m_ticketServer->listen(error))
            return false;
    }

    m_link = new Link(m_config.link, &m_directory, EventRecorder(m_timeline, Origin::Link), this);
    m_link->setUpstream(QHostAddress::LocalHost, m_server->tlsPort());
    if (!m_link->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_ending.watch(m_link);
    return true;
}

void TlsHandshakeSession::obtainTicket()
{
    auto* tcp = new TcpStream;
    tcp->connectTo(QHostAddress::LocalHost, m_ticketServer->tlsPort(), nullptr, nullptr);
    TlsStream* tls = TlsStream::client(tcp, m_clientContext, EventRecorder());
    m_ticketConnection = new Http1ClientConnection(tls, EventRecorder(), this);
    connect(m_ticketConnection, &Http1ClientConnection::responseFinished, this, [this] {
        // Tickets come right after the handshake, ahead of the response: the session is in the context.
        if (m_ticketConnection)
            m_ticketConnection->close();
    });
    connect(m_ticketConnection, &Http1ClientConnection::finished, this,
            [this](const QList<quint32>&, const QString& reason) { onTicketConnectionFinished(reason); });
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = QByteArrayLiteral("/");
    request.authority = QByteArray(ServerName) + ':' + QByteArray::number(m_ticketServer->tlsPort());
    m_ticketConnection->send(request, 0);
}

void TlsHandshakeSession::onTicketConnectionFinished(const QString& reason)
{
    if (m_ticketConnection)
        m_ticketConnection->deleteLater();
    if (m_ending.hasEnded())
        return;
    QString problem;
    if (!m_clientContext->hasResumableSession()) {
        problem =
            tr("The first connection, made to obtain a session ticket, did not get one: %1").arg(reason);
    } else if (m_config.resumption == TlsHandshakeConfig::Resumption::EarlyData &&
               m_clientContext->earlyDataLimit() == 0) {
        problem = tr("The server's session ticket does not allow early data.");
    }
    if (!problem.isEmpty()) {
        recordStarted();
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), problem);
        m_ending.end(SessionOutcome::Failed, problem);
        return;
    }
    // The ticket server stays up: freeing its connection before it has answered the client's
    // close_notify would make OpenSSL drop the session from its cache, and with it a ticket that early
    // data (single-use, stateful tickets) depends on.
    measure();
}

void TlsHandshakeSession::measure()
{
    recordStarted();
    if (m_config.resumption != TlsHandshakeConfig::Resumption::None) {
        QString note = tr("Before the clock started, a first connection (straight to the server, not "
                          "recorded) completed a full handshake and received a session ticket. This "
                          "connection resumes that session: the server sends no certificate, and the keys "
                          "grow from the secret the ticket stands for.");
        if (m_config.resumption == TlsHandshakeConfig::Resumption::EarlyData)
            note += u' ' + tr("Its request travels as 0-RTT early data, together with the ClientHello.");
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Note), note);
    }

    auto* tcp = new TcpStream;
    tcp->connectTo(m_link->address(), m_link->port(), m_link, &m_directory);
    const EventRecorder clientRecorder(m_timeline, Origin::Client);
    // The TLS stream's recorder learns the connection id once TCP is up.
    TlsStream* tls = TlsStream::client(tcp, m_clientContext, clientRecorder);
    m_connection = new Http1ClientConnection(tls, clientRecorder, this);
    connect(m_connection, &Http1ClientConnection::responseFinished, this,
            [this](quint32, const HttpResponse& response) { onResponseFinished(response.status); });
    connect(m_connection, &Http1ClientConnection::requestFailed, this,
            [this](quint32, const QString& reason) { closeDown(SessionOutcome::Failed, reason); });
    connect(m_connection, &Http1ClientConnection::finished, this,
            [this](const QList<quint32>&, const QString& reason) { onConnectionFinished(reason); });
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = QByteArrayLiteral("/");
    request.authority = QByteArray(ServerName) + ':' + QByteArray::number(m_link->port());
    m_connection->send(request, 0);
}

void TlsHandshakeSession::onResponseFinished(int status)
{
    m_responded = true;
    // The work is done when the response is in: this is what time and round trips are measured to.
    m_sessionRecorder.record({.layer = Layer::Session,
                              .kind = kindOf(SessionKind::ObjectCompleted),
                              .flags = PageLoader::DocumentFlag,
                              .stream = 0});
    if (status == 200)
        closeDown(SessionOutcome::Completed, tr("The response arrived."));
    else
        closeDown(SessionOutcome::Failed, tr("The server answered with status %1.").arg(status));
}

void TlsHandshakeSession::onConnectionFinished(const QString& reason)
{
    // After a response the close was ours; before one, the connection failed (the handshake, mostly).
    if (!m_responded)
        closeDown(SessionOutcome::Failed, reason);
}

void TlsHandshakeSession::closeDown(SessionOutcome outcome, const QString& reason)
{
    if (m_ending.isClosing())
        return;
    // The session ends once the goodbyes (close_notify, FIN) have crossed the link, so that every byte is
    // counted, but no later than a few round trips from now.
    m_ending.beginClosing(outcome, reason);
    if (m_connection)
        m_connection->close();
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.link.rttNs));
}

void TlsHandshakeSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void TlsHandshakeSession::recordStarted()
{
    if (m_started)
        return;
    m_started = true;
    // The clock of the comparison starts with this event: set-up work (keys, the ticket) is not counted.
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .value = m_config.link.rttNs});
}

void TlsHandshakeSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    recordStarted();
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

#include "core/session/securitysession.h"

#include "core/http/httpmessage.h"
#include "core/http1/http1clientconnection.h"
#include "core/link/eavesdropper.h"
#include "core/link/link.h"
#include "core/link/tamperer.h"
#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlskeylogfile.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"

namespace protoviz {

namespace {

// The name the client asks for and checks the certificate against, as a browser would for a site.
constexpr char ServerName[] = "localhost";
constexpr quint32 LoginRequest = 0;
constexpr quint32 AccountRequest = 1;
// TLS alert description 20 (RFC 8446 6.2): a record failed its integrity check.
constexpr quint8 BadRecordMac = 20;
// XORing an ASCII digit with 8 turns 1 into 9: a balance that quietly grows.
constexpr quint8 TamperMask = 0x08;

QString quoted(const QByteArray& bytes)
{
    return QStringLiteral("“%1”").arg(QString::fromUtf8(bytes));
}

} // namespace

SecuritySession::SecuritySession(const SecuritySessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
    , m_site(config.user, config.password)
{
    connect(&m_ending, &SessionEnding::ended, this, &SecuritySession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        m_ending.end(SessionOutcome::TimedOut,
                     tr("The login and the account page did not finish within %n second(s).", nullptr,
                        m_config.timeoutSeconds));
    });
}

SecuritySession::~SecuritySession() = default;

void SecuritySession::start()
{
    QString error = m_config.validationError();
    if (error.isEmpty())
        setUp(&error);
    recordStarted();
    if (!error.isEmpty()) {
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
        m_ending.end(SessionOutcome::Failed, error);
        return;
    }
    QStringList onTheLink;
    if (m_eavesdropper)
        onTheLink.append(tr("A passive eavesdropper on the link reads every byte that crosses it."));
    if (m_tamperer) {
        onTheLink.append(tr("An attacker on the link will flip one byte of the account page (the balance) "
                            "on its way to the client."));
    }
    if (!onTheLink.isEmpty())
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Note), onTheLink.join(u' '));
    m_ending.startDeadline(m_config.timeoutSeconds);
    connectClient();
}

bool SecuritySession::setUp(QString* error)
{
    WebServerConfig serverConfig;
    serverConfig.handler = m_site.handler();
    serverConfig.grpc = false;
    if (m_config.tls) {
        const std::optional<TlsCredentials> credentials = CertificateAuthority::generate(
            {QString::fromLatin1(ServerName)}, {QHostAddress(QHostAddress::LocalHost)}, error);
        if (!credentials)
            return false;
        m_caPem = credentials->caCertificatePem;
        TlsServerConfig serverTls;
        serverTls.credentials = *credentials;
        serverTls.alpn = {QByteArrayLiteral("http/1.1")};
        const std::shared_ptr<TlsServerContext> serverContext = TlsServerContext::create(serverTls, error);
        if (!serverContext)
            return false;
        serverConfig.cleartext = false;
        serverConfig.tls = serverContext;
    }
    m_server = new WebServer(serverConfig, &m_directory, EventRecorder(m_timeline, Origin::Server), this);
    if (!m_server->listen(error))
        return false;

    const EventRecorder linkRecorder(m_timeline, Origin::Link);
    m_link = new Link(m_config.link, &m_directory, linkRecorder, this);
    m_link->setUpstream(QHostAddress::LocalHost,
                        m_config.tls ? m_server->tlsPort() : m_server->cleartextPort());
    if (m_config.eavesdrop) {
        m_eavesdropper = std::make_shared<Eavesdropper>(linkRecorder);
        m_link->setEavesdropper(m_eavesdropper);
    }
    if (m_config.tamper) {
        // The attacker aims at the balance, where the page is worth altering.
        const qsizetype target = LoginSite::balanceOffset(LoginSite::accountPage(m_config.user));
        m_tamperer = std::make_shared<Tamperer>(target, TamperMask, linkRecorder);
        m_link->setTamperer(m_tamperer);
    }
    if (!m_link->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_ending.watch(m_link);
    return true;
}

void SecuritySession::connectClient()
{
    auto* tcp = new TcpStream;
    tcp->connectTo(m_link->address(), m_link->port(), m_link, &m_directory);
    const EventRecorder clientRecorder(m_timeline, Origin::Client);
    ByteStream* stream = tcp;
    if (m_config.tls) {
        QString error;
        TlsClientConfig clientTls;
        clientTls.serverName = QByteArray(ServerName);
        clientTls.alpn = {QByteArrayLiteral("http/1.1")};
        clientTls.maxVersion = m_config.maxTlsVersion;
        clientTls.resumeSessions = false;
        // The server's authority was generated in setUp(); the client trusts it as a browser trusts a CA.
        clientTls.trustedCaPem = m_caPem;
        std::shared_ptr<TlsClientContext> context = TlsClientContext::create(clientTls, &error);
        if (!context) {
            delete tcp;
            closeDown(SessionOutcome::Failed, error);
            return;
        }
        if (!m_config.keyLogPath.isEmpty()) {
            TlsKeyLogSink sink = TlsKeyLogFile::appender(m_config.keyLogPath, &error);
            if (sink)
                context->setKeyLogSink(std::move(sink));
        }
        stream = TlsStream::client(tcp, context, clientRecorder);
    }
    m_connection = new Http1ClientConnection(stream, clientRecorder, this);
    connect(m_connection, &Http1ClientConnection::responseFinished, this,
            [this](quint32 id, const HttpResponse& response) {
                onResponse(id, response.status, response.body, headerValue(response.headers, "set-cookie"));
            });
    connect(m_connection, &Http1ClientConnection::requestFailed, this,
            [this](quint32, const QString& reason) { onConnectionFinished(reason); });
    connect(m_connection, &Http1ClientConnection::finished, this,
            [this](const QList<quint32>&, const QString& reason) { onConnectionFinished(reason); });

    HttpRequest login;
    login.method = QByteArrayLiteral("POST");
    login.path = QByteArrayLiteral("/login");
    login.authority = QByteArray(ServerName) + ':' + QByteArray::number(m_link->port());
    login.headers = {{"content-type", "application/x-www-form-urlencoded"}};
    login.body = LoginSite::loginForm(m_config.user, m_config.password);
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectRequested), .stream = LoginRequest});
    m_connection->send(login, LoginRequest);
}

void SecuritySession::onResponse(quint32 id, int status, const QByteArray& body, const QByteArray& cookie)
{
    m_sessionRecorder.record({.layer = Layer::Session,
                              .kind = kindOf(SessionKind::ObjectCompleted),
                              .stream = id,
                              .size = quint32(body.size())});
    if (status != 200) {
        closeDown(SessionOutcome::Failed, tr("The server answered with status %1.").arg(status));
        return;
    }
    if (id == LoginRequest) {
        const QByteArray session = cookie.split(';').constFirst().trimmed();
        if (session.isEmpty()) {
            closeDown(SessionOutcome::Failed, tr("The login's response set no session cookie."));
            return;
        }
        HttpRequest account;
        account.method = QByteArrayLiteral("GET");
        account.path = QByteArrayLiteral("/account");
        account.authority = QByteArray(ServerName) + ':' + QByteArray::number(m_link->port());
        account.headers = {{"cookie", session}};
        // The login's response is in, so the next bytes the server sends are the account page.
        if (m_tamperer)
            m_tamperer->arm();
        m_sessionRecorder.record({.layer = Layer::Session,
                                  .kind = kindOf(SessionKind::ObjectRequested),
                                  .stream = AccountRequest});
        m_connection->send(account, AccountRequest);
        return;
    }

    m_accountRead = true;
    if (!m_tamperer) {
        closeDown(SessionOutcome::Completed, eavesdropperSummary());
        return;
    }
    // What the server sent against what the client accepted, byte by byte.
    const QByteArray sent = m_site.lastAccountPage();
    qsizetype altered = std::abs(sent.size() - body.size());
    qsizetype first = -1;
    for (qsizetype i = 0; i < std::min(sent.size(), body.size()); ++i) {
        if (sent[i] != body[i]) {
            ++altered;
            if (first < 0)
                first = i;
        }
    }
    if (altered == 0) {
        closeDown(SessionOutcome::Completed, tr("The account page arrived as the server sent it."));
        return;
    }
    QString reason = tr("The cleartext client accepted %n altered byte(s): nothing checks integrity.",
                        nullptr, int(altered));
    if (first >= 0) {
        const qsizetype from = std::max<qsizetype>(0, first - 8);
        reason += u' ' + tr("The page reads %1 where the server sent %2.")
                             .arg(quoted(body.mid(from, 20)), quoted(sent.mid(from, 20)));
    }
    closeDown(SessionOutcome::Completed, reason);
}

void SecuritySession::onConnectionFinished(const QString& reason)
{
    if (m_accountRead || m_ending.isClosing())
        return;
    if (m_tamperer && m_config.tls && clientSentBadRecordMac()) {
        closeDown(SessionOutcome::Completed,
                  tr("TLS's record MAC/AEAD tag failed on the altered record: the client sent bad_record_mac "
                     "and closed. The altered page never reached the application."));
        return;
    }
    closeDown(SessionOutcome::Failed, reason.isEmpty() ? tr("The connection closed early.") : reason);
}

bool SecuritySession::clientSentBadRecordMac() const
{
    const QList<Event> events = m_timeline->events();
    return std::any_of(events.begin(), events.end(), [](const Event& event) {
        return event.is(Layer::Tls, TlsKind::Alert) && event.origin == Origin::Client &&
               event.direction == Direction::ClientToServer && event.flags == BadRecordMac;
    });
}

QString SecuritySession::eavesdropperSummary() const
{
    if (!m_eavesdropper)
        return tr("Logged in and read the account page.");
    bool password = false;
    bool cookie = false;
    QString serverName;
    QString certificate;
    QString endpoints;
    qint64 encryptedBytes = 0;
    for (const Event& event : m_timeline->events()) {
        if (!event.is(Layer::Wire, WireKind::Overheard))
            continue;
        if (event.flags & OverheardFlag::Encrypted)
            encryptedBytes += event.size;
        const EventDetail detail = m_timeline->detail(event);
        for (const Field& field : detail.fields) {
            if (field.value == QString::fromUtf8(m_config.password))
                password = true;
            if (field.name.compare(u"cookie", Qt::CaseInsensitive) == 0 ||
                field.name.compare(u"set-cookie", Qt::CaseInsensitive) == 0)
                cookie = true;
        }
        if (const QString port = detail.fieldValue(Eavesdropper::tr("server port")); !port.isEmpty()) {
            endpoints = tr("%1 port %2 talking to %3 port %4")
                            .arg(detail.fieldValue(Eavesdropper::tr("client address")),
                                 detail.fieldValue(Eavesdropper::tr("client port")),
                                 detail.fieldValue(Eavesdropper::tr("server address")), port);
        }
        if (const QString name = detail.fieldValue(Eavesdropper::tr("server name (SNI)")); !name.isEmpty())
            serverName = name;
        if (const QString subject = detail.fieldValue(Eavesdropper::tr("certificate subject"));
            !subject.isEmpty())
            certificate = subject;
    }
    if (password || cookie) {
        QStringList secrets;
        if (password)
            secrets.append(tr("the password"));
        if (cookie)
            secrets.append(tr("the session cookie"));
        return tr("The eavesdropper read %1 in the clear: HTTP carries them as plain text.")
            .arg(secrets.join(tr(" and ")));
    }
    QStringList seen;
    if (!endpoints.isEmpty())
        seen.append(endpoints);
    seen.append(tr("record sizes and timing"));
    if (!serverName.isEmpty())
        seen.append(tr("the server name %1 (SNI)").arg(serverName));
    if (!certificate.isEmpty())
        seen.append(tr("the certificate of %1").arg(certificate));
    return tr("The eavesdropper read no secret: TLS encrypted %n byte(s) of records; it saw only %1.",
              nullptr, int(encryptedBytes))
        .arg(seen.join(QLatin1String(", ")));
}

void SecuritySession::closeDown(SessionOutcome outcome, const QString& reason)
{
    if (m_ending.isClosing())
        return;
    // The session ends once the goodbyes have crossed the link, but no later than a few round trips on.
    m_ending.beginClosing(outcome, reason);
    if (m_connection)
        m_connection->close();
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.link.rttNs));
}

void SecuritySession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void SecuritySession::recordStarted()
{
    if (m_started)
        return;
    m_started = true;
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .value = m_config.link.rttNs});
}

void SecuritySession::onEnded(SessionOutcome outcome, const QString& reason)
{
    recordStarted();
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

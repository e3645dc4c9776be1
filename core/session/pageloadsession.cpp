#include "core/session/pageloadsession.h"

#include "core/http/workload.h"
#include "core/http1/http1clientpool.h"
#include "core/http2/http2client.h"
#include "core/link/link.h"
#include "core/server/webserver.h"
#include "core/session/http3pageloadsession.h"
#include "core/session/pageloader.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlskeylogfile.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"

namespace protoviz {

PageLoadSession::PageLoadSession(const SessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
{
    connect(&m_ending, &SessionEnding::ended, this, &PageLoadSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        m_ending.end(SessionOutcome::TimedOut, tr("The page did not finish loading within %n second(s).",
                                                  nullptr, m_config.timeoutSeconds));
    });
}

PageLoadSession::~PageLoadSession() = default;

SessionWorker* PageLoadSession::create(const SessionConfig& config, Timeline* timeline)
{
    if (config.http == HttpVersion::Http3)
        return new Http3PageLoadSession(config, timeline);
    return new PageLoadSession(config, timeline);
}

void PageLoadSession::start()
{
    QString error;
    if (const QString invalid = m_config.validationError(); !invalid.isEmpty())
        error = invalid;
    else if (m_config.http == HttpVersion::Http3)
        error = tr("HTTP/3 runs over QUIC, not TCP: its page loads have their own session.");
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
    m_loader->start(m_config.target.isEmpty() ? QByteArrayLiteral("/")
                                              : m_config.target.path(QUrl::FullyEncoded).toUtf8());
}

bool PageLoadSession::startServer(QString* error)
{
    WebServerConfig serverConfig;
    serverConfig.workload = Workload(m_config.objects, m_config.objectSize, m_config.largeObjectSize);
    serverConfig.serverPush = m_config.serverPush;
    serverConfig.cleartext = !m_config.tls;
    if (m_config.tls) {
        const std::optional<TlsCredentials> credentials = CertificateAuthority::generate(
            {QString::fromLatin1(m_serverName)}, {QHostAddress::LocalHost}, error);
        if (!credentials)
            return false;
        m_trustedCa = credentials->caCertificatePem;
        TlsServerConfig tls;
        tls.credentials = *credentials;
        tls.alpn = {QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")};
        serverConfig.tls = TlsServerContext::create(tls, error);
        if (!serverConfig.tls)
            return false;
    }
    m_server = new WebServer(serverConfig, &m_directory, EventRecorder(m_timeline, Origin::Server), this);
    return m_server->listen(error);
}

bool PageLoadSession::setUp(QString* error)
{
    QHostAddress upstreamHost = QHostAddress::LocalHost;
    quint16 upstreamPort = 0;
    if (m_config.target.isEmpty()) {
        if (!startServer(error))
            return false;
        upstreamPort = m_config.tls ? m_server->tlsPort() : m_server->cleartextPort();
    } else {
        // The link relays to the other server.
        upstreamHost = m_config.targetAddress(error);
        if (upstreamHost.isNull())
            return false;
        upstreamPort = quint16(m_config.target.port(m_config.tls ? 443 : 80));
        m_serverName = m_config.target.host().toUtf8();
        m_trustedCa = m_config.trustedCaPem;
    }

    m_link = new Link(m_config.link, &m_directory, EventRecorder(m_timeline, Origin::Link), this);
    m_link->setUpstream(upstreamHost, upstreamPort);
    if (!m_link->listen(QHostAddress::LocalHost, 0, error))
        return false;

    const StreamOpener opener = [this](const QList<QByteArray>& alpn) { return openStream(alpn); };
    const EventRecorder clientRecorder(m_timeline, Origin::Client);
    const QByteArray authority = m_config.target.isEmpty()
                                     ? m_serverName + ':' + QByteArray::number(m_link->port())
                                     : m_config.target.authority(QUrl::FullyEncoded).toUtf8();
    if (m_config.http == HttpVersion::Http1) {
        auto* pool = new Http1ClientPool(opener, authority, clientRecorder, this);
        pool->setMaxConnections(m_config.connectionsPerHost);
        pool->setPipelining(m_config.pipelining);
        m_client = pool;
    } else {
        Http2Settings settings = Http2Settings::browserLike();
        settings.enablePush = m_config.serverPush;
        m_client = new Http2Client(opener, settings, authority, clientRecorder, this);
    }
    m_loader = new PageLoader(m_client, m_sessionRecorder, this);
    connect(m_loader, &PageLoader::finished, this, &PageLoadSession::closeConnections);
    m_ending.watch(m_link);
    return true;
}

ByteStream* PageLoadSession::openStream(const QList<QByteArray>& alpn)
{
    auto* tcp = new TcpStream;
    tcp->connectTo(m_link->address(), m_link->port(), m_link, &m_directory);
    if (!m_config.tls)
        return tcp;
    const QByteArray key = alpn.join(',');
    std::shared_ptr<TlsClientContext>& context = m_clientContexts[key];
    if (!context) {
        TlsClientConfig config;
        config.serverName = m_serverName;
        config.alpn = alpn;
        config.trustedCaPem = m_trustedCa;
        config.maxVersion = m_config.maxTlsVersion;
        QString error;
        context = TlsClientContext::create(config, &error);
        if (!context) {
            m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
            return tcp;
        }
        if (!m_config.keyLogPath.isEmpty()) {
            // One appender per context; each writes whole lines, so they can share the file.
            if (TlsKeyLogSink sink = TlsKeyLogFile::appender(m_config.keyLogPath, &error))
                context->setKeyLogSink(std::move(sink));
            else
                m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
        }
    }
    // The TLS stream's recorder learns the connection id once TCP is up.
    return TlsStream::client(tcp, context, EventRecorder(m_timeline, Origin::Client));
}

void PageLoadSession::closeConnections(SessionOutcome outcome, const QString& reason)
{
    // The page is loaded (or lost); the client has begun closing its connections. The session ends once
    // their goodbyes (GOAWAY, close_notify, FIN) have crossed the link, so that every byte is counted,
    // but no later than a few round trips from now.
    m_ending.beginClosing(outcome, reason);
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.link.rttNs));
}

void PageLoadSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void PageLoadSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

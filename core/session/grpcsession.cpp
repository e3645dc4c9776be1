#include "core/session/grpcsession.h"

#include "core/grpc/grpcchannel.h"
#include "core/grpc/grpcschema.h"
#include "core/http1/http1clientpool.h"
#include "core/http2/http2client.h"
#include "core/link/link.h"
#include "core/server/webserver.h"
#include "core/session/grpcworkload.h"
#include "core/session/restapi.h"
#include "core/session/restworkload.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlskeylogfile.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"

namespace protoviz {

namespace {

// The name the client asks for and checks the certificate against.
constexpr QByteArrayView ServerName("localhost");

} // namespace

GrpcSession::GrpcSession(const GrpcSessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
{
    connect(&m_ending, &SessionEnding::ended, this, &GrpcSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        m_ending.end(SessionOutcome::TimedOut, tr("The items were not all moved within %n second(s).",
                                                  nullptr, m_config.timeoutSeconds));
    });
}

GrpcSession::~GrpcSession() = default;

void GrpcSession::start()
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
    m_startWorkload();
}

bool GrpcSession::startServer(QString* error)
{
    WebServerConfig serverConfig;
    serverConfig.cleartext = !m_config.tls;
    serverConfig.http2 = Http2Settings::browserLike();
    if (m_config.api != GrpcSessionConfig::Api::Grpc) {
        const RestApi api(m_config.itemSize);
        serverConfig.handler = [api](const HttpRequest& request) { return api.respond(request); };
    }
    if (m_config.tls) {
        const std::optional<TlsCredentials> credentials = CertificateAuthority::generate(
            {QString::fromLatin1(ServerName)}, {QHostAddress::LocalHost}, error);
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

bool GrpcSession::setUp(QString* error)
{
    if (!startServer(error))
        return false;
    m_link = new Link(m_config.link, &m_directory, EventRecorder(m_timeline, Origin::Link), this);
    m_link->setUpstream(QHostAddress::LocalHost,
                        m_config.tls ? m_server->tlsPort() : m_server->cleartextPort());
    if (!m_link->listen(QHostAddress::LocalHost, 0, error))
        return false;

    if (m_config.tls) {
        TlsClientConfig tls;
        tls.serverName = ServerName.toByteArray();
        tls.alpn = {m_config.usesHttp2() ? QByteArrayLiteral("h2") : QByteArrayLiteral("http/1.1")};
        tls.trustedCaPem = m_trustedCa;
        m_clientContext = TlsClientContext::create(tls, error);
        if (!m_clientContext)
            return false;
        if (!m_config.keyLogPath.isEmpty()) {
            TlsKeyLogSink sink = TlsKeyLogFile::appender(m_config.keyLogPath, error);
            if (!sink)
                return false;
            m_clientContext->setKeyLogSink(std::move(sink));
        }
    }
    const StreamOpener opener = [this](const QList<QByteArray>& alpn) { return openStream(alpn); };
    const EventRecorder clientRecorder(m_timeline, Origin::Client);
    const QByteArray authority = ServerName.toByteArray() + ':' + QByteArray::number(m_link->port());
    if (m_config.api != GrpcSessionConfig::Api::Grpc) {
        const RestApi::Encoding encoding =
            m_config.usesProtobuf() ? RestApi::Encoding::Protobuf : RestApi::Encoding::Json;
        if (m_config.usesHttp2()) {
            m_restClient =
                new Http2Client(opener, Http2Settings::browserLike(), authority, clientRecorder, this);
        } else {
            auto* pool = new Http1ClientPool(opener, authority, clientRecorder, this);
            pool->setMaxConnections(m_config.connectionsPerHost);
            // A JSON client takes the API's default (its Accept stays */*); a Protobuf client must ask.
            if (encoding == RestApi::Encoding::Protobuf)
                pool->setRequestHeaders({{"accept", RestApi::mediaType(encoding)}});
            m_restClient = pool;
        }
        auto* workload = new RestWorkload(m_restClient, m_sessionRecorder, m_config.items, encoding, this);
        connect(workload, &RestWorkload::finished, this, &GrpcSession::closeConnections);
        m_startWorkload = [workload] { workload->start(); };
    } else {
        m_channel = new GrpcChannel(opener, authority, Http2Settings::browserLike(), GrpcSchema::builtIn(),
                                    clientRecorder, this);
        auto* workload = new GrpcWorkload(m_channel, m_sessionRecorder, m_config.pattern, m_config.items,
                                          m_config.itemSize, this);
        connect(workload, &GrpcWorkload::finished, this, &GrpcSession::closeConnections);
        m_startWorkload = [workload] { workload->start(); };
    }
    m_ending.watch(m_link);
    return true;
}

ByteStream* GrpcSession::openStream(const QList<QByteArray>&)
{
    auto* tcp = new TcpStream;
    tcp->connectTo(m_link->address(), m_link->port(), m_link, &m_directory);
    if (!m_config.tls)
        return tcp;
    // The TLS stream's recorder learns the connection id once TCP is up.
    return TlsStream::client(tcp, m_clientContext, EventRecorder(m_timeline, Origin::Client));
}

void GrpcSession::closeConnections(SessionOutcome outcome, const QString& reason)
{
    // The items have moved (or the run failed); the client closes its connections. The session ends
    // once their goodbyes (GOAWAY, close_notify, FIN) have crossed the link, so that every byte is
    // counted, but no later than a few round trips from now.
    m_ending.beginClosing(outcome, reason);
    if (m_restClient)
        m_restClient->finish();
    if (m_channel)
        m_channel->finish();
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.link.rttNs));
}

void GrpcSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void GrpcSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

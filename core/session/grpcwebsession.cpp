#include "core/session/grpcwebsession.h"

#include "core/grpc/grpcchannel.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/grpcwebcall.h"
#include "core/grpc/grpcwebclient.h"
#include "core/grpc/grpcwebproxy.h"
#include "core/grpc/lessonmessages.h"
#include "core/link/link.h"
#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/transport/tcpstream.h"

#include <QSet>
#include <QTimer>

namespace protoviz {

namespace {

// Calls in flight at once at most, as the server's SETTINGS_MAX_CONCURRENT_STREAMS allows.
constexpr int MaxInFlight = 100;

bool expected(GrpcStatusCode code)
{
    return code == GrpcStatusCode::Ok || code == GrpcStatusCode::DeadlineExceeded ||
           code == GrpcStatusCode::Cancelled;
}

} // namespace

GrpcWebSession::GrpcWebSession(const GrpcWebSessionConfig& config, Timeline* timeline, QObject* parent)
    : SessionWorker(parent)
    , m_config(config)
    , m_timeline(timeline)
    , m_sessionRecorder(timeline, Origin::Client)
{
    connect(&m_ending, &SessionEnding::ended, this, &GrpcWebSession::onEnded);
    connect(&m_ending, &SessionEnding::deadlinePassed, this, [this] {
        m_ending.end(SessionOutcome::TimedOut, tr("The calls were not all over within %n second(s).", nullptr,
                                                  m_config.timeoutSeconds));
    });
}

GrpcWebSession::~GrpcWebSession() = default;

void GrpcWebSession::start()
{
    QString error = m_config.validationError();
    const bool ready = error.isEmpty() && setUp(&error);
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .value = m_config.link.rttNs});
    if (!ready) {
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
        m_ending.end(SessionOutcome::Failed, error);
        return;
    }
    m_ending.startDeadline(m_config.timeoutSeconds);
    startCalls();
}

bool GrpcWebSession::setUp(QString* error)
{
    WebServerConfig serverConfig;
    serverConfig.cleartext = true;
    serverConfig.http2 = Http2Settings::browserLike();
    m_server = new WebServer(serverConfig, &m_directory, EventRecorder(m_timeline, Origin::Server), this);
    if (!m_server->listen(error))
        return false;
    const QByteArray serverAuthority =
        QByteArrayLiteral("localhost:") + QByteArray::number(m_server->cleartextPort());
    const EventRecorder linkRecorder(m_timeline, Origin::Link);
    m_link = new Link(m_config.link, &m_directory, linkRecorder, this);
    m_ending.watch(m_link);

    if (m_config.client == GrpcWebSessionConfig::Client::Browser) {
        LinkConditions beside;
        beside.rttNs = GrpcWebSessionConfig::ProxyRttNs;
        beside.seed = m_config.link.seed;
        m_proxyLink = new Link(beside, &m_directory, linkRecorder, this);
        m_proxyLink->setUpstream(QHostAddress::LocalHost, m_server->cleartextPort());
        if (!m_proxyLink->listen(QHostAddress::LocalHost, 0, error))
            return false;
        m_ending.watch(m_proxyLink);
        m_proxy = new GrpcWebProxy([this](const QList<QByteArray>&) { return openThrough(m_proxyLink); },
                                   serverAuthority, &m_directory, EventRecorder(m_timeline, Origin::Server),
                                   EventRecorder(m_timeline, Origin::Client), this);
        if (!m_proxy->listen(error))
            return false;
        m_link->setUpstream(QHostAddress::LocalHost, m_proxy->port());
        if (!m_link->listen(QHostAddress::LocalHost, 0, error))
            return false;
        m_webClient = new GrpcWebClient([this](const QList<QByteArray>&) { return openThrough(m_link); },
                                        QByteArrayLiteral("localhost:") + QByteArray::number(m_link->port()),
                                        m_config.connectionsPerHost, GrpcSchema::builtIn(),
                                        EventRecorder(m_timeline, Origin::Client), this);
    } else {
        m_link->setUpstream(QHostAddress::LocalHost, m_server->cleartextPort());
        if (!m_link->listen(QHostAddress::LocalHost, 0, error))
            return false;
        m_channel = new GrpcChannel([this](const QList<QByteArray>&) { return openThrough(m_link); },
                                    QByteArrayLiteral("localhost:") + QByteArray::number(m_link->port()),
                                    Http2Settings::browserLike(), GrpcSchema::builtIn(),
                                    EventRecorder(m_timeline, Origin::Client), this);
    }
    return true;
}

ByteStream* GrpcWebSession::openThrough(Link* link)
{
    auto* tcp = new TcpStream;
    tcp->connectTo(link->address(), link->port(), link, &m_directory);
    return tcp;
}

void GrpcWebSession::startCalls()
{
    while (!m_ending.isClosing() && m_inFlight < MaxInFlight && m_next < m_config.calls)
        startCall(m_next++);
}

void GrpcWebSession::startCall(int index)
{
    ++m_inFlight;
    const auto id = quint32(index);
    m_sessionRecorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectRequested), .stream = id});
    GrpcCallOptions options;
    options.timeoutNs = qint64(m_config.deadlineMs) * 1000000;
    const QByteArray path = LessonMessages::path(LessonMessages::Method::GetItem);
    const QByteArray request = LessonMessages::itemRequest(id, m_config.itemSize, m_config.workFor(index));
    auto size = std::make_shared<qsizetype>(-1);
    auto onMessage = [size, id](const QByteArray& item) {
        if (LessonMessages::itemId(item) == std::optional<quint32>(id))
            *size = item.size();
    };
    if (m_webClient) {
        GrpcWebCall* call = m_webClient->startCall(path, options);
        connect(call, &GrpcWebCall::messageReceived, this, onMessage);
        connect(call, &GrpcWebCall::finished, this,
                [this, index, size](const GrpcStatus& status) { callEnded(index, status, *size); });
        if (m_config.cancelAfterMs > 0)
            QTimer::singleShot(m_config.cancelAfterMs, Qt::PreciseTimer, call, [call] { call->cancel(); });
        call->sendMessage(request);
        call->closeSend();
    } else {
        GrpcClientCall* call = m_channel->startCall(path, options);
        connect(call, &GrpcClientCall::messageReceived, this, onMessage);
        connect(call, &GrpcClientCall::finished, this,
                [this, index, size](const GrpcStatus& status) { callEnded(index, status, *size); });
        if (m_config.cancelAfterMs > 0)
            QTimer::singleShot(m_config.cancelAfterMs, Qt::PreciseTimer, call, [call] { call->cancel(); });
        call->sendMessage(request);
        call->closeSend();
    }
}

void GrpcWebSession::callEnded(int index, const GrpcStatus& status, qsizetype itemBytes)
{
    --m_inFlight;
    ++m_ended;
    ++m_statuses[int(status.code)];
    if (status.isOk() && itemBytes >= 0)
        m_sessionRecorder.record({.layer = Layer::Session,
                                  .kind = kindOf(SessionKind::ObjectCompleted),
                                  .stream = quint32(index),
                                  .size = quint32(itemBytes)});
    else if (status.isOk() && m_failure.isEmpty())
        m_failure = tr("GetItem %1 ended OK without its item.").arg(index);
    if (!expected(status.code) && m_failure.isEmpty())
        m_failure = tr("GetItem %1 ended with %2").arg(index).arg(status.toString());
    if (m_ended == m_config.calls)
        closeConnections();
    else
        startCalls();
}

QString GrpcWebSession::summary() const
{
    // Everything said here is counted from this run's events.
    QSet<quint32> browserConnections;
    QSet<quint32> http2Connections;
    int trailerFrames = 0;
    qint64 trailerFrameBytes = 0;
    int abandoned = 0;
    int resets = 0;
    int started = 0;
    const QList<Event> events = m_timeline->events();
    for (const Event& e : events) {
        if (e.layer == Layer::Http1 && e.origin == Origin::Client)
            browserConnections.insert(e.connection);
        else if (e.layer == Layer::Http2 && e.origin == Origin::Client)
            http2Connections.insert(e.connection);
        if (e.is(Layer::Http2, Http2Kind::RstStream) && e.origin == Origin::Client &&
            e.direction == Direction::ClientToServer)
            ++resets;
        if (e.is(Layer::Grpc, GrpcKind::CallStarted) && e.origin == Origin::Client)
            ++started;
    }
    for (const Event& e : events) {
        if (!e.is(Layer::Grpc, GrpcKind::CallFinished) || e.origin != Origin::Server ||
            !browserConnections.contains(e.connection))
            continue;
        if (e.direction == Direction::ServerToClient) {
            ++trailerFrames;
            trailerFrameBytes += e.size;
        } else {
            ++abandoned;
        }
    }

    const int ok = m_statuses.value(int(GrpcStatusCode::Ok));
    const int late = m_statuses.value(int(GrpcStatusCode::DeadlineExceeded));
    const int cancelled = m_statuses.value(int(GrpcStatusCode::Cancelled));
    QString text = tr("%n call(s): %1 OK, %2 DEADLINE_EXCEEDED, %3 CANCELLED.", nullptr, m_ended)
                       .arg(ok)
                       .arg(late)
                       .arg(cancelled);
    if (m_proxyLink) {
        text +=
            QLatin1Char(' ') +
            tr("gRPC-Web puts the status in a trailer frame (flag 0x80) at the end of the HTTP/1.1 body, "
               "since browsers cannot read HTTP/2 trailers: the proxy wrote %1 of them (%2 bytes). The proxy "
               "adds one hop: %3 browser connection(s) to it over HTTP/1.1, %4 HTTP/2 connection(s) from it "
               "to the server.")
                .arg(trailerFrames)
                .arg(trailerFrameBytes)
                .arg(browserConnections.size())
                .arg(http2Connections.size());
        if (abandoned > 0)
            text += QLatin1Char(' ') +
                    tr("%n call(s) were abandoned by closing the browser connection they were on, the only "
                       "way to give up an HTTP/1.1 request; the proxy turned that into %1 RST_STREAM CANCEL "
                       "for the server.",
                       nullptr, abandoned)
                        .arg(resets);
        if (started < m_ended)
            text +=
                QLatin1Char(' ') + tr("%n call(s) waited for one of the browser's %1 connections and ended "
                                      "before they could be sent.",
                                      nullptr, m_ended - started)
                                       .arg(m_config.connectionsPerHost);
    } else {
        text +=
            QLatin1Char(' ') + tr("Native gRPC reads the status from HTTP/2 trailers on %n connection(s).",
                                  nullptr, int(http2Connections.size()));
        if (resets > 0)
            text += QLatin1Char(' ') + tr("%n call(s) given up reset only their own stream (RST_STREAM "
                                          "CANCEL); the connection carried on.",
                                          nullptr, resets);
    }
    if (m_config.deadlineMs > 0)
        text += QLatin1Char(' ') + tr("The %1 ms deadline travels as grpc-timeout, so the server stops "
                                      "working on a call when it passes.")
                                       .arg(m_config.deadlineMs);
    return text;
}

void GrpcWebSession::closeConnections()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_webClient)
        m_webClient->finish();
    if (m_proxy)
        m_proxy->finish();
    if (m_channel)
        m_channel->finish();
    const SessionOutcome outcome = m_failure.isEmpty() ? SessionOutcome::Completed : SessionOutcome::Failed;
    // The calls are all over, so the failure, if any, is final.
    m_ending.beginClosing(outcome, m_failure);
    m_ending.endAfterGoodbyes(closingGraceMs(m_config.link.rttNs));
}

void GrpcWebSession::cancel()
{
    m_ending.end(SessionOutcome::Cancelled, tr("The session was stopped."));
}

void GrpcWebSession::onEnded(SessionOutcome outcome, const QString& reason)
{
    // Said once the goodbyes have crossed the link: the proxy learns of abandoned calls only then.
    if (m_closing)
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Note), summary());
    if (outcome == SessionOutcome::Failed && !reason.isEmpty())
        m_sessionRecorder.explain(Layer::Session, kindOf(SessionKind::Error), reason);
    recordFinished(m_sessionRecorder, outcome, reason);
}

} // namespace protoviz

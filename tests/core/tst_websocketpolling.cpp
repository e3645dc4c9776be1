#include "tests/support/testsupport.h"

#include "core/session/pollingfeed.h"
#include "core/session/pollingscenarios.h"
#include "core/session/pollingsession.h"
#include "core/session/pollingstatistics.h"
#include "core/timeline/timeline.h"
#include "core/websocket/websocketeventlog.h"

#include <QTest>

#include <memory>

using namespace protoviz;
using protoviz::test::waitUntil;

namespace {

constexpr qint64 RttNs = 60'000'000;

struct Run
{
    std::unique_ptr<Timeline> timeline;
    SessionOutcome outcome = SessionOutcome::Failed;
    QString reason;
    bool finished = false;
};

Run runSession(const PollingSessionConfig& config)
{
    Run run;
    run.timeline = std::make_unique<Timeline>(SessionClock::startingNow());
    auto* session = new PollingSession(config, run.timeline.get());
    QObject::connect(session, &SessionWorker::finished, session,
                     [&](SessionOutcome outcome, const QString& reason) {
                         run.outcome = outcome;
                         run.reason = reason;
                         run.finished = true;
                     });
    session->start();
    waitUntil([&] { return run.finished; }, (config.timeoutSeconds + 10) * 1000);
    delete session;
    return run;
}

PollingSessionConfig config(PollingTransport transport, PollingJob job, bool tls = false)
{
    PollingSessionConfig config;
    config.transport = transport;
    config.job = job;
    config.tls = tls;
    config.link.rttNs = RttNs;
    config.clients = 2;
    config.updatesPerSecond = 10;
    config.durationSeconds = 1;
    config.pollIntervalMs = 300;
    config.timeoutSeconds = 30;
    config.title = config.transportLabel();
    return config;
}

int countEvents(const Timeline& timeline, Layer layer, quint8 kind, Origin origin)
{
    int count = 0;
    for (const Event& event : timeline.events())
        count += event.layer == layer && event.kind == kind && event.origin == origin ? 1 : 0;
    return count;
}

} // namespace

/// The polling-against-WebSocket scenarios, live on 127.0.0.1 through the emulated link: the ticker and
/// the chat over WebSocket push, HTTP/1.1 short polling and long polling; every update reaches every
/// client, and the statistics measure what each transport costs in delay and bytes.
class WebSocketPollingTest final : public QObject
{
    Q_OBJECT

private slots:
    void statisticsFromEvents();
    void feedRoundTrip();
    void catalogOffersTheScenarios();
    void refusesImpossibleKnobs();
    void deliversEveryUpdate_data();
    void deliversEveryUpdate();
    void pushBeatsPolling();
    void compressionSavesBytes_data();
    void compressionSavesBytes();
};

void WebSocketPollingTest::statisticsFromEvents()
{
    // Deliveries published at 0 and arriving after 10, 20, ... 100 ms; heads and frames on both sides.
    QList<Event> events;
    events.append({.layer = Layer::Session, .kind = kindOf(SessionKind::Started)});
    for (int i = 1; i <= 10; ++i) {
        events.append({.layer = Layer::Session,
                       .kind = kindOf(SessionKind::UpdateDelivered),
                       .origin = Origin::Client,
                       .stream = quint32((i + 1) / 2),
                       .size = 50,
                       .timeNs = i * 10'000'000,
                       .value = 0});
    }
    events.append({.layer = Layer::Http1,
                   .kind = kindOf(Http1Kind::RequestHead),
                   .origin = Origin::Client,
                   .size = 100});
    events.append({.layer = Layer::Http1,
                   .kind = kindOf(Http1Kind::RequestHead),
                   .origin = Origin::Server,
                   .size = 100});
    events.append({.layer = Layer::Http1,
                   .kind = kindOf(Http1Kind::ResponseHead),
                   .origin = Origin::Client,
                   .size = 80});
    events.append({.layer = Layer::WebSocket,
                   .kind = kindOf(WebSocketKind::Frame),
                   .origin = Origin::Client,
                   .flags = 0x81,
                   .size = 52,
                   .overhead = 2});
    events.append({.layer = Layer::WebSocket,
                   .kind = kindOf(WebSocketKind::Frame),
                   .origin = Origin::Client,
                   .flags = 0x88,
                   .size = 10,
                   .overhead = 6});
    events.append({.layer = Layer::Session, .kind = kindOf(SessionKind::Finished)});
    const PollingStatistics stats = PollingStatistics::compute(events);
    QVERIFY(stats.finished);
    QCOMPARE(stats.deliveries, 10);
    QCOMPARE(stats.updates, 5);
    QCOMPARE(stats.latencyMinNs, 10'000'000);
    QCOMPARE(stats.latencyMaxNs, 100'000'000);
    QCOMPARE(stats.latencyMeanNs, 55'000'000);
    QCOMPARE(stats.latencyMedianNs, 55'000'000);
    QCOMPARE(stats.latency95Ns, 100'000'000);
    QCOMPARE(stats.httpRequests, 1);
    QCOMPARE(stats.httpHeadBytes, 180);
    QCOMPARE(stats.webSocketFrames, 2);
    QCOMPARE(stats.frameHeaderBytes, 8);
    QCOMPARE(stats.controlFrameBytes, 4);
    QCOMPARE(stats.updatePayloadBytes, 500);
    QCOMPARE(stats.overheadBytes(), 192);
    QCOMPARE(stats.overheadPerDelivery(), 19.2);
}

void WebSocketPollingTest::feedRoundTrip()
{
    PollingFeed feed(SessionClock::startingNow());
    QList<quint32> published;
    connect(&feed, &PollingFeed::published, this,
            [&](const PollingFeed::Update& update) { published.append(update.sequence); });
    feed.publish(-1, QStringLiteral("PVZ 100.00"));
    const PollingFeed::Update second = feed.publish(1, QStringLiteral(u"quote \" and ünïcode"));
    QCOMPARE(published, (QList<quint32>{1, 2}));
    QCOMPARE(feed.after(0).size(), 2);
    QCOMPARE(feed.after(1).size(), 1);
    QVERIFY(feed.after(2).isEmpty());
    const std::optional<PollingFeed::Update> parsed = PollingFeed::parse(second.payload);
    QVERIFY(parsed);
    QCOMPARE(parsed->sequence, 2u);
    QCOMPARE(parsed->publishedNs, second.publishedNs);
    QCOMPARE(parsed->from, 1);
    QVERIFY(!PollingFeed::parse("not json"));
    QVERIFY(!PollingFeed::parse("{\"seq\":0}"));
}

void WebSocketPollingTest::catalogOffersTheScenarios()
{
    const QStringList ids{
        QStringLiteral("polling-vs-websocket"),           QStringLiteral("long-polling-vs-websocket"),
        QStringLiteral("short-vs-long-polling"),          QStringLiteral("chat-polling-vs-websocket"),
        QStringLiteral("chat-long-polling-vs-websocket"), QStringLiteral("chat-short-vs-long-polling")};
    QStringList listed;
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries())
        listed.append(entry.id);
    ScenarioKnobs knobs;
    knobs.link.rttNs = 80'000'000;
    knobs.clients = 4;
    knobs.updatesPerSecond = 7;
    knobs.tls = false;
    for (const QString& id : ids) {
        QVERIFY2(listed.contains(id), qPrintable(id));
        QVERIFY(PollingScenarios::has(id));
        QString error;
        const std::optional<Scenario> scenario = ScenarioCatalog::make(id, knobs, &error);
        QVERIFY2(scenario, qPrintable(error));
        QVERIFY(scenario->sides[0].factory && scenario->sides[1].factory);
        QCOMPARE(scenario->sides[0].settings.value(QStringLiteral("rttMs")).toDouble(), 80.0);
        QCOMPARE(scenario->sides[1].settings.value(QStringLiteral("clients")).toInt(), 4);
        QCOMPARE(scenario->sides[1].settings.value(QStringLiteral("tls")).toBool(), false);
        QCOMPARE(scenario->sides[0].settings.value(QStringLiteral("job")).toString(),
                 id.startsWith(QLatin1String("chat")) ? QStringLiteral("chat") : QStringLiteral("ticker"));
    }
    QCOMPARE(ScenarioCatalog::make(ids[0], knobs, nullptr)
                 ->sides[1]
                 .settings.value(QStringLiteral("transport"))
                 .toString(),
             QStringLiteral("websocket"));
    QCOMPARE(ScenarioCatalog::make(ids[2], knobs, nullptr)
                 ->sides[1]
                 .settings.value(QStringLiteral("transport"))
                 .toString(),
             QStringLiteral("long-polling"));
    QVERIFY(!PollingScenarios::has(QStringLiteral("h1-vs-h2")));
}

void WebSocketPollingTest::refusesImpossibleKnobs()
{
    ScenarioKnobs knobs;
    knobs.clients = 0;
    QString error;
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("polling-vs-websocket"), knobs, &error));
    QVERIFY(error.contains(QLatin1String("clients")));
    knobs.clients = 2;
    knobs.durationSeconds = 200;
    knobs.timeoutSeconds = 100;
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("polling-vs-websocket"), knobs, &error));
    QVERIFY(error.contains(QLatin1String("time limit")));
}

void WebSocketPollingTest::deliversEveryUpdate_data()
{
    QTest::addColumn<int>("transport");
    QTest::addColumn<int>("job");
    QTest::addColumn<bool>("tls");
    QTest::newRow("ticker, WebSocket")
        << int(PollingTransport::WebSocket) << int(PollingJob::Ticker) << false;
    QTest::newRow("ticker, WebSocket over TLS")
        << int(PollingTransport::WebSocket) << int(PollingJob::Ticker) << true;
    QTest::newRow("ticker, short polling")
        << int(PollingTransport::ShortPolling) << int(PollingJob::Ticker) << false;
    QTest::newRow("ticker, long polling over TLS")
        << int(PollingTransport::LongPolling) << int(PollingJob::Ticker) << true;
    QTest::newRow("chat, WebSocket") << int(PollingTransport::WebSocket) << int(PollingJob::Chat) << false;
    QTest::newRow("chat, short polling")
        << int(PollingTransport::ShortPolling) << int(PollingJob::Chat) << false;
    QTest::newRow("chat, long polling")
        << int(PollingTransport::LongPolling) << int(PollingJob::Chat) << false;
}

void WebSocketPollingTest::deliversEveryUpdate()
{
    QFETCH(int, transport);
    QFETCH(int, job);
    QFETCH(bool, tls);
    const PollingSessionConfig settings = config(PollingTransport(transport), PollingJob(job), tls);
    const Run run = runSession(settings);
    QVERIFY(run.finished);
    QVERIFY2(run.outcome == SessionOutcome::Completed, qPrintable(run.reason));
    const PollingStatistics stats = PollingStatistics::compute(*run.timeline);
    QCOMPARE(stats.deliveries, settings.expectedDeliveries());
    QCOMPARE(stats.updates, settings.updateCount());
    // No update can arrive sooner than the one-way delay of the link (less 10 % and timer slack).
    QVERIFY2(stats.latencyMinNs >= RttNs / 2 * 9 / 10 - 2'000'000,
             qPrintable(QString::number(stats.latencyMinNs)));
    QCOMPARE(stats.connections,
             settings.transport == PollingTransport::WebSocket || settings.job == PollingJob::Ticker
                 ? settings.clients
                 : 2 * settings.clients); // chat over HTTP: a poll and a post connection
    const Timeline& timeline = *run.timeline;
    if (settings.transport == PollingTransport::WebSocket) {
        QCOMPARE(
            countEvents(timeline, Layer::WebSocket, kindOf(WebSocketKind::UpgradeResponse), Origin::Client),
            settings.clients);
        QCOMPARE(countEvents(timeline, Layer::WebSocket, kindOf(WebSocketKind::Close), Origin::Client),
                 2 * settings.clients);
        QCOMPARE(countEvents(timeline, Layer::WebSocket, kindOf(WebSocketKind::Error), Origin::Client), 0);
        QCOMPARE(countEvents(timeline, Layer::WebSocket, kindOf(WebSocketKind::Error), Origin::Server), 0);
        QCOMPARE(stats.httpRequests, settings.clients); // the upgrades
        // Each update costs its 2-byte frame header to each client; the rest is the close and, for the chat,
        // the posts going up (6-byte headers: masked).
        const int posts = settings.job == PollingJob::Chat ? settings.updateCount() : 0;
        QCOMPARE(stats.frameHeaderBytes, 2 * stats.deliveries + 6 * posts + 8 * settings.clients);
    } else {
        QCOMPARE(countEvents(timeline, Layer::WebSocket, kindOf(WebSocketKind::Frame), Origin::Client), 0);
        QVERIFY(stats.httpRequests >= settings.clients);
        QCOMPARE(countEvents(timeline, Layer::Http1, kindOf(Http1Kind::Error), Origin::Server), 0);
    }
    if (tls)
        QVERIFY(countEvents(timeline, Layer::Tls, kindOf(TlsKind::HandshakeComplete), Origin::Client) >=
                settings.clients);
}

void WebSocketPollingTest::pushBeatsPolling()
{
    // The same ticker, three ways: push arrives after the one-way delay; short polling waits for the next
    // poll (half the 300 ms interval on average); long polling, with a round trip shorter than the time
    // between updates, has a request waiting for nearly every update, at the price of one request each.
    const PollingStatistics push = PollingStatistics::compute(
        *runSession(config(PollingTransport::WebSocket, PollingJob::Ticker)).timeline);
    const PollingStatistics shortPolls = PollingStatistics::compute(
        *runSession(config(PollingTransport::ShortPolling, PollingJob::Ticker)).timeline);
    const PollingStatistics longPolls = PollingStatistics::compute(
        *runSession(config(PollingTransport::LongPolling, PollingJob::Ticker)).timeline);
    QVERIFY2(push.latencyMedianNs < RttNs / 2 + 25'000'000,
             qPrintable(QString::number(push.latencyMedianNs)));
    QVERIFY2(shortPolls.latencyMeanNs > push.latencyMeanNs + 50'000'000,
             qPrintable(QString::number(shortPolls.latencyMeanNs)));
    QVERIFY(longPolls.latencyMeanNs < shortPolls.latencyMeanNs);
    QVERIFY(longPolls.httpRequests > shortPolls.httpRequests);
    QVERIFY(push.overheadPerDelivery() < shortPolls.overheadPerDelivery());
    QVERIFY(push.overheadPerDelivery() < longPolls.overheadPerDelivery());
}

void WebSocketPollingTest::compressionSavesBytes_data()
{
    QTest::addColumn<int>("job");
    QTest::addColumn<bool>("compression");
    QTest::newRow("ticker, compressed") << int(PollingJob::Ticker) << true;
    QTest::newRow("ticker, uncompressed") << int(PollingJob::Ticker) << false;
    QTest::newRow("chat, compressed") << int(PollingJob::Chat) << true;
}

void WebSocketPollingTest::compressionSavesBytes()
{
    // permessage-deflate on the WebSocket side: every update arrives as a compressed message (RSV1 on its
    // frame), and the JSON updates, alike from one to the next, take fewer bytes on the wire than
    // inflated. Off, no message says it was compressed.
    QFETCH(int, job);
    QFETCH(bool, compression);
    PollingSessionConfig settings = config(PollingTransport::WebSocket, PollingJob(job));
    settings.webSocketCompression = compression;
    const Run run = runSession(settings);
    QVERIFY(run.finished);
    QVERIFY2(run.outcome == SessionOutcome::Completed, qPrintable(run.reason));
    const PollingStatistics stats = PollingStatistics::compute(*run.timeline);
    QCOMPARE(stats.deliveries, settings.expectedDeliveries());
    int compressedArrivals = 0;
    int rsv1Frames = 0;
    for (const Event& e : run.timeline->events()) {
        if (e.layer != Layer::WebSocket || e.origin != Origin::Client)
            continue;
        QVERIFY(e.kind != kindOf(WebSocketKind::Error));
        if (e.kind == kindOf(WebSocketKind::Message) && e.direction == Direction::ServerToClient &&
            (e.flags & WebSocketEventLog::MessageCompressedFlag))
            ++compressedArrivals;
        if (e.kind == kindOf(WebSocketKind::Frame) && (e.flags & 0x40))
            ++rsv1Frames;
    }
    if (!compression) {
        QCOMPARE(compressedArrivals, 0);
        QCOMPARE(rsv1Frames, 0);
        QCOMPARE(stats.compressedMessages, 0);
        QCOMPARE(stats.bytesSavedByCompression(), 0);
        return;
    }
    QCOMPARE(compressedArrivals, settings.expectedDeliveries());
    QCOMPARE(rsv1Frames, stats.compressedMessages);
    // The chat's posts go up compressed too.
    const int posts = settings.job == PollingJob::Chat ? settings.updateCount() : 0;
    QCOMPARE(stats.messagesPosted, posts);
    QCOMPARE(stats.compressedMessages, settings.expectedDeliveries() + posts);
    QVERIFY(stats.inflatedPayloadBytes >= stats.updatePayloadBytes);
    QVERIFY2(stats.bytesSavedByCompression() > 0, qPrintable(QStringLiteral("%1 on the wire, %2 inflated")
                                                                 .arg(stats.compressedPayloadBytes)
                                                                 .arg(stats.inflatedPayloadBytes)));
}

QTEST_GUILESS_MAIN(WebSocketPollingTest)
#include "tst_websocketpolling.moc"

#include "tests/support/testsupport.h"

#include "core/lesson/runmeasurements.h"
#include "core/session/scenario.h"
#include "core/session/shootoutprotocol.h"
#include "core/session/shootoutsession.h"
#include "core/session/shootoutstatistics.h"
#include "core/timeline/timeline.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace protoviz;
using protoviz::test::waitUntil;

namespace {

constexpr qint64 RttNs = 40'000'000;
constexpr int Exchanges = 5;
constexpr int UpdatesPerSecond = 10;
constexpr int DurationSeconds = 1;
constexpr int Updates = UpdatesPerSecond * DurationSeconds;

struct Run
{
    std::shared_ptr<Timeline> timeline;
    QVariantMap settings;
    SessionOutcome outcome = SessionOutcome::Failed;
    QString reason;
    bool finished = false;
};

ScenarioKnobs smallKnobs()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = RttNs;
    knobs.objects = Exchanges;
    knobs.objectSize = 512;
    knobs.updatesPerSecond = UpdatesPerSecond;
    knobs.durationSeconds = DurationSeconds;
    knobs.timeoutSeconds = 30;
    return knobs;
}

int countEvents(const QList<Event>& events, Layer layer, quint8 kind, Origin origin)
{
    return int(std::count_if(events.begin(), events.end(), [&](const Event& e) {
        return e.layer == layer && e.kind == kind && e.origin == origin;
    }));
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

/// The protocol shoot-out, live on 127.0.0.1 through the emulated link: one workload (item requests,
/// then updates the server has news of) over HTTP/1.1, HTTPS, gRPC and WebSocket at once; every side
/// gets every answer and every update, and ShootoutStatistics says what the events say.
class ShootoutTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogOffersFourSides();
    void refusesImpossibleKnobs();
    void factsAreTheProtocols();
    void statisticsFromEvents();
    void allFourSidesComplete();
    void statisticsEqualTheEvents();
    void connectionsAndProperties();
    void lessonsNameTheFigures();

private:
    QList<Run> m_runs; // the live run, shared by the last three tests: A HTTP, B HTTPS, C gRPC, D WebSocket
};

void ShootoutTest::initTestCase()
{
    QString error;
    const std::optional<Scenario> scenario =
        ScenarioCatalog::make(QStringLiteral("protocol-shootout"), smallKnobs(), &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->sides.size(), 4);
    // All four at once, as the comparison runs them: on one thread here, each with its own link.
    QList<SessionWorker*> workers;
    m_runs.resize(scenario->sides.size());
    for (qsizetype i = 0; i < scenario->sides.size(); ++i) {
        Run& run = m_runs[i];
        run.timeline = std::make_shared<Timeline>(SessionClock::startingNow());
        run.settings = scenario->sides[i].settings;
        SessionWorker* worker = scenario->sides[i].factory(run.timeline.get());
        connect(worker, &SessionWorker::finished, worker,
                [&run](SessionOutcome outcome, const QString& reason) {
                    run.outcome = outcome;
                    run.reason = reason;
                    run.finished = true;
                });
        workers.append(worker);
    }
    for (SessionWorker* worker : std::as_const(workers))
        worker->start();
    waitUntil(
        [&] { return std::all_of(m_runs.begin(), m_runs.end(), [](const Run& r) { return r.finished; }); },
        60'000);
    qDeleteAll(workers);
}

void ShootoutTest::catalogOffersFourSides()
{
    const QList<ScenarioCatalog::Entry> entries = ScenarioCatalog::entries();
    QVERIFY(std::any_of(entries.begin(), entries.end(),
                        [](const auto& e) { return e.id == QLatin1String("protocol-shootout"); }));
    QStringList protocols;
    for (const Run& run : std::as_const(m_runs))
        protocols.append(run.settings.value(QStringLiteral("protocol")).toString());
    QCOMPARE(protocols, (QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("grpc"),
                                     QStringLiteral("websocket")}));
    QCOMPARE(m_runs[1].settings.value(QStringLiteral("tls")).toBool(), true);
    QCOMPARE(m_runs[0].settings.value(QStringLiteral("tls")).toBool(), false);
}

void ShootoutTest::refusesImpossibleKnobs()
{
    QString error;
    ScenarioKnobs knobs = smallKnobs();
    knobs.objects = 0;
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("protocol-shootout"), knobs, &error));
    QVERIFY(error.contains(QLatin1String("exchanges")));
    knobs = smallKnobs();
    knobs.updatesPerSecond = 0;
    error.clear();
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("protocol-shootout"), knobs, &error));
    QVERIFY(!error.isEmpty());
    knobs = smallKnobs();
    knobs.timeoutSeconds = 1;
    error.clear();
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("protocol-shootout"), knobs, &error));
    QVERIFY(!error.isEmpty());
}

void ShootoutTest::factsAreTheProtocols()
{
    using F = ShootoutProtocolFacts;
    QVERIFY(F::of(ShootoutProtocol::Http).humanReadable && F::of(ShootoutProtocol::Http).browserNative);
    QVERIFY(!F::of(ShootoutProtocol::Grpc).browserNative && !F::of(ShootoutProtocol::Grpc).humanReadable);
    QVERIFY(F::of(ShootoutProtocol::WebSocket).browserNative &&
            F::of(ShootoutProtocol::WebSocket).offersServerPush);
    for (const auto protocol : {ShootoutProtocol::Http, ShootoutProtocol::Https, ShootoutProtocol::Grpc,
                                ShootoutProtocol::WebSocket})
        QCOMPARE(F::fromName(F::name(protocol)), std::optional<ShootoutProtocol>(protocol));
    QCOMPARE(F::fromName(QStringLiteral("gopher")), std::nullopt);
}

void ShootoutTest::statisticsFromEvents()
{
    // Two exchanges (10 and 30 ms); three updates on one gRPC stream, asked for once; two long-poll
    // answers, each to a poll of its own.
    QList<Event> events;
    auto add = [&](Event e) { events.append(e); };
    add({.layer = Layer::Session, .kind = kindOf(SessionKind::Started)});
    add({.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectRequested), .stream = 0, .timeNs = 0});
    add({.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectRequested), .stream = 1, .timeNs = 0});
    add({.layer = Layer::Session,
         .kind = kindOf(SessionKind::ObjectCompleted),
         .stream = 0,
         .timeNs = 10'000'000});
    add({.layer = Layer::Session,
         .kind = kindOf(SessionKind::ObjectCompleted),
         .stream = 1,
         .timeNs = 30'000'000});
    add({.layer = Layer::Grpc,
         .kind = kindOf(GrpcKind::CallStarted),
         .origin = Origin::Client,
         .direction = Direction::ClientToServer,
         .connection = 1,
         .stream = 3,
         .timeNs = 40'000'000});
    for (int i = 1; i <= 3; ++i) {
        const qint64 at = 40'000'000 + i * 100'000'000;
        add({.layer = Layer::Grpc,
             .kind = kindOf(GrpcKind::Message),
             .origin = Origin::Client,
             .direction = Direction::ServerToClient,
             .connection = 1,
             .stream = 3,
             .timeNs = at});
        add({.layer = Layer::Session,
             .kind = kindOf(SessionKind::UpdateDelivered),
             .origin = Origin::Client,
             .stream = quint32(i),
             .timeNs = at,
             .value = at - 20'000'000});
    }
    QCOMPARE(ShootoutStatistics::compute(events).pushedUpdates, 2);
    for (int i = 4; i <= 5; ++i) {
        const qint64 at = 400'000'000 + i * 100'000'000;
        add({.layer = Layer::Http1,
             .kind = kindOf(Http1Kind::RequestHead),
             .origin = Origin::Client,
             .direction = Direction::ClientToServer,
             .connection = 2,
             .stream = quint32(i),
             .timeNs = at - 50'000'000});
        add({.layer = Layer::Http1,
             .kind = kindOf(Http1Kind::ResponseHead),
             .origin = Origin::Client,
             .direction = Direction::ServerToClient,
             .connection = 2,
             .stream = quint32(i),
             .timeNs = at});
        add({.layer = Layer::Session,
             .kind = kindOf(SessionKind::UpdateDelivered),
             .origin = Origin::Client,
             .stream = quint32(i),
             .timeNs = at,
             .value = at - 40'000'000});
    }
    const ShootoutStatistics stats = ShootoutStatistics::compute(events);
    QCOMPARE(stats.exchanges, 2);
    QCOMPARE(stats.requestLatencyMeanNs, 20'000'000);
    QCOMPARE(stats.requestLatencyMedianNs, 20'000'000);
    QCOMPARE(stats.requestLatencyMaxNs, 30'000'000);
    QCOMPARE(stats.updates, 5);
    QCOMPARE(stats.updateLatencyMedianNs, 20'000'000);
    QCOMPARE(stats.updateLatencyMeanNs, 28'000'000);
    QCOMPARE(stats.streamedUpdates, 2);
    QCOMPARE(stats.pushedUpdates, 2);
    QCOMPARE(stats.clientRequests, 3);
    QVERIFY(stats.serverPush() && stats.streaming());

    // One long-poll answer that holds two updates, both published before it left, arriving in two
    // segments: the answer streams nothing, however its bytes were cut.
    add({.layer = Layer::Http1,
         .kind = kindOf(Http1Kind::RequestHead),
         .origin = Origin::Client,
         .direction = Direction::ClientToServer,
         .connection = 2,
         .stream = 6,
         .timeNs = 900'000'000});
    add({.layer = Layer::Http1,
         .kind = kindOf(Http1Kind::ResponseHead),
         .origin = Origin::Client,
         .direction = Direction::ServerToClient,
         .connection = 2,
         .stream = 6,
         .timeNs = 1'000'000'000});
    for (int i = 6; i <= 7; ++i)
        add({.layer = Layer::Session,
             .kind = kindOf(SessionKind::UpdateDelivered),
             .origin = Origin::Client,
             .stream = quint32(i),
             .timeNs = 1'000'000'000 + (i - 6) * 5'000'000,
             .value = 960'000'000 + (i - 6) * 10'000'000});
    const ShootoutStatistics batched = ShootoutStatistics::compute(events);
    QCOMPARE(batched.deliveries, 7);
    QCOMPARE(batched.streamedUpdates, 2);
    QCOMPARE(batched.pushedUpdates, 2);
}

void ShootoutTest::allFourSidesComplete()
{
    for (const Run& run : std::as_const(m_runs)) {
        QVERIFY2(run.finished, qPrintable(run.settings.value(QStringLiteral("title")).toString()));
        QVERIFY2(run.outcome == SessionOutcome::Completed,
                 qPrintable(run.settings.value(QStringLiteral("title")).toString() + QLatin1String(": ") +
                            run.reason));
        const ShootoutStatistics stats = ShootoutStatistics::compute(*run.timeline);
        QVERIFY(stats.finished);
        QCOMPARE(stats.exchanges, Exchanges);
        QCOMPARE(stats.updates, Updates);
        QCOMPARE(stats.deliveries, Updates);
    }
}

void ShootoutTest::statisticsEqualTheEvents()
{
    for (const Run& run : std::as_const(m_runs)) {
        const QList<Event> events = run.timeline->events();
        const ShootoutStatistics stats = ShootoutStatistics::compute(events);
        QHash<quint32, qint64> asked;
        QList<qint64> requestLatencies;
        QList<qint64> updateLatencies;
        qint64 wire = 0;
        int syns = 0;
        for (const Event& e : events) {
            if (e.is(Layer::Session, SessionKind::ObjectRequested))
                asked.insert(e.stream, e.timeNs);
            else if (e.is(Layer::Session, SessionKind::ObjectCompleted))
                requestLatencies.append(e.timeNs - asked.value(e.stream));
            else if (e.is(Layer::Session, SessionKind::UpdateDelivered))
                updateLatencies.append(e.timeNs - e.value);
            else if (e.is(Layer::Wire, WireKind::SegmentDelivered))
                wire += e.size;
            else if (e.is(Layer::Wire, WireKind::Syn))
                ++syns;
        }
        QCOMPARE(requestLatencies.size(), qsizetype(Exchanges));
        QCOMPARE(stats.requestLatencyMedianNs, median(requestLatencies));
        QCOMPARE(stats.updateLatencyMedianNs, median(updateLatencies));
        QCOMPARE(stats.wireBytes(), wire);
        QCOMPARE(stats.connections, syns);
        // An answer needs the request to cross the link and the answer to come back: a round trip at least.
        QVERIFY(stats.requestLatencyMinNs >= RttNs);
        // The news crossed the link once: half a round trip at least, and it was not held back long.
        QVERIFY(stats.updateLatencyMinNs >= RttNs / 2);
        PROTOVIZ_VERIFY_TIMING(stats.updateLatencyMedianNs < 3 * RttNs,
                               "an update is not held back much beyond the one-way delay");
    }
}

void ShootoutTest::connectionsAndProperties()
{
    const ShootoutStatistics http = ShootoutStatistics::compute(*m_runs[0].timeline);
    const ShootoutStatistics https = ShootoutStatistics::compute(*m_runs[1].timeline);
    const ShootoutStatistics grpc = ShootoutStatistics::compute(*m_runs[2].timeline);
    const ShootoutStatistics webSocket = ShootoutStatistics::compute(*m_runs[3].timeline);
    // A pool of connections for the requests and one for the long poll, against one connection.
    QVERIFY2(http.connections > 1, qPrintable(QString::number(http.connections)));
    QVERIFY(https.connections > 1);
    QCOMPARE(grpc.connections, 1);
    QCOMPARE(webSocket.connections, 1);
    // Long polling asks for every update; the stream and the socket bring them unasked.
    QCOMPARE(http.pushedUpdates, 0);
    QCOMPARE(http.streamedUpdates, 0);
    QCOMPARE(https.pushedUpdates, 0);
    QCOMPARE(grpc.streamedUpdates, Updates - 1);
    QCOMPARE(grpc.pushedUpdates, Updates - 1);
    QCOMPARE(webSocket.streamedUpdates, Updates - 1);
    QCOMPARE(webSocket.pushedUpdates, Updates - 1);
    // Every exchange and every poll is an HTTP request of its own.
    QVERIFY(http.clientRequests > Exchanges + 1);
    // Encryption where the protocol says so, and only there.
    const auto handshakes = [](const Run& run) {
        return countEvents(run.timeline->events(), Layer::Tls, kindOf(TlsKind::HandshakeComplete),
                           Origin::Client);
    };
    QCOMPARE(handshakes(m_runs[0]), 0);
    QCOMPARE(handshakes(m_runs[1]), https.connections);
    QCOMPARE(handshakes(m_runs[2]), 1);
    QCOMPARE(handshakes(m_runs[3]), 1);
    // TLS costs bytes: the same workload over HTTPS moves more than over HTTP.
    QVERIFY(https.wireBytes() > http.wireBytes());
}

void ShootoutTest::lessonsNameTheFigures()
{
    // What choosing-a-protocol asks: a.shootout.NAME ... d.shootout.NAME, measured from the same run.
    QList<QList<Event>> sides;
    for (const Run& run : std::as_const(m_runs))
        sides.append(run.timeline->events());
    const RunMeasurements measurements(smallKnobs(), sides);
    QString error;
    QCOMPARE(measurements.variable(QStringLiteral("d.shootout.pushedUpdates"), &error),
             std::optional<double>(Updates - 1));
    QCOMPARE(measurements.variable(QStringLiteral("a.shootout.pushedUpdates"), &error),
             std::optional<double>(0));
    QCOMPARE(measurements.variable(QStringLiteral("c.shootout.serverPush"), &error),
             std::optional<double>(1));
    QCOMPARE(measurements.variable(QStringLiteral("b.shootout.exchanges"), &error),
             std::optional<double>(Exchanges));
    const ShootoutStatistics grpc = ShootoutStatistics::compute(*m_runs[2].timeline);
    QCOMPARE(measurements.variable(QStringLiteral("c.shootout.updateLatencyMeanMs"), &error),
             std::optional<double>(double(grpc.updateLatencyMeanNs) / 1e6));
    QVERIFY(!measurements.variable(QStringLiteral("d.shootout.noSuchFigure"), &error));
    QVERIFY(error.contains(QLatin1String("pushedUpdates")));
}

QTEST_GUILESS_MAIN(ShootoutTest)
#include "tst_shootout.moc"

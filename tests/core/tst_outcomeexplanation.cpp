#include "tests/support/testsupport.h"

#include "core/http/workload.h"
#include "core/session/comparison.h"
#include "core/session/outcomeexplanation.h"
#include "core/session/pollingstatistics.h"
#include "core/session/sessionconfig.h"
#include "core/session/sessionstatistics.h"
#include "core/session/shootoutstatistics.h"
#include "core/timeline/timeline.h"

#include <QLocale>
#include <QTest>

#include <algorithm>
#include <limits>
#include <optional>

using namespace protoviz;

namespace {

constexpr qint64 Millisecond = 1000000;

using Mechanism = OutcomeReason::Mechanism;

std::optional<OutcomeReason> find(const QList<OutcomeReason>& reasons, Mechanism mechanism, int side)
{
    for (const OutcomeReason& reason : reasons) {
        if (reason.mechanism == mechanism && reason.side == side)
            return reason;
    }
    return std::nullopt;
}

QString dump(const QList<OutcomeReason>& reasons)
{
    return OutcomeExplanation::sentences(reasons).join(QLatin1Char('\n'));
}

/// The time a session event of kind (not the document) for object index happened, -1 if none.
qint64 objectEventNs(const QList<Event>& events, SessionKind kind, quint32 index)
{
    for (const Event& e : events) {
        if (e.is(Layer::Session, kind) && !(e.flags & 0x1) && e.stream == index)
            return e.timeNs;
    }
    return -1;
}

/// A number as the sentences write it: "7,172".
QString grouped(qint64 value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value);
}

ScenarioKnobs smallKnobs()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 20 * Millisecond;
    knobs.link.seed = 11;
    knobs.timeoutSeconds = 60;
    return knobs;
}

} // namespace

class OutcomeExplanationTest : public QObject
{
    Q_OBJECT

private slots:
    void mixedWorkloadMakesTheFirstObjectLarge();
    void refusesNothingItCannotRead();
    void namesTcpHeadOfLineBlockingUnderLoss();
    void namesTheLargeResponseBlockingPipelinedOnes();
    void namesEarlyData();
    void namesEmptyPolls();
    void namesPushInTheShootout();
    void givesTheSessionsOwnFindings();
};

void OutcomeExplanationTest::mixedWorkloadMakesTheFirstObjectLarge()
{
    const Workload mixed(5, 1000, 50000);
    QCOMPARE(mixed.largeObjectIndex(), 0);
    QCOMPARE(mixed.objectBody(0).size(), 50000);
    for (int i = 1; i < 5; ++i)
        QCOMPARE(mixed.objectBody(i).size(), 1000);
    QCOMPARE(Workload(5, 1000).largeObjectIndex(), -1);
    QCOMPARE(Workload(5, 1000).objectBody(0).size(), 1000);

    SessionConfig config;
    config.largeObjectSize = -1;
    QVERIFY(!config.validationError().isEmpty());
    config.largeObjectSize = 65536;
    QVERIFY2(config.validationError().isEmpty(), qPrintable(config.validationError()));
    QCOMPARE(config.toVariantMap().value(QStringLiteral("largeObjectSize")).toInt(), 65536);
}

void OutcomeExplanationTest::refusesNothingItCannotRead()
{
    QVERIFY(OutcomeExplanation::explain(QStringLiteral("h1-vs-h2"), {}).isEmpty());
    QVERIFY(OutcomeExplanation::explain(QStringLiteral("h1-vs-h2"), {nullptr}).isEmpty());
    // A timeline with no events at all (a session that never started) still gets a plain sentence.
    Timeline empty(SessionClock::startingNow());
    const QList<OutcomeReason> reasons =
        OutcomeExplanation::explain(QStringLiteral("h1-vs-h2"), {&empty, &empty});
    QVERIFY(!reasons.isEmpty());
    QCOMPARE(reasons.constFirst().mechanism, Mechanism::Outcome);
    QCOMPARE(reasons.constFirst().side, -1);
}

void OutcomeExplanationTest::namesTcpHeadOfLineBlockingUnderLoss()
{
    ScenarioKnobs knobs = smallKnobs();
    knobs.objects = 30;
    knobs.objectSize = 16 * 1024;
    knobs.link.lossRate = 0.03;
    const std::unique_ptr<Comparison> comparison = test::runComparison(QStringLiteral("h1-vs-h2"), knobs);
    QVERIFY(comparison);
    const QList<OutcomeReason> reasons = OutcomeExplanation::explain(*comparison);
    const SessionStatistics h1 = SessionStatistics::compute(*comparison->timelines().at(0));
    const SessionStatistics h2 = SessionStatistics::compute(*comparison->timelines().at(1));
    QVERIFY2(h2.segmentsBlocked > 0, "3 % loss over 30 objects should hold back some HTTP/2 segment");

    const std::optional<OutcomeReason> hol = find(reasons, Mechanism::TcpHeadOfLineBlocking, 1);
    QVERIFY2(hol, qPrintable(dump(reasons)));
    QCOMPARE(hol->figures.value(QStringLiteral("blockedSegments")).toLongLong(), h2.segmentsBlocked);
    QCOMPARE(hol->figures.value(QStringLiteral("lostSegments")).toLongLong(), h2.segmentsLost);
    QVERIFY(hol->text.contains(grouped(h2.segmentsBlocked)));
    QVERIFY(hol->text.contains(QStringLiteral("HTTP/2 stream")));

    // How long deliveries stood still, measured here from the link's own events: each held segment
    // waited from the planned arrival of the attempt that got through to its delivery; on the single
    // HTTP/2 connection those waits overlap, so their union is the time every stream stood still.
    QList<std::pair<qint64, qint64>> waits;
    qint64 longest = 0;
    QHash<QString, qint64> arrival;
    for (const Event& e : comparison->timelines().at(1)->events()) {
        const QString key = QStringLiteral("%1/%2/%3").arg(e.connection).arg(int(e.direction)).arg(e.stream);
        if (e.is(Layer::Wire, WireKind::SegmentSent)) {
            arrival.insert(key, e.value);
        } else if (e.is(Layer::Wire, WireKind::SegmentDelivered) && (e.flags & WireFlag::HeadOfLineBlocked) &&
                   arrival.value(key) < e.timeNs) {
            waits.append({arrival.value(key), e.timeNs});
            longest = std::max(longest, e.timeNs - arrival.value(key));
        }
    }
    QCOMPARE(h2.connections, 1);
    std::sort(waits.begin(), waits.end());
    qint64 stalled = 0;
    qint64 coveredUntil = std::numeric_limits<qint64>::min();
    for (const auto& [from, to] : std::as_const(waits)) {
        const qint64 start = std::max(from, coveredUntil);
        if (to > start)
            stalled += to - start;
        coveredUntil = std::max(coveredUntil, to);
    }
    QCOMPARE(hol->figures.value(QStringLiteral("stalledNs")).toLongLong(), stalled);
    QCOMPARE(hol->figures.value(QStringLiteral("longestBlockedWaitNs")).toLongLong(), longest);
    QVERIFY(stalled > 0);

    if (h1.segmentsBlocked > 0) {
        const std::optional<OutcomeReason> h1Hol = find(reasons, Mechanism::TcpHeadOfLineBlocking, 0);
        QVERIFY(h1Hol);
        QCOMPARE(h1Hol->figures.value(QStringLiteral("blockedSegments")).toLongLong(), h1.segmentsBlocked);
    }
    // Connection setup and HPACK cite the statistics too.
    const std::optional<OutcomeReason> setup = find(reasons, Mechanism::ConnectionSetup, -1);
    QVERIFY2(setup, qPrintable(dump(reasons)));
    QCOMPARE(setup->figures.value(QStringLiteral("Aconnections")).toInt(), h1.connections);
    QCOMPARE(setup->figures.value(QStringLiteral("Bconnections")).toInt(), h2.connections);
    QCOMPARE(setup->figures.value(QStringLiteral("AroundTrips")).toInt(), h1.roundTrips);
    QCOMPARE(setup->figures.value(QStringLiteral("BroundTrips")).toInt(), h2.roundTrips);
    const std::optional<OutcomeReason> hpack = find(reasons, Mechanism::HeaderCompression, 1);
    QVERIFY(hpack);
    QCOMPARE(hpack->figures.value(QStringLiteral("headerBytes")).toLongLong(), h2.headerBytes);
    QCOMPARE(hpack->figures.value(QStringLiteral("headerTextBytes")).toLongLong(), h2.headerTextBytes);
    QVERIFY(hpack->text.contains(grouped(h2.headerBytes)));
    // The headline names who was first and cites both times.
    const OutcomeReason& outcome = reasons.constFirst();
    QCOMPARE(outcome.mechanism, Mechanism::Outcome);
    QCOMPARE(outcome.side, h1.totalTimeNs <= h2.totalTimeNs ? 0 : 1);
    QCOMPARE(outcome.figures.value(QStringLiteral("ANs")).toLongLong(), h1.totalTimeNs);
    QCOMPARE(outcome.figures.value(QStringLiteral("BNs")).toLongLong(), h2.totalTimeNs);
}

void OutcomeExplanationTest::namesTheLargeResponseBlockingPipelinedOnes()
{
    ScenarioKnobs knobs = smallKnobs();
    knobs.objects = 6; // the large one and five small ones: all fit the pipeline at once
    knobs.objectSize = 1024;
    knobs.largeObjectSize = 256 * 1024;
    knobs.link.upstreamBitsPerSecond = knobs.link.downstreamBitsPerSecond = 20000000;
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("h1-pipelining"), knobs);
    QVERIFY(comparison);
    const QList<OutcomeReason> reasons = OutcomeExplanation::explain(*comparison);

    // B pipelines: every small response was requested before the large one ended and came after it.
    const Timeline& pipelined = *comparison->timelines().at(1);
    const QList<Event> events = pipelined.events();
    const qint64 largeDone = objectEventNs(events, SessionKind::ObjectCompleted, 0);
    QVERIFY(largeDone > 0);
    int held = 0;
    for (const Event& e : events) {
        if (!e.is(Layer::Http1, Http1Kind::RequestHead) || e.origin != Origin::Client || e.timeNs > largeDone)
            continue;
        const QString target = pipelined.detail(e).fieldValue(u"target");
        const int index = target.mid(int(qstrlen("/tiles/"))).toInt();
        if (target.startsWith(QLatin1String("/tiles/")) && index != 0 &&
            objectEventNs(events, SessionKind::ObjectCompleted, quint32(index)) > largeDone)
            ++held;
    }
    QCOMPARE(held, 5);
    for (const Event& e : events) {
        if (e.is(Layer::Session, SessionKind::ObjectCompleted) && !(e.flags & 0x1))
            QCOMPARE(qint64(e.size),
                     e.stream == 0 ? qint64(knobs.largeObjectSize) : qint64(knobs.objectSize));
    }
    const std::optional<OutcomeReason> blocking = find(reasons, Mechanism::HttpHeadOfLineBlocking, 1);
    QVERIFY2(blocking, qPrintable(dump(reasons)));
    QCOMPARE(blocking->figures.value(QStringLiteral("heldResponses")).toInt(), held);
    QCOMPARE(blocking->figures.value(QStringLiteral("largeObject")).toInt(), 0);
    QCOMPARE(blocking->figures.value(QStringLiteral("largeBytes")).toLongLong(),
             qint64(knobs.largeObjectSize));
    QCOMPARE(blocking->figures.value(QStringLiteral("largeTimeNs")).toLongLong(),
             largeDone - objectEventNs(events, SessionKind::ObjectRequested, 0));
    QVERIFY2(blocking->text.contains(QStringLiteral("5 smaller response")), qPrintable(blocking->text));
    qint64 startNs = 0;
    qint64 smallDone = 0;
    for (const Event& e : events) {
        if (e.is(Layer::Session, SessionKind::Started))
            startNs = e.timeNs;
        if (e.is(Layer::Session, SessionKind::ObjectCompleted) && !(e.flags & 0x1) && e.stream != 0)
            smallDone = std::max(smallDone, e.timeNs - startNs);
    }
    QCOMPARE(blocking->figures.value(QStringLiteral("smallDoneNs")).toLongLong(), smallDone);
    QVERIFY(smallDone > largeDone - startNs); // the small ones came after the large one

    // A waits for every response: the small ones queue in the client behind the large one.
    const QList<Event> serial = comparison->timelines().at(0)->events();
    const qint64 serialLargeDone = objectEventNs(serial, SessionKind::ObjectCompleted, 0);
    int queued = 0;
    for (quint32 i = 1; i < quint32(knobs.objects); ++i)
        queued += objectEventNs(serial, SessionKind::ObjectCompleted, i) > serialLargeDone ? 1 : 0;
    const std::optional<OutcomeReason> queue = find(reasons, Mechanism::HttpHeadOfLineBlocking, 0);
    QVERIFY2(queue, qPrintable(dump(reasons)));
    QCOMPARE(queue->figures.value(QStringLiteral("queued")).toInt(), queued);
    QCOMPARE(queued, knobs.objects - 1);

    // Pipelining shares round trips, and the sentence cites both sides' counts.
    const std::optional<OutcomeReason> rounds = find(reasons, Mechanism::CallRoundTrips, 1);
    QVERIFY2(rounds, qPrintable(dump(reasons)));
    QCOMPARE(rounds->figures.value(QStringLiteral("roundTrips")).toInt(),
             SessionStatistics::compute(pipelined).roundTrips);
}

void OutcomeExplanationTest::namesEarlyData()
{
    ScenarioKnobs knobs = smallKnobs();
    knobs.objects = 1;
    knobs.objectSize = 1024;
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("tls13-resumed-vs-0rtt"), knobs);
    QVERIFY(comparison);
    const QList<OutcomeReason> reasons = OutcomeExplanation::explain(*comparison);
    QVERIFY2(!find(reasons, Mechanism::EarlyData, 0), qPrintable(dump(reasons)));
    const std::optional<OutcomeReason> early = find(reasons, Mechanism::EarlyData, 1);
    QVERIFY2(early, qPrintable(dump(reasons)));

    qint64 sent = 0;
    bool accepted = false;
    for (const Event& e : comparison->timelines().at(1)->events()) {
        if (e.is(Layer::Tls, TlsKind::EarlyData) && e.origin == Origin::Client) {
            if (e.flags == 0)
                sent += e.size;
            else
                accepted = e.flags == 1;
        }
    }
    QVERIFY(sent > 0);
    QCOMPARE(early->figures.value(QStringLiteral("earlyDataBytes")).toLongLong(), sent);
    QCOMPARE(early->figures.value(QStringLiteral("accepted")).toBool(), accepted);
    QVERIFY(early->text.contains(grouped(sent)));
    QVERIFY(early->figures.value(QStringLiteral("earlyDataAheadNs")).toLongLong() > 0);

    // Both resumed: neither side's server sent a certificate, so no side is credited with skipping it.
    QVERIFY(!find(reasons, Mechanism::Resumption, 0));
    const std::optional<OutcomeReason> rounds = find(reasons, Mechanism::HandshakeRoundTrips, -1);
    QVERIFY(rounds);
    QCOMPARE(rounds->figures.value(QStringLiteral("BroundTrips")).toInt(),
             SessionStatistics::compute(*comparison->timelines().at(1)).roundTrips);
}

void OutcomeExplanationTest::namesEmptyPolls()
{
    ScenarioKnobs knobs = smallKnobs();
    knobs.link.rttNs = 10 * Millisecond;
    knobs.clients = 1;
    knobs.updatesPerSecond = 2;
    knobs.durationSeconds = 2;
    knobs.pollIntervalMs = 100; // five polls an update: most come back empty
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("polling-vs-websocket"), knobs);
    QVERIFY(comparison);
    const QList<OutcomeReason> reasons = OutcomeExplanation::explain(*comparison);

    int side = -1;
    for (int i = 0; i < comparison->timelines().size(); ++i) {
        if (find(reasons, Mechanism::EmptyPolls, i))
            side = i;
    }
    QVERIFY2(side >= 0, qPrintable(dump(reasons)));
    const Timeline& polling = *comparison->timelines().at(side);
    // Polls and empty answers counted here from the HTTP/1.1 events: a response of no bytes to GET /updates.
    QHash<quint64, bool> isPoll;
    int polls = 0;
    int empty = 0;
    for (const Event& e : polling.events()) {
        const quint64 key = (quint64(e.connection) << 32) | e.stream;
        if (e.is(Layer::Http1, Http1Kind::RequestHead) && e.origin == Origin::Client)
            isPoll.insert(key, polling.detail(e).fieldValue(u"target").startsWith(QLatin1String("/updates")));
        if (e.is(Layer::Http1, Http1Kind::MessageEnd) && e.origin == Origin::Client &&
            e.direction == Direction::ServerToClient && isPoll.value(key)) {
            ++polls;
            empty += e.size == 0 ? 1 : 0;
        }
    }
    const std::optional<OutcomeReason> emptyPolls = find(reasons, Mechanism::EmptyPolls, side);
    QCOMPARE(emptyPolls->figures.value(QStringLiteral("polls")).toInt(), polls);
    QCOMPARE(emptyPolls->figures.value(QStringLiteral("emptyPolls")).toInt(), empty);
    QVERIFY2(empty > 0, "polling ten times a second for two updates a second must come back empty often");

    const PollingStatistics stats = PollingStatistics::compute(polling);
    const std::optional<OutcomeReason> requests = find(reasons, Mechanism::RequestsPerUpdate, -1);
    QVERIFY(requests);
    const QString letter(QLatin1Char(char('A' + side)));
    QCOMPARE(requests->figures.value(letter + QLatin1String("httpRequests")).toInt(), stats.httpRequests);
    QCOMPARE(requests->figures.value(letter + QLatin1String("deliveries")).toInt(), stats.deliveries);
    const std::optional<OutcomeReason> overhead = find(reasons, Mechanism::UpdateOverhead, -1);
    QVERIFY(overhead);
    QCOMPARE(overhead->figures.value(letter + QLatin1String("overheadPerDelivery")).toDouble(),
             stats.overheadPerDelivery());
}

void OutcomeExplanationTest::namesPushInTheShootout()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 20'000'000;
    knobs.objects = 3;
    knobs.objectSize = 512;
    knobs.updatesPerSecond = 5;
    knobs.durationSeconds = 1;
    knobs.timeoutSeconds = 30;
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("protocol-shootout"), knobs);
    QVERIFY(comparison);
    const QList<OutcomeReason> reasons = OutcomeExplanation::explain(*comparison);
    QCOMPARE(reasons.size(), comparison->timelines().size());
    for (const OutcomeReason& reason : reasons) {
        QCOMPARE(reason.mechanism, OutcomeReason::Mechanism::Push);
        const ShootoutStatistics stats =
            ShootoutStatistics::compute(*comparison->timelines().at(reason.side));
        QCOMPARE(reason.figures.value(QStringLiteral("pushedUpdates")).toInt(), stats.pushedUpdates);
        QCOMPARE(reason.figures.value(QStringLiteral("deliveries")).toInt(), stats.deliveries);
        QCOMPARE(reason.figures.value(QStringLiteral("connections")).toInt(), stats.connections);
        // Long polling asks for every update; gRPC's stream and the WebSocket push them.
        QCOMPARE(stats.serverPush(), reason.side >= 2);
        QVERIFY2(
            reason.text.contains(reason.side >= 2 ? QLatin1String("pushed") : QLatin1String("asked anew")),
            qPrintable(reason.text));
    }
}

void OutcomeExplanationTest::givesTheSessionsOwnFindings()
{
    // The tamper sessions count and conclude for themselves: their finish reasons are the "why".
    ScenarioKnobs knobs;
    knobs.link.rttNs = 20'000'000;
    knobs.timeoutSeconds = 30;
    const std::unique_ptr<Comparison> comparison = test::runComparison(QStringLiteral("tamper"), knobs);
    QVERIFY(comparison);
    const QList<OutcomeReason> reasons = OutcomeExplanation::explain(*comparison);
    QCOMPARE(reasons.size(), 2);
    for (const OutcomeReason& reason : reasons) {
        QCOMPARE(reason.mechanism, OutcomeReason::Mechanism::SessionFinding);
        const Timeline& timeline = *comparison->timelines().at(reason.side);
        QString finish;
        for (const Event& e : timeline.events()) {
            if (e.is(Layer::Session, SessionKind::Finished))
                finish = timeline.detail(e).text;
        }
        QVERIFY(!finish.isEmpty());
        QVERIFY2(reason.text.endsWith(finish), qPrintable(reason.text));
    }
    QVERIFY(reasons[0].text.contains(QLatin1String("altered")));
    QVERIFY(reasons[1].text.contains(QLatin1String("bad_record_mac")));
}

QTEST_GUILESS_MAIN(OutcomeExplanationTest)
#include "tst_outcomeexplanation.moc"

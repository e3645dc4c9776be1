#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/pageloader.h"
#include "core/session/pageloadsession.h"
#include "core/session/sessionrunner.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include <QSignalSpy>
#include <QTest>

using namespace protoviz;

namespace {

constexpr qint64 Millisecond = 1000000;

SessionConfig config(HttpVersion http, bool tls, qint64 rttMs, int objects = 10, int objectSize = 2048)
{
    SessionConfig c;
    c.http = http;
    c.tls = tls;
    c.link.rttNs = rttMs * Millisecond;
    c.objects = objects;
    c.objectSize = objectSize;
    c.timeoutSeconds = 60;
    c.title = c.protocolLabel();
    return c;
}

// Runs one session to its end on its own thread, as the CLI and the GUI do.
SessionStatistics runSession(const SessionConfig& c, Timeline* timeline)
{
    SessionRunner runner([c](Timeline* t) -> SessionWorker* { return new PageLoadSession(c, t); }, timeline);
    QSignalSpy finished(&runner, &SessionRunner::finished);
    runner.start();
    if (!finished.wait(c.timeoutSeconds * 1000 + 5000))
        qWarning("session did not finish");
    QCoreApplication::processEvents();
    return SessionStatistics::compute(*timeline);
}

} // namespace

class PageLoadSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void fidelity_data();
    void fidelity();
    void loadsEveryObjectAndAccountsForEveryByte_data();
    void loadsEveryObjectAndAccountsForEveryByte();
    void countsSequentialRoundTripsExactly();
    void survivesLossWithHeadOfLineBlocking();
    void bandwidthLimitsTheTransfer();
    void recordsTheConnectionIdsTheLinkGave();
    void comparisonRunsBothSidesOnOneClock();
    void refusesImpossibleSettings();
    void aTargetIsGivenByItsAddress();
    void cancelStopsARunningSession();
};

void PageLoadSessionTest::fidelity_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("roundTrips");
    // First response byte after connect starts: TCP handshake (1 RTT) + request/response (1 RTT), plus one
    // RTT for a TLS 1.3 handshake.
    QTest::newRow("HTTP/1.1 cleartext") << int(HttpVersion::Http1) << false << 2;
    QTest::newRow("h2c prior knowledge") << int(HttpVersion::Http2) << false << 2;
    QTest::newRow("h2 over TLS 1.3") << int(HttpVersion::Http2) << true << 3;
    QTest::newRow("HTTP/1.1 over TLS 1.3") << int(HttpVersion::Http1) << true << 3;
}

void PageLoadSessionTest::fidelity()
{
    QFETCH(int, http);
    QFETCH(bool, tls);
    QFETCH(int, roundTrips);
    constexpr qint64 rttMs = 100;
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics stats = runSession(config(HttpVersion(http), tls, rttMs, 1, 1000), &timeline);
    QCOMPARE(stats.outcome, SessionOutcome::Completed);
    const qint64 expected = roundTrips * rttMs * Millisecond;
    const qint64 measured = stats.timeToFirstByteNs;
    const QString why = QStringLiteral("time to first byte %1 ms, expected %2 ms ± 10 %")
                            .arg(double(measured) / Millisecond)
                            .arg(expected / Millisecond);
    // The network cannot be faster than its round trips; only a busy CPU makes it slower.
    QVERIFY2(measured >= expected * 9 / 10, qPrintable(why));
    PROTOVIZ_VERIFY_TIMING(measured <= expected * 11 / 10, qPrintable(why));
}

void PageLoadSessionTest::loadsEveryObjectAndAccountsForEveryByte_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<bool>("tls");
    QTest::newRow("HTTP/1.1 cleartext") << int(HttpVersion::Http1) << false;
    QTest::newRow("HTTP/1.1 TLS") << int(HttpVersion::Http1) << true;
    QTest::newRow("h2c") << int(HttpVersion::Http2) << false;
    QTest::newRow("h2 TLS") << int(HttpVersion::Http2) << true;
}

void PageLoadSessionTest::loadsEveryObjectAndAccountsForEveryByte()
{
    QFETCH(int, http);
    QFETCH(bool, tls);
    constexpr int objects = 40;
    constexpr int objectSize = 3000;
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics stats =
        runSession(config(HttpVersion(http), tls, 5, objects, objectSize), &timeline);
    QCOMPARE(stats.outcome, SessionOutcome::Completed);
    QCOMPARE(stats.objectsCompleted, objects);
    QCOMPARE(stats.connections, HttpVersion(http) == HttpVersion::Http1 ? 6 : 1);
    // The page document plus every object body crossed the wire.
    QVERIFY(stats.bodyBytes > qint64(objects) * objectSize);
    // Every byte on the wire is headers, body, framing or TLS; over cleartext nothing is left for TLS.
    QCOMPARE(stats.headerBytes + stats.bodyBytes + stats.framingBytes + stats.tlsBytes, stats.wireBytes());
    if (!tls)
        QCOMPARE(stats.tlsBytes, 0);
    else
        QVERIFY(stats.tlsBytes > 1000); // handshakes with certificates, record headers, tags
    if (HttpVersion(http) == HttpVersion::Http2) {
        QVERIFY(stats.framingBytes > 0);
        QVERIFY(stats.headerCompression() > 0.5);
    } else {
        QCOMPARE(stats.headerCompression(), 0.0);
    }
    // Each object completed once, with its size.
    QSet<quint32> completed;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Session, SessionKind::ObjectCompleted) &&
            !(event.flags & PageLoader::DocumentFlag)) {
            QCOMPARE(event.size, quint32(objectSize));
            completed.insert(event.stream);
        }
    }
    QCOMPARE(completed.size(), objects);
}

void PageLoadSessionTest::countsSequentialRoundTripsExactly()
{
    // One HTTP/1.1 connection without pipelining: the SYN, the page, then each object in turn.
    SessionConfig c = config(HttpVersion::Http1, false, 20, 5, 100);
    c.connectionsPerHost = 1;
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics serial = runSession(c, &timeline);
    QCOMPARE(serial.outcome, SessionOutcome::Completed);
    QCOMPARE(serial.roundTrips, 2 + 5);
    QVERIFY(serial.totalTimeNs >= 7 * 20 * Millisecond);

    // HTTP/2 asks for every object at once: SYN, page, objects.
    Timeline multiplexed(SessionClock::startingNow());
    const SessionStatistics h2 = runSession(config(HttpVersion::Http2, false, 20, 5, 100), &multiplexed);
    QCOMPARE(h2.roundTrips, 3);
    // TLS 1.3 adds its one round trip.
    Timeline secure(SessionClock::startingNow());
    const SessionStatistics h2tls = runSession(config(HttpVersion::Http2, true, 20, 5, 100), &secure);
    QCOMPARE(h2tls.roundTrips, 4);
}

void PageLoadSessionTest::survivesLossWithHeadOfLineBlocking()
{
    SessionConfig c = config(HttpVersion::Http2, false, 20, 60, 8000);
    c.link.lossRate = 0.05;
    c.link.seed = 7;
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics stats = runSession(c, &timeline);
    QCOMPARE(stats.outcome, SessionOutcome::Completed);
    QCOMPARE(stats.objectsCompleted, 60);
    QVERIFY(stats.segmentsLost > 0);
    QVERIFY(stats.segmentsBlocked > 0);
    // A loss costs at least the retransmission timeout (RTT + 200 ms) on top of the lossless time.
    QVERIFY(stats.totalTimeNs > 220 * Millisecond);
}

void PageLoadSessionTest::bandwidthLimitsTheTransfer()
{
    // 400 KB down at 8 Mbit/s takes at least 400 ms of serialization alone.
    SessionConfig c = config(HttpVersion::Http2, false, 0, 100, 4000);
    c.link.downstreamBitsPerSecond = c.link.upstreamBitsPerSecond = 8000000;
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics stats = runSession(c, &timeline);
    QCOMPARE(stats.outcome, SessionOutcome::Completed);
    const qint64 serialization = stats.wireBytesDown * 8 * 1000000000 / 8000000;
    QVERIFY2(stats.totalTimeNs >= serialization * 95 / 100,
             qPrintable(QStringLiteral("%1 ms for %2 bytes")
                            .arg(stats.totalTimeNs / Millisecond)
                            .arg(stats.wireBytesDown)));
    PROTOVIZ_VERIFY_TIMING(stats.totalTimeNs <= serialization * 13 / 10 + 100 * Millisecond,
                           qPrintable(QStringLiteral("%1 ms").arg(stats.totalTimeNs / Millisecond)));
}

void PageLoadSessionTest::recordsTheConnectionIdsTheLinkGave()
{
    Timeline timeline(SessionClock::startingNow());
    runSession(config(HttpVersion::Http1, true, 2, 12, 100), &timeline);
    QSet<quint32> wire;
    QSet<quint32> client;
    QSet<quint32> server;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Wire, WireKind::Syn))
            wire.insert(event.connection);
        else if (event.layer == Layer::Http1 && event.origin == Origin::Client)
            client.insert(event.connection);
        else if (event.layer == Layer::Tls && event.origin == Origin::Server)
            server.insert(event.connection);
    }
    QCOMPARE(wire.size(), 6);
    QCOMPARE(client, wire);
    QCOMPARE(server, wire);
    QVERIFY(!wire.contains(0));
}

void PageLoadSessionTest::comparisonRunsBothSidesOnOneClock()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * Millisecond;
    knobs.objects = 5;
    QString error;
    const std::optional<Scenario> scenario = ScenarioCatalog::make(QStringLiteral("h1-vs-h2"), knobs, &error);
    QVERIFY2(scenario, qPrintable(error));
    Comparison comparison(*scenario);
    QCOMPARE(comparison.timelineA()->clock().originNs(), comparison.timelineB()->clock().originNs());
    QSignalSpy finished(&comparison, &Comparison::finished);
    comparison.start();
    QVERIFY(finished.wait(30000));
    const SessionStatistics a = SessionStatistics::compute(*comparison.timelineA());
    const SessionStatistics b = SessionStatistics::compute(*comparison.timelineB());
    QCOMPARE(a.objectsCompleted, 5);
    QCOMPARE(b.objectsCompleted, 5);
    QCOMPARE(comparison.timelineA()->title(), QStringLiteral("HTTP/1.1 over TLS"));
    QCOMPARE(comparison.timelineB()->settings().value(QStringLiteral("protocol")).toString(),
             QStringLiteral("h2"));
    // Both started within a few milliseconds of each other on the shared clock.
    const qint64 startA = comparison.timelineA()->at(0).timeNs;
    const qint64 startB = comparison.timelineB()->at(0).timeNs;
    QVERIFY(qAbs(startA - startB) < 200 * Millisecond);
}

void PageLoadSessionTest::refusesImpossibleSettings()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 5000 * Millisecond;
    QString error;
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("h1-vs-h2"), knobs, &error));
    QVERIFY(error.contains(QLatin1String("2000")));
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("no-such-thing"), ScenarioKnobs(), &error));
    QVERIFY(error.contains(QLatin1String("h1-vs-h2")));

    // A session asked to run anyway fails cleanly with the explanation on its timeline.
    SessionConfig c = config(HttpVersion::Http1, false, 0);
    c.objects = 0;
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics stats = runSession(c, &timeline);
    QCOMPARE(stats.outcome, SessionOutcome::Failed);
    bool explained = false;
    for (const Event& event : timeline.events())
        explained = explained || (event.is(Layer::Session, SessionKind::Error) &&
                                  timeline.detail(event).text.contains(QLatin1String("objects")));
    QVERIFY(explained);
}

void PageLoadSessionTest::aTargetIsGivenByItsAddress()
{
    SessionConfig c = config(HttpVersion::Http2, true, 1);
    QString error;
    c.target = QUrl(QStringLiteral("https://127.0.0.1:8443/"));
    QCOMPARE(c.targetAddress(&error), QHostAddress(QHostAddress::LocalHost));
    c.target = QUrl(QStringLiteral("https://localhost:8443/"));
    QCOMPARE(c.targetAddress(&error), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(error.isEmpty());

    // A name is not looked up: the session says so instead of reaching wherever a resolver points.
    c.target = QUrl(QStringLiteral("https://example.invalid/"));
    QVERIFY(c.targetAddress(&error).isNull());
    QVERIFY(error.contains(QLatin1String("example.invalid")));
    Timeline timeline(SessionClock::startingNow());
    QCOMPARE(runSession(c, &timeline).outcome, SessionOutcome::Failed);
    bool explained = false;
    for (const Event& event : timeline.events())
        explained = explained || (event.is(SessionKind::Error) && timeline.detail(event).text == error);
    QVERIFY(explained);
}

void PageLoadSessionTest::cancelStopsARunningSession()
{
    const SessionConfig c = config(HttpVersion::Http1, false, 500, 50, 100);
    Timeline timeline(SessionClock::startingNow());
    SessionRunner runner([c](Timeline* t) -> SessionWorker* { return new PageLoadSession(c, t); }, &timeline);
    QSignalSpy finished(&runner, &SessionRunner::finished);
    runner.start();
    QTest::qWait(300);
    runner.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.outcome(), SessionOutcome::Cancelled);
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(PageLoadSessionTest)
#include "tst_pageloadsession.moc"

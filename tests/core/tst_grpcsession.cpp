#include "tests/support/testsupport.h"

#include "core/grpc/lessonmessages.h"
#include "core/session/comparison.h"
#include "core/session/grpcsession.h"
#include "core/session/grpcstatistics.h"
#include "core/session/sessionrunner.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz;

namespace {

constexpr qint64 Millisecond = 1000000;

ScenarioKnobs knobs(bool tls, qint64 rttMs, int items, int itemSize)
{
    ScenarioKnobs k;
    k.tls = tls;
    k.link.rttNs = rttMs * Millisecond;
    k.objects = items;
    k.objectSize = itemSize;
    k.timeoutSeconds = 60;
    return k;
}

// Runs a scenario's two sides to their end, as `protoviz-cli run` does.
bool runScenario(const QString& id, const ScenarioKnobs& k, std::unique_ptr<Comparison>* comparison)
{
    *comparison = test::runComparison(id, k, 90000);
    return *comparison != nullptr;
}

QSet<QString> methodsCalled(const Timeline& timeline)
{
    QSet<QString> methods;
    for (const Event& event : timeline.events()) {
        if (event.origin == Origin::Client && event.is(Layer::Grpc, GrpcKind::CallStarted))
            methods.insert(timeline.detail(event).text.section(QLatin1Char('/'), -1));
    }
    return methods;
}

void verifyByteAccounting(const SessionStatistics& stats, bool tls)
{
    QCOMPARE(stats.headerBytes + stats.bodyBytes + stats.framingBytes + stats.tlsBytes, stats.wireBytes());
    if (!tls)
        QCOMPARE(stats.tlsBytes, 0);
}

} // namespace

class GrpcSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void restAgainstGrpc_data();
    void restAgainstGrpc();
    void streamingShowsTheFourCallTypes();
    void sessionsRecordObjectsPerItem();
    void refusesWhatCannotRun();
    void catalogListsTheScenarios();
    void bothSidesWriteTheirKeys();
};

void GrpcSessionTest::restAgainstGrpc_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("cleartext") << false;
    QTest::newRow("TLS") << true;
}

void GrpcSessionTest::restAgainstGrpc()
{
    QFETCH(bool, tls);
    constexpr int items = 24;
    constexpr int itemSize = 1500;
    std::unique_ptr<Comparison> comparison;
    QVERIFY(runScenario(QStringLiteral("rest-vs-grpc"), knobs(tls, 20, items, itemSize), &comparison));
    const SessionStatistics rest = SessionStatistics::compute(*comparison->timelineA());
    const SessionStatistics grpc = SessionStatistics::compute(*comparison->timelineB());
    QCOMPARE(rest.outcome, SessionOutcome::Completed);
    QCOMPARE(grpc.outcome, SessionOutcome::Completed);
    QCOMPARE(rest.objectsCompleted, items);
    QCOMPARE(grpc.objectsCompleted, items);
    // A browser's pool against one multiplexed connection.
    QCOMPARE(rest.connections, 6);
    QCOMPARE(grpc.connections, 1);
    verifyByteAccounting(rest, tls);
    verifyByteAccounting(grpc, tls);
    // JSON writes the thumbnails as base64: the REST bodies are a third larger than the gRPC messages.
    QVERIFY2(
        rest.bodyBytes > grpc.bodyBytes * 5 / 4,
        qPrintable(QStringLiteral("REST bodies %1, gRPC bodies %2").arg(rest.bodyBytes).arg(grpc.bodyBytes)));

    const GrpcStatistics calls = GrpcStatistics::compute(*comparison->timelineB());
    QCOMPARE(calls.calls, items);
    QCOMPARE(calls.callsOk, items);
    QCOMPARE(calls.messagesSent, items);
    QCOMPARE(calls.messagesReceived, items);
    QCOMPARE(calls.prefixBytes, 5 * 2 * items);
    // The gRPC side's DATA payloads are exactly its messages.
    QCOMPARE(calls.messageBytes, grpc.bodyBytes);
    // The same messages as JSON are what the REST side moved, plus the JSON of the requests.
    qint64 restJson = 0;
    for (int id = 0; id < items; ++id)
        restJson += LessonMessages::itemJson(quint32(id), itemSize).size();
    QCOMPARE(rest.bodyBytes, restJson);
    QVERIFY(calls.jsonBytes > restJson);
    QCOMPARE(GrpcStatistics::compute(*comparison->timelineA()).calls, 0);
}

void GrpcSessionTest::streamingShowsTheFourCallTypes()
{
    constexpr int items = 6;
    constexpr qint64 rttMs = 60;
    std::unique_ptr<Comparison> comparison;
    QVERIFY(runScenario(QStringLiteral("grpc-streaming"), knobs(false, rttMs, items, 200), &comparison));
    const SessionStatistics exchanges = SessionStatistics::compute(*comparison->timelineA());
    const SessionStatistics streams = SessionStatistics::compute(*comparison->timelineB());
    QCOMPARE(exchanges.outcome, SessionOutcome::Completed);
    QCOMPARE(streams.outcome, SessionOutcome::Completed);
    QCOMPARE(exchanges.objectsCompleted, 2 * items);
    QCOMPARE(streams.objectsCompleted, 2 * items);
    QCOMPARE(exchanges.connections, 1);
    QCOMPARE(streams.connections, 1);
    verifyByteAccounting(exchanges, false);
    verifyByteAccounting(streams, false);

    QCOMPARE(methodsCalled(*comparison->timelineA()),
             (QSet<QString>{QStringLiteral("GetItem"), QStringLiteral("Exchange")}));
    QCOMPARE(methodsCalled(*comparison->timelineB()),
             (QSet<QString>{QStringLiteral("ListItems"), QStringLiteral("UploadItems")}));
    const GrpcStatistics a = GrpcStatistics::compute(*comparison->timelineA());
    const GrpcStatistics b = GrpcStatistics::compute(*comparison->timelineB());
    QCOMPARE(a.calls, items + 1);
    QCOMPARE(b.calls, 2);
    QCOMPARE(a.messagesSent, 2 * items);
    QCOMPARE(a.messagesReceived, 2 * items);
    QCOMPARE(b.messagesSent, items + 1);
    QCOMPARE(b.messagesReceived, items + 1);

    // Each waiting exchange costs A a round trip: the TCP handshake, then one per item each way. (The
    // statistics count round trips from request headers, so the Exchange stream's items are seen in the
    // time only.)
    QVERIFY2(exchanges.roundTrips >= items + 1,
             qPrintable(QStringLiteral("%1 round trips").arg(exchanges.roundTrips)));
    QVERIFY2(streams.roundTrips <= 4, qPrintable(QStringLiteral("%1 round trips").arg(streams.roundTrips)));
    QVERIFY(exchanges.totalTimeNs >= (2 * items + 1) * rttMs * Millisecond * 9 / 10);
    QVERIFY(streams.totalTimeNs < exchanges.totalTimeNs / 2);
    // Every call costs request headers, response headers and trailers: three HEADERS frames.
    auto headerFrames = [](const Timeline& timeline) {
        int count = 0;
        for (const Event& event : timeline.events())
            count += event.origin == Origin::Client && event.is(Layer::Http2, Http2Kind::Headers) ? 1 : 0;
        return count;
    };
    QCOMPARE(headerFrames(*comparison->timelineA()), 3 * (items + 1));
    QCOMPARE(headerFrames(*comparison->timelineB()), 3 * 2);
    QVERIFY(exchanges.headerBytes > streams.headerBytes);
}

void GrpcSessionTest::sessionsRecordObjectsPerItem()
{
    GrpcSessionConfig config;
    config.api = GrpcSessionConfig::Api::Grpc;
    config.pattern = GrpcSessionConfig::Pattern::Streams;
    config.tls = false;
    config.items = 3;
    config.itemSize = 10;
    config.timeoutSeconds = 30;
    Timeline timeline(SessionClock::startingNow());
    SessionRunner runner([config](Timeline* t) -> SessionWorker* { return new GrpcSession(config, t); },
                         &timeline);
    QSignalSpy finished(&runner, &SessionRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner.outcome(), SessionOutcome::Completed);
    QList<quint32> requested;
    QList<quint32> completed;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Session, SessionKind::ObjectRequested))
            requested.append(event.stream);
        if (event.is(Layer::Session, SessionKind::ObjectCompleted)) {
            completed.append(event.stream);
            QVERIFY(event.size > 10);
        }
    }
    QCOMPARE(requested, (QList<quint32>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(completed, (QList<quint32>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(config.expectedObjects(), 6);
    QCOMPARE(config.toVariantMap().value(QStringLiteral("objects")).toInt(), 6);
}

void GrpcSessionTest::refusesWhatCannotRun()
{
    QString error;
    QVERIFY(
        !ScenarioCatalog::make(QStringLiteral("rest-vs-grpc"), knobs(false, 0, 10, 5 * 1024 * 1024), &error));
    QVERIFY(error.contains(u"4 MiB"));
    ScenarioKnobs tooMuch = knobs(false, 0, 1000, 1024 * 1024);
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("grpc-streaming"), tooMuch, &error));
    QVERIFY(error.contains(u"MiB"));
    GrpcSessionConfig rest;
    rest.api = GrpcSessionConfig::Api::Rest;
    rest.pattern = GrpcSessionConfig::Pattern::Streams;
    QVERIFY(!rest.validationError().isEmpty());
}

void GrpcSessionTest::catalogListsTheScenarios()
{
    QStringList ids;
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries())
        ids.append(entry.id);
    QVERIFY(ids.contains(QStringLiteral("rest-vs-grpc")));
    QVERIFY(ids.contains(QStringLiteral("grpc-streaming")));
    QString error;
    const std::optional<Scenario> scenario =
        ScenarioCatalog::make(QStringLiteral("grpc-streaming"), knobs(true, 10, 5, 100), &error);
    QVERIFY2(scenario, qPrintable(error));
    QVERIFY(scenario->a.title.contains(u"one message per exchange"));
    QVERIFY(scenario->b.title.contains(u"streams"));
    QCOMPARE(scenario->a.settings.value(QStringLiteral("objects")).toInt(), 10);
}

void GrpcSessionTest::bothSidesWriteTheirKeys()
{
    QTemporaryDir directory;
    ScenarioKnobs k = knobs(true, 5, 3, 200);
    k.keyLogPath = directory.filePath(QStringLiteral("keys.log"));
    std::unique_ptr<Comparison> comparison;
    QVERIFY(runScenario(QStringLiteral("rest-vs-grpc"), k, &comparison));
    QFile file(k.keyLogPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // TLS 1.3 writes one CLIENT_TRAFFIC_SECRET_0 per connection: six for REST's pool, one for gRPC.
    const QList<QByteArray> lines = file.readAll().split('\n');
    const auto secrets = std::count_if(lines.begin(), lines.end(), [](const QByteArray& line) {
        return line.startsWith("CLIENT_TRAFFIC_SECRET_0 ");
    });
    const int connections = SessionStatistics::compute(*comparison->timelineA()).connections +
                            SessionStatistics::compute(*comparison->timelineB()).connections;
    QCOMPARE(int(secrets), connections);
}

QTEST_GUILESS_MAIN(GrpcSessionTest)
#include "tst_grpcsession.moc"

#include "tests/support/testsupport.h"

#include "core/grpc/lessonmessages.h"
#include "core/session/comparison.h"
#include "core/session/grpcsession.h"
#include "core/session/grpcstatistics.h"
#include "core/session/restapi.h"
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
    void restApiNegotiatesTheEncoding();
    void streamingShowsTheFourCallTypes();
    void sessionsRecordObjectsPerItem();
    void refusesWhatCannotRun();
    void catalogListsTheScenarios();
    void everySideWritesItsKeys();
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
    QCOMPARE(comparison->timelines().size(), 4);
    // A REST/JSON over HTTP/1.1, B REST/JSON over HTTP/2, C REST/Protobuf over HTTP/1.1, D gRPC.
    QList<SessionStatistics> s;
    QList<GrpcStatistics> g;
    for (const Timeline* timeline : comparison->timelines()) {
        s.append(SessionStatistics::compute(*timeline));
        g.append(GrpcStatistics::compute(*timeline));
    }
    const SessionStatistics &jsonH1 = s[0], &jsonH2 = s[1], &protobufH1 = s[2], &grpc = s[3];
    for (int side = 0; side < 4; ++side) {
        QCOMPARE(s[side].outcome, SessionOutcome::Completed);
        QCOMPARE(s[side].objectsCompleted, items);
        verifyByteAccounting(s[side], tls);
        // Every side measured its items in both encodings from the bytes that arrived.
        QCOMPARE(g[side].items, items);
        QCOMPARE(g[side].itemsAsProtobuf, side >= 2 ? items : 0);
        QCOMPARE(g[side].itemJsonBytes, g[0].itemJsonBytes);
        QCOMPARE(g[side].itemProtobufBytes, g[0].itemProtobufBytes);
    }
    // A browser's pool against one multiplexed connection, whatever the encoding.
    QCOMPARE(jsonH1.connections, 6);
    QCOMPARE(jsonH2.connections, 1);
    QCOMPARE(protobufH1.connections, 6);
    QCOMPARE(grpc.connections, 1);

    // The encoding decides the bodies. JSON's are the same documents over either HTTP.
    qint64 restJson = 0;
    for (int id = 0; id < items; ++id)
        restJson += LessonMessages::itemJson(quint32(id), itemSize).size();
    QCOMPARE(jsonH1.bodyBytes, restJson);
    QCOMPARE(jsonH2.bodyBytes, restJson);
    QCOMPARE(g[0].itemBytes, restJson);
    QCOMPARE(g[0].itemJsonBytes, restJson);
    // Protobuf over HTTP/1.1 carries byte for byte gRPC's response messages, without their prefixes.
    const GrpcStatistics& calls = g[3];
    QCOMPARE(protobufH1.bodyBytes, calls.messageBytesReceived - 5 * calls.messagesReceived);
    QCOMPARE(protobufH1.bodyBytes, g[2].itemBytes);
    QCOMPARE(g[3].itemBytes, g[2].itemBytes);
    // JSON writes the thumbnails as base64: the JSON bodies are a third larger than the Protobuf ones.
    QVERIFY2(protobufH1.bodyBytes * 5 / 4 < jsonH1.bodyBytes,
             qPrintable(QStringLiteral("JSON bodies %1, Protobuf bodies %2")
                            .arg(jsonH1.bodyBytes)
                            .arg(protobufH1.bodyBytes)));

    // The transport decides the headers: HPACK sends the repeated fields as small indexes...
    QVERIFY2(jsonH2.headerBytes < jsonH1.headerBytes / 2,
             qPrintable(QStringLiteral("HTTP/2 headers %1, HTTP/1.1 headers %2")
                            .arg(jsonH2.headerBytes)
                            .arg(jsonH1.headerBytes)));
    QVERIFY(grpc.headerBytes < protobufH1.headerBytes);
    // ...while asking for Protobuf costs HTTP/1.1 a few header bytes (Accept and Content-Type name the
    // longer media type): the encoding saves nothing there.
    QVERIFY2(protobufH1.headerBytes > jsonH1.headerBytes,
             qPrintable(QStringLiteral("Protobuf heads %1, JSON heads %2")
                            .arg(protobufH1.headerBytes)
                            .arg(jsonH1.headerBytes)));
    // With TLS, one connection pays for one handshake instead of six.
    if (tls) {
        QVERIFY(jsonH2.tlsBytes < jsonH1.tlsBytes / 3);
        QVERIFY(grpc.tlsBytes < protobufH1.tlsBytes / 3);
    }
    // Each change saves bytes on its own, and gRPC, with both, puts the fewest on the wire.
    QVERIFY(jsonH2.wireBytes() < jsonH1.wireBytes());
    QVERIFY(protobufH1.wireBytes() < jsonH1.wireBytes());
    QVERIFY(grpc.wireBytes() < jsonH2.wireBytes());
    QVERIFY(grpc.wireBytes() < protobufH1.wireBytes());

    QCOMPARE(calls.calls, items);
    QCOMPARE(calls.callsOk, items);
    QCOMPARE(calls.messagesSent, items);
    QCOMPARE(calls.messagesReceived, items);
    QCOMPARE(calls.prefixBytes, 5 * 2 * items);
    // The gRPC side's DATA payloads are exactly its messages.
    QCOMPARE(calls.messageBytes, grpc.bodyBytes);
    // The same messages as JSON are what the REST side moved, plus the JSON of the requests.
    QVERIFY(calls.jsonBytes > restJson);
    for (int side = 0; side < 3; ++side)
        QCOMPARE(g[side].calls, 0);
}

void GrpcSessionTest::restApiNegotiatesTheEncoding()
{
    const RestApi api(100);
    HttpRequest request;
    request.method = "GET";
    request.path = RestApi::itemPath(7);
    request.headers = {{"accept", "*/*"}};
    HttpResponse json = api.respond(request);
    QCOMPARE(json.status, 200);
    QCOMPARE(headerValue(json.headers, "content-type"), QByteArray("application/json"));
    QCOMPARE(json.body, LessonMessages::itemJson(7, 100));
    request.headers = {{"Accept", "application/x-protobuf"}};
    const HttpResponse protobuf = api.respond(request);
    QCOMPARE(protobuf.status, 200);
    QCOMPARE(headerValue(protobuf.headers, "content-type"), QByteArray("application/x-protobuf"));
    QCOMPARE(protobuf.body, LessonMessages::item(7, 100));
    QCOMPARE(LessonMessages::itemId(protobuf.body), std::optional<quint32>(7));
    request.path = "/api/things/7";
    QCOMPARE(api.respond(request).status, 404);
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
            QCOMPARE(event.flags, quint8(ApiItemFlag::Item | ApiItemFlag::Protobuf));
            QVERIFY(event.value > event.size); // the same item as JSON
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
    for (const auto api : {GrpcSessionConfig::Api::Rest, GrpcSessionConfig::Api::RestJsonHttp2,
                           GrpcSessionConfig::Api::ProtobufHttp1}) {
        GrpcSessionConfig rest;
        rest.api = api;
        rest.pattern = GrpcSessionConfig::Pattern::Streams;
        QVERIFY(!rest.validationError().isEmpty());
    }
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
    QVERIFY(scenario->sides[0].title.contains(u"one message per exchange"));
    QVERIFY(scenario->sides[1].title.contains(u"streams"));
    QCOMPARE(scenario->sides[0].settings.value(QStringLiteral("objects")).toInt(), 10);

    // rest-vs-grpc: a square of one change at a time, gRPC last.
    const std::optional<Scenario> square =
        ScenarioCatalog::make(QStringLiteral("rest-vs-grpc"), knobs(false, 10, 5, 100), &error);
    QVERIFY2(square, qPrintable(error));
    QCOMPARE(square->sides.size(), 4);
    const QStringList expected[] = {
        {QStringLiteral("rest"), QStringLiteral("http/1.1"), QStringLiteral("json")},
        {QStringLiteral("rest"), QStringLiteral("h2"), QStringLiteral("json")},
        {QStringLiteral("rest-protobuf"), QStringLiteral("http/1.1"), QStringLiteral("protobuf")},
        {QStringLiteral("grpc"), QStringLiteral("h2"), QStringLiteral("protobuf")}};
    for (int side = 0; side < 4; ++side) {
        const QVariantMap& settings = square->sides[side].settings;
        QCOMPARE((QStringList{settings.value(QStringLiteral("api")).toString(),
                              settings.value(QStringLiteral("protocol")).toString(),
                              settings.value(QStringLiteral("encoding")).toString()}),
                 expected[side]);
    }
    QVERIFY(square->sides[1].title.contains(u"HTTP/2"));
    QVERIFY(square->sides[2].title.contains(u"Protobuf"));
}

void GrpcSessionTest::everySideWritesItsKeys()
{
    QTemporaryDir directory;
    ScenarioKnobs k = knobs(true, 5, 3, 200);
    k.keyLogPath = directory.filePath(QStringLiteral("keys.log"));
    std::unique_ptr<Comparison> comparison;
    QVERIFY(runScenario(QStringLiteral("rest-vs-grpc"), k, &comparison));
    QFile file(k.keyLogPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // TLS 1.3 writes one CLIENT_TRAFFIC_SECRET_0 per connection: three for each HTTP/1.1 pool (one per
    // item), one for each HTTP/2 side.
    const QList<QByteArray> lines = file.readAll().split('\n');
    const auto secrets = std::count_if(lines.begin(), lines.end(), [](const QByteArray& line) {
        return line.startsWith("CLIENT_TRAFFIC_SECRET_0 ");
    });
    int connections = 0;
    for (const Timeline* timeline : comparison->timelines())
        connections += SessionStatistics::compute(*timeline).connections;
    QCOMPARE(connections, 3 + 1 + 3 + 1);
    QCOMPARE(int(secrets), connections);
}

QTEST_GUILESS_MAIN(GrpcSessionTest)
#include "tst_grpcsession.moc"

#include "tests/interop/interopsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz::test;

namespace {

constexpr int PeerTimeout = 60000;
const QString Python = QStringLiteral("/usr/bin/python3");

QString sourcePath(const QString& relative)
{
    return QDir(QProcessEnvironment::systemEnvironment().value(QStringLiteral("PROTOVIZ_SOURCE_DIR")))
        .filePath(relative);
}

QString protoPath()
{
    return sourcePath(QStringLiteral("resources/proto/lesson.proto"));
}

QString peerScript(const QString& name)
{
    return sourcePath(QStringLiteral("tests/interop/grpc/") + name);
}

int countOf(const QString& output, const QString& pattern)
{
    return matchingLines(output, QRegularExpression(pattern)).size();
}

// The checks every peer client runs, as its "PASS name" lines say.
const QStringList ClientChecks{
    QStringLiteral("unary"),         QStringLiteral("server-streaming"), QStringLiteral("client-streaming"),
    QStringLiteral("bidirectional"), QStringLiteral("deadline"),         QStringLiteral("unknown-method")};

void verifyAllPassed(const PeerRun& run, const QStringList& checks)
{
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    for (const QString& check : checks)
        QVERIFY2(run.output.contains(QStringLiteral("PASS ") + check),
                 qPrintable(check + QLatin1Char('\n') + run.output));
}

// What `protoviz-cli serve --events all` printed about the calls of a peer client: the server's side of
// the same checks.
void verifyServerSide(const QString& events)
{
    for (const QString& method : {QStringLiteral("GetItem"), QStringLiteral("ListItems"),
                                  QStringLiteral("UploadItems"), QStringLiteral("Exchange")})
        QVERIFY2(countOf(events, QStringLiteral("grpc\\s+CallStarted .*/protoviz\\.lesson\\.v1\\.Lesson/") +
                                     method) >= 1,
                 qPrintable(method + QLatin1Char('\n') + events));
    // Unary, both streaming directions and bidirectional ended OK; the deadline and the two unknown
    // methods ended as the client saw them.
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+CallFinished .* OK \\(0\\)")) >= 4, qPrintable(events));
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+CallFinished .* DEADLINE_EXCEEDED \\(4\\)")) == 1,
             qPrintable(events));
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+CallFinished .* UNIMPLEMENTED \\(12\\)")) == 2,
             qPrintable(events));
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+Error .*no method \"Teleport\"")) == 1,
             qPrintable(events));
    // Every request and response message was decoded through the schema and measured as JSON.
    QVERIFY2(countOf(events,
                     QStringLiteral("grpc\\s+Message .*GetItem response 1: \\d+ bytes of protobuf .* bytes "
                                    "as JSON")) >= 1,
             qPrintable(events));
}

// The client's recording of its call, from `protoviz-cli grpc --json`: the CallFinished event.
QJsonObject callFinished(const QString& recordingPath)
{
    QFile file(recordingPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray sessions = QJsonDocument::fromJson(file.readAll()).object().value(u"sessions").toArray();
    for (const QJsonValue& session : sessions) {
        for (const QJsonValue& event : session.toObject().value(u"events").toArray()) {
            const QJsonObject object = event.toObject();
            if (object.value(u"layer").toString() == u"grpc" &&
                object.value(u"kind").toString() == u"CallFinished")
                return object;
        }
    }
    return {};
}

} // namespace

/// gRPC interoperability in both directions: Debian's python3-grpcio and Node's @grpc/grpc-js calling
/// `protoviz-cli serve` (h2c and TLS) with the four call types, a deadline and unknown methods; ProtoViz's
/// own client (`protoviz-cli grpc`) calling a grpc-js server the same ways; and a raw HTTP/2 peer
/// (python3-h2) sending malformed gRPC framing.
class GrpcInteropTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pythonClientCallsServe_data();
    void pythonClientCallsServe();
    void nodeClientCallsServe_data();
    void nodeClientCallsServe();
    void malformedFramingGetsTheRightStatus();
    void protovizClientCallsGrpcJsServer();

private:
    bool m_python = false;
    bool m_node = false;
};

void GrpcInteropTest::initTestCase()
{
    QVERIFY2(!cliProgram().isEmpty(), "PROTOVIZ_CLI is not set: run the test through ctest");
    QVERIFY2(QFile::exists(protoPath()), qPrintable(protoPath()));
    // The peers are installed by scripts/test.sh; a test whose peer is missing skips, saying which.
    QString output;
    m_python = haveProgram(QStringLiteral("protoc")) &&
               runProgram(Python, {QStringLiteral("-c"), QStringLiteral("import grpc, google.protobuf, h2")},
                          20000, &output) == 0;
    m_node = haveProgram(QStringLiteral("node")) &&
             QFile::exists(
                 sourcePath(QStringLiteral("tests/interop/node/node_modules/@grpc/grpc-js/package.json"))) &&
             QFile::exists(sourcePath(
                 QStringLiteral("tests/interop/node/node_modules/@grpc/proto-loader/package.json")));
}

void GrpcInteropTest::pythonClientCallsServe_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("h2c") << false;
    QTest::newRow("TLS") << true;
}

void GrpcInteropTest::pythonClientCallsServe()
{
    QFETCH(bool, tls);
    if (!m_python)
        QSKIP("python3-grpcio, python3-protobuf, python3-h2 or protobuf-compiler is missing (scripts/test.sh "
              "installs them)");
    ServeProcess serve({QStringLiteral("--events"), QStringLiteral("all")});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    const qsizetype mark = serve.mark();
    const QUrl url = tls ? serve.httpsUrl() : serve.httpUrl();
    QStringList arguments{peerScript(QStringLiteral("lesson_client.py")), QStringLiteral("--target"),
                          QStringLiteral("127.0.0.1:%1").arg(url.port()), QStringLiteral("--proto"),
                          protoPath()};
    if (tls)
        arguments << QStringLiteral("--ca") << serve.caCertificate();
    const PeerRun run = runPeer(Python, arguments, PeerTimeout);
    verifyAllPassed(run, ClientChecks);
    verifyServerSide(serve.settledOutputSince(mark, 300, 5000));
    QCOMPARE(serve.stop(), 0);
}

void GrpcInteropTest::nodeClientCallsServe_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("h2c") << false;
    QTest::newRow("TLS") << true;
}

void GrpcInteropTest::nodeClientCallsServe()
{
    QFETCH(bool, tls);
    if (!m_node)
        QSKIP("node or tests/interop/node/node_modules (npm ci) is missing");
    ServeProcess serve({QStringLiteral("--events"), QStringLiteral("all")});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    const qsizetype mark = serve.mark();
    const QUrl url = tls ? serve.httpsUrl() : serve.httpUrl();
    QStringList arguments{peerScript(QStringLiteral("lesson_client.js")), QStringLiteral("--target"),
                          QStringLiteral("127.0.0.1:%1").arg(url.port()), QStringLiteral("--proto"),
                          protoPath()};
    if (tls)
        arguments << QStringLiteral("--ca") << serve.caCertificate();
    const PeerRun run = runPeer(QStringLiteral("node"), arguments, PeerTimeout);
    verifyAllPassed(run, ClientChecks);
    verifyServerSide(serve.settledOutputSince(mark, 300, 5000));
    QCOMPARE(serve.stop(), 0);
}

void GrpcInteropTest::malformedFramingGetsTheRightStatus()
{
    if (!m_python)
        QSKIP("python3-h2 is missing (scripts/test.sh installs it)");
    ServeProcess serve({QStringLiteral("--events"), QStringLiteral("all"), QStringLiteral("--no-tls")});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    const qsizetype mark = serve.mark();
    const PeerRun run = runPeer(Python,
                                {peerScript(QStringLiteral("malformed_client.py")), QStringLiteral("--port"),
                                 QString::number(serve.httpUrl().port())},
                                PeerTimeout);
    verifyAllPassed(run, {QStringLiteral("length beyond the data"), QStringLiteral("compressed flag 7"),
                          QStringLiteral("compressed without grpc-encoding"),
                          QStringLiteral("wrong content-type")});
    // Each refusal has an event that explains it, and the status the peer got.
    const QString events = serve.settledOutputSince(mark, 300, 5000);
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+Error .*the length is beyond the data")) == 1,
             qPrintable(events));
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+Error .*compressed flag of a message is 7")) == 1,
             qPrintable(events));
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+Error .*grpc-encoding is identity")) == 1,
             qPrintable(events));
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+Error .*\"application/json\", not application/grpc")) ==
                 1,
             qPrintable(events));
    QVERIFY2(countOf(events, QStringLiteral("grpc\\s+CallFinished .* INTERNAL \\(13\\)")) == 4,
             qPrintable(events));
    QCOMPARE(serve.stop(), 0);
}

void GrpcInteropTest::protovizClientCallsGrpcJsServer()
{
    if (!m_node)
        QSKIP("node or tests/interop/node/node_modules (npm ci) is missing");
    ExternalProcess server(QStringLiteral("node"), {peerScript(QStringLiteral("lesson_server.js")),
                                                    QStringLiteral("--proto"), protoPath()});
    QVERIFY(server.start());
    const QString listening = server.waitForLine(QStringLiteral("^listening on 127\\.0\\.0\\.1:\\d+"), 20000);
    QVERIFY2(!listening.isEmpty(), qPrintable(server.output()));
    const QString url = QStringLiteral("http://") + listening.section(QLatin1Char(' '), -1).trimmed();
    const QString lesson = QStringLiteral("/protoviz.lesson.v1.Lesson/");
    QTemporaryDir recordings;
    QVERIFY(recordings.isValid());
    auto call = [&](const QString& method, const QStringList& options) {
        return runPeer(cliProgram(), QStringList{QStringLiteral("grpc"), url, lesson + method} + options,
                       PeerTimeout);
    };
    const QString json = QStringLiteral("--message");

    // Unary, with the client's events: the messages it decoded and measured.
    PeerRun run =
        call(QStringLiteral("GetItem"), {json, QStringLiteral("{\"id\": 7, \"thumbnail_size\": 300}"),
                                         QStringLiteral("--events"), QStringLiteral("all")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("response 1: {\"id\":7,\"name\":\"Item 7\"")),
             qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("grpc-status: 0 OK")), qPrintable(run.output));
    QVERIFY2(countOf(run.output,
                     QStringLiteral("grpc\\s+Message .*GetItem response 1: 3\\d\\d bytes of protobuf")) == 1,
             qPrintable(run.output));

    // Server streaming.
    run = call(QStringLiteral("ListItems"), {json, QStringLiteral("{\"first_id\": 10, \"count\": 5}")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(countOf(run.output, QStringLiteral("^response \\d: \\{\"id\":1\\d,")), 5);

    // Client streaming.
    run = call(QStringLiteral("UploadItems"),
               {json, QStringLiteral("{\"id\": 1}"), json, QStringLiteral("{\"id\": 2}"), json,
                QStringLiteral("{\"id\": 3}")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("response 1: {\"count\":3,\"ids\":[1,2,3]}")),
             qPrintable(run.output));

    // Bidirectional: one acknowledgement per item.
    run = call(QStringLiteral("Exchange"), {json, QStringLiteral("{\"id\": 4, \"thumbnail\": \"AAECAw==\"}"),
                                            json, QStringLiteral("{\"id\": 5}")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("response 1: {\"id\":4,\"receivedBytes\":\"4\"}")),
             qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("response 2: {\"id\":5}")), qPrintable(run.output));

    // A deadline: the client gives up with DEADLINE_EXCEEDED, and so does the server.
    run = call(QStringLiteral("GetItem"), {json, QStringLiteral("{\"id\": 1, \"delay_ms\": 3000}"),
                                           QStringLiteral("--timeout"), QStringLiteral("300")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QStringLiteral("grpc-status: 4 DEADLINE_EXCEEDED")), qPrintable(run.output));
    QVERIFY2(!server.waitForLine(QStringLiteral("^server: GetItem DEADLINE_EXCEEDED"), 5000).isEmpty(),
             qPrintable(server.output()));

    // An unknown method: UNIMPLEMENTED, decided by the server (the client's recording says the status came
    // from the peer, not from itself).
    const QString recording = recordings.filePath(QStringLiteral("unknown.json"));
    run = call(QStringLiteral("Teleport"), {QStringLiteral("--message-hex"), QStringLiteral("0801"),
                                            QStringLiteral("--json"), recording});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QStringLiteral("grpc-status: 12 UNIMPLEMENTED")), qPrintable(run.output));
    const QJsonObject finished = callFinished(recording);
    QCOMPARE(finished.value(u"value").toInteger(), 12);
    QCOMPARE(finished.value(u"dir").toString(), QStringLiteral("s2c"));
    QCOMPARE(finished.value(u"flags").toInt() & 0x04, 0); // not GrpcFlag::Local

    // Cancellation: RST_STREAM CANCEL after two streamed items; the server sees the call cancelled.
    run = call(QStringLiteral("ListItems"),
               {json, QStringLiteral("{\"first_id\": 1, \"count\": 50, \"interval_ms\": 100}"),
                QStringLiteral("--cancel-after"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QStringLiteral("grpc-status: 1 CANCELLED")), qPrintable(run.output));
    QVERIFY2(!server.waitForLine(QStringLiteral("^server: ListItems CANCELLED"), 5000).isEmpty(),
             qPrintable(server.output()));

    const QString serverSide = server.output();
    for (const QString& method : {QStringLiteral("GetItem"), QStringLiteral("ListItems"),
                                  QStringLiteral("UploadItems"), QStringLiteral("Exchange")})
        QVERIFY2(serverSide.contains(QStringLiteral("server: ") + method + QStringLiteral(" OK")),
                 qPrintable(method + QLatin1Char('\n') + serverSide));
    server.terminate();
}

QTEST_GUILESS_MAIN(GrpcInteropTest)
#include "tst_grpcinterop.moc"

#include "tests/interop/interopsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz::test;

namespace {

constexpr int CliTimeout = 30000;

// protoviz-cli's exit codes (app/cli/commands.h).
constexpr int Success = 0;
constexpr int BadArguments = 2;
constexpr int Unavailable = 3;

PeerRun cli(const QStringList& arguments)
{
    return runPeer(cliProgram(), arguments, CliTimeout);
}

QJsonObject readJson(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    return document.object();
}

QString nodeScript(const QString& name)
{
    const QString source =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("PROTOVIZ_SOURCE_DIR"));
    return QDir(source).filePath(QStringLiteral("tests/interop/node/") + name);
}

} // namespace

/// The headless front end as a user meets it: refusing impossible arguments with a message and exit
/// code 2, listing and running scenarios, writing recordings, and failing with exit code 3 when a port
/// is taken.
class CliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void printsNoParserWarnings_data();
    void printsNoParserWarnings();
    void listsScenarios();
    void runWritesARecording();
    void runWritesKeysWhereSslKeyLogFileSays();
    void serveReportsATakenPort_data();
    void serveReportsATakenPort();
    void serveWritesItsRecordingWhenStopped();
    void serveCompressesWebSocketsOnlyWhenAsked_data();
    void serveCompressesWebSocketsOnlyWhenAsked();
    void serveStopsPrintingWhenItsOutputFails();

private:
    QTemporaryDir m_directory;
};

void CliTest::initTestCase()
{
    QVERIFY2(QFile::exists(cliProgram()),
             "PROTOVIZ_CLI must name the built protoviz-cli (run through ctest)");
    QVERIFY(m_directory.isValid());
}

void CliTest::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // what the message must name

    QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage: protoviz-cli");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("nope")}
                                     << QStringLiteral("Unknown command \"nope\"");
    QTest::newRow("run --rtt 5000") << QStringList{QStringLiteral("run"), QStringLiteral("--rtt"),
                                                   QStringLiteral("5000")}
                                    << QStringLiteral("2000 ms");
    QTest::newRow("run --rtt fast") << QStringList{QStringLiteral("run"), QStringLiteral("--rtt"),
                                                   QStringLiteral("fast")}
                                    << QStringLiteral("--rtt");
    QTest::newRow("run --loss 2") << QStringList{QStringLiteral("run"), QStringLiteral("--loss"),
                                                 QStringLiteral("2")}
                                  << QStringLiteral("--loss");
    QTest::newRow("run --scenario nope")
        << QStringList{QStringLiteral("run"), QStringLiteral("--scenario"), QStringLiteral("nope")}
        << QStringLiteral("h1-vs-h2");
    QTest::newRow("run --bandwidth 10mbps")
        << QStringList{QStringLiteral("run"), QStringLiteral("--bandwidth"), QStringLiteral("10mbps")}
        << QStringLiteral("--bandwidth");
    QTest::newRow("run --objects 0") << QStringList{QStringLiteral("run"), QStringLiteral("--objects"),
                                                    QStringLiteral("0")}
                                     << QStringLiteral("--objects");
    QTest::newRow("run --object-size 1G")
        << QStringList{QStringLiteral("run"), QStringLiteral("--object-size"), QStringLiteral("1G")}
        << QStringLiteral("--object-size");
    QTest::newRow("run --no-such-option")
        << QStringList{QStringLiteral("run"), QStringLiteral("--no-such-option")}
        << QStringLiteral("no-such-option");
    QTest::newRow("serve --port 70000")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("70000")}
        << QStringLiteral("--port");
    QTest::newRow("serve --listen nowhere")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("nowhere")}
        << QStringLiteral("--listen");
    QTest::newRow("serve --no-tls --no-cleartext")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--no-tls"), QStringLiteral("--no-cleartext")}
        << QStringLiteral("nothing to serve");
    QTest::newRow("serve --events some")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--events"), QStringLiteral("some")}
        << QStringLiteral("--events");
    QTest::newRow("fetch without an address")
        << QStringList{QStringLiteral("fetch")} << QStringLiteral("fetch takes one address");
    QTest::newRow("fetch --http1.1 --http2")
        << QStringList{QStringLiteral("fetch"), QStringLiteral("http://127.0.0.1:1/"),
                       QStringLiteral("--http1.1"), QStringLiteral("--http2")}
        << QStringLiteral("--http1.1");
    QTest::newRow("fetch --http3 http://") << QStringList{QStringLiteral("fetch"), QStringLiteral("--http3"),
                                                          QStringLiteral("http://127.0.0.1:1/")}
                                           << QStringLiteral("--http3 needs an https:// address");
    QTest::newRow("fetch --http2 --http3")
        << QStringList{QStringLiteral("fetch"), QStringLiteral("https://127.0.0.1:1/"),
                       QStringLiteral("--http2"), QStringLiteral("--http3")}
        << QStringLiteral("--http3");
    QTest::newRow("fetch --output without --http3")
        << QStringList{QStringLiteral("fetch"), QStringLiteral("https://127.0.0.1:1/"),
                       QStringLiteral("--output"), QStringLiteral("/dev/null")}
        << QStringLiteral("--output works with --http3 only");
}

void CliTest::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const PeerRun run = cli(arguments);
    QVERIFY2(run.exitCode == BadArguments, qPrintable(run.summary()));
    QVERIFY2(run.output.contains(message), qPrintable(run.output));
    // Refused before anything ran: no session, no server.
    QVERIFY2(!run.output.contains(QStringLiteral("Press Ctrl+C")), qPrintable(run.output));
    QVERIFY2(!run.output.contains(QStringLiteral("Running A")), qPrintable(run.output));
}

void CliTest::printsNoParserWarnings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("serve") << QStringList{QStringLiteral("serve"),      QStringLiteral("--port"),
                                          QStringLiteral("0"),          QStringLiteral("--no-tls"),
                                          QStringLiteral("--duration"), QStringLiteral("1"),
                                          QStringLiteral("--objects"),  QStringLiteral("3")};
    QTest::newRow("fetch") << QStringList{QStringLiteral("fetch"), QStringLiteral("http://127.0.0.1:1/"),
                                          QStringLiteral("--timeout"), QStringLiteral("5")};
    QTest::newRow("run") << QStringList{QStringLiteral("run"), QStringLiteral("--cleartext"),
                                        QStringLiteral("--objects"), QStringLiteral("2")};
}

void CliTest::printsNoParserWarnings()
{
    QFETCH(QStringList, arguments);
    const PeerRun run = cli(arguments);
    QVERIFY2(run.exitCode >= 0, qPrintable(run.output)); // ran to its end (fetch fails: nothing listens)
    QVERIFY2(!run.output.contains(QStringLiteral("QCommandLineParser")), qPrintable(run.output));
}

void CliTest::listsScenarios()
{
    const PeerRun run = cli({QStringLiteral("scenarios")});
    QCOMPARE(run.exitCode, Success);
    QVERIFY2(QRegularExpression(QStringLiteral("^h1-vs-h2\\s+\\S"), QRegularExpression::MultilineOption)
                 .match(run.output)
                 .hasMatch(),
             qPrintable(run.output));
}

void CliTest::runWritesARecording()
{
    const QString path = m_directory.filePath(QStringLiteral("h1-vs-h2.json"));
    const PeerRun run = cli({QStringLiteral("run"), QStringLiteral("--scenario"), QStringLiteral("h1-vs-h2"),
                             QStringLiteral("--rtt"), QStringLiteral("20"), QStringLiteral("--objects"),
                             QStringLiteral("10"), QStringLiteral("--json"), path});
    QVERIFY2(run.exitCode == Success, qPrintable(run.summary()));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nObjects\\s+10 of 10\\s+10 of 10\\n"))
                 .match(run.output)
                 .hasMatch(),
             qPrintable(run.output));

    QString error;
    const QJsonObject recording = readJson(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(recording.value(QStringLiteral("format")).toString(), QStringLiteral("protoviz-recording"));
    QCOMPARE(recording.value(QStringLiteral("scenario")).toString(), QStringLiteral("h1-vs-h2"));
    const QJsonArray sessions = recording.value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 2);
    const QStringList protocols{QStringLiteral("http/1.1"), QStringLiteral("h2")};
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const QJsonObject session = sessions.at(i).toObject();
        const QJsonObject statistics = session.value(QStringLiteral("statistics")).toObject();
        QCOMPARE(statistics.value(QStringLiteral("objectsCompleted")).toInt(), 10);
        QCOMPARE(statistics.value(QStringLiteral("finished")).toBool(), true);
        const QJsonObject settings = session.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("protocol")).toString(), protocols.at(i));
        QCOMPARE(settings.value(QStringLiteral("rttMs")).toDouble(), 20.0);
        const QJsonArray events = session.value(QStringLiteral("events")).toArray();
        QVERIFY(!events.isEmpty());
        // Both sides and the link recorded, at the layer of the session's protocol.
        QSet<QString> origins;
        bool protocolLayer = false;
        const QString layer = i == 0 ? QStringLiteral("http1") : QStringLiteral("http2");
        for (const QJsonValue& value : events) {
            const QJsonObject event = value.toObject();
            origins.insert(event.value(QStringLiteral("origin")).toString());
            protocolLayer = protocolLayer || event.value(QStringLiteral("layer")).toString() == layer;
        }
        QCOMPARE(origins,
                 (QSet<QString>{QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("link")}));
        QVERIFY(protocolLayer);
    }
}

void CliTest::runWritesKeysWhereSslKeyLogFileSays()
{
    // As browsers and curl do: without --keylog, the variable names the key log.
    const QString keys = m_directory.filePath(QStringLiteral("env-keys.log"));
    qputenv("SSLKEYLOGFILE", keys.toLocal8Bit());
    const PeerRun run =
        cli({QStringLiteral("run"), QStringLiteral("--scenario"), QStringLiteral("rest-vs-grpc"),
             QStringLiteral("--rtt"), QStringLiteral("5"), QStringLiteral("--objects"), QStringLiteral("2")});
    qunsetenv("SSLKEYLOGFILE");
    QVERIFY2(run.exitCode == Success, qPrintable(run.summary()));
    QFile file(keys);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    QVERIFY2(log.contains("CLIENT_TRAFFIC_SECRET_0 ") && log.contains("SERVER_HANDSHAKE_TRAFFIC_SECRET "),
             log.constData());
}

void CliTest::serveReportsATakenPort_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("otherArguments");
    QTest::newRow("--port") << QStringLiteral("--port")
                            << QStringList{QStringLiteral("--tls-port"), QStringLiteral("0")};
    QTest::newRow("--tls-port") << QStringLiteral("--tls-port")
                                << QStringList{QStringLiteral("--port"), QStringLiteral("0")};
    QTest::newRow("--port behind the emulated link")
        << QStringLiteral("--port")
        << QStringList{QStringLiteral("--tls-port"), QStringLiteral("0"), QStringLiteral("--rtt"),
                       QStringLiteral("10")};
}

void CliTest::serveReportsATakenPort()
{
    QFETCH(QString, option);
    QFETCH(QStringList, otherArguments);
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupant.serverPort());
    const PeerRun run = cli(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1"), option, port} +
                            otherArguments);
    QVERIFY2(run.exitCode == Unavailable, qPrintable(run.summary()));
    QVERIFY2(run.output.contains(port) && run.output.contains(QStringLiteral("in use")),
             qPrintable(run.output));
    QVERIFY2(!run.output.contains(QStringLiteral("Press Ctrl+C")), qPrintable(run.output));
}

void CliTest::serveWritesItsRecordingWhenStopped()
{
    const QString path = m_directory.filePath(QStringLiteral("serve.json"));
    ServeProcess serve({QStringLiteral("--no-tls"), QStringLiteral("--objects"), QStringLiteral("2"),
                        QStringLiteral("--events"), QStringLiteral("errors"), QStringLiteral("--json"),
                        path});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    QVERIFY(serve.httpsUrl().isEmpty());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(serve.httpUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /tiles/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QVERIFY(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200 "));

    QCOMPARE(serve.stop(), Success);
    QCOMPARE(serve.reportedConnectionCount(), 1);
    // --events errors: a clean exchange prints no event.
    QCOMPARE(ServeProcess::connectionIds(serve.output()).size(), 0);

    const QJsonObject recording = readJson(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(recording.value(QStringLiteral("format")).toString(), QStringLiteral("protoviz-recording"));
    const QJsonArray sessions = recording.value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    QStringList kinds;
    for (const QJsonValue& value : sessions.at(0).toObject().value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = value.toObject();
        QCOMPARE(event.value(QStringLiteral("origin")).toString(), QStringLiteral("server"));
        if (event.value(QStringLiteral("layer")).toString() == QLatin1String("http1"))
            kinds.append(event.value(QStringLiteral("kind")).toString());
    }
    QCOMPARE(kinds.count(QStringLiteral("RequestHead")), 1);
    QCOMPARE(kinds.count(QStringLiteral("ResponseHead")), 1);
}

void CliTest::serveCompressesWebSocketsOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("option");
    QTest::addColumn<QStringList>("offer");
    QTest::addColumn<QString>("response");
    // ws offers "permessage-deflate; client_max_window_bits" by default.
    QTest::newRow("--websocket-compression, ws's default offer")
        << true << QStringList{} << QStringLiteral("permessage-deflate");
    QTest::newRow("--websocket-compression, an offer with parameters")
        << true
        << QStringList{QStringLiteral("--no-context-takeover"), QStringLiteral("--server-max-window-bits"),
                       QStringLiteral("12")}
        << QStringLiteral("permessage-deflate; server_no_context_takeover; client_no_context_takeover; "
                          "server_max_window_bits=12");
    QTest::newRow("without the option") << false << QStringList{} << QStringLiteral("none");
    QTest::newRow("without the option, an offer with parameters")
        << false << QStringList{QStringLiteral("--no-context-takeover")} << QStringLiteral("none");
}

void CliTest::serveCompressesWebSocketsOnlyWhenAsked()
{
    QFETCH(bool, option);
    QFETCH(QStringList, offer);
    QFETCH(QString, response);
    if (!haveProgram(QStringLiteral("node")))
        QSKIP("node is not installed (Debian package: nodejs); scripts/test.sh installs it.");
    if (!QFile::exists(nodeScript(QStringLiteral("node_modules/ws"))))
        QSKIP("tests/interop/node has no node_modules: run `npm ci` there (scripts/test.sh does).");
    QStringList arguments{QStringLiteral("--no-tls")};
    if (option)
        arguments << QStringLiteral("--websocket-compression");
    ServeProcess serve(arguments);
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    QCOMPARE(serve.output().contains(
                 QLatin1String("WebSocket compression: permessage-deflate offers are accepted")),
             option);

    // Node's ws offers permessage-deflate and sends 20,000 bytes of text, which the chat room echoes.
    const qsizetype mark = serve.mark();
    const PeerRun run =
        runPeer(QStringLiteral("node"),
                QStringList{nodeScript(QStringLiteral("deflate_client.js")),
                            QStringLiteral("ws://127.0.0.1:%1/chat").arg(serve.httpUrl().port())} +
                    offer + QStringList{QStringLiteral("size:20000")},
                CliTimeout);
    QVERIFY2(run.exitCode == Success, qPrintable(run.summary()));
    QVERIFY2(run.output.contains(QStringLiteral("extensions %1\n").arg(response)), qPrintable(run.output));
    QVERIFY2(run.output.contains(option ? QLatin1String("agreed permessage-deflate\n")
                                        : QLatin1String("agreed none\n")),
             qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("echo 20000\n")), qPrintable(run.output));

    // serve's events: the message's frames carry fewer bytes than it has when compressed, all of them
    // when not, both ways.
    const QString events = serve.settledOutputSince(mark, 300, 10000);
    const QRegularExpression frame(
        QStringLiteral("websocket\\s+Frame\\s+(c→s|s→c)\\s+stream 1\\s.*?\\+ (\\d+) B payload"));
    const QStringList frames = matchingLines(events, frame);
    QCOMPARE(frames.size(), 2);
    for (const QString& line : frames) {
        const qint64 payload = frame.match(line).captured(2).toLongLong();
        QVERIFY2(option ? payload * 2 < 20000 : payload == 20000, qPrintable(line));
        QCOMPARE(line.contains(QLatin1String(", RSV1 (compressed),")), option);
    }
    QCOMPARE(serve.stop(), Success);
}

void CliTest::serveStopsPrintingWhenItsOutputFails()
{
    // A serve left printing to a file on a full disk kept every line it could not write in memory: 18 GB
    // after an hour's soak. /dev/full refuses every write as a full disk does.
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess serve;
    serve.setStandardOutputFile(QStringLiteral("/dev/full"));
    serve.start(cliProgram(), {QStringLiteral("serve"), QStringLiteral("--no-tls"), QStringLiteral("--port"),
                               QString::number(port), QStringLiteral("--duration"), QStringLiteral("60")});
    QVERIFY(serve.waitForStarted(5000));
    const auto cleanup = qScopeGuard([&] {
        serve.kill();
        serve.waitForFinished(5000);
    });
    const auto fetchTile = [port] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(1000))
            return QByteArray();
        socket.write("GET /tiles/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
        return socket.readAll();
    };
    QByteArray errors;
    QVERIFY2(waitUntil(
                 [&] {
                     errors += serve.readAllStandardError();
                     return fetchTile().startsWith("HTTP/1.1 200 ");
                 },
                 15000),
             errors.constData());

    // Output may be buffered: the failure can show only once a buffer's worth of lines is written.
    QVERIFY2(waitUntil(
                 [&] {
                     fetchTile();
                     errors += serve.readAllStandardError();
                     return errors.contains("can no longer be written to the standard output");
                 },
                 10000),
             errors.constData());
    QVERIFY2(errors.contains("No space left on device"), errors.constData());
    // Printing stopped; serving did not.
    for (int i = 0; i < 5; ++i)
        QVERIFY(fetchTile().startsWith("HTTP/1.1 200 "));
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), Success);
    errors += serve.readAllStandardError();
    QCOMPARE(errors.count("can no longer be written"), 1);
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"

#include "tests/interop/interopsupport.h"

#include "core/link/link.h"
#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"
#include "core/websocket/websocketclient.h"
#include "core/websocket/websocketeventlog.h"
#include "core/websocket/websocketserver.h"
#include "core/websocket/websockettap.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int PeerTimeout = 30000;
const QString Python = QStringLiteral("/usr/bin/python3");

QString script(const QString& name)
{
    const QString source =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("PROTOVIZ_SOURCE_DIR"));
    return QDir(source).filePath(QStringLiteral("tests/interop/websocket/") + name);
}

bool havePythonWebsockets()
{
    QString output;
    return runProgram(Python, {QStringLiteral("-c"), QStringLiteral("import websockets")}, 10000, &output) ==
           0;
}

// The messages every client sends: ASCII, non-ASCII UTF-8, one that needs the 16-bit length, a binary one.
QStringList messages()
{
    return {QStringLiteral("hello"), QStringLiteral(u"héllo wörld €"), QString(300, QLatin1Char('x')),
            QStringLiteral("bin:00ff7f80")};
}

QList<Event> webSocketEvents(const Timeline& timeline, WebSocketKind kind)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::WebSocket, kind))
            found.append(event);
    }
    return found;
}

} // namespace

/// WebSocket between ProtoViz and independent implementations: `protoviz-cli serve` (ws:// on the
/// cleartext port, wss:// on the TLS port, the /chat room) with Node's `ws` and Python's `websockets`
/// clients and with headless Chromium (the /websocket-test page), and ProtoViz's own client (through the
/// emulated link) with a Python `websockets` server. Every exchange must show up as events decoded from
/// the wire.
class WebSocketInteropTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientsAgainstServe_data();
    void clientsAgainstServe();
    void chromiumAgainstServe();
    void protovizClientAgainstPythonServer_data();
    void protovizClientAgainstPythonServer();
    void pythonClientAgainstCompressingServer_data();
    void pythonClientAgainstCompressingServer();
    void cleanupTestCase();

private:
    std::unique_ptr<ServeProcess> m_serve;
    QTemporaryDir m_directory;
};

void WebSocketInteropTest::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(script(QStringLiteral("python_client.py"))),
             "PROTOVIZ_SOURCE_DIR is not set: run through ctest");
    m_serve = std::make_unique<ServeProcess>(QStringList{});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
}

void WebSocketInteropTest::cleanupTestCase()
{
    if (m_serve)
        QCOMPARE(m_serve->stop(), 0);
}

void WebSocketInteropTest::clientsAgainstServe_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("clientScript");
    QTest::addColumn<bool>("tls");
    QTest::newRow("Node ws, ws://") << QStringLiteral("node") << QStringLiteral("node_client.js") << false;
    QTest::newRow("Node ws, wss://") << QStringLiteral("node") << QStringLiteral("node_client.js") << true;
    QTest::newRow("Python websockets, ws://") << Python << QStringLiteral("python_client.py") << false;
    QTest::newRow("Python websockets, wss://") << Python << QStringLiteral("python_client.py") << true;
}

void WebSocketInteropTest::clientsAgainstServe()
{
    QFETCH(QString, program);
    QFETCH(QString, clientScript);
    QFETCH(bool, tls);
    if (program == QLatin1String("node") && !haveProgram(program))
        QSKIP("node is not installed (Debian package: nodejs); scripts/test.sh installs it.");
    if (program == Python && !havePythonWebsockets())
        QSKIP("Python's websockets is missing (Debian package: python3-websockets); scripts/test.sh installs "
              "it.");
    if (program == QLatin1String("node") &&
        !QFile::exists(QDir(script(QStringLiteral("../node/node_modules/ws"))).absolutePath()))
        QSKIP("tests/interop/node has no node_modules: run `npm ci` there (scripts/test.sh does).");

    const QUrl base = tls ? m_serve->httpsUrl() : m_serve->httpUrl();
    // The certificate is for localhost; wss:// must name it.
    const QString url =
        (tls ? QStringLiteral("wss://localhost:%1/chat") : QStringLiteral("ws://127.0.0.1:%1/chat"))
            .arg(base.port());
    QStringList arguments{script(clientScript), url};
    if (tls)
        arguments << QStringLiteral("--cafile") << m_serve->caCertificate();
    arguments << messages();

    const qsizetype mark = m_serve->mark();
    const PeerRun run = runPeer(program, arguments, PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(matchingLines(run.output, QRegularExpression(QStringLiteral("^echo "))).size(),
             messages().size());
    QVERIFY2(run.output.contains(QLatin1String("closed 1000")), qPrintable(run.output));

    // What serve printed: the upgrade, every frame in both directions (client frames masked), the close.
    const QString events = m_serve->settledOutputSince(mark, 300, 10000);
    const auto count = [&](const QString& pattern) {
        return matchingLines(events, QRegularExpression(pattern)).size();
    };
    QCOMPARE(count(QStringLiteral("websocket\\s+UpgradeRequest\\s+c→s.*version 13")), 1);
    QCOMPARE(count(QStringLiteral(
                 "websocket\\s+UpgradeResponse\\s+s→c.*258EAFA5-E914-47DA-95CA-C5AB0DC85B11.*matches")),
             1);
    QCOMPARE(count(QStringLiteral(
                 "websocket\\s+Frame\\s+c→s.*(text|binary) frame, FIN, masked \\(key 0x[0-9a-f]{8}\\)")),
             messages().size());
    QCOMPARE(count(QStringLiteral("websocket\\s+Frame\\s+s→c.*(text|binary) frame, FIN, \\d+ B header")),
             messages().size());
    QCOMPARE(count(QStringLiteral(
                 "websocket\\s+Frame\\s+c→s.*8 B header \\+ 300 B payload \\(126, then a 16-bit length\\)")),
             1);
    QCOMPARE(count(QStringLiteral("websocket\\s+Message\\s+c→s.*binary message.*00 ff 7f 80")), 1);
    QCOMPARE(count(QStringLiteral(u"websocket\\s+Message\\s+s→c.*\"héllo wörld €\"")), 1);
    QCOMPARE(count(QStringLiteral("websocket\\s+Close\\s+c→s.*1000 \\(normal closure\\)")), 1);
    QCOMPARE(count(QStringLiteral("websocket\\s+Close\\s+s→c.*1000 \\(normal closure\\)")), 1);
    QCOMPARE(count(QStringLiteral("websocket\\s+Error")), 0);
    if (tls)
        QVERIFY(count(QStringLiteral("\\btls\\s+HandshakeComplete\\b")) >= 1);
    QCOMPARE(ServeProcess::connectionIds(events).size(), 1);
}

void WebSocketInteropTest::chromiumAgainstServe()
{
    if (!haveProgram(QStringLiteral("chromium")))
        QSKIP("chromium is not installed (Debian package: chromium); scripts/test.sh installs it.");
    const qsizetype mark = m_serve->mark();
    const QString url = m_serve->httpUrl().resolved(QUrl(QStringLiteral("/websocket-test"))).toString();
    const PeerRun run = runPeer(
        Python,
        {script(QStringLiteral("chromium_page.py")), url, QStringLiteral("--timeout"), QStringLiteral("40")},
        60000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.startsWith(QLatin1String("PASS close 1000 received 4")), qPrintable(run.output));

    const QString events = m_serve->settledOutputSince(mark, 300, 10000);
    const auto count = [&](const QString& pattern) {
        return matchingLines(events, QRegularExpression(pattern)).size();
    };
    // The page itself, then its WebSocket: three text messages, a binary one, each echoed, and a close.
    QVERIFY(count(QStringLiteral("http1\\s+RequestHead\\s+c→s")) >= 2);
    QCOMPARE(count(QStringLiteral("websocket\\s+UpgradeResponse\\s+s→c.*matches")), 1);
    QCOMPARE(count(QStringLiteral("websocket\\s+Message\\s+c→s.*text message")), 3);
    QCOMPARE(count(QStringLiteral("websocket\\s+Message\\s+c→s.*binary message.*00 01 02 ff")), 1);
    QCOMPARE(count(QStringLiteral("websocket\\s+Message\\s+s→c")), 4);
    QCOMPARE(
        count(QStringLiteral("websocket\\s+Frame\\s+c→s.*300 B payload \\(126, then a 16-bit length\\)")), 1);
    QCOMPARE(count(QStringLiteral("websocket\\s+Close\\s+c→s.*1000 \\(normal closure\\) \"done\"")), 1);
    QCOMPARE(count(QStringLiteral("websocket\\s+Error")), 0);
}

void WebSocketInteropTest::protovizClientAgainstPythonServer_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("deflate");
    QTest::newRow("ws://, through the emulated link") << false << false;
    QTest::newRow("wss://, through the emulated link") << true << false;
    QTest::newRow("ws://, permessage-deflate") << false << true;
    QTest::newRow("wss://, permessage-deflate") << true << true;
}

void WebSocketInteropTest::protovizClientAgainstPythonServer()
{
    QFETCH(bool, tls);
    QFETCH(bool, deflate);
    if (!havePythonWebsockets())
        QSKIP("Python's websockets is missing (Debian package: python3-websockets); scripts/test.sh installs "
              "it.");
    QString error;
    QStringList serverArguments{script(QStringLiteral("python_server.py"))};
    if (deflate)
        serverArguments << QStringLiteral("--deflate");
    QByteArray trustedCa;
    if (tls) {
        const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
        QVERIFY2(credentials, qPrintable(error));
        QVERIFY2(CertificateAuthority::writePem(*credentials, m_directory.path(), &error), qPrintable(error));
        trustedCa = credentials->caCertificatePem;
        serverArguments << QStringLiteral("--certfile") << m_directory.filePath(QStringLiteral("cert.pem"))
                        << QStringLiteral("--keyfile") << m_directory.filePath(QStringLiteral("key.pem"));
    }
    ExternalProcess server(Python, serverArguments);
    QVERIFY(server.start());
    const QString listening = server.waitForLine(QStringLiteral("^listening \\d+"), 15000);
    QVERIFY2(!listening.isEmpty(), qPrintable(server.output()));
    const auto serverPort = quint16(listening.section(QLatin1Char(' '), 1).toUInt());

    // ProtoViz's client, through a link with a round trip of 40 ms, as a session would connect.
    Timeline timeline(SessionClock::startingNow());
    ConnectionDirectory directory;
    LinkConditions conditions;
    conditions.rttNs = 40'000'000;
    Link link(conditions, &directory, EventRecorder(&timeline, Origin::Link));
    link.setUpstream(QHostAddress::LocalHost, serverPort);
    QVERIFY2(link.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    auto* tcp = new TcpStream;
    tcp->connectTo(link.address(), link.port(), &link, &directory);
    ByteStream* stream = tcp;
    const EventRecorder recorder(&timeline, Origin::Client);
    if (tls) {
        TlsClientConfig config;
        config.serverName = QByteArrayLiteral("localhost");
        config.alpn = {QByteArrayLiteral("http/1.1")};
        config.trustedCaPem = trustedCa;
        std::shared_ptr<TlsClientContext> context = TlsClientContext::create(config, &error);
        QVERIFY2(context, qPrintable(error));
        stream = TlsStream::client(tcp, context, recorder);
    }
    WebSocketClient client(stream, recorder);
    if (deflate)
        client.setCompression(PerMessageDeflate::Parameters());
    QStringList received;
    connect(client.socket(), &QWebSocket::textMessageReceived, this,
            [&](const QString& message) { received.append(message); });
    bool finished = false;
    connect(&client, &WebSocketClient::finished, this, [&] { finished = true; });
    client.open("localhost:" + QByteArray::number(serverPort), "/echo");
    QVERIFY(waitUntil([&] { return client.socket()->state() == QAbstractSocket::ConnectedState; }, 15000));

    client.socket()->sendTextMessage(QStringLiteral(u"hello from ProtoViz, ünïcödé"));
    QVERIFY(waitUntil([&] { return received.size() == 1; }, 10000));
    QCOMPARE(received.constFirst(), QStringLiteral(u"hello from ProtoViz, ünïcödé"));
    if (deflate) {
        // websockets answers with its defaults: 12-bit windows both ways.
        QVERIFY(server.waitForLine(QStringLiteral("^extensions permessage-deflate"), 5000)
                    .contains(QLatin1String("server_max_window_bits=12")));
        QVERIFY(client.tap()->compression().has_value());
        QCOMPARE(client.tap()->compression()->serverMaxWindowBits, 12);
        QCOMPARE(client.tap()->compression()->clientMaxWindowBits, 12);
    }
    // "é€" in three frames that cut both characters: Qt's own client would fail the connection (1007).
    client.socket()->sendTextMessage(QStringLiteral("split"));
    QVERIFY(waitUntil([&] { return received.size() == 2; }, 10000));
    QCOMPARE(received[1], QStringLiteral(u"é€"));
    client.socket()->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("done"));
    QVERIFY(waitUntil([&] { return finished; }, 10000));
    // The Python server reports the close once its TCP connection is gone, which the websockets
    // library may wait for up to its own close_timeout of 10 s: wait longer than that on a busy machine.
    QVERIFY(server.waitForLine(QStringLiteral("^closed 1000"), 20000).size() > 0);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);

    const QList<Event> responses = webSocketEvents(timeline, WebSocketKind::UpgradeResponse);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.constFirst().value, 101);
    QVERIFY(timeline.detail(responses.constFirst()).text.contains(QLatin1String("matches")));
    int incomingFragments = 0;
    for (const Event& frame : webSocketEvents(timeline, WebSocketKind::Frame)) {
        if (frame.direction == Direction::ServerToClient && frame.stream == 2)
            ++incomingFragments;
    }
    QCOMPARE(incomingFragments, 3);
    const QList<Event> messagesIn = webSocketEvents(timeline, WebSocketKind::Message);
    QVERIFY(std::any_of(messagesIn.begin(), messagesIn.end(), [](const Event& e) {
        return e.direction == Direction::ServerToClient && e.stream == 2 && e.value == 3;
    }));
    // Compressed both ways (the split message too: websockets compresses its three fragments as one
    // message), or not at all.
    for (const Event& message : messagesIn)
        QCOMPARE((message.flags & WebSocketEventLog::MessageCompressedFlag) != 0, deflate);
    const QList<Event> closes = webSocketEvents(timeline, WebSocketKind::Close);
    QCOMPARE(closes.size(), 2);
    QCOMPARE(closes[0].value, 1000);
    QCOMPARE(closes[1].value, 1000);
    QVERIFY(webSocketEvents(timeline, WebSocketKind::Error).isEmpty());
    if (tls) {
        const QList<Event> all = timeline.events();
        QVERIFY(std::any_of(all.begin(), all.end(),
                            [](const Event& e) { return e.is(Layer::Tls, TlsKind::HandshakeComplete); }));
    }
}

void WebSocketInteropTest::pythonClientAgainstCompressingServer_data()
{
    QTest::addColumn<bool>("serverCompresses");
    QTest::newRow("server accepts permessage-deflate") << true;
    QTest::newRow("server declines permessage-deflate") << false;
}

void WebSocketInteropTest::pythonClientAgainstCompressingServer()
{
    QFETCH(bool, serverCompresses);
    if (!havePythonWebsockets())
        QSKIP("Python's websockets is missing (Debian package: python3-websockets); scripts/test.sh installs "
              "it.");
    // An in-process server, so that the test reads the timeline directly (tst_cli covers `serve
    // --websocket-compression` from outside).
    Timeline timeline(SessionClock::startingNow());
    const WebServerConfig config;
    WebServer server(config, nullptr, EventRecorder(&timeline, Origin::Server));
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    if (serverCompresses)
        server.webSockets()->setCompression(PerMessageDeflate::Parameters());
    const QString url = QStringLiteral("ws://127.0.0.1:%1/chat").arg(server.cleartextPort());
    QStringList arguments{script(QStringLiteral("python_client.py")), url, QStringLiteral("--deflate")};
    const QStringList sent = messages() + QStringList{QString(20000, QLatin1Char('z'))};
    arguments << sent;
    const PeerRun run = runPeer(Python, arguments, PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    // websockets offers "permessage-deflate; client_max_window_bits".
    QVERIFY2(run.output.contains(serverCompresses ? QLatin1String("extensions permessage-deflate\n")
                                                  : QLatin1String("extensions none\n")),
             qPrintable(run.output));
    QCOMPARE(matchingLines(run.output, QRegularExpression(QStringLiteral("^echo "))).size(), sent.size());
    QVERIFY(waitUntil([&] { return server.webSockets()->connectionCount() == 0; }, 10000));

    qint64 inflated = 0;
    qint64 onWire = 0;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::WebSocket, WebSocketKind::Message)) {
            QCOMPARE((event.flags & WebSocketEventLog::MessageCompressedFlag) != 0, serverCompresses);
            inflated += event.size;
        } else if (event.is(Layer::WebSocket, WebSocketKind::Frame) && (event.flags & 0x08) == 0) {
            onWire += event.value;
        }
    }
    QCOMPARE(webSocketEvents(timeline, WebSocketKind::Message).size(), 2 * sent.size());
    QVERIFY(webSocketEvents(timeline, WebSocketKind::Error).isEmpty());
    // The 20,000 z's alone make compression save most of the bytes.
    if (serverCompresses)
        QVERIFY2(onWire * 10 < inflated, qPrintable(QStringLiteral("%1 of %2").arg(onWire).arg(inflated)));
    else
        QCOMPARE(onWire, inflated);
}

QTEST_GUILESS_MAIN(WebSocketInteropTest)
#include "tst_websocketinterop.moc"

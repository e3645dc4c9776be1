#include "tests/interop/interopsupport.h"

#include "core/link/link.h"
#include "core/timeline/timeline.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"
#include "core/websocket/websocketclient.h"
#include "core/websocket/websocketeventlog.h"
#include "core/websocket/websockettap.h"

#include <QDir>
#include <QMap>
#include <QProcessEnvironment>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int PeerTimeout = 30000;
constexpr int LargeMessage = 100 * 1024;
// Shorter than the reach of the smallest window tested: zlib's compressor looks back 2^bits - 262 bytes,
// 250 with 9 bits.
constexpr int RepeatedMessage = 200;
constexpr int FragmentedMessage = 9000;

QString nodeScript(const QString& name)
{
    const QString source =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("PROTOVIZ_SOURCE_DIR"));
    return QDir(source).filePath(QStringLiteral("tests/interop/node/") + name);
}

// Text that deflate has real work with: words in a pseudo-random order, different for every seed (the
// Node scripts make theirs the same way, in tests/interop/node/generated_text.js).
QString generatedText(int size, quint32 seed)
{
    static const char* const words[] = {"frame",  "window",    "deflate", "message", "context", "takeover",
                                        "server", "client",    "payload", "header",  "inflate", "stream",
                                        "bits",   "extension", "socket",  "chat"};
    quint32 state = seed * 2654435761U + 12345U;
    QString text;
    text.reserve(size + 16);
    while (text.size() < size) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        text += QLatin1String(words[state % 16]) + QLatin1String(state % 7 == 0 ? ". " : " ");
    }
    text.truncate(size);
    return text;
}

// One data message as it crossed the wire: its payload as the application sees it (inflated) and the
// payload bytes of its frames (compressed, if it was).
struct WireMessage
{
    qint64 payload = 0;
    qint64 onWire = 0;
    bool compressed = false;
};

// The data messages of one direction, by their number, from a timeline's events of one origin.
QMap<quint32, WireMessage> wireMessages(const Timeline& timeline, Origin origin, Direction direction)
{
    QMap<quint32, WireMessage> messages;
    for (const Event& event : timeline.events()) {
        if (event.origin != origin || event.direction != direction || event.layer != Layer::WebSocket)
            continue;
        if (event.is(Layer::WebSocket, WebSocketKind::Message)) {
            messages[event.stream].payload = event.size;
            messages[event.stream].compressed = (event.flags & WebSocketEventLog::MessageCompressedFlag) != 0;
        } else if (event.is(Layer::WebSocket, WebSocketKind::Frame) && (event.flags & 0x08) == 0) {
            messages[event.stream].onWire += event.value;
        }
    }
    return messages;
}

// The same from the events `protoviz-cli serve` printed: "websocket Frame c→s stream 2 ... 8 B header +
// 14578 B payload" and "websocket Message c→s stream 2 102400 B".
QMap<quint32, WireMessage> wireMessages(const QString& serveOutput, const QString& direction)
{
    QMap<quint32, WireMessage> messages;
    const QRegularExpression frame(QStringLiteral("websocket\\s+Frame\\s+%1\\s+stream (\\d+)\\s.*?, "
                                                  "\\d+ B header \\+ (\\d+) B payload")
                                       .arg(direction));
    const QRegularExpression message(
        QStringLiteral("websocket\\s+Message\\s+%1\\s+stream (\\d+)\\s+(\\d+) B").arg(direction));
    for (const QString& line : serveOutput.split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch f = frame.match(line); f.hasMatch())
            messages[f.captured(1).toUInt()].onWire += f.captured(2).toLongLong();
        else if (const QRegularExpressionMatch m = message.match(line); m.hasMatch())
            messages[m.captured(1).toUInt()].payload = m.captured(2).toLongLong();
    }
    for (WireMessage& wire : messages)
        wire.compressed = wire.onWire != wire.payload;
    return messages;
}

QString describe(const QMap<quint32, WireMessage>& messages)
{
    QStringList parts;
    for (auto it = messages.begin(); it != messages.end(); ++it)
        parts.append(QStringLiteral("#%1: %2 B, %3 B on the wire%4")
                         .arg(it.key())
                         .arg(it->payload)
                         .arg(it->onWire)
                         .arg(it->compressed ? QStringLiteral(", compressed") : QString()));
    return parts.join(QStringLiteral("; "));
}

// Context takeover shows in the repeated message (numbers first and again): with it, the second copy
// refers back to the first and costs a few bytes (a match or two and the block's own bits); without it, both
// are compressed from a fresh start and cost the same.
void checkContextTakeover(const QMap<quint32, WireMessage>& messages, quint32 first, quint32 again,
                          bool takeover)
{
    QVERIFY2(messages.contains(first) && messages.contains(again), qPrintable(describe(messages)));
    QCOMPARE(messages[again].payload, messages[first].payload);
    if (takeover)
        QVERIFY2(messages[again].onWire * 4 < messages[first].onWire, qPrintable(describe(messages)));
    else
        QVERIFY2(messages[again].onWire == messages[first].onWire, qPrintable(describe(messages)));
}

} // namespace

/// permessage-deflate (RFC 7692) between ProtoViz and Node's `ws`, both ways: ws's client (compression
/// on, context takeover on and off, smaller windows) against `protoviz-cli serve
/// --websocket-compression`, and ProtoViz's own client (through the emulated link) against ws's server,
/// which accepts, imposes its own parameters or declines. Every message must come back intact, 100 KiB
/// ones included, compressed on the wire as agreed, and context takeover must be kept or dropped as
/// agreed (a repeated message shows which).
class WsDeflateInteropTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nodeClientAgainstServe_data();
    void nodeClientAgainstServe();
    void protovizClientAgainstNodeServer_data();
    void protovizClientAgainstNodeServer();
    void cleanupTestCase();

private:
    std::unique_ptr<ServeProcess> m_serve;
};

void WsDeflateInteropTest::initTestCase()
{
    QVERIFY2(QFile::exists(nodeScript(QStringLiteral("deflate_client.js"))),
             "PROTOVIZ_SOURCE_DIR is not set: run through ctest");
    if (!haveProgram(QStringLiteral("node")))
        QSKIP("node is not installed (Debian package: nodejs); scripts/test.sh installs it.");
    if (!QFile::exists(nodeScript(QStringLiteral("node_modules/ws"))))
        QSKIP("tests/interop/node has no node_modules: run `npm ci` there (scripts/test.sh does).");
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--no-tls"), QStringLiteral("--websocket-compression")});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
}

void WsDeflateInteropTest::cleanupTestCase()
{
    if (m_serve)
        QCOMPARE(m_serve->stop(), 0);
}

void WsDeflateInteropTest::nodeClientAgainstServe_data()
{
    QTest::addColumn<QStringList>("offer");
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("takeover");
    // ws offers "permessage-deflate; client_max_window_bits"; ProtoViz keeps its 15-bit windows and says
    // nothing about them.
    QTest::newRow("context takeover") << QStringList{} << QStringLiteral("permessage-deflate") << true;
    QTest::newRow("no context takeover")
        << QStringList{QStringLiteral("--no-context-takeover")}
        << QStringLiteral("permessage-deflate; server_no_context_takeover; client_no_context_takeover")
        << false;
    QTest::newRow("smaller windows")
        << QStringList{QStringLiteral("--server-max-window-bits"), QStringLiteral("10"),
                       QStringLiteral("--client-max-window-bits"), QStringLiteral("9")}
        << QStringLiteral("permessage-deflate; server_max_window_bits=10; client_max_window_bits=9") << true;
}

void WsDeflateInteropTest::nodeClientAgainstServe()
{
    QFETCH(QStringList, offer);
    QFETCH(QString, response);
    QFETCH(bool, takeover);
    const QString url = QStringLiteral("ws://127.0.0.1:%1/chat").arg(m_serve->httpUrl().port());
    // Messages 3 and 4 are the same text ("again"), message 5 the large one, message 6 comes in three
    // frames (RSV1 on the first only) and goes back in one.
    const QStringList messages{QStringLiteral("hello"),
                               QStringLiteral(u"héllo wörld €"),
                               QStringLiteral("size:%1").arg(RepeatedMessage),
                               QStringLiteral("again"),
                               QStringLiteral("size:%1").arg(LargeMessage),
                               QStringLiteral("fragments:3:%1").arg(FragmentedMessage)};
    QStringList arguments{nodeScript(QStringLiteral("deflate_client.js")), url};
    arguments << offer << messages;

    const qsizetype mark = m_serve->mark();
    const PeerRun run = runPeer(QStringLiteral("node"), arguments, PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.output.contains(QStringLiteral("extensions %1\n").arg(response)), qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("agreed permessage-deflate\n")), qPrintable(run.output));
    QCOMPARE(matchingLines(run.output, QRegularExpression(QStringLiteral("^echo "))).size(), messages.size());
    QVERIFY2(run.output.contains(QLatin1String("closed 1000")), qPrintable(run.output));

    // serve's side of it: each message inflated to its own size, the long ones compressed both ways.
    const QString events = m_serve->settledOutputSince(mark, 300, 10000);
    QCOMPARE(matchingLines(events, QRegularExpression(QStringLiteral("websocket\\s+Error"))).size(), 0);
    QCOMPARE(matchingLines(events, QRegularExpression(QStringLiteral("websocket\\s+Close\\s+.*1000"))).size(),
             2);
    // The first frame of each message says RSV1; all their DEFLATE bytes are shown in hexadecimal, never
    // as text (which would put control characters in serve's output).
    const auto count = [&](const QString& pattern) {
        return matchingLines(events, QRegularExpression(pattern)).size();
    };
    QCOMPARE(count(QStringLiteral("websocket\\s+Frame\\s+.*, RSV1 \\(compressed\\)")), 2 * messages.size());
    QCOMPARE(count(QStringLiteral("websocket\\s+Frame\\s+c→s\\s+stream 6\\s.*continuation frame")), 2);
    QCOMPARE(count(QStringLiteral("websocket\\s+Message\\s+c→s\\s+stream 6\\s.* in 3 frame\\(s\\)")), 1);
    const QRegularExpressionMatch control =
        QRegularExpression(QStringLiteral("[\\x{0}-\\x{9}\\x{b}-\\x{1f}]")).match(events);
    QVERIFY2(!control.hasMatch(),
             qPrintable(QStringLiteral("U+%1 in serve's output at %2")
                            .arg(control.captured().constData()->unicode(), 4, 16, QLatin1Char('0'))
                            .arg(control.capturedStart())));
    const QList<qint64> sizes{5,
                              QStringLiteral(u"héllo wörld €").toUtf8().size(),
                              RepeatedMessage,
                              RepeatedMessage,
                              LargeMessage,
                              FragmentedMessage};
    for (const QString& direction : {QStringLiteral("c→s"), QStringLiteral("s→c")}) {
        const QMap<quint32, WireMessage> wire = wireMessages(events, direction);
        QVERIFY2(wire.size() == sizes.size(), qPrintable(direction + QLatin1String(": ") + describe(wire)));
        for (quint32 number = 1; number <= quint32(sizes.size()); ++number)
            QCOMPARE(wire[number].payload, sizes[number - 1]);
        QVERIFY2(wire[3].onWire < wire[3].payload, qPrintable(describe(wire)));
        QVERIFY2(wire[5].onWire * 3 < wire[5].payload, qPrintable(describe(wire)));
        QVERIFY2(wire[6].onWire * 2 < wire[6].payload, qPrintable(describe(wire)));
        checkContextTakeover(wire, 3, 4, takeover);
        if (QTest::currentTestFailed())
            return;
    }
}

void WsDeflateInteropTest::protovizClientAgainstNodeServer_data()
{
    using Parameters = PerMessageDeflate::Parameters;
    QTest::addColumn<Parameters>("wanted");
    QTest::addColumn<QStringList>("serverArguments");
    QTest::addColumn<QString>("response");
    QTest::addColumn<std::optional<Parameters>>("agreed");

    Parameters noTakeover;
    noTakeover.serverNoContextTakeover = true;
    noTakeover.clientNoContextTakeover = true;
    Parameters smallWindows;
    smallWindows.serverMaxWindowBits = 11;
    smallWindows.clientMaxWindowBits = 10;
    Parameters serverWindow;
    serverWindow.serverMaxWindowBits = 10;

    QTest::newRow("ws accepts, context takeover")
        << Parameters() << QStringList{} << QStringLiteral("permessage-deflate")
        << std::optional<Parameters>(Parameters());
    QTest::newRow("ProtoViz asks for no context takeover")
        << noTakeover << QStringList{}
        << QStringLiteral("permessage-deflate; server_no_context_takeover; client_no_context_takeover")
        << std::optional<Parameters>(noTakeover);
    // RFC 7692 section 7.1.1: the server may answer with either on its own.
    QTest::newRow("ws imposes no context takeover")
        << Parameters() << QStringList{QStringLiteral("--no-context-takeover")}
        << QStringLiteral("permessage-deflate; server_no_context_takeover; client_no_context_takeover")
        << std::optional<Parameters>(noTakeover);
    QTest::newRow("ProtoViz asks for smaller windows")
        << smallWindows << QStringList{}
        << QStringLiteral("permessage-deflate; server_max_window_bits=11; client_max_window_bits=10")
        << std::optional<Parameters>(smallWindows);
    // Section 7.1.2.2: the server may limit its own window without being asked.
    QTest::newRow("ws limits its window")
        << Parameters() << QStringList{QStringLiteral("--server-max-window-bits"), QStringLiteral("10")}
        << QStringLiteral("permessage-deflate; server_max_window_bits=10")
        << std::optional<Parameters>(serverWindow);
    QTest::newRow("ws declines") << Parameters() << QStringList{QStringLiteral("--no-deflate")}
                                 << QStringLiteral("none") << std::optional<Parameters>();
}

void WsDeflateInteropTest::protovizClientAgainstNodeServer()
{
    using Parameters = PerMessageDeflate::Parameters;
    QFETCH(Parameters, wanted);
    QFETCH(QStringList, serverArguments);
    QFETCH(QString, response);
    QFETCH(std::optional<Parameters>, agreed);

    ExternalProcess server(QStringLiteral("node"),
                           QStringList{nodeScript(QStringLiteral("deflate_server.js"))} + serverArguments);
    QVERIFY(server.start());
    const QString listening = server.waitForLine(QStringLiteral("^listening \\d+"), 15000);
    QVERIFY2(!listening.isEmpty(), qPrintable(server.output()));
    const auto serverPort = quint16(listening.section(QLatin1Char(' '), 1).toUInt());

    // ProtoViz's client through a link with a round trip of 10 ms, as a session would connect.
    Timeline timeline(SessionClock::startingNow());
    ConnectionDirectory directory;
    LinkConditions conditions;
    conditions.rttNs = 10'000'000;
    Link link(conditions, &directory, EventRecorder(&timeline, Origin::Link));
    link.setUpstream(QHostAddress::LocalHost, serverPort);
    QString error;
    QVERIFY2(link.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    auto* tcp = new TcpStream;
    tcp->connectTo(link.address(), link.port(), &link, &directory);
    WebSocketClient client(tcp, EventRecorder(&timeline, Origin::Client));
    client.setCompression(wanted);
    QStringList received;
    connect(client.socket(), &QWebSocket::textMessageReceived, this,
            [&](const QString& message) { received.append(message); });
    bool finished = false;
    connect(&client, &WebSocketClient::finished, this, [&] { finished = true; });
    QVERIFY2(client.open("localhost:" + QByteArray::number(serverPort), "/echo", &error), qPrintable(error));
    QVERIFY(waitUntil([&] { return client.socket()->state() == QAbstractSocket::ConnectedState; }, 15000));
    QVERIFY2(
        !server.waitForLine(QStringLiteral("^extensions %1$").arg(QRegularExpression::escape(response)), 5000)
             .isEmpty(),
        qPrintable(server.output()));
    QVERIFY(client.tap());
    QCOMPARE(client.tap()->compression(), agreed);

    // Messages 2 and 3 are the same text: context takeover shows in the second.
    const QString repeated = generatedText(RepeatedMessage, 1);
    const QStringList sent{QStringLiteral(u"hello from ProtoViz, ünïcödé"), repeated, repeated,
                           generatedText(LargeMessage, 2)};
    for (const QString& message : sent) {
        const qsizetype before = received.size();
        client.socket()->sendTextMessage(message);
        QVERIFY(waitUntil([&] { return received.size() > before; }, 10000));
        QVERIFY2(received.constLast() == message,
                 qPrintable(QStringLiteral("message %1 came back as %2 characters")
                                .arg(before + 1)
                                .arg(received.constLast().size())));
    }
    client.socket()->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("done"));
    QVERIFY(waitUntil([&] { return finished; }, 10000));
    QVERIFY(!server.waitForLine(QStringLiteral("^closed 1000"), 10000).isEmpty());
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);

    // What ProtoViz's tap decoded at the network side: compressed as agreed, both ways.
    for (const Direction direction : {Direction::ClientToServer, Direction::ServerToClient}) {
        const QMap<quint32, WireMessage> wire = wireMessages(timeline, Origin::Client, direction);
        QVERIFY2(wire.size() == sent.size(), qPrintable(describe(wire)));
        for (quint32 number = 1; number <= quint32(sent.size()); ++number) {
            QCOMPARE(wire[number].payload, sent[int(number) - 1].toUtf8().size());
            QCOMPARE(wire[number].compressed, agreed.has_value());
        }
        if (!agreed) {
            for (const WireMessage& message : wire)
                QCOMPARE(message.onWire, message.payload);
            continue;
        }
        QVERIFY2(wire[4].onWire * 3 < wire[4].payload, qPrintable(describe(wire)));
        // The client's compressor (ProtoViz's) sends client to server, the server's (ws's) back.
        const bool takeover = direction == Direction::ClientToServer ? !agreed->clientNoContextTakeover
                                                                     : !agreed->serverNoContextTakeover;
        checkContextTakeover(wire, 2, 3, takeover);
        if (QTest::currentTestFailed())
            return;
    }
    for (const Event& event : timeline.events())
        QVERIFY2(!event.is(Layer::WebSocket, WebSocketKind::Error), qPrintable(timeline.detail(event).text));
}

QTEST_GUILESS_MAIN(WsDeflateInteropTest)
#include "tst_wsdeflateinterop.moc"

#include "tests/support/testsupport.h"

#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"
#include "core/websocket/websocketclient.h"
#include "core/websocket/websocketframedecoder.h"
#include "core/websocket/websocketframedecoderhandler.h"
#include "core/websocket/websockethandshake.h"
#include "core/websocket/websocketserver.h"
#include "core/websocket/websockettap.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace protoviz;
using protoviz::test::waitUntil;

namespace {

constexpr quint32 Key = 0x37fa213d;

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QList<Event> eventsOf(const Timeline& timeline, Layer layer, quint8 kind, Origin origin)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.layer == layer && event.kind == kind && event.origin == origin)
            found.append(event);
    }
    return found;
}

template <typename Kind>
QList<Event> eventsOf(const Timeline& timeline, Kind kind, Origin origin)
{
    return eventsOf(timeline, Layer::WebSocket, kindOf(kind), origin);
}

// A hand-made WebSocket client on a plain socket: it writes whatever bytes a test wants and decodes
// what the server sends with ProtoViz's decoder.
class RawClient final : public WebSocketFrameDecoderHandler
{
public:
    QTcpSocket socket;
    QByteArray head;
    QList<WebSocketFrame> frames;
    QList<WebSocketProtocolError> errors;
    WebSocketFrameDecoder decoder{WebSocketFrameDecoder::Sender::Server, this};

    void onFrame(const WebSocketFrame& frame) override { frames.append(frame); }
    void onMessage(const WebSocketMessage&) override {}
    void onError(const WebSocketProtocolError& error) override { errors.append(error); }

    // Sends request bytes and waits for the response head. Returns its status, 0 on timeout.
    int handshake(quint16 port, const QByteArray& request)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            QByteArray data = socket.readAll();
            if (!head.endsWith("\r\n\r\n")) {
                head += data;
                const qsizetype end = head.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                data = head.sliced(end + 4);
                head.truncate(end + 4);
                if (!head.startsWith("HTTP/1.1 101"))
                    return;
            }
            decoder.feed(data);
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.write(request);
        if (!waitUntil([this] { return head.endsWith("\r\n\r\n"); }, 5000))
            return 0;
        return head.mid(9, 3).toInt();
    }

    int open(quint16 port, const QByteArray& path = "/chat")
    {
        return handshake(
            port, "GET " + path +
                      " HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    }

    int closeCodeReceived() const
    {
        for (const WebSocketFrame& frame : frames) {
            if (frame.opcode == WebSocketOpcode::Close)
                return frame.closeCode();
        }
        return 0;
    }
};

} // namespace

/// ProtoViz's WebSocket server (WebServer → WebSocketServer → WebSocketTap → QWebSocketServer) and
/// client (WebSocketClient), live on 127.0.0.1: the upgrade and its events, frames decoded from the
/// wire in both directions, ws:// and wss://, refused upgrades, and the protocol violations ProtoViz
/// catches itself, including the ones Qt 6.4 gets wrong (see tst_websocketqt).
class WebSocketServerTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exchangesAndClosesOverWs();
    void exchangesOverWss();
    void refusesBadUpgrades_data();
    void refusesBadUpgrades();
    void failsProtocolViolations_data();
    void failsProtocolViolations();
    void failsInvalidUtf8BeforeTheFrameEnds();
    void deliversCharacterSplitAcrossFragments();
    void recordsLengthEncodingsAndControlFrames();
    void clientFailsServerThatMasks();

private:
    WebSocketClient* openClient(bool tls, const QByteArray& path = "/chat");

    TlsCredentials m_credentials;
    std::unique_ptr<Timeline> m_timeline;
    std::unique_ptr<WebServer> m_server;
    QStringList m_collected; // what the /collect service received
};

void WebSocketServerTest::initTestCase()
{
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
    QVERIFY2(credentials, qPrintable(error));
    m_credentials = *credentials;
}

void WebSocketServerTest::init()
{
    m_timeline = std::make_unique<Timeline>(SessionClock::startingNow());
    WebServerConfig config;
    TlsServerConfig tls;
    tls.credentials = m_credentials;
    tls.alpn = {QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")};
    QString error;
    config.tls = TlsServerContext::create(tls, &error);
    QVERIFY2(config.tls, qPrintable(error));
    m_server = std::make_unique<WebServer>(config, nullptr, EventRecorder(m_timeline.get(), Origin::Server));
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    m_collected.clear();
    m_server->webSockets()->addService("/collect", [this](QWebSocket* socket, quint32) {
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this](const QString& message) { m_collected.append(message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray& message) {
            m_collected.append(QString::fromLatin1(message.toHex()));
        });
    });
}

void WebSocketServerTest::cleanup()
{
    m_server.reset();
    m_timeline.reset();
}

WebSocketClient* WebSocketServerTest::openClient(bool tls, const QByteArray& path)
{
    auto* tcp = new TcpStream;
    tcp->connectTo(QHostAddress::LocalHost, tls ? m_server->tlsPort() : m_server->cleartextPort(), nullptr,
                   nullptr);
    ByteStream* stream = tcp;
    const EventRecorder recorder(m_timeline.get(), Origin::Client);
    if (tls) {
        TlsClientConfig config;
        config.serverName = QByteArrayLiteral("localhost");
        config.alpn = {QByteArrayLiteral("http/1.1")};
        config.trustedCaPem = m_credentials.caCertificatePem;
        QString error;
        std::shared_ptr<TlsClientContext> context = TlsClientContext::create(config, &error);
        if (!context)
            qWarning("client context: %s", qPrintable(error));
        stream = TlsStream::client(tcp, context, recorder);
    }
    auto* client = new WebSocketClient(stream, recorder, this);
    client->open("localhost:" + QByteArray::number(tls ? m_server->tlsPort() : m_server->cleartextPort()),
                 path);
    return client;
}

void WebSocketServerTest::exchangesAndClosesOverWs()
{
    QSignalSpy opened(m_server->webSockets(), &WebSocketServer::connectionOpened);
    WebSocketClient* client = openClient(false);
    QStringList received;
    QList<WebSocketMessage> decoded;
    connect(client->socket(), &QWebSocket::textMessageReceived, this,
            [&](const QString& message) { received.append(message); });
    connect(client, &WebSocketClient::messageReceived, this,
            [&](const WebSocketMessage& message) { decoded.append(message); });
    QVERIFY(waitUntil([&] { return client->socket()->state() == QAbstractSocket::ConnectedState; }, 5000));
    client->socket()->sendTextMessage(QStringLiteral(u"hello, wörld"));
    QVERIFY(waitUntil([&] { return received.size() == 1; }, 5000));
    QCOMPARE(received.constFirst(), QStringLiteral(u"hello, wörld"));
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(QString::fromUtf8(decoded.constFirst().payload), QStringLiteral(u"hello, wörld"));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().at(1).toByteArray(), QByteArray("/chat"));

    bool finished = false;
    connect(client, &WebSocketClient::finished, this, [&] { finished = true; });
    client->socket()->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye"));
    QVERIFY(waitUntil([&] { return finished && m_server->webSockets()->connectionCount() == 0; }, 5000));

    const Timeline& timeline = *m_timeline;
    // The upgrade, on both sides.
    const QList<Event> requests = eventsOf(timeline, WebSocketKind::UpgradeRequest, Origin::Server);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().direction, Direction::ClientToServer);
    QVERIFY(timeline.detail(requests.constFirst()).fieldValue(QStringLiteral("Sec-WebSocket-Version")) ==
            QStringLiteral("13"));
    const QList<Event> responses = eventsOf(timeline, WebSocketKind::UpgradeResponse, Origin::Server);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.constFirst().value, 101);
    const EventDetail responseDetail = timeline.detail(responses.constFirst());
    QVERIFY(responseDetail.bytes.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
    QVERIFY(responseDetail.text.contains(QLatin1String("258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
    QVERIFY(responseDetail.fieldValue(QStringLiteral("Sec-WebSocket-Accept (server)"))
                .contains(QLatin1String("matches")));
    const QList<Event> clientResponses = eventsOf(timeline, WebSocketKind::UpgradeResponse, Origin::Client);
    QCOMPARE(clientResponses.size(), 1);
    QVERIFY(timeline.detail(clientResponses.constFirst()).text.contains(QLatin1String("matches")));
    const QList<Event> clientRequests = eventsOf(timeline, WebSocketKind::UpgradeRequest, Origin::Client);
    QCOMPARE(clientRequests.size(), 1);
    QVERIFY(timeline.detail(clientRequests.constFirst())
                .bytes.contains(
                    QByteArray("Host: localhost:" + QByteArray::number(m_server->cleartextPort()) + "\r\n")));
    QCOMPARE(eventsOf(timeline, Layer::Http1, kindOf(Http1Kind::ResponseHead), Origin::Client).size(), 1);

    // Frames: the text went up masked and came back unmasked; sizes are header + payload.
    const QList<Event> serverFrames = eventsOf(timeline, WebSocketKind::Frame, Origin::Server);
    const QByteArray payload = QStringLiteral(u"hello, wörld").toUtf8();
    const auto textUp = std::find_if(serverFrames.begin(), serverFrames.end(), [](const Event& e) {
        return e.direction == Direction::ClientToServer && (e.flags & 0x0f) == WebSocketOpcode::Text;
    });
    QVERIFY(textUp != serverFrames.end());
    QCOMPARE(textUp->flags, quint8(0x81));
    QCOMPARE(textUp->overhead, 6u);
    QCOMPARE(textUp->size, quint32(6 + payload.size()));
    QCOMPARE(textUp->value, qint64(payload.size()));
    QCOMPARE(timeline.detail(*textUp).fieldValue(QStringLiteral("MASK")), QStringLiteral("1 (masked)"));
    const QList<Event> clientFrames = eventsOf(timeline, WebSocketKind::Frame, Origin::Client);
    const auto textDown = std::find_if(clientFrames.begin(), clientFrames.end(), [](const Event& e) {
        return e.direction == Direction::ServerToClient && (e.flags & 0x0f) == WebSocketOpcode::Text;
    });
    QVERIFY(textDown != clientFrames.end());
    QCOMPARE(textDown->overhead, 2u);
    QVERIFY(timeline.detail(*textDown).text.contains(QStringLiteral(u"hello, wörld")));
    QCOMPARE(eventsOf(timeline, WebSocketKind::Message, Origin::Server).size(), 2); // received and sent back

    // The closing handshake: the client's 1000 and the server's answer, seen on both sides.
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> closes = eventsOf(timeline, WebSocketKind::Close, origin);
        QCOMPARE(closes.size(), 2);
        QCOMPARE(closes[0].value, 1000);
        QCOMPARE(closes[0].direction, Direction::ClientToServer);
        QCOMPARE(closes[1].direction, Direction::ServerToClient);
    }
    QVERIFY(eventsOf(timeline, WebSocketKind::Error, Origin::Server).isEmpty());
    QVERIFY(eventsOf(timeline, WebSocketKind::Error, Origin::Client).isEmpty());
}

void WebSocketServerTest::exchangesOverWss()
{
    WebSocketClient* client = openClient(true, "/collect");
    QVERIFY(waitUntil([&] { return client->socket()->state() == QAbstractSocket::ConnectedState; }, 10000));
    client->socket()->sendTextMessage(QStringLiteral("secure"));
    client->socket()->sendBinaryMessage(hex("00ff10"));
    QVERIFY(waitUntil([&] { return m_collected.size() == 2; }, 5000));
    QCOMPARE(m_collected, (QStringList{QStringLiteral("secure"), QStringLiteral("00ff10")}));
    QVERIFY(client->tap()->network()->isSecure());
    QVERIFY(!eventsOf(m_timeline->events().isEmpty() ? *m_timeline : *m_timeline, Layer::Tls,
                      kindOf(TlsKind::HandshakeComplete), Origin::Server)
                 .isEmpty());
    const QList<Event> frames = eventsOf(*m_timeline, WebSocketKind::Frame, Origin::Server);
    QVERIFY(std::any_of(frames.begin(), frames.end(),
                        [](const Event& e) { return (e.flags & 0x0f) == WebSocketOpcode::Binary; }));
    client->socket()->close();
    QVERIFY(waitUntil([&] { return m_server->webSockets()->connectionCount() == 0; }, 5000));
}

void WebSocketServerTest::refusesBadUpgrades_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("versionHeader");
    const QByteArray start = "GET /chat HTTP/1.1\r\nHost: localhost\r\n";
    QTest::newRow("no Sec-WebSocket-Key") << start + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                                     "Sec-WebSocket-Version: 13\r\n\r\n"
                                          << 400 << QByteArray();
    QTest::newRow("version 8") << start + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                                          "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n"
                               << 426 << QByteArray("13");
    QTest::newRow("a key that is not 16 bytes")
        << start + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: c2hvcnQ=\r\nSec-WebSocket-Version: 13\r\n\r\n"
        << 400 << QByteArray();
    QTest::newRow("plain GET to the WebSocket path") << start + "\r\n" << 426 << QByteArray("13");
}

void WebSocketServerTest::refusesBadUpgrades()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, versionHeader);
    RawClient raw;
    QCOMPARE(raw.handshake(m_server->cleartextPort(), request), status);
    QCOMPARE(raw.head.contains("sec-websocket-version: 13\r\n"), !versionHeader.isEmpty());
    QVERIFY(waitUntil([&] { return !eventsOf(*m_timeline, WebSocketKind::Error, Origin::Server).isEmpty(); },
                      2000));
    const QList<Event> errors = eventsOf(*m_timeline, WebSocketKind::Error, Origin::Server);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().value, status);
    QVERIFY(m_timeline->detail(errors.constFirst()).text.contains(QString::number(status)));
    const QList<Event> responses = eventsOf(*m_timeline, WebSocketKind::UpgradeResponse, Origin::Server);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.constFirst().value, status);
    QCOMPARE(m_server->webSockets()->connectionCount(), 0);
    // The connection stays HTTP/1.1: the page is still served on it.
    raw.head.clear();
    raw.socket.write("GET /websocket-test HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY(waitUntil([&] { return raw.head.endsWith("\r\n\r\n"); }, 5000));
    QVERIFY(raw.head.startsWith("HTTP/1.1 200"));
}

void WebSocketServerTest::failsProtocolViolations_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("closeCode");
    QTest::newRow("unmasked client frame (Qt would accept it)")
        << WebSocketFrame::encode(WebSocketOpcode::Text, "hi") << 1002;
    QTest::newRow("reserved opcode 0x3") << WebSocketFrame::encode(0x3, "hi", true, Key) << 1002;
    QTest::newRow("reserved control opcode 0xB") << WebSocketFrame::encode(0xB, "", true, Key) << 1002;
    QTest::newRow("RSV1 without extension")
        << WebSocketFrame::encode(WebSocketOpcode::Text, "hi", true, Key, 4) << 1002;
    QTest::newRow("invalid UTF-8 in text")
        << WebSocketFrame::encode(WebSocketOpcode::Text, hex("c328"), true, Key) << 1007;
    QTest::newRow("invalid UTF-8 in a later fragment")
        << QByteArray(WebSocketFrame::encode(WebSocketOpcode::Text, "ok ", false, Key) +
                      WebSocketFrame::encode(WebSocketOpcode::Continuation, hex("eda080"), true, Key))
        << 1007;
}

void WebSocketServerTest::failsProtocolViolations()
{
    QFETCH(QByteArray, frames);
    QFETCH(int, closeCode);
    RawClient raw;
    QCOMPARE(raw.open(m_server->cleartextPort(), "/collect"), 101);
    QVERIFY(waitUntil([&] { return m_server->webSockets()->connectionCount() == 1; }, 5000));
    raw.socket.write(frames);
    QVERIFY(waitUntil([&] { return raw.closeCodeReceived() != 0; }, 5000));
    QCOMPARE(raw.closeCodeReceived(), closeCode);
    QVERIFY(m_collected.isEmpty());
    const QList<Event> errors = eventsOf(*m_timeline, WebSocketKind::Error, Origin::Server);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().value, closeCode);
    QVERIFY(!m_timeline->detail(errors.constFirst()).text.isEmpty());
    const QList<Event> closes = eventsOf(*m_timeline, WebSocketKind::Close, Origin::Server);
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.constFirst().value, closeCode);
    QCOMPARE(closes.constFirst().direction, Direction::ServerToClient);
    // The client answers the close; the server then ends the connection.
    raw.socket.write(WebSocketFrame::encode(WebSocketOpcode::Close,
                                            WebSocketFrame::closePayload(quint16(closeCode), ""), true, Key));
    QVERIFY(waitUntil([&] { return raw.socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    QVERIFY(waitUntil([&] { return m_server->webSockets()->connectionCount() == 0; }, 5000));
}

void WebSocketServerTest::failsInvalidUtf8BeforeTheFrameEnds()
{
    RawClient raw;
    QCOMPARE(raw.open(m_server->cleartextPort(), "/collect"), 101);
    QByteArray text(5000, 'a');
    text[3] = char(0xff);
    const QByteArray frame = WebSocketFrame::encode(WebSocketOpcode::Text, text, true, Key);
    // Only the first 100 bytes: the server must not wait for the other 4,908.
    raw.socket.write(frame.first(100));
    QVERIFY(waitUntil([&] { return raw.closeCodeReceived() != 0; }, 5000));
    QCOMPARE(raw.closeCodeReceived(), 1007);
    const QList<Event> errors = eventsOf(*m_timeline, WebSocketKind::Error, Origin::Server);
    QCOMPARE(errors.size(), 1);
    QVERIFY(m_timeline->detail(errors.constFirst()).text.contains(QLatin1String("without waiting")));
    QVERIFY(m_collected.isEmpty());
}

void WebSocketServerTest::deliversCharacterSplitAcrossFragments()
{
    RawClient raw;
    QCOMPARE(raw.open(m_server->cleartextPort(), "/collect"), 101);
    // "é€😀" with every character cut between two fragments, and a ping between them.
    raw.socket.write(WebSocketFrame::encode(WebSocketOpcode::Text, hex("c3"), false, Key) +
                     WebSocketFrame::encode(WebSocketOpcode::Continuation, hex("a9e2"), false, Key) +
                     WebSocketFrame::encode(WebSocketOpcode::Ping, "p", true, Key) +
                     WebSocketFrame::encode(WebSocketOpcode::Continuation, hex("82acf09f"), false, Key) +
                     WebSocketFrame::encode(WebSocketOpcode::Continuation, hex("9880"), true, Key));
    QVERIFY(waitUntil([&] { return !m_collected.isEmpty(); }, 5000));
    QCOMPARE(m_collected, QStringList{QStringLiteral(u"é€😀")});
    QVERIFY(waitUntil([&] { return !raw.frames.isEmpty(); }, 5000));
    QCOMPARE(raw.frames.constFirst().opcode, WebSocketOpcode::Pong);
    QVERIFY(eventsOf(*m_timeline, WebSocketKind::Error, Origin::Server).isEmpty());
    const QList<Event> messages = eventsOf(*m_timeline, WebSocketKind::Message, Origin::Server);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.constFirst().value, 4);                                        // frames
    QCOMPARE(eventsOf(*m_timeline, WebSocketKind::Frame, Origin::Server).size(), 6); // 4 + ping + pong
}

void WebSocketServerTest::recordsLengthEncodingsAndControlFrames()
{
    WebSocketClient* client = openClient(false);
    QList<QByteArray> received;
    connect(client->socket(), &QWebSocket::binaryMessageReceived, this,
            [&](const QByteArray& message) { received.append(message); });
    QVERIFY(waitUntil([&] { return client->socket()->state() == QAbstractSocket::ConnectedState; }, 5000));
    client->socket()->sendBinaryMessage(QByteArray(300, 'm'));
    client->socket()->sendBinaryMessage(QByteArray(70000, 'l'));
    client->socket()->ping("are you there");
    QVERIFY(waitUntil([&] { return received.size() == 2; }, 10000));
    QVERIFY(waitUntil(
        [&] {
            const QList<Event> frames = eventsOf(*m_timeline, WebSocketKind::Frame, Origin::Client);
            return std::any_of(frames.begin(), frames.end(),
                               [](const Event& e) { return (e.flags & 0x0f) == WebSocketOpcode::Pong; });
        },
        5000));
    QMap<qint64, quint32> upOverhead;   // payload length → header bytes, client to server
    QMap<qint64, quint32> downOverhead; // server to client
    for (const Event& e : eventsOf(*m_timeline, WebSocketKind::Frame, Origin::Client)) {
        if ((e.flags & 0x0f) == WebSocketOpcode::Binary)
            (e.direction == Direction::ClientToServer ? upOverhead : downOverhead)
                .insert(e.value, e.overhead);
    }
    QCOMPARE(upOverhead.value(300), 8u);    // 2 + 16-bit length + mask
    QCOMPARE(upOverhead.value(70000), 14u); // 2 + 64-bit length + mask
    QCOMPARE(downOverhead.value(300), 4u);
    QCOMPARE(downOverhead.value(70000), 10u);
    client->socket()->close();
    QVERIFY(waitUntil([&] { return m_server->webSockets()->connectionCount() == 0; }, 5000));
}

void WebSocketServerTest::clientFailsServerThatMasks()
{
    // A server that answers the handshake properly and then sends a masked frame (which Qt's own client
    // would take): ProtoViz's client fails the connection with 1002.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QTcpSocket* peer = nullptr;
    QByteArray fromClient;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        peer = listener.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, this, [&] {
            fromClient += peer->readAll();
            const qsizetype end = fromClient.indexOf("\r\n\r\n");
            if (end < 0 || !fromClient.startsWith("GET"))
                return;
            const qsizetype keyAt = fromClient.indexOf("Sec-WebSocket-Key: ") + 19;
            const QByteArray key = fromClient.mid(keyAt, fromClient.indexOf("\r\n", keyAt) - keyAt);
            fromClient.remove(0, end + 4);
            peer->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: " +
                        WebSocketHandshake::accept(key) + "\r\n\r\n" +
                        WebSocketFrame::encode(WebSocketOpcode::Text, "masked", true, Key));
        });
    });
    auto* tcp = new TcpStream;
    tcp->connectTo(QHostAddress::LocalHost, listener.serverPort(), nullptr, nullptr);
    auto* client = new WebSocketClient(tcp, EventRecorder(m_timeline.get(), Origin::Client), this);
    QStringList received;
    connect(client->socket(), &QWebSocket::textMessageReceived, this,
            [&](const QString& m) { received.append(m); });
    client->open("localhost", "/");
    QVERIFY(waitUntil([&] { return !eventsOf(*m_timeline, WebSocketKind::Error, Origin::Client).isEmpty(); },
                      5000));
    const Event error = eventsOf(*m_timeline, WebSocketKind::Error, Origin::Client).constFirst();
    QCOMPARE(error.value, 1002);
    QVERIFY(m_timeline->detail(error).text.contains(QLatin1String("masked")));
    // The client's Close frame (masked, code 1002) went out.
    QVERIFY(waitUntil([&] { return fromClient.size() >= 8; }, 5000));
    QCOMPARE(quint8(fromClient[0]), quint8(0x88));
    QCOMPARE((quint8(fromClient[6] ^ fromClient[2]) << 8) | quint8(fromClient[7] ^ fromClient[3]), 1002);
    QTest::qWait(100);
    QVERIFY(received.isEmpty());
}

QTEST_GUILESS_MAIN(WebSocketServerTest)
#include "tst_websocketserver.moc"

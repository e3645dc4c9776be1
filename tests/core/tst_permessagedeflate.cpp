#include "tests/support/testsupport.h"

#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/transport/tcpstream.h"
#include "core/websocket/messagedeflater.h"
#include "core/websocket/messageinflater.h"
#include "core/websocket/permessagedeflate.h"
#include "core/websocket/websocketclient.h"
#include "core/websocket/websocketeventlog.h"
#include "core/websocket/websocketframedecoder.h"
#include "core/websocket/websocketframedecoderhandler.h"
#include "core/websocket/websocketserver.h"
#include "core/websocket/websockettap.h"

#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace protoviz;
using protoviz::test::waitUntil;
using Parameters = PerMessageDeflate::Parameters;

Q_DECLARE_METATYPE(protoviz::PerMessageDeflate::Parameters)

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

HeaderList extensions(const QByteArray& value)
{
    if (value.isNull())
        return {};
    return {{QByteArrayLiteral("Sec-WebSocket-Extensions"), value}};
}

Parameters parameters(bool serverReset, bool clientReset, int serverBits, int clientBits)
{
    Parameters p;
    p.serverNoContextTakeover = serverReset;
    p.clientNoContextTakeover = clientReset;
    p.serverMaxWindowBits = serverBits;
    p.clientMaxWindowBits = clientBits;
    return p;
}

// Collects what a decoder reports.
struct Collector final : WebSocketFrameDecoderHandler
{
    QList<WebSocketFrame> frames;
    QList<WebSocketMessage> messages;
    QList<WebSocketProtocolError> errors;

    void onFrame(const WebSocketFrame& frame) override { frames.append(frame); }
    void onMessage(const WebSocketMessage& message) override { messages.append(message); }
    void onError(const WebSocketProtocolError& error) override { errors.append(error); }
};

// A text a chat repeats: compresses well, and better with context takeover.
QString chatLine(int i)
{
    return QStringLiteral(
               u"message %1: the quick brown fox jumps over the lazy dog, and the dog — ünbothered — "
               u"sleeps on; the quick brown fox jumps over the lazy dog again.")
        .arg(i);
}

QList<Event> eventsOf(const Timeline& timeline, WebSocketKind kind, Origin origin)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::WebSocket, kind) && event.origin == origin)
            found.append(event);
    }
    return found;
}

} // namespace

/// permessage-deflate (RFC 7692): the negotiation rules on both sides, zlib's compression with the
/// removed tail, the decoder's RSV1 rules and bounded inflation, and ProtoViz's client and server talking
/// compressed over 127.0.0.1 with each parameter, a zip bomb closed with 1009.
class PerMessageDeflateTest final : public QObject
{
    Q_OBJECT

private slots:
    void serverAcceptsOrDeclinesOffers_data();
    void serverAcceptsOrDeclinesOffers();
    void clientChecksResponses_data();
    void clientChecksResponses();
    void compressesAsTheRfcExamples();
    void inflationIsBounded();
    void decoderInflatesAndEnforcesRsv1_data();
    void decoderInflatesAndEnforcesRsv1();
    void clientAndServerTalkCompressed_data();
    void clientAndServerTalkCompressed();
    void serverWithoutCompressionDeclines();
    void serverClosesZipBombWith1009();
    void serverDeclinesBadOfferOnTheWire();
    void cleanup();

private:
    void startServer(std::optional<Parameters> setting);

    std::unique_ptr<Timeline> m_timeline;
    std::unique_ptr<WebServer> m_server;
};

void PerMessageDeflateTest::cleanup()
{
    m_server.reset();
    m_timeline.reset();
}

void PerMessageDeflateTest::startServer(std::optional<Parameters> setting)
{
    m_timeline = std::make_unique<Timeline>(SessionClock::startingNow());
    const WebServerConfig config;
    m_server = std::make_unique<WebServer>(config, nullptr, EventRecorder(m_timeline.get(), Origin::Server));
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    m_server->webSockets()->setCompression(setting);
}

void PerMessageDeflateTest::serverAcceptsOrDeclinesOffers_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<Parameters>("setting");
    QTest::addColumn<QByteArray>("response"); // null: declined

    const Parameters plain;
    QTest::newRow("bare") << QByteArray("permessage-deflate") << plain << QByteArray("permessage-deflate");
    QTest::newRow("client_max_window_bits without value")
        << QByteArray("permessage-deflate; client_max_window_bits") << plain
        << QByteArray("permessage-deflate");
    QTest::newRow("no context takeover both ways")
        << QByteArray("permessage-deflate; server_no_context_takeover; client_no_context_takeover") << plain
        << QByteArray("permessage-deflate; server_no_context_takeover; client_no_context_takeover");
    QTest::newRow("both windows")
        << QByteArray("permessage-deflate; server_max_window_bits=10; client_max_window_bits=12") << plain
        << QByteArray("permessage-deflate; server_max_window_bits=10; client_max_window_bits=12");
    QTest::newRow("offered server window 15 is answered")
        << QByteArray("permessage-deflate; server_max_window_bits=15") << plain
        << QByteArray("permessage-deflate; server_max_window_bits=15");
    QTest::newRow("quoted value") << QByteArray("permessage-deflate; server_max_window_bits=\"11\"") << plain
                                  << QByteArray("permessage-deflate; server_max_window_bits=11");
    QTest::newRow("server setting shrinks both windows")
        << QByteArray("permessage-deflate; client_max_window_bits") << parameters(true, true, 11, 9)
        << QByteArray("permessage-deflate; server_no_context_takeover; client_no_context_takeover; "
                      "server_max_window_bits=11; client_max_window_bits=9");
    QTest::newRow("client window not offered: not limited")
        << QByteArray("permessage-deflate") << parameters(false, false, 15, 9)
        << QByteArray("permessage-deflate");
    QTest::newRow("second offer taken after a bad first")
        << QByteArray("permessage-deflate; foo=1, permessage-deflate; client_max_window_bits") << plain
        << QByteArray("permessage-deflate");
    QTest::newRow("other extensions ignored") << QByteArray("x-webkit-deflate-frame, permessage-deflate")
                                              << plain << QByteArray("permessage-deflate");

    QTest::newRow("unknown parameter") << QByteArray("permessage-deflate; foo") << plain << QByteArray();
    QTest::newRow("duplicate parameter")
        << QByteArray("permessage-deflate; server_no_context_takeover; server_no_context_takeover") << plain
        << QByteArray();
    QTest::newRow("value on a flag") << QByteArray("permessage-deflate; client_no_context_takeover=1")
                                     << plain << QByteArray();
    QTest::newRow("window 16") << QByteArray("permessage-deflate; server_max_window_bits=16") << plain
                               << QByteArray();
    QTest::newRow("window 7") << QByteArray("permessage-deflate; client_max_window_bits=7") << plain
                              << QByteArray();
    QTest::newRow("leading zero") << QByteArray("permessage-deflate; server_max_window_bits=09") << plain
                                  << QByteArray();
    QTest::newRow("server window without value")
        << QByteArray("permessage-deflate; server_max_window_bits") << plain << QByteArray();
    QTest::newRow("server window 8: zlib cannot")
        << QByteArray("permessage-deflate; server_max_window_bits=8") << plain << QByteArray();
    QTest::newRow("no permessage-deflate") << QByteArray("x-webkit-deflate-frame") << plain << QByteArray();
    QTest::newRow("malformed list") << QByteArray("permessage-deflate; =") << plain << QByteArray();
}

void PerMessageDeflateTest::serverAcceptsOrDeclinesOffers()
{
    QFETCH(QByteArray, offer);
    QFETCH(Parameters, setting);
    QFETCH(QByteArray, response);
    QString declined;
    const auto agreement = PerMessageDeflate::accept(extensions(offer), setting, &declined);
    if (response.isNull()) {
        QVERIFY(!agreement);
        if (offer.startsWith("permessage-deflate"))
            QVERIFY(!declined.isEmpty());
        return;
    }
    QVERIFY2(agreement, qPrintable(declined));
    QCOMPARE(agreement->response, response);
    // The client's own check accepts what the server answered to a matching offer.
    QString fault;
    Parameters wanted;
    wanted.serverNoContextTakeover = offer.contains("server_no_context_takeover");
    if (offer.contains("server_max_window_bits=1"))
        wanted.serverMaxWindowBits = agreement->parameters.serverMaxWindowBits;
    const auto checked = PerMessageDeflate::checkResponse(extensions(response), wanted, &fault);
    QVERIFY2(checked, qPrintable(fault));
    QCOMPARE(checked->serverMaxWindowBits, agreement->parameters.serverMaxWindowBits);
}

void PerMessageDeflateTest::clientChecksResponses_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<Parameters>("wanted");
    QTest::addColumn<bool>("agreed");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<Parameters>("expected");

    const Parameters plain;
    QTest::newRow("no extension: declined") << QByteArray() << plain << false << false << plain;
    QTest::newRow("accepted") << QByteArray("permessage-deflate") << plain << true << false << plain;
    QTest::newRow("client window set by the server")
        << QByteArray("permessage-deflate; client_max_window_bits=9") << plain << true << false
        << parameters(false, false, 15, 9);
    QTest::newRow("server resets unasked") << QByteArray("permessage-deflate; server_no_context_takeover")
                                           << plain << true << false << parameters(true, false, 15, 15);
    QTest::newRow("asked server window answered smaller")
        << QByteArray("permessage-deflate; server_max_window_bits=9") << parameters(false, false, 10, 15)
        << true << false << parameters(false, false, 9, 15);
    QTest::newRow("client's own reset kept")
        << QByteArray("permessage-deflate") << parameters(false, true, 15, 12) << true << false
        << parameters(false, true, 15, 12);

    QTest::newRow("client window without value")
        << QByteArray("permessage-deflate; client_max_window_bits") << plain << false << true << plain;
    QTest::newRow("twice") << QByteArray("permessage-deflate, permessage-deflate") << plain << false << true
                           << plain;
    QTest::newRow("not offered") << QByteArray("x-foo") << plain << false << true << plain;
    QTest::newRow("unknown parameter")
        << QByteArray("permessage-deflate; bar") << plain << false << true << plain;
    QTest::newRow("asked server window missing")
        << QByteArray("permessage-deflate") << parameters(false, false, 10, 15) << false << true << plain;
    QTest::newRow("asked server window larger") << QByteArray("permessage-deflate; server_max_window_bits=12")
                                                << parameters(false, false, 10, 15) << false << true << plain;
    QTest::newRow("asked server reset missing")
        << QByteArray("permessage-deflate") << parameters(true, false, 15, 15) << false << true << plain;
}

void PerMessageDeflateTest::clientChecksResponses()
{
    QFETCH(QByteArray, response);
    QFETCH(Parameters, wanted);
    QFETCH(bool, agreed);
    QFETCH(bool, fails);
    QFETCH(Parameters, expected);
    QString fault;
    const auto result = PerMessageDeflate::checkResponse(extensions(response), wanted, &fault);
    QCOMPARE(result.has_value(), agreed);
    QCOMPARE(!fault.isEmpty(), fails);
    if (agreed)
        QCOMPARE(*result, expected);
}

void PerMessageDeflateTest::compressesAsTheRfcExamples()
{
    // RFC 7692 section 7.2.3.1: "Hello" is f2 48 cd c9 c9 07 00 once the tail is removed.
    MessageDeflater takeover(15, false);
    const QByteArray first = takeover.compress("Hello");
    QCOMPARE(first, hex("f248cdc9c90700"));
    // Section 7.2.3.2: with context takeover the second "Hello" is a back-reference, shorter.
    const QByteArray second = takeover.compress("Hello");
    QVERIFY(second.size() < first.size());
    MessageInflater inflater(15, false);
    for (const QByteArray& compressed : {first, second}) {
        QByteArray message;
        QCOMPARE(inflater.inflate(compressed, &message, 1000), MessageInflater::Result::Ok);
        QCOMPARE(inflater.finish(&message, 1000), MessageInflater::Result::Ok);
        QCOMPARE(message, QByteArray("Hello"));
    }
    // Without context takeover every message compresses the same.
    MessageDeflater reset(15, true);
    QCOMPARE(reset.compress("Hello"), first);
    QCOMPARE(reset.compress("Hello"), first);
    // An 8-bit window is honoured with stored blocks, which any inflater reads.
    MessageDeflater tiny(8, false);
    MessageInflater tinyInflater(8, false);
    const QByteArray text = chatLine(1).toUtf8().repeated(3);
    QByteArray message;
    QCOMPARE(tinyInflater.inflate(tiny.compress(text), &message, 100000), MessageInflater::Result::Ok);
    QCOMPARE(tinyInflater.finish(&message, 100000), MessageInflater::Result::Ok);
    QCOMPARE(message, text);
}

void PerMessageDeflateTest::inflationIsBounded()
{
    MessageDeflater deflater(15, true);
    const QByteArray bomb = deflater.compress(QByteArray(64 * 1024 * 1024, '\0'));
    QVERIFY(bomb.size() < 128 * 1024); // 64 MiB of zeros in ~64 KiB
    MessageInflater inflater(15, true);
    QByteArray message;
    QCOMPARE(inflater.inflate(bomb, &message, 1024 * 1024), MessageInflater::Result::TooBig);
    QVERIFY(message.size() <= 1024 * 1024);
    MessageInflater corrupt(15, false);
    message.clear();
    QCOMPARE(corrupt.inflate(hex("ffffffff"), &message, 1000), MessageInflater::Result::Corrupt);
}

void PerMessageDeflateTest::decoderInflatesAndEnforcesRsv1_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("negotiated");
    QTest::addColumn<int>("closeCode"); // 0: valid
    QTest::addColumn<QByteArray>("inflated");

    // RFC 7692 section 7.2.3.1 and 7.2.3.3 (server frames, unmasked).
    QTest::newRow("compressed Hello") << hex("c107f248cdc9c90700") << true << 0 << QByteArray("Hello");
    QTest::newRow("compressed and fragmented") << hex("4103f248cd"
                                                      "8004c9c90700")
                                               << true << 0 << QByteArray("Hello");
    QTest::newRow("uncompressed message still fine")
        << hex("810548656c6c6f") << true << 0 << QByteArray("Hello");
    QTest::newRow("ping between fragments") << hex("4103f248cd"
                                                   "8900"
                                                   "8004c9c90700")
                                            << true << 0 << QByteArray("Hello");
    QTest::newRow("RSV1 without negotiation") << hex("c107f248cdc9c90700") << false << 1002 << QByteArray();
    QTest::newRow("RSV1 on a ping") << hex("c900") << true << 1002 << QByteArray();
    QTest::newRow("RSV1 on a continuation") << hex("4103f248cd"
                                                   "c004c9c90700")
                                            << true << 1002 << QByteArray();
    QTest::newRow("RSV2 stays reserved") << hex("a107f248cdc9c90700") << true << 1002 << QByteArray();
    QTest::newRow("not DEFLATE") << hex("c104ffffffff") << true << 1007 << QByteArray();
    MessageDeflater deflater(15, false);
    QTest::newRow("inflates to invalid UTF-8")
        << WebSocketFrame::encode(WebSocketOpcode::Text, deflater.compress("\xff"), true, std::nullopt, 0x4)
        << true << 1007 << QByteArray();
}

void PerMessageDeflateTest::decoderInflatesAndEnforcesRsv1()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, negotiated);
    QFETCH(int, closeCode);
    QFETCH(QByteArray, inflated);
    Collector collector;
    MessageInflater inflater(15, false);
    WebSocketFrameDecoder decoder(WebSocketFrameDecoder::Sender::Server, &collector);
    if (negotiated)
        decoder.setInflater(&inflater);
    // One byte at a time: inflation must work across any split.
    for (char byte : std::as_const(wire))
        decoder.feed(QByteArrayView(&byte, 1));
    if (closeCode != 0) {
        QCOMPARE(collector.errors.size(), 1);
        QCOMPARE(int(collector.errors.constFirst().closeCode), closeCode);
        return;
    }
    QVERIFY(collector.errors.isEmpty());
    QCOMPARE(collector.messages.size(), 1);
    const WebSocketMessage& message = collector.messages.constFirst();
    QCOMPARE(message.payload, inflated);
    QCOMPARE(message.compressed, (quint8(wire[0]) & 0x40) != 0);
    if (message.compressed)
        QCOMPARE(message.compressedBytes, 7u);
}

void PerMessageDeflateTest::clientAndServerTalkCompressed_data()
{
    QTest::addColumn<Parameters>("wanted");  // the client's
    QTest::addColumn<Parameters>("setting"); // the server's
    QTest::addColumn<QByteArray>("response");

    QTest::newRow("defaults") << Parameters() << Parameters() << QByteArray("permessage-deflate");
    QTest::newRow("server_no_context_takeover asked by the client")
        << parameters(true, false, 15, 15) << Parameters()
        << QByteArray("permessage-deflate; server_no_context_takeover");
    QTest::newRow("client_no_context_takeover set by the server")
        << Parameters() << parameters(false, true, 15, 15)
        << QByteArray("permessage-deflate; client_no_context_takeover");
    QTest::newRow("server_max_window_bits asked by the client")
        << parameters(false, false, 10, 15) << Parameters()
        << QByteArray("permessage-deflate; server_max_window_bits=10");
    QTest::newRow("client_max_window_bits set by the server")
        << Parameters() << parameters(false, false, 15, 9)
        << QByteArray("permessage-deflate; client_max_window_bits=9");
    QTest::newRow("client_max_window_bits 8: stored blocks")
        << Parameters() << parameters(false, false, 15, 8)
        << QByteArray("permessage-deflate; client_max_window_bits=8");
    QTest::newRow("everything")
        << parameters(true, true, 12, 11) << parameters(false, false, 11, 10)
        << QByteArray("permessage-deflate; server_no_context_takeover; client_no_context_takeover; "
                      "server_max_window_bits=11; client_max_window_bits=10");
}

void PerMessageDeflateTest::clientAndServerTalkCompressed()
{
    QFETCH(Parameters, wanted);
    QFETCH(Parameters, setting);
    QFETCH(QByteArray, response);
    startServer(setting);

    auto* tcp = new TcpStream;
    tcp->connectTo(QHostAddress::LocalHost, m_server->cleartextPort(), nullptr, nullptr);
    auto* client = new WebSocketClient(tcp, EventRecorder(m_timeline.get(), Origin::Client), this);
    client->setCompression(wanted);
    client->open("localhost:" + QByteArray::number(m_server->cleartextPort()), "/chat");
    QStringList received;
    QByteArray binaryReceived;
    connect(client->socket(), &QWebSocket::textMessageReceived, this,
            [&](const QString& message) { received.append(message); });
    connect(client->socket(), &QWebSocket::binaryMessageReceived, this,
            [&](const QByteArray& message) { binaryReceived = message; });
    QVERIFY(waitUntil([&] { return client->socket()->state() == QAbstractSocket::ConnectedState; }, 5000));
    QVERIFY(client->tap()->compression().has_value());

    constexpr int Lines = 5;
    for (int i = 0; i < Lines; ++i)
        client->socket()->sendTextMessage(chatLine(i));
    // Large enough for Qt to send it in fragments (and the tap in one compressed frame).
    const QByteArray binary = QByteArray("0123456789abcdef").repeated(64 * 1024);
    client->socket()->sendBinaryMessage(binary);
    QVERIFY(waitUntil([&] { return received.size() == Lines && !binaryReceived.isEmpty(); }, 10000));
    for (int i = 0; i < Lines; ++i)
        QCOMPARE(received[i], chatLine(i));
    QCOMPARE(binaryReceived, binary);

    bool finished = false;
    connect(client, &WebSocketClient::finished, this, [&] { finished = true; });
    client->socket()->close();
    QVERIFY(waitUntil([&] { return finished && m_server->webSockets()->connectionCount() == 0; }, 5000));

    const QList<Event> responses = eventsOf(*m_timeline, WebSocketKind::UpgradeResponse, Origin::Server);
    QCOMPARE(responses.size(), 1);
    QVERIFY2(m_timeline->detail(responses.constFirst())
                 .bytes.contains(QByteArray("sec-websocket-extensions: " + response + "\r\n")),
             m_timeline->detail(responses.constFirst()).bytes.constData());
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        QVERIFY(eventsOf(*m_timeline, WebSocketKind::Error, origin).isEmpty());
        const QList<Event> messages = eventsOf(*m_timeline, WebSocketKind::Message, origin);
        QCOMPARE(messages.size(), 2 * (Lines + 1));
        quint64 inflated = 0;
        for (const Event& message : messages) {
            QVERIFY(message.flags & WebSocketEventLog::MessageCompressedFlag);
            QVERIFY(m_timeline->detail(message)
                        .fieldValue(QStringLiteral("compressed (RSV1)"))
                        .contains(QLatin1String("saved")));
            inflated += message.size;
        }
        quint64 onWire = 0;
        for (const Event& frame : eventsOf(*m_timeline, WebSocketKind::Frame, origin)) {
            if ((frame.flags & 0x08) == 0) {
                QCOMPARE(frame.flags & 0x40, 0x40); // every data message is one frame with RSV1
                QVERIFY(m_timeline->detail(frame)
                            .fieldValue(QStringLiteral("RSV1"))
                            .contains(QLatin1String("permessage-deflate")));
                onWire += quint64(frame.value);
            }
        }
        const bool storedOnly = setting.clientMaxWindowBits == 8;
        // Stored blocks save nothing in the client's direction, the server's still compresses.
        QVERIFY2(onWire * (storedOnly ? 1 : 4) < inflated,
                 qPrintable(QStringLiteral("%1 of %2").arg(onWire).arg(inflated)));
    }
}

void PerMessageDeflateTest::serverWithoutCompressionDeclines()
{
    startServer(std::nullopt);
    auto* tcp = new TcpStream;
    tcp->connectTo(QHostAddress::LocalHost, m_server->cleartextPort(), nullptr, nullptr);
    auto* client = new WebSocketClient(tcp, EventRecorder(m_timeline.get(), Origin::Client), this);
    client->setCompression(Parameters());
    client->open("localhost:" + QByteArray::number(m_server->cleartextPort()), "/chat");
    QStringList received;
    connect(client->socket(), &QWebSocket::textMessageReceived, this,
            [&](const QString& message) { received.append(message); });
    QVERIFY(waitUntil([&] { return client->socket()->state() == QAbstractSocket::ConnectedState; }, 5000));
    QVERIFY(!client->tap()->compression().has_value());
    client->socket()->sendTextMessage(chatLine(1));
    QVERIFY(waitUntil([&] { return received.size() == 1; }, 5000));
    for (const Event& message : eventsOf(*m_timeline, WebSocketKind::Message, Origin::Client))
        QCOMPARE(message.flags & WebSocketEventLog::MessageCompressedFlag, 0);
    client->socket()->close();
    QVERIFY(waitUntil([&] { return m_server->webSockets()->connectionCount() == 0; }, 5000));
}

namespace {

// A raw client that offers permessage-deflate and writes whatever frames a test wants.
struct RawDeflateClient final : WebSocketFrameDecoderHandler
{
    QTcpSocket socket;
    QByteArray head;
    QList<WebSocketFrame> frames;
    WebSocketFrameDecoder decoder{WebSocketFrameDecoder::Sender::Server, this};
    MessageInflater inflater{15, false};

    void onFrame(const WebSocketFrame& frame) override { frames.append(frame); }
    void onMessage(const WebSocketMessage&) override {}
    void onError(const WebSocketProtocolError&) override {}

    bool open(quint16 port, const QByteArray& offer)
    {
        decoder.setInflater(&inflater);
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            QByteArray data = socket.readAll();
            if (!head.endsWith("\r\n\r\n")) {
                head += data;
                const qsizetype end = head.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                data = head.sliced(end + 4);
                head.truncate(end + 4);
            }
            decoder.feed(data);
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.write("GET /chat HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                     "Sec-WebSocket-Extensions: " +
                     offer + "\r\n\r\n");
        return waitUntil([this] { return head.endsWith("\r\n\r\n"); }, 5000) &&
               head.startsWith("HTTP/1.1 101");
    }

    int closeCode() const
    {
        for (const WebSocketFrame& frame : frames) {
            if (frame.opcode == WebSocketOpcode::Close)
                return frame.closeCode();
        }
        return 0;
    }
};

} // namespace

void PerMessageDeflateTest::serverClosesZipBombWith1009()
{
    startServer(Parameters());
    RawDeflateClient client;
    QVERIFY(client.open(m_server->cleartextPort(), "permessage-deflate; client_max_window_bits"));
    QVERIFY(client.head.contains("sec-websocket-extensions: permessage-deflate\r\n"));
    // 1 GiB of zeros would be about 1 MiB compressed; 64 MiB (64 KiB on the wire) is past the 16 MiB limit.
    MessageDeflater deflater(15, false);
    const QByteArray bomb = deflater.compress(QByteArray(64 * 1024 * 1024, '\0'));
    client.socket.write(
        WebSocketFrame::encode(WebSocketOpcode::Binary, bomb, true, WebSocketFrame::randomMask(), 0x4));
    QVERIFY(waitUntil([&] { return client.closeCode() != 0; }, 10000));
    QCOMPARE(client.closeCode(), int(WebSocketCloseCode::MessageTooBig));
    const QList<Event> errors = eventsOf(*m_timeline, WebSocketKind::Error, Origin::Server);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().value, 1009);
    QVERIFY(m_timeline->detail(errors.constFirst()).text.contains(QLatin1String("zip bomb")));
    client.socket.abort();
    QVERIFY(waitUntil([&] { return m_server->webSockets()->connectionCount() == 0; }, 5000));
}

void PerMessageDeflateTest::serverDeclinesBadOfferOnTheWire()
{
    startServer(Parameters());
    RawDeflateClient client;
    QVERIFY(client.open(m_server->cleartextPort(), "permessage-deflate; server_max_window_bits=16"));
    QVERIFY(!client.head.toLower().contains("sec-websocket-extensions"));
    // Declined: a compressed frame is now a protocol error.
    client.socket.write(WebSocketFrame::encode(WebSocketOpcode::Text, hex("f248cdc9c90700"), true,
                                               WebSocketFrame::randomMask(), 0x4));
    QVERIFY(waitUntil([&] { return client.closeCode() != 0; }, 5000));
    QCOMPARE(client.closeCode(), int(WebSocketCloseCode::ProtocolError));
    client.socket.abort();
    QVERIFY(waitUntil([&] { return m_server->webSockets()->connectionCount() == 0; }, 5000));
}

QTEST_GUILESS_MAIN(PerMessageDeflateTest)
#include "tst_permessagedeflate.moc"

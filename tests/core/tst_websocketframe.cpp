#include "core/websocket/utf8validator.h"
#include "core/websocket/websocketeventlog.h"
#include "core/websocket/websocketframe.h"
#include "core/websocket/websocketframedecoder.h"
#include "core/websocket/websocketframedecoderhandler.h"
#include "core/websocket/websockethandshake.h"

#include <QTest>
#include <QtEndian>

using namespace protoviz;
using Sender = WebSocketFrameDecoder::Sender;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// Collects what a decoder reports.
class Collector final : public WebSocketFrameDecoderHandler
{
public:
    explicit Collector(Sender sender, qint64 maxMessageSize = WebSocketFrameDecoder::DefaultMaxMessageSize)
        : decoder(sender, this, maxMessageSize)
    {
    }

    WebSocketFrameDecoder decoder;
    QList<WebSocketFrame> frames;
    QList<WebSocketMessage> messages;
    QList<WebSocketProtocolError> errors;
    QList<QByteArray> order; // "frame", "message", "error" as reported

    void onFrame(const WebSocketFrame& frame) override
    {
        frames.append(frame);
        order.append("frame");
    }
    void onMessage(const WebSocketMessage& message) override
    {
        messages.append(message);
        order.append("message");
    }
    void onError(const WebSocketProtocolError& error) override
    {
        errors.append(error);
        order.append("error");
    }

    // Feeds one byte at a time: the decoder must not depend on how TCP splits the bytes.
    void feedBytewise(const QByteArray& bytes)
    {
        for (qsizetype i = 0; i < bytes.size() && !decoder.hasError(); ++i)
            decoder.feed(QByteArrayView(bytes).sliced(i, 1));
    }
};

constexpr quint32 Key = 0x37fa213d;

} // namespace

/// ProtoViz's own WebSocket pieces that need no sockets: the incremental UTF-8 validator, the frame
/// decoder against RFC 6455's examples and every rule it enforces, frame encoding, the handshake checks
/// and the accept proof, and the fields the event log locates in a frame.
class WebSocketFrameTest final : public QObject
{
    Q_OBJECT

private slots:
    void utf8AcceptsValidTextSplitAnywhere();
    void utf8RefusesInvalidAtTheFirstBadByte_data();
    void utf8RefusesInvalidAtTheFirstBadByte();
    void decodesRfcExamples();
    void roundTripsEveryLengthEncoding_data();
    void roundTripsEveryLengthEncoding();
    void reassemblesFragmentsWithControlFramesBetween();
    void acceptsCharacterSplitAcrossFragments();
    void ignoresBytesAfterClose();
    void refusesViolations_data();
    void refusesViolations();
    void failsFastOnInvalidUtf8InsideAFrame();
    void validatesCloseFrames_data();
    void validatesCloseFrames();
    void computesTheAcceptProof();
    void checksUpgradeRequests_data();
    void checksUpgradeRequests();
    void locatesFrameFields();
};

void WebSocketFrameTest::utf8AcceptsValidTextSplitAnywhere()
{
    const QByteArray text = QStringLiteral(u"aé€😀ßxデ").toUtf8();
    QVERIFY(Utf8Validator::isValid(text));
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        Utf8Validator validator;
        QVERIFY(validator.feed(text.first(cut)));
        QVERIFY(validator.feed(text.sliced(cut)));
        QVERIFY2(validator.isComplete(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
    Utf8Validator partial;
    QVERIFY(partial.feed(hex("f09f98")));
    QVERIFY(!partial.isComplete());
    QCOMPARE(partial.pendingBytes(), 3);
}

void WebSocketFrameTest::utf8RefusesInvalidAtTheFirstBadByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("lone continuation byte") << hex("618061") << qint64(1);
    QTest::newRow("overlong two bytes (C0 80)") << hex("c080") << qint64(0);
    QTest::newRow("overlong three bytes (E0 80 80)") << hex("e08080") << qint64(1);
    QTest::newRow("surrogate (ED A0 80)") << hex("eda080") << qint64(1);
    QTest::newRow("above U+10FFFF (F4 90 80 80)") << hex("f4908080") << qint64(1);
    QTest::newRow("F5 lead byte") << hex("41f5") << qint64(1);
    QTest::newRow("FF byte") << hex("cebae1bdb9cf83ceb5ff") << qint64(9);
    QTest::newRow("character cut by a new one") << hex("e282e282ac") << qint64(2);
}

void WebSocketFrameTest::utf8RefusesInvalidAtTheFirstBadByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, offset);
    QVERIFY(!Utf8Validator::isValid(bytes));
    Utf8Validator validator;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const bool ok = validator.feed(bytes.sliced(i, 1));
        QCOMPARE(ok, i < offset);
        if (!ok)
            break;
    }
    QVERIFY(validator.hasFailed());
    QVERIFY(!validator.isComplete());
    QCOMPARE(validator.errorOffset(), offset);
}

void WebSocketFrameTest::decodesRfcExamples()
{
    // RFC 6455 section 5.7.
    {
        Collector server(Sender::Server);
        server.feedBytewise(hex("810548656c6c6f"));
        QCOMPARE(server.frames.size(), 1);
        const WebSocketFrame& frame = server.frames.constFirst();
        QVERIFY(frame.fin);
        QCOMPARE(frame.opcode, WebSocketOpcode::Text);
        QVERIFY(!frame.masked);
        QCOMPARE(frame.headerSize, 2);
        QCOMPARE(frame.payload, QByteArray("Hello"));
        QCOMPARE(frame.lengthEncoding, WebSocketLengthEncoding::Bits7);
        QCOMPARE(server.messages.size(), 1);
        QCOMPARE(server.messages.constFirst().payload, QByteArray("Hello"));
        QCOMPARE(server.order, (QList<QByteArray>{"frame", "message"}));
    }
    {
        Collector client(Sender::Client);
        client.feedBytewise(hex("818537fa213d7f9f4d5158"));
        QCOMPARE(client.frames.size(), 1);
        const WebSocketFrame& frame = client.frames.constFirst();
        QVERIFY(frame.masked);
        QCOMPARE(frame.maskingKey, Key);
        QCOMPARE(frame.headerSize, 6);
        QCOMPARE(frame.payload, QByteArray("Hello"));
        QCOMPARE(frame.wire, hex("818537fa213d7f9f4d5158"));
    }
    {
        Collector server(Sender::Server);
        server.decoder.feed(hex("010348656c80026c6f"));
        QCOMPARE(server.frames.size(), 2);
        QVERIFY(!server.frames[0].fin);
        QCOMPARE(server.frames[1].opcode, WebSocketOpcode::Continuation);
        QCOMPARE(server.frames[1].message, 1u);
        QCOMPARE(server.messages.size(), 1);
        QCOMPARE(server.messages.constFirst().payload, QByteArray("Hello"));
        QCOMPARE(server.messages.constFirst().frames, 2);
    }
    {
        Collector server(Sender::Server);
        server.decoder.feed(hex("890548656c6c6f"));
        Collector client(Sender::Client);
        client.decoder.feed(hex("8a8537fa213d7f9f4d5158"));
        QCOMPARE(server.frames.constFirst().opcode, WebSocketOpcode::Ping);
        QCOMPARE(client.frames.constFirst().opcode, WebSocketOpcode::Pong);
        QCOMPARE(client.frames.constFirst().payload, QByteArray("Hello"));
        QCOMPARE(client.frames.constFirst().message, 0u);
        QVERIFY(server.messages.isEmpty());
    }
    {
        Collector server(Sender::Server);
        server.decoder.feed(QByteArray(hex("827e0100") + QByteArray(256, 'x')));
        QCOMPARE(server.frames.constFirst().lengthEncoding, WebSocketLengthEncoding::Bits16);
        QCOMPARE(server.frames.constFirst().headerSize, 4);
        QCOMPARE(server.frames.constFirst().payloadLength, 256u);
        server.decoder.feed(QByteArray(hex("827f0000000000010000") + QByteArray(65536, 'y')));
        QCOMPARE(server.frames.size(), 2);
        QCOMPARE(server.frames[1].lengthEncoding, WebSocketLengthEncoding::Bits64);
        QCOMPARE(server.frames[1].headerSize, 10);
        QCOMPARE(server.messages[1].payload.size(), 65536);
        QCOMPARE(server.messages[1].number, 2u);
    }
}

void WebSocketFrameTest::roundTripsEveryLengthEncoding_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<int>("headerSize");
    QTest::addColumn<WebSocketLengthEncoding>("encoding");
    QTest::newRow("empty") << 0 << false << 2 << WebSocketLengthEncoding::Bits7;
    QTest::newRow("125, masked") << 125 << true << 6 << WebSocketLengthEncoding::Bits7;
    QTest::newRow("126") << 126 << false << 4 << WebSocketLengthEncoding::Bits16;
    QTest::newRow("65535, masked") << 65535 << true << 8 << WebSocketLengthEncoding::Bits16;
    QTest::newRow("65536") << 65536 << false << 10 << WebSocketLengthEncoding::Bits64;
    QTest::newRow("70000, masked") << 70000 << true << 14 << WebSocketLengthEncoding::Bits64;
}

void WebSocketFrameTest::roundTripsEveryLengthEncoding()
{
    QFETCH(int, length);
    QFETCH(bool, masked);
    QFETCH(int, headerSize);
    QFETCH(WebSocketLengthEncoding, encoding);
    QByteArray payload(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        payload[i] = char(i * 7);
    const QByteArray wire = WebSocketFrame::encode(WebSocketOpcode::Binary, payload, true,
                                                   masked ? std::optional<quint32>(Key) : std::nullopt);
    QCOMPARE(wire.size(), headerSize + length);
    Collector collector(masked ? Sender::Client : Sender::Server);
    if (length < 1000)
        collector.feedBytewise(wire);
    else
        QCOMPARE(collector.decoder.feed(wire), wire.size());
    QVERIFY(collector.errors.isEmpty());
    QCOMPARE(collector.frames.size(), 1);
    const WebSocketFrame& frame = collector.frames.constFirst();
    QCOMPARE(frame.headerSize, headerSize);
    QCOMPARE(frame.lengthEncoding, encoding);
    QCOMPARE(frame.payload, payload);
    QCOMPARE(frame.wire, wire);
    QCOMPARE(frame.firstByte(), quint8(wire[0]));
    QCOMPARE(collector.messages.constFirst().wireBytes, quint64(wire.size()));
}

void WebSocketFrameTest::reassemblesFragmentsWithControlFramesBetween()
{
    Collector client(Sender::Client);
    const QByteArray wire = WebSocketFrame::encode(WebSocketOpcode::Binary, "ab", false, Key) +
                            WebSocketFrame::encode(WebSocketOpcode::Ping, "p", true, Key) +
                            WebSocketFrame::encode(WebSocketOpcode::Continuation, "cd", false, Key) +
                            WebSocketFrame::encode(WebSocketOpcode::Pong, "", true, Key) +
                            WebSocketFrame::encode(WebSocketOpcode::Continuation, "ef", true, Key) +
                            WebSocketFrame::encode(WebSocketOpcode::Text, "next", true, Key);
    const qsizetype firstFragment = WebSocketFrame::encode(WebSocketOpcode::Binary, "ab", false, Key).size();
    client.decoder.feed(QByteArrayView(wire).first(firstFragment));
    QVERIFY(client.decoder.inMessage());
    client.feedBytewise(wire.sliced(firstFragment));
    QVERIFY(!client.decoder.inMessage());
    QVERIFY(client.decoder.isBetweenFrames());
    QCOMPARE(client.decoder.consumed(), qint64(wire.size()));
    QVERIFY(client.errors.isEmpty());
    QCOMPARE(client.frames.size(), 6);
    QCOMPARE(client.messages.size(), 2);
    QCOMPARE(client.messages[0].payload, QByteArray("abcdef"));
    QCOMPARE(client.messages[0].opcode, WebSocketOpcode::Binary);
    QCOMPARE(client.messages[0].frames, 3);
    QCOMPARE(client.messages[1].number, 2u);
    QCOMPARE(client.frames[1].message, 0u); // the ping belongs to no message
    QCOMPARE(client.frames[2].message, 1u);
}

void WebSocketFrameTest::acceptsCharacterSplitAcrossFragments()
{
    // "é€" as C3 | A9 E2 | 82 AC: every character boundary falls inside a fragment.
    Collector client(Sender::Client);
    client.feedBytewise(WebSocketFrame::encode(WebSocketOpcode::Text, hex("c3"), false, Key) +
                        WebSocketFrame::encode(WebSocketOpcode::Continuation, hex("a9e2"), false, Key) +
                        WebSocketFrame::encode(WebSocketOpcode::Continuation, hex("82ac"), true, Key));
    QVERIFY(client.errors.isEmpty());
    QCOMPARE(client.messages.size(), 1);
    QCOMPARE(QString::fromUtf8(client.messages.constFirst().payload), QStringLiteral(u"é€"));
}

void WebSocketFrameTest::ignoresBytesAfterClose()
{
    // RFC 6455 sections 5.5.1 and 7.1.1: a frame after the Close frame, even a bad one, is ignored; the
    // closing handshake goes on with the code received.
    const QByteArray wire =
        WebSocketFrame::encode(WebSocketOpcode::Close, WebSocketFrame::closePayload(1000, "bye")) +
        WebSocketFrame::encode(WebSocketOpcode::Text, "late") +
        WebSocketFrame::encode(WebSocketOpcode::Ping, "") +
        WebSocketFrame::encode(0x3, "reserved", true, Key);
    for (const bool bytewise : {false, true}) {
        Collector server(Sender::Server);
        if (bytewise)
            server.feedBytewise(wire);
        else
            QCOMPARE(server.decoder.feed(wire), wire.size());
        QVERIFY(server.errors.isEmpty());
        QCOMPARE(server.frames.size(), 1);
        QVERIFY(server.decoder.closeReceived());
        QCOMPARE(server.frames.constFirst().closeCode(), WebSocketCloseCode::Normal);
        QCOMPARE(server.decoder.consumed(), qint64(wire.size()));
    }
}

void WebSocketFrameTest::refusesViolations_data()
{
    QTest::addColumn<int>("sender");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<int>("framesBefore");
    const int client = int(Sender::Client);
    const int server = int(Sender::Server);
    const auto masked = [](quint8 opcode, QByteArrayView payload, bool fin = true, quint8 rsv = 0) {
        return WebSocketFrame::encode(opcode, payload, fin, Key, rsv);
    };
    QTest::newRow("unmasked client frame")
        << client << WebSocketFrame::encode(WebSocketOpcode::Text, "hi") << 1002 << 0;
    QTest::newRow("masked server frame") << server << masked(WebSocketOpcode::Text, "hi") << 1002 << 0;
    for (const quint8 opcode : {3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF})
        QTest::addRow("reserved opcode 0x%x", opcode) << client << masked(opcode, "x") << 1002 << 0;
    QTest::newRow("RSV1 without extension")
        << client << masked(WebSocketOpcode::Text, "x", true, 4) << 1002 << 0;
    QTest::newRow("RSV3 without extension")
        << client << masked(WebSocketOpcode::Binary, "x", true, 1) << 1002 << 0;
    QTest::newRow("fragmented ping") << client << masked(WebSocketOpcode::Ping, "x", false) << 1002 << 0;
    QTest::newRow("ping of 126 bytes")
        << client << masked(WebSocketOpcode::Ping, QByteArray(126, 'p')) << 1002 << 0;
    QTest::newRow("continuation without a message")
        << client << masked(WebSocketOpcode::Continuation, "x") << 1002 << 0;
    QTest::newRow("new message inside a fragmented one")
        << client << masked(WebSocketOpcode::Text, "a", false) + masked(WebSocketOpcode::Binary, "b") << 1002
        << 1;
    QTest::newRow("64-bit length with the top bit set") << server << hex("827f8000000000000001") << 1002 << 0;
    QTest::newRow("16-bit length for 5 bytes") << server << hex("827e0005") + "hello" << 1002 << 0;
    QTest::newRow("64-bit length for 200 bytes")
        << server << hex("827f00000000000000c8") + QByteArray(200, 'x') << 1002 << 0;
    QTest::newRow("text that is not UTF-8")
        << client << masked(WebSocketOpcode::Text, hex("48ff")) << 1007 << 0;
    QTest::newRow("text that ends inside a character")
        << client << masked(WebSocketOpcode::Text, hex("41c3")) << 1007 << 0;
    QTest::newRow("fragmented text that ends inside a character")
        << client
        << masked(WebSocketOpcode::Text, hex("41"), false) +
               masked(WebSocketOpcode::Continuation, hex("e282"))
        << 1007 << 1;
    QTest::newRow("message too big (limit 1000)")
        << server << WebSocketFrame::encode(WebSocketOpcode::Binary, QByteArray(1001, 'b')) << 1009 << 0;
}

void WebSocketFrameTest::refusesViolations()
{
    QFETCH(int, sender);
    QFETCH(QByteArray, wire);
    QFETCH(int, closeCode);
    QFETCH(int, framesBefore);
    for (const bool bytewise : {false, true}) {
        Collector collector(Sender(sender), 1000);
        if (bytewise)
            collector.feedBytewise(wire);
        else
            QVERIFY(collector.decoder.feed(wire) <= wire.size());
        QCOMPARE(collector.errors.size(), 1);
        QCOMPARE(int(collector.errors.constFirst().closeCode), closeCode);
        QVERIFY(!collector.errors.constFirst().explanation.isEmpty());
        QCOMPARE(collector.frames.size(), framesBefore);
        QVERIFY(collector.decoder.hasError());
        // Nothing more is consumed after the error.
        QCOMPARE(collector.decoder.feed(WebSocketFrame::encode(WebSocketOpcode::Ping, "")), 0);
    }
}

void WebSocketFrameTest::failsFastOnInvalidUtf8InsideAFrame()
{
    // A 2000-byte text frame whose 11th byte is invalid: the error comes with that byte, long before the
    // frame is complete (Qt 6.4 only checks when the whole frame is in).
    QByteArray text(2000, 'a');
    text[10] = char(0xff);
    const QByteArray wire = WebSocketFrame::encode(WebSocketOpcode::Text, text, true, Key);
    Collector client(Sender::Client);
    const qsizetype consumed = client.decoder.feed(QByteArrayView(wire).first(100));
    QCOMPARE(client.errors.size(), 1);
    const WebSocketProtocolError& error = client.errors.constFirst();
    QCOMPARE(error.closeCode, WebSocketCloseCode::InvalidPayload);
    QVERIFY(error.headerComplete);
    QVERIFY(!error.frameComplete);
    QCOMPARE(error.offset, qint64(8 + 10)); // 8 header bytes (126 + 16-bit length + mask), then 10 good ones
    QCOMPARE(consumed, qsizetype(8 + 10));
    QCOMPARE(error.frame.payload.size(), 11);
    QVERIFY(error.explanation.contains(QLatin1String("0xff")));
}

void WebSocketFrameTest::validatesCloseFrames_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("closeCode"); // 0: valid
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("one byte") << hex("03") << 1002;
    for (const int code : {1000, 1001, 1003, 1007, 1011, 1012, 1014, 3000, 3999, 4000, 4999})
        QTest::addRow("code %d", code) << WebSocketFrame::closePayload(quint16(code), "ok") << 0;
    for (const int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000, 65535})
        QTest::addRow("code %d", code) << WebSocketFrame::closePayload(quint16(code), "") << 1002;
    QTest::newRow("reason not UTF-8") << WebSocketFrame::closePayload(1000, hex("ff")) << 1007;
}

void WebSocketFrameTest::validatesCloseFrames()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, closeCode);
    Collector client(Sender::Client);
    client.decoder.feed(WebSocketFrame::encode(WebSocketOpcode::Close, payload, true, Key));
    if (closeCode == 0) {
        QVERIFY(client.errors.isEmpty());
        QCOMPARE(client.frames.size(), 1);
        QVERIFY(client.decoder.closeReceived());
        QCOMPARE(client.frames.constFirst().closeCode(),
                 payload.isEmpty() ? WebSocketCloseCode::NoStatus
                                   : quint16(qFromBigEndian<quint16>(payload.constData())));
    } else {
        QCOMPARE(client.errors.size(), 1);
        QCOMPARE(int(client.errors.constFirst().closeCode), closeCode);
        QVERIFY(client.errors.constFirst().frameComplete);
        QVERIFY(client.frames.isEmpty());
    }
}

void WebSocketFrameTest::computesTheAcceptProof()
{
    // RFC 6455 section 1.3.
    QCOMPARE(WebSocketHandshake::accept("dGhlIHNhbXBsZSBub25jZQ=="),
             QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    const QList<Field> fields =
        WebSocketHandshake::acceptFields("dGhlIHNhbXBsZSBub25jZQ==", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields[1].value, QStringLiteral("dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
    QCOMPARE(fields[2].value, QStringLiteral("b3 7a 4f 2c c0 62 4f 16 90 f6 46 06 cf 38 59 45 b2 be c4 ea"));
    QVERIFY(fields[4].value.contains(QLatin1String("matches")));
    QVERIFY(WebSocketHandshake::acceptExplanation("dGhlIHNhbXBsZSBub25jZQ==", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
                .contains(QLatin1String("258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
    QVERIFY(WebSocketHandshake::acceptFields("dGhlIHNhbXBsZSBub25jZQ==", "AAAA")[4].value.contains(
        QLatin1String("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")));
}

void WebSocketFrameTest::checksUpgradeRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("versionHeader");
    const HeaderList valid{{"Host", "localhost"},
                           {"Upgrade", "websocket"},
                           {"Connection", "keep-alive, Upgrade"},
                           {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="},
                           {"Sec-WebSocket-Version", "13"}};
    const auto without = [&](QByteArrayView name) {
        HeaderList headers;
        for (const auto& field : valid) {
            if (field.first != name)
                headers.append(field);
        }
        return headers;
    };
    const auto with = [&](QByteArrayView name, const QByteArray& value) {
        HeaderList headers = without(name);
        headers.append({name.toByteArray(), value});
        return headers;
    };
    QTest::newRow("valid") << QByteArray("GET") << valid << 101 << QByteArray();
    QTest::newRow("no key") << QByteArray("GET") << without("Sec-WebSocket-Key") << 400 << QByteArray();
    QTest::newRow("key of 15 bytes") << QByteArray("GET") << with("Sec-WebSocket-Key", "AAAAAAAAAAAAAAAAAAAA")
                                     << 400 << QByteArray();
    QTest::newRow("key not base64") << QByteArray("GET")
                                    << with("Sec-WebSocket-Key", "not base64 at all!!!!!==") << 400
                                    << QByteArray();
    QTest::newRow("version 8") << QByteArray("GET") << with("Sec-WebSocket-Version", "8") << 426
                               << QByteArray("13");
    QTest::newRow("no version") << QByteArray("GET") << without("Sec-WebSocket-Version") << 400
                                << QByteArray("13");
    QTest::newRow("POST") << QByteArray("POST") << valid << 400 << QByteArray();
    QTest::newRow("no Upgrade") << QByteArray("GET") << without("Upgrade") << 426 << QByteArray("13");
    QTest::newRow("no Connection: Upgrade")
        << QByteArray("GET") << with("Connection", "keep-alive") << 400 << QByteArray();
}

void WebSocketFrameTest::checksUpgradeRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(HeaderList, headers);
    QFETCH(int, status);
    QFETCH(QByteArray, versionHeader);
    HttpRequest request;
    request.method = method;
    request.path = "/chat";
    request.headers = headers;
    const WebSocketHandshake::Verdict verdict = WebSocketHandshake::check(request);
    QCOMPARE(verdict.status, status);
    QCOMPARE(verdict.explanation.isEmpty(), status == 101);
    QCOMPARE(headerValue(verdict.headers, "sec-websocket-version"),
             versionHeader.isEmpty() ? QByteArray() : versionHeader);
}

void WebSocketFrameTest::locatesFrameFields()
{
    Collector client(Sender::Client);
    client.decoder.feed(WebSocketFrame::encode(WebSocketOpcode::Text, QByteArray(300, 'z'), true, Key));
    const QList<Field> fields = WebSocketEventLog::frameFields(client.frames.constFirst());
    const auto field = [&](const QString& name) {
        for (const Field& f : fields) {
            if (f.name == name)
                return f;
        }
        return Field{};
    };
    QCOMPARE(field(QStringLiteral("FIN")).offset, 0);
    QCOMPARE(field(QStringLiteral("MASK")).offset, 1);
    QCOMPARE(field(QStringLiteral("payload length")).length, 3);
    QVERIFY(field(QStringLiteral("payload length")).value.contains(QLatin1String("300")));
    QVERIFY(field(QStringLiteral("payload length")).value.contains(QLatin1String("16-bit")));
    QCOMPARE(field(QStringLiteral("masking key")).offset, 4);
    QCOMPARE(field(QStringLiteral("masking key")).value, QStringLiteral("0x37fa213d"));
    QCOMPARE(field(QStringLiteral("header")).length, 8);
    QCOMPARE(field(QStringLiteral("payload (unmasked)")).offset, 8);
    QCOMPARE(field(QStringLiteral("payload (unmasked)")).length, 300);
    QVERIFY(WebSocketEventLog::describeFrame(client.frames.constFirst())
                .contains(QLatin1String("8 B header + 300 B")));
}

QTEST_GUILESS_MAIN(WebSocketFrameTest)
#include "tst_websocketframe.moc"

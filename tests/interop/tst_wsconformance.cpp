#include "tests/interop/interopsupport.h"
#include "tests/interop/wsconformance/clientframe.h"
#include "tests/interop/wsconformance/rawwebsocketclient.h"

#include <QStringDecoder>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace protoviz::test;

namespace {

constexpr int OpenTimeoutMs = 5000;
constexpr int FrameTimeoutMs = 5000;
// After failing, the server may not find the client's Close among the rest of a bad frame and waits for
// its own close timeout (2 s) instead.
constexpr int ServerCloseTimeoutMs = 5000;

namespace Opcode {
constexpr quint8 Continuation = 0x0;
constexpr quint8 Text = 0x1;
constexpr quint8 Binary = 0x2;
constexpr quint8 Close = 0x8;
constexpr quint8 Ping = 0x9;
constexpr quint8 Pong = 0xA;
} // namespace Opcode

// What the client expects from the server before its Close frame: a data message (reassembled) or a
// control frame, as the opcode's byte followed by the payload.
QByteArray expect(quint8 opcode, QByteArrayView payload)
{
    return QByteArray(1, char(opcode)) + payload.toByteArray();
}

QString describe(const QByteArray& expected)
{
    const QByteArray payload = expected.sliced(1);
    return QStringLiteral("opcode 0x%1, %2 B \"%3\"")
        .arg(quint8(expected[0]), 0, 16)
        .arg(payload.size())
        .arg(QString::fromLatin1(payload.left(40).toHex(' ')));
}

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

ClientFrameOptions fragment()
{
    ClientFrameOptions options;
    options.fin = false;
    return options;
}

QByteArray frame(quint8 opcode, QByteArrayView payload, const ClientFrameOptions& options = {})
{
    return clientFrame(opcode, payload, options);
}

QByteArray closeFrame(quint16 code, QByteArrayView reason = {})
{
    return clientFrame(Opcode::Close, closePayload(code, reason));
}

// Text of exactly size bytes with characters of every UTF-8 length, so that fragment boundaries fall
// inside characters.
QByteArray utf8Text(qsizetype size)
{
    static const QByteArray pattern = QStringLiteral(u"aé€😀 ").toUtf8();
    QByteArray text;
    text.reserve(size);
    while (text.size() + pattern.size() <= size)
        text.append(pattern);
    return text + QByteArray(size - text.size(), 'z');
}

QByteArray binaryData(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 251) & 0xff);
    return data;
}

// What the server sent after the exchange: its data messages reassembled and its control frames, up to
// and including its Close frame (whose payload is returned apart). Empty optional when it never closed.
struct ServerReply
{
    QList<QByteArray> received;
    std::optional<QByteArray> closePayload;
    QString fault; ///< a frame a server must not send, or no Close frame
};

ServerReply readUntilClose(RawWebSocketClient& client, int timeoutMs)
{
    ServerReply reply;
    QByteArray message;
    quint8 messageOpcode = 0;
    for (;;) {
        const std::optional<ServerFrame> frame = client.readFrame(timeoutMs);
        if (!frame) {
            reply.fault = client.error();
            return reply;
        }
        if (frame->masked || frame->rsv != 0) {
            reply.fault = QStringLiteral("a server frame that is masked or sets RSV bits");
            return reply;
        }
        if (frame->opcode == Opcode::Close) {
            reply.closePayload = frame->payload;
            return reply;
        }
        if (frame->opcode >= Opcode::Close) {
            reply.received.append(expect(frame->opcode, frame->payload));
            continue;
        }
        if (frame->opcode != Opcode::Continuation)
            messageOpcode = frame->opcode;
        message.append(frame->payload);
        if (frame->fin) {
            reply.received.append(expect(messageOpcode, std::exchange(message, {})));
            messageOpcode = 0;
        }
    }
}

} // namespace

/// RFC 6455 sections 5-7 from the wire against `protoviz-cli serve`'s /chat room: one case per rule a
/// server MUST follow that a client can observe. A raw client (no WebSocket library) writes each case's
/// frames in a single write, so that they reach the server in one read, and checks what comes back:
/// the answers owed to what was valid (echoes, pongs) in order, then a Close frame with the right code
/// (1002 protocol error, 1007 invalid payload, or the code the client closed with), then the server
/// closing TCP first. Prints "ws conformance: N of M cases pass". Also an Autobahn-style echo check of
/// the chat room: text and binary messages of 0 bytes to 1 MiB, fragmented, with pings between the
/// fragments, come back intact to every member.
class WebSocketConformanceTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conformance_data();
    void conformance();
    void chatRoomEchoesIntact_data();
    void chatRoomEchoesIntact();
    void cleanup();
    void cleanupTestCase();

private:
    quint16 port() const { return quint16(m_serve->httpUrl().port()); }

    std::unique_ptr<ServeProcess> m_serve;
    int m_cases = 0;
    int m_passed = 0;
};

void WebSocketConformanceTest::initTestCase()
{
    // Errors only: every frame of a 1 MiB echo as an event line would only slow the test down.
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--no-tls"), QStringLiteral("--events"), QStringLiteral("errors")});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
}

void WebSocketConformanceTest::cleanup()
{
    if (QByteArrayView(QTest::currentTestFunction()) != "conformance")
        return;
    ++m_cases;
    if (!QTest::currentTestFailed())
        ++m_passed;
}

void WebSocketConformanceTest::cleanupTestCase()
{
    if (m_cases > 0)
        qInfo("ws conformance: %d of %d cases pass", m_passed, m_cases);
    if (m_serve)
        QCOMPARE(m_serve->stop(), 0);
}

void WebSocketConformanceTest::conformance_data()
{
    QTest::addColumn<QByteArray>("wire");            // written in one write
    QTest::addColumn<QList<QByteArray>>("expected"); // messages and control frames before the Close
    QTest::addColumn<int>("closeCode");              // of the server's Close frame
    QTest::addColumn<bool>("clientCloses"); // the wire holds the client's Close: the server's answers it

    const auto error = [](const char* name, const QByteArray& wire, int code) {
        QTest::newRow(name) << wire << QList<QByteArray>{} << code << false;
    };
    ClientFrameOptions unmasked;
    unmasked.masked = false;

    // Section 5.1: a client masks every frame.
    error("5.1 unmasked text frame", frame(Opcode::Text, "hi", unmasked), 1002);
    error("5.1 unmasked ping", frame(Opcode::Ping, "", unmasked), 1002);
    // Section 5.2: RSV bits need an extension; opcodes 3-7 and B-F are reserved; a 64-bit length has its
    // top bit clear.
    for (const quint8 rsv : {4, 2, 1, 7}) {
        ClientFrameOptions options;
        options.rsv = rsv;
        QTest::addRow("5.2 RSV bits %d%d%d without an extension", (rsv >> 2) & 1, (rsv >> 1) & 1, rsv & 1)
            << frame(Opcode::Text, "x", options) << QList<QByteArray>{} << 1002 << false;
    }
    for (const quint8 opcode : {3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF})
        QTest::addRow("5.2 reserved opcode 0x%X", opcode)
            << frame(opcode, "x") << QList<QByteArray>{} << 1002 << false;
    {
        ClientFrameOptions options;
        options.announcedLength = 0x8000000000000001ULL;
        error("5.2 64-bit length with its top bit set", frame(Opcode::Binary, "", options), 1002);
    }
    {
        ClientFrameOptions bits16;
        bits16.length = LengthForm::Bits16;
        ClientFrameOptions bits64;
        bits64.length = LengthForm::Bits64;
        error("5.2 2 bytes with a 16-bit length", frame(Opcode::Text, "hi", bits16), 1002);
        error("5.2 65535 bytes with a 64-bit length", frame(Opcode::Binary, binaryData(65535), bits64), 1002);
    }
    // Section 5.4: fragments.
    error("5.4 continuation without a message", frame(Opcode::Continuation, "x"), 1002);
    error("5.4 final continuation without a message", frame(Opcode::Continuation, "x", fragment()), 1002);
    error("5.4 new text message inside a fragmented one",
          frame(Opcode::Text, "a", fragment()) + frame(Opcode::Text, "b"), 1002);
    error("5.4 binary message inside a fragmented text",
          frame(Opcode::Text, "a", fragment()) + frame(Opcode::Binary, "b", fragment()), 1002);
    // Section 5.5: control frames are short and whole.
    {
        ClientFrameOptions bits16;
        bits16.length = LengthForm::Bits16;
        error("5.5 ping of 126 bytes", frame(Opcode::Ping, QByteArray(126, 'p')), 1002);
        error("5.5 close of 126 bytes", frame(Opcode::Close, closePayload(1000, QByteArray(124, 'r'))), 1002);
        error("5.5 pong of 126 bytes", frame(Opcode::Pong, QByteArray(126, 'p')), 1002);
        error("5.5 short ping with a 16-bit length", frame(Opcode::Ping, "p", bits16), 1002);
    }
    error("5.5 fragmented ping", frame(Opcode::Ping, "x", fragment()), 1002);
    error("5.5 fragmented close", frame(Opcode::Close, closePayload(1000), fragment()), 1002);
    error("5.5.1 close with a 1-byte payload", frame(Opcode::Close, "\x03"), 1002);
    // Sections 5.6 and 8.1: text is UTF-8, across fragments, to the end of the message.
    error("5.6 text that is not UTF-8", frame(Opcode::Text, "ab\xff"), 1007);
    error("5.6 overlong encoding", frame(Opcode::Text, "\xc0\xaf"), 1007);
    error("5.6 encoded surrogate", frame(Opcode::Text, "\xed\xa0\x80"), 1007);
    error("5.6 code point above U+10FFFF", frame(Opcode::Text, "\xf4\x90\x80\x80"), 1007);
    error("5.6 text that ends inside a character", frame(Opcode::Text, "a\xe2\x82"), 1007);
    error("5.6 invalid byte in the second fragment",
          frame(Opcode::Text, "ab", fragment()) + frame(Opcode::Continuation, "\xff"), 1007);
    error("5.6 character split across fragments, invalid",
          frame(Opcode::Text, "\xce", fragment()) + frame(Opcode::Continuation, "A"), 1007);
    error("5.6 fragmented text that ends inside a character",
          frame(Opcode::Text, "a", fragment()) + frame(Opcode::Continuation, "\xe2\x82"), 1007);
    QTest::newRow("5.6 invalid text after a ping between fragments")
        << frame(Opcode::Text, "\xf0\x9f", fragment()) + frame(Opcode::Ping, "") +
               frame(Opcode::Continuation, "\x98")
        << QList<QByteArray>{expect(Opcode::Pong, "")} << 1007 << false;
    // Section 7.4: codes that may not be sent, and a reason that is not UTF-8.
    for (const int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535})
        QTest::addRow("7.4 close code %d", code)
            << closeFrame(quint16(code)) << QList<QByteArray>{} << 1002 << false;
    error("7.1.6 close reason that is not UTF-8", closeFrame(1000, "bye\xff"), 1007);

    // What is valid gets its answer, and the closing handshake echoes the client's code.
    const auto valid = [](const char* name, const QByteArray& wire, const QList<QByteArray>& expected,
                          int code = 1000) {
        QTest::newRow(name) << wire + closeFrame(quint16(code)) << expected << code << true;
    };
    valid("5.5.2 ping answered by a pong with its payload", frame(Opcode::Ping, "hello"),
          {expect(Opcode::Pong, "hello")});
    valid("5.5.2 empty ping", frame(Opcode::Ping, ""), {expect(Opcode::Pong, "")});
    valid("5.5.2 ping of 125 bytes", frame(Opcode::Ping, binaryData(125)),
          {expect(Opcode::Pong, binaryData(125))});
    valid("5.5.3 unsolicited pong is ignored", frame(Opcode::Pong, "unasked") + frame(Opcode::Text, "after"),
          {expect(Opcode::Text, "after")});
    valid("5.4 fragments with pings between",
          frame(Opcode::Text, "Hel", fragment()) + frame(Opcode::Ping, "1") +
              frame(Opcode::Continuation, "lo", fragment()) + frame(Opcode::Ping, "2") +
              frame(Opcode::Continuation, "!"),
          {expect(Opcode::Pong, "1"), expect(Opcode::Pong, "2"), expect(Opcode::Text, "Hello!")});
    valid("5.6 character split across fragments",
          frame(Opcode::Text, "\xc3", fragment()) + frame(Opcode::Continuation, "\xa9"),
          {expect(Opcode::Text, "\xc3\xa9")});
    valid("5.6 empty text and binary messages", frame(Opcode::Text, "") + frame(Opcode::Binary, ""),
          {expect(Opcode::Text, ""), expect(Opcode::Binary, "")});
    valid("5.4 empty fragments", frame(Opcode::Binary, "", fragment()) + frame(Opcode::Continuation, ""),
          {expect(Opcode::Binary, "")});
    for (const int code : {1000, 1001, 1003, 1007, 1011, 3000, 4999})
        QTest::addRow("7.4 close code %d echoed", code)
            << closeFrame(quint16(code), "bye") << QList<QByteArray>{} << code << true;
    QTest::newRow("5.5.1 close without a code")
        << frame(Opcode::Close, "") << QList<QByteArray>{} << 1000 << true;

    // Section 5.5.1: nothing follows a Close frame, and whatever does is ignored, not a protocol error.
    const auto afterClose = [](const char* name, quint16 code, const QByteArray& late) {
        QTest::newRow(name) << closeFrame(code, "done") + late << QList<QByteArray>{} << int(code) << true;
    };
    afterClose("5.5.1 second close after close", 1000, closeFrame(1001));
    afterClose("5.5.1 ping after close", 4000, frame(Opcode::Ping, "late"));
    afterClose("5.5.1 text after close", 1001, frame(Opcode::Text, "late"));
    afterClose("5.5.1 fragment after close", 1000, frame(Opcode::Text, "late", fragment()));
    afterClose("5.5.1 reserved opcode after close", 3000, frame(0x3, "late"));
    afterClose("5.5.1 unmasked frame after close", 1000, frame(Opcode::Text, "late", unmasked));
    QTest::newRow("5.5.1 close inside a fragmented message")
        << frame(Opcode::Text, "never", fragment()) + closeFrame(1000) << QList<QByteArray>{} << 1000 << true;

    // Sections 5.2, 5.4 and 7.1.7: what came before a bad frame is delivered before the connection fails.
    const auto thenBad = [](const char* name, const QByteArray& wire, const QList<QByteArray>& expected,
                            int code) { QTest::newRow(name) << wire << expected << code << false; };
    ClientFrameOptions rsv1;
    rsv1.rsv = 4;
    thenBad("5.2 text, then RSV1", frame(Opcode::Text, "keep") + frame(Opcode::Text, "x", rsv1),
            {expect(Opcode::Text, "keep")}, 1002);
    thenBad("5.2 binary, then reserved opcode", frame(Opcode::Binary, "\x01\x02") + frame(0xB, ""),
            {expect(Opcode::Binary, "\x01\x02")}, 1002);
    thenBad("5.4 text, then continuation without a message",
            frame(Opcode::Text, "keep") + frame(Opcode::Continuation, "x"), {expect(Opcode::Text, "keep")},
            1002);
    thenBad("5.1 fragmented text, then unmasked frame",
            frame(Opcode::Text, "ke", fragment()) + frame(Opcode::Continuation, "ep") +
                frame(Opcode::Text, "x", unmasked),
            {expect(Opcode::Text, "keep")}, 1002);
    thenBad("5.5.2 ping, then fragmented ping",
            frame(Opcode::Ping, "p") + frame(Opcode::Ping, "q", fragment()), {expect(Opcode::Pong, "p")},
            1002);
    thenBad("5.6 two texts, then invalid UTF-8",
            frame(Opcode::Text, "one") + frame(Opcode::Text, "two") + frame(Opcode::Text, "\xff"),
            {expect(Opcode::Text, "one"), expect(Opcode::Text, "two")}, 1007);
    thenBad("7.4 text, then close code 1005", frame(Opcode::Text, "keep") + closeFrame(1005),
            {expect(Opcode::Text, "keep")}, 1002);
}

void WebSocketConformanceTest::conformance()
{
    QFETCH(QByteArray, wire);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(int, closeCode);
    QFETCH(bool, clientCloses);

    const qsizetype mark = m_serve->mark();
    RawWebSocketClient client;
    QVERIFY2(client.open(port(), "/chat", OpenTimeoutMs), qPrintable(client.error()));
    client.send(wire);
    const ServerReply reply = readUntilClose(client, FrameTimeoutMs);
    // The messages are compared one by one, to say which one is missing, unexpected or different.
    for (qsizetype i = 0; i < std::max(reply.received.size(), expected.size()); ++i) {
        if (i >= reply.received.size())
            QFAIL(qPrintable(
                QStringLiteral("missing before the Close (%1): %2").arg(reply.fault, describe(expected[i]))));
        if (i >= expected.size())
            QFAIL(qPrintable(
                QStringLiteral("unexpected before the Close: %1").arg(describe(reply.received[i]))));
        if (reply.received[i] != expected[i])
            QFAIL(qPrintable(QStringLiteral("got %1, expected %2")
                                 .arg(describe(reply.received[i]), describe(expected[i]))));
    }
    QVERIFY2(reply.closePayload.has_value(), qPrintable(reply.fault));
    // A Close without a code is as good as 1000 (normal closure).
    const QByteArray payload = *reply.closePayload;
    QVERIFY2(payload.size() != 1, "a Close frame with a 1-byte payload");
    const int code = payload.isEmpty() ? 1000 : qFromBigEndian<quint16>(payload.constData());
    QCOMPARE(code, closeCode);
    QVERIFY2(isUtf8(payload.mid(2)), "a Close reason that is not UTF-8");

    // The server's Close is answered by the client's, if it began the closing handshake; then the server
    // closes TCP first (section 7.1.1).
    if (!clientCloses)
        client.send(closeFrame(quint16(code)));
    QVERIFY2(client.waitForServerClose(ServerCloseTimeoutMs),
             "the server did not close TCP after the closing handshake, or sent more");
    // serve explains every failure in an Error event that names the close code (it prints errors only).
    if (!clientCloses) {
        const QString line = m_serve->waitForLine(QRegularExpression(QStringLiteral("websocket\\s+Error")),
                                                  mark, ServerCloseTimeoutMs);
        QVERIFY2(
            line.contains(QStringLiteral("close code %1").arg(closeCode)),
            qPrintable(QStringLiteral("no Error event with close code %1: \"%2\"").arg(closeCode).arg(line)));
    }
}

void WebSocketConformanceTest::chatRoomEchoesIntact_data()
{
    QTest::addColumn<quint8>("opcode");
    QTest::addColumn<int>("size");
    for (const quint8 opcode : {Opcode::Text, Opcode::Binary}) {
        for (const int size : {0, 1, 125, 126, 65535, 65536, 1024 * 1024})
            QTest::addRow("%s, %d B", opcode == Opcode::Text ? "text" : "binary", size) << opcode << size;
    }
}

void WebSocketConformanceTest::chatRoomEchoesIntact()
{
    QFETCH(quint8, opcode);
    QFETCH(int, size);
    const QByteArray payload = opcode == Opcode::Text ? utf8Text(size) : binaryData(size);

    // Two members: the chat room relays every message to every member, the sender included.
    RawWebSocketClient sender;
    RawWebSocketClient listener;
    QVERIFY2(sender.open(port(), "/chat", OpenTimeoutMs), qPrintable(sender.error()));
    QVERIFY2(listener.open(port(), "/chat", OpenTimeoutMs), qPrintable(listener.error()));
    // The listener has joined once the room relays to it.
    sender.send(frame(Opcode::Text, "joined?"));
    for (RawWebSocketClient* member : {&sender, &listener}) {
        const std::optional<ServerFrame> joined = member->readFrame(FrameTimeoutMs);
        QVERIFY2(joined && joined->payload == "joined?", qPrintable(member->error()));
    }

    for (const int pieces : {1, 2, 7, 64}) {
        if (pieces > std::max(size, 1))
            continue;
        QByteArray wire;
        QList<QByteArray> pongs;
        for (int piece = 0; piece < pieces; ++piece) {
            const qsizetype from = qsizetype(qint64(size) * piece / pieces);
            const qsizetype to = qsizetype(qint64(size) * (piece + 1) / pieces);
            ClientFrameOptions options;
            options.fin = piece == pieces - 1;
            wire +=
                frame(piece == 0 ? opcode : Opcode::Continuation, payload.sliced(from, to - from), options);
            if (piece + 1 < pieces) {
                const QByteArray ping =
                    "ping " + QByteArray::number(pieces) + '/' + QByteArray::number(piece);
                wire += frame(Opcode::Ping, ping);
                pongs.append(expect(Opcode::Pong, ping));
            }
        }
        sender.send(wire);
        const QByteArray echo = expect(opcode, payload);
        for (RawWebSocketClient* member : {&sender, &listener}) {
            // Pongs only to the sender, in order, before the message, which is complete only after them.
            const QList<QByteArray> owed = member == &sender ? pongs + QList<QByteArray>{echo} : QList{echo};
            QByteArray message;
            quint8 messageOpcode = 0;
            for (qsizetype i = 0; i < owed.size();) {
                const std::optional<ServerFrame> got = member->readFrame(FrameTimeoutMs);
                QVERIFY2(got, qPrintable(QStringLiteral("%1 piece(s): %2").arg(pieces).arg(member->error())));
                QVERIFY(!got->masked && got->rsv == 0);
                if (got->opcode >= Opcode::Close) {
                    if (expect(got->opcode, got->payload) != owed[i])
                        QFAIL(qPrintable(QStringLiteral("expected %1").arg(describe(owed[i]))));
                    ++i;
                    continue;
                }
                if (got->opcode != Opcode::Continuation)
                    messageOpcode = got->opcode;
                message += got->payload;
                if (!got->fin)
                    continue;
                QCOMPARE(messageOpcode, opcode);
                QCOMPARE(message.size(), payload.size());
                QVERIFY2(message == payload,
                         qPrintable(QStringLiteral("%1 piece(s): the echo differs").arg(pieces)));
                QCOMPARE(i, owed.size() - 1);
                ++i;
            }
        }
    }
    for (RawWebSocketClient* member : {&sender, &listener}) {
        member->send(closeFrame(1000));
        const ServerReply reply = readUntilClose(*member, FrameTimeoutMs);
        QVERIFY2(reply.received.isEmpty() && reply.closePayload, qPrintable(reply.fault));
        QVERIFY(member->waitForServerClose(ServerCloseTimeoutMs));
    }
}

QTEST_GUILESS_MAIN(WebSocketConformanceTest)
#include "tst_wsconformance.moc"

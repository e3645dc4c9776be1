#include "tests/interop/interopsupport.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace protoviz::test;

namespace {

// Timeouts far beyond the test, so that only the idle connection limit closes anything.
const QStringList LongTimeouts{QStringLiteral("--header-timeout"),    QStringLiteral("60"),
                               QStringLiteral("--idle-timeout"),      QStringLiteral("60"),
                               QStringLiteral("--handshake-timeout"), QStringLiteral("60")};

// Room for a loaded 2-core machine.
constexpr int WaitMs = 5000;

const QRegularExpression LimitNote(QStringLiteral("Idle connection limit \\d+ reached"));

QByteArray h2cPrefaceAndSettings()
{
    return QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") + QByteArray::fromHex("000000040000000000");
}

// HEADERS for POST / on stream 1 without END_STREAM: a request whose body is still to come.
QByteArray h2cOpenPostStream()
{
    // HPACK: :method POST (static 3), :scheme http (6), :path / (4), :authority 127.0.0.1 (literal, name 1).
    const QByteArray block = QByteArray::fromHex("8386844109") + QByteArrayLiteral("127.0.0.1");
    QByteArray frame = QByteArray::fromHex("000000010400000001");
    frame[2] = char(block.size());
    return frame + block;
}

// The frames (type, payload) in bytes received from an HTTP/2 server; a trailing partial frame is left.
QList<std::pair<int, QByteArray>> h2Frames(const QByteArray& bytes)
{
    QList<std::pair<int, QByteArray>> frames;
    qsizetype at = 0;
    while (bytes.size() - at >= 9) {
        const int length = (quint8(bytes[at]) << 16) | (quint8(bytes[at + 1]) << 8) | quint8(bytes[at + 2]);
        if (bytes.size() - at - 9 < length)
            break;
        frames.append({quint8(bytes[at + 3]), bytes.mid(at + 9, length)});
        at += 9 + length;
    }
    return frames;
}

constexpr int GoAwayFrame = 7;
constexpr int SettingsFrame = 4;
constexpr int HeadersFrame = 1;

bool hasFrame(const QByteArray& bytes, int type)
{
    const auto frames = h2Frames(bytes);
    return std::any_of(frames.cbegin(), frames.cend(),
                       [type](const auto& frame) { return frame.first == type; });
}

// One client connection and everything it received.
struct Client
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;

    bool connectTo(quint16 port)
    {
        socket->connectToHost(QHostAddress::LocalHost, port);
        return socket->waitForConnected(WaitMs);
    }
    void send(const QByteArray& bytes)
    {
        socket->write(bytes);
        socket->flush();
    }
    bool isOpen() const { return socket->state() == QAbstractSocket::ConnectedState; }
    // Waits until what arrived satisfies done; false on timeout.
    bool waitFor(const std::function<bool(const QByteArray&)>& done, int timeoutMs = WaitMs)
    {
        return waitUntil(
            [&] {
                received += socket->readAll();
                return done(received);
            },
            timeoutMs);
    }
    // Waits until the server closes; false on timeout.
    bool waitForClose(int timeoutMs = WaitMs)
    {
        return waitFor([this](const QByteArray&) { return !isOpen(); }, timeoutMs) || !isOpen();
    }
};

// Whether bytes hold a whole HTTP/1.1 response with status 200 (its body measured by content-length).
bool hasWholeOkResponse(const QByteArray& bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0 || !bytes.startsWith("HTTP/1.1 200 "))
        return false;
    static const QRegularExpression length(QStringLiteral("(?i)\r\ncontent-length: *(\\d+)"));
    const QRegularExpressionMatch match = length.match(QString::fromLatin1(bytes.first(headEnd)));
    return match.hasMatch() && bytes.size() >= headEnd + 4 + match.captured(1).toLongLong();
}

const QByteArray Request = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

} // namespace

class IdleLimitTest final : public QObject
{
    Q_OBJECT

private slots:
    void closesTheConnectionsIdleLongest();
    void closesTlsConnectionsBeforeTheirClientHello();
    void refusesImpossibleLimits_data();
    void refusesImpossibleLimits();
};

// Limit 3 and five idle connections (HTTP/1.1 and h2c, served already or new) besides two busy ones: the
// two idle longest are closed, politely for their protocol; the busy and the newer ones are served.
void IdleLimitTest::closesTheConnectionsIdleLongest()
{
    ServeProcess serve(QStringList{QStringLiteral("--no-tls"), QStringLiteral("--max-idle-connections"),
                                   QStringLiteral("3")} +
                       LongTimeouts);
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    const quint16 port = quint16(serve.httpUrl().port());
    const qsizetype mark = serve.mark();

    // Oldest first. Each step waits for the server's answer, so that it has counted the connection.
    Client servedHttp1;
    QVERIFY(servedHttp1.connectTo(port));
    servedHttp1.send(Request);
    QVERIFY(servedHttp1.waitFor(hasWholeOkResponse));
    servedHttp1.received.clear();

    Client h2c;
    QVERIFY(h2c.connectTo(port));
    h2c.send(h2cPrefaceAndSettings());
    QVERIFY(h2c.waitFor([](const QByteArray& bytes) { return hasFrame(bytes, SettingsFrame); }));

    Client h2cWithOpenStream; // busy: a request whose body has not come yet
    QVERIFY(h2cWithOpenStream.connectTo(port));
    h2cWithOpenStream.send(h2cPrefaceAndSettings() + h2cOpenPostStream());
    QVERIFY(
        h2cWithOpenStream.waitFor([](const QByteArray& bytes) { return hasFrame(bytes, SettingsFrame); }));

    Client silent; // connected, never sends a byte
    QVERIFY(silent.connectTo(port));

    Client halfHead; // busy: in the middle of a request head
    QVERIFY(halfHead.connectTo(port));
    halfHead.send(QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"));

    Client newerH2c;
    QVERIFY(newerH2c.connectTo(port));
    newerH2c.send(h2cPrefaceAndSettings());
    QVERIFY(newerH2c.waitFor([](const QByteArray& bytes) { return hasFrame(bytes, SettingsFrame); }));

    Client newest;
    QVERIFY(newest.connectTo(port));
    newest.send(Request);
    QVERIFY(newest.waitFor(hasWholeOkResponse));
    newest.received.clear();

    // The two idle longest: the HTTP/1.1 one is closed without a word, the h2c one with GOAWAY(NO_ERROR).
    QVERIFY2(servedHttp1.waitForClose(), "the HTTP/1.1 connection idle longest stayed open");
    QCOMPARE(servedHttp1.received, QByteArray());
    QVERIFY2(h2c.waitForClose(), "the h2c connection idle second longest stayed open");
    const auto frames = h2Frames(h2c.received);
    const auto goAway = std::find_if(frames.cbegin(), frames.cend(),
                                     [](const auto& frame) { return frame.first == GoAwayFrame; });
    QVERIFY2(goAway != frames.cend(), qPrintable(QStringLiteral("no GOAWAY on the wire before the close: %1")
                                                     .arg(QString::fromLatin1(h2c.received.toHex()))));
    QCOMPARE(goAway->second.size(), 8);
    QCOMPARE(goAway->second.sliced(4, 4), QByteArray::fromHex("00000000")); // NO_ERROR

    const QString notes = serve.settledOutputSince(mark, 500, WaitMs);
    const QStringList limitNotes = matchingLines(notes, LimitNote);
    QCOMPARE(limitNotes.size(), 2);
    QVERIFY2(limitNotes[0].contains(QStringLiteral("HTTP/1.1")), qPrintable(limitNotes[0]));
    QVERIFY2(limitNotes[1].contains(QStringLiteral("GOAWAY (NO_ERROR)")), qPrintable(limitNotes[1]));

    // The others are still open and served, the busy ones first of all.
    for (Client* open : {&h2cWithOpenStream, &silent, &halfHead, &newerH2c, &newest}) {
        open->received += open->socket->readAll();
        QVERIFY(open->isOpen());
    }
    QVERIFY(!hasFrame(newerH2c.received, GoAwayFrame));
    QVERIFY(!hasFrame(h2cWithOpenStream.received, GoAwayFrame));
    halfHead.send(QByteArrayLiteral("\r\n"));
    QVERIFY2(halfHead.waitFor(hasWholeOkResponse), halfHead.received.constData());
    h2cWithOpenStream.received.clear();
    h2cWithOpenStream.send(QByteArray::fromHex("000000000100000001")); // empty DATA, END_STREAM
    QVERIFY(h2cWithOpenStream.waitFor([](const QByteArray& bytes) { return hasFrame(bytes, HeadersFrame); }));
    newest.send(Request);
    QVERIFY2(newest.waitFor(hasWholeOkResponse), newest.received.constData());

    QCOMPARE(serve.stop(), 0);
}

// A TLS connection that never sends its ClientHello is idle too: with limit 1 the second one closes the
// first, with a FIN (nothing to say before a handshake).
void IdleLimitTest::closesTlsConnectionsBeforeTheirClientHello()
{
    ServeProcess serve(QStringList{QStringLiteral("--no-cleartext"), QStringLiteral("--max-idle-connections"),
                                   QStringLiteral("1")} +
                       LongTimeouts);
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    const quint16 port = quint16(serve.httpsUrl().port());
    const qsizetype mark = serve.mark();

    Client older;
    QVERIFY(older.connectTo(port));
    QVERIFY(!older.waitForClose(300)); // counted, and alone within the limit
    Client newer;
    QVERIFY(newer.connectTo(port));
    QVERIFY2(older.waitForClose(), "the TLS connection idle longest stayed open");
    QCOMPARE(older.received, QByteArray());
    QVERIFY(!serve
                 .waitForLine(QRegularExpression(QStringLiteral("Idle connection limit 1 reached.*without a "
                                                                "byte from the client")),
                              mark, WaitMs)
                 .isEmpty());
    QVERIFY(newer.isOpen());
    QCOMPARE(serve.stop(), 0);
}

void IdleLimitTest::refusesImpossibleLimits_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString notACount = QStringLiteral("takes a whole number of connections, at least 1");
    QTest::newRow("zero") << QStringList{QStringLiteral("--max-idle-connections"), QStringLiteral("0")}
                          << notACount;
    QTest::newRow("negative") << QStringList{QStringLiteral("--max-idle-connections=-5")} << notACount;
    QTest::newRow("fraction") << QStringList{QStringLiteral("--max-idle-connections"), QStringLiteral("2.5")}
                              << notACount;
    QTest::newRow("word") << QStringList{QStringLiteral("--max-idle-connections"), QStringLiteral("many")}
                          << notACount;
    QTest::newRow("beyond the descriptors")
        << QStringList{QStringLiteral("--max-idle-connections"), QStringLiteral("300")}
        << QStringLiteral("could never be reached: this process may hold only 256 connections");
}

void IdleLimitTest::refusesImpossibleLimits()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (!haveProgram(QStringLiteral("prlimit")))
        QSKIP("prlimit is not installed (Debian package: util-linux).");
    // 256 descriptors, so that the last row does not depend on this machine's limit.
    const PeerRun run =
        runPeer(QStringLiteral("prlimit"),
                QStringList{QStringLiteral("--nofile=256:256"), cliProgram(), QStringLiteral("serve"),
                            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-port"),
                            QStringLiteral("0")} +
                    arguments,
                10000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(message), qPrintable(run.summary()));
}

QTEST_GUILESS_MAIN(IdleLimitTest)
#include "tst_idlelimit.moc"

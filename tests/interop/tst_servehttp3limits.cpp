#include "tests/interop/interopsupport.h"

#include "core/http3/http3client.h"
#include "core/http3/http3response.h"
#include "core/quic/quictlscontext.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QTest>
#include <QUdpSocket>

#include <memory>
#include <optional>

using namespace protoviz;
using namespace protoviz::test;

namespace {

// Room for a loaded 2-core machine.
constexpr int WaitMs = 8000;

// A QUIC event serve printed: "  1234.567 ms  server  #3   quic      ConnectionClosed".
struct QuicLine
{
    double ms = 0;
    int connection = 0;
    QString kind;
};

QList<QuicLine> serverQuicLines(const QString& output)
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*(\\d+\\.\\d+) ms\\s+server\\s+#(\\d+)\\s+quic\\s+(\\w+)"),
        QRegularExpression::MultilineOption);
    QList<QuicLine> lines;
    for (QRegularExpressionMatchIterator it = line.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        lines.append({match.captured(1).toDouble(), match.captured(2).toInt(), match.captured(3)});
    }
    return lines;
}

// When serve recorded connection's last event of kind, std::nullopt if it did not.
std::optional<double> lastTime(const QList<QuicLine>& lines, int connection, const QString& kind)
{
    std::optional<double> time;
    for (const QuicLine& line : lines) {
        if (line.connection == connection && line.kind == kind)
            time = line.ms;
    }
    return time;
}

// One HTTP/3 client of serve's, made with core's client: it loads "/" and then stays, sending nothing.
struct Visitor
{
    std::unique_ptr<Http3Client> client;
    int responses = 0;
    bool closed = false;
    QString closeError;

    bool visit(const ServeProcess& serve, quint16 port, QString* error)
    {
        QFile authority(serve.caCertificate());
        if (!authority.open(QIODevice::ReadOnly)) {
            *error = authority.errorString();
            return false;
        }
        const std::shared_ptr<QuicTlsContext> tls =
            QuicTlsContext::forClient(authority.readAll(), QStringLiteral("127.0.0.1"), error);
        if (!tls)
            return false;
        client = std::make_unique<Http3Client>(tls, QByteArrayLiteral("127.0.0.1"));
        QObject::connect(client.get(), &Http3Client::responseReceived, [this] { ++responses; });
        QObject::connect(client.get(), &Http3Client::closed, [this](const QString& why) {
            closed = true;
            closeError = why;
        });
        client->get(QByteArrayLiteral("/"));
        return client->connectToServer(QHostAddress::LocalHost, port, {}, error);
    }
};

} // namespace

/// serve's --idle-timeout, --handshake-timeout and --max-idle-connections hold for its HTTP/3 connections
/// as for its TCP ones: QUIC's max_idle_timeout, a deadline on the QUIC handshake, and a cap on the QUIC
/// connections waiting for a request.
class ServeHttp3LimitsTest final : public QObject
{
    Q_OBJECT

private slots:
    void idleTimeoutEndsAQuietConnection();
    void handshakeTimeoutEndsAStalledHandshake();
    void idleLimitClosesTheConnectionIdleLongest();
};

void ServeHttp3LimitsTest::idleTimeoutEndsAQuietConnection()
{
    ServeProcess serve({QStringLiteral("--objects"), QStringLiteral("1"), QStringLiteral("--idle-timeout"),
                        QStringLiteral("1")});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    Visitor visitor;
    QVERIFY2(visitor.visit(serve, quint16(serve.http3Url().port()), &error), qPrintable(error));
    QVERIFY2(waitUntil([&] { return visitor.responses == 1; }, WaitMs), qPrintable(serve.output()));
    // Both ends know the shorter of their idle timeouts (serve's 1 s against the client's 30 s): after
    // about a second without a packet, each ends the connection without a word.
    QVERIFY2(waitUntil([&] { return visitor.closed; }, WaitMs), qPrintable(serve.output()));
    QVERIFY2(visitor.closeError.contains(QLatin1String("idle")), qPrintable(visitor.closeError));
    const QRegularExpression closedLine(QStringLiteral("server\\s+#\\d+\\s+quic\\s+ConnectionClosed"));
    QVERIFY2(!serve.waitForLine(closedLine, 0, WaitMs).isEmpty(), qPrintable(serve.output()));

    const QList<QuicLine> lines = serverQuicLines(serve.output());
    QVERIFY(!lines.isEmpty());
    const int connection = lines.constFirst().connection;
    const std::optional<double> lastPacket = lastTime(lines, connection, QStringLiteral("PacketReceived"));
    const std::optional<double> closed = lastTime(lines, connection, QStringLiteral("ConnectionClosed"));
    QVERIFY2(lastPacket && closed, qPrintable(serve.output()));
    // ngtcp2 waits at least the idle timeout (three probe timeouts if longer, a few ms on loopback); serve's
    // default would have been 30 s.
    QVERIFY2(*closed - *lastPacket >= 900 && *closed - *lastPacket < 5000, qPrintable(serve.output()));
    QCOMPARE(serve.stop(), 0);
}

void ServeHttp3LimitsTest::handshakeTimeoutEndsAStalledHandshake()
{
    ServeProcess serve({QStringLiteral("--objects"), QStringLiteral("1"),
                        QStringLiteral("--handshake-timeout"), QStringLiteral("1")});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    const quint16 servePort = quint16(serve.http3Url().port());
    // A one-way path: the client's datagrams reach serve, serve's answers are dropped, so the handshake
    // can never complete (the client keeps resending its Initial).
    QUdpSocket oneWay;
    QVERIFY(oneWay.bind(QHostAddress::LocalHost, 0));
    QObject::connect(&oneWay, &QUdpSocket::readyRead, [&] {
        while (oneWay.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = oneWay.receiveDatagram();
            if (datagram.senderPort() != servePort)
                oneWay.writeDatagram(datagram.data(), QHostAddress::LocalHost, servePort);
        }
    });
    Visitor visitor;
    QVERIFY2(visitor.visit(serve, oneWay.localPort(), &error), qPrintable(error));
    const QRegularExpression closedLine(QStringLiteral("server\\s+#\\d+\\s+quic\\s+ConnectionClosed"));
    QVERIFY2(!serve.waitForLine(closedLine, 0, WaitMs).isEmpty(), qPrintable(serve.output()));

    const QList<QuicLine> lines = serverQuicLines(serve.output());
    QVERIFY(!lines.isEmpty());
    const int connection = lines.constFirst().connection;
    const double firstPacket = lines.constFirst().ms;
    const std::optional<double> closed = lastTime(lines, connection, QStringLiteral("ConnectionClosed"));
    QVERIFY2(closed, qPrintable(serve.output()));
    QVERIFY(!lastTime(lines, connection, QStringLiteral("HandshakeComplete")));
    // The deadline counts from the client's first packet; serve's default would have been 30 s.
    QVERIFY2(*closed - firstPacket >= 900 && *closed - firstPacket < 5000, qPrintable(serve.output()));
    QVERIFY(!visitor.closed);
    QCOMPARE(serve.stop(), 0);
}

void ServeHttp3LimitsTest::idleLimitClosesTheConnectionIdleLongest()
{
    ServeProcess serve({QStringLiteral("--objects"), QStringLiteral("1"), QStringLiteral("--idle-timeout"),
                        QStringLiteral("60"), QStringLiteral("--max-idle-connections"), QStringLiteral("1")});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    const quint16 port = quint16(serve.http3Url().port());
    Visitor first;
    QVERIFY2(first.visit(serve, port, &error), qPrintable(error));
    QVERIFY2(waitUntil([&] { return first.responses == 1; }, WaitMs), qPrintable(serve.output()));
    QVERIFY(!first.closed);

    // A second connection waits too: one more than the limit, so the first, idle longest, goes, with
    // CONNECTION_CLOSE (H3_NO_ERROR: a clean close) and a note saying why.
    const qsizetype mark = serve.mark();
    Visitor second;
    QVERIFY2(second.visit(serve, port, &error), qPrintable(error));
    QVERIFY2(waitUntil([&] { return first.closed; }, WaitMs), qPrintable(serve.output()));
    QVERIFY2(first.closeError.isEmpty(), qPrintable(first.closeError));
    const QString note = serve.waitForLine(
        QRegularExpression(QStringLiteral("Idle connection limit 1 reached: the server closed this HTTP/3 "
                                          "connection")),
        mark, WaitMs);
    QVERIFY2(!note.isEmpty(), qPrintable(serve.output()));
    const QList<QuicLine> lines = serverQuicLines(serve.output());
    QVERIFY(!lines.isEmpty());
    QCOMPARE(ServeProcess::connectionIds(note), QSet<int>{lines.constFirst().connection});
    // The second connection, now the only one waiting, is served and stays.
    QVERIFY2(waitUntil([&] { return second.responses == 1; }, WaitMs), qPrintable(serve.output()));
    QTest::qWait(300);
    QVERIFY(!second.closed);
    QCOMPARE(serve.stop(), 0);
}

QTEST_GUILESS_MAIN(ServeHttp3LimitsTest)
#include "tst_servehttp3limits.moc"

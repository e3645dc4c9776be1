#include "tests/interop/interopsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <unistd.h>
#include <vector>

using namespace protoviz::test;

namespace {

// Short timeouts, so that every case waits a second or two instead of the classroom defaults.
const QStringList ShortTimeouts{QStringLiteral("--header-timeout"),    QStringLiteral("1.5"),
                                QStringLiteral("--idle-timeout"),      QStringLiteral("2"),
                                QStringLiteral("--handshake-timeout"), QStringLiteral("1.5")};

// Room for a loaded 2-core machine around each timeout.
constexpr int SlackMs = 3000;

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// Reads until the server closes (or timeoutMs passes); returns what came and sets *closed.
QByteArray readUntilClosed(QTcpSocket* socket, int timeoutMs, bool* closed)
{
    QByteArray received;
    *closed = waitUntil(
        [&] {
            received += socket->readAll();
            return socket->state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    received += socket->readAll();
    return received;
}

// CPU time (user + system) the process has used, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(::sysconf(_SC_CLK_TCK));
}

// Whether a plain HTTP/1.1 request on port is answered 200.
bool servesHttp(quint16 port)
{
    std::unique_ptr<QTcpSocket> socket = connectTo(port);
    if (!socket)
        return false;
    socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    bool closed = false;
    return readUntilClosed(socket.get(), 5000, &closed).startsWith("HTTP/1.1 200 ");
}

// Once descriptors are free again: what keeps ordinary requests from being served on both ports (HTTP/1.1
// on the cleartext one, curl over TLS if it is installed), or nothing.
QString whyNotServedAgain(quint16 httpPort, quint16 httpsPort)
{
    if (!waitUntil([&] { return servesHttp(httpPort); }, 10000))
        return QStringLiteral("no HTTP/1.1 answer on port %1 within 10 s").arg(httpPort);
    if (!haveProgram(QStringLiteral("curl")))
        return {};
    const PeerRun curl =
        runPeer(QStringLiteral("curl"),
                {QStringLiteral("-sk"), QStringLiteral("--max-time"), QStringLiteral("5"),
                 QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                 QStringLiteral("%{http_code}"), QStringLiteral("https://127.0.0.1:%1/").arg(httpsPort)},
                10000);
    return curl.output.trimmed() == QStringLiteral("200") ? QString() : curl.summary();
}

// Starts serve as program (prlimit, or protoviz-cli itself) with arguments and reads the ports it printed.
bool startServe(ExternalProcess& serve, quint16* httpPort, quint16* httpsPort)
{
    if (!serve.start() || serve.waitForLine(QStringLiteral("Press Ctrl\\+C"), 15000).isEmpty())
        return false;
    const QRegularExpression portPattern(QStringLiteral("(https?)://127\\.0\\.0\\.1:(\\d+)/ "));
    for (const QString& line : matchingLines(serve.output(), portPattern)) {
        const QRegularExpressionMatch match = portPattern.match(line);
        (match.captured(1) == QStringLiteral("http") ? *httpPort : *httpsPort) =
            quint16(match.captured(2).toUInt());
    }
    return *httpPort != 0 && *httpsPort != 0;
}

// The TCP ports process pid listens on, from its socket descriptors and /proc/net/tcp{,6}.
QSet<quint16> listeningPorts(qint64 pid)
{
    QSet<QByteArray> inodes;
    const QDir descriptors(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo& descriptor : descriptors.entryInfoList(QDir::Files | QDir::System)) {
        const QString target = descriptor.symLinkTarget().section(QLatin1Char('/'), -1);
        if (target.startsWith(QStringLiteral("socket:[")))
            inodes.insert(target.mid(8).chopped(1).toLatin1());
    }
    QSet<quint16> ports;
    for (const QString& table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the column titles
        while (!file.atEnd()) {
            const QList<QByteArray> columns = file.readLine().simplified().split(' ');
            // local_address is ADDRESS:PORT in hex; state 0A is LISTEN; column 9 is the inode.
            if (columns.size() > 9 && columns[3] == "0A" && inodes.contains(columns[9]))
                ports.insert(quint16(columns[1].split(':').value(1).toUInt(nullptr, 16)));
        }
    }
    return ports;
}

} // namespace

/// serve against clients that hold connections without finishing anything (slowloris, idle keep-alive,
/// silent TLS, idle HTTP/2) and against running out of file descriptors (issue 13).
class ServerRobustnessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dribbledRequestHeadIsAnswered408();
    void idleKeepAliveConnectionIsClosed();
    void idleHttp2ConnectionGetsGoaway();
    void silentTlsClientIsDropped();
    void outOfDescriptorsBacksOffAndRecovers();
    void shapedServeBacksOffWhenOutOfDescriptors();
    void shapedServeListensOnlyOnPrintedPorts();

private:
    std::unique_ptr<ServeProcess> m_serve;
};

void ServerRobustnessTest::initTestCase()
{
    m_serve = std::make_unique<ServeProcess>(ShortTimeouts);
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
}

void ServerRobustnessTest::cleanupTestCase()
{
    if (m_serve)
        QCOMPARE(m_serve->stop(), 0);
}

void ServerRobustnessTest::dribbledRequestHeadIsAnswered408()
{
    const qsizetype mark = m_serve->mark();
    std::unique_ptr<QTcpSocket> socket = connectTo(quint16(m_serve->httpUrl().port()));
    QVERIFY(socket);
    // A byte every 100 ms: steady progress that restarts no idle timer but never finishes the head.
    const QByteArray head =
        QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ") + QByteArray(200, 'a');
    QElapsedTimer clock;
    clock.start();
    QByteArray received;
    for (const char byte : head) {
        if (socket->state() != QAbstractSocket::ConnectedState || !received.isEmpty())
            break;
        socket->write(&byte, 1);
        socket->flush();
        waitUntil([&] { return !(received += socket->readAll()).isEmpty(); }, 100);
    }
    bool closed = false;
    received += readUntilClosed(socket.get(), SlackMs, &closed);
    QVERIFY2(received.startsWith("HTTP/1.1 408 "), received.constData());
    QVERIFY(closed);
    PROTOVIZ_VERIFY_TIMING(clock.elapsed() >= 1400 && clock.elapsed() < 1500 + SlackMs,
                           qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!m_serve->waitForLine(QRegularExpression(QStringLiteral("header timeout.*408")), mark, 3000)
                 .isEmpty());
}

void ServerRobustnessTest::idleKeepAliveConnectionIsClosed()
{
    const qsizetype mark = m_serve->mark();
    std::unique_ptr<QTcpSocket> socket = connectTo(quint16(m_serve->httpUrl().port()));
    QVERIFY(socket);
    socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QElapsedTimer clock;
    clock.start();
    bool closed = false;
    const QByteArray received = readUntilClosed(socket.get(), 2000 + SlackMs, &closed);
    QVERIFY2(received.startsWith("HTTP/1.1 200 "), received.left(100).constData());
    QVERIFY2(closed, "the idle keep-alive connection stayed open");
    PROTOVIZ_VERIFY_TIMING(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
    // Between requests nothing is owed to the client: a close with a note, no 408.
    QVERIFY(!received.contains("408"));
    QVERIFY(!m_serve
                 ->waitForLine(QRegularExpression(QStringLiteral("HTTP/1.1 connection.*idle timeout")), mark,
                               3000)
                 .isEmpty());
}

void ServerRobustnessTest::idleHttp2ConnectionGetsGoaway()
{
    const qsizetype mark = m_serve->mark();
    std::unique_ptr<QTcpSocket> socket = connectTo(quint16(m_serve->httpUrl().port()));
    QVERIFY(socket);
    // The preface and an empty SETTINGS, then silence.
    socket->write(QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") +
                  QByteArray::fromHex("000000040000000000"));
    bool closed = false;
    const QByteArray received = readUntilClosed(socket.get(), 2000 + SlackMs, &closed);
    QVERIFY2(closed, "the idle HTTP/2 connection stayed open");
    // Walk the frames to the GOAWAY: type 7, its error code the last four bytes of an 8-byte payload.
    QByteArray goAwayCode;
    for (qsizetype at = 0; at + 9 <= received.size();) {
        const int length =
            (quint8(received[at]) << 16) | (quint8(received[at + 1]) << 8) | quint8(received[at + 2]);
        if (quint8(received[at + 3]) == 0x7 && at + 9 + length <= received.size() && length >= 8)
            goAwayCode = received.mid(at + 9 + 4, 4);
        at += 9 + length;
    }
    QCOMPARE(goAwayCode.toHex(), QByteArray("00000000"));
    QVERIFY(!m_serve
                 ->waitForLine(QRegularExpression(QStringLiteral("GOAWAY \\(NO_ERROR\\).*idle timeout")),
                               mark, 3000)
                 .isEmpty());
}

void ServerRobustnessTest::silentTlsClientIsDropped()
{
    const qsizetype mark = m_serve->mark();
    std::unique_ptr<QTcpSocket> socket = connectTo(quint16(m_serve->httpsUrl().port()));
    QVERIFY(socket);
    QElapsedTimer clock;
    clock.start();
    bool closed = false;
    readUntilClosed(socket.get(), 1500 + SlackMs, &closed);
    QVERIFY2(closed, "a TLS connection without a ClientHello stayed open");
    PROTOVIZ_VERIFY_TIMING(clock.elapsed() >= 1400, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(
        !m_serve->waitForLine(QRegularExpression(QStringLiteral("handshake timeout")), mark, 3000).isEmpty());
}

void ServerRobustnessTest::outOfDescriptorsBacksOffAndRecovers()
{
    if (!haveProgram(QStringLiteral("prlimit")))
        QSKIP("prlimit is not installed (Debian package: util-linux).");
    // 64 descriptors: about 50 connections fit (a few descriptors stay spare), the 80 below do not.
    ExternalProcess serve(QStringLiteral("prlimit"),
                          {QStringLiteral("--nofile=64"), cliProgram(), QStringLiteral("serve"),
                           QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-port"),
                           QStringLiteral("0"), QStringLiteral("--events"), QStringLiteral("errors")});
    quint16 httpPort = 0;
    quint16 httpsPort = 0;
    QVERIFY2(startServe(serve, &httpPort, &httpsPort), qPrintable(serve.output()));
    const qint64 pid = serve.process().processId();

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 80; ++i) {
        // The kernel completes the handshakes the server cannot accept: they wait in its backlog.
        std::unique_ptr<QTcpSocket> socket = connectTo(i % 2 == 0 ? httpPort : httpsPort);
        QVERIFY2(socket, qPrintable(QStringLiteral("connection %1 failed").arg(i)));
        idle.push_back(std::move(socket));
    }
    QVERIFY2(
        !serve
             .waitForLine(QStringLiteral("Out of file descriptors: \\d+ connection\\(s\\) open; accepting "
                                         "again in \\d+ ms"),
                          5000)
             .isEmpty(),
        qPrintable(serve.output().right(2000)));
    const double before = cpuSeconds(pid);
    QTest::qWait(2000);
    const double used = cpuSeconds(pid) - before;
    PROTOVIZ_VERIFY_TIMING(before >= 0 && used < 0.4,
                           qPrintable(QStringLiteral("serve used %1 s of CPU in 2 s").arg(used)));

    idle.clear();
    // Released, the descriptors serve the backlog and then ordinary requests, on every port.
    const QString unserved = whyNotServedAgain(httpPort, httpsPort);
    QVERIFY2(unserved.isEmpty(), qPrintable(unserved));
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
}

void ServerRobustnessTest::shapedServeBacksOffWhenOutOfDescriptors()
{
    if (!haveProgram(QStringLiteral("prlimit")))
        QSKIP("prlimit is not installed (Debian package: util-linux).");
    // Behind the emulated link the printed ports are the link's: each relayed connection takes three
    // descriptors (the client's and an in-process pair to the server), so fewer than 20 fit in 64.
    ExternalProcess serve(QStringLiteral("prlimit"),
                          {QStringLiteral("--nofile=64"), cliProgram(), QStringLiteral("serve"),
                           QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-port"),
                           QStringLiteral("0"), QStringLiteral("--rtt"), QStringLiteral("20"),
                           QStringLiteral("--events"), QStringLiteral("errors")});
    quint16 httpPort = 0;
    quint16 httpsPort = 0;
    QVERIFY2(startServe(serve, &httpPort, &httpsPort), qPrintable(serve.output()));

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 40; ++i) {
        std::unique_ptr<QTcpSocket> socket = connectTo(i % 2 == 0 ? httpPort : httpsPort);
        QVERIFY2(socket, qPrintable(QStringLiteral("connection %1 failed").arg(i)));
        idle.push_back(std::move(socket));
    }
    QVERIFY2(!serve
                  .waitForLine(QStringLiteral("link .*Out of file descriptors: \\d+ connection\\(s\\) open; "
                                              "accepting again in \\d+ ms"),
                               5000)
                  .isEmpty(),
             qPrintable(serve.output().right(2000)));
    // No connection the link accepted lost its way to the server for want of a descriptor.
    QVERIFY2(!serve.output().contains(QStringLiteral("could not take the connection")),
             qPrintable(serve.output().right(2000)));

    idle.clear();
    const QString unserved = whyNotServedAgain(httpPort, httpsPort);
    QVERIFY2(unserved.isEmpty(), qPrintable(unserved));
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
}

void ServerRobustnessTest::shapedServeListensOnlyOnPrintedPorts()
{
    // Behind the emulated link the server must not be reachable around it, on ports nobody printed.
    ExternalProcess serve(cliProgram(),
                          {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--tls-port"), QStringLiteral("0"), QStringLiteral("--rtt"),
                           QStringLiteral("20"), QStringLiteral("--events"), QStringLiteral("errors")});
    quint16 httpPort = 0;
    quint16 httpsPort = 0;
    QVERIFY2(startServe(serve, &httpPort, &httpsPort), qPrintable(serve.output()));
    const QSet<quint16> listening = listeningPorts(serve.process().processId());
    QCOMPARE(listening, (QSet<quint16>{httpPort, httpsPort}));
    // And through the printed ports, the link carries requests to the server.
    QVERIFY(servesHttp(httpPort));
    if (haveProgram(QStringLiteral("curl"))) {
        const PeerRun curl =
            runPeer(QStringLiteral("curl"),
                    {QStringLiteral("-sk"), QStringLiteral("--max-time"), QStringLiteral("5"),
                     QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                     QStringLiteral("%{http_code}"), QStringLiteral("https://127.0.0.1:%1/").arg(httpsPort)},
                    10000);
        QVERIFY2(curl.output.trimmed() == QStringLiteral("200"), qPrintable(curl.summary()));
    }
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(ServerRobustnessTest)
#include "tst_serverrobustness.moc"

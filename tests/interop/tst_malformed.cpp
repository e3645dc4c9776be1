#include "tests/interop/interopsupport.h"

#include "core/http/workload.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <cerrno>
#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int Objects = 4;
constexpr int ObjectSize = 2000;
constexpr int EndTimeout = 5000;

/// A TCP connection to 127.0.0.1 driven with POSIX calls: unlike QTcpSocket it can half-close (the
/// server then sees the end of the client's bytes while the test still reads), and it tells an orderly
/// close (FIN: recv() returns 0) from a reset.
class RawConnection
{
public:
    enum class End { Closed, Reset, TimedOut };

    explicit RawConnection(quint16 port)
        : m_socket(test::connectToLoopback(port))
        , m_connected(m_socket >= 0)
    {
    }
    ~RawConnection()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isConnected() const { return m_connected; }

    /// Sends every byte (blocking); false if the peer refused them.
    bool send(QByteArrayView bytes)
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n =
                ::send(m_socket, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    void shutdownWrite() { ::shutdown(m_socket, SHUT_WR); }

    /// Reads until the server ends the connection or timeoutMs passes; keeps the event loop running so
    /// that serve's output keeps being read meanwhile.
    End readUntilEnd(int timeoutMs, QByteArray* received)
    {
        QDeadlineTimer deadline(timeoutMs);
        char buffer[16384];
        while (!deadline.hasExpired()) {
            pollfd descriptor{m_socket, POLLIN, 0};
            const int ready = ::poll(&descriptor, 1, 20);
            QCoreApplication::processEvents();
            if (ready <= 0)
                continue;
            const ssize_t n = ::recv(m_socket, buffer, sizeof buffer, 0);
            if (n == 0)
                return End::Closed;
            if (n < 0) {
                if (errno == EINTR || errno == EAGAIN)
                    continue;
                return End::Reset;
            }
            received->append(buffer, n);
        }
        return End::TimedOut;
    }

private:
    int m_socket;
    bool m_connected = false;
};

const char* endName(RawConnection::End end)
{
    switch (end) {
    case RawConnection::End::Closed:
        return "closed";
    case RawConnection::End::Reset:
        return "reset";
    case RawConnection::End::TimedOut:
        return "still open";
    }
    return "?";
}

// Binary junk, the same on every run.
QByteArray junk()
{
    QByteArray bytes;
    for (int i = 0; i < 300; ++i)
        bytes.append(char((i * 151 + 7) % 256));
    return bytes;
}

QByteArray oversizedHead()
{
    return QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ") + QByteArray(100 * 1024, 'a') +
           "\r\n\r\n";
}

QByteArray http2Preface()
{
    return QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
}

QByteArray http2Frame(quint32 length, quint8 type, quint8 flags, quint32 stream, const QByteArray& payload)
{
    QByteArray frame;
    frame.append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    frame.append(char(type)).append(char(flags));
    frame.append(char(stream >> 24))
        .append(char(stream >> 16))
        .append(char(stream >> 8))
        .append(char(stream));
    return frame + payload;
}

QByteArray emptySettings()
{
    return http2Frame(0, 0x4, 0, 0, {});
}

// The largest size any event line says the server received from the client ("c→s ... 517 B").
qint64 largestReceivedEvent(const QString& printed)
{
    static const QRegularExpression received(QStringLiteral(R"(\sc.s\s+(?:stream \d+\s+)?(\d+) B\b)"));
    qint64 largest = 0;
    for (auto it = received.globalMatch(printed); it.hasNext();)
        largest = std::max(largest, it.next().captured(1).toLongLong());
    return largest;
}

} // namespace

/// Hostile and broken input to both listeners of `protoviz-cli serve`: each connection must end in an
/// orderly close, serve must print an Error event that explains what was wrong, must report no more
/// bytes than it received, and must go on serving; at the end it exits cleanly on SIGTERM.
class MalformedInputTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endsBrokenConnectionsCleanly_data();
    void endsBrokenConnectionsCleanly();
    void endsBrokenTlsSessionsCleanly_data();
    void endsBrokenTlsSessionsCleanly();
    void servesCurlAfterwards();
    void cleanupTestCase();

private:
    void verifyStillServing();
    QString printedFor(qsizetype mark);

    std::unique_ptr<ServeProcess> m_serve;
    int m_connections = 0;
};

void MalformedInputTest::initTestCase()
{
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--objects"), QString::number(Objects), QStringLiteral("--object-size"),
                    QString::number(ObjectSize)});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
}

void MalformedInputTest::endsBrokenConnectionsCleanly_data()
{
    QTest::addColumn<bool>("tls");         // which listener
    QTest::addColumn<QByteArray>("bytes"); // what the client sends
    QTest::addColumn<bool>("halfClose");   // then ends its side
    QTest::addColumn<QString>("error");    // the Error event serve must print
    QTest::addColumn<QByteArray>("reply"); // how the server's answer starts (empty: not checked)

    QTest::newRow("garbage (cleartext)")
        << false << QByteArrayLiteral("\x16\x03\x01\x00\xff") + junk() + "\r\n\r\n"
        << false << QStringLiteral(R"(\bhttp1\s+Error\b)") << QByteArrayLiteral("HTTP/1.1 400 ");
    QTest::newRow("truncated HTTP/1.1 request")
        << false << QByteArrayLiteral("GET /tiles/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Ag") << true
        << QStringLiteral(R"(\bhttp1\s+Error\b.*middle of a request)") << QByteArray();
    QTest::newRow("truncated HTTP/1.1 body")
        << false << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nabc")
        << true << QStringLiteral(R"(\bhttp1\s+Error\b.*middle of a request)") << QByteArray();
    QTest::newRow("oversized header (100 KiB)")
        << false << oversizedHead() << false << QStringLiteral(R"(\bhttp1\s+Error\b.*larger than)")
        << QByteArrayLiteral("HTTP/1.1 431 ");
    QTest::newRow("truncated HTTP/2 frame")
        << false << http2Preface() + http2Frame(18, 0x4, 0, 0, QByteArray(6, '\0')) << true
        << QStringLiteral(R"(\bhttp2\s+Error\b.*middle of a frame)") << QByteArray();
    QTest::newRow("HTTP/2 frame larger than SETTINGS_MAX_FRAME_SIZE")
        << false << http2Preface() + emptySettings() + http2Frame(0xffffff, 0x0, 0, 1, {}) << false
        << QStringLiteral(R"(\bhttp2\s+Error\b.*SETTINGS_MAX_FRAME_SIZE)") << QByteArray();
    // nghttp2 itself finds these two and answers with GOAWAY; serve should explain them too.
    QTest::newRow("HTTP/2 DATA on stream 0")
        << false << http2Preface() + emptySettings() + http2Frame(4, 0x0, 0x1, 0, "abcd") << false
        << QStringLiteral(R"(\bhttp2\s+Error\b.*(DATA|PROTOCOL_ERROR))") << QByteArray();
    QTest::newRow("HTTP/2 undecodable HPACK")
        << false << http2Preface() + emptySettings() + http2Frame(64, 0x1, 0x5, 1, QByteArray(64, '\xff'))
        << false << QStringLiteral(R"((?i)\bhttp2\s+Error\b.*(HPACK|compression))") << QByteArray();
    QTest::newRow("garbage to the TLS port")
        << true << QByteArrayLiteral("hello there, this is not TLS\r\n\r\n").repeated(4) << false
        << QStringLiteral(R"(\btls\s+Error\b)") << QByteArray();
    // A record header that announces 512 bytes, then 6 of them and the end.
    QTest::newRow("truncated TLS ClientHello")
        << true << QByteArrayLiteral("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03") << true
        << QStringLiteral(R"(\btls\s+Error\b.*before the TLS handshake completed)") << QByteArray();
}

void MalformedInputTest::endsBrokenConnectionsCleanly()
{
    QFETCH(bool, tls);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, halfClose);
    QFETCH(QString, error);
    QFETCH(QByteArray, reply);

    const qsizetype mark = m_serve->mark();
    {
        RawConnection connection(quint16(tls ? m_serve->httpsUrl().port() : m_serve->httpUrl().port()));
        QVERIFY(connection.isConnected());
        ++m_connections;
        QVERIFY(connection.send(bytes));
        if (halfClose)
            connection.shutdownWrite();
        QByteArray received;
        const RawConnection::End end = connection.readUntilEnd(EndTimeout, &received);
        QVERIFY2(end == RawConnection::End::Closed, endName(end));
        if (!reply.isEmpty())
            QVERIFY2(received.startsWith(reply), received.left(200).constData());
    }

    const QString printed = printedFor(mark);
    QCOMPARE(ServeProcess::connectionIds(printed).size(), 1);
    QVERIFY2(!matchingLines(printed, QRegularExpression(error)).isEmpty(), qPrintable(printed));
    // What users see is measured from real bytes: no event claims more than the client sent.
    QVERIFY2(largestReceivedEvent(printed) <= bytes.size(), qPrintable(printed));

    verifyStillServing();
}

void MalformedInputTest::endsBrokenTlsSessionsCleanly_data()
{
    QTest::addColumn<QByteArray>("alpn");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("garbage inside TLS (ALPN http/1.1)")
        << QByteArrayLiteral("http/1.1") << junk() + "\r\n\r\n"
        << QStringLiteral(R"(\bhttp1\s+Error\b)") << QByteArrayLiteral("HTTP/1.1 400 ");
    QTest::newRow("oversized header inside TLS (ALPN http/1.1)")
        << QByteArrayLiteral("http/1.1") << oversizedHead()
        << QStringLiteral(R"(\bhttp1\s+Error\b.*larger than)") << QByteArrayLiteral("HTTP/1.1 431 ");
    QTest::newRow("HTTP/1.1 inside TLS that agreed on h2")
        << QByteArrayLiteral("h2") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        << QStringLiteral(R"(\bhttp2\s+Error\b)") << QByteArray();
    QTest::newRow("oversized HTTP/2 frame inside TLS (ALPN h2)")
        << QByteArrayLiteral("h2") << http2Preface() + emptySettings() + http2Frame(0xffffff, 0x0, 0, 1, {})
        << QStringLiteral(R"(\bhttp2\s+Error\b.*SETTINGS_MAX_FRAME_SIZE)") << QByteArray();
}

void MalformedInputTest::endsBrokenTlsSessionsCleanly()
{
    QFETCH(QByteArray, alpn);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QByteArray, reply);

    const qsizetype mark = m_serve->mark();
    {
        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(m_serve->caCertificate()));
        configuration.setAllowedNextProtocols({alpn});
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_serve->httpsUrl().port()),
                                      QStringLiteral("localhost"));
        ++m_connections;
        QVERIFY2(socket.waitForEncrypted(EndTimeout), qPrintable(socket.errorString()));
        QCOMPARE(socket.sslConfiguration().nextNegotiatedProtocol(), alpn);
        QByteArray received;
        QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] { received += socket.readAll(); });
        socket.write(bytes);
        QVERIFY2(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, EndTimeout),
                 "the server left the connection open");
        received += socket.readAll();
        QVERIFY2(socket.error() == QAbstractSocket::RemoteHostClosedError, qPrintable(socket.errorString()));
        if (!reply.isEmpty())
            QVERIFY2(received.startsWith(reply), received.left(200).constData());
    }

    const QString printed = printedFor(mark);
    QCOMPARE(ServeProcess::connectionIds(printed).size(), 1);
    QVERIFY2(!matchingLines(printed, QRegularExpression(error)).isEmpty(), qPrintable(printed));
    verifyStillServing();
}

QString MalformedInputTest::printedFor(qsizetype mark)
{
    // The connection has ended, so serve has recorded all of it; wait until it has printed it.
    waitUntil([&] { return !ServeProcess::connectionIds(m_serve->output().mid(mark)).isEmpty(); }, 3000);
    return m_serve->settledOutputSince(mark, 150, 3000);
}

void MalformedInputTest::verifyStillServing()
{
    QVERIFY2(m_serve->isRunning(), qPrintable(m_serve->output()));
    RawConnection connection(quint16(m_serve->httpUrl().port()));
    QVERIFY(connection.isConnected());
    ++m_connections;
    QVERIFY(connection.send("GET /tiles/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    QByteArray received;
    const RawConnection::End end = connection.readUntilEnd(EndTimeout, &received);
    QVERIFY2(end == RawConnection::End::Closed, endName(end));
    QVERIFY2(received.startsWith("HTTP/1.1 200 "), received.left(200).constData());
    QVERIFY(received.endsWith(Workload(Objects, ObjectSize).objectBody(1)));
}

void MalformedInputTest::servesCurlAfterwards()
{
    if (!haveProgram(QStringLiteral("curl")))
        QSKIP("curl is not installed (Debian package: curl); scripts/test.sh installs it.");
    const PeerRun curl =
        runPeer(QStringLiteral("curl"),
                {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                 QStringLiteral("--http2"), QStringLiteral("--cacert"), m_serve->caCertificate(),
                 QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                 QStringLiteral("%{http_version} %{http_code} %{size_download}"),
                 m_serve->httpsUrl().resolved(QUrl(QStringLiteral("/tiles/2"))).toString()},
                20000);
    ++m_connections;
    QVERIFY2(curl.exitCode == 0, qPrintable(curl.summary()));
    QCOMPARE(curl.output, QStringLiteral("2 200 %1").arg(ObjectSize));
}

void MalformedInputTest::cleanupTestCase()
{
    if (!m_serve)
        return;
    QCOMPARE(m_serve->stop(), 0);
    QCOMPARE(m_serve->reportedConnectionCount(), m_connections);
}

QTEST_GUILESS_MAIN(MalformedInputTest)
#include "tst_malformed.moc"

#include "tests/interop/interopsupport.h"

#include "core/tls/certificateauthority.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int PeerTimeout = 20000;

// What s_client sends once connected: serve answers and closes, so s_client (with -ign_eof) ends then.
const QByteArray request =
    QByteArrayLiteral("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

// Runs `openssl s_client` to its end with input on its standard input, while the event loop runs (so a
// server printing its events keeps being read). exitCode -1: it timed out and was killed.
PeerRun sClient(const QStringList& arguments, const QByteArray& input)
{
    PeerRun run;
    ExternalProcess process(QStringLiteral("openssl"), QStringList{QStringLiteral("s_client")} + arguments);
    if (!process.start()) {
        run.output = process.process().errorString();
        return run;
    }
    process.process().write(input);
    process.process().closeWriteChannel();
    waitUntil([&process] { return process.process().state() == QProcess::NotRunning; }, PeerTimeout);
    const bool finished = process.waitForFinished(0);
    run.output = process.output();
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

/// A TCP connection driven with POSIX calls, which tell an orderly close (FIN: recv() returns 0) from a
/// reset.
class RawConnection
{
public:
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
    bool send(const QByteArray& bytes)
    {
        return ::send(m_socket, bytes.constData(), size_t(bytes.size()), 0) == bytes.size();
    }

    /// Reads until the peer closes (true: an orderly close) or resets or timeoutMs passes (false). The
    /// event loop runs between reads.
    bool readUntilClosed(int timeoutMs, QByteArray* received)
    {
        bool closed = false;
        bool broken = false;
        waitUntil(
            [&] {
                pollfd descriptor{m_socket, POLLIN, 0};
                while (::poll(&descriptor, 1, 0) > 0) {
                    char buffer[4096];
                    const ssize_t got = ::recv(m_socket, buffer, sizeof buffer, 0);
                    if (got > 0) {
                        received->append(buffer, qsizetype(got));
                        continue;
                    }
                    (got == 0 ? closed : broken) = true;
                    return true;
                }
                return false;
            },
            timeoutMs);
        return closed && !broken;
    }

private:
    int m_socket = -1;
    bool m_connected = false;
};

} // namespace

/// ProtoViz's TLS against OpenSSL's own tools: `protoviz-cli serve` against `openssl s_client` (TLS 1.2
/// and 1.3, session resumption with -sess_out/-sess_in, 0-RTT with -early_data), `protoviz-cli fetch`
/// against `openssl s_server`, and broken TLS input to serve.
class OpensslTlsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sClientHandshakesAndResumes_data();
    void sClientHandshakesAndResumes();
    void sClientSendsEarlyData();
    void fetchAgainstSServer_data();
    void fetchAgainstSServer();
    void malformedClientHelloGetsAnAlertAndAClose();
    void runPrintsLaddersAndLogsKeys();
    void cleanupTestCase();

private:
    QStringList sClientArguments(const QString& version) const;

    QTemporaryDir m_directory;
    std::unique_ptr<ServeProcess> m_serve;
};

void OpensslTlsTest::initTestCase()
{
    if (!haveProgram(QStringLiteral("openssl")))
        QSKIP("openssl is not installed (Debian package: openssl); scripts/test.sh installs it.");
    QVERIFY(m_directory.isValid());
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--objects"), QStringLiteral("3"), QStringLiteral("--no-cleartext")});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
    QVERIFY(m_serve->httpsUrl().port() > 0);
    QVERIFY(m_serve->output().contains(QStringLiteral("early data (0-RTT) accepted")));
}

QStringList OpensslTlsTest::sClientArguments(const QString& version) const
{
    return {QStringLiteral("-connect"),
            QStringLiteral("127.0.0.1:%1").arg(m_serve->httpsUrl().port()),
            QStringLiteral("-servername"),
            QStringLiteral("localhost"),
            QStringLiteral("-CAfile"),
            m_serve->caCertificate(),
            QStringLiteral("-verify_return_error"),
            QStringLiteral("-alpn"),
            QStringLiteral("http/1.1"),
            version,
            QStringLiteral("-ign_eof")};
}

void OpensslTlsTest::sClientHandshakesAndResumes_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("version");
    QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2") << QStringLiteral("TLSv1.2");
    QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3") << QStringLiteral("TLSv1.3");
}

void OpensslTlsTest::sClientHandshakesAndResumes()
{
    QFETCH(QString, option);
    QFETCH(QString, version);
    const QString session = m_directory.filePath(QString::fromLatin1(QTest::currentDataTag()).remove(u' ') +
                                                 QStringLiteral(".session"));

    qsizetype mark = m_serve->mark();
    const PeerRun first =
        sClient(sClientArguments(option) << QStringLiteral("-sess_out") << session, request);
    QVERIFY2(first.exitCode == 0, qPrintable(first.output));
    QVERIFY2(first.output.contains(QStringLiteral("Verify return code: 0 (ok)")), qPrintable(first.output));
    QVERIFY2(first.output.contains(QStringLiteral("New, %1, Cipher is").arg(version)),
             qPrintable(first.output));
    QVERIFY2(first.output.contains(QStringLiteral("ALPN protocol: http/1.1")), qPrintable(first.output));
    QVERIFY2(first.output.contains(QStringLiteral("HTTP/1.1 200 OK")), qPrintable(first.output));
    QVERIFY(QFile::exists(session));
    // serve saw the same handshake.
    QVERIFY2(!m_serve
                  ->waitForLine(QRegularExpression(
                                    QStringLiteral("\\btls\\s+HandshakeComplete\\b.*: %1,").arg(version)),
                                mark, 5000)
                  .isEmpty(),
             qPrintable(m_serve->output().mid(mark)));

    mark = m_serve->mark();
    const PeerRun second =
        sClient(sClientArguments(option) << QStringLiteral("-sess_in") << session, request);
    QVERIFY2(second.exitCode == 0, qPrintable(second.output));
    QVERIFY2(second.output.contains(QStringLiteral("Reused, %1, Cipher is").arg(version)),
             qPrintable(second.output));
    QVERIFY2(second.output.contains(QStringLiteral("HTTP/1.1 200 OK")), qPrintable(second.output));
    QVERIFY2(
        !m_serve
             ->waitForLine(
                 QRegularExpression(
                     QStringLiteral("\\btls\\s+HandshakeComplete\\b.*session resumed.*: %1,").arg(version)),
                 mark, 5000)
             .isEmpty(),
        qPrintable(m_serve->output().mid(mark)));
    // A resumed handshake has no Certificate message.
    const QString printed = m_serve->settledOutputSince(mark, 200, 5000);
    QVERIFY2(matchingLines(printed, QRegularExpression(QStringLiteral("HandshakeMessage.*\\bCertificate\\b")))
                 .isEmpty(),
             qPrintable(printed));
}

void OpensslTlsTest::sClientSendsEarlyData()
{
    const QString session = m_directory.filePath(QStringLiteral("early.session"));
    const QString earlyFile = m_directory.filePath(QStringLiteral("early-request.txt"));
    QFile file(earlyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(request);
    file.close();

    const PeerRun first = sClient(
        sClientArguments(QStringLiteral("-tls1_3")) << QStringLiteral("-sess_out") << session, request);
    QVERIFY2(first.exitCode == 0, qPrintable(first.output));
    // serve's ticket allows early data.
    QVERIFY2(first.output.contains(QStringLiteral("Max Early Data: 16384")), qPrintable(first.output));

    const qsizetype mark = m_serve->mark();
    // The request goes as early data; nothing follows on the standard input.
    const PeerRun second =
        sClient(sClientArguments(QStringLiteral("-tls1_3"))
                    << QStringLiteral("-sess_in") << session << QStringLiteral("-early_data") << earlyFile,
                QByteArray());
    QVERIFY2(second.exitCode == 0, qPrintable(second.output));
    QVERIFY2(second.output.contains(QStringLiteral("Reused, TLSv1.3")), qPrintable(second.output));
    QVERIFY2(second.output.contains(QStringLiteral("Early data was accepted")), qPrintable(second.output));
    QVERIFY2(second.output.contains(QStringLiteral("HTTP/1.1 200 OK")), qPrintable(second.output));
    // serve recorded the early data as such, and answered the request it carried.
    QVERIFY2(!m_serve
                  ->waitForLine(QRegularExpression(
                                    QStringLiteral("\\btls\\s+EarlyData\\s+c→s\\s+%1 B").arg(request.size())),
                                mark, 5000)
                  .isEmpty(),
             qPrintable(m_serve->output().mid(mark)));
    const QString printed = m_serve->settledOutputSince(mark, 200, 5000);
    QVERIFY2(!matchingLines(printed, QRegularExpression(QStringLiteral("\\bhttp1\\s+ResponseHead\\s+s→c")))
                  .isEmpty(),
             qPrintable(printed));
    QVERIFY2(matchingLines(printed, QRegularExpression(QStringLiteral("\\btls\\s+Error\\b"))).isEmpty(),
             qPrintable(printed));

    // The ticket was good for one early-data resumption only (replay protection): a second try falls
    // back to a full handshake, and the early data is rejected rather than replayed.
    // s_client does not send rejected early data again; the request on its input does, after the
    // handshake, so that serve answers and closes.
    const PeerRun replay =
        sClient(sClientArguments(QStringLiteral("-tls1_3"))
                    << QStringLiteral("-sess_in") << session << QStringLiteral("-early_data") << earlyFile,
                request);
    QVERIFY2(replay.exitCode == 0, qPrintable(replay.output));
    QVERIFY2(replay.output.contains(QStringLiteral("Early data was rejected")), qPrintable(replay.output));
    QVERIFY2(replay.output.contains(QStringLiteral("New, TLSv1.3")), qPrintable(replay.output));
    QCOMPARE(replay.output.count(QStringLiteral("HTTP/1.1 200 OK")), 1);
}

void OpensslTlsTest::fetchAgainstSServer_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("version");
    QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2") << QStringLiteral("TLSv1.2");
    QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3") << QStringLiteral("TLSv1.3");
}

void OpensslTlsTest::fetchAgainstSServer()
{
    QFETCH(QString, option);
    QFETCH(QString, version);
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate(
        {QStringLiteral("localhost")}, {QHostAddress(QHostAddress::LocalHost)}, &error);
    QVERIFY2(credentials, qPrintable(error));
    const QString directory = m_directory.filePath(QStringLiteral("s_server") + option);
    QVERIFY2(CertificateAuthority::writePem(*credentials, directory, &error), qPrintable(error));

    // s_server needs a port number up front: take a free one, and retry if another process grabs it.
    std::unique_ptr<ExternalProcess> server;
    quint16 port = 0;
    for (int attempt = 0; attempt < 5 && !server; ++attempt) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
        probe.close();
        auto candidate = std::make_unique<ExternalProcess>(
            QStringLiteral("openssl"),
            QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                        directory + QStringLiteral("/cert.pem"), QStringLiteral("-key"),
                        directory + QStringLiteral("/key.pem"), option, QStringLiteral("-alpn"),
                        QStringLiteral("http/1.1"), QStringLiteral("-www"), QStringLiteral("-naccept"),
                        QStringLiteral("1")});
        QVERIFY(candidate->start());
        waitUntil(
            [&] {
                return candidate->output().contains(QStringLiteral("ACCEPT")) ||
                       candidate->process().state() == QProcess::NotRunning;
            },
            PeerTimeout);
        if (candidate->output().contains(QStringLiteral("ACCEPT")))
            server = std::move(candidate);
    }
    QVERIFY2(server, "openssl s_server did not start listening");

    const PeerRun fetch = runPeer(cliProgram(),
                                  {QStringLiteral("fetch"), QStringLiteral("https://127.0.0.1:%1/").arg(port),
                                   QStringLiteral("--http1.1"), QStringLiteral("--cacert"),
                                   directory + QStringLiteral("/ca.pem"), QStringLiteral("--events"),
                                   QStringLiteral("all"), QStringLiteral("--timeout"), QStringLiteral("15")},
                                  PeerTimeout);
    QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.output + server->output()));
    // Our client's own account of the handshake and of s_server's answer.
    QVERIFY2(fetch.output.contains(QStringLiteral("TLS handshake complete: %1,").arg(version)),
             qPrintable(fetch.output));
    QVERIFY2(fetch.output.contains(QStringLiteral("ALPN http/1.1")), qPrintable(fetch.output));
    QVERIFY2(!matchingLines(fetch.output, QRegularExpression(QStringLiteral(
                                              "client\\s+#\\d+\\s+http1\\s+ResponseHead\\s+s→c")))
                  .isEmpty(),
             qPrintable(fetch.output));
    QVERIFY2(matchingLines(fetch.output, QRegularExpression(QStringLiteral("\\btls\\s+Error\\b"))).isEmpty(),
             qPrintable(fetch.output));
    QVERIFY(server->waitForFinished(PeerTimeout));
}

void OpensslTlsTest::malformedClientHelloGetsAnAlertAndAClose()
{
    const qsizetype mark = m_serve->mark();
    RawConnection connection(quint16(m_serve->httpsUrl().port()));
    QVERIFY(connection.isConnected());
    // A ClientHello whose 5-byte body cannot hold what a ClientHello needs.
    QVERIFY(connection.send(QByteArray::fromHex("16030100090100000503030000") + QByteArray(4, '\0')));
    QByteArray received;
    QVERIFY2(connection.readUntilClosed(10000, &received), received.toHex().constData());
    // The fatal decode_error alert (level 2, description 50), then an orderly close.
    QCOMPARE(received.size(), 7);
    QCOMPARE(received.left(1), QByteArray::fromHex("15"));
    QCOMPARE(received.right(2), QByteArray::fromHex("0232"));
    const QString alert = m_serve->waitForLine(
        QRegularExpression(QStringLiteral("\\btls\\s+Alert\\s+s→c.*decode_error")), mark, 5000);
    QVERIFY2(!alert.isEmpty(), qPrintable(m_serve->output().mid(mark)));
    QVERIFY2(
        !m_serve->waitForLine(QRegularExpression(QStringLiteral("\\btls\\s+Error\\b.*malformed")), mark, 5000)
             .isEmpty(),
        qPrintable(m_serve->output().mid(mark)));
}

void OpensslTlsTest::runPrintsLaddersAndLogsKeys()
{
    // Not OpenSSL's tools, but the same handshakes as the command line shows them: both ladders, side by
    // side figures, and a key log holding both sessions' secrets (TLS 1.2 and 1.3 formats).
    const QString keys = m_directory.filePath(QStringLiteral("run-keys.log"));
    const PeerRun run =
        runPeer(cliProgram(),
                {QStringLiteral("run"), QStringLiteral("--scenario"), QStringLiteral("tls12-vs-tls13"),
                 QStringLiteral("--rtt"), QStringLiteral("40"), QStringLiteral("--keylog"), keys},
                PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Handshake ladder of A: TLS 1.2")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Handshake ladder of B: TLS 1.3")), qPrintable(run.output));
    const QStringList hellos =
        matchingLines(run.output, QRegularExpression(QStringLiteral("\\bClientHello\\s+──▶")));
    QCOMPARE(hellos.size(), 2);
    QCOMPARE(matchingLines(run.output, QRegularExpression(QStringLiteral("ClientKeyExchange"))).size(), 1);
    QCOMPARE(
        matchingLines(run.output, QRegularExpression(QStringLiteral("First response byte after"))).size(), 2);
    QVERIFY2(run.output.contains(QStringLiteral("Agreed: TLSv1.2,")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Agreed: TLSv1.3,")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("names: DNS:localhost, IP:127.0.0.1")),
             qPrintable(run.output));
    QFile file(keys);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    QCOMPARE(log.count("CLIENT_RANDOM "), 1);
    QCOMPARE(log.count("CLIENT_TRAFFIC_SECRET_0 "), 1);
}

void OpensslTlsTest::cleanupTestCase()
{
    if (!m_serve)
        return;
    QCOMPARE(m_serve->stop(), 0);
    // serve stayed up throughout and counted every connection: 2 + 2 (s_client versions), 3 (early
    // data), 1 (malformed).
    QCOMPARE(m_serve->reportedConnectionCount(), 8);
}

QTEST_GUILESS_MAIN(OpensslTlsTest)
#include "tst_openssltls.moc"

#include "tests/interop/interopsupport.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int PeerTimeout = 30000;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The key logs ProtoViz writes (SSLKEYLOGFILE format) against Wireshark's dissectors: a loopback capture
/// of `protoviz-cli fetch` loading serve's page over HTTP/2 is opaque TLS to tshark until tshark is given
/// the key log of either side, and then shows the HTTP/2 frames; the same for HTTP/3 over QUIC.
class TsharkKeyLogTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyLogsDecryptACapture();
    void quicKeyLogsDecryptACapture();
    void cleanupTestCase();

private:
    /// tshark writing what filter passes on the loopback interface to capture, once packets are really
    /// being taken; nullptr, with *error set, if it cannot capture.
    static std::unique_ptr<ExternalProcess> startCapture(const QString& filter, const QString& capture,
                                                         QString* error);
    /// Stops the capture once the last packets (the goodbyes) have reached the file.
    static bool stopCapture(ExternalProcess& tshark);

    QTemporaryDir m_directory;
    std::unique_ptr<ServeProcess> m_serve;
};

void TsharkKeyLogTest::initTestCase()
{
    if (!haveProgram(QStringLiteral("tshark")))
        QSKIP("tshark is not installed (Debian package: tshark); scripts/test.sh installs it.");
    if (::geteuid() != 0)
        QSKIP("Capturing on the loopback interface needs root.");
    QVERIFY(m_directory.isValid());
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--objects"), QStringLiteral("4"), QStringLiteral("--no-cleartext"),
                    QStringLiteral("--events"), QStringLiteral("errors"), QStringLiteral("--keylog"),
                    m_directory.filePath(QStringLiteral("server-keys.log"))});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
    QVERIFY(m_serve->httpsUrl().port() > 0);
}

void TsharkKeyLogTest::keyLogsDecryptACapture()
{
    const int port = m_serve->httpsUrl().port();
    const QString capture = m_directory.filePath(QStringLiteral("loopback.pcapng"));
    const QString clientKeys = m_directory.filePath(QStringLiteral("client-keys.log"));
    const QString serverKeys = m_directory.filePath(QStringLiteral("server-keys.log"));

    QString error;
    const std::unique_ptr<ExternalProcess> tshark =
        startCapture(QStringLiteral("tcp port %1").arg(port), capture, &error);
    QVERIFY2(tshark, qPrintable(error));

    const PeerRun fetch =
        runPeer(cliProgram(),
                {QStringLiteral("fetch"), m_serve->httpsUrl().toString(), QStringLiteral("--http2"),
                 QStringLiteral("--cacert"), m_serve->caCertificate(), QStringLiteral("--keylog"), clientKeys,
                 QStringLiteral("--timeout"), QStringLiteral("20")},
                PeerTimeout);
    QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.output));
    QVERIFY(stopCapture(*tshark));
    QVERIFY2(QFile(capture).size() > 0, qPrintable(tshark->output()));

    // Both sides logged the same TLS 1.3 secrets, one line each.
    const QByteArray clientLog = readFile(clientKeys);
    const QByteArray serverLog = readFile(serverKeys);
    QVERIFY2(clientLog.contains("CLIENT_TRAFFIC_SECRET_0 "), clientLog.constData());
    for (const QByteArray& line : clientLog.trimmed().split('\n'))
        QVERIFY2(serverLog.contains(line), line.constData());

    const auto http2Frames = [&](const QString& keyLog) {
        QStringList arguments{QStringLiteral("-r"), capture,
                              QStringLiteral("-d"), QStringLiteral("tcp.port==%1,tls").arg(port),
                              QStringLiteral("-Y"), QStringLiteral("http2")};
        if (!keyLog.isEmpty())
            arguments << QStringLiteral("-o") << QStringLiteral("tls.keylog_file:") + keyLog;
        return runPeer(QStringLiteral("tshark"), arguments, PeerTimeout);
    };
    // Without the keys the records are opaque: no HTTP/2 at all.
    const PeerRun opaque = http2Frames({});
    QVERIFY2(opaque.exitCode == 0, qPrintable(opaque.output));
    QVERIFY2(!opaque.output.contains(QStringLiteral("HEADERS")), qPrintable(opaque.output));
    // With either side's key log, the frames of the page load: the request's HEADERS, the response's
    // HEADERS and DATA.
    for (const QString& keys : {clientKeys, serverKeys}) {
        const PeerRun decrypted = http2Frames(keys);
        QVERIFY2(decrypted.exitCode == 0, qPrintable(decrypted.output));
        QVERIFY2(decrypted.output.contains(QStringLiteral("HEADERS")), qPrintable(decrypted.output));
        QVERIFY2(decrypted.output.contains(QStringLiteral("DATA")), qPrintable(decrypted.output));
        QVERIFY2(decrypted.output.contains(QStringLiteral("GET /")), qPrintable(decrypted.output));
        QVERIFY2(decrypted.output.contains(QStringLiteral("200 OK")), qPrintable(decrypted.output));
    }
}

void TsharkKeyLogTest::quicKeyLogsDecryptACapture()
{
    // HTTP/3: QUIC's packets are protected with keys from its TLS handshake, which both sides log in the
    // same format; serve's HTTP/3 port is its HTTPS port's number, over UDP.
    const QUrl url = m_serve->http3Url();
    QVERIFY2(url.port() > 0, qPrintable(m_serve->output()));
    const QString capture = m_directory.filePath(QStringLiteral("quic.pcapng"));
    const QString clientKeys = m_directory.filePath(QStringLiteral("quic-client-keys.log"));
    const QString serverKeys = m_directory.filePath(QStringLiteral("server-keys.log"));
    QString error;
    const std::unique_ptr<ExternalProcess> tshark =
        startCapture(QStringLiteral("udp port %1").arg(url.port()), capture, &error);
    QVERIFY2(tshark, qPrintable(error));
    const PeerRun fetch =
        runPeer(cliProgram(),
                {QStringLiteral("fetch"), QStringLiteral("--http3"), url.toString(),
                 QStringLiteral("--cacert"), m_serve->caCertificate(), QStringLiteral("--keylog"), clientKeys,
                 QStringLiteral("--timeout"), QStringLiteral("20")},
                PeerTimeout);
    QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.output));
    QVERIFY(stopCapture(*tshark));

    const QByteArray clientLog = readFile(clientKeys);
    QVERIFY2(clientLog.contains("CLIENT_TRAFFIC_SECRET_0 "), clientLog.constData());
    const QByteArray serverLog = readFile(serverKeys);
    for (const QByteArray& line : clientLog.trimmed().split('\n'))
        QVERIFY2(serverLog.contains(line), line.constData());

    const auto http3Frames = [&](const QString& keyLog) {
        QStringList arguments{QStringLiteral("-r"), capture,
                              QStringLiteral("-d"), QStringLiteral("udp.port==%1,quic").arg(url.port()),
                              QStringLiteral("-Y"), QStringLiteral("http3")};
        if (!keyLog.isEmpty())
            arguments << QStringLiteral("-o") << QStringLiteral("tls.keylog_file:") + keyLog;
        return runPeer(QStringLiteral("tshark"), arguments, PeerTimeout);
    };
    // Without the keys every packet after the Initial ones is a protected payload: no HTTP/3 at all.
    const PeerRun opaque = http3Frames({});
    QVERIFY2(opaque.exitCode == 0, qPrintable(opaque.output));
    QVERIFY2(!opaque.output.contains(QStringLiteral("HEADERS")), qPrintable(opaque.output));
    // With either side's key log: the control streams' SETTINGS, the requests' and responses' HEADERS and
    // the bodies' DATA.
    for (const QString& keys : {clientKeys, serverKeys}) {
        const PeerRun decrypted = http3Frames(keys);
        QVERIFY2(decrypted.exitCode == 0, qPrintable(decrypted.output));
        for (const QString& frame :
             {QStringLiteral("SETTINGS"), QStringLiteral("HEADERS"), QStringLiteral("DATA")})
            QVERIFY2(decrypted.output.contains(frame), qPrintable(decrypted.output));
    }
}

std::unique_ptr<ExternalProcess> TsharkKeyLogTest::startCapture(const QString& filter, const QString& capture,
                                                                QString* error)
{
    // tshark says "Capturing on" a little before packets are really taken: a probe port, captured too,
    // shows when they are (-P prints each packet as it is written). -a bounds the capture should the test
    // be killed before it stops tshark.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *error = probe.errorString();
        return nullptr;
    }
    auto tshark = std::make_unique<ExternalProcess>(
        QStringLiteral("tshark"),
        QStringList{QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"),
                    QStringLiteral("%1 or tcp port %2").arg(filter).arg(probe.serverPort()),
                    QStringLiteral("-w"), capture, QStringLiteral("-P"), QStringLiteral("-a"),
                    QStringLiteral("duration:90")});
    if (!tshark->start()) {
        *error = tshark->process().errorString();
        return nullptr;
    }
    const QString probeMark = QStringLiteral("→ %1 ").arg(probe.serverPort());
    const bool capturing = waitUntil(
        [&] {
            QTcpSocket knock;
            knock.connectToHost(QHostAddress::LocalHost, probe.serverPort());
            knock.waitForConnected(1000);
            waitUntil([&] { return tshark->output().contains(probeMark); }, 300);
            return tshark->output().contains(probeMark);
        },
        PeerTimeout);
    if (!capturing) {
        *error = tshark->output();
        return nullptr;
    }
    return tshark;
}

bool TsharkKeyLogTest::stopCapture(ExternalProcess& tshark)
{
    waitUntil([] { return false; }, 500);
    tshark.terminate();
    return tshark.waitForFinished(PeerTimeout);
}

void TsharkKeyLogTest::cleanupTestCase()
{
    if (m_serve)
        QCOMPARE(m_serve->stop(), 0);
}

QTEST_GUILESS_MAIN(TsharkKeyLogTest)
#include "tst_tsharkkeylog.moc"

#include "tests/interop/interopsupport.h"

#include "core/http/workload.h"
#include "core/tls/certificateauthority.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int Objects = 16;
constexpr int ObjectSize = 3000;
constexpr int RttMs = 20;
constexpr int PeerTimeout = 30000;

// nghttpd lives in /usr/sbin, which is not on every user's PATH.
QString nghttpdProgram()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("nghttpd"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("nghttpd"), {QStringLiteral("/usr/sbin")});
    return path;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A port that was free a moment ago: nghttpd takes a number, not 0. A race with another program is
// possible, so startNghttpd() retries.
quint16 recentlyFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(200);
    socket.abort();
    return connected;
}

} // namespace

/// ProtoViz's own client (`protoviz-cli fetch`, a browser-like page load through the emulated link)
/// against nghttpd, nghttp2's reference HTTP/2 server, serving a copy of the workload from files:
/// h2c with prior knowledge and h2 over TLS with a certificate the test made.
class NghttpdTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchLoadsEveryObject_data();
    void fetchLoadsEveryObject();
    void fetchRejectsAnUntrustedCertificate();

private:
    /// Starts nghttpd on a free port; returns the port, or 0 (and the process is reaped) on failure.
    quint16 startNghttpd(bool tls, std::unique_ptr<ExternalProcess>* process, QString* error);

    QTemporaryDir m_directory;
    QString m_root;
    QString m_certificates;
};

void NghttpdTest::initTestCase()
{
    if (nghttpdProgram().isEmpty())
        QSKIP("nghttpd is not installed (Debian package: nghttp2-server); scripts/test.sh installs it.");
    QVERIFY(m_directory.isValid());
    m_root = m_directory.filePath(QStringLiteral("htdocs"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/tiles")));
    const Workload workload(Objects, ObjectSize);
    QVERIFY(writeFile(m_root + QStringLiteral("/index.html"), workload.page()));
    for (int i = 0; i < Objects; ++i)
        QVERIFY(writeFile(m_root + QString::fromLatin1(Workload::objectPath(i)), workload.objectBody(i)));

    QString error;
    const std::optional<TlsCredentials> credentials =
        CertificateAuthority::generate({QStringLiteral("localhost")}, {QHostAddress::LocalHost}, &error);
    QVERIFY2(credentials, qPrintable(error));
    m_certificates = m_directory.filePath(QStringLiteral("certificates"));
    QVERIFY2(CertificateAuthority::writePem(*credentials, m_certificates, &error), qPrintable(error));
}

quint16 NghttpdTest::startNghttpd(bool tls, std::unique_ptr<ExternalProcess>* process, QString* error)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = recentlyFreePort();
        QStringList arguments{QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-d"),
                              m_root};
        if (tls) {
            arguments << QString::number(port) << QDir(m_certificates).filePath(QStringLiteral("key.pem"))
                      << QDir(m_certificates).filePath(QStringLiteral("cert.pem"));
        } else {
            arguments << QStringLiteral("--no-tls") << QString::number(port);
        }
        *process = std::make_unique<ExternalProcess>(nghttpdProgram(), arguments);
        if (!(*process)->start()) {
            *error = (*process)->process().errorString();
            return 0;
        }
        // nghttpd prints nothing when it listens and exits at once when the port is taken.
        const bool running = waitUntil(
            [&] { return (*process)->process().state() == QProcess::NotRunning || accepts(port); }, 5000);
        if (running && (*process)->process().state() == QProcess::Running)
            return port;
        (*process)->waitForFinished(1000);
        *error = QStringLiteral("nghttpd did not listen on port %1: %2").arg(port).arg((*process)->output());
    }
    process->reset();
    return 0;
}

void NghttpdTest::fetchLoadsEveryObject_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("minimumRoundTrips"); // before the last object can have arrived
    // TCP handshake, the page, the objects; TLS 1.3 adds one for its handshake.
    QTest::newRow("h2c (prior knowledge)") << false << 3;
    QTest::newRow("h2 over TLS (ALPN)") << true << 4;
}

void NghttpdTest::fetchLoadsEveryObject()
{
    QFETCH(bool, tls);
    QFETCH(int, minimumRoundTrips);

    std::unique_ptr<ExternalProcess> nghttpd;
    QString error;
    const quint16 port = startNghttpd(tls, &nghttpd, &error);
    QVERIFY2(port != 0, qPrintable(error));

    const QString url = QStringLiteral("%1://127.0.0.1:%2/")
                            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                            .arg(port);
    const QString json = m_directory.filePath(tls ? QStringLiteral("tls.json") : QStringLiteral("h2c.json"));
    QStringList arguments{QStringLiteral("fetch"),
                          url,
                          QStringLiteral("--http2"),
                          QStringLiteral("--rtt"),
                          QString::number(RttMs),
                          QStringLiteral("--timeout"),
                          QStringLiteral("20"),
                          QStringLiteral("--json"),
                          json};
    if (tls)
        arguments << QStringLiteral("--cacert") << QDir(m_certificates).filePath(QStringLiteral("ca.pem"));
    const PeerRun fetch = runPeer(cliProgram(), arguments, PeerTimeout);
    QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.summary()));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nObjects\\s+%1 of %1\\n").arg(Objects))
                 .match(fetch.output)
                 .hasMatch(),
             qPrintable(fetch.output));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nOutcome\\s+completed\\n")).match(fetch.output).hasMatch(),
             qPrintable(fetch.output));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonObject recording = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(recording.value(QStringLiteral("format")).toString(), QStringLiteral("protoviz-recording"));
    const QJsonArray sessions = recording.value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject session = sessions.at(0).toObject();
    const QJsonObject statistics = session.value(QStringLiteral("statistics")).toObject();
    QCOMPARE(statistics.value(QStringLiteral("objectsCompleted")).toInt(), Objects);
    QCOMPARE(statistics.value(QStringLiteral("connections")).toInt(), 1);
    // Measured from the bytes nghttpd sent: every body, nothing more, nothing less.
    const Workload workload(Objects, ObjectSize);
    QCOMPARE(statistics.value(QStringLiteral("bodyBytes")).toInteger(),
             qint64(Objects) * ObjectSize + workload.page().size());
    QCOMPARE(statistics.value(QStringLiteral("tlsBytes")).toInteger() > 0, tls);
    // The emulated link's delay was really in the path; 10 % tolerance for the clock.
    QVERIFY2(statistics.value(QStringLiteral("totalTimeMs")).toDouble() >= minimumRoundTrips * RttMs * 0.9,
             qPrintable(QString::number(statistics.value(QStringLiteral("totalTimeMs")).toDouble())));

    // The client's own record of the conversation: one request per object and the page, one answer each.
    int requests = 0;
    int responses = 0;
    int goAways = 0;
    for (const QJsonValue& value : session.value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("origin")).toString() != QLatin1String("client") ||
            event.value(QStringLiteral("layer")).toString() != QLatin1String("http2"))
            continue;
        const QString kind = event.value(QStringLiteral("kind")).toString();
        const bool up = event.value(QStringLiteral("dir")).toString() == QLatin1String("c2s");
        requests += kind == QLatin1String("HEADERS") && up ? 1 : 0;
        responses += kind == QLatin1String("HEADERS") && !up ? 1 : 0;
        goAways += kind == QLatin1String("GOAWAY") && up ? 1 : 0;
    }
    QCOMPARE(requests, Objects + 1);
    QCOMPARE(responses, Objects + 1);
    // A client ends an HTTP/2 connection with one GOAWAY.
    QCOMPARE(goAways, 1);

    QVERIFY2(nghttpd->process().state() == QProcess::Running, qPrintable(nghttpd->output()));
}

void NghttpdTest::fetchRejectsAnUntrustedCertificate()
{
    std::unique_ptr<ExternalProcess> nghttpd;
    QString error;
    const quint16 port = startNghttpd(true, &nghttpd, &error);
    QVERIFY2(port != 0, qPrintable(error));
    // No --cacert: the system's authorities do not know the test's CA, so the load must fail.
    const PeerRun fetch = runPeer(cliProgram(),
                                  {QStringLiteral("fetch"), QStringLiteral("https://127.0.0.1:%1/").arg(port),
                                   QStringLiteral("--timeout"), QStringLiteral("20")},
                                  PeerTimeout);
    QVERIFY2(fetch.exitCode == 1, qPrintable(fetch.summary()));
    QVERIFY2(fetch.output.contains(QStringLiteral("certificate")) &&
                 fetch.output.contains(QStringLiteral("does not trust")),
             qPrintable(fetch.output));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nOutcome\\s+failed\\n")).match(fetch.output).hasMatch(),
             qPrintable(fetch.output));
}

QTEST_GUILESS_MAIN(NghttpdTest)
#include "tst_nghttpd.moc"

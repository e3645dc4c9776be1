#include "tests/interop/interopsupport.h"

#include "core/http/workload.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int Objects = 12;
// Larger than HTTP/2's initial 65,535-byte window and than one TLS record, so that flow control and
// record splitting take part.
constexpr int ObjectSize = 100000;
constexpr int PeerTimeout = 20000;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// curl, an independent HTTP/1.1 and HTTP/2 client (libcurl + nghttp2 + OpenSSL), against
/// `protoviz-cli serve`: every protocol path of the server, the bytes it serves and the events it prints.
class CurlTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesPageAndObject_data();
    void fetchesPageAndObject();
    void answersHeadAndUnknownPaths();
    void cleanupTestCase();

private:
    QStringList curlArguments() const;

    QTemporaryDir m_directory;
    std::unique_ptr<ServeProcess> m_serve;
};

void CurlTest::initTestCase()
{
    if (!haveProgram(QStringLiteral("curl")))
        QSKIP("curl is not installed (Debian package: curl); scripts/test.sh installs it.");
    QVERIFY(m_directory.isValid());
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--objects"), QString::number(Objects), QStringLiteral("--object-size"),
                    QString::number(ObjectSize)});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
    QVERIFY(m_serve->httpUrl().port() > 0);
    QVERIFY(m_serve->httpsUrl().port() > 0);
    QVERIFY(QFile::exists(m_serve->caCertificate()));
}

QStringList CurlTest::curlArguments() const
{
    return {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("15"), QStringLiteral("-w"),
            QStringLiteral("%{http_version} %{http_code}\\n")};
}

void CurlTest::fetchesPageAndObject_data()
{
    QTest::addColumn<QStringList>("protocolArguments");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("expectedVersion");
    QTest::addColumn<QString>("requestEvent");  // one line per request the server received
    QTest::addColumn<QString>("protocolEvent"); // proof of the protocol the server chose
    // Whether one curl run fetches both paths over one connection. curl 7.88 (Debian 12) fails a reused
    // prior-knowledge connection with "Error in the HTTP2 framing layer" before sending anything
    // (curl/curl#10634, fixed in 8.0; nghttpd fails the same way), so h2c gets one run per path.
    QTest::addColumn<bool>("reuse");

    const QString http1Request = QStringLiteral("\\bhttp1\\s+RequestHead\\s+c");
    const QString http2Request = QStringLiteral("\\bhttp2\\s+HEADERS\\s+c");
    QTest::newRow("HTTP/1.1 cleartext")
        << QStringList{QStringLiteral("--http1.1")} << false << QStringLiteral("1.1") << http1Request
        << QStringLiteral("\\bhttp1\\s+ResponseHead\\s+s") << true;
    QTest::newRow("HTTP/1.1 over TLS (ALPN http/1.1)")
        << QStringList{QStringLiteral("--http1.1")} << true << QStringLiteral("1.1") << http1Request
        << QStringLiteral("\\btls\\s+HandshakeComplete\\b.*ALPN http/1\\.1") << true;
    QTest::newRow("HTTP/2 over TLS (ALPN h2)")
        << QStringList{QStringLiteral("--http2")} << true << QStringLiteral("2") << http2Request
        << QStringLiteral("\\btls\\s+HandshakeComplete\\b.*ALPN h2\\b") << true;
    QTest::newRow("HTTP/2 cleartext, prior knowledge (h2c)")
        << QStringList{QStringLiteral("--http2-prior-knowledge")} << false << QStringLiteral("2")
        << http2Request << QStringLiteral("\\bhttp2\\s+Preface\\s+c") << false;
}

void CurlTest::fetchesPageAndObject()
{
    QFETCH(QStringList, protocolArguments);
    QFETCH(bool, tls);
    QFETCH(QString, expectedVersion);
    QFETCH(QString, requestEvent);
    QFETCH(QString, protocolEvent);
    QFETCH(bool, reuse);

    const QString tag = QString::fromLatin1(QTest::currentDataTag())
                            .replace(QRegularExpression(QStringLiteral("\\W")), QStringLiteral("_"));
    const QString pageFile = m_directory.filePath(tag + QStringLiteral("-page"));
    const QString objectFile = m_directory.filePath(tag + QStringLiteral("-tile7"));
    const QUrl base = tls ? m_serve->httpsUrl() : m_serve->httpUrl();
    QStringList arguments = curlArguments() + protocolArguments;
    if (tls)
        arguments << QStringLiteral("--cacert") << m_serve->caCertificate();
    const QStringList page{QStringLiteral("-o"), pageFile,
                           base.resolved(QUrl(QStringLiteral("/"))).toString()};
    const QStringList tile{QStringLiteral("-o"), objectFile,
                           base.resolved(QUrl(QStringLiteral("/tiles/7"))).toString()};
    const QList<QStringList> runs = reuse ? QList<QStringList>{arguments + page + tile}
                                          : QList<QStringList>{arguments + page, arguments + tile};

    const qsizetype mark = m_serve->mark();
    QString reports;
    for (const QStringList& run : runs) {
        const PeerRun curl = runPeer(QStringLiteral("curl"), run, PeerTimeout);
        QVERIFY2(curl.exitCode == 0, qPrintable(curl.summary()));
        reports += curl.output;
    }
    // -w reports the protocol curl actually spoke, so a silent fallback to HTTP/1.1 cannot pass.
    const QString expectedReport = expectedVersion + QStringLiteral(" 200\n");
    QCOMPARE(reports, expectedReport + expectedReport);

    const Workload workload(Objects, ObjectSize);
    QCOMPARE(readFile(pageFile), workload.page());
    const QByteArray object = readFile(objectFile);
    QCOMPARE(object.size(), ObjectSize);
    QVERIFY(object == workload.objectBody(7));

    // serve printed this exchange as it happened.
    QVERIFY2(!m_serve->waitForLine(QRegularExpression(protocolEvent), mark, 5000).isEmpty(),
             qPrintable(m_serve->output().mid(mark)));
    const QRegularExpression request(requestEvent);
    QVERIFY(waitUntil([&] { return matchingLines(m_serve->output().mid(mark), request).size() >= 2; }, 5000));
    const QString printed = m_serve->settledOutputSince(mark, 200, 5000);
    QCOMPARE(matchingLines(printed, request).size(), 2);
    QCOMPARE(ServeProcess::connectionIds(printed).size(), runs.size());
    // curl ends HTTP/2 over TLS without close_notify, which serve rightly explains; nothing else is an error.
    const QStringList errors = matchingLines(printed, QRegularExpression(QStringLiteral("\\sError\\s")))
                                   .filter(QRegularExpression(QStringLiteral("^(?!.*close_notify)")));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void CurlTest::answersHeadAndUnknownPaths()
{
    const QUrl base = m_serve->httpUrl();
    const QString missing = base.resolved(QUrl(QStringLiteral("/tiles/%1").arg(Objects))).toString();
    const PeerRun notFound =
        runPeer(QStringLiteral("curl"),
                curlArguments() << QStringLiteral("--http2-prior-knowledge") << QStringLiteral("-o")
                                << QStringLiteral("/dev/null") << missing,
                PeerTimeout);
    QVERIFY2(notFound.exitCode == 0, qPrintable(notFound.summary()));
    QCOMPARE(notFound.output, QStringLiteral("2 404\n"));

    const PeerRun head =
        runPeer(QStringLiteral("curl"),
                QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("15"),
                            QStringLiteral("--http1.1"), QStringLiteral("-I"),
                            base.resolved(QUrl(QStringLiteral("/tiles/3"))).toString()},
                PeerTimeout);
    QVERIFY2(head.exitCode == 0, qPrintable(head.summary()));
    QVERIFY2(head.output.startsWith(QStringLiteral("HTTP/1.1 200")), qPrintable(head.output));
    QVERIFY2(
        head.output.contains(QStringLiteral("content-length: %1\r\n").arg(ObjectSize), Qt::CaseInsensitive),
        qPrintable(head.output));
}

void CurlTest::cleanupTestCase()
{
    if (!m_serve)
        return;
    QCOMPARE(m_serve->stop(), 0);
    // Every connection curl opened is counted once, and appeared in the events.
    const QString output = m_serve->output();
    // Five curl runs for the four rows above, then the 404 and the HEAD.
    QCOMPARE(m_serve->reportedConnectionCount(), 7);
    QCOMPARE(ServeProcess::connectionIds(output).size(), 7);
}

QTEST_GUILESS_MAIN(CurlTest)
#include "tst_curl.moc"

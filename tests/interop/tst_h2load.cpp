#include "tests/interop/interopsupport.h"

#include <QTest>

#include <memory>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int Requests = 2000;
constexpr int Clients = 4;
constexpr int PeerTimeout = 30000;

} // namespace

/// h2load (nghttp2's load generator) against `protoviz-cli serve --events none`: thousands of requests
/// on several connections at once, many in flight on each (HTTP/2 streams, HTTP/1.1 pipelining), and
/// every one must succeed.
class H2loadTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allRequestsSucceed_data();
    void allRequestsSucceed();
    void cleanupTestCase();

private:
    std::unique_ptr<ServeProcess> m_serve;
    int m_runs = 0;
};

void H2loadTest::initTestCase()
{
    if (!haveProgram(QStringLiteral("h2load")))
        QSKIP("h2load is not installed (Debian package: nghttp2-client); scripts/test.sh installs it.");
    m_serve = std::make_unique<ServeProcess>(QStringList{QStringLiteral("--events"), QStringLiteral("none"),
                                                         QStringLiteral("--objects"), QStringLiteral("20")});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
}

void H2loadTest::allRequestsSucceed_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("http1");
    QTest::addColumn<QString>("expectedProtocol");
    QTest::newRow("h2c") << false << false << QStringLiteral("h2c");
    QTest::newRow("h2 over TLS") << true << false << QStringLiteral("h2");
    QTest::newRow("HTTP/1.1 cleartext, pipelined") << false << true << QStringLiteral("http/1.1");
    QTest::newRow("HTTP/1.1 over TLS, pipelined") << true << true << QStringLiteral("http/1.1");
}

void H2loadTest::allRequestsSucceed()
{
    QFETCH(bool, tls);
    QFETCH(bool, http1);
    QFETCH(QString, expectedProtocol);

    const QUrl base = tls ? m_serve->httpsUrl() : m_serve->httpUrl();
    // -m: requests in flight per connection (concurrent streams, or pipelined HTTP/1.1 requests).
    QStringList arguments{QStringLiteral("-n"),     QString::number(Requests), QStringLiteral("-c"),
                          QString::number(Clients), QStringLiteral("-m"),      QStringLiteral("10"),
                          QStringLiteral("-N"),     QStringLiteral("10")};
    if (http1)
        arguments << QStringLiteral("--h1");
    // h2load spreads the requests over the paths: the page and two objects.
    arguments << base.resolved(QUrl(QStringLiteral("/"))).toString()
              << base.resolved(QUrl(QStringLiteral("/tiles/0"))).toString()
              << base.resolved(QUrl(QStringLiteral("/tiles/19"))).toString();
    const PeerRun h2load = runPeer(QStringLiteral("h2load"), arguments, PeerTimeout);
    ++m_runs;
    QVERIFY2(h2load.exitCode == 0, qPrintable(h2load.summary()));
    QVERIFY2(h2load.output.contains(QStringLiteral("Application protocol: ") + expectedProtocol + u'\n'),
             qPrintable(h2load.output));
    const QString summary = QStringLiteral("requests: %1 total, %1 started, %1 done, %1 succeeded, 0 failed, "
                                           "0 errored, 0 timeout")
                                .arg(Requests);
    QVERIFY2(h2load.output.contains(summary), qPrintable(h2load.output));
    QVERIFY2(
        h2load.output.contains(QStringLiteral("status codes: %1 2xx, 0 3xx, 0 4xx, 0 5xx").arg(Requests)),
        qPrintable(h2load.output));
    QVERIFY2(m_serve->isRunning(), qPrintable(m_serve->output()));
}

void H2loadTest::cleanupTestCase()
{
    if (!m_serve)
        return;
    QCOMPARE(m_serve->stop(), 0);
    QCOMPARE(m_serve->reportedConnectionCount(), m_runs * Clients);
    // --events none prints no event lines.
    QCOMPARE(ServeProcess::connectionIds(m_serve->output()).size(), 0);
}

QTEST_GUILESS_MAIN(H2loadTest)
#include "tst_h2load.moc"

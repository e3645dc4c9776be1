#include "tests/interop/interopsupport.h"

#include "core/http/workload.h"
#include "core/http2/http2settings.h"

#include <QTest>

#include <memory>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int Objects = 8;
// Small enough that `nghttp -s` prints exact sizes (it abbreviates from 1 KiB on: "19K").
constexpr int ObjectSize = 1000;
constexpr int PeerTimeout = 20000;

// One row of `nghttp -s` statistics: "id responseEnd [*] requestStart process code size path".
struct StatisticsRow
{
    bool pushed = false; ///< nghttp marks a pushed response with "*" before its requestStart
    int code = 0;
    int size = -1;
    QString path;
};

QList<StatisticsRow> statisticsRows(const QString& output)
{
    static const QRegularExpression row(
        QStringLiteral(R"(^\s*\d+\s+\+\S+\s+(\*\s+)?\+\S+\s+\S+\s+(\d{3})\s+(\d+)\s+(/\S*)\s*$)"),
        QRegularExpression::MultilineOption);
    QList<StatisticsRow> rows;
    for (auto it = row.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        rows.append({match.capturedLength(1) > 0, match.captured(2).toInt(), match.captured(3).toInt(),
                     match.captured(4)});
    }
    return rows;
}

int countOf(const QString& output, const QString& pattern)
{
    return matchingLines(output, QRegularExpression(pattern)).size();
}

} // namespace

/// nghttp (nghttp2's HTTP/2 client) against `protoviz-cli serve`, over h2c with prior knowledge and over
/// TLS with ALPN h2: the frames it receives, a page load with every linked object, and server push.
class NghttpTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void receivesFrames_data();
    void receivesFrames();
    void loadsEveryLinkedObject_data();
    void loadsEveryLinkedObject();
    void receivesPushedObjects_data();
    void receivesPushedObjects();
    void cleanupTestCase();

private:
    void addUrlRows();
    QUrl urlFor(const ServeProcess& serve) const;

    std::unique_ptr<ServeProcess> m_serve;
    std::unique_ptr<ServeProcess> m_pushServe;
};

void NghttpTest::initTestCase()
{
    if (!haveProgram(QStringLiteral("nghttp")))
        QSKIP("nghttp is not installed (Debian package: nghttp2-client); scripts/test.sh installs it.");
    const QStringList workload{QStringLiteral("--objects"), QString::number(Objects),
                               QStringLiteral("--object-size"), QString::number(ObjectSize)};
    m_serve = std::make_unique<ServeProcess>(workload);
    m_pushServe = std::make_unique<ServeProcess>(workload + QStringList{QStringLiteral("--push")});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
    QVERIFY2(m_pushServe->start(&error), qPrintable(error));
}

void NghttpTest::addUrlRows()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("h2c (prior knowledge)") << false;
    QTest::newRow("h2 over TLS (ALPN)") << true;
}

QUrl NghttpTest::urlFor(const ServeProcess& serve) const
{
    QFETCH(bool, tls);
    return tls ? serve.httpsUrl() : serve.httpUrl();
}

void NghttpTest::receivesFrames_data()
{
    addUrlRows();
}

void NghttpTest::receivesFrames()
{
    // nghttp cannot be given a CA; it warns that it cannot verify the certificate and goes on.
    const qsizetype mark = m_serve->mark();
    const PeerRun nghttp = runPeer(QStringLiteral("nghttp"),
                                   {QStringLiteral("-v"), QStringLiteral("-n"), QStringLiteral("-t"),
                                    QStringLiteral("10"), urlFor(*m_serve).toString()},
                                   PeerTimeout);
    QVERIFY2(nghttp.exitCode == 0, qPrintable(nghttp.summary()));
    const QString& out = nghttp.output;
    QVERIFY2(countOf(out, QStringLiteral(R"(recv SETTINGS frame <.*flags=0x00, stream_id=0>)")) == 1,
             qPrintable(out));
    QVERIFY2(countOf(out, QStringLiteral(R"(recv SETTINGS frame <.*flags=0x01, stream_id=0>)")) == 1,
             qPrintable(out));
    QVERIFY2(countOf(out, QStringLiteral(R"(recv HEADERS frame <.*stream_id=13>)")) == 1, qPrintable(out));
    QVERIFY2(countOf(out, QStringLiteral(R"(recv \(stream_id=13\) :status: 200$)")) == 1, qPrintable(out));
    QVERIFY2(countOf(out, QStringLiteral(R"(recv DATA frame <.*flags=0x01, stream_id=13>)")) == 1,
             qPrintable(out));
    // The settings serve advertises reached the wire as configured (browser-like receive windows); the
    // connection window starts at 65,535 bytes (RFC 9113 6.9.2) and serve raises it with WINDOW_UPDATE.
    const Http2Settings settings = Http2Settings::browserLike();
    QVERIFY2(out.contains(
                 QStringLiteral("[SETTINGS_INITIAL_WINDOW_SIZE(0x04):%1]").arg(settings.initialWindowSize)),
             qPrintable(out));
    QVERIFY2(
        out.contains(QStringLiteral("(window_size_increment=%1)").arg(settings.connectionWindowSize - 65535)),
        qPrintable(out));

    // And serve printed the same conversation from its side.
    m_serve->waitForLine(QRegularExpression(QStringLiteral(R"(\bhttp2\s+DATA\s+s)")), mark, 5000);
    const QString printed = m_serve->settledOutputSince(mark, 200, 5000);
    QCOMPARE(countOf(printed, QStringLiteral(R"(\bhttp2\s+Preface\s+c)")), 1);
    QCOMPARE(countOf(printed, QStringLiteral(R"(\bhttp2\s+HEADERS\s+c\S*\s+stream 13\b)")), 1);
    QCOMPARE(countOf(printed, QStringLiteral(R"(\bhttp2\s+HEADERS\s+s\S*\s+stream 13\b)")), 1);
    QVERIFY2(countOf(printed, QStringLiteral(R"(\bhttp2\s+DATA\s+s\S*\s+stream 13\b.*\[END_STREAM\])")) == 1,
             qPrintable(printed));
}

void NghttpTest::loadsEveryLinkedObject_data()
{
    addUrlRows();
}

void NghttpTest::loadsEveryLinkedObject()
{
    // -a fetches what the page links (<img src>), multiplexed on the one connection.
    const PeerRun nghttp = runPeer(QStringLiteral("nghttp"),
                                   {QStringLiteral("-a"), QStringLiteral("-n"), QStringLiteral("-s"),
                                    QStringLiteral("-t"), QStringLiteral("10"), urlFor(*m_serve).toString()},
                                   PeerTimeout);
    QVERIFY2(nghttp.exitCode == 0, qPrintable(nghttp.summary()));
    const QList<StatisticsRow> rows = statisticsRows(nghttp.output);
    QCOMPARE(rows.size(), Objects + 1);
    const Workload workload(Objects, ObjectSize);
    QSet<QString> paths;
    for (const StatisticsRow& row : rows) {
        QCOMPARE(row.code, 200);
        QVERIFY(!row.pushed);
        QCOMPARE(row.size, row.path == QLatin1String("/") ? workload.page().size() : ObjectSize);
        paths.insert(row.path);
    }
    QSet<QString> expected{QStringLiteral("/")};
    for (int i = 0; i < Objects; ++i)
        expected.insert(QString::fromLatin1(Workload::objectPath(i)));
    QCOMPARE(paths, expected);
}

void NghttpTest::receivesPushedObjects_data()
{
    addUrlRows();
}

void NghttpTest::receivesPushedObjects()
{
    const qsizetype mark = m_pushServe->mark();
    const PeerRun nghttp =
        runPeer(QStringLiteral("nghttp"),
                {QStringLiteral("-v"), QStringLiteral("-n"), QStringLiteral("-s"), QStringLiteral("-t"),
                 QStringLiteral("10"), urlFor(*m_pushServe).toString()},
                PeerTimeout);
    QVERIFY2(nghttp.exitCode == 0, qPrintable(nghttp.summary()));
    const QString& out = nghttp.output;
    // Every object is promised on the page's stream, before nghttp could have asked for it.
    QVERIFY2(countOf(out, QStringLiteral(R"(recv PUSH_PROMISE frame <.*stream_id=13>)")) == Objects,
             qPrintable(out));
    for (int i = 0; i < Objects; ++i) {
        QVERIFY2(countOf(out, QStringLiteral(R"(recv \(stream_id=13\) :path: /tiles/%1$)").arg(i)) == 1,
                 qPrintable(out));
    }
    const QList<StatisticsRow> rows = statisticsRows(out);
    QCOMPARE(rows.size(), Objects + 1);
    int pushed = 0;
    for (const StatisticsRow& row : rows) {
        QCOMPARE(row.code, 200);
        QCOMPARE(row.pushed, row.path != QLatin1String("/"));
        pushed += row.pushed ? 1 : 0;
        QCOMPARE(row.size, row.pushed ? ObjectSize : Workload(Objects, ObjectSize).page().size());
    }
    QCOMPARE(pushed, Objects);

    m_pushServe->waitForLine(QRegularExpression(QStringLiteral(R"(\bhttp2\s+PUSH_PROMISE\s+s)")), mark, 5000);
    const QString printed = m_pushServe->settledOutputSince(mark, 200, 5000);
    QCOMPARE(countOf(printed, QStringLiteral(R"(\bhttp2\s+PUSH_PROMISE\s+s)")), Objects);
}

void NghttpTest::cleanupTestCase()
{
    for (const auto& [serve, connections] : {std::pair{m_serve.get(), 4}, std::pair{m_pushServe.get(), 2}}) {
        if (!serve)
            continue;
        QCOMPARE(serve->stop(), 0);
        QCOMPARE(serve->reportedConnectionCount(), connections);
    }
}

QTEST_GUILESS_MAIN(NghttpTest)
#include "tst_nghttp.moc"

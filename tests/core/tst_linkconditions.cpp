#include "core/link/linkconditions.h"

#include <QTest>

using namespace protoviz;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Ms = 1'000'000;

LinkConditions withRtt(qint64 rttMs)
{
    LinkConditions conditions;
    conditions.rttNs = rttMs * Ms;
    return conditions;
}

} // namespace

class LinkConditionsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValid();
    void rejectsImpossibleSettings_data();
    void rejectsImpossibleSettings();
    void acceptsLimits();
    void retransmissionTimeout();
    void parsesBandwidth_data();
    void parsesBandwidth();
    void rejectsBadBandwidth_data();
    void rejectsBadBandwidth();
    void formatsBandwidth_data();
    void formatsBandwidth();
    void formatRoundTrips();
};

void LinkConditionsTest::defaultsAreValid()
{
    QCOMPARE(LinkConditions().validationError(), QString());
    QCOMPARE(withRtt(100).validationError(), QString());
}

void LinkConditionsTest::rejectsImpossibleSettings_data()
{
    QTest::addColumn<qint64>("rttMs");
    QTest::addColumn<qint64>("jitterMs");
    QTest::addColumn<double>("lossRate");
    QTest::addColumn<int>("mss");
    QTest::addColumn<int>("initialWindow");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("negative rtt") << qint64(-1) << qint64(0) << 0.0 << 1460 << 10 << u"negative"_s;
    QTest::newRow("rtt too long") << qint64(2001) << qint64(0) << 0.0 << 1460 << 10 << u"2000 ms"_s;
    QTest::newRow("negative jitter") << qint64(100) << qint64(-5) << 0.0 << 1460 << 10 << u"jitter"_s;
    QTest::newRow("jitter above half rtt") << qint64(100) << qint64(51) << 0.0 << 1460 << 10 << u"half"_s;
    QTest::newRow("negative loss") << qint64(100) << qint64(0) << -0.01 << 1460 << 10 << u"loss rate"_s;
    QTest::newRow("loss above half") << qint64(100) << qint64(0) << 0.51 << 1460 << 10 << u"50 %"_s;
    QTest::newRow("loss nan") << qint64(100) << qint64(0) << qQNaN() << 1460 << 10 << u"loss rate"_s;
    QTest::newRow("mss too small") << qint64(100) << qint64(0) << 0.0 << 535 << 10 << u"536"_s;
    QTest::newRow("mss too large") << qint64(100) << qint64(0) << 0.0 << 9001 << 10 << u"9000"_s;
    QTest::newRow("empty window") << qint64(100) << qint64(0) << 0.0 << 1460 << 0 << u"at least one"_s;
}

void LinkConditionsTest::rejectsImpossibleSettings()
{
    QFETCH(qint64, rttMs);
    QFETCH(qint64, jitterMs);
    QFETCH(double, lossRate);
    QFETCH(int, mss);
    QFETCH(int, initialWindow);
    QFETCH(QString, expectedWords);

    LinkConditions conditions = withRtt(rttMs);
    conditions.jitterNs = jitterMs * Ms;
    conditions.lossRate = lossRate;
    conditions.mss = mss;
    conditions.initialWindow = initialWindow;
    const QString error = conditions.validationError();
    QVERIFY2(error.contains(expectedWords, Qt::CaseInsensitive), qPrintable(error));
    // A sentence, not a code.
    QVERIFY(error.endsWith(u'.'));
}

void LinkConditionsTest::acceptsLimits()
{
    LinkConditions conditions = withRtt(2000);
    conditions.jitterNs = 1000 * Ms;
    conditions.lossRate = 0.5;
    conditions.mss = 536;
    conditions.initialWindow = 1;
    QCOMPARE(conditions.validationError(), QString());
    conditions.mss = 9000;
    conditions.rttNs = 0;
    conditions.jitterNs = 0;
    conditions.lossRate = 0.0;
    QCOMPARE(conditions.validationError(), QString());
}

void LinkConditionsTest::retransmissionTimeout()
{
    // RTT plus the 200 ms floor while the jitter is small...
    QCOMPARE(withRtt(0).retransmissionTimeoutNs(), 200 * Ms);
    QCOMPARE(withRtt(100).retransmissionTimeoutNs(), 300 * Ms);
    LinkConditions jittery = withRtt(400);
    jittery.jitterNs = 40 * Ms;
    QCOMPARE(jittery.retransmissionTimeoutNs(), 600 * Ms);
    // ...and four times the jitter once that is larger.
    jittery.jitterNs = 150 * Ms;
    QCOMPARE(jittery.retransmissionTimeoutNs(), 1000 * Ms);
}

void LinkConditionsTest::parsesBandwidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("bitsPerSecond");

    QTest::newRow("mbit") << u"10mbit"_s << quint64(10'000'000);
    QTest::newRow("Mbit") << u"10Mbit"_s << quint64(10'000'000);
    QTest::newRow("kbit") << u"512kbit"_s << quint64(512'000);
    QTest::newRow("gbit") << u"1gbit"_s << quint64(1'000'000'000);
    QTest::newRow("fraction") << u"2.5mbit"_s << quint64(2'500'000);
    QTest::newRow("plain bits") << u"100000"_s << quint64(100'000);
    QTest::newRow("bit unit") << u"9600bit"_s << quint64(9600);
    QTest::newRow("spaces and per second") << u"  10 Mbit/s "_s << quint64(10'000'000);
    QTest::newRow("unlimited") << u"unlimited"_s << quint64(0);
    QTest::newRow("Unlimited") << u"Unlimited"_s << quint64(0);
    QTest::newRow("zero") << u"0"_s << quint64(0);
}

void LinkConditionsTest::parsesBandwidth()
{
    QFETCH(QString, text);
    QFETCH(quint64, bitsPerSecond);
    QString error = u"untouched"_s;
    const std::optional<quint64> parsed = LinkConditions::parseBandwidth(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, bitsPerSecond);
}

void LinkConditionsTest::rejectsBadBandwidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("empty") << QString() << u"enter a bandwidth"_s;
    QTest::newRow("negative") << u"-10mbit"_s << u"negative"_s;
    QTest::newRow("mbps is ambiguous") << u"1mbps"_s << u"ambiguous"_s;
    QTest::newRow("MB/s is ambiguous") << u"5MB/s"_s << u"ambiguous"_s;
    QTest::newRow("mb is ambiguous") << u"10mb"_s << u"ambiguous"_s;
    QTest::newRow("unknown unit") << u"10furlongs"_s << u"unit"_s;
    QTest::newRow("garbage") << u"fast"_s << u"not a bandwidth"_s;
    QTest::newRow("decimal comma") << u"2,5mbit"_s << u"not a bandwidth"_s;
    QTest::newRow("two numbers") << u"10 20"_s << u"not a bandwidth"_s;
    QTest::newRow("below one bit") << u"0.4"_s << u"less than one bit"_s;
    QTest::newRow("absurdly fast") << u"1000gbit"_s << u"more than"_s;
}

void LinkConditionsTest::rejectsBadBandwidth()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedWords);
    QString error;
    QVERIFY(!LinkConditions::parseBandwidth(text, &error).has_value());
    QVERIFY2(error.contains(expectedWords, Qt::CaseInsensitive), qPrintable(error));
    // No error pointer is fine too.
    QVERIFY(!LinkConditions::parseBandwidth(text, nullptr).has_value());
}

void LinkConditionsTest::formatsBandwidth_data()
{
    QTest::addColumn<quint64>("bitsPerSecond");
    QTest::addColumn<QString>("text");

    QTest::newRow("unlimited") << quint64(0) << u"unlimited"_s;
    QTest::newRow("bits") << quint64(999) << u"999 bit/s"_s;
    QTest::newRow("kbit") << quint64(512'000) << u"512 kbit/s"_s;
    QTest::newRow("mbit") << quint64(10'000'000) << u"10 Mbit/s"_s;
    QTest::newRow("fraction") << quint64(2'500'000) << u"2.5 Mbit/s"_s;
    QTest::newRow("gbit") << quint64(1'000'000'000) << u"1 Gbit/s"_s;
    QTest::newRow("odd") << quint64(1'234'567) << u"1.234567 Mbit/s"_s;
}

void LinkConditionsTest::formatsBandwidth()
{
    QFETCH(quint64, bitsPerSecond);
    QFETCH(QString, text);
    QCOMPARE(LinkConditions::formatBandwidth(bitsPerSecond), text);
}

void LinkConditionsTest::formatRoundTrips()
{
    for (const quint64 bits : {quint64(0), quint64(1), quint64(56'000), quint64(1'234'567),
                               quint64(8'000'000), quint64(2'500'000'000), quint64(99'999'999'999)}) {
        const QString text = LinkConditions::formatBandwidth(bits);
        QString error;
        const std::optional<quint64> back = LinkConditions::parseBandwidth(text, &error);
        QVERIFY2(back.has_value(), qPrintable(text + u": "_s + error));
        QCOMPARE(*back, bits);
    }
}

QTEST_GUILESS_MAIN(LinkConditionsTest)
#include "tst_linkconditions.moc"

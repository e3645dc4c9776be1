#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/pollingstatistics.h"
#include "core/session/scenario.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/playbackclock.h"
#include "app/views/statisticschart.h"
#include "app/views/statisticsview.h"
#include "app/views/viewtheme.h"

#include <QBarSet>
#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace protoviz;

class StatisticsTest : public QObject
{
    Q_OBJECT

private slots:
    void chartsShowTheStatisticsOfBothSides();
    void followsThePlaybackPosition();
    void exportsPngAndSvg();
    void pollingComparesLatencyAndOverhead();

private:
    const Comparison& pageComparison();
    // Checks every chart value against SessionStatistics of both timelines' events up to position.
    void checkPageCharts(const StatisticsView& view, const Comparison& comparison, qint64 position);

    ViewTheme m_theme;
    PlaybackClock m_clock;
    EventSelection m_selection;
    ViewContext m_context{&m_clock, &m_theme, &m_selection};
    std::unique_ptr<Comparison> m_page;
};

const Comparison& StatisticsTest::pageComparison()
{
    if (!m_page) {
        ScenarioKnobs knobs;
        knobs.link.rttNs = 10 * 1000 * 1000;
        knobs.objects = 12;
        knobs.objectSize = 3000;
        m_page = test::runComparison(QStringLiteral("h1-vs-h2"), knobs);
    }
    return *m_page;
}

static QList<Event> upTo(const Timeline& timeline, qint64 position)
{
    return timeline.events(0, timeline.lowerBound(position + 1));
}

// The bars show whole milliseconds from 100 ms and tenths below.
static double ms(qint64 ns)
{
    if (ns < 0)
        return 0.0;
    const double exact = double(ns) / 1e6;
    return exact < 100 ? std::round(exact * 10) / 10.0 : std::round(exact);
}

void StatisticsTest::checkPageCharts(const StatisticsView& view, const Comparison& comparison,
                                     qint64 position)
{
    using Chart = StatisticsView::Chart;
    const SessionStatistics stats[2] = {SessionStatistics::compute(upTo(*comparison.timelineA(), position)),
                                        SessionStatistics::compute(upTo(*comparison.timelineB(), position))};
    const double unit = view.bytesPerUnit();
    auto bytes = [unit](qint64 value) {
        return unit > 1 ? std::round(double(value) / unit * 10) / 10 : double(value);
    };
    for (int side = 0; side < 2; ++side) {
        const SessionStatistics& s = stats[side];
        const QString name = side == 0 ? comparison.timelineA()->title() : comparison.timelineB()->title();
        // Series are named after the panes.
        QVERIFY(view.chart(Chart::Times)->set(side)->label().contains(name));
        QCOMPARE(view.chart(Chart::Times)->value(side, 0), ms(s.totalTimeNs));
        QCOMPARE(view.chart(Chart::Times)->value(side, 1), ms(s.timeToFirstByteNs));
        QCOMPARE(view.chart(Chart::Counts)->value(side, 0), double(s.connections));
        QCOMPARE(view.chart(Chart::Counts)->value(side, 1), double(s.roundTrips));
        // Stacked bytes: one bar per side, B at the bottom (category 0) so that A reads first.
        StatisticsChart* byKind = view.chart(Chart::Bytes);
        const int bar = 1 - side;
        QCOMPARE(byKind->value(0, bar), bytes(s.headerBytes));
        QCOMPARE(byKind->value(1, bar), bytes(s.bodyBytes));
        QCOMPARE(byKind->value(2, bar), bytes(s.framingBytes));
        QCOMPARE(byKind->value(3, bar), bytes(s.tlsBytes));
        QCOMPARE(view.chart(Chart::Extra)->value(side, 0), std::round(s.headerCompression() * 1000) / 10);
    }
    // The table's total time row shows the exact figure.
    QTableWidget* table = view.table();
    QCOMPARE(table->item(1, 0)->text(), StatisticsView::tr("Total time"));
    if (stats[0].totalTimeNs >= 0)
        QCOMPARE(table->item(1, 1)->text(), StatisticsView::tr("%1 ms").arg(QLocale().toString(
                                                double(stats[0].totalTimeNs) / 1e6, 'f', 1)));
}

void StatisticsTest::chartsShowTheStatisticsOfBothSides()
{
    const Comparison& comparison = pageComparison();
    QVERIFY(m_page);
    StatisticsView view(m_context);
    view.resize(1400, 900);
    view.show();
    m_clock.setTimelines({comparison.timelineA(), comparison.timelineB()});
    view.setTimelines(comparison.timelineA(), comparison.timelineB());
    QCOMPARE(view.kind(), StatisticsView::Kind::PageLoad);
    m_clock.seek(m_clock.end());
    view.refresh();
    checkPageCharts(view, comparison, m_clock.position());

    // HTTP/2 saves header bytes with HPACK where HTTP/1.1 saves none, and needs one connection.
    const SessionStatistics h1 = SessionStatistics::compute(*comparison.timelineA());
    const SessionStatistics h2 = SessionStatistics::compute(*comparison.timelineB());
    QCOMPARE(view.chart(StatisticsView::Chart::Extra)->value(0, 0), 0.0);
    QVERIFY(view.chart(StatisticsView::Chart::Extra)->value(1, 0) > 50);
    QCOMPARE(view.chart(StatisticsView::Chart::Counts)->value(1, 0), 1.0);
    QCOMPARE(h1.objectsCompleted, 12);
    QCOMPARE(h2.objectsCompleted, 12);
    // Every bar fits its axis.
    QVERIFY(view.chart(StatisticsView::Chart::Times)->scaleMaximum() >=
            ms(std::max(h1.totalTimeNs, h2.totalTimeNs)));
}

void StatisticsTest::followsThePlaybackPosition()
{
    const Comparison& comparison = pageComparison();
    QVERIFY(m_page);
    StatisticsView view(m_context);
    view.resize(1400, 900);
    m_clock.setTimelines({comparison.timelineA(), comparison.timelineB()});
    view.setTimelines(comparison.timelineA(), comparison.timelineB());
    m_clock.seek(m_clock.end());
    view.refresh();
    const double endBytes = view.chart(StatisticsView::Chart::Bytes)->value(1, 1);
    const double endScale = view.chart(StatisticsView::Chart::Bytes)->scaleMaximum();

    // Half way: fewer bytes so far, figures as the events up to there give them, the same scale.
    const qint64 half = m_clock.end() / 2;
    m_clock.seek(half);
    view.refresh();
    checkPageCharts(view, comparison, half);
    QVERIFY(view.chart(StatisticsView::Chart::Bytes)->value(1, 1) < endBytes);
    QCOMPARE(view.chart(StatisticsView::Chart::Bytes)->scaleMaximum(), endScale);

    // The view refreshes by itself when the clock moves.
    const qint64 threeQuarters = m_clock.end() * 3 / 4;
    m_clock.seek(threeQuarters);
    const SessionStatistics later = SessionStatistics::compute(upTo(*comparison.timelineA(), threeQuarters));
    QTRY_COMPARE(view.chart(StatisticsView::Chart::Bytes)->value(1, 1),
                 view.bytesPerUnit() > 1 ? std::round(double(later.bodyBytes) / view.bytesPerUnit() * 10) / 10
                                         : double(later.bodyBytes));
    checkPageCharts(view, comparison, threeQuarters);

    // Before the sessions started there is nothing to show.
    m_clock.seek(0);
    view.refresh();
    QCOMPARE(view.chart(StatisticsView::Chart::Times)->value(0, 0), 0.0);
    QCOMPARE(view.chart(StatisticsView::Chart::Bytes)->value(1, 1), 0.0);
}

void StatisticsTest::exportsPngAndSvg()
{
    const Comparison& comparison = pageComparison();
    QVERIFY(m_page);
    StatisticsView view(m_context);
    view.resize(1200, 800);
    view.show();
    m_clock.setTimelines({comparison.timelineA(), comparison.timelineB()});
    view.setTimelines(comparison.timelineA(), comparison.timelineB());
    m_clock.seek(m_clock.end());
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("statistics.png"));
    QVERIFY2(view.exportPng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), view.size() * 2);
    // The A bars are drawn in A's colour somewhere in the picture.
    const QRgb a = m_theme.colorFor(Event{.layer = Layer::Http2, .kind = kindOf(Http2Kind::Data)}).rgb();
    bool found = false;
    for (int y = 0; y < image.height() && !found; y += 2) {
        for (int x = 0; x < image.width() && !found; x += 2)
            found = image.pixel(x, y) == a;
    }
    QVERIFY(found);

    const QString svg = dir.filePath(QStringLiteral("statistics.svg"));
    QVERIFY2(view.exportSvg(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains(StatisticsView::tr("Bytes on the wire by kind").toUtf8()));

    // An unwritable path fails with a reason.
    QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("missing/statistics.png")), &error));
    QVERIFY(!error.isEmpty());
}

void StatisticsTest::pollingComparesLatencyAndOverhead()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * 1000 * 1000;
    knobs.clients = 2;
    knobs.updatesPerSecond = 5;
    knobs.durationSeconds = 1;
    knobs.pollIntervalMs = 300;
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("polling-vs-websocket"), knobs);
    QVERIFY(comparison);
    StatisticsView view(m_context);
    view.resize(1200, 800);
    m_clock.setTimelines({comparison->timelineA(), comparison->timelineB()});
    view.setTimelines(comparison->timelineA(), comparison->timelineB());
    m_clock.seek(m_clock.end());
    view.refresh();
    QCOMPARE(view.kind(), StatisticsView::Kind::Polling);
    using Chart = StatisticsView::Chart;
    const Timeline* timelines[2] = {comparison->timelineA(), comparison->timelineB()};
    for (int side = 0; side < 2; ++side) {
        const PollingStatistics p = PollingStatistics::compute(*timelines[side]);
        QVERIFY(p.deliveries > 0);
        QCOMPARE(view.chart(Chart::Times)->value(side, 0), ms(p.latencyMedianNs));
        QCOMPARE(view.chart(Chart::Times)->value(side, 2), ms(p.latency95Ns));
        QCOMPARE(view.chart(Chart::Counts)->value(side, 1), double(p.httpRequests));
        QCOMPARE(view.chart(Chart::Counts)->value(side, 2), double(p.webSocketFrames));
        QCOMPARE(view.chart(Chart::Extra)->value(side, 0), std::round(p.overheadPerDelivery() * 10) / 10);
    }
    // WebSocket (B) delivers sooner than short polling (A).
    QVERIFY(view.chart(Chart::Times)->value(1, 0) < view.chart(Chart::Times)->value(0, 0));
}

QTEST_MAIN(StatisticsTest)
#include "tst_statistics.moc"

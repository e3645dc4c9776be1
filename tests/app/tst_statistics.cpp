#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/grpcstatistics.h"
#include "core/session/outcomeexplanation.h"
#include "core/session/pollingstatistics.h"
#include "core/session/scenario.h"
#include "core/session/sessionstatistics.h"
#include "core/session/shootoutprotocol.h"
#include "core/session/shootoutstatistics.h"
#include "core/timeline/timeline.h"
#include "core/websocket/websocketeventlog.h"

#include "app/views/eventselection.h"
#include "app/views/playbackclock.h"
#include "app/views/statisticschart.h"
#include "app/views/statisticsview.h"
#include "app/views/viewtheme.h"

#include <QApplication>
#include <QBarSet>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <tuple>

using namespace protoviz;

class StatisticsTest : public QObject
{
    Q_OBJECT

private slots:
    void chartsShowTheStatisticsOfBothSides();
    void followsThePlaybackPosition();
    void exportsPngAndSvg();
    void pollingComparesLatencyAndOverhead();
    void pollingShowsTheBytesSavedByCompression_data();
    void pollingShowsTheBytesSavedByCompression();
    void fourSidesHaveABarAndAColumnEach();
    void shootoutTableMatchesItsStatistics();
    void labelsAreDrawnWholeAndApartAtEverySize_data();
    void labelsAreDrawnWholeAndApartAtEverySize();
    void summarySaysUncompressedNotPlainText();

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

// The row whose first cell reads label; -1 if there is none.
static int rowOf(const QTableWidget& table, const QString& label)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, 0) && table.item(row, 0)->text() == label)
            return row;
    }
    return -1;
}

static QList<const Timeline*> timelinesOf(const Comparison& comparison)
{
    QList<const Timeline*> timelines;
    for (const Timeline* timeline : comparison.timelines())
        timelines.append(timeline);
    return timelines;
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
    view.setTimelines({comparison.timelineA(), comparison.timelineB()});
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
    view.setTimelines({comparison.timelineA(), comparison.timelineB()});
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
    view.setTimelines({comparison.timelineA(), comparison.timelineB()});
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
    view.setTimelines({comparison->timelineA(), comparison->timelineB()});
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

void StatisticsTest::pollingShowsTheBytesSavedByCompression_data()
{
    QTest::addColumn<bool>("compression");
    QTest::newRow("permessage-deflate on") << true;
    QTest::newRow("permessage-deflate off") << false;
}

void StatisticsTest::pollingShowsTheBytesSavedByCompression()
{
    QFETCH(bool, compression);
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * 1000 * 1000;
    knobs.clients = 2;
    knobs.updatesPerSecond = 5;
    knobs.durationSeconds = 1;
    knobs.pollIntervalMs = 300;
    knobs.webSocketCompression = compression;
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("polling-vs-websocket"), knobs);
    QVERIFY(comparison);
    StatisticsView view(m_context);
    view.resize(1200, 800);
    m_clock.setTimelines({comparison->timelineA(), comparison->timelineB()});
    view.setTimelines({comparison->timelineA(), comparison->timelineB()});
    m_clock.seek(m_clock.end());
    view.refresh();
    const int row = rowOf(*view.table(), StatisticsView::tr("Saved by compression"));
    if (!compression) {
        // No side compressed: no row of dashes.
        QCOMPARE(row, -1);
        return;
    }
    QVERIFY(row >= 0);

    // The figure from B's events, as its clients saw them: the payload of every message that said RSV1
    // (inflated) against the payload bytes of its frames on the wire.
    struct Message
    {
        qint64 inflated = -1; // -1: not compressed
        qint64 onWire = 0;
    };
    QMap<std::tuple<quint32, bool, quint32>, Message> messages;
    for (const Event& event : comparison->timelineB()->events()) {
        if (event.origin != Origin::Client || event.layer != Layer::WebSocket)
            continue;
        const std::tuple key{event.connection, event.direction == Direction::ClientToServer, event.stream};
        if (event.is(Layer::WebSocket, WebSocketKind::Message) &&
            (event.flags & WebSocketEventLog::MessageCompressedFlag))
            messages[key].inflated = event.size;
        else if (event.is(Layer::WebSocket, WebSocketKind::Frame) && (event.flags & 0x08) == 0)
            messages[key].onWire += event.value;
    }
    qint64 inflated = 0;
    qint64 onWire = 0;
    for (const Message& message : std::as_const(messages)) {
        if (message.inflated >= 0) {
            inflated += message.inflated;
            onWire += message.onWire;
        }
    }
    QVERIFY2(inflated > onWire,
             qPrintable(QStringLiteral("%1 inflated, %2 on the wire").arg(inflated).arg(onWire)));
    const QLocale locale;
    QCOMPARE(
        view.table()->item(row, 2)->text(),
        StatisticsView::tr("%1 bytes (%2 inflated, %3 on the wire)")
            .arg(locale.toString(inflated - onWire), locale.toString(inflated), locale.toString(onWire)));
    // Short polling (A) has no message to compress.
    QCOMPARE(view.table()->item(row, 1)->text(), StatisticsView::tr("–"));
}

void StatisticsTest::fourSidesHaveABarAndAColumnEach()
{
    // REST against gRPC with the two steps between: four live sessions, small enough to be quick.
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * 1000 * 1000;
    knobs.objects = 4;
    knobs.objectSize = 400;
    const std::unique_ptr<Comparison> comparison = test::runComparison(QStringLiteral("rest-vs-grpc"), knobs);
    QVERIFY(comparison);
    QCOMPARE(comparison->timelines().size(), 4);
    StatisticsView view(m_context);
    view.resize(1400, 900);
    view.show();
    const QList<const Timeline*> timelines = timelinesOf(*comparison);
    m_clock.setTimelines(timelines);
    view.setTimelines(timelines);
    view.setScenarioId(comparison->scenario().id);
    m_clock.seek(m_clock.end());
    view.refresh();
    QCOMPARE(view.kind(), StatisticsView::Kind::Grpc);
    QCOMPARE(view.sideCount(), 4);

    using Chart = StatisticsView::Chart;
    QTableWidget* table = view.table();
    // Figure, A, B, C, D: no "B against A" column with more than two sides.
    QCOMPARE(table->columnCount(), 5);
    const QString letters[] = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                               QStringLiteral("D")};
    const QLocale locale;
    const double unit = view.bytesPerUnit();
    auto inUnits = [unit](qint64 value) {
        return unit > 1 ? std::round(double(value) / unit * 10) / 10 : double(value);
    };
    auto cell = [table](const QString& label, int side) {
        const int row = rowOf(*table, label);
        return row < 0 ? QStringLiteral("(no row %1)").arg(label) : table->item(row, 1 + side)->text();
    };
    for (int side = 0; side < 4; ++side) {
        const QList<Event> events = timelines[side]->events();
        const SessionStatistics s = SessionStatistics::compute(events);
        const GrpcStatistics g = GrpcStatistics::compute(events);
        QVERIFY2(s.finished, qPrintable(letters[side]));
        QCOMPARE(g.items, knobs.objects);
        QCOMPARE(table->horizontalHeaderItem(1 + side)->text(), letters[side]);
        // One bar per side, named and coloured after its pane.
        for (Chart which : {Chart::Times, Chart::Counts, Chart::Extra}) {
            QCOMPARE(view.chart(which)->setCount(), 4);
            QVERIFY(view.chart(which)->set(side)->label().contains(timelines[side]->title()));
            QCOMPARE(view.chart(which)->set(side)->color(), m_theme.paneColor(side));
        }
        QCOMPARE(view.chart(Chart::Times)->value(side, 0), ms(s.totalTimeNs));
        QCOMPARE(view.chart(Chart::Times)->value(side, 1), ms(s.timeToFirstByteNs));
        QCOMPARE(view.chart(Chart::Counts)->value(side, 0), double(s.connections));
        QCOMPARE(view.chart(Chart::Counts)->value(side, 1), double(s.roundTrips));
        QCOMPARE(view.chart(Chart::Extra)->value(side, 0), inUnits(g.itemBytes));
        QCOMPARE(view.chart(Chart::Extra)->value(side, 1), inUnits(g.itemProtobufBytes));
        QCOMPARE(view.chart(Chart::Extra)->value(side, 2), inUnits(g.itemJsonBytes));
        // Stacked bytes: D at the bottom, A on top.
        QCOMPARE(view.chart(Chart::Bytes)->categoryCount(), 4);
        QCOMPARE(view.chart(Chart::Bytes)->value(1, 3 - side), inUnits(s.bodyBytes));
        // Every cell equals its statistic.
        QCOMPARE(cell(StatisticsView::tr("Total time"), side),
                 StatisticsView::tr("%1 ms").arg(locale.toString(double(s.totalTimeNs) / 1e6, 'f', 1)));
        QCOMPARE(cell(StatisticsView::tr("Connections"), side), locale.toString(s.connections));
        QCOMPARE(cell(StatisticsView::tr("Round trips"), side), locale.toString(s.roundTrips));
        QCOMPARE(cell(StatisticsView::tr("Bytes on the wire"), side), locale.toString(s.wireBytes()));
        QCOMPARE(cell(StatisticsView::tr("  headers"), side), locale.toString(s.headerBytes));
        QCOMPARE(cell(StatisticsView::tr("  TLS"), side), locale.toString(s.tlsBytes));
        QCOMPARE(cell(StatisticsView::tr("Item bytes as sent"), side), locale.toString(g.itemBytes));
        QCOMPARE(cell(StatisticsView::tr("The same items as JSON"), side), locale.toString(g.itemJsonBytes));
        QCOMPARE(cell(StatisticsView::tr("The same items as Protobuf"), side),
                 locale.toString(g.itemProtobufBytes));
    }
    // B, C and D are compared with A in their cells' tooltips.
    const int total = rowOf(*table, StatisticsView::tr("Total time"));
    QVERIFY(table->item(total, 4)->toolTip().contains(
        StatisticsView::tr("%1 against %2").arg(letters[3], letters[0])));
    // The heading and the summary name every side.
    const QString summary = view.findChild<QLabel*>(QStringLiteral("statisticsSummary"))->text();
    const QString heading = view.findChild<QLabel*>(QStringLiteral("statisticsHeading"))->text();
    for (int side = 0; side < 4; ++side) {
        QVERIFY2(summary.contains(QStringLiteral(">%1</b>").arg(letters[side])), qPrintable(summary));
        QVERIFY2(heading.contains(timelines[side]->title().toHtmlEscaped()), qPrintable(heading));
    }

    // Once the playhead reaches the end of the finished sessions, the summary says why, in the
    // explanation's own sentences; before that it does not.
    const QStringList why =
        OutcomeExplanation::sentences(OutcomeExplanation::explain(comparison->scenario().id, timelines));
    QVERIFY(!why.isEmpty());
    for (const QString& sentence : why)
        QVERIFY2(summary.contains(sentence.toHtmlEscaped()), qPrintable(sentence));
    m_clock.seek(m_clock.end() / 2);
    view.refresh();
    QVERIFY(!view.findChild<QLabel*>(QStringLiteral("statisticsSummary"))
                 ->text()
                 .contains(why.constFirst().toHtmlEscaped()));

    // In a narrow dock (a scroll area, as the window has it) the charts stand in one column without a
    // horizontal scroll bar, and four bars per category are too thin for their values: those go to the
    // bars' tooltips (and the table) alone.
    m_clock.seek(m_clock.end());
    QScrollArea dock;
    dock.setWidgetResizable(true);
    auto* narrow = new StatisticsView(m_context);
    dock.setWidget(narrow);
    narrow->setTimelines(timelines);
    dock.resize(StatisticsView::NarrowWidth - 100, 900);
    dock.show();
    QTRY_COMPARE(narrow->chart(Chart::Counts)->x(), narrow->chart(Chart::Times)->x());
    QVERIFY(narrow->chart(Chart::Counts)->y() > narrow->chart(Chart::Times)->y());
    QTRY_VERIFY(narrow->width() <= dock.viewport()->width());
    // Only the values that fit beside or inside their bars are written.
    narrow->grab();
    QVERIFY(narrow->chart(Chart::Times)->drawnValueLabels().size() < 4 * 2);
    // Wide, they stand two abreast.
    QVERIFY(view.chart(Chart::Counts)->x() > view.chart(Chart::Times)->x());

    // Back to two sides: two bars, and the "B against A" column again.
    view.setTimelines({timelines[0], timelines[3]});
    QCOMPARE(view.sideCount(), 2);
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(view.chart(Chart::Times)->setCount(), 2);
    QCOMPARE(view.chart(Chart::Bytes)->categoryCount(), 2);
    view.grab();
    QCOMPARE(view.chart(Chart::Times)->drawnValueLabels().size(), 2 * 2);
}

void StatisticsTest::shootoutTableMatchesItsStatistics()
{
    // HTTP/1.1, HTTPS, gRPC and WebSocket over one small workload: a few exchanges, a few updates.
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * 1000 * 1000;
    knobs.objects = 3;
    knobs.objectSize = 300;
    knobs.updatesPerSecond = 4;
    knobs.durationSeconds = 1;
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("protocol-shootout"), knobs);
    QVERIFY(comparison);
    QCOMPARE(comparison->timelines().size(), 4);
    StatisticsView view(m_context);
    view.resize(1400, 900);
    view.show();
    const QList<const Timeline*> timelines = timelinesOf(*comparison);
    m_clock.setTimelines(timelines);
    view.setTimelines(timelines);
    view.setScenarioId(comparison->scenario().id);
    m_clock.seek(m_clock.end());
    view.refresh();
    QCOMPARE(view.kind(), StatisticsView::Kind::Shootout);
    QCOMPARE(view.sideCount(), 4);

    using Chart = StatisticsView::Chart;
    QTableWidget* table = view.table();
    QCOMPARE(table->columnCount(), 5);
    const QLocale locale;
    auto msText = [&locale](qint64 ns) {
        return ns < 0 ? StatisticsView::tr("–")
                      : StatisticsView::tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', 1));
    };
    auto item = [table](const QString& label, int side) -> QTableWidgetItem* {
        const int row = rowOf(*table, label);
        return row < 0 ? nullptr : table->item(row, 1 + side);
    };
    auto cell = [&item](const QString& label, int side) {
        const QTableWidgetItem* it = item(label, side);
        return it ? it->text() : QStringLiteral("(no row %1)").arg(label);
    };
    auto mark = [](bool yes) { return yes ? StatisticsView::tr("✓") : StatisticsView::tr("✗"); };
    const double unit = view.bytesPerUnit();
    auto inUnits = [unit](qint64 value) {
        return unit > 1 ? std::round(double(value) / unit * 10) / 10 : double(value);
    };
    QList<ShootoutStatistics> stats;
    for (int side = 0; side < 4; ++side) {
        const ShootoutStatistics o = ShootoutStatistics::compute(*timelines[side]);
        stats.append(o);
        const auto protocol = ShootoutProtocolFacts::fromName(
            timelines[side]->settings().value(QStringLiteral("protocol")).toString());
        QVERIFY(protocol);
        const ShootoutProtocolFacts facts = ShootoutProtocolFacts::of(*protocol);
        QVERIFY2(o.finished, qPrintable(timelines[side]->title()));
        QCOMPARE(o.exchanges, knobs.objects);
        QVERIFY(o.deliveries > 0);

        QCOMPARE(cell(StatisticsView::tr("Exchanges answered"), side), locale.toString(o.exchanges));
        QCOMPARE(cell(StatisticsView::tr("Request latency, median"), side), msText(o.requestLatencyMedianNs));
        QCOMPARE(cell(StatisticsView::tr("Request latency, mean"), side), msText(o.requestLatencyMeanNs));
        QCOMPARE(cell(StatisticsView::tr("Request latency, maximum"), side), msText(o.requestLatencyMaxNs));
        QCOMPARE(cell(StatisticsView::tr("All exchanges done after"), side), msText(o.exchangesTimeNs));
        QCOMPARE(cell(StatisticsView::tr("Updates delivered"), side), locale.toString(o.deliveries));
        QCOMPARE(cell(StatisticsView::tr("Update latency, median"), side), msText(o.updateLatencyMedianNs));
        QCOMPARE(cell(StatisticsView::tr("Update latency, mean"), side), msText(o.updateLatencyMeanNs));
        QCOMPARE(cell(StatisticsView::tr("Update latency, maximum"), side), msText(o.updateLatencyMaxNs));
        QCOMPARE(cell(StatisticsView::tr("Connections"), side), locale.toString(o.connections));
        QCOMPARE(cell(StatisticsView::tr("Client requests"), side), locale.toString(o.clientRequests));
        QCOMPARE(cell(StatisticsView::tr("Bytes on the wire"), side), locale.toString(o.wireBytes()));
        QCOMPARE(cell(StatisticsView::tr("  client → server"), side), locale.toString(o.wireBytesUp));
        QCOMPARE(cell(StatisticsView::tr("  server → client"), side), locale.toString(o.wireBytesDown));
        // The properties: measured ones from the statistics, facts from the protocol, reasons as tooltips.
        QCOMPARE(cell(StatisticsView::tr("Server push"), side), mark(o.serverPush()));
        QCOMPARE(cell(StatisticsView::tr("Streaming"), side), mark(o.streaming()));
        QCOMPARE(cell(StatisticsView::tr("Human-readable"), side), mark(facts.humanReadable));
        QCOMPARE(cell(StatisticsView::tr("Browser-native"), side), mark(facts.browserNative));
        QCOMPARE(item(StatisticsView::tr("Human-readable"), side)->toolTip(), facts.humanReadableNote);
        QCOMPARE(item(StatisticsView::tr("Browser-native"), side)->toolTip(), facts.browserNativeNote);
        QVERIFY(item(StatisticsView::tr("Server push"), side)
                    ->toolTip()
                    .contains(locale.toString(o.pushedUpdates)));
        QVERIFY(item(StatisticsView::tr("Streaming"), side)
                    ->toolTip()
                    .contains(locale.toString(o.streamedUpdates)));

        // The charts: one bar per side.
        QCOMPARE(view.chart(Chart::Times)->value(side, 0), ms(o.requestLatencyMedianNs));
        QCOMPARE(view.chart(Chart::Times)->value(side, 1), ms(o.requestLatencyMaxNs));
        QCOMPARE(view.chart(Chart::Counts)->value(side, 0), double(o.connections));
        QCOMPARE(view.chart(Chart::Counts)->categoryCount(), 1);
        QCOMPARE(view.chart(Chart::Extra)->value(side, 0), ms(o.updateLatencyMedianNs));
        QCOMPARE(view.chart(Chart::Extra)->value(side, 1), ms(o.updateLatencyMaxNs));
        QCOMPARE(view.chart(Chart::Bytes)->value(0, 3 - side), inUnits(o.wireBytesUp));
        QCOMPARE(view.chart(Chart::Bytes)->value(1, 3 - side), inUnits(o.wireBytesDown));
    }
    // Long polling asks for each update; the WebSocket (D) has them pushed.
    QVERIFY(!stats[0].serverPush());
    QVERIFY(stats[3].serverPush());
    const QString summary = view.findChild<QLabel*>(QStringLiteral("statisticsSummary"))->text();
    for (const QString& letter :
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        QVERIFY2(summary.contains(QStringLiteral(">%1</b>").arg(letter)), qPrintable(summary));
}

// Every label a chart drew is whole in its font, inside the chart, and no two values touch.
static void checkDrawnLabels(const StatisticsView& view, const QString& where)
{
    for (int which = 0; which < 4; ++which) {
        const StatisticsChart* chart = view.chart(StatisticsView::Chart(which));
        const QRectF bounds = QRectF(QPointF(0, 0), QSizeF(chart->size()));
        const QList<DrawnLabel> labels = chart->drawnLabels();
        const QString context = QStringLiteral("%1, %2").arg(where, chart->title());
        QVERIFY2(!labels.isEmpty(), qPrintable(context));
        QString title;
        for (const DrawnLabel& label : labels) {
            const QString what = QStringLiteral("%1: \"%2\"").arg(context, label.text);
            QVERIFY2(QFontMetricsF(label.font).horizontalAdvance(label.text) <= label.rect.width() + 0.5,
                     qPrintable(what));
            QVERIFY2(bounds.contains(label.rect), qPrintable(what));
        }
        // The title's lines come first; joined, they are the whole title: none of it is elided.
        for (const DrawnLabel& label : labels)
            title += label.text;
        auto spaceless = [](QString text) { return text.remove(QLatin1Char(' ')); };
        QVERIFY2(spaceless(title).startsWith(spaceless(chart->title())),
                 qPrintable(context + QStringLiteral(": ") + title));
        const QList<DrawnLabel> values = chart->drawnValueLabels();
        for (qsizetype i = 0; i < values.size(); ++i) {
            for (qsizetype j = i + 1; j < values.size(); ++j)
                QVERIFY2(
                    !values[i].rect.intersects(values[j].rect),
                    qPrintable(QStringLiteral("%1: %2 and %3").arg(context, values[i].text, values[j].text)));
        }
    }
}

void StatisticsTest::labelsAreDrawnWholeAndApartAtEverySize_data()
{
    QTest::addColumn<QString>("scenario");
    // The dock's sizes at 1280x720 (presentation mode: the views' type 1.6 times as large), 1366x768
    // and 1920x1080, and the view alone at the window's sizes.
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("fontScale");
    for (const QString& scenario : {QStringLiteral("h1-vs-h2"), QStringLiteral("rest-vs-grpc")}) {
        for (const QSize& size : {QSize(360, 640), QSize(420, 700), QSize(560, 1000), QSize(1280, 720),
                                  QSize(1366, 768), QSize(1920, 1080)}) {
            QTest::addRow("%s %dx%d", qPrintable(scenario), size.width(), size.height())
                << scenario << size << 1.0;
        }
        for (const QSize& size : {QSize(420, 640), QSize(1280, 720)}) {
            QTest::addRow("%s %dx%d presentation", qPrintable(scenario), size.width(), size.height())
                << scenario << size << 1.6;
        }
    }
}

void StatisticsTest::labelsAreDrawnWholeAndApartAtEverySize()
{
    QFETCH(QString, scenario);
    QFETCH(QSize, size);
    QFETCH(qreal, fontScale);
    m_theme.setFontScale(fontScale);
    const auto restoreScale = qScopeGuard([this] { m_theme.setFontScale(1.0); });
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * 1000 * 1000;
    knobs.objects = 4;
    knobs.objectSize = 400;
    static QMap<QString, std::shared_ptr<Comparison>> runs;
    if (!runs.contains(scenario))
        runs.insert(scenario, std::shared_ptr<Comparison>(test::runComparison(scenario, knobs).release()));
    const Comparison* comparison = runs.value(scenario).get();
    QVERIFY(comparison);
    const QList<const Timeline*> timelines = timelinesOf(*comparison);
    // As the window has it: the view in a scroll area.
    QScrollArea dock;
    dock.setWidgetResizable(true);
    auto* view = new StatisticsView(m_context);
    dock.setWidget(view);
    dock.resize(size);
    dock.show();
    m_clock.setTimelines(timelines);
    view->setTimelines(timelines);
    view->setScenarioId(comparison->scenario().id);
    for (const qint64 position : {m_clock.end() / 3, m_clock.end()}) {
        m_clock.seek(position);
        view->refresh();
        // The table's columns are measured at its first drawing, which may move it under the charts:
        // the second drawing is the settled one.
        QCoreApplication::processEvents();
        view->grab();
        QCoreApplication::processEvents();
        view->grab();
        checkDrawnLabels(*view, QStringLiteral("%1 at %2").arg(scenario).arg(position));
    }
    // With room, every value of two sides is written.
    if (timelines.size() == 2 && size.width() >= 1280 && fontScale == 1.0)
        QCOMPARE(view->chart(StatisticsView::Chart::Times)->drawnValueLabels().size(), 4);
}

void StatisticsTest::summarySaysUncompressedNotPlainText()
{
    // HTTP/1.1 over TLS sends its headers encrypted but uncompressed: "plain text" would be wrong.
    const Comparison& comparison = pageComparison();
    StatisticsView view(m_context);
    m_clock.setTimelines({comparison.timelineA(), comparison.timelineB()});
    view.setTimelines({comparison.timelineA(), comparison.timelineB()});
    m_clock.seek(m_clock.end());
    view.refresh();
    const QString summary = view.findChild<QLabel*>(QStringLiteral("statisticsSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("uncompressed")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("plain text")), qPrintable(summary));
}

QTEST_MAIN(StatisticsTest)
#include "tst_statistics.moc"

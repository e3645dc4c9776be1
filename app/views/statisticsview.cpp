#include "app/views/statisticsview.h"

#include "core/session/outcomeexplanation.h"
#include "core/session/shootoutprotocol.h"
#include "core/timeline/timeline.h"

#include "app/views/playbackclock.h"
#include "app/views/statisticschart.h"
#include "app/views/viewtheme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace protoviz {

namespace {

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

// Milliseconds as the bars show them: whole from 100 ms, with a tenth below (the table has tenths).
double milliseconds(qint64 ns)
{
    if (ns < 0)
        return 0.0;
    const double ms = double(ns) / 1e6;
    return rounded(ms, ms < 100 ? 1 : 0);
}

// "x", "x and y", "x, y and z", for sentences that name every side.
QString listed(const QStringList& parts)
{
    if (parts.size() < 2)
        return parts.value(0);
    return StatisticsView::tr("%1 and %2")
        .arg(parts.mid(0, parts.size() - 1).join(StatisticsView::tr(", ")), parts.last());
}

} // namespace

StatisticsView::StatisticsView(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setAutoFillBackground(true);
    m_layout = new QGridLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("statisticsHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_position = new QLabel(this);
    m_position->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setContentsMargins(0, 12, 0, 0);
    m_chartBox = new QWidget(this);
    m_chartGrid = new QGridLayout(m_chartBox);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(8);
    for (int i = 0; i < 4; ++i) {
        m_charts[i] = new StatisticsChart(i == int(Chart::Bytes) ? StatisticsChart::Style::StackedHorizontal
                                                                 : StatisticsChart::Style::Grouped,
                                          m_chartBox);
    }
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Columns follow their contents after the layout has run: the table's width is known only then.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &StatisticsView::fitTable);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setFrameShape(QFrame::NoFrame);
    fitColumns();
    arrange();

    // Figures are recomputed a few times a second, not per event or per frame of the playback.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &StatisticsView::refresh);
    connect(m_context.clock, &PlaybackClock::positionChanged, this, &StatisticsView::scheduleRefresh);
    connect(m_context.theme, &ViewTheme::changed, this, [this] {
        applyTheme();
        refresh();
    });
    applyTheme();
    retranslate();
    refresh();
}

StatisticsView::~StatisticsView() = default;

QString StatisticsView::title() const
{
    return tr("Statistics");
}

StatisticsChart* StatisticsView::chart(Chart which) const
{
    return m_charts[int(which)];
}

void StatisticsView::setTimelines(const QList<const Timeline*>& timelines)
{
    for (const Side& side : std::as_const(m_sides)) {
        if (side.timeline)
            disconnect(side.timeline, nullptr, this, nullptr);
    }
    m_sides.clear();
    for (const Timeline* timeline : timelines.mid(0, MaxSides)) {
        Side side;
        side.timeline = timeline;
        m_sides.append(side);
        if (!timeline)
            continue;
        connect(timeline, &Timeline::eventsAppended, this, &StatisticsView::scheduleRefresh);
        connect(timeline, &Timeline::metadataChanged, this, [this] {
            detectKind();
            retranslate();
            refresh();
        });
    }
    fitColumns();
    detectKind();
    retranslate();
    refresh();
}

void StatisticsView::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void StatisticsView::setScenarioId(const QString& id)
{
    if (id == m_scenarioId)
        return;
    m_scenarioId = id;
    m_explainedSize = -1;
    m_explanation.clear();
    refresh();
}

void StatisticsView::detectKind()
{
    // The sessions' own settings say what they ran: the shoot-out names one of its protocols, polling
    // sessions have an update rate, API sessions an api.
    Kind kind = Kind::PageLoad;
    for (Side& side : m_sides) {
        side.protocol.reset();
        if (!side.timeline)
            continue;
        const QVariantMap settings = side.timeline->settings();
        if (isShootout(settings))
            side.protocol =
                ShootoutProtocolFacts::fromName(settings.value(QStringLiteral("protocol")).toString());
        if (side.protocol)
            kind = Kind::Shootout;
        else if (settings.contains(QStringLiteral("updatesPerSecond")) && kind != Kind::Shootout)
            kind = Kind::Polling;
        else if (settings.contains(QStringLiteral("api")) && kind == Kind::PageLoad)
            kind = Kind::Grpc;
    }
    if (kind != m_kind) {
        m_kind = kind;
        for (Side& side : m_sides) {
            side.nowUpTo = -1;
            side.wholeUpTo = -1;
        }
    }
}

StatisticsView::Figures StatisticsView::compute(const Timeline& timeline, qsizetype count) const
{
    const QList<Event> events = timeline.events(0, count);
    Figures figures;
    if (m_kind == Kind::Polling) {
        figures.polling = PollingStatistics::compute(events);
    } else if (m_kind == Kind::Shootout) {
        figures.shootout = ShootoutStatistics::compute(events);
    } else {
        figures.session = SessionStatistics::compute(events);
        if (m_kind == Kind::Grpc)
            figures.grpc = GrpcStatistics::compute(events);
    }
    figures.finished = std::any_of(events.crbegin(), events.crend(),
                                   [](const Event& e) { return e.is(SessionKind::Finished); });
    return figures;
}

void StatisticsView::explainOutcome()
{
    // The mechanisms are named once every session is over, from their whole timelines; explaining a
    // half-run comparison would name causes of an outcome that has not happened yet.
    QList<const Timeline*> timelines;
    qsizetype size = 0;
    bool finished = !m_scenarioId.isEmpty();
    for (const Side& side : std::as_const(m_sides)) {
        timelines.append(side.timeline.data());
        if (!side.timeline)
            continue;
        size += side.timeline->size();
        finished = finished && side.whole.finished;
    }
    if (!finished) {
        m_explanation.clear();
        m_explainedSize = -1;
        return;
    }
    if (size == m_explainedSize)
        return;
    m_explainedSize = size;
    m_explanation = OutcomeExplanation::sentences(OutcomeExplanation::explain(m_scenarioId, timelines));
}

void StatisticsView::refresh()
{
    m_refresh.stop();
    for (Side& side : m_sides) {
        if (!side.timeline)
            continue;
        const qsizetype size = side.timeline->size();
        const qsizetype visible = m_context.clock->lastVisibleEvent(side.timeline) + 1;
        if (side.wholeUpTo != size) {
            side.whole = compute(*side.timeline, size);
            side.wholeUpTo = size;
        }
        if (side.nowUpTo != visible) {
            side.now = visible == size ? side.whole : compute(*side.timeline, visible);
            side.nowUpTo = visible;
        }
    }
    explainOutcome();
    updateCharts();
    updateTable();
    m_summary->setText(summaryText());
    const QLocale locale;
    m_position->setText(tr("Measured from the sessions' events up to the playhead at %1 ms (of %2 ms).")
                            .arg(locale.toString(double(m_context.clock->position()) / 1e6, 'f', 0),
                                 locale.toString(double(m_context.clock->end()) / 1e6, 'f', 0)));
}

QString StatisticsView::summaryText() const
{
    // A few plain sentences a teacher can read out, from the same figures as the charts, naming every side.
    const QLocale locale;
    const QList<QColor> colors = paneColors();
    QList<int> present;
    QStringList names;
    for (int side = 0; side < sideCount(); ++side) {
        names.append(
            QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colors[side].name(), paneLetter(side)));
        if (m_sides[side].timeline)
            present.append(side);
    }
    if (present.isEmpty())
        return {};
    auto ms = [&locale](qint64 ns) { return tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', 0)); };
    auto bytes = [&locale](double value) { return tr("%1 bytes").arg(locale.toString(value, 'f', 0)); };
    // "B took 80 ms: 60 % less time than A (200 ms)." or "... as long as A (200 ms)."
    auto took = [&locale, &ms](const QString& name, qint64 ns, const QString& firstName, qint64 firstNs) {
        const double percent = 100.0 * double(ns - firstNs) / double(firstNs);
        if (std::abs(percent) < 0.5)
            return tr("%1 took %2: as long as %3.").arg(name, ms(ns), firstName);
        return (percent < 0 ? tr("%1 took %2: %3 % less time than %4 (%5).")
                            : tr("%1 took %2: %3 % more time than %4 (%5)."))
            .arg(name, ms(ns), locale.toString(std::abs(percent), 'f', 0), firstName, ms(firstNs));
    };
    QStringList sentences;
    if (m_kind == Kind::Polling) {
        QStringList latencies;
        QStringList overheads;
        QStringList counts;
        for (int side : std::as_const(present)) {
            const PollingStatistics& p = m_sides[side].now.polling;
            if (p.latencyMedianNs >= 0)
                latencies.append(tr("within %1 with %2").arg(ms(p.latencyMedianNs), names[side]));
            if (p.deliveries > 0)
                overheads.append(
                    tr("%1 of protocol overhead with %2").arg(bytes(p.overheadPerDelivery()), names[side]));
            counts.append(
                tr("%1 sent %2 HTTP requests and %3 WebSocket frames")
                    .arg(names[side], locale.toString(p.httpRequests), locale.toString(p.webSocketFrames)));
        }
        if (!latencies.isEmpty())
            sentences.append(tr("Half of the updates reached their client %1.").arg(listed(latencies)));
        if (!overheads.isEmpty())
            sentences.append(tr("Each update cost %1.").arg(listed(overheads)));
        sentences.append(counts.join(tr("; ")) + tr("."));
    } else if (m_kind == Kind::Shootout) {
        shootoutSentences(names, present, &sentences);
    } else {
        const SessionStatistics& first = m_sides[0].now.session;
        const bool haveFirst = !m_sides[0].timeline.isNull() && first.totalTimeNs > 0;
        QStringList connections;
        for (int side : std::as_const(present)) {
            const SessionStatistics& s = m_sides[side].now.session;
            if (side > 0 && haveFirst && s.totalTimeNs >= 0)
                sentences.append(took(names[side], s.totalTimeNs, names[0], first.totalTimeNs));
            connections.append(
                connections.isEmpty()
                    ? tr("%1 opened %2 connections and waited %3 round trips")
                          .arg(names[side], locale.toString(s.connections), locale.toString(s.roundTrips))
                    : tr("%1 %2 and %3")
                          .arg(names[side], locale.toString(s.connections), locale.toString(s.roundTrips)));
        }
        sentences.append(connections.join(tr("; ")) + tr("."));
        for (int side : std::as_const(present)) {
            const Figures& f = m_sides[side].now;
            if (m_kind == Kind::Grpc) {
                const GrpcStatistics& g = f.grpc;
                if (g.items > 0 && g.itemsAsProtobuf == g.items)
                    sentences.append(tr("%1's items took %2 as Protobuf; as JSON they would take %3.")
                                         .arg(names[side], bytes(g.itemBytes), bytes(g.itemJsonBytes)));
                else if (g.items > 0)
                    sentences.append(tr("%1 sent its items as JSON: %2; as Protobuf they would take %3.")
                                         .arg(names[side], bytes(g.itemBytes), bytes(g.itemProtobufBytes)));
                continue;
            }
            const SessionStatistics& h = f.session;
            if (h.headerTextBytes <= 0)
                continue;
            sentences.append(
                h.headerBytes < h.headerTextBytes
                    ? tr("HPACK saved %1 % of %2's header text.")
                          .arg(locale.toString(100.0 * h.headerCompression(), 'f', 0), names[side])
                    : tr("%1 sent its headers uncompressed.").arg(names[side]));
        }
    }
    if (!m_explanation.isEmpty() && atEnd()) {
        // The mechanisms behind the outcome, once the playhead has reached it.
        QStringList why;
        for (const QString& sentence : m_explanation)
            why.append(sentence.toHtmlEscaped());
        sentences.append(
            QStringLiteral("<br><b>%1</b><br>%2").arg(tr("Why:"), why.join(QStringLiteral("<br>"))));
    }
    return sentences.join(QStringLiteral("<br>"));
}

QString StatisticsView::paneLetter(int side) const
{
    const QString letters[MaxSides] = {tr("A"), tr("B"), tr("C"), tr("D")};
    return side >= 0 && side < MaxSides ? letters[side] : QString::number(side + 1);
}

QString StatisticsView::paneName(int side) const
{
    const QString letter = paneLetter(side);
    const Timeline* timeline = m_sides.value(side).timeline;
    return timeline && !timeline->title().isEmpty() ? tr("%1: %2").arg(letter, timeline->title()) : letter;
}

QList<QColor> StatisticsView::paneColors() const
{
    QList<QColor> colors;
    for (int side = 0; side < MaxSides; ++side)
        colors.append(m_context.theme->paneColor(side));
    return colors;
}

void StatisticsView::fitColumns()
{
    // Figure, one column per side and, for exactly two sides, "B against A"; with more, each cell's
    // tooltip compares it with A instead of a column per pair.
    const int columns = 1 + sideCount() + (comparisonColumn() >= 0 ? 1 : 0);
    if (m_table->columnCount() != columns)
        m_table->setColumnCount(columns);
    // Every column as wide as its contents: a figure cut to "65.…" would say nothing. The table stands
    // beside the charts where that width fits (fitTable(), arrange()) and scrolls sideways in a narrow dock.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
}

int StatisticsView::comparisonColumn() const
{
    return sideCount() == 2 ? 3 : -1;
}

bool StatisticsView::atEnd() const
{
    for (const Side& side : m_sides) {
        if (side.timeline && side.nowUpTo != side.wholeUpTo)
            return false;
    }
    return true;
}

void StatisticsView::retranslate()
{
    m_table->setAccessibleName(tr("Figures of the run, one column per side"));
    const ViewTheme& theme = *m_context.theme;
    const int sides = sideCount();
    QStringList panes;
    QStringList lettersBottomUp;
    for (int side = 0; side < sides; ++side) {
        panes.append(paneName(side));
        lettersBottomUp.prepend(paneLetter(side));
    }
    const QList<QColor> colors = paneColors().mid(0, sides);
    const QString bytesUnit = m_bytesPerUnit > 1 ? tr("kB") : tr("bytes");
    StatisticsChart* times = chart(Chart::Times);
    StatisticsChart* counts = chart(Chart::Counts);
    StatisticsChart* bytes = chart(Chart::Bytes);
    StatisticsChart* extra = chart(Chart::Extra);
    for (StatisticsChart* c : m_charts)
        c->setValueSuffix(QString());
    // The horizontal bars are drawn from the bottom up: the last side first puts A on top. The heading
    // names the sides.
    bytes->setCategories(lettersBottomUp);
    if (m_kind == Kind::Polling) {
        times->setTexts(tr("Delivery latency"), tr("milliseconds"));
        times->setCategories({tr("median"), tr("mean"), tr("95th pct."), tr("max.")});
        counts->setTexts(tr("Connections, requests, frames"), tr("count"));
        counts->setCategories({tr("connections"), tr("requests"), tr("WS frames")});
        bytes->setTexts(tr("Payload and overhead"), bytesUnit);
        bytes->setSets({tr("payload"), tr("HTTP heads"), tr("frame headers"), tr("control")},
                       {theme.colorFor(UnitRole::Data), theme.colorFor(UnitRole::Head),
                        theme.colorFor(UnitRole::WebSocketFrame), theme.colorFor(UnitRole::WebSocketClose)});
        extra->setTexts(tr("Bytes per delivered update"), tr("bytes"));
        extra->setCategories({tr("overhead"), tr("all on the wire")});
    } else if (m_kind == Kind::Shootout) {
        retranslateShootout(bytesUnit);
    } else {
        times->setTexts(tr("Time"), tr("milliseconds"));
        times->setCategories({tr("total"), tr("to first byte")});
        counts->setTexts(tr("Connections and round trips"), tr("count"));
        counts->setCategories({tr("connections"), tr("round trips")});
        bytes->setTexts(tr("Bytes on the wire by kind"), bytesUnit);
        bytes->setSets({tr("headers"), tr("bodies"), tr("framing"), tr("TLS")},
                       {theme.colorFor(UnitRole::Headers), theme.colorFor(UnitRole::Data),
                        theme.colorFor(UnitRole::Control), theme.colorFor(UnitRole::TlsHandshake)});
        if (m_kind == Kind::Grpc) {
            extra->setTexts(tr("Items: as sent, as Protobuf, as JSON"), bytesUnit);
            extra->setCategories({tr("as sent"), tr("as Protobuf"), tr("as JSON")});
        } else {
            extra->setTexts(tr("Header compression (HPACK)"), tr("% of header text saved"));
            extra->setCategories({tr("header text saved")});
            extra->setValueSuffix(tr(" %"));
        }
    }
    // The sides are named once, in their colours, by the heading above all charts; a legend under each
    // chart would repeat it (and cut the names short). The bars by kind keep theirs.
    for (StatisticsChart* c : {times, counts, extra}) {
        c->setSets(panes, colors);
        c->setShowsLegend(false);
    }

    auto coloured = [](const QColor& color, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
    };
    QStringList named;
    for (int side = 0; side < sides; ++side)
        named.append(coloured(colors[side], QStringLiteral("■ ") + panes[side]));
    // Two sides read as one line; more stand one a line, as a legend would.
    if (named.size() == 2)
        m_heading->setText(tr("%1 against %2").arg(named[0], named[1]));
    else
        m_heading->setText(named.join(QStringLiteral("<br>")));
    // The columns are the sides as the heading names them, in their colours.
    QStringList labels{tr("Figure")};
    QList<QColor> headerColors{theme.foreground()};
    for (int side = 0; side < sides; ++side) {
        labels.append(paneLetter(side));
        headerColors.append(colors[side]);
    }
    if (comparisonColumn() >= 0) {
        labels.append(tr("%1 against %2").arg(paneLetter(1), paneLetter(0)));
        headerColors.append(theme.foreground());
    }
    m_table->setHorizontalHeaderLabels(labels);
    for (int column = 0; column < labels.size(); ++column) {
        if (QTableWidgetItem* header = m_table->horizontalHeaderItem(column))
            header->setForeground(headerColors[column]);
    }
}

void StatisticsView::updateCharts()
{
    const int sides = sideCount();
    // The byte charts count kB once the largest side passes 20,000 bytes.
    qint64 largest = 0;
    for (const Side& side : std::as_const(m_sides)) {
        const Figures& whole = side.whole;
        if (m_kind == Kind::Polling) {
            const PollingStatistics& p = whole.polling;
            largest = std::max(largest, p.updatePayloadBytes + p.overheadBytes());
        } else if (m_kind == Kind::Shootout) {
            largest = std::max(largest, whole.shootout.wireBytes());
        } else {
            const SessionStatistics& s = whole.session;
            largest =
                std::max({largest, s.headerBytes + s.bodyBytes + s.framingBytes + s.tlsBytes,
                          whole.grpc.itemJsonBytes, whole.grpc.itemProtobufBytes, whole.grpc.itemBytes});
        }
    }
    const double unit = largest >= 20000 ? 1000.0 : 1.0;
    if (unit != m_bytesPerUnit) {
        m_bytesPerUnit = unit;
        retranslate();
    }
    auto inUnits = [unit](qint64 bytes) {
        return unit > 1 ? rounded(double(bytes) / unit, 1) : double(bytes);
    };

    // Values per chart: [side][category] now and at the end, for the scale.
    auto fill = [&](Chart which, auto valueOf, int decimals) {
        StatisticsChart* c = chart(which);
        double top = 0;
        for (int side = 0; side < sides; ++side) {
            const Side& s = m_sides[side];
            for (int category = 0; category < c->categoryCount(); ++category) {
                c->setValue(side, category, s.timeline ? valueOf(s.now, category) : 0.0);
                top = std::max({top, valueOf(s.now, category), valueOf(s.whole, category)});
            }
        }
        c->setScale(top, decimals);
    };
    auto fillStacked = [&](auto valueOf) {
        StatisticsChart* c = chart(Chart::Bytes);
        double top = 0;
        for (int side = 0; side < sides; ++side) {
            const Side& s = m_sides[side];
            double sumNow = 0;
            double sumWhole = 0;
            for (int set = 0; set < c->setCount(); ++set) {
                const double value = s.timeline ? valueOf(s.now, set) : 0.0;
                c->setValue(set, sides - 1 - side, value);
                sumNow += value;
                sumWhole += valueOf(s.whole, set);
            }
            top = std::max({top, sumNow, sumWhole});
        }
        c->setScale(top, unit > 1 ? 1 : 0);
    };

    if (m_kind == Kind::Polling) {
        fill(
            Chart::Times,
            [](const Figures& f, int category) {
                const PollingStatistics& p = f.polling;
                const qint64 values[] = {p.latencyMedianNs, p.latencyMeanNs, p.latency95Ns, p.latencyMaxNs};
                return milliseconds(values[category]);
            },
            1);
        fill(
            Chart::Counts,
            [](const Figures& f, int category) {
                const PollingStatistics& p = f.polling;
                const int values[] = {p.connections, p.httpRequests, p.webSocketFrames};
                return double(values[category]);
            },
            0);
        fillStacked([&inUnits](const Figures& f, int set) {
            const PollingStatistics& p = f.polling;
            const qint64 values[] = {p.updatePayloadBytes, p.httpHeadBytes, p.frameHeaderBytes,
                                     p.controlFrameBytes};
            return inUnits(values[set]);
        });
        fill(
            Chart::Extra,
            [](const Figures& f, int category) {
                const PollingStatistics& p = f.polling;
                return rounded(category == 0 ? p.overheadPerDelivery() : p.wireBytesPerDelivery(), 1);
            },
            1);
        return;
    }
    if (m_kind == Kind::Shootout) {
        updateShootoutCharts();
        return;
    }
    fill(
        Chart::Times,
        [](const Figures& f, int category) {
            return milliseconds(category == 0 ? f.session.totalTimeNs : f.session.timeToFirstByteNs);
        },
        1);
    fill(
        Chart::Counts,
        [](const Figures& f, int category) {
            return double(category == 0 ? f.session.connections : f.session.roundTrips);
        },
        0);
    fillStacked([&inUnits](const Figures& f, int set) {
        const SessionStatistics& s = f.session;
        const qint64 values[] = {s.headerBytes, s.bodyBytes, s.framingBytes, s.tlsBytes};
        return inUnits(values[set]);
    });
    if (m_kind == Kind::Grpc) {
        // The same items as they travelled, in Protobuf and in JSON, measured per item by the sessions.
        fill(
            Chart::Extra,
            [&inUnits](const Figures& f, int category) {
                const GrpcStatistics& g = f.grpc;
                const qint64 values[] = {g.itemBytes, g.itemProtobufBytes, g.itemJsonBytes};
                return inUnits(values[category]);
            },
            unit > 1 ? 1 : 0);
    } else {
        StatisticsChart* c = chart(Chart::Extra);
        for (int side = 0; side < sides; ++side) {
            const Side& s = m_sides[side];
            c->setValue(side, 0, s.timeline ? rounded(100.0 * s.now.session.headerCompression(), 1) : 0.0);
        }
        c->setFixedScale(110, 20);
    }
}

void StatisticsView::updateTable()
{
    const QLocale locale;
    const int sides = sideCount();
    struct Row
    {
        QString label;
        QStringList values;
        QList<double> numbers; ///< for the comparison; negative: none
        QStringList toolTips;  ///< per side; empty: none
        QString labelToolTip;
    };
    QList<Row> rows;
    auto ms = [&locale](qint64 ns) {
        return ns < 0 ? tr("–") : tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', 1));
    };
    auto number = [&locale](qint64 value) { return locale.toString(value); };
    auto add = [&](const QString& label, auto text, auto numeric) {
        Row row{label, {}, {}, {}, {}};
        for (int side = 0; side < sides; ++side) {
            const Side& s = m_sides[side];
            row.values.append(s.timeline ? text(s.now) : tr("–"));
            row.numbers.append(s.timeline ? numeric(s.now) : -1.0);
            row.toolTips.append(QString());
        }
        rows.append(row);
    };
    auto outcome = [](bool finished, SessionOutcome result) {
        if (!finished)
            return tr("in progress");
        switch (result) {
        case SessionOutcome::Completed:
            return tr("completed");
        case SessionOutcome::Failed:
            return tr("failed");
        case SessionOutcome::TimedOut:
            return tr("timed out");
        case SessionOutcome::Cancelled:
            return tr("stopped");
        }
        return QString();
    };
    auto none = [](const Figures&) { return -1.0; };

    if (m_kind == Kind::Polling) {
        auto p = [](const Figures& f) -> const PollingStatistics& { return f.polling; };
        add(
            tr("Outcome"), [&](const Figures& f) { return outcome(p(f).finished, p(f).outcome); }, none);
        add(
            tr("Updates delivered"),
            [&](const Figures& f) {
                return tr("%1 (%2 distinct updates)").arg(number(p(f).deliveries), number(p(f).updates));
            },
            [&](const Figures& f) { return double(p(f).deliveries); });
        const std::pair<QString, qint64 PollingStatistics::*> latencies[] = {
            {tr("Latency, median"), &PollingStatistics::latencyMedianNs},
            {tr("Latency, mean"), &PollingStatistics::latencyMeanNs},
            {tr("Latency, 95th percentile"), &PollingStatistics::latency95Ns},
            {tr("Latency, minimum"), &PollingStatistics::latencyMinNs},
            {tr("Latency, maximum"), &PollingStatistics::latencyMaxNs}};
        for (const auto& [label, member] : latencies)
            add(
                label, [&](const Figures& f) { return ms(p(f).*member); },
                [&](const Figures& f) { return double(p(f).*member); });
        add(
            tr("TCP connections"), [&](const Figures& f) { return number(p(f).connections); },
            [&](const Figures& f) { return double(p(f).connections); });
        add(
            tr("HTTP requests"), [&](const Figures& f) { return number(p(f).httpRequests); },
            [&](const Figures& f) { return double(p(f).httpRequests); });
        add(
            tr("WebSocket frames"), [&](const Figures& f) { return number(p(f).webSocketFrames); },
            [&](const Figures& f) { return double(p(f).webSocketFrames); });
        const std::pair<QString, qint64 PollingStatistics::*> byteRows[] = {
            {tr("Update payload bytes"), &PollingStatistics::updatePayloadBytes},
            {tr("HTTP head bytes"), &PollingStatistics::httpHeadBytes},
            {tr("WebSocket frame header bytes"), &PollingStatistics::frameHeaderBytes},
            {tr("Control frame bytes"), &PollingStatistics::controlFrameBytes}};
        for (const auto& [label, member] : byteRows)
            add(
                label, [&](const Figures& f) { return number(p(f).*member); },
                [&](const Figures& f) { return double(p(f).*member); });
        add(
            tr("Overhead per delivered update"),
            [&](const Figures& f) {
                return tr("%1 bytes").arg(locale.toString(p(f).overheadPerDelivery(), 'f', 1));
            },
            [&](const Figures& f) { return p(f).overheadPerDelivery(); });
        add(
            tr("Wire bytes per delivered update"),
            [&](const Figures& f) {
                return tr("%1 bytes").arg(locale.toString(p(f).wireBytesPerDelivery(), 'f', 1));
            },
            [&](const Figures& f) { return p(f).wireBytesPerDelivery(); });
        // Only when a side compressed: the row would read 0 everywhere else.
        bool compressed = false;
        for (int side = 0; side < sides; ++side)
            compressed =
                compressed || (m_sides[side].timeline && m_sides[side].now.polling.compressedMessages > 0);
        if (compressed)
            add(
                tr("Saved by compression"),
                [&](const Figures& f) {
                    if (p(f).compressedMessages == 0)
                        return tr("–");
                    return tr("%1 bytes (%2 inflated, %3 on the wire)")
                        .arg(number(p(f).bytesSavedByCompression()), number(p(f).inflatedPayloadBytes),
                             number(p(f).compressedPayloadBytes));
                },
                none);
    } else if (m_kind == Kind::Shootout) {
        auto o = [](const Figures& f) -> const ShootoutStatistics& { return f.shootout; };
        add(
            tr("Outcome"), [&](const Figures& f) { return outcome(o(f).finished, o(f).outcome); }, none);
        // The properties as ✓ or ✗, the reason in each cell's tooltip. Server push and streaming are
        // measured from this run's updates; human-readable and browser-native are facts about the
        // protocol (ShootoutProtocolFacts), and their rows say so.
        auto property = [&](const QString& label, const QString& labelTip, auto holds) {
            Row row{label, {}, {}, {}, labelTip};
            for (int side = 0; side < sides; ++side) {
                const Side& s = m_sides[side];
                row.numbers.append(-1.0);
                if (!s.timeline || !s.protocol) {
                    row.values.append(tr("–"));
                    row.toolTips.append(QString());
                    continue;
                }
                const auto [yes, why] = holds(ShootoutProtocolFacts::of(*s.protocol), s.now.shootout);
                row.values.append(yes ? tr("✓") : tr("✗"));
                row.toolTips.append(why);
            }
            rows.append(row);
        };
        const QString fact = tr("A fact about the protocol and today's browsers, not measured.");
        property(tr("Human-readable"), fact,
                 [](const ShootoutProtocolFacts& facts, const ShootoutStatistics&) {
                     return std::pair{facts.humanReadable, facts.humanReadableNote};
                 });
        property(tr("Browser-native"), fact,
                 [](const ShootoutProtocolFacts& facts, const ShootoutStatistics&) {
                     return std::pair{facts.browserNative, facts.browserNativeNote};
                 });
        const QString measured = tr("Measured from this run's updates.");
        property(tr("Server push"), measured, [&](const ShootoutProtocolFacts&, const ShootoutStatistics& f) {
            const QString why =
                f.deliveries == 0
                    ? tr("No update has arrived yet.")
                    : tr("%1 of %2 updates arrived with no client request on their channel since the one "
                         "before.")
                          .arg(number(f.pushedUpdates), number(f.deliveries));
            return std::pair{f.serverPush(), why};
        });
        property(tr("Streaming"), measured, [&](const ShootoutProtocolFacts&, const ShootoutStatistics& f) {
            const QString why =
                f.deliveries == 0
                    ? tr("No update has arrived yet.")
                    : tr("%1 of %2 updates arrived on a response, call or connection that had already "
                         "delivered an earlier one.")
                          .arg(number(f.streamedUpdates), number(f.deliveries));
            return std::pair{f.streaming(), why};
        });
        add(
            tr("Exchanges answered"), [&](const Figures& f) { return number(o(f).exchanges); },
            [&](const Figures& f) { return double(o(f).exchanges); });
        const std::pair<QString, qint64 ShootoutStatistics::*> times[] = {
            {tr("Request latency, median"), &ShootoutStatistics::requestLatencyMedianNs},
            {tr("Request latency, mean"), &ShootoutStatistics::requestLatencyMeanNs},
            {tr("Request latency, maximum"), &ShootoutStatistics::requestLatencyMaxNs},
            {tr("All exchanges done after"), &ShootoutStatistics::exchangesTimeNs}};
        for (const auto& [label, member] : times)
            add(
                label, [&](const Figures& f) { return ms(o(f).*member); },
                [&](const Figures& f) { return double(o(f).*member); });
        add(
            tr("Updates delivered"), [&](const Figures& f) { return number(o(f).deliveries); },
            [&](const Figures& f) { return double(o(f).deliveries); });
        const std::pair<QString, qint64 ShootoutStatistics::*> updateTimes[] = {
            {tr("Update latency, median"), &ShootoutStatistics::updateLatencyMedianNs},
            {tr("Update latency, mean"), &ShootoutStatistics::updateLatencyMeanNs},
            {tr("Update latency, maximum"), &ShootoutStatistics::updateLatencyMaxNs}};
        for (const auto& [label, member] : updateTimes)
            add(
                label, [&](const Figures& f) { return ms(o(f).*member); },
                [&](const Figures& f) { return double(o(f).*member); });
        add(
            tr("Connections"), [&](const Figures& f) { return number(o(f).connections); },
            [&](const Figures& f) { return double(o(f).connections); });
        add(
            tr("Client requests"), [&](const Figures& f) { return number(o(f).clientRequests); },
            [&](const Figures& f) { return double(o(f).clientRequests); });
        add(
            tr("Bytes on the wire"), [&](const Figures& f) { return number(o(f).wireBytes()); },
            [&](const Figures& f) { return double(o(f).wireBytes()); });
        add(
            tr("  client → server"), [&](const Figures& f) { return number(o(f).wireBytesUp); },
            [&](const Figures& f) { return double(o(f).wireBytesUp); });
        add(
            tr("  server → client"), [&](const Figures& f) { return number(o(f).wireBytesDown); },
            [&](const Figures& f) { return double(o(f).wireBytesDown); });

    } else {
        auto s = [](const Figures& f) -> const SessionStatistics& { return f.session; };
        add(
            tr("Outcome"), [&](const Figures& f) { return outcome(s(f).finished, s(f).outcome); }, none);
        add(
            tr("Total time"), [&](const Figures& f) { return ms(s(f).totalTimeNs); },
            [&](const Figures& f) { return double(s(f).totalTimeNs); });
        add(
            tr("Time to first byte"), [&](const Figures& f) { return ms(s(f).timeToFirstByteNs); },
            [&](const Figures& f) { return double(s(f).timeToFirstByteNs); });
        add(
            tr("Connections"), [&](const Figures& f) { return number(s(f).connections); },
            [&](const Figures& f) { return double(s(f).connections); });
        add(
            tr("Round trips"), [&](const Figures& f) { return number(s(f).roundTrips); },
            [&](const Figures& f) { return double(s(f).roundTrips); });
        add(
            tr("Objects complete"),
            [&](const Figures& f) {
                return s(f).objectsPushed > 0
                           ? tr("%1 (%2 pushed)")
                                 .arg(number(s(f).objectsCompleted), number(s(f).objectsPushed))
                           : number(s(f).objectsCompleted);
            },
            [&](const Figures& f) { return double(s(f).objectsCompleted); });
        add(
            tr("Bytes on the wire"), [&](const Figures& f) { return number(s(f).wireBytes()); },
            [&](const Figures& f) { return double(s(f).wireBytes()); });
        const std::pair<QString, qint64 SessionStatistics::*> byteRows[] = {
            {tr("  client → server"), &SessionStatistics::wireBytesUp},
            {tr("  server → client"), &SessionStatistics::wireBytesDown},
            {tr("  headers"), &SessionStatistics::headerBytes},
            {tr("  bodies"), &SessionStatistics::bodyBytes},
            {tr("  HTTP framing"), &SessionStatistics::framingBytes},
            {tr("  TLS"), &SessionStatistics::tlsBytes}};
        for (const auto& [label, member] : byteRows)
            add(
                label, [&](const Figures& f) { return number(s(f).*member); },
                [&](const Figures& f) { return double(s(f).*member); });
        add(
            tr("Header text saved"),
            [&](const Figures& f) {
                return s(f).headerBytes >= s(f).headerTextBytes
                           ? tr("none")
                           : tr("%1 %").arg(locale.toString(100.0 * s(f).headerCompression(), 'f', 1));
            },
            none);
        add(
            tr("Segments lost / held back"),
            [&](const Figures& f) {
                return tr("%1 / %2").arg(number(s(f).segmentsLost), number(s(f).segmentsBlocked));
            },
            none);
        // A proxy's, a balancer's or a broker's hop: real bytes, but not what the client waited for.
        const bool hopsBehind = std::any_of(m_sides.cbegin(), m_sides.cend(), [](const Side& side) {
            return side.now.session.connectionsBehindServer > 0;
        });
        if (hopsBehind)
            add(
                tr("Behind the server (proxy, balancer, broker)"),
                [&](const Figures& f) {
                    return s(f).connectionsBehindServer == 0
                               ? tr("none")
                               : tr("%n connection(s), %1 bytes", nullptr, s(f).connectionsBehindServer)
                                     .arg(number(s(f).bytesBehindServer));
                },
                none);
        if (m_kind == Kind::Grpc) {
            auto g = [](const Figures& f) -> const GrpcStatistics& { return f.grpc; };
            add(
                tr("gRPC calls (OK of all)"),
                [&](const Figures& f) {
                    return tr("%1 of %2").arg(number(g(f).callsOk), number(g(f).calls));
                },
                none);
            add(
                tr("gRPC messages sent / received"),
                [&](const Figures& f) {
                    return tr("%1 / %2").arg(number(g(f).messagesSent), number(g(f).messagesReceived));
                },
                none);
            add(
                tr("API items"), [&](const Figures& f) { return number(g(f).items); },
                [&](const Figures& f) { return double(g(f).items); });
            add(
                tr("Item bytes as sent"), [&](const Figures& f) { return number(g(f).itemBytes); },
                [&](const Figures& f) { return double(g(f).itemBytes); });
            add(
                tr("The same items as Protobuf"),
                [&](const Figures& f) { return number(g(f).itemProtobufBytes); },
                [&](const Figures& f) { return double(g(f).itemProtobufBytes); });
            add(
                tr("The same items as JSON"), [&](const Figures& f) { return number(g(f).itemJsonBytes); },
                [&](const Figures& f) { return double(g(f).itemJsonBytes); });
        }
    }

    m_table->setRowCount(int(rows.size()));
    // "+15 %", "−40 %" or "same": a side's figure against A's.
    auto against = [&locale](double first, double other) -> QString {
        if (first > 0 && other >= 0) {
            const double change = 100.0 * (other - first) / first;
            return std::abs(change) < 0.5
                       ? tr("same")
                       : tr("%1%2 %").arg(change < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                                          locale.toString(std::abs(change), 'f', 0));
        }
        if (first == 0 && other == 0)
            return tr("same");
        return {};
    };
    const int columns = m_table->columnCount();
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        QStringList cells{row.label};
        QStringList toolTips{row.labelToolTip};
        for (int side = 0; side < sides; ++side) {
            cells.append(row.values[side]);
            QString tip = row.toolTips[side];
            if (comparisonColumn() < 0 && side > 0) {
                const QString change = against(row.numbers[0], row.numbers[side]);
                if (!change.isEmpty()) {
                    const QString comparison =
                        tr("%1 against %2: %3").arg(paneLetter(side), paneLetter(0), change);
                    tip = tip.isEmpty() ? comparison : tip + QLatin1Char('\n') + comparison;
                }
            }
            toolTips.append(tip);
        }
        if (comparisonColumn() >= 0) {
            cells.append(against(row.numbers[0], row.numbers[1]));
            toolTips.append(QString());
        }
        for (int column = 0; column < columns && column < cells.size(); ++column) {
            QTableWidgetItem* item = m_table->item(r, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, column, item);
            }
            if (item->text() != cells[column])
                item->setText(cells[column]);
            if (item->toolTip() != toolTips[column])
                item->setToolTip(toolTips[column]);
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                               : Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    fitTable();
}

void StatisticsView::fitTable()
{
    // Beside the charts the table is as tall as its rows; under them it may scroll when the view is short.
    const int rows = m_table->horizontalHeader()->sizeHint().height() +
                     m_table->verticalHeader()->defaultSectionSize() * m_table->rowCount() + 2;
    const int minimum = m_beside ? rows : std::min(rows, m_table->verticalHeader()->defaultSectionSize() * 6);
    if (m_table->maximumHeight() != rows)
        m_table->setMaximumHeight(rows);
    if (m_table->minimumHeight() != minimum)
        m_table->setMinimumHeight(minimum);
    // Beside the charts only where every column fits whole (arrange()); elsewhere it scrolls sideways.
    const int width = m_table->horizontalHeader()->length() + 2 * m_table->frameWidth();
    if (width != m_tableWidth) {
        m_tableWidth = width;
        arrange();
    }
}

void StatisticsView::applyTheme()
{
    const ViewTheme& theme = *m_context.theme;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, theme.background());
    palette.setColor(QPalette::WindowText, theme.foreground());
    palette.setColor(QPalette::Base, theme.background());
    palette.setColor(QPalette::AlternateBase, theme.grid());
    palette.setColor(QPalette::Text, theme.foreground());
    palette.setColor(QPalette::Button, theme.background());
    palette.setColor(QPalette::ButtonText, theme.foreground());
    setPalette(palette);
    m_heading->setFont(theme.font(13, true));
    QPalette muted = palette;
    muted.setColor(QPalette::WindowText, theme.muted());
    m_position->setPalette(muted);
    m_position->setFont(theme.font(9));
    m_summary->setFont(theme.font(10));
    for (StatisticsChart* c : m_charts)
        c->applyTheme(theme);
    m_table->setPalette(palette);
    // The charts carry the message; the table's exact numbers may be a little smaller.
    m_table->setFont(theme.font(8.5));
    m_table->horizontalHeader()->setFont(theme.font(8.5, true));
    m_table->verticalHeader()->setDefaultSectionSize(int(QFontMetrics(theme.font(8.5)).height() * 1.4));
    // A style sheet styles the table as a whole (a palette would not reach the header's sections); the
    // header's text colour is left to its items, which name A and B in their colours.
    m_table->setStyleSheet(
        QStringLiteral(
            "QTableWidget { background: %1; alternate-background-color: %2; color: %3; border: none; }"
            "QHeaderView { background: %1; } "
            "QHeaderView::section { background: %1; border: none; border-bottom: 1px solid %4; "
            "padding: 4px; }")
            .arg(theme.background().name(), theme.grid().name(), theme.foreground().name(),
                 theme.muted().name()));
    retranslate();
}

void StatisticsView::arrange()
{
    // The table beside the charts on a wide view (a projector's 16:10), under them otherwise; in a
    // narrow dock the charts stand in one column (the dock scrolls) rather than squeeze two abreast.
    const int chartColumns = width() < NarrowWidth ? 1 : 2;
    // Beside needs the room of both (its minimum is wider than that of the charts alone), or a short,
    // wide dock would scroll sideways.
    // Two charts abreast need what their axes and titles need at this type size.
    int chartWidth = 0;
    for (const StatisticsChart* c : m_charts)
        chartWidth = std::max({chartWidth, c->minimumWidth(), c->minimumSizeHint().width()});
    // Narrower, a chart drops category names that would overlap.
    chartWidth = std::max(chartWidth, int(NarrowWidth / 2 * m_context.theme->fontScale()));
    const int chartsWidth = 2 * chartWidth + m_chartGrid->spacing();
    const bool beside = chartColumns == 2 && width() >= 1.25 * height() && width() >= 2 * NarrowWidth &&
                        width() >= chartsWidth + m_layout->spacing() + m_tableWidth +
                                       m_layout->contentsMargins().left() +
                                       m_layout->contentsMargins().right();
    // Beside, the table takes the width its columns need (the charts the rest); under, it spans the view.
    m_table->setMinimumWidth(beside ? m_tableWidth : 0);
    if (m_arranged && beside == m_beside && chartColumns == m_chartColumns)
        return;
    m_arranged = true;
    m_beside = beside;
    if (chartColumns != m_chartColumns) {
        m_chartColumns = chartColumns;
        for (StatisticsChart* c : m_charts)
            m_chartGrid->removeWidget(c);
        for (int i = 0; i < 4; ++i)
            m_chartGrid->addWidget(m_charts[i], i / chartColumns, i % chartColumns);
        for (int column = 0; column < 2; ++column)
            m_chartGrid->setColumnStretch(column, column < chartColumns ? 1 : 0);
    }
    for (QWidget* widget : {static_cast<QWidget*>(m_heading), static_cast<QWidget*>(m_position), m_chartBox,
                            static_cast<QWidget*>(m_table), static_cast<QWidget*>(m_summary)})
        m_layout->removeWidget(widget);
    m_layout->addWidget(m_heading, 0, 0, 1, 2);
    m_layout->addWidget(m_position, 1, 0, 1, 2);
    if (beside) {
        m_layout->addWidget(m_chartBox, 2, 0, 2, 1);
        m_layout->addWidget(m_table, 2, 1, Qt::AlignTop);
        m_layout->addWidget(m_summary, 3, 1);
        m_layout->setColumnStretch(0, 4);
        m_layout->setColumnStretch(1, 3);
        // The table takes the height its rows need; what is left stays empty under it.
        m_layout->setRowStretch(2, 0);
        m_layout->setRowStretch(3, 1);
    } else {
        m_layout->addWidget(m_chartBox, 2, 0, 1, 2);
        m_layout->addWidget(m_table, 3, 0, 1, 2);
        m_layout->addWidget(m_summary, 4, 0, 1, 2);
        m_layout->setColumnStretch(0, 1);
        m_layout->setColumnStretch(1, 0);
        m_layout->setRowStretch(2, 3);
        m_layout->setRowStretch(3, 0);
    }
    fitTable();
}

void StatisticsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void StatisticsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

QImage StatisticsView::toImage(qreal devicePixelRatio)
{
    if (QLayout* l = layout())
        l->activate();
    QImage image(size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(m_context.theme->background());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QWidget::render(&painter);
    painter.end();
    return image;
}

bool StatisticsView::exportPng(const QString& path, QString* error)
{
    refresh();
    const QImage image = toImage(2.0);
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write the image %1.").arg(path);
        return false;
    }
    return true;
}

bool StatisticsView::exportSvg(const QString& path, QString* error)
{
    refresh();
    if (QLayout* l = layout())
        l->activate();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(0, 0), size()));
    generator.setTitle(title());
    generator.setDescription(tr("Drawn by ProtoViz from two live sessions' events."));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("Cannot write the drawing %1.").arg(path);
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size()), m_context.theme->background());
    QWidget::render(&painter);
    painter.end();
    return true;
}

bool StatisticsView::isShootout(const QVariantMap& settings)
{
    // The shoot-out's sides name their protocol by ShootoutProtocolFacts::name(); page loads and APIs use
    // "protocol" for the HTTP version ("h2", "http/1.1"), which names none of the shoot-out's protocols.
    return !settings.contains(QStringLiteral("api")) &&
           settings.contains(QStringLiteral("updatesPerSecond")) &&
           ShootoutProtocolFacts::fromName(settings.value(QStringLiteral("protocol")).toString()).has_value();
}

void StatisticsView::shootoutSentences(const QStringList& names, const QList<int>& present,
                                       QStringList* sentences) const
{
    const QLocale locale;
    auto ms = [&locale](qint64 ns) { return tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', 0)); };
    QStringList requests;
    QStringList updates;
    QStringList pushed;
    QStringList streamedOnly;
    QStringList asked;
    QStringList traffic;
    for (int side : present) {
        const ShootoutStatistics& f = m_sides[side].now.shootout;
        if (f.requestLatencyMedianNs >= 0)
            requests.append(tr("within %1 with %2").arg(ms(f.requestLatencyMedianNs), names[side]));
        if (f.updateLatencyMedianNs >= 0)
            updates.append(tr("within %1 with %2").arg(ms(f.updateLatencyMedianNs), names[side]));
        // With the share of updates that showed it, so that one batched response is not read as push.
        if (f.serverPush())
            pushed.append(
                tr("%1 (%2 of %3)")
                    .arg(names[side], locale.toString(f.pushedUpdates), locale.toString(f.deliveries)));
        else if (f.streaming())
            streamedOnly.append(
                tr("%1 (%2 of %3)")
                    .arg(names[side], locale.toString(f.streamedUpdates), locale.toString(f.deliveries)));
        else if (f.deliveries > 0)
            asked.append(names[side]);
        traffic.append(tr("%1 opened %2 and moved %3 bytes")
                           .arg(names[side], tr("%n connection(s)", nullptr, f.connections),
                                locale.toString(f.wireBytes())));
    }
    if (!requests.isEmpty())
        sentences->append(tr("Half of the requests were answered %1.").arg(listed(requests)));
    if (!updates.isEmpty())
        sentences->append(tr("Half of the updates reached the client %1.").arg(listed(updates)));
    if (!pushed.isEmpty())
        sentences->append(tr("The server pushed updates unasked with %1.").arg(listed(pushed)));
    if (!streamedOnly.isEmpty())
        sentences->append(
            tr("Updates streamed on one carrier, each asked for, with %1.").arg(listed(streamedOnly)));
    if (!asked.isEmpty())
        sentences->append(tr("The client asked for every update anew with %1.").arg(listed(asked)));
    sentences->append(traffic.join(tr("; ")) + tr("."));
}

void StatisticsView::retranslateShootout(const QString& bytesUnit)
{
    const ViewTheme& theme = *m_context.theme;
    StatisticsChart* times = chart(Chart::Times);
    StatisticsChart* counts = chart(Chart::Counts);
    StatisticsChart* bytes = chart(Chart::Bytes);
    StatisticsChart* extra = chart(Chart::Extra);
    // Answers take round trips, updates a fraction of one: each gets its own scale.
    times->setTexts(tr("Request latency"), tr("milliseconds"));
    times->setCategories({tr("median"), tr("max.")});
    // Client requests (in the table) run to hundreds where connections are one or seven: on one scale
    // the connections would not show.
    counts->setTexts(tr("Connections"), tr("count"));
    counts->setCategories({tr("connections")});
    bytes->setTexts(tr("Bytes on the wire"), bytesUnit);
    bytes->setSets({tr("client → server"), tr("server → client")},
                   {theme.colorFor(UnitRole::Headers), theme.colorFor(UnitRole::Data)});
    extra->setTexts(tr("Update latency"), tr("milliseconds"));
    extra->setCategories({tr("median"), tr("max.")});
}

void StatisticsView::updateShootoutCharts()
{
    const int sides = sideCount();
    const double unit = m_bytesPerUnit;
    auto inUnits = [unit](qint64 bytes) {
        return unit > 1 ? rounded(double(bytes) / unit, 1) : double(bytes);
    };
    auto fill = [&](Chart which, auto valueOf, int decimals) {
        StatisticsChart* c = chart(which);
        double top = 0;
        for (int side = 0; side < sides; ++side) {
            const Side& s = m_sides[side];
            for (int category = 0; category < c->categoryCount(); ++category) {
                c->setValue(side, category, s.timeline ? valueOf(s.now.shootout, category) : 0.0);
                top = std::max({top, valueOf(s.now.shootout, category), valueOf(s.whole.shootout, category)});
            }
        }
        c->setScale(top, decimals);
    };
    fill(
        Chart::Times,
        [](const ShootoutStatistics& f, int category) {
            return milliseconds(category == 0 ? f.requestLatencyMedianNs : f.requestLatencyMaxNs);
        },
        1);
    fill(
        Chart::Counts, [](const ShootoutStatistics& f, int) { return double(f.connections); }, 0);
    fill(
        Chart::Extra,
        [](const ShootoutStatistics& f, int category) {
            return milliseconds(category == 0 ? f.updateLatencyMedianNs : f.updateLatencyMaxNs);
        },
        1);
    StatisticsChart* c = chart(Chart::Bytes);
    double top = 0;
    for (int side = 0; side < sides; ++side) {
        const Side& s = m_sides[side];
        const ShootoutStatistics& now = s.now.shootout;
        c->setValue(0, sides - 1 - side, s.timeline ? inUnits(now.wireBytesUp) : 0.0);
        c->setValue(1, sides - 1 - side, s.timeline ? inUnits(now.wireBytesDown) : 0.0);
        top = std::max({top, inUnits(now.wireBytesUp) + inUnits(now.wireBytesDown),
                        inUnits(s.whole.shootout.wireBytesUp) + inUnits(s.whole.shootout.wireBytesDown)});
    }
    c->setScale(top, unit > 1 ? 1 : 0);
}

} // namespace protoviz

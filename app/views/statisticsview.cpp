#include "app/views/statisticsview.h"

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

QColor unitColor(const ViewTheme& theme, Layer layer, quint8 kind)
{
    return theme.colorFor(Event{.layer = layer, .kind = kind});
}

} // namespace

StatisticsView::StatisticsView(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setAutoFillBackground(true);
    m_layout = new QGridLayout(this);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_position = new QLabel(this);
    m_position->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setContentsMargins(0, 12, 0, 0);
    m_chartBox = new QWidget(this);
    auto* charts = new QGridLayout(m_chartBox);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(8);
    for (int i = 0; i < 4; ++i) {
        m_charts[i] = new StatisticsChart(i == int(Chart::Bytes) ? StatisticsChart::Style::StackedHorizontal
                                                                 : StatisticsChart::Style::Grouped,
                                          m_chartBox);
        charts->addWidget(m_charts[i], i / 2, i % 2);
    }
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
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

void StatisticsView::setTimelines(const Timeline* a, const Timeline* b)
{
    const Timeline* timelines[2] = {a, b};
    for (int i = 0; i < 2; ++i) {
        Side& side = m_sides[i];
        if (side.timeline)
            disconnect(side.timeline, nullptr, this, nullptr);
        side = Side{};
        side.timeline = timelines[i];
        if (timelines[i]) {
            connect(timelines[i], &Timeline::eventsAppended, this, &StatisticsView::scheduleRefresh);
            connect(timelines[i], &Timeline::metadataChanged, this, [this] {
                detectKind();
                retranslate();
                refresh();
            });
        }
    }
    detectKind();
    retranslate();
    refresh();
}

void StatisticsView::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void StatisticsView::detectKind()
{
    Kind kind = Kind::PageLoad;
    for (Side& side : m_sides) {
        if (!side.timeline)
            continue;
        const QVariantMap settings = side.timeline->settings();
        if (settings.contains(QStringLiteral("updatesPerSecond")))
            kind = Kind::Polling;
        else if (settings.contains(QStringLiteral("api")) && kind != Kind::Polling)
            kind = Kind::Grpc;
        side.restJson = settings.value(QStringLiteral("api")).toString() == QLatin1String("rest");
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
    } else {
        figures.session = SessionStatistics::compute(events);
        if (m_kind == Kind::Grpc)
            figures.grpc = GrpcStatistics::compute(events);
    }
    return figures;
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
    updateCharts();
    updateTable();
    m_summary->setText(summaryText());
    const QLocale locale;
    m_position->setText(tr("Measured from both sessions' events up to the playhead at %1 ms (of %2 ms).")
                            .arg(locale.toString(double(m_context.clock->position()) / 1e6, 'f', 0),
                                 locale.toString(double(m_context.clock->end()) / 1e6, 'f', 0)));
}

QString StatisticsView::summaryText() const
{
    // A few plain sentences a teacher can read out, from the same figures as the charts.
    const QLocale locale;
    const QList<QColor> colors = paneColors();
    const QString names[2] = {QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colors[0].name(), tr("A")),
                              QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colors[1].name(), tr("B"))};
    if (!m_sides[0].timeline || !m_sides[1].timeline)
        return {};
    const Figures& a = m_sides[0].now;
    const Figures& b = m_sides[1].now;
    auto ms = [&locale](qint64 ns) { return tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', 0)); };
    auto bytes = [&locale](double value) { return tr("%1 bytes").arg(locale.toString(value, 'f', 0)); };
    // "60 % less time" or "15 % more time" of to against from.
    auto change = [&locale](double from, double to) {
        const double percent = 100.0 * (to - from) / from;
        if (std::abs(percent) < 0.5)
            return tr("as long");
        return percent < 0 ? tr("%1 % less time").arg(locale.toString(-percent, 'f', 0))
                           : tr("%1 % more time").arg(locale.toString(percent, 'f', 0));
    };
    QStringList sentences;
    if (m_kind == Kind::Polling) {
        const PollingStatistics& pa = a.polling;
        const PollingStatistics& pb = b.polling;
        if (pa.latencyMedianNs >= 0 && pb.latencyMedianNs >= 0)
            sentences.append(
                tr("Half of the updates reached their client within %1 with %2, within %3 with %4.")
                    .arg(ms(pa.latencyMedianNs), names[0], ms(pb.latencyMedianNs), names[1]));
        if (pa.deliveries > 0 && pb.deliveries > 0)
            sentences.append(tr("Each update cost %1 of protocol overhead with %2, %3 with %4.")
                                 .arg(bytes(pa.overheadPerDelivery()), names[0],
                                      bytes(pb.overheadPerDelivery()), names[1]));
        sentences.append(tr("%1 sent %2 HTTP requests and %3 WebSocket frames, %4 %5 and %6.")
                             .arg(names[0], locale.toString(pa.httpRequests),
                                  locale.toString(pa.webSocketFrames), names[1],
                                  locale.toString(pb.httpRequests), locale.toString(pb.webSocketFrames)));
        return sentences.join(QStringLiteral("<br>"));
    }
    const SessionStatistics& sa = a.session;
    const SessionStatistics& sb = b.session;
    if (sa.totalTimeNs > 0 && sb.totalTimeNs >= 0)
        sentences.append(tr("%1 took %2: %3 than %4 (%5).")
                             .arg(names[1], ms(sb.totalTimeNs),
                                  change(double(sa.totalTimeNs), double(sb.totalTimeNs)), names[0],
                                  ms(sa.totalTimeNs)));
    sentences.append(tr("%1 opened %2 connections and waited %3 round trips; %4 %5 and %6.")
                         .arg(names[0], locale.toString(sa.connections), locale.toString(sa.roundTrips),
                              names[1], locale.toString(sb.connections), locale.toString(sb.roundTrips)));
    if (m_kind == Kind::Grpc) {
        for (int side = 0; side < 2; ++side) {
            const Figures& f = m_sides[side].now;
            if (m_sides[side].restJson && f.session.bodyBytes > 0)
                sentences.append(
                    tr("%1 sent its items as JSON: %2.").arg(names[side], bytes(f.session.bodyBytes)));
            else if (f.grpc.messageBytes > 0)
                sentences.append(tr("%1's items took %2 as Protobuf; as JSON they would take %3.")
                                     .arg(names[side], bytes(f.grpc.messageBytes), bytes(f.grpc.jsonBytes)));
        }
    } else {
        for (int side = 0; side < 2; ++side) {
            const SessionStatistics& f = m_sides[side].now.session;
            if (f.headerTextBytes <= 0)
                continue;
            sentences.append(
                f.headerBytes < f.headerTextBytes
                    ? tr("HPACK saved %1 % of %2's header text.")
                          .arg(locale.toString(100.0 * f.headerCompression(), 'f', 0), names[side])
                    : tr("%1 sent its headers as plain text.").arg(names[side]));
        }
    }
    return sentences.join(QStringLiteral("<br>"));
}

QString StatisticsView::paneName(int side) const
{
    const QString letter = side == 0 ? tr("A") : tr("B");
    const Timeline* timeline = m_sides[side].timeline;
    return timeline && !timeline->title().isEmpty() ? tr("%1: %2").arg(letter, timeline->title()) : letter;
}

QList<QColor> StatisticsView::paneColors() const
{
    // The classic contrasting pair of the theme's palette: blue for A, vermillion for B.
    const ViewTheme& theme = *m_context.theme;
    return {unitColor(theme, Layer::Http2, kindOf(Http2Kind::Data)),
            unitColor(theme, Layer::Http2, kindOf(Http2Kind::Headers))};
}

void StatisticsView::retranslate()
{
    const ViewTheme& theme = *m_context.theme;
    const QStringList panes{paneName(0), paneName(1)};
    const QList<QColor> colors = paneColors();
    const QString bytesUnit = m_bytesPerUnit > 1 ? tr("kB") : tr("bytes");
    StatisticsChart* times = chart(Chart::Times);
    StatisticsChart* counts = chart(Chart::Counts);
    StatisticsChart* bytes = chart(Chart::Bytes);
    StatisticsChart* extra = chart(Chart::Extra);
    for (StatisticsChart* c : m_charts)
        c->setValueSuffix(QString());
    // The horizontal bars are drawn from the bottom up: B first puts A on top. The heading names A and B.
    bytes->setCategories({tr("B"), tr("A")});
    if (m_kind == Kind::Polling) {
        times->setTexts(tr("Delivery latency"), tr("milliseconds"));
        times->setCategories({tr("median"), tr("mean"), tr("95th pct."), tr("max.")});
        counts->setTexts(tr("Connections, requests, frames"), tr("count"));
        counts->setCategories({tr("connections"), tr("requests"), tr("WS frames")});
        bytes->setTexts(tr("Payload and overhead"), bytesUnit);
        bytes->setSets({tr("payload"), tr("HTTP heads"), tr("frame headers"), tr("control")},
                       {unitColor(theme, Layer::Http2, kindOf(Http2Kind::Data)),
                        unitColor(theme, Layer::Http1, kindOf(Http1Kind::ResponseHead)),
                        unitColor(theme, Layer::WebSocket, kindOf(WebSocketKind::Frame)),
                        unitColor(theme, Layer::WebSocket, kindOf(WebSocketKind::Close))});
        extra->setTexts(tr("Bytes per delivered update"), tr("bytes"));
        extra->setCategories({tr("overhead"), tr("all on the wire")});
    } else {
        times->setTexts(tr("Time"), tr("milliseconds"));
        times->setCategories({tr("total"), tr("to first byte")});
        counts->setTexts(tr("Connections and round trips"), tr("count"));
        counts->setCategories({tr("connections"), tr("round trips")});
        bytes->setTexts(tr("Bytes on the wire by kind"), bytesUnit);
        bytes->setSets({tr("headers"), tr("bodies"), tr("framing"), tr("TLS")},
                       {unitColor(theme, Layer::Http2, kindOf(Http2Kind::Headers)),
                        unitColor(theme, Layer::Http2, kindOf(Http2Kind::Data)),
                        unitColor(theme, Layer::Http2, kindOf(Http2Kind::Ping)),
                        unitColor(theme, Layer::Tls, kindOf(TlsKind::HandshakeMessage))});
        if (m_kind == Kind::Grpc) {
            extra->setTexts(tr("Items: as sent and as JSON"), bytesUnit);
            extra->setCategories({tr("as sent"), tr("as JSON")});
        } else {
            extra->setTexts(tr("Header compression (HPACK)"), tr("% of header text saved"));
            extra->setCategories({tr("header text saved")});
            extra->setValueSuffix(tr(" %"));
        }
    }
    // A and B are named once, in their colours, by the heading above all charts; a legend under each
    // chart would repeat it (and cut the names short). The bars by kind keep theirs.
    for (StatisticsChart* c : {times, counts, extra}) {
        c->setSets(panes, colors);
        c->chart()->legend()->setVisible(false);
    }

    auto coloured = [](const QColor& color, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
    };
    m_heading->setText(tr("%1 against %2")
                           .arg(coloured(colors[0], QStringLiteral("■ ") + paneName(0)),
                                coloured(colors[1], QStringLiteral("■ ") + paneName(1))));
    // The columns are A and B as the heading names them, in their colours.
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("A"), tr("B"), tr("B against A")});
    const QColor headerColors[] = {theme.foreground(), colors[0], colors[1], theme.foreground()};
    for (int column = 0; column < 4; ++column) {
        if (QTableWidgetItem* header = m_table->horizontalHeaderItem(column))
            header->setForeground(headerColors[column]);
    }
}

void StatisticsView::updateCharts()
{
    const Figures* now[2] = {&m_sides[0].now, &m_sides[1].now};
    const Figures* whole[2] = {&m_sides[0].whole, &m_sides[1].whole};
    const bool present[2] = {!m_sides[0].timeline.isNull(), !m_sides[1].timeline.isNull()};

    // The byte charts count kB once the larger side passes 20,000 bytes.
    qint64 largest = 0;
    for (int side = 0; side < 2; ++side) {
        if (m_kind == Kind::Polling) {
            const PollingStatistics& p = whole[side]->polling;
            largest = std::max(largest, p.updatePayloadBytes + p.overheadBytes());
        } else {
            const SessionStatistics& s = whole[side]->session;
            largest = std::max({largest, s.headerBytes + s.bodyBytes + s.framingBytes + s.tlsBytes,
                                whole[side]->grpc.jsonBytes});
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
        for (int side = 0; side < 2; ++side) {
            for (int category = 0; category < c->categoryCount(); ++category) {
                c->setValue(side, category, present[side] ? valueOf(*now[side], category) : 0.0);
                top = std::max({top, valueOf(*now[side], category), valueOf(*whole[side], category)});
            }
        }
        c->setScale(top, decimals);
    };
    auto fillStacked = [&](auto valueOf) {
        StatisticsChart* c = chart(Chart::Bytes);
        double top = 0;
        for (int side = 0; side < 2; ++side) {
            double sumNow = 0;
            double sumWhole = 0;
            for (int set = 0; set < c->setCount(); ++set) {
                const double value = present[side] ? valueOf(*now[side], set) : 0.0;
                c->setValue(set, 1 - side, value);
                sumNow += value;
                sumWhole += valueOf(*whole[side], set);
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
        const bool rest[2] = {m_sides[0].restJson, m_sides[1].restJson};
        StatisticsChart* c = chart(Chart::Extra);
        double top = 0;
        for (int side = 0; side < 2; ++side) {
            // A REST API's bodies are the JSON itself; a gRPC side sends Protobuf and would send the JSON.
            auto valueOf = [&inUnits, &rest, side](const Figures& f, int category) {
                if (rest[side])
                    return inUnits(f.session.bodyBytes);
                return inUnits(category == 0 ? f.grpc.messageBytes : f.grpc.jsonBytes);
            };
            for (int category = 0; category < 2; ++category) {
                c->setValue(side, category, present[side] ? valueOf(*now[side], category) : 0.0);
                top = std::max({top, valueOf(*now[side], category), valueOf(*whole[side], category)});
            }
        }
        c->setScale(top, unit > 1 ? 1 : 0);
    } else {
        StatisticsChart* c = chart(Chart::Extra);
        for (int side = 0; side < 2; ++side)
            c->setValue(side, 0,
                        present[side] ? rounded(100.0 * now[side]->session.headerCompression(), 1) : 0.0);
        c->setFixedScale(110, 20);
    }
}

void StatisticsView::updateTable()
{
    const QLocale locale;
    struct Row
    {
        QString label;
        QString values[2];
        double numbers[2] = {-1, -1}; ///< for the comparison; negative: none
    };
    QList<Row> rows;
    const bool present[2] = {!m_sides[0].timeline.isNull(), !m_sides[1].timeline.isNull()};
    auto ms = [&locale](qint64 ns) {
        return ns < 0 ? tr("–") : tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', 1));
    };
    auto number = [&locale](qint64 value) { return locale.toString(value); };
    auto add = [&](const QString& label, auto text, auto numeric) {
        Row row{label, {}, {}};
        for (int side = 0; side < 2; ++side) {
            if (!present[side]) {
                row.values[side] = tr("–");
                continue;
            }
            row.values[side] = text(m_sides[side].now);
            row.numbers[side] = numeric(m_sides[side].now);
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
            tr("TCP connections"), [&](const Figures& f) { return number(s(f).connections); },
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
                tr("Protobuf message bytes"), [&](const Figures& f) { return number(g(f).messageBytes); },
                [&](const Figures& f) { return double(g(f).messageBytes); });
            add(
                tr("The same messages as JSON"), [&](const Figures& f) { return number(g(f).jsonBytes); },
                [&](const Figures& f) { return double(g(f).jsonBytes); });
        }
    }

    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        QString comparison;
        if (row.numbers[0] > 0 && row.numbers[1] >= 0) {
            const double change = 100.0 * (row.numbers[1] - row.numbers[0]) / row.numbers[0];
            comparison = std::abs(change) < 0.5
                             ? tr("same")
                             : tr("%1%2 %").arg(change < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                                                locale.toString(std::abs(change), 'f', 0));
        } else if (row.numbers[0] == 0 && row.numbers[1] == 0) {
            comparison = tr("same");
        }
        const QString cells[] = {row.label, row.values[0], row.values[1], comparison};
        for (int column = 0; column < 4; ++column) {
            QTableWidgetItem* item = m_table->item(r, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, column, item);
            }
            if (item->text() != cells[column])
                item->setText(cells[column]);
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
            "QHeaderView::section { background: %1; border: none; border-bottom: 1px solid %4; "
            "padding: 4px; }")
            .arg(theme.background().name(), theme.grid().name(), theme.foreground().name(),
                 theme.muted().name()));
    retranslate();
}

void StatisticsView::arrange()
{
    // The table beside the charts on a wide view (a projector's 16:10), under them otherwise.
    const bool beside = width() >= 1.25 * height();
    if (m_arranged && beside == m_beside)
        return;
    m_arranged = true;
    m_beside = beside;
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

} // namespace protoviz

#include "app/views/lanesview.h"

#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/legendstrip.h"
#include "app/views/markpainter.h"
#include "app/views/playbackclock.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace protoviz {

namespace {

using Block = LanesModel::Block;
using Track = LanesModel::Track;
using Span = LanesModel::Span;
using Connection = LanesModel::Connection;

// The descriptor of the application protocol a connection carries, once its events showed one.
const ProtocolDescriptor* applicationOf(const Connection& connection)
{
    return connection.protocol ? &ProtocolRegistry::of(*connection.protocol) : nullptr;
}

// A connection that carries messages one after another (HTTP/1.1, WebSocket) rather than streams side by
// side: its messages row is taller, so that each block's name is read.
bool carriesMessages(const Connection& connection)
{
    const ProtocolDescriptor* application = applicationOf(connection);
    return application && !application->multiplexes();
}

// Batches drawn after the styles' own.
enum ExtraBatch : std::size_t { LostBatch = 0, HeldBatch = 1, ExtraBatches = 2 };

// Font sizes in points at scale 1 (the theme scales them).
constexpr qreal SmallPoints = 8;
constexpr qreal LanePoints = 9;
constexpr qreal KeyPoints = 8.5;

// The smallest heights, in pixels, the bands of a lane shrink to (headers and titles: a small line).
constexpr double WireMin = 6;
constexpr double TlsMin = 4;
constexpr double ControlMin = 6;
constexpr double GrpcMin = 6;
constexpr double GapMin = 3;

double luminance(const QColor& color)
{
    return 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF();
}

// Of two theme colours, the one that reads better on fill.
QColor contrasting(const QColor& fill, const QColor& one, const QColor& other)
{
    const double l = luminance(fill);
    return std::abs(l - luminance(one)) >= std::abs(l - luminance(other)) ? one : other;
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

// A pleasant tick step (1, 2 or 5 × 10^k ns) giving ticks at least minimumPixels apart.
qint64 tickStep(double pixelsPerNs, double minimumPixels)
{
    qint64 step = 1000; // 1 µs
    for (;;) {
        for (qint64 factor : {1, 2, 5}) {
            const qint64 candidate = step * factor;
            if (double(candidate) * pixelsPerNs >= minimumPixels)
                return candidate;
        }
        if (step > std::numeric_limits<qint64>::max() / 100)
            return step;
        step *= 10;
    }
}

void drawHatch(QPainter& painter, const QRectF& rect, const QColor& tint, const QColor& lines,
               Qt::BrushStyle style)
{
    painter.fillRect(rect, tint);
    painter.fillRect(rect, QBrush(lines, style));
}

} // namespace

void LanesView::Batch::add(const QRectF& rect)
{
    // Neighbouring blocks of one colour on one line merge into one rectangle: a zoomed-out view of
    // thousands of frames costs a few fills.
    if (!rects.empty()) {
        QRectF& last = rects.back();
        if (last.top() == rect.top() && last.height() == rect.height() && rect.left() <= last.right() + 0.5 &&
            rect.right() >= last.left()) {
            last.setLeft(std::min(last.left(), rect.left()));
            last.setRight(std::max(last.right(), rect.right()));
            return;
        }
    }
    rects.push_back(rect);
}

LanesView::LanesView(const ViewContext& context, QWidget* parent)
    : TimelineCanvas(context, parent)
{
}

LanesView::~LanesView() = default;

QString LanesView::title() const
{
    return tr("Lanes");
}

QSize LanesView::sizeHint() const
{
    return {900, 420};
}

void LanesView::eventsAppended(qsizetype first, qsizetype count)
{
    if (const Timeline* source = timeline())
        m_model.append(*source, first, count);
    TimelineCanvas::eventsAppended(first, count);
}

void LanesView::timelineChanged()
{
    m_model.clear();
}

void LanesView::changeEvent(QEvent* event)
{
    // Every text is translated as it is drawn; a new language only needs a new frame.
    if (event->type() == QEvent::LanguageChange)
        update();
    TimelineCanvas::changeEvent(event);
}

QString LanesView::formatTime(qint64 ns) const
{
    return tr("%1 ms").arg(QLocale().toString(double(ns) / 1e6, 'f', 1));
}

QString LanesView::connectionLabel(const Connection& connection, qint64 position) const
{
    return connectionLabels(connection, position).constFirst();
}

QStringList LanesView::connectionLabels(const Connection& connection, qint64 position) const
{
    const ProtocolDescriptor* application = applicationOf(connection);
    // Without an application protocol, a TCP connection is named by TCP and a QUIC one by QUIC (UDP until
    // its first packet is seen).
    const QString carrier = connection.quic && !connection.carrierName.isEmpty() ? connection.carrierName
                            : connection.quic                                    ? tr("UDP")
                                                                                 : tr("TCP");
    const QString protocol = application ? application->title() : carrier;
    QString security;
    if (connection.quic) {
        // QUIC carries its own TLS 1.3 handshake: the connection is encrypted from its first packet on.
        security = connection.carrierName;
    } else if (connection.tls) {
        // The version is known once the handshake has completed, not before.
        security = connection.tlsCompleted <= position && !connection.tlsVersion.isEmpty()
                       ? connection.tlsVersion
                       : connection.carrierName;
    } else if (application) {
        security = tr("cleartext");
    }
    // The hop a connection is (to a broker, behind a proxy) tells lanes apart first: it leads, so that a
    // narrow label column cuts the protocol rather than the role.
    // Shorter forms drop the security, then the protocol (the tooltip keeps them), never the role.
    const QString label = connection.role.isEmpty()
                              ? tr("#%1 · %2").arg(connection.id).arg(protocol)
                              : tr("#%1 · %2 · %3").arg(connection.id).arg(connection.role, protocol);
    QStringList labels{label};
    if (!security.isEmpty())
        labels.prepend(tr("%1 · %2").arg(label, security));
    if (!connection.role.isEmpty())
        labels.append(tr("#%1 · %2").arg(connection.id).arg(connection.role));
    return labels;
}

QString LanesView::trackLabel(const Connection& connection, int track) const
{
    switch (track) {
    case LanesModel::WireTrack:
        return connection.quic ? tr("UDP") : tr("TCP");
    case LanesModel::TlsTrack:
        return connection.carrierName;
    case LanesModel::GrpcTrack:
        return tr("gRPC calls");
    case LanesModel::ControlTrack:
        if (const ProtocolDescriptor* application = applicationOf(connection))
            return application->connectionUnitsName();
        return tr("messages");
    default:
        break;
    }
    const Track& row = connection.tracks[track];
    if (row.streamCount <= 1 && !row.request.isEmpty())
        return row.request;
    if (row.streamCount <= 1)
        return tr("stream %1").arg(row.firstStream);
    return tr("streams %1…%2").arg(row.firstStream).arg(row.lastStream);
}

LanesView::Column LanesView::labelColumn(const QRectF& target) const
{
    const ViewTheme& theme = *m_context.theme;
    const QFontMetricsF lane(theme.font(LanePoints, true));
    const QFontMetricsF small(theme.font(SmallPoints));
    const double scale = theme.fontScale();
    // The column's text runs from 6 px after its left to 6 px before the axis; the stream count's text
    // 8 px more before its bracket.
    const double padding = 14 * scale;
    double tracks = small.horizontalAdvance(tr("streams %1…%2").arg(99).arg(999));
    double titles = 0;
    for (const Connection& connection : m_model.connections()) {
        titles = std::max(titles, lane.horizontalAdvance(connectionLabel(connection, LanesModel::Pending)));
        for (int track = 0; track < LanesModel::FirstRow; ++track) {
            if (!connection.tracks[track].blocks.empty())
                tracks = std::max(tracks, small.horizontalAdvance(trackLabel(connection, track)));
        }
        if (connection.rowCount() > 0) {
            const int streams = connection.streamsUpTo(LanesModel::Pending);
            tracks = std::max(
                {tracks, small.horizontalAdvance(tr("%n stream(s)", nullptr, streams)) + 8 * scale,
                 small.horizontalAdvance(tr("in %n row(s)", nullptr, connection.rowCount())) + 8 * scale});
        }
    }
    // The time axis keeps most of the width: a title wider than the limit ("#1 · to the broker · HTTP/1.1
    // · TLS 1.3" in a quarter of a projector) goes on its own line, whole, rather than being cut.
    const double floor = 60 * scale;
    const double limit = std::max(floor, target.width() * 0.3);
    Column column;
    column.titlesAbove = titles + padding > limit;
    if (column.titlesAbove) {
        // A line per title is affordable only where the lanes have room for it even squeezed (one
        // connection, or a tall pane); six lanes in a quarter of a projector keep the titles beside them.
        const double available = target.height() - axisHeight() - legendHeight(target);
        column.titlesAbove = lanesMinimumHeight(true) <= available * 0.75;
    }
    const double widest = (column.titlesAbove ? tracks : std::max(tracks, titles)) + padding;
    column.width = std::clamp(widest, floor, std::max(floor, target.width() * 0.45));
    return column;
}

double LanesView::axisHeight() const
{
    // The clock's badge has a row of its own above the tick labels, so that it never hides one.
    const ViewTheme& theme = *m_context.theme;
    const double scale = theme.fontScale();
    return QFontMetricsF(theme.font(SmallPoints, true)).height() + 4 * scale +
           QFontMetricsF(theme.font(SmallPoints)).height() * 1.6 + 8 * scale;
}

double LanesView::legendHeight(const QRectF& target) const
{
    if (!drawsLegend())
        return 0;
    const ViewTheme& theme = *m_context.theme;
    const double legend = LegendStrip::keyHeight(legendSwatches(), theme.font(KeyPoints),
                                                 target.width() - 16 * theme.fontScale());
    // On a short pane (four panes in presentation mode) the key would crowd out the lanes it explains:
    // the lanes and their titles come first, and every block's tooltip still says what its look means.
    const double lanes = target.height() - axisHeight();
    return legend > lanes / 2 || lanes - legend < lanesMinimumHeight(false) ? 0 : legend;
}

double LanesView::lanesMinimumHeight(bool titlesAbove) const
{
    const double line = QFontMetricsF(m_context.theme->font(SmallPoints)).height() + 2;
    const qint64 position = m_context.clock->position();
    double needed = 0;
    for (const Connection& connection : m_model.connections()) {
        if (connection.opened > position)
            continue;
        needed += (titlesAbove ? 2 : 1) * line + WireMin + GapMin;
        needed += connection.tracks[LanesModel::TlsTrack].blocks.empty() ? 0 : TlsMin;
        needed += connection.tracks[LanesModel::ControlTrack].blocks.empty() ? 0 : ControlMin;
        needed += connection.tracks[LanesModel::GrpcTrack].blocks.empty() ? 0 : GrpcMin;
    }
    return needed;
}

std::pair<double, double> LanesView::timeAxis(const QRectF& target) const
{
    const double left = target.left() + labelColumn(target).width;
    const double right = target.right() - 10 * m_context.theme->fontScale();
    return {left, std::max(10.0, right - left)};
}

QList<LegendSwatch> LanesView::legendSwatches() const
{
    const ViewTheme& theme = *m_context.theme;
    const qint64 position = m_context.clock->position();
    QList<LegendSwatch> swatches;
    QStringList labels;
    // The looks of the units drawn so far, in the order the protocol stack reads top down (the registry
    // lists it from the wire up).
    const std::span<const ProtocolDescriptor* const> protocols = ProtocolRegistry::all();
    for (auto protocol = protocols.rbegin(); protocol != protocols.rend(); ++protocol) {
        const Layer layer = (*protocol)->layer();
        const QList<Event>& styles = m_model.styles();
        for (qsizetype i = 0; i < styles.size(); ++i) {
            if (styles.at(i).layer != layer || m_model.styleSeen(int(i)) > position)
                continue;
            const ViewTheme::LegendEntry entry = theme.entryFor(styles.at(i));
            if (labels.contains(entry.label))
                continue;
            labels.append(entry.label);
            swatches.append(theme.swatchFor(entry));
        }
    }
    const std::pair<qint64, UnitRole> losses[] = {{m_model.lostSeen(), UnitRole::Lost},
                                                  {m_model.datagramLostSeen(), UnitRole::LostDatagram}};
    for (const auto& [seen, role] : losses) {
        const ViewTheme::LegendEntry lost = theme.entryFor(role);
        if (seen <= position && !labels.contains(lost.label)) {
            labels.append(lost.label);
            swatches.append(theme.swatchFor(lost));
        }
    }

    qint64 firstSpan[4] = {LanesModel::Pending, LanesModel::Pending, LanesModel::Pending,
                           LanesModel::Pending};
    for (const Connection& connection : m_model.connections()) {
        for (const Span& span : connection.spans) {
            qint64& first = firstSpan[int(span.kind)];
            first = std::min(first, span.start);
        }
    }
    const QColor waiting = theme.waiting();
    const QColor lines = withAlpha(theme.foreground(), 0.35);
    const QColor lost = theme.lost();
    const qint64 handshake =
        std::min(firstSpan[int(Span::Kind::TcpHandshake)], firstSpan[int(Span::Kind::TlsHandshake)]);
    if (handshake <= position) {
        swatches.append({tr("handshake (waiting)"), QStringLiteral("lanes waiting hatched"),
                         [waiting, lines](QPainter& painter, const QRectF& box) {
                             drawHatch(painter, box, withAlpha(waiting, 0.55), lines, Qt::BDiagPattern);
                         }});
    }
    if (firstSpan[int(Span::Kind::AwaitingResponse)] <= position) {
        swatches.append({tr("waiting for a response"), QStringLiteral("lanes waiting plain"),
                         [waiting](QPainter& painter, const QRectF& box) {
                             painter.fillRect(box, withAlpha(waiting, 0.45));
                         }});
    }
    if (firstSpan[int(Span::Kind::HeldBack)] <= position) {
        swatches.append({tr("held back behind a lost segment"), QStringLiteral("lanes waiting lost-hatched"),
                         [waiting, lost](QPainter& painter, const QRectF& box) {
                             drawHatch(painter, box, withAlpha(waiting, 0.85), lost, Qt::DiagCrossPattern);
                         }});
    }
    if (m_model.streamHeldSeen() <= position) {
        // The same look as bytes held back on TCP, as it means the same; the key's words tell that here
        // the wait holds back one stream only (merged with TCP's entry: "... segment / packet (...)").
        swatches.append({tr("held back behind a lost packet (its stream only)"),
                         QStringLiteral("lanes waiting lost-hatched"),
                         [waiting, lost](QPainter& painter, const QRectF& box) {
                             drawHatch(painter, box, withAlpha(waiting, 0.85), lost, Qt::DiagCrossPattern);
                         }});
    }
    if (!m_model.connections().isEmpty() && m_model.connections().constFirst().opened <= position) {
        const QColor muted = theme.muted();
        swatches.append({tr("top: client → server, bottom: server → client"), QStringLiteral("lanes halves"),
                         [muted](QPainter& painter, const QRectF& box) {
                             const double half = box.height() / 2;
                             painter.fillRect(QRectF(box.left(), box.top(), box.width(), half - 0.5), muted);
                             painter.fillRect(
                                 QRectF(box.left(), box.top() + half + 0.5, box.width(), half - 0.5),
                                 withAlpha(muted, 0.5));
                         }});
    }
    return swatches;
}

void LanesView::computeLayout(const QRectF& target, Layout& layout) const
{
    const ViewTheme& theme = *m_context.theme;
    const double scale = theme.fontScale();
    layout.target = target;
    layout.scale = scale;
    layout.smallHeight = QFontMetricsF(theme.font(SmallPoints)).height();
    layout.labelHeight = QFontMetricsF(theme.font(LanePoints, true)).height();
    const double small = layout.smallHeight;
    layout.axisTop = target.top();
    // The clock's badge has a row of its own above the tick labels, so that it never hides one.
    layout.badgeHeight = QFontMetricsF(theme.font(SmallPoints, true)).height() + 4 * scale;
    layout.axisHeight = axisHeight();
    const Column column = labelColumn(target);
    layout.titlesAbove = column.titlesAbove;
    layout.left = target.left() + column.width;
    layout.width = timeAxis(target).second;
    layout.labelWidth = column.width;
    layout.legendTop = target.bottom() - legendHeight(target);
    const double lanesTop = layout.axisTop + layout.axisHeight;
    layout.lanes =
        QRectF(target.left(), lanesTop, target.width(), std::max(0.0, layout.legendTop - lanesTop));

    // Preferred and smallest heights of each band: lanes keep their preferred size while they fit; then
    // stream rows shrink (to 2 px); then every band shrinks towards its minimum; then rows go below a
    // pixel (rows then share pixels, and the whole session stays in view).
    const double headerPref = layout.labelHeight + 6 * scale;
    const double headerMin = small + 2;
    const double titlePref = layout.titlesAbove ? layout.labelHeight + 2 * scale : 0;
    const double titleMin = layout.titlesAbove ? small + 2 : 0;
    const double wirePref = small * 1.1;
    const double wireMin = WireMin;
    const double tlsPref = small * 0.8;
    const double tlsMin = TlsMin;
    const double messagesPref = 2 * small + 4 * scale;
    const double controlPref = small * 1.2;
    const double controlMin = ControlMin;
    const double grpcPref = small * 1.4;
    const double grpcMin = GrpcMin;
    const double gapPref = 10 * scale;
    const double gapMin = GapMin;
    const double rowPref = small * 1.5;
    const double rowMin = 2;

    layout.boxes.clear();
    const qint64 position = m_context.clock->position();
    const QList<Connection>& connections = m_model.connections();
    double sumPref = 0;
    double sumMin = 0;
    int rows = 0;
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const Connection& connection = connections.at(i);
        if (connection.opened > position)
            continue; // a lane appears when its connection opens
        LaneBox box;
        box.connection = int(i);
        box.rows = connection.rowCount();
        const bool messages = carriesMessages(connection);
        sumPref += titlePref + headerPref + wirePref + gapPref;
        sumMin += titleMin + headerMin + wireMin + gapMin;
        if (!connection.tracks[LanesModel::TlsTrack].blocks.empty()) {
            sumPref += tlsPref;
            sumMin += tlsMin;
        }
        if (!connection.tracks[LanesModel::ControlTrack].blocks.empty()) {
            sumPref += messages ? messagesPref : controlPref;
            sumMin += controlMin;
        }
        if (!connection.tracks[LanesModel::GrpcTrack].blocks.empty()) {
            sumPref += grpcPref;
            sumMin += grpcMin;
        }
        rows += box.rows;
        layout.boxes.push_back(box);
    }
    const double available = layout.lanes.height();
    double squeeze = 1; // 1: preferred band heights, 0: minimum
    double rowHeight = rowPref;
    double shrink = 1; // last resort: everything scaled down
    if (sumPref + rows * rowPref > available) {
        if (rows > 0 && available - sumPref >= rows * rowMin) {
            rowHeight = (available - sumPref) / rows;
        } else {
            rowHeight = rows > 0 ? rowMin : 0;
            const double rest = available - rows * rowMin - sumMin;
            if (rest >= 0) {
                squeeze = sumPref > sumMin ? std::min(1.0, rest / (sumPref - sumMin)) : 1;
            } else {
                squeeze = 0;
                if (rows > 0 && available > sumMin) {
                    rowHeight = (available - sumMin) / rows;
                } else {
                    rowHeight = rows > 0 ? 0.1 : 0;
                    const double needed = sumMin + rows * rowHeight;
                    shrink = needed > 0 ? std::max(0.0, available) / needed : 1;
                }
            }
        }
    }
    const auto size = [squeeze, shrink](double preferred, double minimum) {
        return (minimum + squeeze * (preferred - minimum)) * shrink;
    };
    double y = layout.lanes.top();
    for (LaneBox& box : layout.boxes) {
        const Connection& connection = connections.at(box.connection);
        const bool messages = carriesMessages(connection);
        box.top = y;
        box.titleHeight = size(titlePref, titleMin);
        y += box.titleHeight;
        box.headerTop = y;
        box.headerHeight = size(headerPref, headerMin);
        y += box.headerHeight;
        const auto place = [&](int track, double height) {
            box.fixed[track] = {track, y, height};
            y += height;
        };
        // The protocol stack, top down: the application, then TLS, then the wire.
        if (!connection.tracks[LanesModel::ControlTrack].blocks.empty())
            place(LanesModel::ControlTrack, size(messages ? messagesPref : controlPref, controlMin));
        if (!connection.tracks[LanesModel::GrpcTrack].blocks.empty())
            place(LanesModel::GrpcTrack, size(grpcPref, grpcMin));
        box.rowsTop = y;
        box.rowHeight = rowHeight * shrink;
        y += box.rows * box.rowHeight;
        if (!connection.tracks[LanesModel::TlsTrack].blocks.empty())
            place(LanesModel::TlsTrack, size(tlsPref, tlsMin));
        place(LanesModel::WireTrack, size(wirePref, wireMin));
        box.bottom = y;
        y += size(gapPref, gapMin);
    }
}

LanesView::Frame LanesView::frameFor(const Layout& layout) const
{
    Frame frame;
    frame.left = layout.left;
    frame.right = layout.left + layout.width;
    frame.viewStart = viewStart();
    frame.viewEnd = viewStart() + viewSpan();
    frame.pixelsPerNs = layout.width / double(std::max<qint64>(1, viewSpan()));
    frame.position = m_context.clock->position();
    frame.minWidth = 1.0;
    return frame;
}

qint64 LanesView::drawnEnd(const Block& block, int connection, qint64 position) const
{
    qint64 end = block.end;
    if (end == LanesModel::Pending) {
        // Never received: it was on its way until the connection closed or the session ended.
        qint64 over = std::min(m_model.connections().at(connection).closed, m_model.finished());
        end = over <= position ? std::max(block.start, over) : position;
    }
    return std::min(end, position);
}

std::optional<QRectF> LanesView::blockRectIn(const Block& block, int connection, const TrackBox& box,
                                             const Frame& frame) const
{
    if ((block.marks & LanesModel::Hidden) || block.start > frame.position || box.height <= 0)
        return std::nullopt;
    const qint64 end = drawnEnd(block, connection, frame.position);
    if (end < frame.viewStart || block.start > frame.viewEnd)
        return std::nullopt;
    double top = box.top;
    double height = box.height;
    if (height < 3) {
        // Rows thinner than a pixel share pixel lines, so that blocks on one line merge.
        top = std::floor(top);
        height = std::max(1.0, std::round(height));
    }
    if (height >= 4 && block.direction != Direction::None) {
        height /= 2;
        if (block.direction == Direction::ServerToClient)
            top += height;
    }
    const double inset = height >= 8 ? 1 : 0;
    double x0 = frame.x(std::max(block.start, frame.viewStart));
    double x1 = frame.x(std::min(end, frame.viewEnd));
    if (block.marks & LanesModel::Instant) {
        const double mark = 3 * m_context.theme->fontScale();
        x0 -= mark / 2;
        x1 = x0 + mark;
    } else if (x1 - x0 < frame.minWidth) {
        x1 = x0 + frame.minWidth;
    } else if (x1 - x0 > 5) {
        x1 -= 1; // a hairline between neighbouring blocks
    }
    x0 = std::max(x0, frame.left - 2);
    x1 = std::min(x1, frame.right + 2);
    if (x1 <= x0)
        return std::nullopt;
    return QRectF(x0, top + inset, x1 - x0, height - 2 * inset);
}

void LanesView::collectTrack(const LaneBox& box, const TrackBox& trackBox, const Frame& frame,
                             double smallHeight)
{
    const Connection& connection = m_model.connections().at(box.connection);
    const Track& track = connection.tracks[trackBox.track];
    const qint64 upTo = std::min(frame.viewEnd, frame.position);
    if (track.blocks.empty() || trackBox.height <= 0 || track.firstUse > upTo)
        return;
    const auto [first, last] = track.candidates(frame.viewStart, upTo);
    const std::size_t styles = m_colors.size();
    const bool halves = trackBox.height >= 4;
    const bool labels = (halves ? trackBox.height / 2 : trackBox.height) >= smallHeight * 0.8;
    qsizetype pendingLabel[2] = {-1, -1};
    const qint32 selected =
        m_context.selection->timeline() == timeline() ? qint32(m_context.selection->index()) : qint32(-1);

    for (qsizetype i = first; i < last; ++i) {
        const Block& block = track.blocks[std::size_t(i)];
        const std::optional<QRectF> placed = blockRectIn(block, box.connection, trackBox, frame);
        if (!placed)
            continue;
        const QRectF& rect = *placed;
        const bool lost = block.marks & LanesModel::Lost;
        m_batches[lost ? styles + LostBatch : block.style].add(rect);
        const qint64 end = drawnEnd(block, box.connection, frame.position);
        if ((block.marks & LanesModel::HeldBack) && block.heldFrom < end) {
            const double x0 = std::max(frame.x(block.heldFrom), rect.left());
            if (rect.right() - x0 >= 1)
                m_batches[styles + HeldBatch].add(QRectF(x0, rect.top(), rect.right() - x0, rect.height()));
        }
        // Where a unit ends, its end mark: an X where a segment was lost, a bar at a FIN or
        // close_notify, a square at a reset, a diamond at an error or fatal alert.
        const ViewTheme::Mark mark = lost ? ViewTheme::Mark::Cross : m_marks[block.style];
        if (MarkPainter::isEndMark(mark) && block.end <= frame.position &&
            frame.x(block.end) <= frame.right) {
            const double scale = m_context.theme->fontScale();
            const double size = std::clamp(rect.height(), 5.0, 9 * scale);
            const double x = (block.marks & LanesModel::Instant) ? rect.center().x() : rect.right();
            m_endMarks.push_back({QPointF(x, rect.center().y()), size, mark,
                                  lost ? m_context.theme->lost() : m_colors[block.style]});
        }
        if (selected >= 0 && (block.sentEvent == selected || block.receivedEvent == selected))
            m_selected.push_back(rect);
        if (labels) {
            const int half = halves && block.direction == Direction::ServerToClient ? 1 : 0;
            if (pendingLabel[half] >= 0) {
                LabelSpot& previous = m_labels[std::size_t(pendingLabel[half])];
                previous.limit = std::min(previous.limit, rect.left() - 3);
            }
            pendingLabel[half] = qsizetype(m_labels.size());
            m_labels.push_back({rect, frame.right, &block, box.connection, trackBox.track});
        }
    }
}

void LanesView::render(QPainter& painter, const QRectF& target)
{
    const ViewTheme& theme = *m_context.theme;
    painter.save();
    painter.fillRect(target, theme.background());
    Layout& layout = m_layout;
    computeLayout(target, layout);
    const Frame frame = frameFor(layout);

    drawAxis(painter, layout, frame);
    if (!timeline() || m_model.connections().isEmpty()) {
        if (!timeline() || timeline()->isEmpty()) {
            painter.setPen(theme.muted());
            painter.setFont(theme.font(10));
            painter.drawText(layout.lanes, Qt::AlignCenter,
                             tr("Run a scenario: its connections appear here."));
        }
    }

    const QList<Event>& styles = m_model.styles();
    m_colors.resize(std::size_t(styles.size()));
    m_marks.resize(std::size_t(styles.size()));
    for (qsizetype i = 0; i < styles.size(); ++i) {
        const ViewTheme::LegendEntry entry = theme.entryFor(styles.at(i));
        m_colors[std::size_t(i)] = entry.color;
        m_marks[std::size_t(i)] = entry.mark;
    }
    m_batches.resize(m_colors.size() + ExtraBatches);
    for (Batch& batch : m_batches)
        batch.rects.clear();
    m_labels.clear();
    m_endMarks.clear();
    m_selected.clear();

    const QRectF visible =
        layout.lanes.intersected(painter.hasClipping() ? painter.clipBoundingRect() : target);
    for (const LaneBox& box : layout.boxes) {
        if (box.bottom < visible.top() || box.top > visible.bottom())
            continue;
        drawLaneChrome(painter, layout, box, frame);
        drawSpans(painter, box, frame);
        for (const TrackBox& fixed : box.fixed) {
            if (fixed.track >= 0)
                collectTrack(box, fixed, frame, layout.smallHeight);
        }
        if (box.rows > 0 && box.rowHeight > 0) {
            // Only the rows inside the visible part of the lane.
            const int firstRow = std::max(0, int((visible.top() - box.rowsTop) / box.rowHeight));
            const int lastRow = std::min(box.rows - 1, int((visible.bottom() - box.rowsTop) / box.rowHeight));
            for (int row = firstRow; row <= lastRow; ++row) {
                collectTrack(box,
                             {LanesModel::FirstRow + row, box.rowsTop + row * box.rowHeight, box.rowHeight},
                             frame, layout.smallHeight);
            }
        }
    }

    painter.save();
    painter.setClipRect(
        QRectF(frame.left, layout.lanes.top(), frame.right - frame.left + 2, layout.lanes.height()));
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < m_colors.size(); ++i) {
        const std::vector<QRectF>& rects = m_batches[i].rects;
        if (rects.empty())
            continue;
        painter.setBrush(m_colors[i]);
        painter.drawRects(rects.data(), int(rects.size()));
        if (const Qt::BrushStyle pattern = MarkPainter::patternOf(m_marks[i]); pattern != Qt::NoBrush) {
            // Control frames are dotted: their colour is never the only thing telling them apart.
            painter.setBrush(QBrush(withAlpha(theme.foreground(), 0.55), pattern));
            painter.drawRects(rects.data(), int(rects.size()));
        }
    }
    if (const std::vector<QRectF>& lost = m_batches[m_colors.size() + LostBatch].rects; !lost.empty()) {
        painter.setBrush(theme.lost());
        painter.drawRects(lost.data(), int(lost.size()));
    }
    if (const std::vector<QRectF>& held = m_batches[m_colors.size() + HeldBatch].rects; !held.empty()) {
        painter.setBrush(theme.waiting());
        painter.drawRects(held.data(), int(held.size()));
        painter.setBrush(QBrush(theme.lost(), Qt::DiagCrossPattern));
        painter.drawRects(held.data(), int(held.size()));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const EndMark& mark : m_endMarks)
        MarkPainter::drawEndMark(painter, mark.centre, mark.size, mark.mark, mark.color, theme.foreground());
    drawLabels(painter, layout);
    if (!m_selected.empty()) {
        painter.setPen(QPen(theme.selection(), 2 * theme.fontScale()));
        painter.setBrush(Qt::NoBrush);
        for (const QRectF& rect : m_selected)
            painter.drawRect(rect.adjusted(-1, -1, 1, 1));
    }
    painter.restore();

    drawPlayheadBadge(painter, layout, frame);
    drawLegend(painter, layout);
    painter.restore();
}

void LanesView::drawPlayheadBadge(QPainter& painter, const Layout& layout, const Frame& frame) const
{
    if (!timeline() || timeline()->isEmpty())
        return;
    const ViewTheme& theme = *m_context.theme;
    const double scale = theme.fontScale();
    // The line starts at the axis, below the tick labels, so that it crosses none of them.
    const double axisLine = layout.axisTop + layout.axisHeight - 2 * scale;
    drawPlayhead(painter, QRectF(frame.left, axisLine, layout.width, layout.legendTop - axisLine),
                 layout.left, layout.width);
    const double x = frame.x(frame.position);
    if (x < frame.left || x > frame.right)
        return;
    // The clock's time on the axis's upper row, where the playhead starts.
    const QString text = formatTime(frame.position);
    painter.save();
    painter.setFont(theme.font(SmallPoints, true));
    const QFontMetricsF metrics(painter.font());
    const double w = metrics.horizontalAdvance(text) + 10 * scale;
    const double h = metrics.height() + 2 * scale;
    // Wider than the frame, a tag starts at its left; std::clamp would need the bounds in order.
    const double tagLeft = std::max(frame.left - 4, std::min(x - w / 2, layout.target.right() - w));
    const QRectF tag(tagLeft, layout.axisTop + 1, w, h);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.playhead());
    painter.drawRoundedRect(tag, 3, 3);
    painter.setPen(contrasting(theme.playhead(), theme.foreground(), theme.background()));
    painter.drawText(tag, Qt::AlignCenter, text);
    noteLabel(text, tag, painter.font());
    painter.restore();
}

void LanesView::drawAxis(QPainter& painter, const Layout& layout, const Frame& frame) const
{
    const ViewTheme& theme = *m_context.theme;
    const double scale = theme.fontScale();
    const double baseline = layout.axisTop + layout.axisHeight - 2 * scale;
    painter.save();
    painter.setFont(theme.font(SmallPoints));
    const QFontMetricsF metrics(painter.font());
    const qint64 step =
        tickStep(frame.pixelsPerNs, metrics.horizontalAdvance(tr("%1 ms").arg(8888.8)) + 24 * scale);
    const int decimals = step >= 1000000 ? 0 : step >= 100000 ? 1 : step >= 10000 ? 2 : 3;
    const qint64 firstTick = (std::max<qint64>(0, frame.viewStart) + step - 1) / step * step;
    const double gridBottom = layout.legendTop;
    for (qint64 tick = firstTick; tick <= frame.viewEnd; tick += step) {
        const double x = frame.x(tick);
        if (x < frame.left - 0.5 || x > frame.right + 0.5)
            continue;
        painter.setPen(QPen(theme.grid(), 1));
        painter.drawLine(QPointF(x, baseline), QPointF(x, gridBottom));
        painter.setPen(QPen(theme.muted(), 1));
        painter.drawLine(QPointF(x, baseline - 5 * scale), QPointF(x, baseline));
        const QString text = tr("%1 ms").arg(QLocale().toString(double(tick) / 1e6, 'f', decimals));
        const double w = metrics.horizontalAdvance(text);
        const double textLeft =
            std::max(frame.left - 4 * scale, std::min(x - w / 2, layout.target.right() - w - 2));
        const QRectF textRect(textLeft, baseline - 6 * scale - metrics.height(), w + 2, metrics.height());
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        noteLabel(text, textRect, painter.font());
    }
    painter.setPen(QPen(theme.muted(), 1));
    painter.drawLine(QPointF(frame.left, baseline), QPointF(frame.right, baseline));
    if (const Timeline* source = timeline()) {
        painter.setPen(theme.foreground());
        painter.setFont(theme.font(LanePoints, true));
        const QFontMetricsF titleMetrics(painter.font());
        const QRectF titleRect(layout.target.left() + 6 * scale, layout.axisTop + layout.badgeHeight,
                               layout.labelWidth - 10 * scale, layout.axisHeight - layout.badgeHeight);
        // The pane's heading names the run too: where the column is too narrow for the whole title, a
        // cut one would only mislead.
        if (titleMetrics.horizontalAdvance(source->title()) <= titleRect.width()) {
            painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, source->title());
            noteLabel(source->title(), titleRect, painter.font());
        }
    }
    painter.restore();
}

void LanesView::drawLaneChrome(QPainter& painter, const Layout& layout, const LaneBox& box,
                               const Frame& frame) const
{
    const ViewTheme& theme = *m_context.theme;
    const Connection& connection = m_model.connections().at(box.connection);
    const double scale = theme.fontScale();
    const double pad = 6 * scale;
    painter.save();
    // The lane's frame: a faint band behind its tracks, so lanes read as units.
    painter.fillRect(QRectF(layout.target.left(), box.top, layout.target.width(), box.bottom - box.top),
                     withAlpha(theme.grid(), 0.35));
    painter.setPen(QPen(theme.grid(), 1));
    painter.drawLine(QPointF(layout.target.left(), box.bottom), QPointF(layout.target.right(), box.bottom));

    const QFont laneFont = theme.font(LanePoints, true);
    const QFont smallFont = theme.font(SmallPoints);
    const QFontMetricsF laneMetrics(laneFont);
    const QFontMetricsF smallMetrics(smallFont);
    const double labelRight = layout.left - pad;
    const double labelWidth = labelRight - (layout.target.left() + pad);
    // The title: in the column beside the waiting strip, or on its own line across the lane.
    const QRectF titleRect =
        layout.titlesAbove
            ? QRectF(layout.target.left() + pad, box.top, layout.target.width() - 2 * pad, box.titleHeight)
            : QRectF(layout.target.left() + pad, box.headerTop, labelWidth, box.headerHeight);
    if (titleRect.height() >= smallMetrics.height() * 0.85) {
        const QFont font =
            titleRect.height() >= laneMetrics.height() * 0.9 ? laneFont : theme.font(SmallPoints, true);
        painter.setFont(font);
        painter.setPen(theme.foreground());
        // The column is made wide enough for every title where it can, else titles have the lane's width
        // or take a shorter form; only a pane narrower than the shortest form cuts it, at its end.
        const QFontMetricsF metrics(font);
        const QStringList forms = connectionLabels(connection, frame.position);
        const auto fitting = std::find_if(forms.begin(), forms.end(), [&](const QString& form) {
            return metrics.horizontalAdvance(form) <= titleRect.width();
        });
        const QString text = fitting != forms.end()
                                 ? *fitting
                                 : metrics.elidedText(forms.constLast(), Qt::ElideRight, titleRect.width());
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        noteLabel(text, titleRect, font);
    }
    painter.setFont(smallFont);
    painter.setPen(theme.muted());
    const double fits = smallMetrics.height() * 0.75;
    // The count of a lane's streams stays below its header and clear of the tracks' labels above and
    // below the rows, however short the rows are.
    double countTop = box.headerTop + box.headerHeight;
    double countBottom = box.bottom;
    for (const TrackBox& fixed : box.fixed) {
        if (fixed.track < 0 || fixed.height < fits ||
            connection.tracks[fixed.track].firstUse > frame.position)
            continue;
        const QRectF rect(layout.target.left() + pad, fixed.top + (fixed.height - smallMetrics.height()) / 2,
                          labelWidth, smallMetrics.height());
        const QString text = trackLabel(connection, fixed.track);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, text);
        noteLabel(text, rect, smallFont);
        if (fixed.top < box.rowsTop)
            countTop = std::max(countTop, rect.bottom());
        else
            countBottom = std::min(countBottom, rect.top());
    }
    if (box.rows > 0) {
        // Rows appear as their first stream begins.
        int shown = 0;
        while (shown < box.rows && connection.tracks[LanesModel::FirstRow + shown].firstUse <= frame.position)
            ++shown;
        if (shown > 0 && box.rowHeight >= fits) {
            for (int row = 0; row < shown; ++row) {
                const QRectF rect(layout.target.left() + pad, box.rowsTop + row * box.rowHeight, labelWidth,
                                  box.rowHeight);
                painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter,
                                 trackLabel(connection, LanesModel::FirstRow + row));
            }
        } else if (shown > 0) {
            // Too many rows to label one by one: a bracket and a count.
            const double top = box.rowsTop;
            const double bottom = box.rowsTop + shown * box.rowHeight;
            const double x = labelRight - 2 * scale;
            painter.setPen(QPen(theme.muted(), 1.5 * scale));
            painter.drawLine(QPointF(x, top + 1), QPointF(x, bottom - 1));
            painter.drawLine(QPointF(x, top + 1), QPointF(x - 4 * scale, top + 1));
            painter.drawLine(QPointF(x, bottom - 1), QPointF(x - 4 * scale, bottom - 1));
            const int streams = connection.streamsUpTo(frame.position);
            QStringList lines{tr("%n stream(s)", nullptr, streams)};
            if (shown < streams)
                lines.append(tr("in %n row(s)", nullptr, shown));
            // The count stays in its room: lines that would leave it are left out.
            const double line = smallMetrics.height();
            while (!lines.isEmpty() && lines.size() * line > countBottom - countTop)
                lines.removeLast();
            const double height = double(lines.size()) * line;
            const double textTop =
                std::max(countTop, std::min((top + bottom - height) / 2, countBottom - height));
            painter.setPen(theme.muted());
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QRectF rect(layout.target.left() + pad, textTop + double(i) * line,
                                  labelWidth - 8 * scale, line);
                painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, lines.at(i));
                noteLabel(lines.at(i), rect, smallFont);
            }
        }
    }
    painter.restore();
}

void LanesView::drawSpans(QPainter& painter, const LaneBox& box, const Frame& frame) const
{
    const ViewTheme& theme = *m_context.theme;
    const Connection& connection = m_model.connections().at(box.connection);
    if (connection.spans.isEmpty())
        return;
    const double scale = theme.fontScale();
    const double strip = std::max(3.0, box.headerHeight - 6 * scale);
    const double top = box.headerTop + (box.headerHeight - strip) / 2;
    painter.save();
    painter.setClipRect(QRectF(frame.left, box.headerTop, frame.right - frame.left, box.headerHeight));
    const QFont font = theme.font(SmallPoints);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const bool text = strip >= metrics.height() * 0.8;
    const QColor lines = theme.foreground();
    // Handshakes and waits first, lost segments over them.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Span& span : connection.spans) {
            if ((span.kind == Span::Kind::HeldBack) != (pass == 1) || span.start > frame.position)
                continue;
            const qint64 end = std::min(span.end, frame.position);
            if (end < frame.viewStart || span.start > frame.viewEnd)
                continue;
            const double x0 = std::max(frame.x(span.start), frame.left);
            const double x1 = std::min(std::max(frame.x(end), x0 + 1), frame.right);
            const QRectF rect(x0, top, x1 - x0, strip);
            QStringList candidates;
            const QString duration = formatTime(end - span.start);
            switch (span.kind) {
            case Span::Kind::TcpHandshake:
                drawHatch(painter, rect, withAlpha(theme.waiting(), 0.55), withAlpha(lines, 0.35),
                          Qt::BDiagPattern);
                candidates = {tr("TCP handshake · %1").arg(duration), tr("TCP handshake"), tr("TCP")};
                break;
            case Span::Kind::TlsHandshake: {
                drawHatch(painter, rect, withAlpha(theme.waiting(), 0.55), withAlpha(lines, 0.35),
                          Qt::FDiagPattern);
                const QString version =
                    connection.tlsCompleted <= frame.position && !connection.tlsVersion.isEmpty()
                        ? connection.tlsVersion
                        : connection.carrierName;
                if (span.failed && span.end <= frame.position) {
                    candidates = {tr("%1 handshake failed").arg(version), tr("failed")};
                } else if (span.end <= frame.position) {
                    candidates = {
                        tr("%1 handshake · %n round trip(s)", nullptr, span.roundTrips).arg(version),
                        tr("%1 · %n RTT", nullptr, span.roundTrips).arg(version), version};
                } else {
                    candidates = {tr("%1 handshake…").arg(version), version};
                }
                break;
            }
            case Span::Kind::AwaitingResponse:
                painter.fillRect(rect, withAlpha(theme.waiting(), 0.45));
                candidates = {tr("waiting for the response · %1").arg(duration),
                              tr("waiting · %1").arg(duration), duration};
                break;
            case Span::Kind::HeldBack:
                drawHatch(painter, rect, withAlpha(theme.waiting(), 0.85), theme.lost(),
                          Qt::DiagCrossPattern);
                candidates = {tr("waiting for a lost segment · %1").arg(duration),
                              tr("lost segment · %1").arg(duration), duration};
                break;
            }
            if (!text)
                continue;
            for (const QString& candidate : std::as_const(candidates)) {
                const double w = metrics.horizontalAdvance(candidate);
                if (w + 8 * scale <= rect.width()) {
                    const QRectF textRect(rect.left() + 4 * scale, rect.top(), w + 2, rect.height());
                    // A backing under the text keeps it legible over the hatching.
                    painter.fillRect(textRect.adjusted(-2 * scale, 1, 2 * scale, -1),
                                     withAlpha(theme.background(), 0.8));
                    painter.setPen(theme.foreground());
                    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, candidate);
                    break;
                }
            }
        }
    }
    painter.restore();
}

QString LanesView::blockLabel(const Block& block, const Track& track) const
{
    const Event unit{.layer = block.layer, .kind = block.kind, .flags = block.flags, .stream = block.stream};
    const QString name = ProtocolRegistry::of(unit).unitName(unit);
    if (name.isEmpty())
        return m_model.label(block.sentEvent);
    // Frames of several streams share the track: the stream id tells them apart.
    if (track.kind == LanesModel::TrackKind::Streams && track.streamCount > 1)
        return tr("%1 · %2").arg(block.stream).arg(name);
    return name;
}

void LanesView::drawLabels(QPainter& painter, const Layout& layout) const
{
    if (m_labels.empty())
        return;
    const ViewTheme& theme = *m_context.theme;
    const double scale = theme.fontScale();
    painter.setFont(theme.font(SmallPoints));
    const QFontMetricsF metrics(painter.font());
    const double minimum = metrics.horizontalAdvance(QLatin1String("SYN")) + 6 * scale;
    for (const LabelSpot& spot : m_labels) {
        // Room inside the block, or beside it up to the next block on its line.
        if (std::max(spot.block.width(), spot.limit - spot.block.left()) < minimum)
            continue;
        if (spot.block.height() < metrics.height() * 0.8)
            continue;
        const Connection& connection = m_model.connections().at(spot.connection);
        const QString text = blockLabel(*spot.unit, connection.tracks[spot.track]);
        if (text.isEmpty())
            continue;
        const double w = metrics.horizontalAdvance(text);
        if (w + 6 * scale <= spot.block.width()) {
            const QColor fill =
                spot.unit->marks & LanesModel::Lost ? theme.lost() : m_colors[spot.unit->style];
            painter.setPen(contrasting(fill, theme.foreground(), theme.background()));
            painter.drawText(
                QRectF(spot.block.left() + 3 * scale, spot.block.top(), w + 2, spot.block.height()),
                Qt::AlignLeft | Qt::AlignVCenter, text);
        } else if (spot.block.right() + 4 * scale + w <= std::min(spot.limit, layout.left + layout.width)) {
            painter.setPen(theme.foreground());
            painter.drawText(
                QRectF(spot.block.right() + 3 * scale, spot.block.top(), w + 2, spot.block.height()),
                Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
}

void LanesView::drawLegend(QPainter& painter, const Layout& layout) const
{
    if (!drawsLegend() || layout.legendTop >= layout.target.bottom())
        return;
    const ViewTheme& theme = *m_context.theme;
    const double scale = theme.fontScale();
    const QRectF area(layout.target.left() + 8 * scale, layout.legendTop, layout.target.width() - 16 * scale,
                      layout.target.bottom() - layout.legendTop);
    QList<DrawnLabel> drawn;
    painter.save();
    LegendStrip::drawKey(painter, area, legendSwatches(), theme.font(KeyPoints), theme.foreground(), &drawn);
    painter.restore();
    for (const DrawnLabel& label : std::as_const(drawn))
        noteLabel(label.text, label.rect, label.font);
}

LanesView::Hit LanesView::hitAt(const QPointF& point) const
{
    Hit hit;
    Layout layout;
    computeLayout(rect(), layout);
    const Frame frame = frameFor(layout);
    for (const LaneBox& box : layout.boxes) {
        if (point.y() < box.top || point.y() > box.bottom)
            continue;
        hit.connection = box.connection;
        const Connection& connection = m_model.connections().at(box.connection);
        if (point.x() < frame.left || point.y() < box.headerTop)
            return hit; // the lane's title
        const qint64 at = timeForX(point.x(), layout.left, layout.width);
        const auto tolerance = qint64(3.0 / std::max(1e-12, frame.pixelsPerNs));
        if (point.y() < box.headerTop + box.headerHeight) {
            for (int pass = 0; pass < 2; ++pass) {
                for (const Span& span : connection.spans) {
                    if ((span.kind == Span::Kind::HeldBack) != (pass == 1) || span.start > frame.position)
                        continue;
                    const qint64 end = std::min(span.end, frame.position);
                    if (at >= span.start - tolerance && at <= end + tolerance)
                        hit.span = &span;
                }
            }
            return hit;
        }
        TrackBox trackBox;
        for (const TrackBox& fixed : box.fixed) {
            if (fixed.track >= 0 && point.y() >= fixed.top && point.y() < fixed.top + fixed.height)
                trackBox = fixed;
        }
        if (trackBox.track < 0 && box.rowHeight > 0 && point.y() >= box.rowsTop) {
            const int row = int((point.y() - box.rowsTop) / box.rowHeight);
            if (row < box.rows)
                trackBox = {LanesModel::FirstRow + row, box.rowsTop + row * box.rowHeight, box.rowHeight};
        }
        if (trackBox.track < 0)
            return hit;
        hit.track = trackBox.track;
        const Track& track = connection.tracks[trackBox.track];
        const auto [first, last] = track.candidates(at - tolerance, std::min(at + tolerance, frame.position));
        for (qsizetype i = first; i < last; ++i) {
            const Block& block = track.blocks[std::size_t(i)];
            const std::optional<QRectF> placed = blockRectIn(block, box.connection, trackBox, frame);
            if (placed && placed->adjusted(-2, -1, 2, 1).contains(point))
                hit.block = &block; // the last one drawn is on top
        }
        return hit;
    }
    return hit;
}

std::optional<qsizetype> LanesView::eventAt(const QPointF& point) const
{
    const Hit hit = hitAt(point);
    if (!hit.block)
        return std::nullopt;
    return hit.block->sentEvent >= 0 ? hit.block->sentEvent : hit.block->receivedEvent;
}

std::optional<QRectF> LanesView::blockRect(qsizetype eventIndex, const QRectF& target) const
{
    Layout layout;
    computeLayout(target, layout);
    const Frame frame = frameFor(layout);
    for (const LaneBox& box : layout.boxes) {
        const Connection& connection = m_model.connections().at(box.connection);
        for (int track = 0; track < connection.tracks.size(); ++track) {
            for (const Block& block : connection.tracks[track].blocks) {
                if (block.sentEvent != eventIndex && block.receivedEvent != eventIndex)
                    continue;
                TrackBox trackBox;
                if (track < LanesModel::FirstRow)
                    trackBox = box.fixed[track];
                else
                    trackBox = {track, box.rowsTop + (track - LanesModel::FirstRow) * box.rowHeight,
                                box.rowHeight};
                return blockRectIn(block, box.connection, trackBox, frame);
            }
        }
    }
    return std::nullopt;
}

QString LanesView::toolTipAt(const QPointF& point) const
{
    const Hit hit = hitAt(point);
    if (hit.block)
        return blockToolTip(*hit.block, hit.connection);
    if (hit.span)
        return spanToolTip(*hit.span, hit.connection);
    if (hit.connection >= 0 && point.x() < timeAxis(rect()).first)
        return connectionToolTip(m_model.connections().at(hit.connection));
    return {};
}

QString LanesView::blockToolTip(const Block& block, int connection) const
{
    const Timeline* source = timeline();
    if (!source)
        return {};
    const qint32 eventIndex = block.sentEvent >= 0 ? block.sentEvent : block.receivedEvent;
    const Event event = source->at(eventIndex);
    const QString label = m_model.label(block.sentEvent);
    const QString heading = ProtocolRegistry::of(event).unitHeading(event, label);

    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
    QString route;
    if (block.direction == Direction::ClientToServer)
        route = tr("client → server");
    else if (block.direction == Direction::ServerToClient)
        route = tr("server → client");
    if (block.size > 0) {
        const QString bytes =
            event.overhead > 0 && event.overhead < event.size
                ? tr("%1 bytes, %2 of them framing")
                      .arg(QLocale().toString(block.size), QLocale().toString(event.overhead))
                : tr("%1 bytes").arg(QLocale().toString(block.size));
        route = route.isEmpty() ? bytes : tr("%1 · %2").arg(route, bytes);
    }
    if (!route.isEmpty())
        lines.append(route);

    const qint64 position = m_context.clock->position();
    if (block.marks & LanesModel::Instant) {
        lines.append(tr("at %1").arg(formatTime(block.start)));
    } else if (ProtocolRegistry::of(block.layer).place() == LayerPlace::Link) {
        const bool arrived = !block.isPending() && block.end <= position && !(block.marks & LanesModel::Lost);
        lines.append(arrived ? tr("left at %1 · delivered at %2 · %3 on the way")
                                   .arg(formatTime(block.start), formatTime(block.end),
                                        formatTime(block.end - block.start))
                             : tr("left at %1").arg(formatTime(block.start)));
    } else {
        const bool arrived = !block.isPending() && block.end <= position;
        lines.append(arrived ? tr("sent at %1 · received at %2 · %3 on the way")
                                   .arg(formatTime(block.start), formatTime(block.end),
                                        formatTime(block.end - block.start))
                             : tr("sent at %1").arg(formatTime(block.start)));
    }

    if ((block.marks & LanesModel::Lost) && m_model.connections().at(connection).quic) {
        lines.append(tr("<i>Lost on the way: the receiver never got this datagram. QUIC sends the frames it "
                        "carried again, in new packets, once it finds the loss.</i>"));
    } else if (block.marks & LanesModel::Lost) {
        lines.append(
            tr("<i>Lost on the way: the receiver never got this copy. The sender resent it at %1, once "
               "its retransmission timer ran out.</i>")
                .arg(formatTime(block.resentAt)));
    } else if (block.isPending() || block.end > position) {
        const qint64 over = std::min(m_model.connections().at(connection).closed, m_model.finished());
        if (block.isPending() && over <= position)
            lines.append(tr("<i>Never received: the connection closed before the other side read it.</i>"));
        else
            lines.append(tr("<i>On its way at %1.</i>").arg(formatTime(position)));
    }
    if (block.marks & LanesModel::Retransmitted)
        lines.append(tr("<i>A retransmission: an earlier copy was lost.</i>"));
    if ((block.marks & LanesModel::HeldBack) && block.end != LanesModel::Pending && block.end <= position) {
        const QString waited = formatTime(block.end - block.heldFrom);
        if (m_model.connections().at(connection).quic)
            lines.append(tr("<i>Waited %1 behind a lost packet: later bytes of this stream had arrived, but "
                            "QUIC hands a stream's bytes over only in order. Other streams went on.</i>")
                             .arg(waited));
        else
            lines.append(
                ProtocolRegistry::of(block.layer).place() == LayerPlace::Link
                    ? tr("<i>Waited %1 behind a lost segment: it had arrived, but TCP hands bytes over only "
                         "in order (head-of-line blocking).</i>")
                          .arg(waited)
                    : tr("<i>Waited up to %1 behind a lost segment: its bytes had arrived, but TCP hands "
                         "them "
                         "over only in order (head-of-line blocking).</i>")
                          .arg(waited));
    }
    const QString text = source->detail(event).text;
    if (!text.isEmpty() && text != label)
        lines.append(text.toHtmlEscaped());
    return lines.join(QLatin1String("<br>"));
}

QString LanesView::spanToolTip(const Span& span, int connection) const
{
    const Connection& lane = m_model.connections().at(connection);
    const qint64 position = m_context.clock->position();
    const qint64 end = std::min(span.end, position);
    const QString duration = formatTime(end - span.start);
    const QString from = formatTime(span.start);
    switch (span.kind) {
    case Span::Kind::TcpHandshake:
        return tr("<b>TCP handshake</b>: %1, from %2<br>SYN, SYN-ACK, ACK: the client may send only after a "
                  "round trip.")
            .arg(duration, from);
    case Span::Kind::TlsHandshake: {
        const QString version = lane.tlsCompleted <= position && !lane.tlsVersion.isEmpty()
                                    ? lane.tlsVersion
                                    : (lane.quic ? QStringLiteral("QUIC") : tr("TLS"));
        if (span.failed && span.end <= position)
            return tr("<b>%1 handshake failed</b> after %2<br>An alert or an error ended it.")
                .arg(version, duration);
        if (span.end > position)
            return tr("<b>%1 handshake</b> under way for %2<br>The client cannot send its request before the "
                      "keys "
                      "are agreed.")
                .arg(version, duration);
        return tr("<b>%1 handshake</b>: %2, %n round trip(s)<br>The client cannot send its request before "
                  "the "
                  "keys are agreed.",
                  nullptr, span.roundTrips)
            .arg(version, duration);
    }
    case Span::Kind::AwaitingResponse:
        return tr("<b>Waiting for the response</b>: %1, from %2<br>The request is out and nothing has come "
                  "back "
                  "yet: at least one round trip, plus the server's time.")
            .arg(duration, from);
    case Span::Kind::HeldBack:
        return tr("<b>Waiting for a lost segment</b>: %1, from %2<br>%n segment(s) came late: the lost one "
                  "had to "
                  "be resent, and the ones after it, though they had arrived, waited for it because TCP "
                  "hands bytes "
                  "over only in order (head-of-line blocking).",
                  nullptr, span.segments)
            .arg(duration, from);
    }
    return {};
}

QString LanesView::connectionToolTip(const Connection& connection) const
{
    const qint64 position = m_context.clock->position();
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(connectionLabel(connection, position).toHtmlEscaped()));
    lines.append(tr("opened at %1").arg(formatTime(connection.opened)));
    if (const int streams = connection.streamsUpTo(position); streams > 0)
        lines.append(tr("%n stream(s) so far, in %1 row(s)", nullptr, streams).arg(connection.rowCount()));
    if (connection.closed <= position)
        lines.append(tr("closed at %1").arg(formatTime(connection.closed)));
    return lines.join(QLatin1String("<br>"));
}

} // namespace protoviz

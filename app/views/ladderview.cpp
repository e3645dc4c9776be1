#include "app/views/ladderview.h"

#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/playbackclock.h"
#include "app/views/timelinemodel.h"
#include "app/views/viewtheme.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace protoviz {

namespace {

// Families named in a bundle's label before the rest is elided.
constexpr int NamedFamilies = 6;
// A label may cover this many other arrows (or bundles), no more.
constexpr int MaxHidden = 1;
// Sends this close together belong to one flight even if the sender heard something in between (a client
// sending requests on six connections as their answers come in).
constexpr qint64 SameMomentNs = 2000000;
// Below this many pixels (at scale 1) for a one-way trip, a ladder's steps blur into each other and
// bundles may span several of them.
constexpr double MinStepPixels = 4;
// Labels state sizes from this many bytes on.
constexpr qint64 WorthStatingBytes = 1000;

QString msText(qint64 ns, int decimals = 1)
{
    return QLocale().toString(double(ns) / 1e6, 'f', decimals);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

double distanceToSegment(const QPointF& point, const QLineF& line)
{
    const QPointF d = line.p2() - line.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    double t = lengthSquared > 0 ? QPointF::dotProduct(point - line.p1(), d) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = line.p1() + t * d;
    return std::hypot(point.x() - nearest.x(), point.y() - nearest.y());
}

/// The part of a line from send to end that exists at positionNs: arrows in flight grow from the sender.
QLineF visiblePart(const QLineF& line, qint64 sendNs, qint64 endNs, qint64 positionNs)
{
    if (positionNs >= endNs || endNs <= sendNs)
        return line;
    const double fraction = positionNs <= sendNs ? 0.0 : double(positionNs - sendNs) / double(endNs - sendNs);
    return QLineF(line.p1(), line.pointAt(fraction));
}

/// The part of a line (drawn downward, as time runs) between two heights; null if none.
QLineF withinRows(const QLineF& line, double top, double bottom)
{
    const double y1 = line.p1().y();
    const double y2 = line.p2().y();
    if (std::max(y1, y2) < top || std::min(y1, y2) > bottom)
        return {};
    if (y2 - y1 < 1e-9)
        return line;
    const auto at = [&](double y) { return line.pointAt((std::clamp(y, y1, y2) - y1) / (y2 - y1)); };
    return QLineF(at(top), at(bottom));
}

/// Whether a line passes through a rectangle.
bool crosses(const QLineF& line, const QRectF& rect)
{
    // Liang–Barsky: narrow the segment's parameter range side by side; it crosses if some range is left.
    double from = 0.0;
    double to = 1.0;
    const auto clip = [&from, &to](double p, double q) {
        if (p == 0)
            return q >= 0;
        const double r = q / p;
        if (p < 0)
            from = std::max(from, r);
        else
            to = std::min(to, r);
        return from <= to;
    };
    return clip(-line.dx(), line.x1() - rect.left()) && clip(line.dx(), rect.right() - line.x1()) &&
           clip(-line.dy(), line.y1() - rect.top()) && clip(line.dy(), rect.bottom() - line.y1());
}

/// Where a label of size goes beside a line drawn downward from sender to receiver without crossing it,
/// near the point at a fraction of its length: above the line on the side it falls away to, or below it
/// on the other side; moved along to stay within [minX, maxX], and then up (down) as far as the line
/// rises (falls) under it.
QRectF besideLine(const QLineF& line, double at, const QSizeF& size, bool above, double pad, double minX,
                  double maxX)
{
    const QPointF mid = line.pointAt(at);
    const bool fallsRight = line.dx() * line.dy() >= 0;
    const bool right = above == fallsRight;
    double left = right ? mid.x() + pad : mid.x() - pad - size.width();
    left = std::clamp(left, minX, std::max(minX, maxX - size.width()));
    double y = mid.y();
    const double from = std::max(left, std::min(line.x1(), line.x2()));
    const double to = std::min(left + size.width(), std::max(line.x1(), line.x2()));
    if (from <= to && std::abs(line.dx()) > 1e-6) {
        const auto lineY = [&line](double x) { return line.y1() + (x - line.x1()) * line.dy() / line.dx(); };
        y = above ? std::min({lineY(from), lineY(to), y}) : std::max({lineY(from), lineY(to), y});
    }
    return QRectF(QPointF(left, above ? y - pad - size.height() : y + pad), size);
}

/// Adds the head of an arrow ending at line's end, scaled like the fonts.
void addArrowHead(QPainterPath& path, const QLineF& line, double scale)
{
    if (line.length() < 1)
        return;
    const QPointF tip = line.p2();
    const QPointF unit = (line.p2() - line.p1()) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    const double length = 11 * scale;
    const double half = 5 * scale;
    path.addPolygon(
        QPolygonF({tip, tip - unit * length + normal * half, tip - unit * length - normal * half}));
    path.closeSubpath();
}

} // namespace

LadderView::LadderView(const ViewContext& context, QWidget* parent)
    : TimelineCanvas(context, parent)
{
    setMinimumSize(320, 240);
}

LadderView::~LadderView() = default;

QString LadderView::title() const
{
    return tr("Ladder");
}

void LadderView::timelineChanged()
{
    m_model.clear();
}

void LadderView::eventsAppended(qsizetype first, qsizetype count)
{
    if (timeline())
        m_model.append(*timeline(), first, count);
    TimelineCanvas::eventsAppended(first, count);
}

void LadderView::changeEvent(QEvent* event)
{
    // Labels ("body", "early data") are translated when an arrow is made.
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    TimelineCanvas::changeEvent(event);
}

int LadderView::roundTripsShown() const
{
    return m_model.roundTripsAt(m_context.clock->position());
}

// ---- geometry ----------------------------------------------------------------------------------------

LadderView::Geometry LadderView::geometry(const QRectF& target) const
{
    const ViewTheme& theme = *m_context.theme;
    Geometry g;
    g.target = target;
    g.scale = theme.fontScale();
    const double s = g.scale;
    const double margin = 10 * s;
    const QFontMetricsF counter(theme.font(15, true));
    const QFontMetricsF head(theme.font(12, true));
    const QFontMetricsF ruler(theme.font(9));

    const double headerHeight = margin + counter.height() + 8 * s + head.height() + 14 * s;
    g.header = QRectF(target.left(), target.top(), target.width(), headerHeight);

    const double legendHeight =
        layOutLegend(QRectF(target.left() + margin, 0, target.width() - 2 * margin, 0), false, nullptr);
    // On a short pane (four panes in presentation mode) the key would cover the arrows it explains: the
    // arrows come first, and their tooltips still say what each colour means.
    const bool keyFits = legendHeight + margin <= (target.height() - headerHeight) / 2;
    g.legend = keyFits ? QRectF(target.left(), target.bottom() - legendHeight - margin, target.width(),
                                legendHeight + margin)
                       : QRectF(target.left(), target.bottom(), target.width(), 0);

    const double timeColumn = ruler.horizontalAdvance(QStringLiteral("00000.0 ms"));
    const double rttColumn = ruler.horizontalAdvance(tr("%1 RTT").arg(88));
    // Narrow, as beside the docks on a laptop, the arrows and their labels need the width more than a
    // millisecond ruler does: the playhead and the tooltips still say the time.
    g.showMilliseconds = target.width() >= 560 * s;
    g.ruler = QRectF(target.left() + margin, g.header.bottom(),
                     (g.showMilliseconds ? timeColumn : 0) + rttColumn + 10 * s,
                     std::max(1.0, g.legend.top() - g.header.bottom()));

    const double clientHalf = head.horizontalAdvance(tr("Client")) / 2 + 14 * s;
    const double serverHalf = head.horizontalAdvance(tr("Server")) / 2 + 14 * s;
    g.clientX = g.ruler.right() + std::max(clientHalf, 24 * s) + margin;
    g.serverX = std::max(g.clientX + 80 * s, target.right() - margin - std::max(serverHalf, 24 * s));
    g.diagram =
        QRectF(g.ruler.right(), g.header.bottom(), target.right() - g.ruler.right(), g.ruler.height());

    // Room above the first arrow for its label, and below the last for the playhead's.
    const double pad = std::min(g.diagram.height() / 4, QFontMetricsF(theme.font(10)).height() * 1.5);
    g.axisTop = g.diagram.top() + pad;
    g.axisHeight = std::max(1.0, g.diagram.height() - 2 * pad);
    return g;
}

std::pair<double, double> LadderView::timeAxis(const QRectF& target) const
{
    // Time runs downward: the pair is the axis's top and height.
    const Geometry g = geometry(target);
    return {g.axisTop, g.axisHeight};
}

double LadderView::yFor(qint64 timeNs, const Geometry& g) const
{
    return xForTime(timeNs, g.axisTop, g.axisHeight);
}

qint64 LadderView::arrowEndNs(const LadderArrow& arrow) const
{
    // A unit not received is drawn towards where the link's delay would bring it.
    return arrow.received() ? arrow.receiveNs : arrow.sendNs + m_model.oneWayNs();
}

QLineF LadderView::arrowLine(qsizetype arrow, const QRectF& target) const
{
    const Geometry g = geometry(target);
    const LadderArrow& a = m_model.arrow(arrow);
    const bool up = a.direction() == Direction::ClientToServer;
    return QLineF(up ? g.clientX : g.serverX, yFor(a.sendNs, g), up ? g.serverX : g.clientX,
                  yFor(arrowEndNs(a), g));
}

// ---- layout ------------------------------------------------------------------------------------------

template <typename Visit>
void LadderView::forEachMember(const Bundle& bundle, Visit&& visit) const
{
    // A bundle's members are the arrows of its direction between its first and last position that the
    // layout took: grouping is sequential per direction, so nothing of that direction lies between them
    // that belongs to another bundle.
    const qint64 drawEnd = std::min(m_context.clock->position(), viewStart() + viewSpan());
    const QList<qsizetype>& order = m_model.bySend();
    for (qsizetype i = bundle.firstOrder; i <= bundle.lastOrder; ++i) {
        const LadderArrow& a = m_model.arrow(order.at(i));
        if (a.direction() != bundle.direction || a.sendNs > drawEnd || arrowEndNs(a) < viewStart())
            continue;
        visit(order.at(i), a);
    }
}

void LadderView::layOut(const Geometry& g) const
{
    m_bundles.clear();
    if (!timeline() || m_model.isEmpty())
        return;
    const qint64 position = m_context.clock->position();
    const qint64 windowStart = viewStart();
    const qint64 drawEnd = std::min(position, windowStart + viewSpan());
    // Arrows sent closer than a label's height on screen cannot each have a label: they travel as one.
    const double gap = QFontMetricsF(m_context.theme->font(10)).height();
    const double longest = 3 * gap;
    const bool stepsApart =
        yFor(windowStart + m_model.oneWayNs(), g) - yFor(windowStart, g) >= MinStepPixels * g.scale;
    const QList<qsizetype>& order = m_model.bySend();
    qsizetype open[2] = {-1, -1};
    for (qsizetype i = m_model.firstSentAtOrAfter(windowStart - m_model.longestLatencyNs()); i < order.size();
         ++i) {
        const LadderArrow& a = m_model.arrow(order.at(i));
        if (a.sendNs > drawEnd)
            break;
        const qint64 end = arrowEndNs(a);
        if (end < windowStart)
            continue;
        const int side = a.direction() == Direction::ClientToServer ? 0 : 1;
        const double y = yFor(a.sendNs, g);
        if (open[side] >= 0) {
            Bundle& b = m_bundles[size_t(open[side])];
            // One flight only: what a side sends after hearing back on that connection answers something,
            // and must show as the next step of the ladder (unless it left in the same instant, or the
            // steps are too close on screen to tell apart anyway).
            const Origin sender = side == 0 ? Origin::Client : Origin::Server;
            const bool oneFlight = !stepsApart || a.sendNs - b.sendMax <= SameMomentNs ||
                                   !m_model.receivedBetween(sender, a.event.connection, b.sendMin, a.sendNs);
            if (y - b.lastSendY <= gap && y - b.firstSendY <= longest && oneFlight) {
                ++b.count;
                b.bytes += a.event.size;
                b.sendMax = a.sendNs;
                b.endMin = std::min(b.endMin, end);
                b.endMax = std::max(b.endMax, end);
                b.allReceived = b.allReceived && a.received();
                b.anyReceived = b.anyReceived || a.received();
                b.manyConnections =
                    b.manyConnections || a.event.connection != m_model.arrow(b.firstArrow).event.connection;
                b.lastSendY = y;
                b.lastOrder = i;
                continue;
            }
        }
        open[side] = qsizetype(m_bundles.size());
        Bundle b;
        b.direction = a.direction();
        b.firstOrder = b.lastOrder = i;
        b.firstArrow = order.at(i);
        b.count = 1;
        b.bytes = a.event.size;
        b.sendMin = b.sendMax = a.sendNs;
        b.endMin = b.endMax = end;
        b.allReceived = b.anyReceived = a.received();
        b.firstSendY = b.lastSendY = y;
        m_bundles.push_back(std::move(b));
    }

    for (Bundle& b : m_bundles) {
        const bool up = b.direction == Direction::ClientToServer;
        const double from = up ? g.clientX : g.serverX;
        const double to = up ? g.serverX : g.clientX;
        b.top = QLineF(from, yFor(b.sendMin, g), to, yFor(b.endMin, g));
        b.bottom = QLineF(from, yFor(b.sendMax, g), to, yFor(b.endMax, g));
        b.shownTop = visiblePart(b.top, b.sendMin, b.endMin, position);
        b.shownBottom = visiblePart(b.bottom, b.sendMax, b.endMax, position);
        b.lowestY = std::max(b.shownTop.p2().y(), b.shownBottom.p2().y());
        if (b.count == 1) {
            b.color = m_context.theme->colorFor(m_model.arrow(b.firstArrow).event);
        } else {
            // A bundle takes the colour of most of its bytes (the DATA of a flight of HEADERS and DATA).
            m_familyCounts.clear();
            forEachMember(b, [this](qsizetype index, const LadderArrow& a) {
                for (FamilyCount& f : m_familyCounts) {
                    if (f.family == a.family) {
                        ++f.count;
                        f.bytes += a.event.size;
                        return;
                    }
                }
                m_familyCounts.push_back({a.family, 1, a.event.size, index});
            });
            const auto most =
                std::max_element(m_familyCounts.cbegin(), m_familyCounts.cend(),
                                 [](const FamilyCount& l, const FamilyCount& r) {
                                     return std::pair{l.bytes, l.count} < std::pair{r.bytes, r.count};
                                 });
            b.color = m_context.theme->colorFor(m_model.arrow(most->firstArrow).event);
        }
        b.label = bundleLabel(b, &b.shortLabel);
    }
}

QString LadderView::bundleLabel(const Bundle& b, QString* shortLabel) const
{
    shortLabel->clear();
    if (b.count == 1) {
        // Sizes are worth reading where they are large (a certificate, a body), not on every small frame.
        const LadderArrow& a = m_model.arrow(b.firstArrow);
        return a.event.size >= WorthStatingBytes ? tr("%1 · %2").arg(a.label, sizeText(a.event.size))
                                                 : a.label;
    }
    // By family in the order first sent, a family of one by its own name: "ServerHello, ChangeCipherSpec,
    // ..., Finished", "NewSessionTicket ×2, 200 OK, body", "GET ×6". m_familyCounts holds this bundle's
    // families: layOut() just counted them.
    QStringList parts;
    for (const FamilyCount& f : m_familyCounts) {
        if (parts.size() == NamedFamilies) {
            parts.append(QStringLiteral("…"));
            break;
        }
        parts.append(f.count > 1 ? tr("%1 ×%2").arg(m_model.families().at(f.family)).arg(f.count)
                                 : m_model.arrow(f.firstArrow).label);
    }
    QString text = parts.join(QStringLiteral(", "));
    // A flight of many messages (a TLS server's) is still named by where it begins and ends when the
    // whole list does not fit: "ServerHello … Finished".
    if (parts.size() > 2)
        *shortLabel = tr("%1 … %2").arg(parts.constFirst(), parts.constLast());
    if (b.bytes >= WorthStatingBytes) {
        text = tr("%1 · %2").arg(text, sizeText(b.bytes));
        if (!shortLabel->isEmpty())
            *shortLabel = tr("%1 · %2").arg(*shortLabel, sizeText(b.bytes));
    }
    if (!b.manyConnections)
        return text;
    QList<quint32> seen;
    forEachMember(b, [&seen](qsizetype, const LadderArrow& a) {
        if (!seen.contains(a.event.connection))
            seen.append(a.event.connection);
    });
    if (!shortLabel->isEmpty())
        *shortLabel = tr("%1 on %n connection(s)", nullptr, int(seen.size())).arg(*shortLabel);
    return tr("%1 on %n connection(s)", nullptr, int(seen.size())).arg(text);
}

void LadderView::placeLabels(const Geometry& g) const
{
    m_placed.clear();
    const qint64 position = m_context.clock->position();
    const QFontMetricsF metrics(m_context.theme->font(10));
    const double s = g.scale;
    const double pad = 5 * s;
    const double maxWidth = std::max(60 * s, (g.serverX - g.clientX) * 0.7);
    // Labels stay between the lifelines and above the playhead: below it nothing has happened yet.
    const double lowest = std::min(g.diagram.bottom(), yFor(position, g));
    const QRectF allowed(g.clientX + 2 * s, g.diagram.top(), g.serverX - g.clientX - 4 * s,
                         lowest - g.diagram.top());
    // Bundles are in the order they left; how far below its departure any reaches bounds which of them
    // can pass a label.
    double reach = 0;
    for (Bundle& b : m_bundles) {
        b.labelRect = QRectF();
        reach = std::max(reach, b.lowestY - b.firstSendY);
    }
    double tallest = 0; // of the labels placed, which m_placed keeps sorted by top
    const auto overlapsPlaced = [this, &tallest](const QRectF& candidate) {
        auto r = std::partition_point(m_placed.cbegin(), m_placed.cend(), [&](const QRectF& placed) {
            return placed.top() < candidate.top() - tallest;
        });
        for (; r != m_placed.cend() && r->top() <= candidate.bottom(); ++r) {
            if (r->intersects(candidate))
                return true;
        }
        return false;
    };
    // Arrows that leave within the view are labelled first, and only they keep each other's labels out:
    // zoomed in, the arrows of an earlier flight that merely pass through must not silence the ones
    // whose departure the view shows.
    for (const bool departedInView : {true, false}) {
        for (Bundle& b : m_bundles) {
            if (b.label.isEmpty() || (b.sendMin >= viewStart()) != departedInView)
                continue;
            // Labels go beside what can be seen of the arrow: zoomed in, that is a short piece of it.
            const QLineF top = withinRows(b.shownTop, g.diagram.top(), lowest);
            const QLineF bottom = withinRows(b.shownBottom, g.diagram.top(), lowest);
            if (top.isNull() || bottom.isNull())
                continue;
            // Above the band or below it, never across its own arrows; where it hides the fewest other
            // arrows, the middle preferred; nowhere over another label. A label that would hide more than
            // that is left out: the arrows are the picture, and zooming in or hovering brings the words back.
            for (const QString& text : {b.label, b.shortLabel}) {
                if (text.isEmpty() || !b.labelRect.isEmpty())
                    break;
                const QSizeF size = labelSize(text, maxWidth, g);
                int fewest = std::numeric_limits<int>::max();
                for (const bool above : {true, false}) {
                    for (const double at : {0.5, 0.35, 0.65, 0.2, 0.8}) {
                        const QRectF candidate = besideLine(above ? top : bottom, at, size, above, pad,
                                                            allowed.left(), allowed.right());
                        if (!allowed.contains(candidate) || overlapsPlaced(candidate))
                            continue;
                        int crossed = 0;
                        auto other =
                            std::partition_point(m_bundles.cbegin(), m_bundles.cend(), [&](const Bundle& o) {
                                return o.firstSendY < candidate.top() - reach;
                            });
                        for (; other != m_bundles.cend() && other->firstSendY <= candidate.bottom();
                             ++other) {
                            if (&*other == &b || other->lowestY < candidate.top() ||
                                (departedInView && other->sendMin < viewStart()))
                                continue;
                            if (crosses(other->shownTop, candidate) || crosses(other->shownBottom, candidate))
                                ++crossed;
                        }
                        if (crossed <= MaxHidden && crossed < fewest) {
                            fewest = crossed;
                            b.labelRect = candidate;
                            b.shownLabel = text;
                        }
                    }
                }
            }
            if (b.labelRect.isEmpty())
                continue;
            tallest = std::max(tallest, b.labelRect.height());
            m_placed.insert(
                std::upper_bound(m_placed.begin(), m_placed.end(), b.labelRect,
                                 [](const QRectF& l, const QRectF& r) { return l.top() < r.top(); }),
                b.labelRect);
        }
    }
}

QSizeF LadderView::labelSize(const QString& label, double maxWidth, const Geometry& g) const
{
    // Measuring wrapped text is the dearest part of placing labels, and the same labels come back frame
    // after frame ("GET ×6 on 6 connections"): their sizes are kept until the font or the width changes.
    const QFont font = m_context.theme->font(10);
    if (font != m_labelSizeFont || maxWidth != m_labelSizeWidth || m_labelSizes.size() > 4096) {
        m_labelSizes.clear();
        m_labelSizeFont = font;
        m_labelSizeWidth = maxWidth;
    }
    const auto found = m_labelSizes.constFind(label);
    if (found != m_labelSizes.constEnd())
        return *found;
    const double pad = 5 * g.scale;
    const QRectF text =
        QFontMetricsF(font).boundingRect(QRectF(0, 0, maxWidth, 1e6), Qt::TextWordWrap, label);
    const QSizeF size(text.width() + 3 * pad, text.height() + pad);
    m_labelSizes.insert(label, size);
    return size;
}

qsizetype LadderView::drawnArrowCount(const QRectF& target) const
{
    layOut(geometry(target));
    qsizetype count = 0;
    for (const Bundle& b : m_bundles)
        count += b.count;
    return count;
}

QStringList LadderView::drawnLabels(const QRectF& target) const
{
    const Geometry g = geometry(target);
    layOut(g);
    placeLabels(g);
    QStringList labels;
    for (const Bundle& b : m_bundles) {
        if (!b.labelRect.isEmpty())
            labels.append(b.shownLabel);
    }
    return labels;
}

// ---- legend ------------------------------------------------------------------------------------------

double LadderView::layOutLegend(const QRectF& area, bool draw, QPainter* painter) const
{
    const ViewTheme& theme = *m_context.theme;
    if (!draw) {
        m_legend.clear();
        for (Layer layer :
             {Layer::Wire, Layer::Tls, Layer::Http1, Layer::Http2, Layer::WebSocket, Layer::Grpc}) {
            // Only what this session's arrows show: a colour of the theme's key is used if an arrow's
            // kind has it.
            for (const ViewTheme::LegendEntry& entry : theme.legend(layer)) {
                bool used = false;
                for (int kind = 0; kind < 256 && !used; ++kind) {
                    used = m_model.hasKind(layer, quint8(kind)) &&
                           theme.colorFor(Event{.layer = layer, .kind = quint8(kind)}) == entry.color;
                }
                if (used)
                    m_legend.append({entry.label, entry.color, Qt::SolidLine, false, {}});
            }
        }
        m_legend.append({tr("sent together (zoom in to separate)"), theme.muted(), Qt::SolidLine, true, {}});
        if (m_model.finishedNs() >= 0 && m_model.inFlightCount() > 0)
            m_legend.append({tr("not seen arriving"), theme.muted(), Qt::DashLine, false, {}});
    }
    const double s = theme.fontScale();
    const QFont font = theme.font(9);
    const QFontMetricsF metrics(font);
    const double swatch = 26 * s;
    const double spacing = 16 * s;
    const double lineHeight = metrics.height() + 4 * s;
    double x = area.left();
    double y = area.top();
    for (LegendItem& item : m_legend) {
        const double width = swatch + 6 * s + metrics.horizontalAdvance(item.text);
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += lineHeight;
        }
        item.rect = QRectF(x, y, width, lineHeight);
        x += width + spacing;
    }
    const double height = m_legend.isEmpty() ? 0 : y - area.top() + lineHeight;
    if (draw && painter) {
        painter->save();
        painter->setFont(font);
        for (const LegendItem& item : std::as_const(m_legend)) {
            const double mid = item.rect.center().y();
            const QLineF line(item.rect.left(), mid, item.rect.left() + swatch, mid);
            if (item.band) {
                QColor fill = item.color;
                fill.setAlpha(90);
                painter->setPen(Qt::NoPen);
                painter->setBrush(fill);
                painter->drawPolygon(
                    QPolygonF({line.p1() + QPointF(0, -5 * s), line.p2() + QPointF(0, -2 * s),
                               line.p2() + QPointF(0, 4 * s), line.p1() + QPointF(0, 1 * s)}));
            }
            painter->setPen(QPen(item.color, 2.5 * s, item.style, Qt::FlatCap));
            painter->drawLine(line);
            drawArrowHead(*painter, line, item.color, s);
            painter->setPen(theme.foreground());
            painter->drawText(QRectF(item.rect.left() + swatch + 6 * s, item.rect.top(),
                                     item.rect.width() - swatch - 6 * s, item.rect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, item.text);
        }
        painter->restore();
    }
    return height;
}

// ---- drawing -----------------------------------------------------------------------------------------

void LadderView::render(QPainter& painter, const QRectF& target)
{
    const ViewTheme& theme = *m_context.theme;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(target, theme.background());
    const Geometry g = geometry(target);
    const double s = g.scale;

    drawRuler(painter, g);

    // Lifelines.
    painter.setPen(QPen(theme.muted(), 3 * s, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(g.clientX, g.diagram.top()), QPointF(g.clientX, g.diagram.bottom()));
    painter.drawLine(QPointF(g.serverX, g.diagram.top()), QPointF(g.serverX, g.diagram.bottom()));

    layOut(g);
    placeLabels(g);

    // Nothing below the playhead exists yet: clipping there makes arrows in flight end where their unit is.
    const double playheadY = yFor(m_context.clock->position(), g);
    painter.save();
    painter.setClipRect(
        QRectF(g.diagram.left(), g.diagram.top(), g.diagram.width(),
               std::clamp(playheadY, g.diagram.top(), g.diagram.bottom()) - g.diagram.top() + 1));
    drawBundles(painter, g);
    painter.restore();

    for (const Bundle& b : m_bundles) {
        if (b.labelRect.isEmpty())
            continue;
        drawLabelHalo(painter, b.labelRect, false, g);
        drawLabelText(painter, b.labelRect, b.shownLabel, b.color, g);
    }
    drawSelection(painter, g);
    drawTimePlayhead(painter, g);
    drawHeader(painter, g);
    if (g.legend.height() > 0)
        layOutLegend(
            QRectF(g.legend.left() + 10 * s, g.legend.top(), g.legend.width() - 20 * s, g.legend.height()),
            true, &painter);
    painter.restore();
}

void LadderView::drawRuler(QPainter& painter, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    const QFont font = theme.font(9);
    const QFontMetricsF metrics(font);
    painter.save();
    painter.setClipRect(QRectF(g.target.left(), g.diagram.top(), g.target.width(), g.diagram.height()));
    painter.setFont(font);
    const qint64 windowStart = viewStart();
    const qint64 windowEnd = viewStart() + viewSpan();

    // Round trips: alternate bands, one per RTT since the session started, so that arrows can be counted
    // against them.
    const qint64 rtt = m_model.rttNs();
    const qint64 start = m_model.startNs();
    if (rtt > 0 && start >= 0) {
        const double rttPixels = yFor(start + rtt, g) - yFor(start, g);
        const qint64 first = std::max<qint64>(0, (windowStart - start) / rtt);
        const qint64 last = std::max<qint64>(first, (windowEnd - start) / rtt + 1);
        // Mark every n-th multiple (n = 1, 2, 5, 10, ...) so that the marks' labels keep apart; bands
        // alternate between marks.
        qint64 every = 1;
        const double spacing = metrics.height() * 2.2;
        for (qint64 magnitude = 1; every * rttPixels < spacing && magnitude < 1000000000; magnitude *= 10) {
            for (const qint64 factor : {1, 2, 5}) {
                every = factor * magnitude;
                if (every * rttPixels >= spacing)
                    break;
            }
        }
        const qint64 firstMark = first / every * every;
        for (qint64 k = firstMark - firstMark % (2 * every); k <= last; k += 2 * every) {
            const double top = yFor(start + k * rtt, g);
            const double bottom = yFor(start + (k + every) * rtt, g);
            painter.fillRect(QRectF(g.ruler.left(), top, g.diagram.right() - g.ruler.left(), bottom - top),
                             theme.grid());
        }
        const double rttColumn = g.ruler.right() - 6 * s;
        const QFont bold = theme.font(9, true);
        for (qint64 k = (first + every - 1) / every * every; k <= last; k += every) {
            const double y = yFor(start + k * rtt, g);
            QColor line = theme.muted();
            line.setAlpha(150);
            painter.setPen(QPen(line, 1 * s, Qt::DashLine));
            painter.drawLine(QPointF(g.ruler.left() + g.ruler.width() * 0.55, y), QPointF(g.serverX, y));
            painter.setPen(theme.foreground());
            painter.setFont(bold);
            const QString text = k == 0 ? tr("start") : tr("%1 RTT").arg(k);
            painter.drawText(
                QRectF(rttColumn - 200 * s, y - metrics.height() - 1 * s, 200 * s, metrics.height()),
                Qt::AlignRight | Qt::AlignBottom, text);
        }
        painter.setFont(font);
    }

    if (!g.showMilliseconds) {
        painter.restore();
        return;
    }
    // Milliseconds on the shared clock, at a round step.
    const double pixelsPerMs = g.axisHeight / (double(viewSpan()) / 1e6);
    const double wanted = metrics.height() * 3.5 / std::max(pixelsPerMs, 1e-9);
    double step = 1e-3;
    for (double base = 1e-3; base < 1e7; base *= 10) {
        step = base;
        if (base >= wanted)
            break;
        if (2 * base >= wanted) {
            step = 2 * base;
            break;
        }
        if (5 * base >= wanted) {
            step = 5 * base;
            break;
        }
    }
    const int decimals = step >= 1 ? 0 : (step >= 0.1 ? 1 : (step >= 0.01 ? 2 : 3));
    const double firstMs = std::ceil(double(windowStart) / 1e6 / step) * step;
    painter.setPen(theme.muted());
    for (double ms = firstMs; ms * 1e6 <= double(windowEnd); ms += step) {
        const double y = yFor(qint64(ms * 1e6), g);
        painter.drawText(QRectF(g.ruler.left(), y - metrics.height() / 2, g.ruler.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 ms").arg(QLocale().toString(ms, 'f', decimals)));
    }
    painter.restore();
}

void LadderView::drawArrowHead(QPainter& painter, const QLineF& line, const QColor& color, double scale) const
{
    QPainterPath head;
    addArrowHead(head, line, scale);
    painter.fillPath(head, color);
}

void LadderView::drawBundles(QPainter& painter, const Geometry& g) const
{
    const double s = g.scale;
    const qint64 position = m_context.clock->position();
    const bool ended = m_model.finishedNs() >= 0 && position >= m_model.finishedNs();
    // Bands first, under every edge. A band only where it is wider than its edges; its edges are stroked,
    // so the fill needs no antialiasing (which would cost much of a frame with hundreds of bands).
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (const Bundle& b : m_bundles) {
        if (b.count == 1 ||
            std::max(std::abs(b.bottom.y1() - b.top.y1()), std::abs(b.bottom.y2() - b.top.y2())) <= 2 * s)
            continue;
        QColor fill = b.color;
        fill.setAlpha(60);
        painter.setBrush(fill);
        painter.drawPolygon(QPolygonF({b.top.p1(), b.top.p2(), b.bottom.p2(), b.bottom.p1()}));
    }
    painter.restore();

    // Edges and heads gathered by pen, then drawn in a few calls rather than one per arrow.
    m_strokes.clear();
    const auto batch = [this](const QColor& color, Qt::PenStyle style, double width) -> StrokeBatch& {
        for (StrokeBatch& existing : m_strokes) {
            if (existing.color == color && existing.style == style && existing.width == width)
                return existing;
        }
        m_strokes.push_back({color, style, width, {}, {}});
        m_strokes.back().heads.setFillRule(Qt::WindingFill);
        return m_strokes.back();
    };
    for (const Bundle& b : m_bundles) {
        // Dashed: nothing of it was seen arriving before the session ended.
        const Qt::PenStyle style = !b.anyReceived && ended ? Qt::DashLine : Qt::SolidLine;
        StrokeBatch& stroke = batch(b.color, style, (b.count > 1 ? 2.5 : 2.0) * s);
        stroke.lines.push_back(b.top);
        addArrowHead(stroke.heads, b.shownTop, s);
        if (b.count > 1) {
            stroke.lines.push_back(b.bottom);
            if (QLineF(b.shownTop.p2(), b.shownBottom.p2()).length() > 4 * s)
                addArrowHead(stroke.heads, b.shownBottom, s);
        }
    }
    for (const StrokeBatch& stroke : m_strokes) {
        painter.setPen(QPen(stroke.color, stroke.width, stroke.style, Qt::FlatCap));
        painter.drawLines(stroke.lines.data(), int(stroke.lines.size()));
        painter.fillPath(stroke.heads, stroke.color);
    }
}

void LadderView::drawLabelHalo(QPainter& painter, const QRectF& rect, bool selected, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    painter.save();
    QColor halo = theme.background();
    halo.setAlpha(235);
    painter.setPen(selected ? QPen(theme.selection(), 2 * g.scale) : Qt::NoPen);
    painter.setBrush(halo);
    painter.drawRoundedRect(rect, 3 * g.scale, 3 * g.scale);
    painter.restore();
}

void LadderView::drawLabelText(QPainter& painter, const QRectF& rect, const QString& text,
                               const QColor& accent, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    painter.save();
    // A bar in the arrow's colour ties the label to its arrow.
    painter.fillRect(QRectF(rect.left(), rect.top() + 2 * s, 3 * s, rect.height() - 4 * s), accent);
    painter.setPen(theme.foreground());
    painter.setFont(theme.font(10));
    painter.drawText(rect.adjusted(6 * s, 0, -2 * s, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     text);
    painter.restore();
}

void LadderView::drawSelection(QPainter& painter, const Geometry& g) const
{
    const EventSelection& selection = *m_context.selection;
    if (selection.isEmpty() || selection.timeline() != timeline())
        return;
    const std::optional<qsizetype> arrow = m_model.arrowOfEvent(selection.index());
    if (!arrow)
        return;
    const LadderArrow& a = m_model.arrow(*arrow);
    const qint64 position = m_context.clock->position();
    if (a.sendNs > position)
        return;
    const double s = g.scale;
    const QLineF line = visiblePart(arrowLine(*arrow, g.target), a.sendNs, arrowEndNs(a), position);
    const QColor color = m_context.theme->colorFor(a.event);
    painter.save();
    painter.setPen(QPen(m_context.theme->selection(), 7 * s, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(line);
    painter.setPen(QPen(color, 3 * s, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(line);
    drawArrowHead(painter, line, color, s * 1.2);
    painter.restore();

    // The selected unit's own label, even when it travels in a bundle.
    const QString& text = a.label;
    const QFontMetricsF metrics(m_context.theme->font(10));
    const double pad = 5 * s;
    const QSizeF size(metrics.horizontalAdvance(text) + 3 * pad, metrics.height() + pad);
    const QPointF mid = line.center();
    const bool up = a.direction() == Direction::ClientToServer;
    QRectF rect(QPointF(up ? mid.x() + pad : mid.x() - pad - size.width(), mid.y() - pad - size.height()),
                size);
    rect.moveLeft(std::clamp(rect.left(), g.clientX + 2 * s,
                             std::max(g.clientX + 2 * s, g.serverX - 2 * s - rect.width())));
    drawLabelHalo(painter, rect, true, g);
    drawLabelText(painter, rect, text, color, g);
}

void LadderView::drawTimePlayhead(QPainter& painter, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    const qint64 position = m_context.clock->position();
    const double y = yFor(position, g);
    if (y < g.diagram.top() || y > g.diagram.bottom())
        return;
    painter.save();
    painter.setPen(QPen(theme.playhead(), 2 * s));
    painter.drawLine(QPointF(g.ruler.left(), y), QPointF(g.diagram.right() - 4 * s, y));
    const QFont font = theme.font(9, true);
    const QFontMetricsF metrics(font);
    const QString text = tr("%1 ms").arg(msText(position));
    const QRectF pill(g.ruler.left(), y - metrics.height() - 3 * s, metrics.horizontalAdvance(text) + 10 * s,
                      metrics.height() + 2 * s);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.playhead());
    painter.drawRoundedRect(pill, 3 * s, 3 * s);
    painter.setFont(font);
    painter.setPen(theme.background());
    painter.drawText(pill, Qt::AlignCenter, text);
    painter.restore();
}

QString LadderView::connectionsText() const
{
    return tr("%n connection(s)", nullptr, int(m_model.connections().size()));
}

void LadderView::drawHeader(QPainter& painter, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    const double margin = 10 * s;
    painter.save();
    painter.fillRect(g.header, theme.background());

    const QFont counterFont = theme.font(15, true);
    const QFontMetricsF counter(counterFont);
    const QRectF firstRow(g.header.left() + margin, g.header.top() + margin, g.header.width() - 2 * margin,
                          counter.height());
    painter.setFont(counterFont);
    painter.setPen(theme.foreground());
    const QString trips = tr("Round trips: %1").arg(roundTripsShown());
    painter.drawText(firstRow, Qt::AlignLeft | Qt::AlignVCenter, trips);

    QStringList facts;
    if (m_model.startNs() >= 0 && m_model.rttNs() > 0) {
        facts.append(tr("RTT %1 ms").arg(msText(m_model.rttNs(), m_model.rttNs() % 1000000 == 0 ? 0 : 1)));
        const qint64 elapsed = std::max<qint64>(0, m_context.clock->position() - m_model.startNs());
        facts.append(
            tr("%1 RTT elapsed").arg(QLocale().toString(double(elapsed) / double(m_model.rttNs()), 'f', 1)));
    }
    if (!m_model.connections().isEmpty())
        facts.append(connectionsText());
    const QFont factsFont = theme.font(11);
    painter.setFont(factsFont);
    painter.setPen(theme.muted());
    const double tripsWidth = counter.horizontalAdvance(trips) + 24 * s;
    const QRectF factsRect = firstRow.adjusted(tripsWidth, 0, 0, 0);
    // Where the row is short, whole facts make way (the RTT first, which the knobs show) rather than
    // letters being cut off.
    const QFontMetricsF factsMetrics(factsFont);
    while (!facts.isEmpty() &&
           factsMetrics.horizontalAdvance(facts.join(QStringLiteral(" · "))) > factsRect.width())
        facts.removeFirst();
    painter.drawText(factsRect, Qt::AlignRight | Qt::AlignVCenter, facts.join(QStringLiteral(" · ")));

    // The lifelines' heads.
    const QFont headFont = theme.font(12, true);
    const QFontMetricsF head(headFont);
    painter.setFont(headFont);
    const double boxTop = firstRow.bottom() + 8 * s;
    for (const auto& [x, name] : {std::pair{g.clientX, tr("Client")}, std::pair{g.serverX, tr("Server")}}) {
        const double width = head.horizontalAdvance(name) + 24 * s;
        const QRectF box(x - width / 2, boxTop, width, head.height() + 8 * s);
        painter.setPen(QPen(theme.foreground(), 2 * s));
        painter.setBrush(theme.background());
        painter.drawRoundedRect(box, 4 * s, 4 * s);
        painter.drawText(box, Qt::AlignCenter, name);
    }
    painter.restore();
}

// ---- interaction -------------------------------------------------------------------------------------

std::optional<std::pair<qsizetype, qsizetype>> LadderView::hit(const QPointF& point, const Geometry& g) const
{
    const qint64 position = m_context.clock->position();
    const double tolerance = 8 * g.scale;
    double best = tolerance;
    std::optional<qsizetype> found;
    for (qsizetype i = 0; i < qsizetype(m_bundles.size()); ++i) {
        const Bundle& b = m_bundles[size_t(i)];
        const QLineF& top = b.shownTop;
        const QLineF& bottom = b.shownBottom;
        double distance = std::min(distanceToSegment(point, top), distanceToSegment(point, bottom));
        if (b.labelRect.contains(point) ||
            (b.count > 1 &&
             QPolygonF({top.p1(), top.p2(), bottom.p2(), bottom.p1()}).containsPoint(point, Qt::OddEvenFill)))
            distance = 0;
        if (distance < best) {
            best = distance;
            found = i;
        }
    }
    if (!found)
        return std::nullopt;
    const Bundle& b = m_bundles[size_t(*found)];
    qsizetype nearest = b.firstArrow;
    double nearestDistance = std::numeric_limits<double>::max();
    forEachMember(b, [&](qsizetype index, const LadderArrow& a) {
        const QLineF line = visiblePart(arrowLine(index, g.target), a.sendNs, arrowEndNs(a), position);
        const double distance = distanceToSegment(point, line);
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = index;
        }
    });
    return std::pair{*found, nearest};
}

std::optional<qsizetype> LadderView::eventAt(const QPointF& point) const
{
    const Geometry g = geometry(rect());
    layOut(g);
    placeLabels(g);
    const auto found = hit(point, g);
    if (!found)
        return std::nullopt;
    return m_model.arrow(found->second).sendEvent;
}

QString LadderView::toolTipAt(const QPointF& point) const
{
    const Geometry g = geometry(rect());
    layOut(g);
    placeLabels(g);
    const auto found = hit(point, g);
    if (!found)
        return {};
    const Bundle& b = m_bundles[size_t(found->first)];
    if (b.count == 1)
        return arrowToolTip(m_model.arrow(b.firstArrow));
    return bundleToolTip(b);
}

QString LadderView::arrowToolTip(const LadderArrow& a) const
{
    const bool up = a.direction() == Direction::ClientToServer;
    const Event& e = a.event;
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(a.label.toHtmlEscaped()));
    lines.append(tr("%1, %n byte(s), connection %2", nullptr, int(e.size))
                     .arg(TimelineModel::layerLabel(e.layer))
                     .arg(e.connection));
    lines.append(up ? tr("From the client to the server") : tr("From the server to the client"));
    const qint64 rtt = m_model.rttNs();
    if (a.received()) {
        lines.append(tr("Sent at %1 ms, received at %2 ms").arg(msText(a.sendNs, 2), msText(a.receiveNs, 2)));
        if (rtt > 0)
            lines.append(tr("Latency %1 ms = %2 RTT (one way takes RTT/2 = %3 ms)")
                             .arg(msText(a.latencyNs(), 2),
                                  QLocale().toString(double(a.latencyNs()) / double(rtt), 'f', 2),
                                  msText(rtt / 2, 1)));
        else
            lines.append(tr("Latency %1 ms").arg(msText(a.latencyNs(), 2)));
        if (a.receiveNs > m_context.clock->position())
            lines.append(tr("In flight at the playback position."));
    } else if (m_model.finishedNs() >= 0) {
        lines.append(
            tr("Sent at %1 ms; not seen arriving before the session ended.").arg(msText(a.sendNs, 2)));
    } else {
        lines.append(tr("Sent at %1 ms; still in flight.").arg(msText(a.sendNs, 2)));
    }

    QString note;
    switch (e.layer) {
    case Layer::Wire:
        if (e.kind == kindOf(WireKind::Syn))
            note =
                tr("The client asks to open a TCP connection; nothing else can be sent before the answer.");
        else if (e.kind == kindOf(WireKind::SynAck))
            note = tr("The server agrees to open the connection.");
        else if (e.kind == kindOf(WireKind::Ack))
            note = tr("The client confirms; from now on it may send, so its first data follows at once.");
        else
            note = tr("This side has finished sending on this connection.");
        break;
    case Layer::Tls:
        note = e.kind == kindOf(TlsKind::Alert)
                   ? tr("A TLS alert: a warning, an error, or the end of the secure session.")
                   : tr("TLS handshake: client and server agree on keys before the first request may go.");
        break;
    case Layer::Http1:
        if (e.kind == kindOf(Http1Kind::RequestHead))
            note =
                tr("An HTTP/1.1 request: this connection carries nothing else until its response is back.");
        else if (e.kind == kindOf(Http1Kind::ResponseHead) && a.label.startsWith(QLatin1String("101")))
            note = tr("The server switches this connection from HTTP to the WebSocket protocol.");
        else if (e.kind == kindOf(Http1Kind::ResponseHead))
            note = tr("The response's status line and header fields.");
        else
            note = tr("Body bytes of the message.");
        break;
    case Layer::Http2:
        note = e.stream != 0
                   ? tr("An HTTP/2 frame of stream %1: many streams share one connection, so requests "
                        "need not wait for each other.")
                         .arg(e.stream)
                   : tr("An HTTP/2 frame that concerns the whole connection.");
        break;
    case Layer::WebSocket:
        note = tr("A WebSocket frame: once upgraded, either side sends whenever it has something, unasked.");
        break;
    case Layer::Grpc:
        note = tr("A gRPC message: a 5-byte prefix and a Protobuf body, carried in HTTP/2 DATA frames.");
        break;
    case Layer::Session:
        break;
    }
    if (!note.isEmpty())
        lines.append(QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

QString LadderView::bundleToolTip(const Bundle& b) const
{
    const bool up = b.direction == Direction::ClientToServer;
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(b.label.toHtmlEscaped()));
    lines.append((up ? tr("%n unit(s) from the client to the server, %1", nullptr, b.count)
                     : tr("%n unit(s) from the server to the client, %1", nullptr, b.count))
                     .arg(sizeText(b.bytes)));
    lines.append(tr("Sent between %1 and %2 ms").arg(msText(b.sendMin, 2), msText(b.sendMax, 2)));
    if (b.allReceived) {
        lines.append(tr("Received between %1 and %2 ms").arg(msText(b.endMin, 2), msText(b.endMax, 2)));
    }
    lines.append(
        QStringLiteral("<i>%1</i>")
            .arg(tr("They left close together: zoom in (mouse wheel) to see each one.").toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

void LadderView::wheelEvent(QWheelEvent* event)
{
    const auto [top, height] = timeAxis(rect());
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom(std::pow(1.25, steps), timeForX(event->position().y(), top, height));
    event->accept();
}

void LadderView::mousePressEvent(QMouseEvent* event)
{
    m_pressPoint = event->position();
    m_pressStart = viewStart();
    m_dragging = false;
}

void LadderView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPointF moved = event->position() - m_pressPoint;
    if (!m_dragging && moved.manhattanLength() > 4)
        m_dragging = true;
    if (m_dragging) {
        // Dragging down pulls earlier times into view, as with a sheet of paper.
        const double height = timeAxis(rect()).second;
        const qint64 wanted = m_pressStart - qint64(moved.y() / std::max(1.0, height) * double(viewSpan()));
        pan(wanted - viewStart());
    }
}

void LadderView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging && event->button() == Qt::LeftButton) {
        const std::optional<qsizetype> index = eventAt(event->position());
        if (index)
            m_context.selection->select(timeline(), *index);
    }
    m_dragging = false;
}

} // namespace protoviz

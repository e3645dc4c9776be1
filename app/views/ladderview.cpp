#include "app/views/ladderview.h"

#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/ladderscale.h"
#include "app/views/markpainter.h"
#include "app/views/playbackclock.h"
#include "app/views/timelinemodel.h"
#include "app/views/viewtheme.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QWheelEvent>

#include <algorithm>
#include <array>
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
    , m_scale(context.ladderScale)
{
    // Four panes in presentation mode leave a ladder little more than 100 px: the compact header gives the
    // arrows that room rather than the window cutting the drawing off.
    setMinimumSize(320, 100);
    if (m_scale)
        connect(m_scale, &LadderScale::changed, this, qOverload<>(&QWidget::update));
}

LadderView::~LadderView()
{
    if (m_scale)
        m_scale->withdraw(this);
}

void LadderView::hideEvent(QHideEvent* event)
{
    // A hidden ladder must not keep the others small.
    if (m_scale)
        m_scale->withdraw(this);
    TimelineCanvas::hideEvent(event);
}

QString LadderView::title() const
{
    return tr("Ladder");
}

void LadderView::timelineChanged()
{
    m_model.clear();
    m_runs.clear();
    m_legendEvents.clear();
    m_legendScanned = 0;
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
    const QFontMetricsF ruler(theme.font(9));
    const QFontMetricsF rttMarks(theme.font(9, true));

    const double fullHeaderHeight =
        margin + counter.height() + 8 * s + QFontMetricsF(headFont(false)).height() + 14 * s;
    g.compactHeader = fullHeaderHeight > target.height() / 3;
    const QFontMetricsF head(headFont(g.compactHeader));
    const double headerHeight =
        g.compactHeader ? margin / 2 + head.height() + 6 * s + 8 * s : fullHeaderHeight;
    g.header = QRectF(target.left(), target.top(), target.width(), headerHeight);

    // Where the window shows one key for all panes, the drawing keeps the room for its arrows.
    const double legendHeight =
        drawsLegend()
            ? layOutLegend(QRectF(target.left() + margin, 0, target.width() - 2 * margin, 0), false, nullptr)
            : 0.0;
    // On a short pane (four panes in presentation mode) the key would cover the arrows it explains: the
    // arrows come first, and their tooltips still say what each colour means.
    const bool keyFits = legendHeight > 0 && legendHeight + margin <= (target.height() - headerHeight) / 2;
    g.legend = keyFits ? QRectF(target.left(), target.bottom() - legendHeight - margin, target.width(),
                                legendHeight + margin)
                       : QRectF(target.left(), target.bottom(), target.width(), 0);

    const double timeColumn = ruler.horizontalAdvance(QStringLiteral("00000.0 ms"));
    const double rttColumn =
        rttMarks.horizontalAdvance(tr("%1 RTT").arg(std::max<qint64>(88, lastRttMark())));
    // Narrow, as beside the docks on a laptop, the arrows and their labels need the width more than a
    // millisecond ruler does: the playhead and the tooltips still say the time.
    g.showMilliseconds = target.width() >= 560 * s;
    g.ruler = QRectF(target.left() + margin, g.header.bottom(),
                     (g.showMilliseconds ? timeColumn : 0) + rttColumn + 10 * s,
                     std::max(1.0, g.legend.top() - g.header.bottom()));

    // The heads' boxes are the names' width and 12 px on either side (drawHeader()).
    const double boxPad = (g.compactHeader ? 8 : 12) * s;
    g.lanes = clientLanes();
    double widestLane = 0;
    double widestShort = 0;
    for (int lane = 0; lane < g.lanes; ++lane) {
        const QStringList names = laneNames(lane);
        widestLane = std::max(widestLane, head.horizontalAdvance(names.constFirst()));
        widestShort = std::max(widestShort, head.horizontalAdvance(names.value(1, names.constFirst())));
    }
    const double clientHalf = head.horizontalAdvance(laneName(0)) / 2 + boxPad;
    const double lastHalf = head.horizontalAdvance(laneName(g.lanes - 1)) / 2 + boxPad;
    const double serverHalf = head.horizontalAdvance(tr("Server")) / 2 + boxPad;
    // The client's head may reach over the ruler's column (it sits above it); its lifeline stays right of
    // the ruler's marks.
    g.clientX = std::max(g.ruler.right() + 12 * s, target.left() + margin + clientHalf);
    if (g.lanes > 1) {
        // The clients' lifelines side by side, their heads a gap apart where the pane is wide enough; a
        // narrow pane keeps most of the width for the arrows to the server, and the heads' names shrink
        // (drawHeads()).
        const double room = target.right() - margin - serverHalf - g.clientX;
        const double share = room * 0.45 / double(g.lanes - 1);
        const double wanted = widestLane + 2 * boxPad + margin / 2;
        // Too narrow for the names, the heads show short ones ("C2", heads()) in the font of the others
        // rather than shrinking: the arrows give up a little more width to keep those legible.
        const double wantedShort = widestShort + 2 * 3 * s + 4 * s + s;
        g.laneStep =
            std::max(16 * s, wanted <= share
                                 ? wanted
                                 : std::max(share, std::min(wantedShort, room * 0.6 / double(g.lanes - 1))));
    }
    // The heads never touch, however narrow the pane: a gap as wide as a margin at least between them.
    g.serverX = std::max(g.lastLaneX() + std::max(80 * s, lastHalf + serverHalf + margin),
                         target.right() - margin - std::max(serverHalf, 24 * s));
    g.diagram =
        QRectF(g.ruler.right(), g.header.bottom(), target.right() - g.ruler.right(), g.ruler.height());

    // Room above the first arrow for its label, and below the last for the playhead's.
    const double pad = std::min(g.diagram.height() / 4, QFontMetricsF(theme.font(10)).height() * 1.5);
    g.axisTop = g.diagram.top() + pad;
    g.pixelsPerNs = std::max(1.0, g.diagram.height() - 2 * pad) / double(std::max<qint64>(1, shownSpan()));
    // On screen and fitting, all ladders of the window draw at the scale the shortest of them allows.
    if (m_scale && isFitting() && target == QRectF(rect()))
        g.pixelsPerNs = m_scale->offer(this, g.pixelsPerNs);
    g.axisHeight = double(viewSpan()) * g.pixelsPerNs;
    return g;
}

int LadderView::clientLanes() const
{
    return std::clamp(m_model.clientCount(), 1, MaxClientLanes);
}

int LadderView::laneOf(const LadderArrow& arrow) const
{
    return std::min(m_model.clientOf(arrow.event.connection), clientLanes() - 1);
}

QStringList LadderView::laneNames(int lane) const
{
    const int clients = m_model.clientCount();
    if (clients <= 1)
        return {laneName(lane)};
    if (lane == MaxClientLanes - 1 && clients > MaxClientLanes)
        return {laneName(lane),
                tr("C%1–%2", "short for \"Clients %1–%2\" where the lifelines stand close")
                    .arg(lane + 1)
                    .arg(clients),
                QStringLiteral("%1–%2").arg(lane + 1).arg(clients)};
    return {laneName(lane),
            tr("C%1", "short for \"Client %1\" where the lifelines stand close").arg(lane + 1),
            QString::number(lane + 1)};
}

QString LadderView::laneName(int lane) const
{
    const int clients = m_model.clientCount();
    if (clients <= 1)
        return tr("Client");
    if (lane == MaxClientLanes - 1 && clients > MaxClientLanes)
        return tr("Clients %1–%2").arg(lane + 1).arg(clients);
    return tr("Client %1").arg(lane + 1);
}

qint64 LadderView::shownSpan() const
{
    if (!isFitting())
        return viewSpan();
    // The base fits the window to this timeline; the longest session on the shared clock sets every
    // pane's scale instead (with the same room below the end).
    const qint64 end = m_context.clock->end();
    return std::max(viewSpan(), end + end / 20);
}

qint64 LadderView::lastRttMark() const
{
    const qint64 rtt = m_model.rttNs();
    if (rtt <= 0 || m_model.startNs() < 0)
        return 0;
    return (viewStart() + shownSpan() - m_model.startNs()) / rtt + 1;
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
    const double clientX = g.laneX(laneOf(a));
    return QLineF(up ? clientX : g.serverX, yFor(a.sendNs, g), up ? g.serverX : clientX,
                  yFor(arrowEndNs(a), g));
}

// ---- layout ------------------------------------------------------------------------------------------

template <typename Visit>
void LadderView::forEachMember(const Bundle& bundle, Visit&& visit) const
{
    // A bundle's members are the arrows of its direction between its first and last position that the
    // layout took: grouping is sequential per direction, so nothing of that direction lies between them
    // that belongs to another bundle.
    const qint64 drawEnd = std::min(m_context.clock->position(), viewStart() + shownSpan());
    const QList<qsizetype>& order = m_model.bySend();
    for (qsizetype i = bundle.firstOrder; i <= bundle.lastOrder; ++i) {
        const LadderArrow& a = m_model.arrow(order.at(i));
        if (a.routine || a.direction() != bundle.direction || a.sendNs > drawEnd ||
            arrowEndNs(a) < viewStart() || laneOf(a) != bundle.lane)
            continue;
        visit(order.at(i), a);
    }
}

void LadderView::layOut(const Geometry& g) const
{
    m_bundles.clear();
    m_shownRuns.clear();
    if (!timeline() || m_model.isEmpty())
        return;
    const qint64 position = m_context.clock->position();
    const qint64 windowStart = viewStart();
    const qint64 drawEnd = std::min(position, windowStart + shownSpan());
    // Arrows sent closer than a label's height on screen cannot each have a label: they travel as one.
    const double gap = QFontMetricsF(m_context.theme->font(10)).height();
    const double longest = 3 * gap;
    const bool stepsApart =
        yFor(windowStart + m_model.oneWayNs(), g) - yFor(windowStart, g) >= MinStepPixels * g.scale;
    const QList<qsizetype>& order = m_model.bySend();
    // Per direction and client lifeline: what the server sends to each client is an arrow (or band) of
    // its own, so that a fan-out shows.
    std::array<std::array<qsizetype, MaxClientLanes>, 2> open;
    for (auto& perLane : open)
        perLane.fill(-1);
    for (qsizetype i = m_model.firstSentAtOrAfter(windowStart - m_model.longestLatencyNs()); i < order.size();
         ++i) {
        const LadderArrow& a = m_model.arrow(order.at(i));
        if (a.sendNs > drawEnd)
            break;
        const qint64 end = arrowEndNs(a);
        if (end < windowStart || a.routine)
            continue;
        const int side = a.direction() == Direction::ClientToServer ? 0 : 1;
        const int lane = laneOf(a);
        const double y = yFor(a.sendNs, g);
        if (open[side][lane] >= 0) {
            Bundle& b = m_bundles[size_t(open[side][lane])];
            // One flight only: what a side sends after hearing back on that connection answers something,
            // and must show as the next step of the ladder (unless it left in the same instant, or the
            // steps are too close on screen to tell apart anyway).
            const Origin sender = side == 0 ? Origin::Client : Origin::Server;
            const bool oneFlight = !stepsApart || a.sendNs - b.sendMax <= SameMomentNs ||
                                   !m_model.receivedBetween(sender, a.event.connection, b.sendMin, a.sendNs);
            // The upgrade to WebSocket and its 101 are the turn in the story: each keeps its own arrow.
            const bool alone = a.standsAlone || m_model.arrow(b.firstArrow).standsAlone;
            if (y - b.lastSendY <= gap && y - b.firstSendY <= longest && oneFlight && !alone) {
                ++b.count;
                b.bytes += a.event.size;
                b.sendMax = a.sendNs;
                b.endMin = std::min(b.endMin, end);
                b.endMax = std::max(b.endMax, end);
                b.allReceived = b.allReceived && a.received();
                b.anyReceived = b.anyReceived || a.received();
                b.allNeverRead = b.allNeverRead && m_model.neverRead(a);
                b.manyConnections =
                    b.manyConnections || a.event.connection != m_model.arrow(b.firstArrow).event.connection;
                b.lastSendY = y;
                b.lastOrder = i;
                continue;
            }
        }
        open[side][lane] = qsizetype(m_bundles.size());
        Bundle b;
        b.direction = a.direction();
        b.lane = lane;
        b.firstOrder = b.lastOrder = i;
        b.firstArrow = order.at(i);
        b.count = 1;
        b.bytes = a.event.size;
        b.sendMin = b.sendMax = a.sendNs;
        b.endMin = b.endMax = end;
        b.allReceived = b.anyReceived = a.received();
        b.allNeverRead = m_model.neverRead(a);
        b.firstSendY = b.lastSendY = y;
        m_bundles.push_back(std::move(b));
    }

    for (Bundle& b : m_bundles) {
        const bool up = b.direction == Direction::ClientToServer;
        const double from = up ? g.laneX(b.lane) : g.serverX;
        const double to = up ? g.serverX : g.laneX(b.lane);
        b.top = QLineF(from, yFor(b.sendMin, g), to, yFor(b.endMin, g));
        b.bottom = QLineF(from, yFor(b.sendMax, g), to, yFor(b.endMax, g));
        b.shownTop = visiblePart(b.top, b.sendMin, b.endMin, position);
        b.shownBottom = visiblePart(b.bottom, b.sendMax, b.endMax, position);
        b.lowestY = std::max(b.shownTop.p2().y(), b.shownBottom.p2().y());
        if (b.count == 1) {
            const Event& unit = m_model.arrow(b.firstArrow).event;
            b.color = m_context.theme->colorFor(unit);
            b.mark = m_context.theme->markFor(unit);
            b.style = m_context.theme->penStyleFor(unit);
            b.distinctive = m_model.arrow(b.firstArrow).distinctive;
            b.namesCall = b.distinctive && !m_model.arrow(b.firstArrow).call.isEmpty();
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
            b.distinctive =
                std::any_of(m_familyCounts.cbegin(), m_familyCounts.cend(),
                            [this](const FamilyCount& f) { return m_model.arrow(f.firstArrow).distinctive; });
            b.namesCall =
                std::any_of(m_familyCounts.cbegin(), m_familyCounts.cend(), [this](const FamilyCount& f) {
                    const LadderArrow& a = m_model.arrow(f.firstArrow);
                    return a.distinctive && !a.call.isEmpty();
                });
            const auto most =
                std::max_element(m_familyCounts.cbegin(), m_familyCounts.cend(),
                                 [](const FamilyCount& l, const FamilyCount& r) {
                                     return std::pair{l.bytes, l.count} < std::pair{r.bytes, r.count};
                                 });
            const Event& unit = m_model.arrow(most->firstArrow).event;
            b.color = m_context.theme->colorFor(unit);
            b.mark = m_context.theme->markFor(unit);
            b.style = m_context.theme->penStyleFor(unit);
        }
        b.label = bundleLabel(b, &b.shortLabel, &b.tellingLabel);
    }
    joinFanOutLabels();
    layOutRuns(g);
}

void LadderView::joinFanOutLabels() const
{
    if (clientLanes() < 2)
        return;
    // The one text all of a bundle's units carry ("text frame"), empty where they differ.
    const auto copyText = [this](const Bundle& b) {
        if (b.count == 1)
            return b.label;
        QString text = m_model.arrow(b.firstArrow).label;
        forEachMember(b, [&text](qsizetype, const LadderArrow& a) {
            if (a.label != text)
                text.clear();
        });
        return text;
    };
    std::vector<size_t> group;
    for (size_t i = 0; i < m_bundles.size(); ++i) {
        Bundle& lead = m_bundles[i];
        if (lead.direction != Direction::ServerToClient || lead.jointCopy || lead.distinctive)
            continue;
        // Copies carry the same units: one text for all of them, or the same list ("text frame, close
        // frame, FIN").
        QString text = copyText(lead);
        if (text.isEmpty())
            text = lead.label;
        // Bundles are in the order they left: the copies of one update follow the first within an instant.
        group.assign(1, i);
        quint32 lanes = 1u << lead.lane;
        for (size_t j = i + 1; j < m_bundles.size() && m_bundles[j].sendMin - lead.sendMin <= SameMomentNs;
             ++j) {
            const Bundle& copy = m_bundles[j];
            if (copy.direction != lead.direction || copy.jointCopy || (lanes >> copy.lane & 1u) ||
                (copy.label != lead.label && copyText(copy) != text))
                continue;
            lanes |= 1u << copy.lane;
            group.push_back(j);
        }
        if (group.size() < 2)
            continue;
        QSet<int> clients;
        for (const size_t member : group) {
            forEachMember(m_bundles[member], [this, &clients](qsizetype, const LadderArrow& a) {
                clients.insert(m_model.clientOf(a.event.connection));
            });
            m_bundles[member].jointCopy = member != i;
        }
        lead.label = tr("%1 → %n client(s)", nullptr, int(clients.size())).arg(text);
        if (!lead.shortLabel.isEmpty())
            lead.shortLabel = tr("%1 → %n client(s)", nullptr, int(clients.size())).arg(lead.shortLabel);
    }
}

void LadderView::layOutRuns(const Geometry& g) const
{
    m_runs.update(m_model, clientLanes(), [this](const LadderArrow& a) { return laneOf(a); });
    const qint64 position = m_context.clock->position();
    const qint64 windowStart = viewStart();
    const qint64 windowEnd = windowStart + shownSpan();
    // A flight needs a label's height of its own to be labelled; packed closer, its run is told as one.
    const double flightRoom = QFontMetricsF(m_context.theme->font(10)).height() + 5 * g.scale;
    for (const LadderRun& run : m_runs.runs()) {
        ShownRun shown;
        shown.lane = run.lane;
        shown.call = run.call;
        shown.startNs = run.flights.constFirst().sendMinNs;
        int flights = 0;
        for (const LadderRun::Flight& f : run.flights) {
            if (f.sendMinNs > position)
                break;
            ++flights;
            shown.calls += f.opensCall ? 1 : 0;
            shown.lastSendNs = std::max(shown.lastSendNs, f.sendMaxNs);
            shown.endNs = std::max(shown.endNs, f.endMaxNs);
        }
        shown.endNs = std::min(shown.endNs, position);
        if (shown.calls < LadderRuns::MinCalls || shown.endNs < windowStart || shown.startNs > windowEnd)
            continue;
        shown.top = yFor(shown.startNs, g);
        shown.bottom = yFor(shown.endNs, g);
        if ((shown.bottom - shown.top) / flights >= flightRoom)
            continue;
        shown.rounds = m_model.roundTripsBetween(shown.startNs, shown.endNs);
        shown.label = shown.rounds > 0
                          ? tr("%1 ×%2 · %3 RTT").arg(shown.call).arg(shown.calls).arg(shown.rounds)
                          : tr("%1 ×%2").arg(shown.call).arg(shown.calls);
        m_shownRuns.push_back(std::move(shown));
    }
    if (m_shownRuns.empty())
        return;
    // A bundle the run passes through is told by the run's label, unless it carries something the label
    // does not name: a telling message of no call (a NewSessionTicket between two calls), or another call.
    const auto namedByRun = [this](const LadderArrow& a, int lane) {
        return std::any_of(m_shownRuns.cbegin(), m_shownRuns.cend(), [&](const ShownRun& run) {
            return run.lane == lane && run.call == a.call && a.sendNs >= run.startNs &&
                   a.sendNs <= run.lastSendNs;
        });
    };
    for (Bundle& b : m_bundles) {
        b.inRun = std::any_of(m_shownRuns.cbegin(), m_shownRuns.cend(), [&b](const ShownRun& run) {
            return b.lane == run.lane && b.sendMax >= run.startNs && b.sendMin <= run.lastSendNs;
        });
        if (!b.inRun)
            continue;
        forEachMember(b, [&](qsizetype, const LadderArrow& a) {
            if (a.call.isEmpty() ? a.distinctive : !namedByRun(a, b.lane))
                b.inRun = false;
        });
    }
}

QString LadderView::bundleLabel(const Bundle& b, QString* shortLabel, QString* tellingLabel) const
{
    shortLabel->clear();
    tellingLabel->clear();
    if (b.count == 1) {
        // Sizes are worth reading where they are large (a certificate, a body), not on every small frame.
        const LadderArrow& a = m_model.arrow(b.firstArrow);
        // Where the whole label does not fit, what kind of unit it is ("GET", "HEADERS GetItem").
        const QString& family = m_model.families().at(a.family);
        if (family != a.label)
            *shortLabel = family;
        // A unit named "kind: content" (a QUIC packet: "Initial: CRYPTO ClientHello") is at least its kind.
        else if (const qsizetype colon = a.label.indexOf(QLatin1String(": ")); colon > 0)
            *shortLabel = a.label.left(colon);
        if (a.distinctive)
            *tellingLabel = a.label;
        return a.event.size >= WorthStatingBytes ? tr("%1 · %2").arg(a.label, sizeText(a.event.size))
                                                 : a.label;
    }
    // By family in the order first sent, a family of one by its own name: "ServerHello, ChangeCipherSpec,
    // ..., Finished", "NewSessionTicket ×2, 200 OK, body", "GET ×6". m_familyCounts holds this bundle's
    // families: layOut() just counted them.
    // What tells this scenario from the other (Certificate, early data, an alert) comes first, so that
    // neither the list's end nor a short label loses it; the rest in the order sent.
    std::stable_partition(m_familyCounts.begin(), m_familyCounts.end(),
                          [this](const FamilyCount& f) { return m_model.arrow(f.firstArrow).distinctive; });
    QStringList parts;
    for (const FamilyCount& f : m_familyCounts) {
        if (parts.size() == NamedFamilies) {
            parts.append(QStringLiteral("…"));
            break;
        }
        parts.append(f.count > 1 ? tr("%1 ×%2").arg(m_model.families().at(f.family)).arg(f.count)
                                 : m_model.arrow(f.firstArrow).label);
    }
    // Units named "kind: content" (QUIC packets: "1-RTT: STREAM") say their kind once for a row of them.
    for (qsizetype i = parts.size() - 1; i > 0; --i) {
        const qsizetype colon = parts.at(i).indexOf(QLatin1String(": "));
        if (colon > 0 && parts.at(i - 1).startsWith(QStringView(parts.at(i)).left(colon + 2)))
            parts[i].remove(0, colon + 2);
    }
    QString text = parts.join(QStringLiteral(", "));
    // Calls that tell one another apart (ListItems, UploadItems) are all named where they leave together.
    QStringList calls;
    for (qsizetype i = 0; i < std::min(parts.size(), qsizetype(m_familyCounts.size())); ++i) {
        const LadderArrow& a = m_model.arrow(m_familyCounts.at(size_t(i)).firstArrow);
        if (a.distinctive && !a.call.isEmpty())
            calls.append(parts.at(i));
    }
    if (calls.size() > 1) {
        const QString named = calls.join(QStringLiteral(", "));
        *tellingLabel = parts.size() > calls.size() ? tr("%1 …").arg(named) : named;
        *shortLabel = *tellingLabel;
    } else {
        if (b.distinctive)
            *tellingLabel = parts.size() > 1 ? tr("%1 …").arg(parts.constFirst()) : parts.constFirst();
        // A flight of many messages (a TLS server's) is still named by where it begins and ends when the
        // whole list does not fit: "ServerHello … Finished".
        if (parts.size() > 2)
            *shortLabel = parts.constLast() == QStringLiteral("…")
                              ? tr("%1 …").arg(parts.constFirst())
                              : tr("%1 … %2").arg(parts.constFirst(), parts.constLast());
    }
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
    const double maxWidth = labelWidthLimit(g);
    // Labels stay between the lifelines and above the playhead: below it nothing has happened yet.
    const double lowest = std::min(g.diagram.bottom(), yFor(position, g));
    const QRectF allowed(g.clientX + 2 * s, g.diagram.top(), g.serverX - g.clientX - 4 * s,
                         lowest - g.diagram.top());
    placeRunLabels(g, allowed);
    // Bundles are in the order they left; how far below its departure any reaches bounds which of them
    // can pass a label.
    double reach = 0;
    for (Bundle& b : m_bundles) {
        b.labelRect = QRectF();
        reach = std::max(reach, b.lowestY - b.firstSendY);
    }
    double tallest = 0; // of the labels placed, which m_placed keeps sorted by top
    for (const QRectF& placed : m_placed)
        tallest = std::max(tallest, placed.height());
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
    // What tells the scenario apart (the WebSocket upgrade and its 101, a certificate, early data) is
    // labelled before anything else can take its room, even over other arrows.
    // Tiers: 0 the upgrade and its 101, 1 the calls that tell one another apart (GetItem, ListItems),
    // 2 other telling messages, 3 the rest.
    const auto tierOf = [this](const Bundle& b) {
        if (b.count == 1 && m_model.arrow(b.firstArrow).standsAlone)
            return 0;
        return b.namesCall ? 1 : (b.distinctive ? 2 : 3);
    };
    for (int pass = 0; pass < 8; ++pass) {
        const int tier = pass / 2;
        const bool departedInView = pass % 2 == 0;
        for (Bundle& b : m_bundles) {
            if (b.label.isEmpty() || b.inRun || b.jointCopy || (b.sendMin >= viewStart()) != departedInView ||
                tierOf(b) != tier)
                continue;
            // Labels go beside what can be seen of the arrow: zoomed in, that is a short piece of it.
            const QLineF top = withinRows(b.shownTop, g.diagram.top(), lowest);
            const QLineF bottom = withinRows(b.shownBottom, g.diagram.top(), lowest);
            if (top.isNull() || bottom.isNull())
                continue;
            // Above the band or below it, never across its own arrows; where it hides the fewest other
            // arrows, the middle preferred; nowhere over another label. A label that would hide more than
            // tolerated is left out: the arrows are the picture, and zooming in or hovering brings the words
            // back.
            const auto place = [&](const QString& text, int tolerated) {
                const QSizeF size = labelSize(text, maxWidth, g);
                int fewest = std::numeric_limits<int>::max();
                // The story's turn may stand a label's height further off its arrow where the
                // clients' upgrades happen together and their labels would stack.
                const int shifts = tier == 0 ? 2 : 1;
                for (int shift = 0; shift < shifts && b.labelRect.isEmpty(); ++shift) {
                    for (const bool above : {true, false}) {
                        for (const double at : {0.5, 0.35, 0.65, 0.2, 0.8}) {
                            const QRectF candidate =
                                besideLine(above ? top : bottom, at, size, above, pad, allowed.left(),
                                           allowed.right())
                                    .translated(0, (above ? -1 : 1) * shift * (size.height() + s));
                            if (!allowed.contains(candidate) || overlapsPlaced(candidate))
                                continue;
                            int crossed = 0;
                            // A label belongs to the arrow beside it: where another arrow passes between the
                            // two, a reader would pin it on the wrong one.
                            const QPointF anchor = (above ? top : bottom).pointAt(at);
                            const QLineF tie(anchor, candidate.center());
                            auto other = std::partition_point(
                                m_bundles.cbegin(), m_bundles.cend(),
                                [&](const Bundle& o) { return o.firstSendY < candidate.top() - reach; });
                            for (; other != m_bundles.cend() && other->firstSendY <= candidate.bottom();
                                 ++other) {
                                if (&*other == &b || other->lowestY < candidate.top() ||
                                    (departedInView && other->sendMin < viewStart()))
                                    continue;
                                if (crosses(other->shownTop, candidate) ||
                                    crosses(other->shownBottom, candidate))
                                    ++crossed;
                                if (tie.length() > 0 &&
                                    (tie.intersects(other->shownTop) == QLineF::BoundedIntersection ||
                                     tie.intersects(other->shownBottom) == QLineF::BoundedIntersection))
                                    crossed = std::numeric_limits<int>::max() / 2;
                            }
                            // Stood off its arrow, a label must still be seen to belong to it: no arrow
                            // between.
                            const bool tied = shift == 0 || crossed < std::numeric_limits<int>::max() / 2;
                            if (tied && crossed <= tolerated && crossed < fewest) {
                                fewest = crossed;
                                b.labelRect = candidate;
                                b.shownLabel = text;
                            }
                        }
                    }
                }
            };
            // The story's turn (the upgrade, its 101) is labelled even over other arrows; what else tells
            // the scenario apart may hide one arrow more than the rest.
            const bool telling = tier == 1 || tier == 2;
            const int tolerated = tier == 0 ? std::numeric_limits<int>::max() : MaxHidden + (telling ? 1 : 0);
            for (const QString& text : {b.label, b.shortLabel}) {
                if (text.isEmpty() || !b.labelRect.isEmpty())
                    break;
                place(text, tolerated);
            }
            // The message that makes the scenario's point is never left unnamed: where the ladder is too
            // dense for it to sit clear, it is named alone ("Certificate …") over whatever arrows it must.
            if (telling) {
                for (const QString& text : {b.tellingLabel, b.shortLabel}) {
                    if (!b.labelRect.isEmpty())
                        break;
                    if (!text.isEmpty())
                        place(text, std::numeric_limits<int>::max());
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

void LadderView::placeRunLabels(const Geometry& g, const QRectF& allowed) const
{
    const double maxWidth = labelWidthLimit(g);
    for (ShownRun& run : m_shownRuns) {
        run.labelRect = QRectF();
        const double top = std::max(run.top, allowed.top());
        const double bottom = std::min(run.bottom, allowed.bottom());
        if (bottom < top)
            continue;
        const QSizeF size = labelSize(run.label, maxWidth, g);
        const double x = std::clamp((g.laneX(run.lane) + g.serverX - size.width()) / 2, allowed.left(),
                                    std::max(allowed.left(), allowed.right() - size.width()));
        const double middle = (top + bottom) / 2 - size.height() / 2;
        // In the middle of its band, over its own arrows (it stands for them); where the runs of other
        // clients are there at the same time, their labels stack.
        for (const double shift : {0.0, -1.0, 1.0, -2.0, 2.0}) {
            const QRectF candidate(QPointF(x, middle + shift * (size.height() + g.scale)), size);
            if (!allowed.contains(candidate) ||
                std::any_of(m_placed.cbegin(), m_placed.cend(),
                            [&candidate](const QRectF& placed) { return placed.intersects(candidate); }))
                continue;
            run.labelRect = candidate;
            m_placed.insert(
                std::upper_bound(m_placed.begin(), m_placed.end(), candidate,
                                 [](const QRectF& l, const QRectF& r) { return l.top() < r.top(); }),
                candidate);
            break;
        }
    }
}

double LadderView::runBracketX(const ShownRun& run, const Geometry& g) const
{
    return g.serverX + (9 + 6 * run.lane) * g.scale;
}

void LadderView::drawRuns(QPainter& painter, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    painter.save();
    QColor shade = theme.foreground();
    shade.setAlpha(20);
    for (const ShownRun& run : m_shownRuns) {
        painter.fillRect(QRectF(QPointF(g.laneX(run.lane), run.top), QPointF(g.serverX, run.bottom)), shade);
        // A bracket beside the server's lifeline spans the run: what its label counts. Its ends stand a
        // little in, so that the brackets of two runs in a row read as two.
        const double x = runBracketX(run, g);
        const double tick = 4 * s;
        const double inset = run.bottom - run.top > 8 * s ? 2 * s : 0.0;
        painter.setPen(QPen(theme.foreground(), 2 * s, Qt::SolidLine, Qt::FlatCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(
            QPolygonF({QPointF(x - tick, run.top + inset), QPointF(x, run.top + inset),
                       QPointF(x, run.bottom - inset), QPointF(x - tick, run.bottom - inset)}));
    }
    painter.restore();
}

QString LadderView::runToolTip(const ShownRun& run) const
{
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(run.label.toHtmlEscaped()));
    lines.append(tr("%n %1 request(s) one after another, sent between %2 and %3 ms", nullptr, run.calls)
                     .arg(run.call.toHtmlEscaped(), msText(run.startNs, 2), msText(run.lastSendNs, 2)));
    if (run.rounds > 0)
        lines.append(
            run.rounds >= run.calls
                ? tr("They took %n round trip(s): each request waited for the answer to the one before.",
                     nullptr, run.rounds)
                : tr("They took %n round trip(s).", nullptr, run.rounds));
    lines.append(QStringLiteral("<i>%1</i>")
                     .arg(tr("Too close together to label one by one at this zoom: zoom in (mouse wheel) to "
                             "see each one.")
                              .toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

double LadderView::labelWidthLimit(const Geometry& g) const
{
    return std::max(60 * g.scale, (g.serverX - g.clientX) * 0.7);
}

QSizeF LadderView::labelSize(const QString& label, double maxWidth, const Geometry& g) const
{
    // Measuring wrapped text is the dearest part of placing labels, and the same labels come back frame
    // after frame ("GET ×6 on 6 connections"): their sizes are kept until the font or the width changes.
    return wrapLabel(label, maxWidth, g).size;
}

LadderView::WrappedLabel LadderView::wrapLabel(const QString& label, double maxWidth, const Geometry& g) const
{
    const QFont font = m_context.theme->font(10);
    if (font != m_labelSizeFont || maxWidth != m_labelSizeWidth || m_labelSizes.size() > 4096) {
        m_labelSizes.clear();
        m_labelSizeFont = font;
        m_labelSizeWidth = maxWidth;
    }
    const auto found = m_labelSizes.constFind(label);
    if (found != m_labelSizes.constEnd())
        return *found;
    // Broken by hand rather than by QPainter's word wrap, so that each line drawn is known and noted whole.
    const QFontMetricsF metrics(font);
    WrappedLabel wrapped;
    double widest = 0;
    QString line;
    for (const QString& word : label.split(QLatin1Char(' '))) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > maxWidth) {
            widest = std::max(widest, metrics.horizontalAdvance(line));
            wrapped.lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    widest = std::max(widest, metrics.horizontalAdvance(line));
    wrapped.lines.append(line);
    const double pad = 5 * g.scale;
    wrapped.size = QSizeF(std::ceil(widest) + 3 * pad, metrics.height() * double(wrapped.lines.size()) + pad);
    m_labelSizes.insert(label, wrapped);
    return wrapped;
}

qsizetype LadderView::drawnArrowCount(const QRectF& target) const
{
    layOut(geometry(target));
    qsizetype count = 0;
    for (const Bundle& b : m_bundles)
        count += b.count;
    return count;
}

qsizetype LadderView::drawnBundleCount(const QRectF& target) const
{
    layOut(geometry(target));
    return qsizetype(m_bundles.size());
}

QStringList LadderView::placedLabels(const QRectF& target) const
{
    const Geometry g = geometry(target);
    layOut(g);
    placeLabels(g);
    QStringList labels;
    for (const ShownRun& run : m_shownRuns) {
        if (!run.labelRect.isEmpty())
            labels.append(run.label);
    }
    for (const Bundle& b : m_bundles) {
        if (!b.labelRect.isEmpty())
            labels.append(b.shownLabel);
    }
    return labels;
}

// ---- legend ------------------------------------------------------------------------------------------

void LadderView::collectLegend() const
{
    const ViewTheme& theme = *m_context.theme;
    // Several meanings share a colour and differ in their mark (TCP handshake, FIN and RST; a TLS
    // handshake and close_notify): the key is collected by meaning, from the units the arrows show.
    if (m_legendScanned > m_model.size()) {
        m_legendEvents.clear();
        m_legendScanned = 0;
    }
    for (; m_legendScanned < m_model.size(); ++m_legendScanned) {
        const Event& unit = m_model.arrow(m_legendScanned).event;
        const QString label = theme.entryFor(unit).label;
        if (std::none_of(m_legendEvents.cbegin(), m_legendEvents.cend(),
                         [&](const Event& e) { return theme.entryFor(e).label == label; }))
            m_legendEvents.append(unit);
    }
    m_legend.clear();
    for (const Event& unit : std::as_const(m_legendEvents))
        m_legend.append({theme.swatchFor(theme.entryFor(unit)), {}});
    // Bands depend on the zoom, which the key must not follow frame by frame (its height sets the axis).
    const double scale = theme.fontScale();
    if (m_model.size() > 1)
        m_legend.append({arrowSwatch(tr("sent together (zoom in to separate)"), theme.muted(), Qt::SolidLine,
                                     true, scale),
                         {}});
    if (m_model.finishedNs() >= 0 && m_model.anyShownUnreceived())
        m_legend.append(
            {arrowSwatch(tr("not seen arriving"), theme.muted(), Qt::DashLine, false, scale), {}});
    if (m_model.anyShownNeverRead())
        m_legend.append({arrowSwatch(tr("never read: the receiver had closed"), theme.muted(), Qt::SolidLine,
                                     false, scale),
                         {}});
}

QList<LegendSwatch> LadderView::legendSwatches() const
{
    collectLegend();
    QList<LegendSwatch> swatches;
    for (const LegendItem& item : std::as_const(m_legend))
        swatches.append(item.swatch);
    return swatches;
}

LegendSwatch LadderView::arrowSwatch(const QString& text, const QColor& color, Qt::PenStyle style, bool band,
                                     double scale)
{
    const QString look =
        QStringLiteral("arrow %1 %2%3")
            .arg(color.name(), style == Qt::DashLine ? QStringLiteral("dashed") : QStringLiteral("solid"),
                 band ? QStringLiteral(" band") : QString());
    return {text, look, [color, style, band, scale](QPainter& painter, const QRectF& box) {
                const double s = scale;
                const double mid = box.center().y();
                const QLineF line(box.left(), mid, box.right(), mid);
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                if (band) {
                    QColor fill = color;
                    fill.setAlpha(90);
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(fill);
                    painter.drawPolygon(
                        QPolygonF({line.p1() + QPointF(0, -5 * s), line.p2() + QPointF(0, -2 * s),
                                   line.p2() + QPointF(0, 4 * s), line.p1() + QPointF(0, 1 * s)}));
                }
                painter.setPen(QPen(color, 2.5 * s, style, Qt::FlatCap));
                painter.drawLine(line);
                QPainterPath head;
                addArrowHead(head, line, s);
                painter.fillPath(head, color);
                painter.restore();
            }};
}

double LadderView::layOutLegend(const QRectF& area, bool draw, QPainter* painter) const
{
    const ViewTheme& theme = *m_context.theme;
    if (!draw)
        collectLegend();
    const double s = theme.fontScale();
    const QFont font = theme.font(9);
    const QFontMetricsF metrics(font);
    const double swatch = 26 * s;
    const double spacing = 16 * s;
    const double lineHeight = metrics.height() + 4 * s;
    double x = area.left();
    double y = area.top();
    for (LegendItem& item : m_legend) {
        const double width = swatch + 6 * s + metrics.horizontalAdvance(item.swatch.label);
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
            item.swatch.paint(*painter, QRectF(item.rect.left(), item.rect.top() + 2 * s, swatch,
                                               item.rect.height() - 4 * s));
            painter->setPen(theme.foreground());
            const QRectF text(item.rect.left() + swatch + 6 * s, item.rect.top(),
                              item.rect.width() - swatch - 6 * s, item.rect.height());
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, item.swatch.label);
            noteLabel(item.swatch.label, text, font);
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
    m_pixelsPerSecond = g.pixelsPerNs * 1e9;

    drawRuler(painter, g);

    // Lifelines.
    painter.setPen(QPen(theme.muted(), 3 * s, Qt::SolidLine, Qt::FlatCap));
    for (int lane = 0; lane < g.lanes; ++lane)
        painter.drawLine(QPointF(g.laneX(lane), g.diagram.top()), QPointF(g.laneX(lane), g.diagram.bottom()));
    painter.drawLine(QPointF(g.serverX, g.diagram.top()), QPointF(g.serverX, g.diagram.bottom()));

    layOut(g);
    placeLabels(g);

    // Nothing below the playhead exists yet: clipping there makes arrows in flight end where their unit is.
    const double playheadY = yFor(m_context.clock->position(), g);
    painter.save();
    painter.setClipRect(
        QRectF(g.diagram.left(), g.diagram.top(), g.diagram.width(),
               std::clamp(playheadY, g.diagram.top(), g.diagram.bottom()) - g.diagram.top() + 1));
    drawRuns(painter, g);
    drawBundles(painter, g);
    painter.restore();

    for (const Bundle& b : m_bundles) {
        if (b.labelRect.isEmpty())
            continue;
        drawLabelHalo(painter, b.labelRect, false, g);
        drawLabelText(painter, b.labelRect, wrapLabel(b.shownLabel, labelWidthLimit(g), g).lines, b.color, g);
    }
    for (const ShownRun& run : m_shownRuns) {
        if (run.labelRect.isEmpty())
            continue;
        drawLabelHalo(painter, run.labelRect, false, g);
        drawLabelText(painter, run.labelRect, wrapLabel(run.label, labelWidthLimit(g), g).lines,
                      theme.foreground(), g);
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
    const qint64 windowEnd = viewStart() + shownSpan();

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
            const double width = QFontMetricsF(bold).horizontalAdvance(text);
            const QRectF box(rttColumn - width, y - metrics.height() - 1 * s, width, metrics.height());
            painter.drawText(box, Qt::AlignRight | Qt::AlignBottom, text);
            if (box.top() >= g.diagram.top() && box.bottom() <= g.diagram.bottom())
                noteLabel(text, box, bold);
        }
        painter.setFont(font);
    }

    if (!g.showMilliseconds) {
        painter.restore();
        return;
    }
    // Milliseconds on the shared clock, at a round step.
    const double pixelsPerMs = g.pixelsPerNs * 1e6;
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
        const QString text = tr("%1 ms").arg(QLocale().toString(ms, 'f', decimals));
        const QRectF box(g.ruler.left(), y - metrics.height() / 2, metrics.horizontalAdvance(text),
                         metrics.height());
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        if (box.top() >= g.diagram.top() && box.bottom() <= g.diagram.bottom())
            noteLabel(text, box, font);
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
        // Dashed: nothing of it was seen arriving before the session ended. Thin and grey: it came after
        // its receiver had closed, which read it no more (not a loss).
        const Qt::PenStyle style = !b.anyReceived && ended ? Qt::DashLine : b.style;
        StrokeBatch& stroke = b.allNeverRead ? batch(m_context.theme->muted(), Qt::SolidLine, 1.0 * s)
                                             : batch(b.color, style, (b.count > 1 ? 2.5 : 2.0) * s);
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
    // Colour alone does not tell a fatal alert from a polite close_notify, or FIN from RST: their marks
    // (diamond, bar, square) sit on the head of an arrow that has arrived.
    for (const Bundle& b : m_bundles) {
        if (!MarkPainter::isEndMark(b.mark) || b.shownTop.length() < 1 || position < b.endMin)
            continue;
        MarkPainter::drawEndMark(painter, b.shownTop.p2(), 11 * s, b.mark, b.color,
                                 m_context.theme->foreground());
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

void LadderView::drawLabelText(QPainter& painter, const QRectF& rect, const QStringList& lines,
                               const QColor& accent, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    painter.save();
    // A bar in the arrow's colour ties the label to its arrow.
    painter.fillRect(QRectF(rect.left(), rect.top() + 2 * s, 3 * s, rect.height() - 4 * s), accent);
    const QFont font = theme.font(10);
    painter.setPen(theme.foreground());
    painter.setFont(font);
    const double lineHeight = QFontMetricsF(font).height();
    double y = rect.center().y() - lineHeight * double(lines.size()) / 2;
    for (const QString& line : lines) {
        const QRectF lineRect(rect.left() + 6 * s, y, rect.width() - 8 * s, lineHeight);
        painter.drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter, line);
        noteLabel(line, lineRect, font);
        y += lineHeight;
    }
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
    drawLabelText(painter, rect, {text}, color, g);
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
    // At the right end, clear of the ruler's marks ("2 RTT") on the left, and below the line, where
    // nothing has happened yet to be covered (above it only at the bottom of the diagram).
    const double width = metrics.horizontalAdvance(text) + 10 * s;
    const double height = metrics.height() + 2 * s;
    const double top = y + 3 * s + height <= g.diagram.bottom() ? y + 3 * s : y - 3 * s - height;
    const QRectF pill(g.diagram.right() - 4 * s - width, top, width, height);
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

QFont LadderView::headFont(bool compact) const
{
    return m_context.theme->font(compact ? 10 : 12, true);
}

void LadderView::drawHeads(QPainter& painter, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    for (const DrawnLabel& head : heads(g)) {
        painter.setFont(head.font);
        painter.setPen(QPen(theme.foreground(), (g.compactHeader ? 1.5 : 2) * s));
        painter.setBrush(theme.background());
        painter.drawRoundedRect(head.rect, 4 * s, 4 * s);
        painter.drawText(head.rect, Qt::AlignCenter, head.text);
        noteLabel(head.text, head.rect, head.font);
    }
}

void LadderView::drawCompactHeader(QPainter& painter, const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    painter.save();
    painter.fillRect(g.header, theme.background());
    drawHeads(painter, g);
    // The counter between the heads, on their row; the facts are left to the pane's heading above.
    const DrawnLabel trips = counter(g);
    if (!trips.text.isEmpty()) {
        painter.setFont(trips.font);
        painter.setPen(theme.foreground());
        painter.drawText(trips.rect, Qt::AlignCenter, trips.text);
        noteLabel(trips.text, trips.rect, trips.font);
    }
    painter.restore();
}

double LadderView::headsTop(const Geometry& g) const
{
    const double s = g.scale;
    if (g.compactHeader)
        return g.header.top() + 5 * s;
    return g.header.top() + 10 * s + QFontMetricsF(m_context.theme->font(15, true)).height() + 8 * s;
}

QList<DrawnLabel> LadderView::heads(const Geometry& g) const
{
    const double s = g.scale;
    const QFont font = headFont(g.compactHeader);
    const QFontMetricsF head(font);
    const double boxPad = (g.compactHeader ? 8 : 12) * s;
    const double boxHeight = head.height() + (g.compactHeader ? 6 : 8) * s;
    const double top = headsTop(g);
    QList<DrawnLabel> heads;
    for (int lane = 0; lane < g.lanes; ++lane) {
        const QStringList names = laneNames(lane);
        QString text = names.constFirst();
        double pad = boxPad;
        if (g.lanes > 1) {
            // Client lifelines packed closer than their names' width: the boxes' padding goes first, then
            // the name gives way to a shorter one; a smaller font would not be read from the back of the
            // room.
            const double room = g.laneStep - 4 * s;
            for (const QString& name : names) {
                text = name;
                pad = std::clamp((room - head.horizontalAdvance(name)) / 2, 3 * s, boxPad);
                if (head.horizontalAdvance(name) + 2 * pad <= room)
                    break;
            }
        }
        const double width = head.horizontalAdvance(text) + 2 * pad;
        heads.append({text, QRectF(g.laneX(lane) - width / 2, top, width, boxHeight), font});
    }
    const QString server = tr("Server");
    const double width = head.horizontalAdvance(server) + 2 * boxPad;
    heads.append({server, QRectF(g.serverX - width / 2, top, width, boxHeight), font});
    return heads;
}

DrawnLabel LadderView::counter(const Geometry& g) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    QRectF row;
    if (g.compactHeader) {
        // Between the last client's head and the server's.
        const QList<DrawnLabel> boxes = heads(g);
        const double left = boxes.at(boxes.size() - 2).rect.right() + 6 * s;
        const double right = boxes.constLast().rect.left() - 6 * s;
        row = QRectF(left, boxes.constLast().rect.top(), std::max(0.0, right - left),
                     boxes.constLast().rect.height());
    } else {
        const double margin = 10 * s;
        row = QRectF(g.header.left() + margin, g.header.top() + margin, g.header.width() - 2 * margin,
                     QFontMetricsF(theme.font(15, true)).height());
    }
    const int trips = roundTripsShown();
    const QString whole = tr("Round trips: %1").arg(trips);
    const QFont preferred = theme.font(g.compactHeader ? 12 : 15, true);
    const QFont labelSize = theme.font(10, true);
    for (const auto& [text, font] : {std::pair{whole, preferred}, std::pair{whole, labelSize},
                                     std::pair{tr("%1 RTT", "round trips taken, where \"Round trips: %1\" "
                                                            "does not fit")
                                                   .arg(trips),
                                               labelSize}}) {
        const double width = QFontMetricsF(font).horizontalAdvance(text);
        if (width > row.width())
            continue;
        const double left = g.compactHeader ? row.center().x() - width / 2 : row.left();
        return {text, QRectF(left, row.top(), width, row.height()), font};
    }
    return {{}, QRectF(row.center().x(), row.top(), 0, row.height()), labelSize};
}

QString LadderView::headerToolTip(const QPointF& point, const Geometry& g) const
{
    const DrawnLabel trips = counter(g);
    if (trips.rect.contains(point) && !trips.text.isEmpty())
        return tr("Round trips: %1").arg(roundTripsShown());
    const QList<DrawnLabel> boxes = heads(g);
    for (qsizetype lane = 0; lane < boxes.size() - 1; ++lane) {
        if (boxes.at(lane).rect.contains(point))
            return laneName(int(lane));
    }
    return {};
}

void LadderView::drawHeader(QPainter& painter, const Geometry& g) const
{
    if (g.compactHeader) {
        drawCompactHeader(painter, g);
        return;
    }
    const ViewTheme& theme = *m_context.theme;
    const double s = g.scale;
    const double margin = 10 * s;
    painter.save();
    painter.fillRect(g.header, theme.background());

    const QRectF firstRow(g.header.left() + margin, g.header.top() + margin, g.header.width() - 2 * margin,
                          QFontMetricsF(theme.font(15, true)).height());
    const DrawnLabel trips = counter(g);
    painter.setFont(trips.font);
    painter.setPen(theme.foreground());
    painter.drawText(trips.rect, Qt::AlignLeft | Qt::AlignVCenter, trips.text);
    if (!trips.text.isEmpty())
        noteLabel(trips.text, trips.rect, trips.font);

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
    const QRectF factsRect = firstRow.adjusted(trips.rect.width() + 24 * s, 0, 0, 0);
    // Where the row is short, whole facts make way (the RTT first, which the knobs show) rather than
    // letters being cut off.
    const QFontMetricsF factsMetrics(factsFont);
    while (!facts.isEmpty() &&
           factsMetrics.horizontalAdvance(facts.join(QStringLiteral(" · "))) > factsRect.width())
        facts.removeFirst();
    painter.drawText(factsRect, Qt::AlignRight | Qt::AlignVCenter, facts.join(QStringLiteral(" · ")));
    if (!facts.isEmpty())
        noteLabel(facts.join(QStringLiteral(" · ")), factsRect, factsFont);

    // The lifelines' heads.
    drawHeads(painter, g);
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
    if (g.header.contains(point))
        return headerToolTip(point, g);
    layOut(g);
    placeLabels(g);
    const auto inRun = [&](bool anywhere) {
        return std::find_if(m_shownRuns.cbegin(), m_shownRuns.cend(), [&](const ShownRun& run) {
            const bool alongBracket = std::abs(point.x() - runBracketX(run, g)) <= 6 * g.scale;
            const bool inBand = point.x() >= g.laneX(run.lane) && point.x() <= g.serverX;
            return run.labelRect.contains(point) || ((alongBracket || (anywhere && inBand)) &&
                                                     point.y() >= run.top && point.y() <= run.bottom);
        });
    };
    // The run's label and bracket explain the run; elsewhere in its band, an arrow explains itself first.
    if (const auto run = inRun(false); run != m_shownRuns.cend())
        return runToolTip(*run);
    const auto found = hit(point, g);
    if (!found) {
        const auto run = inRun(true);
        return run != m_shownRuns.cend() ? runToolTip(*run) : QString();
    }
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
    } else if (m_model.neverRead(a)) {
        lines.append(up ? tr("Sent at %1 ms; never read: the server had closed the connection.")
                              .arg(msText(a.sendNs, 2))
                        : tr("Sent at %1 ms; never read: the client had closed the connection.")
                              .arg(msText(a.sendNs, 2)));
    } else if (m_model.finishedNs() >= 0) {
        lines.append(
            tr("Sent at %1 ms; not seen arriving before the session ended.").arg(msText(a.sendNs, 2)));
    } else {
        lines.append(tr("Sent at %1 ms; still in flight.").arg(msText(a.sendNs, 2)));
    }

    // What its protocol says of it.
    const QString note = timeline() ? ProtocolRegistry::of(e).arrowNote(*timeline(), e) : QString();
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
    } else if (b.allNeverRead) {
        lines.append(up ? tr("Never read: the server had closed the connection.")
                        : tr("Never read: the client had closed the connection."));
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

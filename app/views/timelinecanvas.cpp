#include "app/views/timelinecanvas.h"

#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/playbackclock.h"
#include "app/views/viewtheme.h"

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace protoviz {

namespace {
constexpr qint64 MinimumSpanNs = 1000;       // 1 µs: deeper zoom shows nothing more
constexpr qint64 DefaultSpanNs = 1000000000; // an empty view shows one second
} // namespace

TimelineCanvas::TimelineCanvas(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_context.clock, &PlaybackClock::positionChanged, this, [this] {
        growWindow();
        update();
    });
    connect(m_context.theme, &ViewTheme::changed, this, qOverload<>(&QWidget::update));
    connect(m_context.selection, &EventSelection::changed, this, qOverload<>(&QWidget::update));
}

TimelineCanvas::~TimelineCanvas() = default;

void TimelineCanvas::setTimeline(const Timeline* timeline)
{
    if (m_timeline)
        disconnect(m_timeline, nullptr, this, nullptr);
    m_timeline = timeline;
    if (timeline)
        connect(timeline, &Timeline::eventsAppended, this, &TimelineCanvas::onAppended);
    m_fitting = true;
    m_viewStart = 0;
    m_viewSpan = DefaultSpanNs;
    rebuild();
    growWindow();
}

void TimelineCanvas::rebuild()
{
    m_delivered = 0;
    timelineChanged();
    if (m_timeline && !m_timeline->isEmpty())
        onAppended(0, m_timeline->size());
    update();
}

const Timeline* TimelineCanvas::timeline() const
{
    return m_timeline;
}

void TimelineCanvas::onAppended(qsizetype first, qsizetype count)
{
    // A notification queued before the timeline was set (or rebuilt) repeats events already given.
    const qsizetype end = first + count;
    if (end <= m_delivered)
        return;
    const qsizetype from = std::max(first, m_delivered);
    m_delivered = end;
    eventsAppended(from, end - from);
}

void TimelineCanvas::eventsAppended(qsizetype, qsizetype)
{
    growWindow();
    update();
}

void TimelineCanvas::timelineChanged() {}

void TimelineCanvas::growWindow()
{
    if (!m_fitting || !m_timeline)
        return;
    // While fitting, the window holds everything that happened and the playhead, with a little room.
    qint64 end = m_context.clock->position();
    if (!m_timeline->isEmpty())
        end = std::max(end, m_timeline->at(m_timeline->size() - 1).timeNs);
    m_viewStart = 0;
    m_viewSpan = std::max<qint64>(MinimumSpanNs, end + end / 20);
}

void TimelineCanvas::fitAll()
{
    m_fitting = true;
    growWindow();
    update();
}

void TimelineCanvas::zoom(double factor, qint64 aroundNs)
{
    if (factor <= 0)
        return;
    m_fitting = false;
    const auto span = std::max<qint64>(MinimumSpanNs, qint64(double(m_viewSpan) / factor));
    const double anchor = m_viewSpan > 0 ? double(aroundNs - m_viewStart) / double(m_viewSpan) : 0.5;
    m_viewStart = std::max<qint64>(0, aroundNs - qint64(anchor * double(span)));
    m_viewSpan = span;
    update();
}

void TimelineCanvas::zoomIn()
{
    zoom(1.5,
         m_context.clock->position() > m_viewStart && m_context.clock->position() < m_viewStart + m_viewSpan
             ? m_context.clock->position()
             : m_viewStart + m_viewSpan / 2);
}

void TimelineCanvas::zoomOut()
{
    zoom(1.0 / 1.5, m_viewStart + m_viewSpan / 2);
}

void TimelineCanvas::showRange(qint64 startNs, qint64 endNs)
{
    m_fitting = false;
    m_viewStart = std::max<qint64>(0, startNs);
    m_viewSpan = std::max<qint64>(MinimumSpanNs, endNs - m_viewStart);
    update();
}

void TimelineCanvas::pan(qint64 deltaNs)
{
    m_fitting = false;
    m_viewStart = std::max<qint64>(0, m_viewStart + deltaNs);
    update();
}

double TimelineCanvas::xForTime(qint64 timeNs, double left, double width) const
{
    return left + double(timeNs - m_viewStart) / double(m_viewSpan) * width;
}

qint64 TimelineCanvas::timeForX(double x, double left, double width) const
{
    return m_viewStart + qint64((x - left) / std::max(1.0, width) * double(m_viewSpan));
}

std::pair<double, double> TimelineCanvas::timeAxis(const QRectF& target) const
{
    return {target.left(), target.width()};
}

std::optional<qsizetype> TimelineCanvas::eventAt(const QPointF&) const
{
    return std::nullopt;
}

QString TimelineCanvas::toolTipAt(const QPointF&) const
{
    return {};
}

void TimelineCanvas::drawPlayhead(QPainter& painter, const QRectF& area, double left, double width) const
{
    const double x = xForTime(m_context.clock->position(), left, width);
    if (x < area.left() || x > area.right())
        return;
    painter.save();
    painter.setPen(QPen(m_context.theme->playhead(), 2.0 * m_context.theme->fontScale()));
    painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    painter.restore();
}

void TimelineCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, rect(), false);
}

void TimelineCanvas::draw(QPainter& painter, const QRectF& target, bool exporting)
{
    m_drawnLabels.clear();
    m_exporting = exporting;
    render(painter, target);
    m_exporting = false;
}

void TimelineCanvas::setShowsOwnLegend(bool shows)
{
    if (m_showsOwnLegend == shows)
        return;
    m_showsOwnLegend = shows;
    update();
}

void TimelineCanvas::noteLabel(const QString& text, const QRectF& rect, const QFont& font) const
{
    m_drawnLabels.append({text, rect, font});
}

bool TimelineCanvas::exportPng(const QString& path, QString* error)
{
    const QImage image = toImage(2.0);
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write the image %1.").arg(path);
        return false;
    }
    return true;
}

bool TimelineCanvas::exportSvg(const QString& path, QString* error)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(0, 0), size()));
    generator.setTitle(title());
    generator.setDescription(tr("Drawn by ProtoViz from a live session's events."));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("Cannot write the drawing %1.").arg(path);
        return false;
    }
    draw(painter, QRectF(QPointF(0, 0), size()), true);
    painter.end();
    return true;
}

QImage TimelineCanvas::toImage(qreal devicePixelRatio)
{
    const QSize logical = size().expandedTo(QSize(200, 150));
    QImage image(logical * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, QRectF(QPointF(0, 0), logical), true);
    painter.end();
    return image;
}

void TimelineCanvas::wheelEvent(QWheelEvent* event)
{
    const auto [left, width] = timeAxis(rect());
    const qint64 around = timeForX(event->position().x(), left, width);
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom(std::pow(1.25, steps), around);
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent* event)
{
    m_pressPoint = event->position();
    m_pressStart = m_viewStart;
    m_dragging = false;
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPointF moved = event->position() - m_pressPoint;
        if (!m_dragging && moved.manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            const auto [left, width] = timeAxis(rect());
            m_fitting = false;
            m_viewStart = std::max<qint64>(
                0, m_pressStart - qint64(moved.x() / std::max(1.0, width) * double(m_viewSpan)));
            update();
        }
    }
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging && event->button() == Qt::LeftButton) {
        const std::optional<qsizetype> index = eventAt(event->position());
        if (index)
            m_context.selection->select(m_timeline, *index);
    }
    m_dragging = false;
}

bool TimelineCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace protoviz

#include "app/views/markpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace protoviz {

using Mark = ViewTheme::Mark;

Qt::BrushStyle MarkPainter::patternOf(Mark mark)
{
    switch (mark) {
    case Mark::Dotted:
        return Qt::Dense6Pattern;
    case Mark::Hatched:
        return Qt::BDiagPattern;
    default:
        break;
    }
    return Qt::NoBrush;
}

bool MarkPainter::isEndMark(Mark mark)
{
    return mark == Mark::Cross || mark == Mark::Diamond || mark == Mark::Bar || mark == Mark::Stop;
}

void MarkPainter::fill(QPainter& painter, const QRectF& rect, const QColor& color, Mark mark,
                       const QColor& ink)
{
    painter.fillRect(rect, color);
    if (const Qt::BrushStyle pattern = patternOf(mark); pattern != Qt::NoBrush) {
        QColor lines = ink;
        lines.setAlphaF(0.55f);
        painter.fillRect(rect, QBrush(lines, pattern));
    }
}

void MarkPainter::drawEndMark(QPainter& painter, const QPointF& centre, double size, Mark mark,
                              const QColor& color, const QColor& ink)
{
    if (!isEndMark(mark) || size <= 0)
        return;
    const double half = size / 2;
    const double outline = std::max(1.0, size / 8);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (mark) {
    case Mark::Cross: {
        // A lost unit: an X in ink, readable on any fill.
        const QLineF a(centre + QPointF(-half, -half), centre + QPointF(half, half));
        const QLineF b(centre + QPointF(-half, half), centre + QPointF(half, -half));
        painter.setPen(QPen(ink, std::max(1.5, size / 4), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(a);
        painter.drawLine(b);
        break;
    }
    case Mark::Diamond: {
        QPainterPath path;
        path.moveTo(centre + QPointF(0, -half));
        path.lineTo(centre + QPointF(half, 0));
        path.lineTo(centre + QPointF(0, half));
        path.lineTo(centre + QPointF(-half, 0));
        path.closeSubpath();
        painter.setPen(QPen(ink, outline));
        painter.setBrush(color);
        painter.drawPath(path);
        break;
    }
    case Mark::Bar: {
        const double width = std::max(2.0, size / 3.5);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawRect(QRectF(centre.x() - width / 2, centre.y() - half, width, size));
        break;
    }
    case Mark::Stop: {
        const double side = size * 0.8;
        painter.setPen(QPen(ink, outline));
        painter.setBrush(color);
        painter.drawRect(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side));
        break;
    }
    default:
        break;
    }
    painter.restore();
}

void MarkPainter::drawSwatch(QPainter& painter, const QRectF& box, const QColor& color, Mark mark,
                             const QColor& ink)
{
    const double height = std::max(2.0, box.height() * 0.6);
    const QRectF block(box.left(), box.center().y() - height / 2, box.width(), height);
    if (!isEndMark(mark)) {
        fill(painter, block, color, mark, ink);
        return;
    }
    // The unit's block with its mark at the end, as the lanes and the ladder draw it.
    // Inset by the mark's stroke, so that the mark stays inside the box and off the label beside it.
    const double size = std::min(box.height(), box.width() / 2) * 0.7;
    const double end = block.right() - size / 2 - std::max(1.5, size / 4);
    fill(painter, QRectF(block.left(), block.top(), end - block.left(), block.height()), color, Mark::Solid,
         ink);
    drawEndMark(painter, QPointF(end, block.center().y()), size, mark, color, ink);
}

} // namespace protoviz

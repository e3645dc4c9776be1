#pragma once

#include "app/views/viewtheme.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace protoviz {

/// Draws the marks that go with the theme's colours (ViewTheme::Mark) the same way in every view and
/// key: patterns over fills, and the end marks (an X for a loss, a diamond for an error, a bar for a
/// polite close, a square for an abort) where a unit ends. Stateless; GUI thread (it paints).
class MarkPainter final
{
public:
    MarkPainter() = delete;

    /// The pattern drawn in ink over a fill of mark's units, Qt::NoBrush for none.
    static Qt::BrushStyle patternOf(ViewTheme::Mark mark);
    /// Whether mark is drawn at a unit's end (Cross, Diamond, Bar, Stop) rather than over its fill.
    static bool isEndMark(ViewTheme::Mark mark);

    /// Fills rect with color and mark's pattern (in ink, half transparent so the colour stays readable).
    static void fill(QPainter& painter, const QRectF& rect, const QColor& color, ViewTheme::Mark mark,
                     const QColor& ink);
    /// Draws mark's end mark centred on centre, size across: in color, outlined in ink so that it stands
    /// out on any fill. Does nothing for marks that are not end marks.
    static void drawEndMark(QPainter& painter, const QPointF& centre, double size, ViewTheme::Mark mark,
                            const QColor& color, const QColor& ink);
    /// A key's swatch in box: a block of color with mark's pattern, or with its end mark at the right.
    static void drawSwatch(QPainter& painter, const QRectF& box, const QColor& color, ViewTheme::Mark mark,
                           const QColor& ink);
};

} // namespace protoviz

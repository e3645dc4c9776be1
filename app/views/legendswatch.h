#pragma once

#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace protoviz {

/// One entry of a view's key: a mark and what it means. Each view gives the entries of what it draws
/// now; the window shows one key for all panes of a view, each entry once.
struct LegendSwatch
{
    QString label;
    /// Entries that look the same have the same look (e.g. "arrow #d55e00 dashed"): with the label, it
    /// tells duplicates from different panes apart from entries that only share a name.
    QString look;
    /// Draws the mark into a box about one text line high and two wide; never colour alone (a shape,
    /// a hatch or a line style as well).
    std::function<void(QPainter&, const QRectF&)> paint;
};

} // namespace protoviz

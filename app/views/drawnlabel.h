#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

namespace protoviz {

/// A label a view drew, where and in which font: what layout tests measure to prove that the labels
/// carrying a scenario's point are drawn whole (the text's advance in that font fits the rectangle).
struct DrawnLabel
{
    QString text;
    QRectF rect;
    QFont font;
};

} // namespace protoviz

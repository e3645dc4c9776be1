#pragma once

#include "app/views/timelinecanvas.h"

#include <QFontMetricsF>
#include <QStringList>

namespace protoviz::test {

/// Whether a label ending in "…" counts as cut: a view that promises whole labels never elides them.
enum class Ellipsis { Allowed, MeansCut };

// What is wrong with the labels the last drawing of canvas noted: a label wider than its box (measured
// in its font), outside the canvas, cut short (if ellipsis says so), or over another label.
inline QStringList labelProblems(const TimelineCanvas& canvas, Ellipsis ellipsis)
{
    QStringList problems;
    const QList<DrawnLabel>& labels = canvas.drawnLabels();
    const QRectF inside = QRectF(canvas.rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const DrawnLabel& label = labels.at(i);
        const double advance = QFontMetricsF(label.font).horizontalAdvance(label.text);
        if (advance > label.rect.width() + 0.5)
            problems.append(QStringLiteral("\"%1\" needs %2 px in %3")
                                .arg(label.text)
                                .arg(advance)
                                .arg(label.rect.width()));
        if (!inside.contains(label.rect))
            problems.append(QStringLiteral("\"%1\" is outside the view").arg(label.text));
        if (ellipsis == Ellipsis::MeansCut && label.text.contains(QStringLiteral("…")))
            problems.append(QStringLiteral("\"%1\" is cut").arg(label.text));
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            const QRectF overlap = label.rect.intersected(labels.at(j).rect);
            if (overlap.width() > 1 && overlap.height() > 1)
                problems.append(
                    QStringLiteral("\"%1\" and \"%2\" overlap").arg(label.text, labels.at(j).text));
        }
    }
    return problems;
}

} // namespace protoviz::test

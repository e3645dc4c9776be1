#pragma once

#include "app/views/drawnlabel.h"
#include "app/views/legendswatch.h"

#include <QWidget>

namespace protoviz {

class ViewTheme;

/// The one key below the panes: the entries of the key of every pane's view, each look once (entries of
/// one look are one, their labels merged: "lost segment / datagram"), wrapping onto as many lines as the
/// width needs. Hidden while there is
/// no entry (the events list, the eavesdropper's transcript).
///
/// Reads its font and colours from theme (not owned). GUI thread. drawKey() draws the same key into an
/// export, so that a picture of several panes carries it once.
class LegendStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendStrip)

public:
    LegendStrip(const ViewTheme* theme, QWidget* parent = nullptr);

    /// Shows swatches (from any number of views), merging entries of the same look into the first of
    /// them (see merged()); repaints and resizes only when the entries change.
    void setSwatches(const QList<LegendSwatch>& swatches);
    const QList<LegendSwatch>& swatches() const { return m_swatches; }

    /// The labels of the last drawing, where and in which font, for layout tests.
    const QList<DrawnLabel>& drawnLabels() const { return m_drawnLabels; }

    /// swatches with each look once: a later entry of a look already there adds its label's words to
    /// that entry's ("lost segment" and "lost datagram" are "lost segment / datagram"), so that every
    /// word of every label stays in the key.
    static QList<LegendSwatch> merged(const QList<LegendSwatch>& swatches);
    /// The height drawKey() needs to draw swatches in width with font.
    static qreal keyHeight(const QList<LegendSwatch>& swatches, const QFont& font, qreal width);
    /// Draws swatches into area, line after line, the labels in font and colour; notes each label
    /// drawn into *noted if given.
    static void drawKey(QPainter& painter, const QRectF& area, const QList<LegendSwatch>& swatches,
                        const QFont& font, const QColor& colour, QList<DrawnLabel>* noted = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont keyFont() const;

    const ViewTheme* m_theme;
    QList<LegendSwatch> m_swatches;
    QList<DrawnLabel> m_drawnLabels;
};

} // namespace protoviz

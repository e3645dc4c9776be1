#pragma once

#include "app/views/drawnlabel.h"

#include <QChartView>
#include <QColor>
#include <QFont>
#include <QStringList>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace protoviz {

class ViewTheme;

/// One bar chart of the statistics view: bar sets (A and B, or kinds of bytes) over categories, a value
/// axis with its unit, and the theme's colours and scaled fonts. Grouped charts write each value above
/// its bar, or inside the bar's end when a neighbour's bar or value is in the way; a value that fits
/// neither place is left off (each bar's tooltip and the statistics table have every figure), so values
/// never overlap each other or the bars. Stacked charts (bytes by kind) lie horizontally, one bar per
/// pane. The chart draws its own title (wrapped, never elided) and legend (flowed into rows), so that
/// both stay whole in a narrow dock; drawnLabels() lists what the last drawing wrote, for layout tests.
/// The statistics view owns it and sets its values; GUI thread.
class StatisticsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsChart)

public:
    enum class Style {
        Grouped,           ///< vertical bars side by side per category, values on the bars
        StackedHorizontal, ///< one horizontal bar per category, its sets stacked
    };

    explicit StatisticsChart(Style style, QWidget* parent = nullptr);
    ~StatisticsChart() override;

    Style style() const { return m_style; }

    /// The chart's title and the value axis's title (with the unit).
    void setTexts(const QString& title, const QString& valueAxisTitle);
    /// What follows the value on each bar (" %"); nothing by default.
    void setValueSuffix(const QString& suffix);
    /// The category names, along the category axis.
    void setCategories(const QStringList& categories);
    /// The bar sets: their names (legend) and colours; values are kept for sets that stay.
    void setSets(const QStringList& names, const QList<QColor>& colors);
    /// Value of set at category.
    void setValue(int set, int category, double value);
    double value(int set, int category) const;
    int setCount() const;
    int categoryCount() const { return int(m_categories.size()); }
    /// The value axis runs from 0 to a round number at or above max; decimals for its labels and the
    /// labels on the bars.
    void setScale(double max, int decimals);
    /// A value axis from 0 to max, ticks every step (percentages: 0 to 100 and room for the labels).
    void setFixedScale(double max, double step);
    double scaleMaximum() const;

    void applyTheme(const ViewTheme& theme);

    QAbstractBarSeries* series() const { return m_series; }
    /// The chart's title as set (drawn wrapped into as many lines as its width needs).
    QString title() const { return m_title; }
    /// Whether the chart draws a legend of its sets under the plot (true by default).
    void setShowsLegend(bool shows);
    bool showsLegend() const { return m_showsLegend; }
    QBarSet* set(int index) const;

    /// The labels the last drawing wrote: the title's lines, the legend's names and the bars' values.
    QList<DrawnLabel> drawnLabels() const { return m_drawnLabels; }
    /// The bars' values the last drawing wrote (a subset of drawnLabels()).
    QList<DrawnLabel> drawnValueLabels() const { return m_drawnValueLabels; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    /// A value placed on the chart: its text, where, and in which colour.
    struct PlacedValue
    {
        QString text;
        QRectF rect;
        QColor color;
    };

    void resizeSets();
    QString valueText(double value) const;
    void restyleSets();
    /// Reserves room above and under the plot for the title's lines and the legend's rows.
    void updateMargins();
    QStringList titleLines(double width) const;
    /// The legend's entries, row by row, each as its set's index.
    QList<QList<int>> legendRows(double width) const;
    double legendEntryWidth(int set) const;
    QList<PlacedValue> placeValues() const;
    void drawTitle(QPainter* painter);
    void drawLegend(QPainter* painter);

    const Style m_style;
    QAbstractBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QStringList m_categories;
    QList<QColor> m_colors;
    QColor m_border;
    QColor m_labelColor;
    QFont m_labelFont;
    QString m_valueSuffix;
    QString m_title;
    QFont m_titleFont;
    QColor m_titleColor;
    QFont m_legendFont;
    bool m_showsLegend = true;
    QList<DrawnLabel> m_drawnLabels;
    QList<DrawnLabel> m_drawnValueLabels;
};

} // namespace protoviz

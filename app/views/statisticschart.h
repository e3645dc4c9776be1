#pragma once

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
/// axis with its unit, and the theme's colours and scaled fonts. Grouped charts put their values on the
/// bars while the bars are wide enough for them (with four panes in a narrow dock they are not, and the
/// values go to each bar's tooltip alone); stacked ones (bytes by kind) lie horizontally, one bar per
/// pane. The statistics view owns it and sets its values; GUI thread.
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
    /// Whether the values are written on the bars now (grouped charts whose bars are wide enough).
    bool valueLabelsShown() const;
    QBarSet* set(int index) const;

private:
    void resizeSets();
    void fitValueLabels();
    QString valueText(double value) const;
    void restyleSets();

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
};

} // namespace protoviz

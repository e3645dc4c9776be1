#include "app/views/statisticschart.h"

#include "app/views/viewtheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace protoviz {

namespace {

// A round upper end for a value axis at or above max (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power
// of ten) and a tick step that divides it into four to six parts.
std::pair<double, double> niceScale(double max)
{
    if (!(max > 0))
        return {1.0, 0.2};
    const double power = std::pow(10.0, std::floor(std::log10(max)));
    static constexpr std::pair<double, double> steps[] = {{1.0, 0.2}, {1.2, 0.2}, {1.5, 0.3}, {2.0, 0.5},
                                                          {2.5, 0.5}, {3.0, 0.5}, {4.0, 1.0}, {5.0, 1.0},
                                                          {6.0, 1.0}, {8.0, 2.0}, {10.0, 2.0}};
    for (const auto& [top, step] : steps) {
        if (max <= top * power * (1 + 1e-9))
            return {top * power, step * power};
    }
    return {10 * power, 2 * power};
}

} // namespace

StatisticsChart::StatisticsChart(Style style, QWidget* parent)
    : QChartView(parent)
    , m_style(style)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // the playback clock is the animation
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_categoryAxis = new QBarCategoryAxis(chart);
    m_valueAxis = new QValueAxis(chart);
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setMinorTickCount(0);
    if (style == Style::Grouped) {
        auto* series = new QBarSeries(chart);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        m_series = series;
        chart->addSeries(series);
        chart->addAxis(m_categoryAxis, Qt::AlignBottom);
        chart->addAxis(m_valueAxis, Qt::AlignLeft);
    } else {
        auto* series = new QHorizontalStackedBarSeries(chart);
        series->setBarWidth(0.6);
        m_series = series;
        chart->addSeries(series);
        chart->addAxis(m_categoryAxis, Qt::AlignLeft);
        chart->addAxis(m_valueAxis, Qt::AlignBottom);
    }
    m_series->setLabelsPrecision(12); // values arrive rounded to what the labels should show
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_categoryAxis->setGridLineVisible(false);
    // Short category names are chosen to fit; cut to "conn..." they would not read at all.
    m_categoryAxis->setTruncateLabels(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(220, 200);
    connect(chart, &QChart::plotAreaChanged, this, &StatisticsChart::fitValueLabels);
    // Every bar tells its exact value on hover, whether or not it is written on the bar.
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet* set) {
        setToolTip(
            status && set
                ? tr("%1 · %2: %3").arg(set->label(), m_categories.value(index), valueText(set->at(index)))
                : QString());
    });
}

StatisticsChart::~StatisticsChart() = default;

void StatisticsChart::setTexts(const QString& title, const QString& valueAxisTitle)
{
    chart()->setTitle(title);
    m_valueAxis->setTitleText(valueAxisTitle);
}

void StatisticsChart::setValueSuffix(const QString& suffix)
{
    m_valueSuffix = suffix;
    m_series->setLabelsFormat(QStringLiteral("@value") + suffix);
    fitValueLabels();
}

QString StatisticsChart::valueText(double value) const
{
    // As the labels write it: values arrive rounded, so the shortest form is the label's.
    return QString::number(value, 'g', 12) + m_valueSuffix;
}

bool StatisticsChart::valueLabelsShown() const
{
    return m_series->isLabelsVisible();
}

void StatisticsChart::fitValueLabels()
{
    if (m_style != Style::Grouped)
        return;
    // Labels wider than their bars would run into the next bar's: then the bars go without them.
    const int sets = setCount();
    const int categories = categoryCount();
    bool fit = true;
    if (sets > 0 && categories > 0) {
        const QFontMetricsF metrics(m_labelFont);
        const double barWidth = chart()->plotArea().width() / categories * m_series->barWidth() / sets;
        double widest = 0;
        for (const QBarSet* set : m_series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                widest = std::max(widest, metrics.horizontalAdvance(valueText(set->at(i))));
        }
        fit = widest <= barWidth + 4;
    }
    if (m_series->isLabelsVisible() != fit)
        m_series->setLabelsVisible(fit);
}

void StatisticsChart::setCategories(const QStringList& categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    m_categoryAxis->setCategories(categories);
    resizeSets();
    fitValueLabels();
}

void StatisticsChart::setSets(const QStringList& names, const QList<QColor>& colors)
{
    QList<QBarSet*> sets = m_series->barSets();
    while (sets.size() > names.size())
        m_series->remove(sets.takeLast());
    while (sets.size() < names.size()) {
        auto* set = new QBarSet(QString());
        m_series->append(set);
        sets.append(set);
    }
    for (qsizetype i = 0; i < names.size(); ++i)
        sets[i]->setLabel(names[i]);
    m_colors = colors;
    restyleSets();
    resizeSets();
    fitValueLabels();
}

void StatisticsChart::restyleSets()
{
    const QList<QBarSet*> sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        if (i < m_colors.size()) {
            sets[i]->setColor(m_colors[i]);
            // A border in the background's colour keeps stacked parts apart.
            sets[i]->setBorderColor(m_border.isValid() ? m_border : m_colors[i]);
        }
        if (m_labelColor.isValid()) {
            sets[i]->setLabelColor(m_labelColor);
            sets[i]->setLabelFont(m_labelFont);
        }
    }
}

void StatisticsChart::resizeSets()
{
    for (QBarSet* set : m_series->barSets()) {
        while (set->count() > m_categories.size())
            set->remove(set->count() - 1);
        while (set->count() < m_categories.size())
            set->append(0.0);
    }
}

void StatisticsChart::setValue(int set, int category, double value)
{
    QBarSet* bars = this->set(set);
    if (!bars || category < 0 || category >= bars->count())
        return;
    if (bars->at(category) != value) {
        bars->replace(category, value);
        fitValueLabels();
    }
}

double StatisticsChart::value(int set, int category) const
{
    const QBarSet* bars = this->set(set);
    return bars && category >= 0 && category < bars->count() ? bars->at(category) : 0.0;
}

int StatisticsChart::setCount() const
{
    return int(m_series->count());
}

QBarSet* StatisticsChart::set(int index) const
{
    const QList<QBarSet*> sets = m_series->barSets();
    return index >= 0 && index < sets.size() ? sets[index] : nullptr;
}

void StatisticsChart::setScale(double max, int decimals)
{
    // Grouped bars carry their value above them: leave room for it.
    auto [top, step] = niceScale(m_style == Style::Grouped ? max * 1.15 : max);
    if (decimals == 0) {
        step = std::max(1.0, step);
        top = std::max(top, step);
    }
    setFixedScale(top, step);
}

void StatisticsChart::setFixedScale(double max, double step)
{
    // Qt Charts lays the ticks out after each of the two calls: in the wrong order a range of seconds
    // meets an interval of tenths for a moment, and tens of thousands of tick items are made and dropped.
    const double ticksRangeFirst = max / std::max(m_valueAxis->tickInterval(), 1e-9);
    const double ticksIntervalFirst = m_valueAxis->max() / step;
    auto setRange = [&] {
        if (m_valueAxis->max() != max || m_valueAxis->min() != 0)
            m_valueAxis->setRange(0, max);
    };
    auto setInterval = [&] {
        if (m_valueAxis->tickInterval() != step)
            m_valueAxis->setTickInterval(step);
    };
    if (ticksRangeFirst <= ticksIntervalFirst) {
        setRange();
        setInterval();
    } else {
        setInterval();
        setRange();
    }
    const int labelDecimals = step < 1 ? (step < 0.1 ? 2 : 1) : 0;
    const QString format = QStringLiteral("%.") + QString::number(labelDecimals) + QStringLiteral("f");
    if (m_valueAxis->labelFormat() != format)
        m_valueAxis->setLabelFormat(format);
}

double StatisticsChart::scaleMaximum() const
{
    return m_valueAxis->max();
}

void StatisticsChart::applyTheme(const ViewTheme& theme)
{
    QChart* c = chart();
    // The chart theme sets Qt Charts' own defaults for everything; the theme's colours and scaled fonts
    // go over them.
    c->setTheme(theme.mode() == ViewTheme::Mode::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const double s = theme.fontScale();
    c->setBackgroundBrush(theme.background());
    c->setBackgroundPen(Qt::NoPen);
    c->setBackgroundRoundness(0);
    c->setPlotAreaBackgroundVisible(false);
    c->setMargins(QMargins(int(4 * s), int(4 * s), int(4 * s), int(4 * s)));
    c->setTitleBrush(theme.foreground());
    c->setTitleFont(theme.font(11, true));
    c->legend()->setLabelColor(theme.foreground());
    c->legend()->setFont(theme.font(8.5));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_categoryAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsBrush(theme.foreground());
        axis->setLabelsFont(theme.font(8.5));
        axis->setTitleBrush(theme.muted());
        axis->setTitleFont(theme.font(9));
        axis->setGridLineColor(theme.grid());
        axis->setLinePenColor(theme.muted());
        axis->setShadesVisible(false);
    }
    m_categoryAxis->setGridLineVisible(false);
    m_border = theme.background();
    m_labelColor = theme.foreground();
    m_labelFont = theme.font(9, true);
    restyleSets();
    setBackgroundBrush(theme.background());
    fitValueLabels();
}

} // namespace protoviz

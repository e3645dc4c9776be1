#include "app/views/statisticschart.h"

#include "app/views/viewtheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPainter>
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

// Tall enough for a plot, its value axis's title and the chart's title at the desk's type size.
constexpr int MinimumHeight = 200;

// Room around the title's lines and the legend's rows, and between a bar's end and its value.
constexpr double Gap = 4;

// Black or white, whichever reads better on a bar of colour.
QColor contrastingText(const QColor& background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

StatisticsChart::StatisticsChart(Style style, QWidget* parent)
    : QChartView(parent)
    , m_style(style)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // the playback clock is the animation
    // A chart is a picture of the table's figures: keyboard and screen-reader users read them in the
    // table, which takes the focus instead.
    setFocusPolicy(Qt::NoFocus);
    viewport()->setFocusPolicy(Qt::NoFocus);
    // Qt Charts elides a title or a legend entry that does not fit and lets bar values run into each
    // other; the chart draws all three itself (drawForeground) where they fit whole.
    chart->legend()->hide();
    m_categoryAxis = new QBarCategoryAxis(chart);
    m_valueAxis = new QValueAxis(chart);
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setMinorTickCount(0);
    if (style == Style::Grouped) {
        auto* series = new QBarSeries(chart);
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
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_categoryAxis->setGridLineVisible(false);
    // Short category names are chosen to fit; cut to "conn..." (or a scale's "10..." for 10000) they
    // would not read at all.
    m_categoryAxis->setTruncateLabels(false);
    m_valueAxis->setTruncateLabels(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(220, MinimumHeight);
    connect(chart, &QChart::plotAreaChanged, viewport(), qOverload<>(&QWidget::update));
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
    if (title != m_title) {
        m_title = title;
        setAccessibleName(title);
        updateMargins();
    }
    m_valueAxis->setTitleText(valueAxisTitle);
}

void StatisticsChart::setValueSuffix(const QString& suffix)
{
    m_valueSuffix = suffix;
    viewport()->update();
}

void StatisticsChart::setShowsLegend(bool shows)
{
    if (shows == m_showsLegend)
        return;
    m_showsLegend = shows;
    updateMargins();
}

QString StatisticsChart::valueText(double value) const
{
    // As the labels write it: values arrive rounded, so the shortest form is the label's.
    return QString::number(value, 'g', 12) + m_valueSuffix;
}

void StatisticsChart::setCategories(const QStringList& categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    m_categoryAxis->setCategories(categories);
    resizeSets();
    viewport()->update();
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
    updateMargins();
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
        viewport()->update();
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
    c->setBackgroundBrush(theme.background());
    c->setBackgroundPen(Qt::NoPen);
    c->setBackgroundRoundness(0);
    c->setPlotAreaBackgroundVisible(false);
    // Presentation mode's larger type needs a taller plot, or the value axis's title is cut short.
    setMinimumHeight(int(MinimumHeight * theme.fontScale()));
    m_titleFont = theme.font(11, true);
    m_titleColor = theme.foreground();
    m_legendFont = theme.font(8.5);
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
    updateMargins();
}

void StatisticsChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updateMargins();
}

QStringList StatisticsChart::titleLines(double width) const
{
    // Greedy wrapping at spaces; a word wider than the chart (or a script without spaces, such as
    // Chinese) breaks between characters instead of being cut.
    const QFontMetricsF metrics(m_titleFont);
    QStringList lines;
    QString line;
    auto fits = [&](const QString& text) { return metrics.horizontalAdvance(text) <= width; };
    auto place = [&](const QString& piece, const QString& separator) {
        const QString joined = line.isEmpty() ? piece : line + separator + piece;
        if (fits(joined) || line.isEmpty()) {
            line = joined;
            return;
        }
        lines.append(line);
        line = piece;
    };
    for (const QString& word : m_title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (fits(word)) {
            place(word, QStringLiteral(" "));
            continue;
        }
        bool first = true;
        for (const QChar ch : word) {
            place(QString(ch), first ? QStringLiteral(" ") : QString());
            first = false;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

double StatisticsChart::legendEntryWidth(int set) const
{
    const QFontMetricsF metrics(m_legendFont);
    const QBarSet* bars = this->set(set);
    return metrics.height() + Gap + metrics.horizontalAdvance(bars ? bars->label() : QString());
}

QList<QList<int>> StatisticsChart::legendRows(double width) const
{
    QList<QList<int>> rows;
    if (!m_showsLegend)
        return rows;
    const double spacing = 3 * Gap;
    double used = 0;
    for (int set = 0; set < setCount(); ++set) {
        const double entry = legendEntryWidth(set);
        if (rows.isEmpty() || (used > 0 && used + spacing + entry > width)) {
            rows.append(QList<int>());
            used = 0;
        }
        used += (used > 0 ? spacing : 0) + entry;
        rows.last().append(set);
    }
    return rows;
}

void StatisticsChart::updateMargins()
{
    const double width = std::max(1, this->width()) - 2 * Gap;
    const double titleHeight = QFontMetricsF(m_titleFont).height() * titleLines(width).size();
    const double legendHeight = QFontMetricsF(m_legendFont).height() * legendRows(width).size();
    const QMargins margins(int(Gap), int(std::ceil(Gap + titleHeight + Gap)), int(Gap),
                           int(std::ceil(legendHeight > 0 ? Gap + legendHeight + Gap : Gap)));
    if (chart()->margins() != margins)
        chart()->setMargins(margins);
    viewport()->update();
}

QList<StatisticsChart::PlacedValue> StatisticsChart::placeValues() const
{
    QList<PlacedValue> placed;
    const int sets = setCount();
    const int categories = categoryCount();
    if (m_style != Style::Grouped || sets == 0 || categories == 0)
        return placed;
    // Where Qt Charts draws each bar: a category's group is barWidth of its slot, split evenly by set.
    const QRectF plot = chart()->plotArea();
    const double slot = plot.width() / categories;
    const double barWidth = slot * m_series->barWidth() / sets;
    const double baseline = chart()->mapToPosition(QPointF(0, 0), m_series).y();
    QList<QRectF> bars;
    for (int category = 0; category < categories; ++category) {
        const double left = plot.left() + slot * (category + 0.5) - barWidth * sets / 2;
        for (int s = 0; s < sets; ++s) {
            const double top = chart()->mapToPosition(QPointF(category, value(s, category)), m_series).y();
            bars.append(QRectF(QPointF(left + s * barWidth, std::min(top, baseline)),
                               QPointF(left + (s + 1) * barWidth, std::max(top, baseline))));
        }
    }
    const QFontMetricsF metrics(m_labelFont);
    // Over the plot (its axis labels are left of it and under it), and inside the chart.
    const QRectF bounds =
        QRectF(plot.left(), 0, plot.width(), plot.bottom()) & QRectF(rect()).adjusted(0, 0, -0.5, -0.5);
    auto clear = [&](const QRectF& r, int own, bool besideBars) {
        if (!bounds.contains(r))
            return false;
        // Values side by side keep a gap, or "2659" and "2659" would read as "26592659".
        for (const PlacedValue& other : std::as_const(placed)) {
            if (other.rect.adjusted(-Gap, 0, Gap, 0).intersects(r))
                return false;
        }
        for (qsizetype i = 0; i < bars.size(); ++i) {
            // A value inside its own bar's end is meant to overlap that bar, and no other.
            if ((!besideBars && i == own) || !bars[i].adjusted(-1, -1, 1, 1).intersects(r))
                continue;
            return false;
        }
        return true;
    };
    for (int category = 0; category < categories; ++category) {
        for (int s = 0; s < sets; ++s) {
            const int index = category * sets + s;
            const QRectF& bar = bars[index];
            const QString text = valueText(value(s, category));
            const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
            // Above the bar: centred, or reaching out on the side away from a taller neighbour.
            const double top = bar.top() - Gap - size.height();
            bool placedAbove = false;
            // A value wider than its bar reaches out of its group first (leftwards from the first bar,
            // rightwards from the last), where it takes no room from a neighbour's value.
            const double centred = bar.center().x() - size.width() / 2;
            const double outwards = s == 0 ? bar.right() - size.width() : bar.left();
            const bool wide = size.width() > bar.width() && (s == 0 || s == sets - 1);
            for (const double left : {wide ? outwards : centred, wide ? centred : outwards,
                                      s == 0 ? bar.left() : bar.right() - size.width()}) {
                const QRectF above(QPointF(left, top), size);
                if (clear(above, index, true)) {
                    placed.append({text, above, m_labelColor});
                    placedAbove = true;
                    break;
                }
            }
            if (placedAbove)
                continue;
            const QRectF inside(QPointF(bar.center().x() - size.width() / 2, bar.top() + Gap), size);
            if (bar.adjusted(1, 1, -1, -1).contains(inside) && clear(inside, index, false)) {
                QBarSet* barSet = set(s);
                placed.append({text, inside, contrastingText(barSet ? barSet->color() : m_labelColor)});
            }
            // Otherwise the value is left off: the bar's tooltip and the table have it.
        }
    }
    return placed;
}

void StatisticsChart::drawTitle(QPainter* painter)
{
    const QFontMetricsF metrics(m_titleFont);
    painter->setFont(m_titleFont);
    painter->setPen(m_titleColor);
    double y = Gap;
    for (const QString& line : titleLines(width() - 2 * Gap)) {
        const double advance = metrics.horizontalAdvance(line);
        const QRectF box((width() - advance) / 2, y, advance, metrics.height());
        painter->drawText(box, Qt::AlignCenter | Qt::TextDontClip, line);
        m_drawnLabels.append({line, box, m_titleFont});
        y += metrics.height();
    }
}

void StatisticsChart::drawLegend(QPainter* painter)
{
    const QFontMetricsF metrics(m_legendFont);
    const QList<QList<int>> rows = legendRows(width() - 2 * Gap);
    const double spacing = 3 * Gap;
    painter->setFont(m_legendFont);
    double y = height() - Gap - metrics.height() * rows.size();
    for (const QList<int>& row : rows) {
        double used = -spacing;
        for (int s : row)
            used += spacing + legendEntryWidth(s);
        double x = (width() - used) / 2;
        for (int s : row) {
            QBarSet* bars = set(s);
            const double swatch = metrics.height() * 0.7;
            painter->setPen(Qt::NoPen);
            painter->setBrush(bars->color());
            painter->drawRect(QRectF(x + (metrics.height() - swatch) / 2, y + (metrics.height() - swatch) / 2,
                                     swatch, swatch));
            const double textLeft = x + metrics.height() + Gap;
            const QRectF box(textLeft, y, metrics.horizontalAdvance(bars->label()), metrics.height());
            painter->setPen(m_labelColor);
            painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, bars->label());
            m_drawnLabels.append({bars->label(), box, m_legendFont});
            x += legendEntryWidth(s) + spacing;
        }
        y += metrics.height();
    }
}

void StatisticsChart::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    m_drawnLabels.clear();
    m_drawnValueLabels.clear();
    painter->save();
    painter->setRenderHint(QPainter::TextAntialiasing);
    drawTitle(painter);
    drawLegend(painter);
    painter->setFont(m_labelFont);
    for (const PlacedValue& value : placeValues()) {
        painter->setPen(value.color);
        painter->drawText(value.rect, Qt::AlignCenter | Qt::TextDontClip, value.text);
        m_drawnValueLabels.append({value.text, value.rect, m_labelFont});
    }
    m_drawnLabels.append(m_drawnValueLabels);
    painter->restore();
}

} // namespace protoviz

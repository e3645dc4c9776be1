#include "app/views/eventstable.h"

#include "core/timeline/protocoldescriptor.h"

#include "app/views/timelinemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace protoviz {

namespace {

// The technical columns, in the model's order, which is the order they show in as the pane widens: the
// layer first, the details (a long text, elided) last.
constexpr TimelineModel::Column TechnicalColumns[] = {
    TimelineModel::LayerColumn,  TimelineModel::DirectionColumn,  TimelineModel::SizeColumn,
    TimelineModel::StreamColumn, TimelineModel::ConnectionColumn, TimelineModel::OriginColumn,
    TimelineModel::SummaryColumn};

// The details column is worth showing only with room for a few words; it then takes what is left.
constexpr int DetailsCharacters = 16;

} // namespace

EventsTable::EventsTable(TimelineModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    // The columns are laid out for the width (fitColumns): the last one is no different.
    horizontalHeader()->setStretchLastSection(false);
    setWordWrap(true);
    m_styleRowHeight = verticalHeader()->defaultSectionSize();
    connect(model, &QAbstractItemModel::modelReset, this, &EventsTable::remeasure);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        const int before = m_sentenceWidth;
        measureRows(first, last);
        if (m_sentenceWidth != before)
            fitColumns();
    });
    remeasure();
}

void EventsTable::measureRows(int first, int last)
{
    const QFontMetrics metrics = fontMetrics();
    const int margins = cellMargins();
    for (int row = first; row <= last; ++row) {
        const QString sentence =
            m_model->data(m_model->index(row, TimelineModel::KindColumn), Qt::DisplayRole).toString();
        auto measured = m_measured.constFind(sentence);
        if (measured == m_measured.cend())
            measured = m_measured.insert(sentence, metrics.horizontalAdvance(sentence));
        m_sentenceWidth = std::max(m_sentenceWidth, *measured + margins);
    }
}

int EventsTable::cellMargins() const
{
    // The style draws a cell's text inside the focus frame's margin and one pixel more on each side; the
    // grid line takes one pixel of the cell.
    return (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) * 2 + 1;
}

void EventsTable::remeasure()
{
    m_measured.clear();
    m_sentenceWidth = widthFor(TimelineModel::KindColumn);
    if (m_model->rowCount() > 0)
        measureRows(0, m_model->rowCount() - 1);
    fitColumns();
}

int EventsTable::widthFor(int column) const
{
    const QFontMetrics metrics = fontMetrics();
    const QLocale locale;
    QStringList samples;
    switch (TimelineModel::Column(column)) {
    case TimelineModel::TimeColumn:
        samples = {locale.toString(88888.888, 'f', 3)};
        break;
    case TimelineModel::LayerColumn:
        for (const ProtocolDescriptor* protocol : ProtocolRegistry::all())
            samples.append(protocol->title());
        break;
    case TimelineModel::OriginColumn:
        for (const Origin origin : {Origin::Link, Origin::Client, Origin::Server})
            samples.append(TimelineModel::originLabel(origin));
        break;
    case TimelineModel::DirectionColumn:
        samples = {TimelineModel::directionArrow(Direction::ClientToServer),
                   TimelineModel::directionArrow(Direction::ServerToClient)};
        break;
    case TimelineModel::ConnectionColumn:
        samples = {locale.toString(888)};
        break;
    case TimelineModel::StreamColumn:
    case TimelineModel::SizeColumn:
        samples = {locale.toString(88888)};
        break;
    case TimelineModel::SummaryColumn:
        samples = {QString(DetailsCharacters, u'x')};
        break;
    case TimelineModel::KindColumn:
    case TimelineModel::ColumnCount:
        break;
    }
    int text = 0;
    for (const QString& sample : std::as_const(samples))
        text = std::max(text, metrics.horizontalAdvance(sample));
    // A little air keeps the figures of neighbouring columns apart.
    const int cell = text + cellMargins() + metrics.averageCharWidth();
    const QString header = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const int headerWidth = horizontalHeader()->fontMetrics().horizontalAdvance(header) +
                            style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) * 2 + 2;
    return std::max(cell, headerWidth);
}

void EventsTable::fitColumns()
{
    const int width = viewport()->width();
    const int time = widthFor(TimelineModel::TimeColumn);
    int left = width - time - m_sentenceWidth;
    // The technical columns that fit beside the whole sentence, in order.
    QList<TimelineModel::Column> shown;
    for (const TimelineModel::Column column : TechnicalColumns) {
        const int needs = widthFor(column);
        if (needs > left)
            break;
        shown.append(column);
        left -= needs;
    }
    for (const TimelineModel::Column column : TechnicalColumns)
        setColumnHidden(column, !shown.contains(column));
    setColumnWidth(TimelineModel::TimeColumn, time);
    const bool details = shown.removeOne(TimelineModel::SummaryColumn);
    int technical = 0;
    for (const TimelineModel::Column column : std::as_const(shown)) {
        setColumnWidth(column, widthFor(column));
        technical += columnWidth(column);
    }
    // What is left goes to the details when they show, else to the sentence; a sentence narrower than
    // its widest text wraps onto a second line.
    const int rest = std::max(width - time - technical, 0);
    const int sentence = details ? m_sentenceWidth : rest;
    setColumnWidth(TimelineModel::KindColumn, sentence);
    if (details)
        setColumnWidth(TimelineModel::SummaryColumn, rest - sentence);
    m_wraps = sentence < m_sentenceWidth;
    const QFontMetrics metrics = fontMetrics();
    const int lines = m_wraps ? metrics.lineSpacing() + metrics.height() : metrics.height();
    verticalHeader()->setDefaultSectionSize(std::max(m_styleRowHeight, lines + 8));
}

void EventsTable::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void EventsTable::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    // Sentences, headers and samples take other widths in another font or language.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        remeasure();
}

} // namespace protoviz

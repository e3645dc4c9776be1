#pragma once

#include <QHash>
#include <QTableView>

namespace protoviz {

class TimelineModel;

/// The list of a session's events (a TimelineModel) laid out for the pane's width: the time, then the
/// sentence saying what happened, which always stays in view and whole; the technical columns follow
/// while they fit beside it, and the sentence takes the rest of the width. In a pane too narrow for the
/// longest sentence beside the time, rows grow to two lines and the sentence wraps. No horizontal
/// scrolling is needed to read what happened. GUI thread.
class EventsTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsTable)

public:
    /// Shows model, which must outlive the table.
    explicit EventsTable(TimelineModel* model, QWidget* parent = nullptr);

    /// The width the widest sentence of the rows so far needs, its cell's margins included.
    int sentenceWidth() const { return m_sentenceWidth; }
    /// Whether rows are two lines high because the sentence had to wrap.
    bool wrapsSentences() const { return m_wraps; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Measures the sentences of rows first..last (inclusive) into the widest so far.
    void measureRows(int first, int last);
    /// Forgets the measurements (new rows, font or language) and takes them again.
    void remeasure();
    /// Sets the columns' widths and which technical columns show, for the viewport's width now.
    void fitColumns();
    /// The width of a cell's margins around its text, in this style.
    int cellMargins() const;
    /// A column's width from its widest sample text and its header, margins included.
    int widthFor(int column) const;

    TimelineModel* const m_model;
    int m_sentenceWidth = 0;
    bool m_wraps = false;
    // The style's row height, the least a row gets whatever the font.
    int m_styleRowHeight = 0;
    // Sentences repeat (every segment the link carries): each distinct text is measured once.
    QHash<QString, int> m_measured;
};

} // namespace protoviz

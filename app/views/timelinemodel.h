#pragma once

#include "core/timeline/event.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace protoviz {

class LessonLibrary;
class Timeline;

/// A table of a timeline's events, one row per event, that grows live as the session appends (the
/// timeline's batched eventsAppended signal). Views never touch sessions; they read this.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    /// The sentence saying what happened comes right after the time, where the eye reads; the
    /// technical columns follow, most telling first (a narrow view shows only those that fit).
    enum Column {
        TimeColumn,
        KindColumn,
        LayerColumn,
        DirectionColumn,
        SizeColumn,
        StreamColumn,
        ConnectionColumn,
        OriginColumn,
        SummaryColumn,
        ColumnCount
    };

    /// The Event of a row, through data(index, EventRole).
    static constexpr int EventRole = Qt::UserRole + 1;

    explicit TimelineModel(QObject* parent = nullptr);

    /// Follows timeline (may be null); forgets the previous one.
    void setTimeline(const Timeline* timeline);
    const Timeline* timeline() const;

    const Event& eventAt(int row) const { return m_events.at(row); }

    /// Tooltips also explain the glossary terms a cell mentions; library (null: none) must outlive the
    /// model.
    void setGlossary(const LessonLibrary* library) { m_glossary = library; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Translated names for the event vocabulary, shared by every view.
    static QString layerLabel(Layer layer);
    static QString originLabel(Origin origin);
    static QString directionArrow(Direction direction);

private:
    /// The row's technical columns in one line ("12.345 ms · TLS · → · 517 bytes · connection 1"), for
    /// the sentence's tooltip: a narrow view may not show those columns. (Who saw it is the sentence's
    /// subject.)
    QString factsOf(const Event& event) const;
    void onAppended(qsizetype first, qsizetype count);

    QPointer<const Timeline> m_timeline;
    QList<Event> m_events;
    const LessonLibrary* m_glossary = nullptr;
};

} // namespace protoviz

#pragma once

#include "app/views/viewcontext.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace protoviz {

class Timeline;
class EavesdropperView;
class EventsTable;
class TimelineCanvas;
class TimelineModel;

/// One side of a comparison (A or B): its title, the figures measured so far, and its session drawn by
/// one view at a time — lanes, ladder, tiles, the plain list of events, or what an eavesdropper on the link
/// read. Reads only the timeline.
class SessionPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPane)

public:
    enum class View { Lanes, Ladder, Tiles, Events, Eavesdropper };

    /// letter: "A" or "B".
    SessionPane(const QString& letter, const ViewContext& context, QWidget* parent = nullptr);

    void setTimeline(const Timeline* timeline);
    const Timeline* timeline() const;

    void setView(View view);
    View view() const;
    /// The drawn view shown now, or nullptr for the list of events.
    TimelineCanvas* currentCanvas() const;
    /// The transcript of what an eavesdropper and an attacker on the link did.
    EavesdropperView* eavesdropperView() const { return m_eavesdropper; }
    /// The shown view's widget (canvas, table or transcript).
    QWidget* currentWidget() const;
    TimelineCanvas* canvas(View view) const;

    QString title() const;
    QString summaryText() const;
    TimelineModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshSummary();
    /// Names the views for assistive technology, in the language installed now.
    void retranslate();
    void selectRow(const QModelIndex& index);
    void followSelection();

    const QString m_letter;
    const ViewContext m_context;
    QPointer<const Timeline> m_timeline;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<TimelineCanvas*> m_canvases; // Lanes, Ladder, Tiles
    EventsTable* m_events = nullptr;
    EavesdropperView* m_eavesdropper = nullptr;
    TimelineModel* m_model = nullptr;
    QTimer m_refresh;
};

} // namespace protoviz

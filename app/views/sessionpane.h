#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace protoviz {

class Timeline;
class TimelineModel;

/// One side of a comparison (A or B): its title, the figures measured so far, and its events as they
/// happen. Reads only the session's timeline.
class SessionPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPane)

public:
    /// letter: "A" or "B".
    SessionPane(const QString& letter, QWidget* parent = nullptr);

    void setTimeline(const Timeline* timeline);
    QString summaryText() const;
    TimelineModel* model() const { return m_model; }

private:
    void refreshSummary();

    const QString m_letter;
    QPointer<const Timeline> m_timeline;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_events = nullptr;
    TimelineModel* m_model = nullptr;
    QTimer m_refresh;
};

} // namespace protoviz

#pragma once

#include "core/lesson/lessonstate.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace protoviz {

class Comparison;
class MainWindow;

/// Performs a lesson step's actions on the main window, as `protoviz-cli lesson run` performs them on
/// the terminal: chooses the scenario and shows its knobs in the scenario controls, runs it live and
/// measures the run once both sides are done, pauses the playback at an event, switches the view,
/// selects an event and one of its fields in the inspector, zooms. Keeps the LessonState, so that questions
/// are answered from the run the learner watched: the step's own, or one the learner ran of the step's
/// scenario in the window (Run, after changing a knob), which the player adopts once it is over. GUI
/// thread; the window must outlive the player.
class LessonPlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPlayer)

public:
    explicit LessonPlayer(MainWindow* window, QObject* parent = nullptr);

    /// Enters step (0-based) of lesson: performs the scenario and knobs actions of the steps before it,
    /// runs again the run the step relies on if the window no longer shows it, shows the view the
    /// lesson last chose, then performs the step's own actions in order. A run action waits for the run's
    /// end: the actions after it, and stepReady(), come then. Forgets any step entered before.
    void enter(const Lesson& lesson, int step);

    /// Whether a run of the step is going on (the rest of the step waits for it).
    bool isWaitingForRun() const;
    const LessonState& state() const { return m_state; }
    /// Whether the panes still show the run state() measured (the learner may have run or opened
    /// something else since).
    bool showsMeasuredRun() const;
    /// Whether state().run() is a run the learner made, not the lesson; its knobs may differ from
    /// state().knobs() (knob.NAME in answers reads the run's).
    bool isLearnersRun() const { return m_learnersKnobs.has_value(); }
    /// Selects an event of the measured run in the window, so that the inspector shows it. With
    /// reachPlayhead, moves the playback forward to it if the views have not drawn it yet. False, and
    /// nothing selected, if the panes do not show the measured run or it has no such event.
    bool selectEvent(RunMeasurements::Side side, qsizetype index, bool reachPlayhead);

signals:
    /// A run of the step started: the panes draw it live.
    void runStarted();
    /// A run the learner made of the step's scenario is over and measured: state().run() is that run now.
    void learnersRunMeasured();
    /// Every action of the step is done, after its run if it has one.
    void stepReady();
    /// An action could not be performed (knobs the scenario cannot run, a run that was replaced before
    /// its end); the step stops there. A field the selected event lacks is reported too, but the rest of
    /// the step goes on: only the inspector's pointer is missing.
    void failed(const QString& message);

private:
    struct QueuedAction
    {
        LessonAction action;
        int step = 0;
    };
    enum class Waiting { Nothing, ForStop, ForRun };

    void performQueue();
    /// Performs the rest of the queue from the event loop.
    void continueLater();
    /// Performs one action and moves on; false if the queue must wait (a run) or stop (a failure).
    bool perform(const QueuedAction& queued);
    bool startRun();
    void showField(const QString& name);
    void await(Comparison* comparison, Waiting waiting);
    void measure(Comparison* comparison, const ScenarioKnobs& knobs);
    void onComparisonFinished();
    void adoptLearnersRun();
    void onComparisonDestroyed();

    MainWindow* const m_window;
    LessonState m_state;
    QList<QueuedAction> m_queue;
    qsizetype m_next = 0;
    quint64 m_generation = 0; // counts enter(), so that a queue continued later is still the current one
    Waiting m_waiting = Waiting::Nothing;
    QPointer<Comparison> m_awaited;  // the comparison a run or a stop is waited for
    QPointer<Comparison> m_measured; // the comparison state().run() measured
    QString m_measuredLesson;        // which lesson's and step's run that was
    int m_measuredStep = -1;
    std::optional<ScenarioKnobs> m_learnersKnobs; // the measured run's knobs, when the learner made it
    QString m_lessonId;
    int m_step = -1;
    int m_runStep = -1;      // the step whose run the entered step is about; -1 if none
    bool m_stepDone = false; // every action of the entered step is done
    bool m_selected = false; // the step's select action found its event: a field action may point into it
};

} // namespace protoviz

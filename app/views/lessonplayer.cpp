#include "app/views/lessonplayer.h"

#include "core/session/comparison.h"
#include "core/timeline/timeline.h"

#include "app/views/inspectorview.h"
#include "app/views/mainwindow.h"
#include "app/views/scenariocontrols.h"
#include "app/views/timelinecanvas.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr double NanosecondsPerMs = 1e6;

// A view action's name (docs/lessons.md); "statistics" is a dock, not a view of the panes.
std::optional<SessionPane::View> paneView(const QString& name)
{
    static const QStringList names{QStringLiteral("lanes"), QStringLiteral("ladder"), QStringLiteral("tiles"),
                                   QStringLiteral("events"), QStringLiteral("eavesdropper")};
    const qsizetype index = names.indexOf(name);
    return index < 0 ? std::nullopt : std::optional(SessionPane::View(index));
}

// The first field called name. Lessons name fields in English; the inspector names them in its language,
// and most names it translates come from the context "protoviz" ("masking key"). A lesson that writes
// a header as the RFC spells it ("Sec-WebSocket-Accept") finds the lower-case name the wire carried.
int fieldNamed(const QList<Field>& fields, const QString& name)
{
    const QString translated = QCoreApplication::translate("protoviz", name.toUtf8().constData());
    for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString& candidate = fields.at(i).name;
            if (candidate.compare(name, sensitivity) == 0 || candidate.compare(translated, sensitivity) == 0)
                return int(i);
        }
    }
    return -1;
}

} // namespace

LessonPlayer::LessonPlayer(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    connect(window, &MainWindow::comparisonFinished, this, &LessonPlayer::onComparisonFinished);
}

void LessonPlayer::enter(const Lesson& lesson, int step)
{
    ++m_generation;
    m_queue.clear();
    m_next = 0;
    // A run an earlier step started goes on unmeasured; this step's run action stops it first.
    m_waiting = Waiting::Nothing;
    m_awaited = nullptr;
    m_lessonId = lesson.id;
    m_step = step;
    m_stepDone = false;
    m_selected = false;
    if (step < 0 || step >= lesson.steps.size())
        return;
    int runStep = -1;
    for (int s = 0; s <= step; ++s) {
        for (const LessonAction& action : lesson.steps[s].actions) {
            if (action.type == LessonAction::Type::Run)
                runStep = s;
        }
    }
    m_runStep = runStep;
    // A step without a run of its own is about an earlier step's run: the panes must show that one.
    const bool earlierRun = runStep >= 0 && runStep < step;
    const bool reuse =
        earlierRun && showsMeasuredRun() && m_measuredLesson == lesson.id && m_measuredStep == runStep;
    std::optional<RunMeasurements> kept;
    if (reuse) {
        kept = *m_state.run();
    } else {
        m_measured = nullptr;
        m_learnersKnobs.reset();
    }
    m_state = LessonState();
    if (kept)
        m_state.setRun(std::move(*kept));
    // Of the earlier steps' actions, what lasts: the scenario and its knobs, the run the step relies
    // on, and the view the lesson last chose. Pauses, selections and zooms were moments of their steps.
    std::optional<QueuedAction> lastView;
    for (int s = 0; s < step; ++s) {
        for (const LessonAction& action : lesson.steps[s].actions) {
            const bool setting =
                action.type == LessonAction::Type::Scenario || action.type == LessonAction::Type::Knobs;
            if (setting || (earlierRun && !reuse && s == runStep && action.type == LessonAction::Type::Run))
                m_queue.append({action, s});
            else if (action.type == LessonAction::Type::View)
                lastView = QueuedAction{action, s};
        }
    }
    if (lastView)
        m_queue.append(*lastView);
    for (const LessonAction& action : lesson.steps[step].actions)
        m_queue.append({action, step});
    performQueue();
}

bool LessonPlayer::isWaitingForRun() const
{
    return m_waiting != Waiting::Nothing;
}

bool LessonPlayer::showsMeasuredRun() const
{
    return m_state.run() && m_measured && m_window->comparison() == m_measured;
}

void LessonPlayer::performQueue()
{
    while (m_next < m_queue.size()) {
        // A copy: a slot of a signal emitted on the way may enter another step.
        const QueuedAction queued = m_queue.at(m_next);
        if (!perform(queued))
            return;
    }
    m_stepDone = true;
    emit stepReady();
}

void LessonPlayer::continueLater()
{
    // Not inside the finished comparison's own signal: the next run replaces (deletes) it.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation)
                performQueue();
        },
        Qt::QueuedConnection);
}

bool LessonPlayer::perform(const QueuedAction& queued)
{
    const LessonAction& action = queued.action;
    switch (action.type) {
    case LessonAction::Type::Scenario:
    case LessonAction::Type::Knobs: {
        QString error;
        if (!m_state.apply(action, &error)) {
            m_queue.clear();
            emit failed(error);
            return false;
        }
        m_window->controls()->setScenarioId(m_state.scenarioId());
        // The earlier steps' settings made the run the panes still show; if the learner ran it with
        // other knobs, the controls keep showing those, so that the controls and the panes agree.
        const bool madeShownRun = queued.step < m_step && m_learnersKnobs;
        m_window->controls()->setKnobs(madeShownRun ? *m_learnersKnobs : m_state.knobs());
        break;
    }
    case LessonAction::Type::Run:
        return startRun();
    case LessonAction::Type::PauseAt: {
        const LessonState::Location location = m_state.locate(action);
        if (location.index >= 0 && showsMeasuredRun()) {
            PlaybackClock* clock = m_window->playbackClock();
            clock->pause();
            clock->seek(m_state.run()->events(location.side).at(location.index).timeNs);
        }
        break;
    }
    case LessonAction::Type::View:
        if (const std::optional<SessionPane::View> view = paneView(action.argument))
            m_window->setView(*view);
        else
            m_window->showStatistics();
        break;
    case LessonAction::Type::Select: {
        const LessonState::Location location = m_state.locate(action);
        m_selected = selectEvent(location.side, location.index, false);
        break;
    }
    case LessonAction::Type::Field:
        showField(action.argument);
        break;
    case LessonAction::Type::Zoom: {
        QString error;
        // A range this run cannot give (no segment was lost this time) leaves the view as it is.
        const std::optional<std::pair<double, double>> range = m_state.range(action, &error);
        if (range && showsMeasuredRun()) {
            for (SessionPane* pane : m_window->shownPanes()) {
                if (TimelineCanvas* canvas = pane->currentCanvas())
                    canvas->showRange(qint64(range->first * NanosecondsPerMs),
                                      qint64(range->second * NanosecondsPerMs));
            }
        }
        break;
    }
    }
    ++m_next;
    return true;
}

bool LessonPlayer::startRun()
{
    Comparison* current = m_window->comparison();
    if (current && current->isRunning()) {
        // One run at a time: the one going on (the learner's own, or an earlier step's) stops first.
        await(current, Waiting::ForStop);
        m_window->stop();
        return false;
    }
    if (!m_window->run()) {
        m_queue.clear();
        emit failed(tr("The run did not start. Change what the message said, then choose the step again."));
        return false;
    }
    ++m_next;
    await(m_window->comparison(), Waiting::ForRun);
    emit runStarted();
    return false;
}

void LessonPlayer::showField(const QString& name)
{
    InspectorView* inspector = m_window->inspector();
    if (!m_selected) {
        emit failed(
            tr("This run has no event to select, so the inspector cannot show its field \"%1\".").arg(name));
        return;
    }
    const int field = fieldNamed(inspector->detail().fields, name);
    if (field < 0) {
        emit failed(tr("The selected event has no field \"%1\", so the inspector cannot show it.").arg(name));
        return;
    }
    inspector->selectField(field);
}

void LessonPlayer::await(Comparison* comparison, Waiting waiting)
{
    m_awaited = comparison;
    m_waiting = waiting;
    connect(comparison, &QObject::destroyed, this, &LessonPlayer::onComparisonDestroyed,
            Qt::UniqueConnection);
}

void LessonPlayer::measure(Comparison* comparison, const ScenarioKnobs& knobs)
{
    m_state.setRun(RunMeasurements(knobs, comparison->timelines()));
    m_measured = comparison;
    m_measuredLesson = m_lessonId;
    m_measuredStep = m_runStep;
}

void LessonPlayer::onComparisonFinished()
{
    if (m_waiting == Waiting::Nothing) {
        adoptLearnersRun();
        return;
    }
    if (!m_awaited || m_window->comparison() != m_awaited)
        return;
    if (m_waiting == Waiting::ForRun) {
        m_learnersKnobs.reset();
        measure(m_awaited, m_state.knobs());
    }
    m_waiting = Waiting::Nothing;
    continueLater();
}

void LessonPlayer::adoptLearnersRun()
{
    // Lessons say "change a knob and the answer changes": a run the learner made of the step's scenario
    // answers the step's questions, measured with the knobs it ran with. A run of another scenario
    // answers nothing here, and the lesson's run stays the measured one.
    Comparison* comparison = m_window->comparison();
    if (!m_stepDone || !comparison || comparison->scenario().id != m_state.scenarioId())
        return;
    m_learnersKnobs = m_window->comparisonKnobs();
    measure(comparison, *m_learnersKnobs);
    emit learnersRunMeasured();
}

void LessonPlayer::onComparisonDestroyed()
{
    // Another comparison than the awaited one went (the pointer to the awaited one is still set).
    if (m_waiting == Waiting::Nothing || m_awaited)
        return;
    if (m_waiting == Waiting::ForStop) {
        m_waiting = Waiting::Nothing;
        continueLater();
        return;
    }
    m_waiting = Waiting::Nothing;
    m_queue.clear();
    emit failed(tr("The run was replaced before it finished. Choose the step again to run it."));
}

bool LessonPlayer::selectEvent(RunMeasurements::Side side, qsizetype index, bool reachPlayhead)
{
    if (index < 0 || !showsMeasuredRun())
        return false;
    const SessionPane* pane = m_window->pane(int(side));
    const Timeline* timeline = pane->timeline();
    if (!timeline || index >= timeline->size())
        return false;
    PlaybackClock* clock = m_window->playbackClock();
    if (const qint64 time = timeline->at(index).timeNs; reachPlayhead && clock->position() < time) {
        clock->pause();
        clock->seek(time);
    }
    m_window->selection()->select(timeline, index);
    m_window->showInspector();
    return true;
}

} // namespace protoviz

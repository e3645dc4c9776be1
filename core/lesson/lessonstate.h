#pragma once

#include "core/lesson/lesson.h"
#include "core/lesson/runmeasurements.h"

#include <QCoreApplication>

namespace protoviz {

/// Where a learner is in a lesson: the scenario and knobs its actions chose so far and the
/// measurements of its latest run. Front-ends (the GUI's lesson panel, `protoviz-cli lesson run`)
/// perform what the actions show and leave the bookkeeping here. A value type.
class LessonState
{
    Q_DECLARE_TR_FUNCTIONS(LessonState)

public:
    /// An event an action points at: its side and its index among that side's events.
    struct Location
    {
        RunMeasurements::Side side = RunMeasurements::Side::A;
        qsizetype index = -1;
    };

    /// Applies a Scenario or Knobs action (other actions change nothing here). False and *error if
    /// the knobs cannot be set.
    bool apply(const LessonAction& action, QString* error);

    const QString& scenarioId() const { return m_scenarioId; }
    const ScenarioKnobs& knobs() const { return m_knobs; }

    /// The latest run, measured; null before the first.
    const RunMeasurements* run() const { return m_run ? &*m_run : nullptr; }
    void setRun(RunMeasurements run) { m_run = std::move(run); }

    /// The event a PauseAt or Select action names in the latest run (index -1 if none matches).
    Location locate(const LessonAction& action) const;
    /// The range of a Zoom action in milliseconds; nullopt and *error if the run cannot evaluate it.
    std::optional<std::pair<double, double>> range(const LessonAction& action, QString* error) const;

private:
    QString m_scenarioId;
    ScenarioKnobs m_knobs;
    std::optional<RunMeasurements> m_run;
};

} // namespace protoviz

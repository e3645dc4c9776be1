#pragma once

#include "core/lesson/runmeasurements.h"

#include <QCoreApplication>

namespace protoviz {

/// Runs a scenario to its end on the calling thread's event loop and measures it: what the command
/// line's lessons and quiz, and tests, need from a run. The GUI runs its own comparisons instead, so
/// that the learner watches them. Stateless.
class ScenarioRun
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRun)

public:
    /// nullopt and *error when the scenario cannot be made from the knobs. A run whose sessions fail is
    /// still measured (a.failed, b.failed say so).
    static std::optional<RunMeasurements> runToEnd(const QString& scenarioId, const ScenarioKnobs& knobs,
                                                   QString* error);
};

} // namespace protoviz

#include "core/lesson/scenariorun.h"

#include "core/session/comparison.h"
#include "core/timeline/timeline.h"

namespace protoviz {

std::optional<RunMeasurements> ScenarioRun::runToEnd(const QString& scenarioId, const ScenarioKnobs& knobs,
                                                     QString* error)
{
    std::optional<Scenario> scenario = ScenarioCatalog::make(scenarioId, knobs, error);
    if (!scenario)
        return std::nullopt;
    Comparison comparison(*scenario);
    comparison.runToEnd();
    return RunMeasurements(knobs, comparison.timelines());
}

} // namespace protoviz

#include "core/lesson/scenariorun.h"

#include "core/session/comparison.h"
#include "core/timeline/timeline.h"

#include <QEventLoop>

namespace protoviz {

std::optional<RunMeasurements> ScenarioRun::runToEnd(const QString& scenarioId, const ScenarioKnobs& knobs,
                                                     QString* error)
{
    std::optional<Scenario> scenario = ScenarioCatalog::make(scenarioId, knobs, error);
    if (!scenario)
        return std::nullopt;
    Comparison comparison(*scenario);
    QEventLoop loop;
    QObject::connect(&comparison, &Comparison::finished, &loop, &QEventLoop::quit);
    comparison.start();
    if (comparison.isRunning())
        loop.exec();
    return RunMeasurements(knobs, *comparison.timelineA(), *comparison.timelineB());
}

} // namespace protoviz

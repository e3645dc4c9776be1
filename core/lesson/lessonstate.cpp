#include "core/lesson/lessonstate.h"

#include "core/lesson/knobsettings.h"

namespace protoviz {

bool LessonState::apply(const LessonAction& action, QString* error)
{
    if (action.type == LessonAction::Type::Scenario) {
        m_scenarioId = action.argument;
        m_knobs = ScenarioKnobs{};
        return true;
    }
    if (action.type == LessonAction::Type::Knobs)
        return KnobSettings::apply(action.argument, &m_knobs, error);
    return true;
}

LessonState::Location LessonState::locate(const LessonAction& action) const
{
    Location location;
    location.side = RunMeasurements::sideFromName(action.argument.section(QLatin1Char(' '), 0, 0))
                        .value_or(RunMeasurements::Side::A);
    QString error;
    const std::optional<EventFilter> filter =
        EventFilter::parse(action.argument.section(QLatin1Char(' '), 1), &error);
    if (m_run && filter)
        location.index = m_run->find(location.side, *filter);
    return location;
}

std::optional<std::pair<double, double>> LessonState::range(const LessonAction& action, QString* error) const
{
    if (!m_run) {
        *error = tr("there is no run to zoom into yet");
        return std::nullopt;
    }
    const QStringList ends = action.argument.split(QLatin1String(".."));
    std::optional<double> values[2];
    for (int i = 0; i < 2; ++i) {
        const std::optional<Expression> expression = Expression::parse(ends.value(i), error);
        values[i] = expression ? expression->evaluate(*m_run, error) : std::nullopt;
        if (!values[i])
            return std::nullopt;
    }
    return std::pair{*values[0], *values[1]};
}

} // namespace protoviz

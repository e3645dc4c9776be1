#include "core/session/comparison.h"

#include "core/session/sessionrunner.h"
#include "core/timeline/timeline.h"

#include <QEventLoop>

namespace protoviz {

Comparison::Comparison(Scenario scenario, QObject* parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
{
    const SessionClock clock = SessionClock::startingNow();
    for (const ScenarioSide& side : m_scenario.sides) {
        auto* timeline = new Timeline(clock, this);
        timeline->setTitle(side.title);
        timeline->setSettings(side.settings);
        auto* runner = new SessionRunner(side.factory, timeline, this);
        connect(runner, &SessionRunner::finished, this, &Comparison::onSideFinished);
        m_timelines.append(timeline);
        m_runners.append(runner);
    }
}

Comparison::~Comparison()
{
    // Runners join their threads before the timelines they write to go away.
    qDeleteAll(m_runners);
}

void Comparison::start()
{
    if (m_running > 0)
        return;
    m_running = int(m_runners.size());
    for (SessionRunner* runner : std::as_const(m_runners))
        runner->start();
}

void Comparison::runToEnd()
{
    QEventLoop loop;
    connect(this, &Comparison::finished, &loop, &QEventLoop::quit);
    start();
    if (isRunning())
        loop.exec();
}

void Comparison::cancel()
{
    for (SessionRunner* runner : std::as_const(m_runners))
        runner->cancel();
}

bool Comparison::isRunning() const
{
    return m_running > 0;
}

void Comparison::onSideFinished()
{
    if (--m_running == 0)
        emit finished();
}

} // namespace protoviz

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
    m_timelineA = new Timeline(clock, this);
    m_timelineB = new Timeline(clock, this);
    m_timelineA->setTitle(m_scenario.a.title);
    m_timelineA->setSettings(m_scenario.a.settings);
    m_timelineB->setTitle(m_scenario.b.title);
    m_timelineB->setSettings(m_scenario.b.settings);
    m_runnerA = new SessionRunner(m_scenario.a.factory, m_timelineA, this);
    m_runnerB = new SessionRunner(m_scenario.b.factory, m_timelineB, this);
    connect(m_runnerA, &SessionRunner::finished, this, &Comparison::onSideFinished);
    connect(m_runnerB, &SessionRunner::finished, this, &Comparison::onSideFinished);
}

Comparison::~Comparison()
{
    // Runners join their threads before the timelines they write to go away.
    delete m_runnerA;
    delete m_runnerB;
}

void Comparison::start()
{
    if (m_running > 0)
        return;
    m_running = 2;
    m_runnerA->start();
    m_runnerB->start();
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
    m_runnerA->cancel();
    m_runnerB->cancel();
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

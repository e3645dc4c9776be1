#pragma once

#include "core/session/scenario.h"

#include <QObject>

namespace protoviz {

class SessionRunner;
class Timeline;

/// Runs a scenario's sessions at once, each on its own thread, with one clock for all timelines so that
/// A, B (and C, D where a scenario has them) are drawn against the same time axis. Lives on the caller's
/// thread.
class Comparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Comparison)

public:
    explicit Comparison(Scenario scenario, QObject* parent = nullptr);
    ~Comparison() override;

    const Scenario& scenario() const { return m_scenario; }
    /// One timeline per side, in the scenario's order; owned by the comparison.
    const QList<Timeline*>& timelines() const { return m_timelines; }
    Timeline* timelineA() const { return m_timelines.value(0); }
    Timeline* timelineB() const { return m_timelines.value(1); }

    void start();
    /// Starts and returns once every session is over, running the calling thread's event loop
    /// meanwhile: for the command line, benchmarks and tests, which wait for a run's end.
    void runToEnd();
    void cancel();
    bool isRunning() const;

signals:
    /// Every session is over.
    void finished();

private:
    void onSideFinished();

    const Scenario m_scenario;
    QList<Timeline*> m_timelines;
    QList<SessionRunner*> m_runners;
    int m_running = 0;
};

} // namespace protoviz

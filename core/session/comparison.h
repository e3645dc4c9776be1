#pragma once

#include "core/session/scenario.h"

#include <QObject>

#include <memory>

namespace protoviz {

class SessionRunner;
class Timeline;

/// Runs a scenario's two sessions at once, each on its own thread, with one clock for both timelines so
/// that A and B are drawn against the same time axis. Lives on the caller's thread.
class Comparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Comparison)

public:
    explicit Comparison(Scenario scenario, QObject* parent = nullptr);
    ~Comparison() override;

    const Scenario& scenario() const { return m_scenario; }
    Timeline* timelineA() const { return m_timelineA; }
    Timeline* timelineB() const { return m_timelineB; }

    void start();
    /// Starts and returns once both sessions are over, running the calling thread's event loop
    /// meanwhile: for the command line, benchmarks and tests, which wait for a run's end.
    void runToEnd();
    void cancel();
    bool isRunning() const;

signals:
    /// Both sessions are over.
    void finished();

private:
    void onSideFinished();

    const Scenario m_scenario;
    Timeline* m_timelineA = nullptr;
    Timeline* m_timelineB = nullptr;
    SessionRunner* m_runnerA = nullptr;
    SessionRunner* m_runnerB = nullptr;
    int m_running = 0;
};

} // namespace protoviz

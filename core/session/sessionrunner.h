#pragma once

#include "core/session/sessionworker.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;

namespace protoviz {

/// Runs one session on a thread of its own, so that its sockets and timers keep their timing while the
/// caller (GUI or command line) draws, and several sessions run side by side. The timeline stays with
/// the caller; the session only appends to it. Lives on the caller's thread.
class SessionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRunner)

public:
    SessionRunner(SessionWorkerFactory factory, Timeline* timeline, QObject* parent = nullptr);
    /// Cancels a running session and waits for its thread.
    ~SessionRunner() override;

    void start();
    /// Asks the session to stop; finished(Cancelled) follows.
    void cancel();
    bool isRunning() const { return m_running; }

    SessionOutcome outcome() const { return m_outcome; }
    QString reason() const { return m_reason; }

signals:
    /// The session is over and its thread has ended. Emitted on the runner's thread.
    void finished(protoviz::SessionOutcome outcome, const QString& reason);

private:
    void onWorkerFinished(SessionOutcome outcome, const QString& reason);
    void stopThread();

    const SessionWorkerFactory m_factory;
    Timeline* const m_timeline;
    QThread* m_thread = nullptr;
    QObject* m_anchor = nullptr; // lives on the session thread; parent of the worker
    QPointer<SessionWorker> m_worker;
    SessionOutcome m_outcome = SessionOutcome::Completed;
    QString m_reason;
    bool m_running = false;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace protoviz

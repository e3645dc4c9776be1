#pragma once

#include "core/timeline/event.h"

#include <QObject>

#include <functional>

namespace protoviz {

class EventRecorder;
class Timeline;

/// One live session's engine side: it builds its servers, link and clients on the session thread and
/// runs them, recording to the timeline. Each kind of scenario (page load, TLS handshakes, ...) has
/// its worker. Created, started and destroyed on the session thread by SessionRunner.
class SessionWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWorker)

public:
    using QObject::QObject;

    /// Starts the session. Records SessionKind::Started first.
    virtual void start() = 0;

    /// Stops early; finished(Cancelled) follows.
    virtual void cancel() = 0;

signals:
    /// The session is over. Emitted once, after SessionKind::Finished was recorded.
    void finished(protoviz::SessionOutcome outcome, const QString& reason);

protected:
    /// Records SessionKind::Finished (the reason as its text) through recorder, then emits finished().
    /// The worker calls it once, when its session ends.
    void recordFinished(const EventRecorder& recorder, SessionOutcome outcome, const QString& reason);

    /// How long a session whose work is done waits for its connections' goodbyes (GOAWAY, close_notify,
    /// FIN) to cross the link before it ends anyway: a few round trips, at least a second.
    static qint64 closingGraceMs(qint64 rttNs);
};

/// Creates a worker recording to timeline. Called on the session thread.
using SessionWorkerFactory = std::function<SessionWorker*(Timeline* timeline)>;

} // namespace protoviz

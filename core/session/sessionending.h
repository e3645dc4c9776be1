#pragma once

#include "core/timeline/event.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace protoviz {

class Link;

/// Ends a session once: on its deadline, on cancel, or after its connections' goodbyes (GOAWAY, Close
/// frames, close_notify, FIN) have crossed the link, but no later than a grace period. A worker owns one
/// by composition and does its own work (finishing clients, recording) around it: it reacts to
/// deadlinePassed() with its own message, and records the end in its slot for ended().
///
/// Lives on the session thread with its worker; every signal is emitted synchronously on that thread.
/// It does not own the links it watches; they must outlive it or be watched no longer than they live
/// (the worker's children, as a rule).
class SessionEnding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionEnding)

public:
    explicit SessionEnding(QObject* parent = nullptr);

    /// Counts the connections that finish across link (Link::connectionFinished) against the link's
    /// Link::connectionCount(). Call it once per link, before the link carries connections.
    void watch(Link* link);

    /// One more goodbye to wait for that no watched link counts (a QUIC connection's CONNECTION_CLOSE
    /// crossing a datagram relay); the worker calls goodbyeCrossed() once the peer has it.
    void awaitGoodbye() { ++m_goodbyesAwaited; }
    /// A goodbye awaited with awaitGoodbye() has crossed.
    void goodbyeCrossed();

    /// Starts the deadline: deadlinePassed() fires after seconds unless the session has ended by then
    /// (a session still closing may be ended by it, as TimedOut, if its worker says so).
    void startDeadline(int seconds);

    /// Whether closing began (beginClosing()) or the session has ended.
    bool isClosing() const { return m_closing; }

    /// Whether ended() has been emitted.
    bool hasEnded() const { return m_ended; }

    /// The session's work is done (or given up): remembers outcome and reason for the end. The worker
    /// then closes its connections and calls endAfterGoodbyes().
    void beginClosing(SessionOutcome outcome, const QString& reason);

    /// Ends now if every connection's goodbye has crossed the watched links; otherwise once they have,
    /// or after graceMs, whichever comes first. With the outcome and reason given to beginClosing().
    void endAfterGoodbyes(qint64 graceMs);

    /// Ends the session unless it has ended already: stops the deadline and emits ended().
    void end(SessionOutcome outcome, const QString& reason);

signals:
    /// The deadline passed while the session was still at work. Emitted at most once.
    void deadlinePassed();

    /// The session is over. Emitted once; the worker records SessionKind::Finished in its slot.
    void ended(protoviz::SessionOutcome outcome, const QString& reason);

private:
    bool goodbyesCrossed() const;

    QList<Link*> m_links;
    QTimer m_deadline;
    int m_connectionsClosed = 0;
    int m_goodbyesAwaited = 0;
    bool m_closing = false;
    bool m_ended = false;
    SessionOutcome m_pendingOutcome = SessionOutcome::Completed;
    QString m_pendingReason;
};

} // namespace protoviz

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QtGlobal>

#include <functional>
#include <list>

class QObject;

namespace protoviz {

/// A cap on the connections that wait for a request, as production servers keep one (nginx reuses the
/// connections idle longest when it runs short, Apache closes keep-alive ones): when more than limit()
/// connections are idle, the one idle longest is closed, then the next, until limit() remain.
///
/// What "idle" means is the caller's: it calls markIdle() when a connection starts waiting for a request
/// (a new connection, an HTTP/1.1 one between requests, an HTTP/2 one without open streams) and
/// markBusy() when one begins; a connection is named by an object that lives as long as it does. The
/// close function given to markIdle() runs, at most once, from inside the markIdle() call of the
/// connection that went over the limit; a connection closed this way is not counted again until
/// forget(). Call forget() when the connection ends. Not thread-safe: use it on the server's thread.
class IdleConnectionLimit final
{
    Q_DISABLE_COPY_MOVE(IdleConnectionLimit)

public:
    /// Closes an idle connection as politely as its protocol allows; idleMs: how long it waited.
    using Close = std::function<void(qint64 idleMs)>;

    /// Far below the usual limit of 1,024 open files, so that idle clients cannot starve active ones.
    static constexpr int DefaultLimit = 512;

    /// limit: the idle connections kept (at least 1).
    explicit IdleConnectionLimit(int limit = DefaultLimit);

    int limit() const { return m_limit; }
    /// The connections idle now.
    int idleCount() const { return int(m_idle.size()); }

    /// connection waits for a request from now on, or still does (then it keeps the time it began to
    /// wait, and close replaces the function given before). May close the connections idle longest.
    void markIdle(const QObject* connection, Close close);
    /// connection is busy with a request: it is not counted until markIdle() again.
    void markBusy(const QObject* connection);
    /// connection is over, or no longer the limit's business (a WebSocket taking it over).
    void forget(const QObject* connection);

private:
    struct Idle
    {
        const QObject* connection;
        qint64 sinceMs;
        Close close;
    };

    void closeIdleLongest();

    const int m_limit;
    QElapsedTimer m_clock;
    std::list<Idle> m_idle; // the one idle longest first
    QHash<const QObject*, std::list<Idle>::iterator> m_idleByConnection;
    QSet<const QObject*> m_closed; // closed by the limit, until forgotten
};

} // namespace protoviz

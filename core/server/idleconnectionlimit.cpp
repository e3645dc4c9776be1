#include "core/server/idleconnectionlimit.h"

#include <algorithm>

namespace protoviz {

IdleConnectionLimit::IdleConnectionLimit(int limit)
    : m_limit(std::max(1, limit))
{
    m_clock.start();
}

void IdleConnectionLimit::markIdle(const QObject* connection, Close close)
{
    // A connection the limit closed may still receive or finish a stream while it goes: it must not be
    // counted, nor closed, twice.
    if (m_closed.contains(connection))
        return;
    const auto known = m_idleByConnection.constFind(connection);
    if (known != m_idleByConnection.constEnd()) {
        (*known)->close = std::move(close);
        return;
    }
    m_idle.push_back({connection, m_clock.elapsed(), std::move(close)});
    m_idleByConnection.insert(connection, std::prev(m_idle.end()));
    closeIdleLongest();
}

void IdleConnectionLimit::markBusy(const QObject* connection)
{
    const auto known = m_idleByConnection.find(connection);
    if (known == m_idleByConnection.end())
        return;
    m_idle.erase(*known);
    m_idleByConnection.erase(known);
}

void IdleConnectionLimit::forget(const QObject* connection)
{
    markBusy(connection);
    m_closed.remove(connection);
}

void IdleConnectionLimit::closeIdleLongest()
{
    while (int(m_idle.size()) > m_limit) {
        // Out of the books before the close runs: closing may call back into the limit.
        Idle longest = std::move(m_idle.front());
        m_idle.pop_front();
        m_idleByConnection.remove(longest.connection);
        m_closed.insert(longest.connection);
        longest.close(m_clock.elapsed() - longest.sinceMs);
    }
}

} // namespace protoviz

#include "core/session/sessionending.h"

#include "core/link/link.h"

namespace protoviz {

SessionEnding::SessionEnding(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SessionEnding::deadlinePassed);
}

void SessionEnding::watch(Link* link)
{
    m_links.append(link);
    connect(link, &Link::connectionFinished, this, &SessionEnding::goodbyeCrossed);
}

void SessionEnding::goodbyeCrossed()
{
    ++m_connectionsClosed;
    if (m_closing && goodbyesCrossed())
        end(m_pendingOutcome, m_pendingReason);
}

void SessionEnding::startDeadline(int seconds)
{
    m_deadline.start(seconds * 1000);
}

void SessionEnding::beginClosing(SessionOutcome outcome, const QString& reason)
{
    m_closing = true;
    m_pendingOutcome = outcome;
    m_pendingReason = reason;
}

void SessionEnding::endAfterGoodbyes(qint64 graceMs)
{
    if (goodbyesCrossed()) {
        end(m_pendingOutcome, m_pendingReason);
        return;
    }
    // So that every byte is counted, but a peer that never says goodbye does not hold the session open.
    QTimer::singleShot(graceMs, this, [this] { end(m_pendingOutcome, m_pendingReason); });
}

void SessionEnding::end(SessionOutcome outcome, const QString& reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_closing = true;
    m_deadline.stop();
    emit ended(outcome, reason);
}

bool SessionEnding::goodbyesCrossed() const
{
    int connections = m_goodbyesAwaited;
    for (const Link* link : m_links)
        connections += link->connectionCount();
    return m_connectionsClosed >= connections;
}

} // namespace protoviz

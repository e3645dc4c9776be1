#include "core/timeline/timeline.h"

#include <QMetaObject>
#include <QReadLocker>
#include <QWriteLocker>

#include <algorithm>

namespace protoviz {

Timeline::Timeline(SessionClock clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    // A long session (10,000 streams) produces ~100,000 events; start with room for a typical run.
    m_events.reserve(4096);
}

Timeline::~Timeline() = default;

QString Timeline::title() const
{
    QReadLocker locker(&m_lock);
    return m_title;
}

void Timeline::setTitle(const QString& title)
{
    {
        QWriteLocker locker(&m_lock);
        m_title = title;
    }
    QMetaObject::invokeMethod(this, &Timeline::metadataChanged, Qt::QueuedConnection);
}

QVariantMap Timeline::settings() const
{
    QReadLocker locker(&m_lock);
    return m_settings;
}

void Timeline::setSettings(const QVariantMap& settings)
{
    {
        QWriteLocker locker(&m_lock);
        m_settings = settings;
    }
    QMetaObject::invokeMethod(this, &Timeline::metadataChanged, Qt::QueuedConnection);
}

qsizetype Timeline::record(Event event, EventDetail detail)
{
    QWriteLocker locker(&m_lock);
    // Stamp under the lock so that concurrent recorders cannot append out of time order.
    event.timeNs = m_clock.elapsedNs();
    return appendLocked(event, std::move(detail));
}

qsizetype Timeline::append(Event event, EventDetail detail)
{
    QWriteLocker locker(&m_lock);
    if (!m_events.isEmpty())
        event.timeNs = std::max(event.timeNs, m_events.constLast().timeNs);
    return appendLocked(event, std::move(detail));
}

qsizetype Timeline::appendLocked(Event& event, EventDetail&& detail)
{
    const int limit = byteLimit();
    if (detail.bytes.size() > limit) {
        detail.originalSize = quint32(detail.bytes.size());
        detail.bytes.truncate(limit);
        detail.bytes.squeeze();
    }
    event.detail = detail.isEmpty() ? 0 : m_details.add(detail);
    m_events.append(event);
    scheduleNotification();
    return m_events.size() - 1;
}

void Timeline::scheduleNotification()
{
    if (m_notificationPending)
        return;
    m_notificationPending = true;
    QMetaObject::invokeMethod(this, &Timeline::notifyAppended, Qt::QueuedConnection);
}

void Timeline::notifyAppended()
{
    qsizetype first = 0;
    qsizetype count = 0;
    {
        QWriteLocker locker(&m_lock);
        m_notificationPending = false;
        first = m_notifiedUpTo;
        count = m_events.size() - first;
        m_notifiedUpTo = m_events.size();
    }
    if (count > 0)
        emit eventsAppended(first, count);
}

qsizetype Timeline::size() const
{
    QReadLocker locker(&m_lock);
    return m_events.size();
}

Event Timeline::at(qsizetype i) const
{
    QReadLocker locker(&m_lock);
    Q_ASSERT(i >= 0 && i < m_events.size());
    return m_events.at(i);
}

QList<Event> Timeline::events(qsizetype first, qsizetype count) const
{
    QReadLocker locker(&m_lock);
    first = std::clamp<qsizetype>(first, 0, m_events.size());
    if (count < 0 || first + count > m_events.size())
        count = m_events.size() - first;
    return m_events.mid(first, count);
}

EventDetail Timeline::detail(const Event& event) const
{
    if (event.detail == 0)
        return {};
    QReadLocker locker(&m_lock);
    return m_details.get(event.detail);
}

qsizetype Timeline::lowerBound(qint64 timeNs) const
{
    QReadLocker locker(&m_lock);
    const auto it = std::lower_bound(m_events.cbegin(), m_events.cend(), timeNs,
                                     [](const Event& e, qint64 t) { return e.timeNs < t; });
    return it - m_events.cbegin();
}

Timeline::Footprint Timeline::footprint() const
{
    QReadLocker locker(&m_lock);
    Footprint footprint;
    footprint.events = m_events.size();
    footprint.recordBytes = m_events.size() * qsizetype(sizeof(Event)) + m_details.indexBytes();
    footprint.rawBytes = m_details.rawBytes();
    footprint.decodedBytes = m_details.arenaBytes() - m_details.rawBytes();
    return footprint;
}

} // namespace protoviz

#include "core/timeline/timeline.h"

#include "core/timeline/eventnames.h"

#include <QMap>
#include <QMetaObject>
#include <QReadLocker>
#include <QWriteLocker>

#include <algorithm>
#include <limits>

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

void Timeline::setMemoryBudget(qsizetype bytes)
{
    QWriteLocker locker(&m_lock);
    m_memoryBudget = std::max<qsizetype>(bytes, 0);
}

qsizetype Timeline::memoryBudget() const
{
    QReadLocker locker(&m_lock);
    return m_memoryBudget;
}

qsizetype Timeline::firstIndex() const
{
    QReadLocker locker(&m_lock);
    return m_firstIndex;
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
    const qsizetype index = endIndexLocked() - 1;
    if (m_memoryBudget > 0 && memoryBytesLocked() > m_memoryBudget)
        enforceBudgetLocked();
    scheduleNotification();
    return index;
}

qsizetype Timeline::memoryBytesLocked() const
{
    return m_events.size() * qsizetype(sizeof(Event)) + m_details.indexBytes() + m_details.arenaBytes();
}

void Timeline::enforceBudgetLocked()
{
    // Dropping a quarter of the budget at once keeps the cost of compacting the detail arena amortised
    // over many appends instead of paid on each one.
    const qsizetype target = m_memoryBudget - m_memoryBudget / 4;
    // Only events every listener has seen may go: the printer and a streamed recording read each batch
    // when eventsAppended() announces it, so nothing is lost on its way to them.
    const qsizetype droppable = std::min<qsizetype>(m_deliveredUpTo - m_firstIndex, m_events.size());
    qsizetype excess = memoryBytesLocked() - target;
    qsizetype count = 0;
    quint32 lastDetail = 0;
    QMap<QString, qsizetype> kinds;
    while (count < droppable && excess > 0) {
        const Event& event = m_events.at(count);
        excess -= qsizetype(sizeof(Event));
        if (event.detail != 0)
            lastDetail = event.detail;
        kinds[layerName(event.layer) + QLatin1Char(' ') + kindName(event.layer, event.kind)] += 1;
        ++count;
        if (event.detail != 0) {
            // A detail's share: its index entry and its arena bytes up to the next detail.
            const qsizetype before = m_details.arenaBytesBefore(event.detail);
            excess -= m_details.arenaBytesBefore(event.detail + 1) - before + qsizetype(sizeof(quint32));
        }
    }
    if (count == 0)
        return;
    const qint64 beforeNs = count < m_events.size() ? m_events.at(count).timeNs : m_events.constLast().timeNs;
    if (lastDetail != 0)
        m_details.dropBefore(lastDetail + 1);
    m_events.remove(0, count);
    if (m_events.capacity() > 2 * m_events.size() + 4096)
        m_events.squeeze();
    m_firstIndex += count;
    m_droppedTotal += count;
    // Handles are 32 bits: a server flooded for hours would run out of them, so once half are used up
    // the details kept are numbered from 1 again (an Event copied out before then finds no detail).
    if (m_details.firstHandle() > std::numeric_limits<quint32>::max() / 2) {
        const quint32 shift = m_details.renumber();
        for (Event& event : m_events) {
            if (event.detail != 0)
                event.detail -= shift;
        }
    }

    QList<std::pair<qsizetype, QString>> byCount;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList listed;
    constexpr qsizetype MaxKindsListed = 5;
    for (qsizetype i = 0; i < std::min(byCount.size(), MaxKindsListed); ++i)
        listed.append(QStringLiteral("%1 × %L2").arg(byCount[i].second).arg(byCount[i].first));
    if (byCount.size() > MaxKindsListed)
        listed.append(tr("%n other kind(s)", nullptr, int(byCount.size() - MaxKindsListed)));

    EventDetail summary;
    summary.text = tr("%L1 events (%2) before %3 s were dropped to stay within the event budget of %4 MiB; "
                      "%L5 dropped since the start.")
                       .arg(count)
                       .arg(listed.join(QStringLiteral(", ")))
                       .arg(QString::number(double(beforeNs) / 1e9, 'f', 3))
                       .arg(QString::number(double(m_memoryBudget) / (1024.0 * 1024.0), 'g', 4))
                       .arg(m_droppedTotal);
    Event note{.layer = Layer::Session, .kind = kindOf(SessionKind::Note), .origin = Origin::Server};
    note.timeNs = m_events.isEmpty() ? beforeNs : m_events.constLast().timeNs;
    note.detail = m_details.add(summary);
    m_events.append(note);
    QMetaObject::invokeMethod(
        this, [this, count, total = m_droppedTotal] { emit eventsDropped(count, total); },
        Qt::QueuedConnection);
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
        count = endIndexLocked() - first;
        m_notifiedUpTo = endIndexLocked();
    }
    if (count <= 0)
        return;
    emit eventsAppended(first, count);
    QWriteLocker locker(&m_lock);
    m_deliveredUpTo = std::max(m_deliveredUpTo, first + count);
}

qsizetype Timeline::size() const
{
    QReadLocker locker(&m_lock);
    return endIndexLocked();
}

Event Timeline::at(qsizetype i) const
{
    QReadLocker locker(&m_lock);
    Q_ASSERT(i >= m_firstIndex && i < endIndexLocked());
    return m_events.at(i - m_firstIndex);
}

QList<Event> Timeline::events(qsizetype first, qsizetype count) const
{
    QReadLocker locker(&m_lock);
    const qsizetype end = count < 0 ? endIndexLocked() : std::min(first + count, endIndexLocked());
    first = std::clamp<qsizetype>(first, m_firstIndex, endIndexLocked());
    if (end <= first)
        return {};
    return m_events.mid(first - m_firstIndex, end - first);
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
    return m_firstIndex + (it - m_events.cbegin());
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

#pragma once

#include "core/timeline/detailstore.h"
#include "core/timeline/event.h"
#include "core/timeline/eventdetail.h"
#include "core/timeline/sessionclock.h"

#include <QList>
#include <QObject>
#include <QReadWriteLock>
#include <QVariantMap>

#include <atomic>

namespace protoviz {

/// The ordered record of everything a session did: the single source views, statistics and exporters
/// read. Appending is thread-safe (endpoints run on a session thread); reading is thread-safe too, and
/// readers on other threads follow the timeline live through eventsAppended().
///
/// Events are appended in the order they happened, so their times never decrease.
///
/// Indices are positions in the whole run. A timeline normally keeps every event, so its indices run
/// from 0 to size(); a timeline with a memory budget (setMemoryBudget, what a long-running serve sets)
/// drops its oldest events, and then only [firstIndex(), size()) can be read.
class Timeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Timeline)

public:
    explicit Timeline(SessionClock clock, QObject* parent = nullptr);
    ~Timeline() override;

    /// The clock every event of this timeline is stamped with.
    SessionClock clock() const { return m_clock; }

    /// The session's title as views label it ("HTTP/2 over TLS").
    QString title() const;
    void setTitle(const QString& title);

    /// Configuration of the run (RTT, loss, ...) as it was when the session started; exporters store it.
    QVariantMap settings() const;
    void setSettings(const QVariantMap& settings);

    /// How many bytes of each unit's raw bytes are kept (0 keeps none). Bodies beyond this are cut short,
    /// which keeps a long run's memory bounded; headers and handshakes are far below the default.
    void setByteLimit(int limit) { m_byteLimit.store(limit, std::memory_order_relaxed); }
    int byteLimit() const { return m_byteLimit.load(std::memory_order_relaxed); }

    /// Bounds the memory of events and details to about bytes (0, the default, keeps every event). When
    /// the timeline grows past it, the oldest events that eventsAppended() already announced are dropped
    /// until a quarter of the budget is free again, and a SessionKind::Note event appended at the end
    /// says how many events of which kinds were dropped and up to when; eventsDropped() follows. Sessions
    /// and the GUI keep the default: their views read every index from 0. Thread-safe.
    void setMemoryBudget(qsizetype bytes);
    qsizetype memoryBudget() const;

    /// Index of the oldest event still kept: 0 unless the memory budget dropped events. Thread-safe.
    qsizetype firstIndex() const;

    /// Appends an event stamped with the current time of the clock. Thread-safe. Returns its index.
    qsizetype record(Event event, EventDetail detail = {});

    /// Appends an event whose time the caller set (used when loading a recording). Thread-safe. Events
    /// earlier than the last one are moved to the last time so that order and time agree.
    qsizetype append(Event event, EventDetail detail = {});

    /// Number of events so far, dropped ones included: the index the next event gets. Thread-safe.
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }

    /// A copy of event i. Thread-safe; i must be in [firstIndex(), size()).
    Event at(qsizetype i) const;

    /// Copies of events [first, first + count), clipped to the events kept. Thread-safe.
    QList<Event> events(qsizetype first = 0, qsizetype count = -1) const;

    /// The detail attached to an event (empty if none, or if the memory budget dropped it). Thread-safe.
    EventDetail detail(const Event& event) const;

    /// Index of the first event at or after timeNs (size() if none). Thread-safe.
    qsizetype lowerBound(qint64 timeNs) const;

    /// Memory the timeline uses (of the events kept), split the way the bytes-per-event benchmark reports it.
    /// Thread-safe.
    struct Footprint
    {
        qsizetype events = 0;       ///< number of events
        qsizetype recordBytes = 0;  ///< fixed records plus the detail index: the per-event cost
        qsizetype decodedBytes = 0; ///< decoded fields and texts (payload)
        qsizetype rawBytes = 0;     ///< raw unit bytes kept for the inspector (payload)
    };
    Footprint footprint() const;

signals:
    /// Events [first, first + count) were appended. Emitted on the timeline's own thread, batched:
    /// a burst of appends from a session thread leads to one emission.
    void eventsAppended(qsizetype first, qsizetype count);

    /// The memory budget dropped count more events, total since the timeline started. Emitted on the
    /// timeline's own thread, after the Note that describes them was appended.
    void eventsDropped(qsizetype count, qsizetype total);

    /// The title or the settings changed.
    void metadataChanged();

private:
    qsizetype appendLocked(Event& event, EventDetail&& detail);
    void scheduleNotification();
    void notifyAppended();
    qsizetype memoryBytesLocked() const;
    void enforceBudgetLocked();
    qsizetype endIndexLocked() const { return m_firstIndex + m_events.size(); }

    const SessionClock m_clock;
    mutable QReadWriteLock m_lock;
    QList<Event> m_events;
    DetailStore m_details;
    QString m_title;
    QVariantMap m_settings;
    std::atomic<int> m_byteLimit{4096};
    qsizetype m_memoryBudget = 0;       // guarded by m_lock
    qsizetype m_firstIndex = 0;         // guarded by m_lock: index of m_events.first()
    qsizetype m_droppedTotal = 0;       // guarded by m_lock
    qsizetype m_notifiedUpTo = 0;       // guarded by m_lock
    qsizetype m_deliveredUpTo = 0;      // guarded by m_lock: eventsAppended() returned for these
    bool m_notificationPending = false; // guarded by m_lock
};

} // namespace protoviz

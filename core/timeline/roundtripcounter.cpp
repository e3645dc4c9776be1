#include "core/timeline/roundtripcounter.h"

#include "core/timeline/protocoldescriptor.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <span>

namespace protoviz {

namespace {

// Timers fire a little late: an act this much after the bytes left could still have been their cause.
constexpr qint64 TimerSlackNs = 1000000;
// Past this many remembered prefixes the memory is worth more than recounting.
constexpr qsizetype RememberedCounts = 1024;

} // namespace

void RoundTripCounter::add(const Event& e)
{
    const auto append = [&](Step step, qint64 departureNs = 0) {
        m_entries.append(
            {.timeNs = e.timeNs, .departureNs = departureNs, .connection = e.connection, .step = step});
    };
    if (e.is(SessionKind::Started)) {
        m_rttNs = e.value;
        m_atCounts.clear();
        m_upToCounts.clear();
    } else if (e.is(SessionKind::ObjectCompleted)) {
        append(Step::WorkDone);
    } else if (e.is(SessionKind::ConnectionRole)) {
        if (e.flags & ConnectionRoleFlag::BehindTheServer)
            append(Step::BehindServer);
    } else if (e.is(WireKind::Syn)) {
        append(Step::ClientOpens);
    } else if (e.is(WireKind::Established)) {
        // The SYN-ACK reached the client: it left the server a one-way delay before.
        append(Step::ServerAnswered, e.timeNs - m_rttNs / 2);
    } else if ((e.is(WireKind::SegmentDelivered) || e.is(WireKind::DatagramDelivered)) &&
               e.direction == Direction::ServerToClient) {
        append(Step::ServerAnswered, e.value); // value: when it left
    } else if (e.origin == Origin::Client && e.direction == Direction::ClientToServer &&
               ProtocolRegistry::of(e).roundTripStep(e) == RoundTripStep::Asks) {
        append(Step::ClientActs);
    }
}

void RoundTripCounter::add(const QList<Event>& events)
{
    for (const Event& e : events)
        add(e);
}

int RoundTripCounter::roundTripsAt(qint64 positionNs) const
{
    return countUpTo(positionNs, false);
}

int RoundTripCounter::roundTripsUpTo(qint64 positionNs) const
{
    return countUpTo(positionNs, true);
}

int RoundTripCounter::roundTrips() const
{
    return roundTripsAt(std::numeric_limits<qint64>::max());
}

int RoundTripCounter::countUpTo(qint64 positionNs, bool untilTheEnd) const
{
    const auto end = std::partition_point(m_entries.cbegin(), m_entries.cend(),
                                          [positionNs](const Entry& e) { return e.timeNs <= positionNs; });
    const qsizetype entries = end - m_entries.cbegin();
    if (entries == 0)
        return 0;
    QHash<qsizetype, int>& known = untilTheEnd ? m_upToCounts : m_atCounts;
    const auto found = known.constFind(entries);
    if (found != known.constEnd())
        return *found;
    if (known.size() > RememberedCounts)
        known.clear();
    const int trips = count(entries, untilTheEnd);
    known.insert(entries, trips);
    return trips;
}

int RoundTripCounter::count(qsizetype entries, bool untilTheEnd) const
{
    const std::span<const Entry> counted(m_entries.constData(), size_t(entries));
    struct Act
    {
        qint64 timeNs;
        int round;
    };
    QHash<quint32, QList<Act>> acts;   // per connection, in time order
    QHash<quint32, int> receivedRound; // per connection: round of the latest server bytes received
    int anyReceivedRound = 0;
    const qint64 oneWay = m_rttNs / 2;

    // Only what happened until the work was done counts: acts after the last object arrived (a TLS 1.3
    // client's Finished after 0-RTT data, goodbyes) keep nobody waiting.
    qint64 workDoneNs = std::numeric_limits<qint64>::max();
    QSet<quint32> behind;
    for (const Entry& e : counted) {
        if (e.step == Step::WorkDone && !untilTheEnd)
            workDoneNs = e.timeNs;
        else if (e.step == Step::BehindServer)
            behind.insert(e.connection);
    }
    for (const Entry& e : counted) {
        if (e.timeNs > workDoneNs)
            break;
        if (e.connection != 0 && behind.contains(e.connection))
            continue;
        switch (e.step) {
        case Step::ClientOpens:
            acts[e.connection].append({e.timeNs, anyReceivedRound + 1});
            break;
        case Step::ClientActs: {
            const int round = receivedRound.value(e.connection) + 1;
            QList<Act>& list = acts[e.connection];
            if (list.isEmpty() || list.constLast().round != round)
                list.append({e.timeNs, round});
            break;
        }
        case Step::ServerAnswered: {
            int round = 0;
            for (const Act& act : std::as_const(acts[e.connection])) {
                if (act.timeNs + oneWay <= e.departureNs + TimerSlackNs)
                    round = std::max(round, act.round);
            }
            int& current = receivedRound[e.connection];
            current = std::max(current, round);
            anyReceivedRound = std::max(anyReceivedRound, round);
            break;
        }
        case Step::WorkDone:
        case Step::BehindServer:
            break;
        }
    }
    return anyReceivedRound;
}

} // namespace protoviz

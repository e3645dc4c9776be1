#pragma once

#include "core/timeline/event.h"

#include <QHash>
#include <QList>

namespace protoviz {

/// The round trips a client waited through, counted along causal chains from a session's events, the
/// one count that statistics and views share.
///
/// A client act (a SYN, or a unit whose descriptor says it asks: a TLS handshake flight, a QUIC Initial,
/// a request) belongs to round 1 + the round of the latest server bytes the client had received on that
/// connection (for a SYN, on any connection). Server bytes belong to the round of the latest client act
/// that could have reached the server before they left it (one-way delay = RTT / 2, the RTT from the
/// session's Started event); the link's deliveries say when they left. Pipelined and multiplexed
/// requests sent without waiting share a round. The work took as many round trips as the round of the
/// last server bytes the client received until it was done (its last object arrived). Hops behind the
/// server (connections whose ConnectionRole is BehindTheServer) keep the client waiting on the server,
/// not on themselves, and are left out.
///
/// Fed the events in timeline order, it keeps the few it reads. A plain value; not thread-safe.
class RoundTripCounter final
{
public:
    /// Takes the next event of the session (events must come in timeline order).
    void add(const Event& event);
    /// Takes events, in timeline order.
    void add(const QList<Event>& events);

    /// The round trips of the work done by positionNs: up to the last object completed by then, or up
    /// to positionNs while none has.
    int roundTripsAt(qint64 positionNs) const;
    /// The round trips the events up to positionNs took, as if the work ended there (what a run of
    /// calls has cost so far, whether or not an object completed).
    int roundTripsUpTo(qint64 positionNs) const;
    /// The round trips of the whole work: roundTripsAt() the end of time.
    int roundTrips() const;

private:
    /// What an event the counter reads means to it.
    enum class Step : quint8 {
        ClientOpens,    ///< a SYN: a new connection's first act
        ClientActs,     ///< the client asks for something and waits
        ServerAnswered, ///< server bytes reached the client (departureNs: when they left the server)
        WorkDone,       ///< an object completed
        BehindServer,   ///< the connection is a hop behind the server
    };
    struct Entry
    {
        qint64 timeNs = 0;
        qint64 departureNs = 0;
        quint32 connection = 0;
        Step step = Step::ClientActs;
    };

    /// Counts over the first count entries; the work ends at the last WorkDone among them unless
    /// untilTheEnd.
    int count(qsizetype entries, bool untilTheEnd) const;
    /// Counts over the entries up to positionNs, remembered (a prefix's count never changes).
    int countUpTo(qint64 positionNs, bool untilTheEnd) const;

    QList<Entry> m_entries;
    qint64 m_rttNs = 0;
    // Counts of prefixes, keyed by their length (twice: the work done at its last object, or through).
    mutable QHash<qsizetype, int> m_atCounts;
    mutable QHash<qsizetype, int> m_upToCounts;
};

} // namespace protoviz

#pragma once

#include "core/link/linkconditions.h"
#include "core/timeline/event.h"

#include <QRandomGenerator>

#include <deque>

namespace protoviz {

/// The timing model of ONE direction of ONE UDP flow on the emulated link: it plans each datagram the
/// moment the sender hands it over, knowing sizes and times only (no sockets, no clock of its own), so
/// tests drive it in virtual time and the DatagramRelay on the session clock.
///
/// The model, that of a router's output port:
/// - Queue: a datagram waits behind the ones before it until the direction is free; at most queueLimit
///   datagrams wait (the one being serialized does not count). One that finds the queue full is dropped
///   at once (tail drop) and never departs.
/// - Serialization: a datagram occupies the direction for size × 8 / bandwidth (no time when the
///   bandwidth is unlimited). Header bytes are not counted, as for TCP segments.
/// - Propagation: it arrives RTT/2 plus a uniform jitter in [−jitter, +jitter] after its last bit left.
///   Datagrams are not kept in order: jitter may make a later one arrive first, as on a real path.
/// - Loss: each datagram is dropped on its way with probability LinkConditions::lossRate. Nothing is
///   sent again: recovering is the job of the protocol above (QUIC does it on its own).
/// The loss and jitter draws are made for every datagram handed over, dropped or not, from a generator
/// seeded with LinkConditions::seed, the flow and the direction: with a fixed seed the n-th datagram's
/// fate is the same in every run. Seed 0 draws a random seed.
///
/// A value type used on one thread.
class DatagramScheduler
{
public:
    /// A router's queue of a few dozen packets: enough to absorb a burst, small enough to drop when a
    /// sender keeps outpacing the bandwidth.
    static constexpr int DefaultQueueLimit = 64;

    /// What becomes of one datagram.
    struct Plan
    {
        quint32 number = 0;     ///< its number in this direction, from 1 (dropped ones count)
        qint64 offeredNs = 0;   ///< when the sender handed it over
        qint64 departureNs = 0; ///< when its first bit goes on the link (offeredNs if it overflowed)
        qint64 arrivalNs = 0;   ///< when it reaches, or would have reached, the receiver
        bool overflow = false;  ///< the queue was full: dropped at once, it never departs
        bool lost = false;      ///< dropped on its way: it departs but never arrives

        bool isDelivered() const { return !overflow && !lost; }
    };

    /// The model of `direction` (ClientToServer uses the upstream bandwidth, ServerToClient the downstream
    /// one) of flow `flow`; conditions must be valid (LinkConditions::validationError()), queueLimit ≥ 0.
    DatagramScheduler(const LinkConditions& conditions, Direction direction, quint32 flow = 0,
                      int queueLimit = DefaultQueueLimit);

    /// The sender handed over a datagram of `bytes` payload bytes at nowNs. Times must not decrease.
    Plan offer(qint64 nowNs, int bytes);

    /// Datagrams waiting in the queue at nowNs (not counting the one being serialized).
    int queued(qint64 nowNs);

    /// Time a datagram of `bytes` payload bytes occupies the direction.
    qint64 serializationNs(int bytes) const;

private:
    qint64 propagationNs(double draw) const;

    const qint64 m_oneWayNs;
    const qint64 m_jitterNs;
    const quint64 m_bitsPerSecond;
    const double m_lossRate;
    const int m_queueLimit;
    QRandomGenerator m_random;

    qint64 m_linkFreeNs = 0;
    quint32 m_lastNumber = 0;
    std::deque<qint64> m_departures; ///< of the datagrams accepted, in order, until they depart
};

} // namespace protoviz

#pragma once

#include "core/link/linkconditions.h"
#include "core/timeline/event.h"

#include <QList>
#include <QRandomGenerator>
#include <queue>

#include <deque>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace protoviz {

/// The timing model of ONE direction of ONE connection on the emulated link: a discrete-event
/// simulation that knows byte counts and times only, no sockets and no clock of its own. The caller
/// says when the sending application wrote bytes (write()) and finished (finish()), asks when something
/// happens next (nextActionTimeNs()) and collects what happened up to a time (advance()). Times are
/// nanoseconds on any monotonic scale (the Link uses the session clock; tests use virtual time).
///
/// The model, deliberately simple:
/// - Segmentation: bytes are cut into segments of at most LinkConditions::mss bytes when a segment can
///   depart, so bytes written while the sender waits (for the link or the window) coalesce, as TCP does
///   without Nagle. A segment only takes bytes written at or before its departure.
/// - Serialization: a segment occupies the direction for size × 8 / bandwidth (no time when the bandwidth
///   is unlimited); departures are sequential. Header bytes are not counted.
/// - Propagation: a segment arrives RTT/2 plus a uniform jitter in [−jitter, +jitter] after its last
///   bit left. The generator is seeded from LinkConditions::seed, the connection and the direction, so a
///   fixed seed reproduces a run; seed 0 draws a random seed.
/// - Delivery is in order: a segment reaches the receiving application at max(its arrival, the delivery
///   of the segment before it). One that waited is head-of-line blocked (Action::headOfLineBlocked), be
///   it behind a lost segment or behind one that jitter delayed.
/// - Acknowledgement: every delivered segment is acknowledged; the ACK reaches the sender RTT/2 after the
///   delivery, without jitter. Acknowledging on in-order delivery is what a cumulative ACK does.
/// - Congestion window: at most cwnd segments are in flight (departed, not yet acknowledged). cwnd starts
///   at LinkConditions::initialWindow; each ACK adds 1 below ssthresh (slow start, initially unlimited)
///   and 1/cwnd above it (congestion avoidance). The window survives idle periods.
/// - Loss: each data attempt is dropped with probability LinkConditions::lossRate. It is sent again
///   RTO = LinkConditions::retransmissionTimeoutNs() after the lost attempt departed, doubling for each
///   further loss of the same segment (up to 60 s); a retransmission may be lost again and does not wait
///   for the window (the segment is still in flight). When an RTO fires, ssthresh = max(2, cwnd / 2) and
///   cwnd = ssthresh, once per window of data: losses of segments sent before the last reduction do not
///   reduce it again. There is no fast retransmit, so every loss costs at least one RTO.
/// - Finish: the FIN departs after every byte written before finish() has departed (it does not wait for
///   the window nor for retransmissions), is never lost, and is delivered after all data.
///
/// A value type used on one thread.
class SegmentScheduler
{
public:
    /// Something that happened at Action::timeNs.
    struct Action
    {
        enum class Type : quint8 {
            Departed,     ///< an attempt of a data segment left the sender
            Delivered,    ///< a data segment reached the receiving application
            FinDelivered, ///< the FIN reached the receiver: every byte has been delivered
        };

        Type type = Type::Departed;
        qint64 timeNs = 0;   ///< when it happened on the caller's time scale
        quint32 segment = 0; ///< the segment's number in this direction, from 1 (0 for the FIN)
        qint64 offset = 0;   ///< stream offset of the segment's first byte (bytes written before it)
        int size = 0;        ///< payload bytes (0 for the FIN)
        int attempt = 0;     ///< Departed: 1 for the first transmission, 2 for the first retransmission...
        bool lost = false;   ///< Departed: this attempt is dropped on its way
        bool headOfLineBlocked = false; ///< Delivered: it arrived earlier but waited for an earlier segment
        qint64 arrivalNs = 0;    ///< Departed: when this attempt reaches (or would have reached) the receiver
        qint64 retransmitNs = 0; ///< Departed and lost: when the segment is sent again
        qint64 departureNs = 0;  ///< Delivered, FinDelivered: when the attempt that got through departed

        bool isRetransmission() const { return attempt > 1; }
    };

    /// The model of `direction` (ClientToServer uses the upstream bandwidth, ServerToClient the downstream
    /// one) of connection `connection`; conditions must be valid (LinkConditions::validationError()).
    SegmentScheduler(const LinkConditions& conditions, Direction direction, quint32 connection = 0);

    /// The sending application wrote `bytes` at nowNs. Times passed to write(), finish() and advance()
    /// must not decrease. Ignored after finish().
    void write(qint64 nowNs, qint64 bytes);

    /// The sending application finished sending at nowNs (a FIN follows the bytes written so far).
    void finish(qint64 nowNs);

    /// When the next action is due, or nullopt when nothing will happen until the application writes or
    /// finishes. The time may lie in the past if advance() has not been called for a while.
    std::optional<qint64> nextActionTimeNs() const;

    /// Runs the model up to and including nowNs and returns what happened, in time order.
    QList<Action> advance(qint64 nowNs);

    /// Bytes written but not yet delivered to the receiving application.
    qint64 undeliveredBytes() const { return m_writtenBytes - m_deliveredBytes; }
    /// Bytes delivered so far.
    qint64 deliveredBytes() const { return m_deliveredBytes; }
    /// True once the FIN has been delivered.
    bool isFinished() const { return m_finDelivered; }

    /// The congestion window in segments, and the slow-start threshold (infinity until the first loss).
    double congestionWindow() const { return m_cwnd; }
    double slowStartThreshold() const { return m_ssthresh; }
    /// Segments departed and not yet acknowledged.
    int segmentsInFlight() const { return m_inFlight; }

    /// Time a segment of `bytes` payload bytes occupies the direction.
    qint64 serializationNs(int bytes) const;

private:
    struct Segment
    {
        quint32 number = 0;
        qint64 offset = 0;
        int size = 0;
        int attempts = 0;
        qint64 departureNs = 0; ///< of the latest attempt
        qint64 arrivalNs = -1;  ///< of the attempt that got through, -1 while none has
    };
    struct PendingWrite
    {
        qint64 timeNs = 0;
        qint64 bytes = 0;
    };
    enum class Step : quint8 { Delivery, Ack, Timeout, Departure };
    using Timer = std::pair<qint64, quint32>; // (retransmission time, segment number)

    std::optional<std::pair<qint64, Step>> nextStep() const;
    std::optional<qint64> departureTime() const;
    std::optional<qint64> deliveryTime() const;
    void depart(qint64 timeNs, QList<Action>& actions);
    void deliver(qint64 timeNs, QList<Action>& actions);
    void acknowledge();
    void timeout();
    Segment& segment(quint32 number);
    qint64 propagationNs();

    const qint64 m_oneWayNs;
    const qint64 m_jitterNs;
    const quint64 m_bitsPerSecond;
    const double m_lossRate;
    const int m_mss;
    const qint64 m_rtoNs;
    QRandomGenerator m_random;

    qint64 m_nowNs = 0;
    qint64 m_linkFreeNs = 0;
    qint64 m_lastDeliveryNs = 0;

    std::deque<PendingWrite> m_pending; ///< bytes written, not yet cut into segments
    qint64 m_pendingBytes = 0;
    qint64 m_writtenBytes = 0;
    qint64 m_deliveredBytes = 0;
    qint64 m_nextOffset = 0;
    quint32 m_lastNumber = 0;

    std::deque<Segment> m_undelivered; ///< departed, not yet delivered, in order
    std::deque<qint64> m_acks;         ///< arrival times of ACKs on their way back
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
    std::priority_queue<quint32, std::vector<quint32>, std::greater<>> m_retransmitQueue;

    double m_cwnd;
    double m_ssthresh;
    int m_inFlight = 0;
    quint32 m_recoveryPoint = 0; ///< highest segment sent when cwnd was last reduced

    bool m_finishRequested = false;
    qint64 m_finishNs = 0;
    bool m_finDeparted = false;
    qint64 m_finDepartureNs = 0;
    qint64 m_finArrivalNs = 0;
    bool m_finDelivered = false;
};

} // namespace protoviz

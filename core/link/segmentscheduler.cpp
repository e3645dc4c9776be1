#include "core/link/segmentscheduler.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace protoviz {

namespace {

constexpr qint64 EarliestNs = std::numeric_limits<qint64>::min();
// Linux caps the retransmission timeout at 120 s (TCP_RTO_MAX); half of it keeps a lossy session lively.
constexpr qint64 MaxRtoNs = 60'000'000'000;
// Far beyond any receive window a real peer offers; keeps the window's conversion to int defined however
// long a loss-free transfer grows it.
constexpr double MaxWindowSegments = 1'000'000;

QRandomGenerator makeGenerator(quint32 seed, Direction direction, quint32 connection)
{
    // Each connection and direction gets its own sequence, so that one connection's traffic does not
    // change which segments of another are lost, and a fixed seed reproduces every one of them.
    const quint32 words[] = {seed != 0 ? seed : QRandomGenerator::global()->generate(), connection,
                             quint32(direction)};
    return QRandomGenerator(words, qsizetype(std::size(words)));
}

} // namespace

SegmentScheduler::SegmentScheduler(const LinkConditions& conditions, Direction direction, quint32 connection)
    : m_oneWayNs(conditions.rttNs / 2)
    , m_jitterNs(conditions.jitterNs)
    , m_bitsPerSecond(direction == Direction::ClientToServer ? conditions.upstreamBitsPerSecond
                                                             : conditions.downstreamBitsPerSecond)
    , m_lossRate(conditions.lossRate)
    , m_mss(std::max(1, conditions.mss))
    , m_rtoNs(conditions.retransmissionTimeoutNs())
    , m_random(makeGenerator(conditions.seed, direction, connection))
    , m_nowNs(EarliestNs)
    , m_linkFreeNs(EarliestNs)
    , m_lastDeliveryNs(EarliestNs)
    , m_cwnd(std::max(1, conditions.initialWindow))
    , m_ssthresh(std::numeric_limits<double>::infinity())
{
}

void SegmentScheduler::write(qint64 nowNs, qint64 bytes)
{
    if (m_finishRequested || bytes <= 0)
        return;
    if (!m_pending.empty() && m_pending.back().timeNs >= nowNs)
        m_pending.back().bytes += bytes;
    else
        m_pending.push_back({nowNs, bytes});
    m_pendingBytes += bytes;
    m_writtenBytes += bytes;
}

void SegmentScheduler::finish(qint64 nowNs)
{
    if (m_finishRequested)
        return;
    m_finishRequested = true;
    m_finishNs = nowNs;
}

qint64 SegmentScheduler::serializationNs(int bytes) const
{
    if (m_bitsPerSecond == 0 || bytes <= 0)
        return 0;
    const quint64 bits = quint64(bytes) * 8;
    return qint64((bits * 1'000'000'000 + m_bitsPerSecond / 2) / m_bitsPerSecond);
}

std::optional<qint64> SegmentScheduler::departureTime() const
{
    if (!m_retransmitQueue.empty())
        return std::max(m_linkFreeNs, m_nowNs);
    if (m_pendingBytes > 0 && m_inFlight < int(m_cwnd))
        return std::max({m_linkFreeNs, m_nowNs, m_pending.front().timeNs});
    if (m_finishRequested && !m_finDeparted && m_pendingBytes == 0)
        return std::max({m_linkFreeNs, m_nowNs, m_finishNs});
    return std::nullopt;
}

std::optional<qint64> SegmentScheduler::deliveryTime() const
{
    if (!m_undelivered.empty()) {
        const Segment& next = m_undelivered.front();
        if (next.arrivalNs < 0)
            return std::nullopt;
        return std::max(next.arrivalNs, m_lastDeliveryNs);
    }
    if (m_finDeparted && !m_finDelivered)
        return std::max(m_finArrivalNs, m_lastDeliveryNs);
    return std::nullopt;
}

std::optional<std::pair<qint64, SegmentScheduler::Step>> SegmentScheduler::nextStep() const
{
    // Listed in the order that breaks ties: a delivery produces the ACK, the ACK opens the window, and a
    // timeout queues a retransmission, all before a departure at the same instant decides what to send.
    std::optional<std::pair<qint64, Step>> best;
    auto consider = [&best](std::optional<qint64> time, Step step) {
        if (time && (!best || *time < best->first))
            best = std::pair{*time, step};
    };
    consider(deliveryTime(), Step::Delivery);
    consider(m_acks.empty() ? std::nullopt : std::optional<qint64>(m_acks.front()), Step::Ack);
    consider(m_timers.empty() ? std::nullopt : std::optional<qint64>(m_timers.top().first), Step::Timeout);
    consider(departureTime(), Step::Departure);
    return best;
}

std::optional<qint64> SegmentScheduler::nextActionTimeNs() const
{
    const auto step = nextStep();
    if (!step)
        return std::nullopt;
    return step->first;
}

QList<SegmentScheduler::Action> SegmentScheduler::advance(qint64 nowNs)
{
    QList<Action> actions;
    while (const auto step = nextStep()) {
        if (step->first > nowNs)
            break;
        m_nowNs = std::max(m_nowNs, step->first);
        switch (step->second) {
        case Step::Delivery:
            deliver(m_nowNs, actions);
            break;
        case Step::Ack:
            acknowledge();
            break;
        case Step::Timeout:
            timeout();
            break;
        case Step::Departure:
            depart(m_nowNs, actions);
            break;
        }
    }
    return actions;
}

SegmentScheduler::Segment& SegmentScheduler::segment(quint32 number)
{
    // Segments are numbered consecutively and only the oldest are delivered, so the undelivered ones are
    // a contiguous run; a segment awaiting retransmission has not been delivered.
    return m_undelivered[number - m_undelivered.front().number];
}

qint64 SegmentScheduler::propagationNs()
{
    if (m_jitterNs <= 0)
        return m_oneWayNs;
    const double offset = (m_random.generateDouble() * 2.0 - 1.0) * double(m_jitterNs);
    return m_oneWayNs + std::llround(offset);
}

void SegmentScheduler::depart(qint64 timeNs, QList<Action>& actions)
{
    Segment* departing = nullptr;
    if (!m_retransmitQueue.empty()) {
        departing = &segment(m_retransmitQueue.top());
        m_retransmitQueue.pop();
    } else if (m_pendingBytes > 0 && m_inFlight < int(m_cwnd)) {
        int size = 0;
        while (size < m_mss && !m_pending.empty() && m_pending.front().timeNs <= timeNs) {
            PendingWrite& write = m_pending.front();
            const qint64 taken = std::min<qint64>(write.bytes, m_mss - size);
            size += int(taken);
            write.bytes -= taken;
            if (write.bytes == 0)
                m_pending.pop_front();
        }
        m_pendingBytes -= size;
        m_undelivered.push_back({.number = ++m_lastNumber, .offset = m_nextOffset, .size = size});
        m_nextOffset += size;
        ++m_inFlight;
        departing = &m_undelivered.back();
    } else {
        // The FIN carries no payload, so it takes no serialization time.
        m_finDeparted = true;
        m_finDepartureNs = timeNs;
        m_finArrivalNs = std::max(timeNs, timeNs + propagationNs());
        return;
    }

    Segment& seg = *departing;
    ++seg.attempts;
    seg.departureNs = timeNs;
    const qint64 serialization = serializationNs(seg.size);
    m_linkFreeNs = timeNs + serialization;
    // Both draws happen for every attempt, so that a run is reproducible whatever the outcome.
    const bool lost = m_lossRate > 0.0 && m_random.generateDouble() < m_lossRate;
    const qint64 arrival = std::max(m_linkFreeNs, m_linkFreeNs + propagationNs());

    Action action{.type = Action::Type::Departed,
                  .timeNs = timeNs,
                  .segment = seg.number,
                  .offset = seg.offset,
                  .size = seg.size,
                  .attempt = seg.attempts,
                  .lost = lost,
                  .arrivalNs = arrival};
    if (lost) {
        qint64 backoff = m_rtoNs;
        for (int i = 1; i < seg.attempts && backoff < MaxRtoNs; ++i)
            backoff *= 2;
        action.retransmitNs = timeNs + std::min(backoff, MaxRtoNs);
        m_timers.push({action.retransmitNs, seg.number});
    } else {
        seg.arrivalNs = arrival;
    }
    actions.append(action);
}

void SegmentScheduler::deliver(qint64 timeNs, QList<Action>& actions)
{
    m_lastDeliveryNs = timeNs;
    if (m_undelivered.empty()) {
        m_finDelivered = true;
        actions.append({.type = Action::Type::FinDelivered,
                        .timeNs = timeNs,
                        .offset = m_nextOffset,
                        .attempt = 1,
                        .departureNs = m_finDepartureNs});
        return;
    }
    const Segment seg = m_undelivered.front();
    m_undelivered.pop_front();
    m_deliveredBytes += seg.size;
    m_acks.push_back(timeNs + m_oneWayNs);
    actions.append({.type = Action::Type::Delivered,
                    .timeNs = timeNs,
                    .segment = seg.number,
                    .offset = seg.offset,
                    .size = seg.size,
                    .attempt = seg.attempts,
                    .headOfLineBlocked = timeNs > seg.arrivalNs,
                    .departureNs = seg.departureNs});
}

void SegmentScheduler::acknowledge()
{
    m_acks.pop_front();
    --m_inFlight;
    if (m_cwnd < m_ssthresh)
        m_cwnd = std::min(m_cwnd + 1.0, MaxWindowSegments);
    else
        m_cwnd = std::min(m_cwnd + 1.0 / m_cwnd, MaxWindowSegments);
}

void SegmentScheduler::timeout()
{
    const quint32 number = m_timers.top().second;
    m_timers.pop();
    m_retransmitQueue.push(number);
    if (number > m_recoveryPoint) {
        m_ssthresh = std::max(2.0, m_cwnd / 2.0);
        m_cwnd = m_ssthresh;
        m_recoveryPoint = m_lastNumber;
    }
}

} // namespace protoviz

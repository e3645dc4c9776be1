#include "core/link/datagramscheduler.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace protoviz {

namespace {

QRandomGenerator makeGenerator(quint32 seed, Direction direction, quint32 flow)
{
    // Each flow and direction gets its own sequence, so that one flow's traffic does not change which
    // datagrams of another are lost, and a fixed seed reproduces every one of them.
    const quint32 words[] = {seed != 0 ? seed : QRandomGenerator::global()->generate(), flow,
                             quint32(direction)};
    return QRandomGenerator(words, qsizetype(std::size(words)));
}

} // namespace

DatagramScheduler::DatagramScheduler(const LinkConditions& conditions, Direction direction, quint32 flow,
                                     int queueLimit)
    : m_oneWayNs(conditions.rttNs / 2)
    , m_jitterNs(conditions.jitterNs)
    , m_bitsPerSecond(direction == Direction::ClientToServer ? conditions.upstreamBitsPerSecond
                                                             : conditions.downstreamBitsPerSecond)
    , m_lossRate(conditions.lossRate)
    , m_queueLimit(std::max(0, queueLimit))
    , m_random(makeGenerator(conditions.seed, direction, flow))
    , m_linkFreeNs(std::numeric_limits<qint64>::min())
{
}

qint64 DatagramScheduler::serializationNs(int bytes) const
{
    if (m_bitsPerSecond == 0 || bytes <= 0)
        return 0;
    const quint64 bits = quint64(bytes) * 8;
    return qint64((bits * 1'000'000'000 + m_bitsPerSecond / 2) / m_bitsPerSecond);
}

qint64 DatagramScheduler::propagationNs(double draw) const
{
    if (m_jitterNs <= 0)
        return m_oneWayNs;
    return m_oneWayNs + std::llround((draw * 2.0 - 1.0) * double(m_jitterNs));
}

int DatagramScheduler::queued(qint64 nowNs)
{
    while (!m_departures.empty() && m_departures.front() <= nowNs)
        m_departures.pop_front();
    return int(m_departures.size());
}

DatagramScheduler::Plan DatagramScheduler::offer(qint64 nowNs, int bytes)
{
    // Both draws happen for every datagram, so that its fate does not depend on what the queue did
    // before it: the queue follows real time, which no seed reproduces.
    const double lossDraw = m_random.generateDouble();
    const double jitterDraw = m_jitterNs > 0 ? m_random.generateDouble() : 0.0;

    Plan plan{.number = ++m_lastNumber, .offeredNs = nowNs};
    if (queued(nowNs) >= m_queueLimit && m_linkFreeNs > nowNs) {
        plan.overflow = true;
        plan.departureNs = nowNs;
        plan.arrivalNs = nowNs;
        return plan;
    }
    plan.departureNs = std::max(nowNs, m_linkFreeNs);
    m_linkFreeNs = plan.departureNs + serializationNs(bytes);
    plan.arrivalNs = std::max(m_linkFreeNs, m_linkFreeNs + propagationNs(jitterDraw));
    plan.lost = m_lossRate > 0.0 && lossDraw < m_lossRate;
    if (plan.departureNs > nowNs)
        m_departures.push_back(plan.departureNs);
    return plan;
}

} // namespace protoviz

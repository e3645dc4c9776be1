#include "app/views/ladderscale.h"

#include <algorithm>

namespace protoviz {

LadderScale::LadderScale(QObject* parent)
    : QObject(parent)
{
}

double LadderScale::offer(const QObject* ladder, double pixelsPerNs)
{
    m_offers.insert(ladder, pixelsPerNs);
    settle();
    return m_shared;
}

void LadderScale::withdraw(const QObject* ladder)
{
    if (m_offers.remove(ladder) > 0)
        settle();
}

void LadderScale::settle()
{
    double smallest = 0;
    for (const double offer : std::as_const(m_offers))
        smallest = smallest > 0 ? std::min(smallest, offer) : offer;
    if (smallest == m_shared)
        return;
    m_shared = smallest;
    emit changed();
}

} // namespace protoviz

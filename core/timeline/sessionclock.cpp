#include "core/timeline/sessionclock.h"

#include <chrono>

namespace protoviz {

SessionClock SessionClock::startingNow()
{
    return SessionClock(steadyNowNs());
}

qint64 SessionClock::elapsedNs() const
{
    return steadyNowNs() - m_originNs;
}

qint64 SessionClock::steadyNowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace protoviz

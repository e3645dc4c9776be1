#include "core/quic/quicclock.h"

#include <chrono>

namespace protoviz {

qint64 QuicClock::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace protoviz

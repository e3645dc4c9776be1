#pragma once

#include <QtGlobal>

namespace protoviz {

/// The clock of QUIC endpoints: ngtcp2's timestamps and every QuicObserver record use it.
class QuicClock
{
public:
    /// Nanoseconds on the monotonic clock (std::chrono::steady_clock, CLOCK_MONOTONIC on Linux, the
    /// clock QElapsedTimer uses too). Thread-safe.
    static qint64 nowNs();
};

} // namespace protoviz

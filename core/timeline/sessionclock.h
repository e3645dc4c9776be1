#pragma once

#include <QtGlobal>

namespace protoviz {

/// The one monotonic nanosecond clock every event is stamped with. A clock is a value: copies share the
/// origin, which is how the two sessions of a side-by-side comparison run on one clock.
class SessionClock
{
public:
    /// A clock whose origin is now.
    static SessionClock startingNow();

    /// Nanoseconds since the origin (monotonic, never goes back).
    qint64 elapsedNs() const;

    /// Absolute monotonic time of the origin, in nanoseconds of the system's steady clock.
    qint64 originNs() const { return m_originNs; }

    /// Converts an absolute steady-clock time to this clock's scale.
    qint64 toSessionNs(qint64 steadyNs) const { return steadyNs - m_originNs; }

    /// The system's steady clock, in nanoseconds.
    static qint64 steadyNowNs();

private:
    explicit SessionClock(qint64 originNs)
        : m_originNs(originNs)
    {
    }

    qint64 m_originNs = 0;
};

} // namespace protoviz

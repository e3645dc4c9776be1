#pragma once

#include <QtGlobal>

namespace protoviz {

/// How many streams an HTTP/2 client may reset (RST_STREAM) before its server ends the connection: a
/// token bucket that holds burst resets and refills perSecond of them each second. Streams opened and
/// reset at once cost the server work and the client nothing (CVE-2023-44487, "rapid reset"). Plain
/// value type, no I/O, no clock of its own.
class Http2ResetBudget
{
public:
    Http2ResetBudget(quint32 burst, quint32 perSecond);

    /// Spends one reset at time nowMs (any monotonic clock in milliseconds); false once the budget is
    /// exhausted.
    bool spend(qint64 nowMs);

private:
    const double m_burst;
    const double m_perMs;
    double m_tokens;
    qint64 m_lastMs = -1;
};

} // namespace protoviz

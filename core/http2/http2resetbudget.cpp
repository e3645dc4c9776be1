#include "core/http2/http2resetbudget.h"

#include <algorithm>

namespace protoviz {

Http2ResetBudget::Http2ResetBudget(quint32 burst, quint32 perSecond)
    : m_burst(burst)
    , m_perMs(perSecond / 1000.0)
    , m_tokens(burst)
{
}

bool Http2ResetBudget::spend(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_perMs);
    m_lastMs = std::max(m_lastMs, nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace protoviz

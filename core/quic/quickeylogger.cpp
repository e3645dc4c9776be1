#include "core/quic/quickeylogger.h"

namespace protoviz {

QuicKeyLogger::QuicKeyLogger(QuicObserver* next, TlsKeyLogSink sink)
    : m_next(next)
    , m_sink(std::move(sink))
{
}

void QuicKeyLogger::packet(const QuicPacketRecord& record)
{
    if (m_next)
        m_next->packet(record);
}

void QuicKeyLogger::milestone(const QuicMilestoneRecord& record)
{
    if (m_next)
        m_next->milestone(record);
}

void QuicKeyLogger::http3Frame(const Http3FrameRecord& record)
{
    if (m_next)
        m_next->http3Frame(record);
}

void QuicKeyLogger::http3Headers(const Http3HeadersRecord& record)
{
    if (m_next)
        m_next->http3Headers(record);
}

void QuicKeyLogger::keyLogLine(const QByteArray& line)
{
    if (m_sink)
        m_sink(line);
    if (m_next)
        m_next->keyLogLine(line);
}

} // namespace protoviz

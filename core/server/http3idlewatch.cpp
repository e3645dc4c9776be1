#include "core/server/http3idlewatch.h"

#include "core/quic/quicconnection.h"
#include "core/server/idleconnectionlimit.h"

namespace protoviz {

namespace {

// RFC 9000 section 2.1: the two low bits of a stream id say who opened it and whether it is
// bidirectional; HTTP/3 sends requests on the client's bidirectional streams only.
bool isRequestStream(quint64 streamId)
{
    return streamId % 4 == 0;
}

} // namespace

Http3IdleWatch::Http3IdleWatch(IdleConnectionLimit* limit, QuicConnection* connection, EventRecorder recorder,
                               QuicObserver* next)
    : m_limit(limit)
    , m_connection(connection)
    , m_key(connection)
    , m_recorder(std::move(recorder))
    , m_next(next)
{
    // A closed connection waits for nothing; it is not counted while it drains.
    connect(connection, &QuicConnection::closed, this, [this] { m_limit->forget(m_key); });
    // Until its first request a new connection waits, as a keep-alive one does.
    markWaiting();
}

Http3IdleWatch::~Http3IdleWatch()
{
    m_limit->forget(m_key);
}

void Http3IdleWatch::packet(const QuicPacketRecord& record)
{
    const bool waitingBefore = isWaiting();
    const bool received = record.direction == QuicDirection::Received;
    for (const QuicFrame& frame : record.frames) {
        const bool reset = frame.type == QuicFrameType::ResetStream;
        if ((frame.type != QuicFrameType::Stream && !reset) || !isRequestStream(frame.streamId))
            continue;
        if (reset || (!received && frame.fin)) {
            m_busy.remove(frame.streamId);
            m_done.insert(frame.streamId);
        } else if (received && !m_done.contains(frame.streamId)) {
            m_busy.insert(frame.streamId);
        }
    }
    if (m_next)
        m_next->packet(record);
    if (isWaiting() == waitingBefore || !m_connection || m_connection->isClosed())
        return;
    if (isWaiting())
        markWaiting();
    else
        m_limit->markBusy(m_key);
}

void Http3IdleWatch::markWaiting()
{
    // The limit may pick this connection from inside another connection's packet processing, or this
    // one's: the close waits for the event loop.
    m_limit->markIdle(m_key, [this](qint64 idleMs) {
        QMetaObject::invokeMethod(
            this, [this, idleMs] { closeAsIdle(idleMs); }, Qt::QueuedConnection);
    });
}

void Http3IdleWatch::closeAsIdle(qint64 idleMs)
{
    if (!m_connection || m_connection->isClosed())
        return;
    m_recorder.explain(Layer::Session, kindOf(SessionKind::Note),
                       tr("Idle connection limit %1 reached: the server closed this HTTP/3 connection with "
                          "CONNECTION_CLOSE (H3_NO_ERROR), the one idle longest (%2 s without a request in "
                          "progress).")
                           .arg(m_limit->limit())
                           .arg(QString::number(double(idleMs) / 1000.0, 'f', 1)));
    m_connection->close();
}

void Http3IdleWatch::milestone(const QuicMilestoneRecord& record)
{
    if (m_next)
        m_next->milestone(record);
}

void Http3IdleWatch::http3Frame(const Http3FrameRecord& record)
{
    if (m_next)
        m_next->http3Frame(record);
}

void Http3IdleWatch::http3Headers(const Http3HeadersRecord& record)
{
    if (m_next)
        m_next->http3Headers(record);
}

void Http3IdleWatch::keyLogLine(const QByteArray& line)
{
    if (m_next)
        m_next->keyLogLine(line);
}

} // namespace protoviz

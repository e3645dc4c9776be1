#pragma once

#include "core/quic/quicobserver.h"
#include "core/timeline/eventrecorder.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace protoviz {

class IdleConnectionLimit;
class QuicConnection;

/// Puts one HTTP/3 server connection under an IdleConnectionLimit, as the web server does its TCP
/// connections. It tells the limit when the connection waits for a request, from the packets it seals
/// and opens as its observer: a request stream (bidirectional, opened by the client) is busy from the
/// first of its bytes that arrives until the server has sent the last of its answer (FIN) or either side
/// has reset it, and the connection waits while no stream is busy, from its accept on. When the limit
/// picks the connection, the watch records a Session Note saying so and closes it with CONNECTION_CLOSE
/// (H3_NO_ERROR), from the event loop rather than from inside another connection's packets.
///
/// Passes every record on to the observer it wraps, unchanged. Lives on the connection's thread; does not
/// own the limit, the connection or the wrapped observer; must not outlive the limit. Install it with
/// QuicConnection::setObserver() before the connection's first packet.
class Http3IdleWatch final : public QObject, public QuicObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http3IdleWatch)

public:
    /// recorder: the connection's (Origin::Server, its connection id); next may be nullptr.
    Http3IdleWatch(IdleConnectionLimit* limit, QuicConnection* connection, EventRecorder recorder,
                   QuicObserver* next);
    /// The limit forgets the connection.
    ~Http3IdleWatch() override;

    /// Whether no request is in progress.
    bool isWaiting() const { return m_busy.isEmpty(); }

    void packet(const QuicPacketRecord& record) override;
    void milestone(const QuicMilestoneRecord& record) override;
    void http3Frame(const Http3FrameRecord& record) override;
    void http3Headers(const Http3HeadersRecord& record) override;
    void keyLogLine(const QByteArray& line) override;

private:
    void markWaiting();
    void closeAsIdle(qint64 idleMs);

    IdleConnectionLimit* const m_limit;
    const QPointer<QuicConnection> m_connection;
    const QObject* const m_key; ///< the connection, as the limit names it (also once it is gone)
    const EventRecorder m_recorder;
    QuicObserver* const m_next;
    QSet<quint64> m_busy;
    // Answered or reset: a late copy of a request's bytes (a retransmission) does not make them busy again.
    QSet<quint64> m_done;
};

} // namespace protoviz

#pragma once

#include "core/quic/quicobserver.h"
#include "core/timeline/eventrecorder.h"

#include <QCoreApplication>

namespace protoviz {

/// Puts what one QUIC connection's endpoint observes on the session timeline: every packet it seals or
/// opens as a Layer::Quic packet event (unprotected header and decrypted payload as its bytes, a field
/// per header part and per frame, located in those bytes), its handshake milestones, and the HTTP/3
/// frames and header fields on its streams as Layer::Http3 events. A CONNECTION_CLOSE carrying an error
/// adds an error event that names it.
///
/// One log per connection: the recorder says which side observes and which connection the events
/// belong to (set it with QuicConnection::setObserver(), QuicClient::setObserver() or, for a server's
/// connections, from QuicServer::connectionAccepted()). Key log lines are not recorded: recordings and
/// exports are shared, secrets must not be. Called on the connection's thread; the log must outlive
/// the connection or be removed from it first.
class QuicEventLog final : public QuicObserver
{
    Q_DECLARE_TR_FUNCTIONS(QuicEventLog)

public:
    explicit QuicEventLog(EventRecorder recorder);

    void packet(const QuicPacketRecord& record) override;
    void milestone(const QuicMilestoneRecord& record) override;
    void http3Frame(const Http3FrameRecord& record) override;
    void http3Headers(const Http3HeadersRecord& record) override;
    void keyLogLine(const QByteArray& line) override;

private:
    Direction directionOf(QuicDirection direction) const;
    void recordClose(const QuicFrame& frame, Direction direction);

    EventRecorder m_recorder;
};

} // namespace protoviz

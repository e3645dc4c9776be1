#pragma once

#include "core/quic/quicrecords.h"

namespace protoviz {

/// Watches one QUIC endpoint: every packet it seals or opens, its handshake milestones, the HTTP/3
/// frames on its streams and the TLS secrets it derives. QuicEventLog is the observer that puts all
/// but the secrets on the session timeline.
///
/// Called on the endpoint's thread, synchronously, while the endpoint is inside ngtcp2 or nghttp3:
/// implementations must return quickly and must not call back into the endpoint. The endpoint does not
/// own its observer, which must outlive it (or be removed first).
class QuicObserver
{
public:
    virtual ~QuicObserver() = default;

    /// A packet was sealed (sent) or opened (received). Fires once per QUIC packet, so a UDP datagram
    /// that coalesces Initial and Handshake packets gives two records.
    virtual void packet(const QuicPacketRecord& record) = 0;
    /// A step of the handshake or of the connection's life.
    virtual void milestone(const QuicMilestoneRecord& record) = 0;
    /// An HTTP/3 frame's header (type and length) crossed a stream.
    virtual void http3Frame(const Http3FrameRecord& record) = 0;
    /// A HEADERS frame's fields, after QPACK decoding on the receiving side.
    virtual void http3Headers(const Http3HeadersRecord& record) = 0;
    /// One line in the NSS key log format ("CLIENT_HANDSHAKE_TRAFFIC_SECRET <client random> <secret>",
    /// hex, no line break), the format SSLKEYLOGFILE names and Wireshark reads. Holds secrets.
    virtual void keyLogLine(const QByteArray& line) = 0;
};

} // namespace protoviz

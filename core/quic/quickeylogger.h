#pragma once

#include "core/quic/quicobserver.h"
#include "core/tls/tlscontext.h"

namespace protoviz {

/// A QuicObserver that writes the endpoint's TLS secrets to a key log sink (TlsKeyLogFile::appender(),
/// so that Wireshark can decrypt a capture) and passes everything else on to the observer it wraps,
/// usually a QuicEventLog, which keeps secrets off the timeline. Called on the connection's thread; does
/// not own the wrapped observer, which must outlive it.
class QuicKeyLogger final : public QuicObserver
{
public:
    /// next may be nullptr (only the secrets are wanted); sink receives one key log line per call.
    QuicKeyLogger(QuicObserver* next, TlsKeyLogSink sink);

    void packet(const QuicPacketRecord& record) override;
    void milestone(const QuicMilestoneRecord& record) override;
    void http3Frame(const Http3FrameRecord& record) override;
    void http3Headers(const Http3HeadersRecord& record) override;
    void keyLogLine(const QByteArray& line) override;

private:
    QuicObserver* const m_next;
    const TlsKeyLogSink m_sink;
};

} // namespace protoviz

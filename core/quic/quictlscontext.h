#pragma once

#include "core/tls/tlscredentials.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace protoviz {

struct QuicTlsState;

/// The TLS configuration QUIC connections share, on GnuTLS (ngtcp2's QUIC crypto needs a TLS stack
/// with a QUIC API, which OpenSSL 3.0 lacks; everything over TCP stays on OpenSSL). A server context
/// holds the certificate and key, the session ticket key and the 0-RTT anti-replay state; a client
/// context holds the certificate authority it trusts and the name it verifies. TLS 1.3 only, ALPN h3.
///
/// Immutable once made; shared (std::shared_ptr) by every connection made from it, on one thread.
class QuicTlsContext final
{
public:
    Q_DISABLE_COPY_MOVE(QuicTlsContext)
    ~QuicTlsContext();

    /// Whether a server lets resuming clients send 0-RTT early data (its tickets say so).
    enum class EarlyData { Accepted, Refused };

    /// A server context for credentials (PEM, as CertificateAuthority makes them). Returns nullptr
    /// and sets error (if given) when GnuTLS refuses the certificate or key.
    static std::shared_ptr<QuicTlsContext> forServer(const TlsCredentials& credentials, QString* error,
                                                     EarlyData earlyData = EarlyData::Accepted);
    /// A client context that trusts caCertificatePem (PEM, one or more certificates) and checks that
    /// the server's certificate is valid for serverName (also sent as SNI). Returns nullptr and sets
    /// error (if given) when GnuTLS refuses the certificates.
    static std::shared_ptr<QuicTlsContext> forClient(const QByteArray& caCertificatePem,
                                                     const QString& serverName, QString* error);

    bool isServer() const;
    /// The GnuTLS handles, for QUIC connections (core/quic only).
    const QuicTlsState& state() const { return *m_state; }

private:
    explicit QuicTlsContext(std::unique_ptr<QuicTlsState> state);

    std::unique_ptr<QuicTlsState> m_state;
};

} // namespace protoviz

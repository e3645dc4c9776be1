#pragma once

#include "core/tls/tlscertificateinfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace protoviz {

/// What a completed TLS handshake agreed, as a plain value (TlsStream::sessionSummary()).
struct TlsSessionSummary
{
    /// TLS 1.3 0-RTT: whether application data travelled before the handshake completed.
    enum class EarlyData : quint8 {
        NotSent,  ///< none was sent (or none arrived, on a server)
        Accepted, ///< the server took it
        Rejected, ///< the server skipped it; a client sends it again after the handshake
    };

    QString version;      ///< "TLSv1.3", "TLSv1.2"
    QString cipherSuite;  ///< IANA name: "TLS_AES_128_GCM_SHA256"
    QString group;        ///< key exchange group: "x25519", "secp256r1"; empty when none was used
    QByteArray alpn;      ///< the agreed application protocol, empty when none
    bool resumed = false; ///< the handshake resumed an earlier session (no certificate exchange)
    EarlyData earlyData = EarlyData::NotSent;
    quint32 earlyDataBytes = 0; ///< client: bytes sent as early data; server: bytes it accepted
    /// The peer's certificates, its own first then the issuers: the chain the client verified up to its
    /// trusted authority, or as the peer sent it when it was not verified. Empty on a server (no client
    /// certificates) and, in a resumed session, possibly on the client too.
    QList<TlsCertificateInfo> peerCertificates;
};

} // namespace protoviz

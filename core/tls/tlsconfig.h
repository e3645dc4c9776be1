#pragma once

#include "core/tls/tlscredentials.h"

#include <QByteArray>
#include <QList>

namespace protoviz {

/// The TLS versions a context may negotiate.
enum class TlsVersion : quint8 {
    Tls12,
    Tls13,
};

/// How a server side speaks TLS: its identity, the application protocols it accepts and the versions.
struct TlsServerConfig
{
    TlsCredentials credentials;
    /// Protocols the server accepts through ALPN, most preferred first; the server picks the first of
    /// these the client offers. Empty: the server ignores ALPN. A client that offers ALPN but none of
    /// these is refused with the no_application_protocol alert (RFC 7301).
    QList<QByteArray> alpn;
    TlsVersion minVersion = TlsVersion::Tls12;
    TlsVersion maxVersion = TlsVersion::Tls13;
    /// Key exchange groups the server accepts, most preferred first, as OpenSSL names them ("X25519",
    /// "P-256"). Empty: OpenSSL's defaults. A TLS 1.3 client whose key share is for none of these, but
    /// which supports one of them, is asked for another share with a HelloRetryRequest.
    QList<QByteArray> groups;
    /// TLS 1.3 0-RTT: the most bytes of early data the server takes on a resumed connection (announced in
    /// its session tickets); 0 refuses early data. A nonzero value turns on OpenSSL's replay protection:
    /// each ticket then resumes one connection only.
    quint32 maxEarlyData = 0;
};

/// How a client side speaks TLS to one server.
struct TlsClientConfig
{
    /// The server's host name (sent as SNI and checked against the certificate) or an IP address
    /// (checked against the certificate's IP entries; no SNI is sent for addresses). Required.
    QByteArray serverName;
    /// Protocols offered through ALPN, most wanted first. Empty: no ALPN extension.
    QList<QByteArray> alpn;
    /// PEM certificates of the authorities the client trusts. Empty: the system's trust store.
    QByteArray trustedCaPem;
    TlsVersion minVersion = TlsVersion::Tls12;
    TlsVersion maxVersion = TlsVersion::Tls13;
    /// Offer the newest session ticket the context received on later connections (resumption), as
    /// browsers do.
    bool resumeSessions = true;
    /// Key exchange groups offered, most wanted first, as OpenSSL names them ("X25519", "P-256"). The
    /// ClientHello carries a key share for the first one only. Empty: OpenSSL's defaults.
    QList<QByteArray> groups;
    /// TLS 1.3 0-RTT: when a connection resumes a session whose ticket allows early data, what is written
    /// to the stream when it opens travels as early data with the ClientHello (see TlsStream).
    bool earlyData = false;
};

} // namespace protoviz

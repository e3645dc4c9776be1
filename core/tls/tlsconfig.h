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
};

} // namespace protoviz

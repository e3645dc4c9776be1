#pragma once

#include "core/link/linkconditions.h"
#include "core/tls/tlsconfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace protoviz {

/// The HTTP version a page-load session speaks: HTTP/1.1 and HTTP/2 over TCP, HTTP/3 over QUIC.
enum class HttpVersion { Http1, Http2, Http3 };

/// Everything one side of a comparison needs to run: protocol, security, link and workload. A value
/// type; validationError() says in plain words what cannot be run.
struct SessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(SessionConfig)

public:
    static constexpr int MaxConnectionsPerHost = 64;
    static constexpr int MaxTimeoutSeconds = 3600;

    QString title; ///< what the pane is labelled with ("HTTP/2 over TLS")
    HttpVersion http = HttpVersion::Http2;
    bool tls = true; ///< HTTPS (TLS with ALPN); h2 without TLS is h2c with prior knowledge; HTTP/3 always
                     ///< encrypts (QUIC carries TLS 1.3), so it requires true
    LinkConditions link;
    int objects = 100;          ///< objects on the page
    int objectSize = 4096;      ///< bytes per object
    int largeObjectSize = 0;    ///< > 0: a mixed page, whose first object has this many bytes
    int connectionsPerHost = 6; ///< HTTP/1.1 pool size, as browsers allow per host
    bool pipelining = false;    ///< HTTP/1.1 pipelining
    bool serverPush = false;    ///< HTTP/2: the server pushes the page's objects with it
    int timeoutSeconds = 120;   ///< the session gives up after this long
    QUrl target;                ///< load this page from another server; empty: ProtoViz's own
    QByteArray trustedCaPem;    ///< for an https target: the authorities to trust (empty: system's)
    TlsVersion maxTlsVersion = TlsVersion::Tls13; ///< the newest TLS version the client offers
    QString keyLogPath; ///< append the TLS secrets here (SSLKEYLOGFILE format); empty: none
    /// HTTP/3: a returning client. Before the session clock starts, a first connection (straight to the
    /// server, not recorded) obtains a session ticket; the measured connection resumes it and sends its
    /// first request as 0-RTT early data.
    bool earlyData = false;

    /// Empty when the configuration can run; else an explanation.
    QString validationError() const;
    /// The address of target's server: an IP address as given, or loopback for localhost. Names are not
    /// looked up, so that a session stays where its address says (tests on loopback). Null, with *error
    /// saying so, for a name.
    QHostAddress targetAddress(QString* error) const;

    /// The configuration as plain values (for recordings, JSON and the GUI).
    QVariantMap toVariantMap() const;
    /// "HTTP/1.1 over TLS", "HTTP/2 cleartext (h2c)".
    QString protocolLabel() const;
};

} // namespace protoviz

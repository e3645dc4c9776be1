#pragma once

#include "core/link/linkconditions.h"
#include "core/tls/tlsconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace protoviz {

/// Everything a TlsHandshakeSession needs: the link, what the client and the server of the handshake
/// allow and do, and the page the one request fetches. A value type; validationError() says in plain
/// words what cannot be run.
struct TlsHandshakeConfig
{
    Q_DECLARE_TR_FUNCTIONS(TlsHandshakeConfig)

public:
    /// Whether the measured connection resumes a session obtained beforehand.
    enum class Resumption : quint8 {
        None,      ///< a full handshake
        Resume,    ///< resumes: a TLS 1.3 PSK from a ticket, or a TLS 1.2 session ticket
        EarlyData, ///< resumes and sends the request as TLS 1.3 early data (0-RTT)
    };

    static constexpr int MaxTimeoutSeconds = 3600;

    QString title; ///< what the pane is labelled with ("TLS 1.3, 0-RTT")
    LinkConditions link;
    int objects = 100;       ///< the page the request fetches references this many objects
    int objectSize = 4096;   ///< bytes per object (they are not fetched; the page lists them)
    int timeoutSeconds = 60; ///< the session gives up after this long
    /// Append the secrets of every handshake here in the SSLKEYLOGFILE format; empty: no key log.
    QString keyLogPath;

    TlsVersion clientMinVersion = TlsVersion::Tls12;
    TlsVersion clientMaxVersion = TlsVersion::Tls13;
    TlsVersion serverMinVersion = TlsVersion::Tls12;
    TlsVersion serverMaxVersion = TlsVersion::Tls13;
    Resumption resumption = Resumption::None;
    /// Groups the client offers, most wanted first; its key share is for the first ("X25519"). Empty:
    /// OpenSSL's defaults.
    QList<QByteArray> clientGroups;
    /// Groups the server accepts. A server without the group of the client's key share answers with a
    /// HelloRetryRequest. Empty: OpenSSL's defaults.
    QList<QByteArray> serverGroups;
    /// false: the client trusts another certificate authority than the one that signed the server's
    /// certificate, so the handshake fails.
    bool clientTrustsServer = true;

    /// Empty when the configuration can run; else an explanation.
    QString validationError() const;

    /// What the session does, in a line: "one HTTPS GET / ...; client TLSv1.3, server TLSv1.3; full
    /// handshake".
    QString workloadText() const;

    /// The configuration as plain values (for recordings, JSON and the GUI). "objects" is 0: the session
    /// fetches the page alone ("pageObjects" is how many it lists); "workload" is workloadText().
    QVariantMap toVariantMap() const;
};

} // namespace protoviz

#pragma once

#include "core/link/linkconditions.h"
#include "core/tls/tlsconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace protoviz {

/// Everything a SecuritySession needs: the link, cleartext or TLS, and who sits on the link — a passive
/// eavesdropper, an attacker who alters a response, or both. A value type.
struct SecuritySessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(SecuritySessionConfig)

public:
    static constexpr int MaxTimeoutSeconds = 3600;

    QString title; ///< what the pane is labelled with ("HTTP, cleartext")
    LinkConditions link;
    bool tls = false;                             ///< HTTPS (HTTP/1.1 over TLS) rather than plain HTTP
    TlsVersion maxTlsVersion = TlsVersion::Tls13; ///< TLS 1.2 shows the certificate to the eavesdropper
    bool eavesdrop = true;                        ///< a passive observer records what it can read
    bool tamper = false;                          ///< an attacker flips a byte of the account page
    int timeoutSeconds = 60;
    QString keyLogPath; ///< TLS secrets are appended here (SSLKEYLOGFILE format); empty: none
    QByteArray user = "alice";
    QByteArray password = "correct-horse-42";

    /// Empty when the configuration can run; else an explanation.
    QString validationError() const;

    /// What the session does, in a line.
    QString workloadText() const;

    /// The configuration as plain values (for recordings, JSON and the GUI).
    QVariantMap toVariantMap() const;
};

} // namespace protoviz

#pragma once

#include "core/tls/tlscredentials.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace protoviz {

/// Makes the TLS identity of a local server at run time, so that no key is ever shipped: a fresh
/// certificate authority and a server certificate signed by it, both EC P-256 and valid for a few days.
/// Stateless; callable from any thread.
class CertificateAuthority
{
public:
    /// How long generated certificates stay valid.
    static constexpr int ValidityDays = 5;

    /// Generates a CA ("ProtoViz Local CA <random tag>", CA:TRUE, keyCertSign) and a leaf for the given
    /// names (serverAuth, CA:FALSE, subjectAltName = dnsNames and addresses). With no names and no
    /// addresses the leaf is for localhost, 127.0.0.1 and ::1. Keys and serials are fresh on every call.
    /// On failure returns std::nullopt and sets error (if given): a DNS name that is not a host name, or
    /// a failure inside OpenSSL.
    static std::optional<TlsCredentials> generate(const QStringList& dnsNames,
                                                  const QList<QHostAddress>& addresses, QString* error);

    /// Writes ca.pem, cert.pem and key.pem into directory (created if needed) so that external peers can
    /// trust and use the identity (curl --cacert ca.pem, openssl s_client -CAfile ca.pem). key.pem gets
    /// mode 0600. Returns false and sets error (if given) when a file cannot be written.
    static bool writePem(const TlsCredentials& credentials, const QString& directory, QString* error);
};

} // namespace protoviz

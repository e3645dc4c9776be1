#pragma once

#include <QByteArray>

namespace protoviz {

/// A server's TLS identity in PEM: the certificate authority clients are told to trust, the server's
/// certificate (signed by that authority) and the server's private key. A plain value that holds secret
/// key material: keep it in memory, write it out only where a user asked for it (CertificateAuthority).
struct TlsCredentials
{
    QByteArray caCertificatePem;
    QByteArray certificatePem;
    QByteArray privateKeyPem;

    bool isNull() const { return certificatePem.isEmpty() || privateKeyPem.isEmpty(); }
};

} // namespace protoviz

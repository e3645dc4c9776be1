#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace protoviz {

/// The decoded facts of one X.509 certificate that the inspector shows. A plain value.
struct TlsCertificateInfo
{
    QString subject;                     ///< RFC 2253 form, most specific first: "CN=localhost,O=ProtoViz"
    QString issuer;                      ///< same form
    QString serialNumber;                ///< hexadecimal
    QDateTime notBefore;                 ///< UTC
    QDateTime notAfter;                  ///< UTC
    QStringList subjectAltNames;         ///< "DNS:localhost", "IP:127.0.0.1"
    QString keyType;                     ///< "EC P-256", "RSA 2048", "Ed25519"
    bool isCertificateAuthority = false; ///< basicConstraints CA:TRUE
    QByteArray sha256Fingerprint;        ///< of the DER encoding
    QByteArray der;

    /// Decodes a DER certificate; std::nullopt when the bytes are not one.
    static std::optional<TlsCertificateInfo> fromDer(const QByteArray& der);
    /// Decodes every certificate of a PEM text, in order; bytes that are not certificates are skipped.
    static QList<TlsCertificateInfo> fromPem(const QByteArray& pem);
};

} // namespace protoviz

#pragma once

#include <QString>

namespace protoviz {

/// Names of the TLS code points the inspector shows, as the IANA registries and RFC 8446 spell them,
/// and plain explanations of alerts. Values without a name come back as "unknown (0x1234)"; GREASE
/// values (RFC 8701) as "GREASE (0x1a1a)". Stateless and thread-safe.
class TlsNames
{
public:
    static QString contentTypeName(quint8 type);             ///< "handshake", "application_data"
    static QString handshakeTypeName(quint8 type);           ///< "ClientHello", "Finished"
    static QString versionName(quint16 version);             ///< "TLS 1.3"
    static QString cipherSuiteName(quint16 suite);           ///< "TLS_AES_128_GCM_SHA256"
    static QString extensionName(quint16 type);              ///< "supported_versions"
    static QString groupName(quint16 group);                 ///< "x25519", "secp256r1"
    static QString signatureSchemeName(quint16 scheme);      ///< "ecdsa_secp256r1_sha256"
    static QString alertLevelName(quint8 level);             ///< "warning", "fatal"
    static QString alertDescriptionName(quint8 description); ///< "unknown_ca"

    /// "unknown_ca: the client does not trust the certificate authority that signed the server's
    /// certificate". sentByClient says who sent the alert, which the explanation is phrased around.
    static QString alertExplanation(quint8 description, bool sentByClient);

    /// RFC 8701 reserves values like 0x0a0a, 0x1a1a, ... that clients send to keep servers tolerant.
    static bool isGrease(quint16 value)
    {
        return (value & 0x0f0f) == 0x0a0a && (value >> 8) == (value & 0xff);
    }
};

} // namespace protoviz

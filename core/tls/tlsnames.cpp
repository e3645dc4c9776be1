#include "core/tls/tlsnames.h"

#include <QCoreApplication>
#include <QHash>

#include <openssl/ssl.h>

#include <algorithm>
#include <iterator>

namespace protoviz {

namespace {

struct Name
{
    quint16 code;
    const char* name;
};

template <std::size_t N>
QString lookUp(const Name (&table)[N], quint16 code, int hexDigits)
{
    const auto found = std::find_if(std::begin(table), std::end(table),
                                    [code](const Name& entry) { return entry.code == code; });
    if (found != std::end(table))
        return QString::fromLatin1(found->name);
    if (hexDigits == 4 && TlsNames::isGrease(code))
        return QStringLiteral("GREASE (0x%1)").arg(code, 4, 16, QLatin1Char('0'));
    return QStringLiteral("unknown (0x%1)").arg(code, hexDigits, 16, QLatin1Char('0'));
}

constexpr Name contentTypes[] = {
    {20, "change_cipher_spec"}, {21, "alert"}, {22, "handshake"}, {23, "application_data"}, {24, "heartbeat"},
};

constexpr Name handshakeTypes[] = {
    {0, "HelloRequest"},           {1, "ClientHello"},       {2, "ServerHello"},
    {3, "HelloVerifyRequest"},     {4, "NewSessionTicket"},  {5, "EndOfEarlyData"},
    {8, "EncryptedExtensions"},    {11, "Certificate"},      {12, "ServerKeyExchange"},
    {13, "CertificateRequest"},    {14, "ServerHelloDone"},  {15, "CertificateVerify"},
    {16, "ClientKeyExchange"},     {20, "Finished"},         {21, "CertificateURL"},
    {22, "CertificateStatus"},     {23, "SupplementalData"}, {24, "KeyUpdate"},
    {25, "CompressedCertificate"}, {254, "MessageHash"},
};

constexpr Name versions[] = {
    {0x0300, "SSL 3.0"}, {0x0301, "TLS 1.0"}, {0x0302, "TLS 1.1"}, {0x0303, "TLS 1.2"}, {0x0304, "TLS 1.3"},
};

constexpr Name extensions[] = {
    {0, "server_name"},
    {1, "max_fragment_length"},
    {5, "status_request"},
    {10, "supported_groups"},
    {11, "ec_point_formats"},
    {13, "signature_algorithms"},
    {14, "use_srtp"},
    {15, "heartbeat"},
    {16, "application_layer_protocol_negotiation"},
    {17, "status_request_v2"},
    {18, "signed_certificate_timestamp"},
    {19, "client_certificate_type"},
    {20, "server_certificate_type"},
    {21, "padding"},
    {22, "encrypt_then_mac"},
    {23, "extended_master_secret"},
    {27, "compress_certificate"},
    {28, "record_size_limit"},
    {34, "delegated_credential"},
    {35, "session_ticket"},
    {41, "pre_shared_key"},
    {42, "early_data"},
    {43, "supported_versions"},
    {44, "cookie"},
    {45, "psk_key_exchange_modes"},
    {47, "certificate_authorities"},
    {48, "oid_filters"},
    {49, "post_handshake_auth"},
    {50, "signature_algorithms_cert"},
    {51, "key_share"},
    {57, "quic_transport_parameters"},
    {17513, "application_settings"},
    {65037, "encrypted_client_hello"},
    {65281, "renegotiation_info"},
};

constexpr Name groups[] = {
    {0x0017, "secp256r1"},
    {0x0018, "secp384r1"},
    {0x0019, "secp521r1"},
    {0x001a, "brainpoolP256r1"},
    {0x001b, "brainpoolP384r1"},
    {0x001c, "brainpoolP512r1"},
    {0x001d, "x25519"},
    {0x001e, "x448"},
    {0x001f, "brainpoolP256r1tls13"},
    {0x0020, "brainpoolP384r1tls13"},
    {0x0021, "brainpoolP512r1tls13"},
    {0x0100, "ffdhe2048"},
    {0x0101, "ffdhe3072"},
    {0x0102, "ffdhe4096"},
    {0x0103, "ffdhe6144"},
    {0x0104, "ffdhe8192"},
    {0x0200, "MLKEM512"},
    {0x0201, "MLKEM768"},
    {0x0202, "MLKEM1024"},
    {0x11eb, "SecP256r1MLKEM768"},
    {0x11ec, "X25519MLKEM768"},
    {0x11ed, "SecP384r1MLKEM1024"},
    {0x6399, "X25519Kyber768Draft00"},
};

constexpr Name signatureSchemes[] = {
    {0x0201, "rsa_pkcs1_sha1"},
    {0x0203, "ecdsa_sha1"},
    {0x0301, "rsa_pkcs1_sha224"},
    {0x0303, "ecdsa_sha224"},
    {0x0302, "dsa_sha224"},
    {0x0402, "dsa_sha256"},
    {0x0502, "dsa_sha384"},
    {0x0602, "dsa_sha512"},
    {0x0202, "dsa_sha1"},
    {0x0401, "rsa_pkcs1_sha256"},
    {0x0501, "rsa_pkcs1_sha384"},
    {0x0601, "rsa_pkcs1_sha512"},
    {0x0403, "ecdsa_secp256r1_sha256"},
    {0x0503, "ecdsa_secp384r1_sha384"},
    {0x0603, "ecdsa_secp521r1_sha512"},
    {0x0804, "rsa_pss_rsae_sha256"},
    {0x0805, "rsa_pss_rsae_sha384"},
    {0x0806, "rsa_pss_rsae_sha512"},
    {0x0807, "ed25519"},
    {0x0808, "ed448"},
    {0x0809, "rsa_pss_pss_sha256"},
    {0x080a, "rsa_pss_pss_sha384"},
    {0x080b, "rsa_pss_pss_sha512"},
    {0x081a, "ecdsa_brainpoolP256r1tls13_sha256"},
    {0x081b, "ecdsa_brainpoolP384r1tls13_sha384"},
    {0x081c, "ecdsa_brainpoolP512r1tls13_sha512"},
};

constexpr Name alertLevels[] = {{1, "warning"}, {2, "fatal"}};

struct Alert
{
    quint8 code;
    const char* name;
    const char* explanation; // %1 = the sender, %2 = the receiver, %3 = the receiver's
};

constexpr Alert alerts[] = {
    {0, "close_notify", QT_TRANSLATE_NOOP("protoviz", "%1 has finished sending and closes the connection")},
    {10, "unexpected_message",
     QT_TRANSLATE_NOOP("protoviz", "%1 received a message it did not expect at this point of the protocol")},
    {20, "bad_record_mac",
     QT_TRANSLATE_NOOP("protoviz", "%1 received a record that failed its integrity check: it was altered "
                                   "or not protected with the agreed keys")},
    {21, "decryption_failed", QT_TRANSLATE_NOOP("protoviz", "%1 could not decrypt a record")},
    {22, "record_overflow", QT_TRANSLATE_NOOP("protoviz", "%1 received a record longer than TLS allows")},
    {30, "decompression_failure", QT_TRANSLATE_NOOP("protoviz", "%1 could not decompress a record")},
    {40, "handshake_failure",
     QT_TRANSLATE_NOOP("protoviz", "%1 found no acceptable set of security parameters among those %2 "
                                   "offered")},
    {41, "no_certificate", QT_TRANSLATE_NOOP("protoviz", "%1 has no suitable certificate")},
    {42, "bad_certificate",
     QT_TRANSLATE_NOOP("protoviz", "%1 received a certificate that is corrupt or whose signature does not "
                                   "verify")},
    {43, "unsupported_certificate",
     QT_TRANSLATE_NOOP("protoviz", "%1 received a certificate of a type it does not support")},
    {44, "certificate_revoked",
     QT_TRANSLATE_NOOP("protoviz", "%1 received a certificate that its signer has revoked")},
    {45, "certificate_expired",
     QT_TRANSLATE_NOOP("protoviz", "%1 received a certificate that has expired or is not valid yet")},
    {46, "certificate_unknown",
     QT_TRANSLATE_NOOP("protoviz", "%1 could not accept %3 certificate for another reason")},
    {47, "illegal_parameter",
     QT_TRANSLATE_NOOP("protoviz", "%1 received a handshake field whose value is out of range or "
                                   "inconsistent with the others")},
    {48, "unknown_ca",
     QT_TRANSLATE_NOOP("protoviz", "%1 does not trust the certificate authority that signed %3 "
                                   "certificate")},
    {49, "access_denied",
     QT_TRANSLATE_NOOP("protoviz", "%1 accepted the certificate but denies access to the identity in it")},
    {50, "decode_error",
     QT_TRANSLATE_NOOP("protoviz", "%1 could not decode a message: a length or a field was out of range")},
    {51, "decrypt_error",
     QT_TRANSLATE_NOOP("protoviz", "%1 could not verify a signature or the Finished message of %2")},
    {60, "export_restriction", QT_TRANSLATE_NOOP("protoviz", "%1 refuses an export-grade parameter")},
    {70, "protocol_version",
     QT_TRANSLATE_NOOP("protoviz", "%1 supports none of the TLS versions %2 offered")},
    {71, "insufficient_security",
     QT_TRANSLATE_NOOP("protoviz", "%1 requires stronger security parameters than %2 offered")},
    {80, "internal_error", QT_TRANSLATE_NOOP("protoviz", "%1 hit an internal error unrelated to its peer")},
    {86, "inappropriate_fallback",
     QT_TRANSLATE_NOOP("protoviz", "%1 detected a downgrade: %2 retried with a lower version than both "
                                   "support")},
    {90, "user_canceled", QT_TRANSLATE_NOOP("protoviz", "%1 cancelled the handshake")},
    {100, "no_renegotiation", QT_TRANSLATE_NOOP("protoviz", "%1 refuses to renegotiate")},
    {109, "missing_extension", QT_TRANSLATE_NOOP("protoviz", "%1 needed an extension that %2 did not send")},
    {110, "unsupported_extension",
     QT_TRANSLATE_NOOP("protoviz", "%1 received an extension it did not offer or cannot accept in that "
                                   "message")},
    {111, "certificate_unobtainable",
     QT_TRANSLATE_NOOP("protoviz", "%1 could not fetch a certificate from the URL it was given")},
    {112, "unrecognized_name",
     QT_TRANSLATE_NOOP("protoviz", "%1 has no certificate for the server name (SNI) %2 asked for")},
    {113, "bad_certificate_status_response",
     QT_TRANSLATE_NOOP("protoviz", "%1 received an invalid certificate status (OCSP) response")},
    {114, "bad_certificate_hash_value",
     QT_TRANSLATE_NOOP("protoviz", "%1 received a certificate whose hash does not match")},
    {115, "unknown_psk_identity",
     QT_TRANSLATE_NOOP("protoviz", "%1 does not know the pre-shared key %2 proposed")},
    {116, "certificate_required",
     QT_TRANSLATE_NOOP("protoviz", "%1 requires a certificate from %2, which sent none")},
    {120, "no_application_protocol",
     QT_TRANSLATE_NOOP("protoviz", "%1 supports none of the application protocols (ALPN) %2 offered")},
};

// Every cipher suite this OpenSSL knows, named by its protocol id, so that a ClientHello from any peer
// reads the way the IANA registry spells it.
QHash<quint16, QString> buildCipherSuiteNames()
{
    QHash<quint16, QString> names{{0x00ff, QStringLiteral("TLS_EMPTY_RENEGOTIATION_INFO_SCSV")},
                                  {0x5600, QStringLiteral("TLS_FALLBACK_SCSV")}};
    SSL_CTX* ctx = SSL_CTX_new(TLS_method());
    if (!ctx)
        return names;
    SSL_CTX_set_security_level(ctx, 0);
    SSL_CTX_set_cipher_list(ctx, "ALL:COMPLEMENTOFALL");
    SSL_CTX_set_ciphersuites(ctx,
                             "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                             "TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256");
    const STACK_OF(SSL_CIPHER)* ciphers = SSL_CTX_get_ciphers(ctx);
    for (int i = 0; ciphers && i < sk_SSL_CIPHER_num(ciphers); ++i) {
        const SSL_CIPHER* cipher = sk_SSL_CIPHER_value(ciphers, i);
        if (const char* name = SSL_CIPHER_standard_name(cipher))
            names.insert(quint16(SSL_CIPHER_get_protocol_id(cipher)), QString::fromLatin1(name));
    }
    SSL_CTX_free(ctx);
    return names;
}

} // namespace

QString TlsNames::contentTypeName(quint8 type)
{
    return lookUp(contentTypes, type, 2);
}

QString TlsNames::handshakeTypeName(quint8 type)
{
    return lookUp(handshakeTypes, type, 2);
}

QString TlsNames::versionName(quint16 version)
{
    return lookUp(versions, version, 4);
}

QString TlsNames::cipherSuiteName(quint16 suite)
{
    static const QHash<quint16, QString> names = buildCipherSuiteNames();
    const auto found = names.constFind(suite);
    if (found != names.constEnd())
        return *found;
    if (isGrease(suite))
        return QStringLiteral("GREASE (0x%1)").arg(suite, 4, 16, QLatin1Char('0'));
    return QStringLiteral("unknown (0x%1)").arg(suite, 4, 16, QLatin1Char('0'));
}

QString TlsNames::extensionName(quint16 type)
{
    return lookUp(extensions, type, 4);
}

QString TlsNames::groupName(quint16 group)
{
    return lookUp(groups, group, 4);
}

QString TlsNames::signatureSchemeName(quint16 scheme)
{
    return lookUp(signatureSchemes, scheme, 4);
}

QString TlsNames::alertLevelName(quint8 level)
{
    return lookUp(alertLevels, level, 2);
}

QString TlsNames::alertDescriptionName(quint8 description)
{
    const auto found = std::find_if(std::begin(alerts), std::end(alerts),
                                    [description](const Alert& entry) { return entry.code == description; });
    if (found != std::end(alerts))
        return QString::fromLatin1(found->name);
    return QStringLiteral("unknown (0x%1)").arg(description, 2, 16, QLatin1Char('0'));
}

QString TlsNames::alertExplanation(quint8 description, bool sentByClient)
{
    const QString client = QCoreApplication::translate("protoviz", "the client");
    const QString server = QCoreApplication::translate("protoviz", "the server");
    const QString& sender = sentByClient ? client : server;
    const QString& receiver = sentByClient ? server : client;
    const QString receiverPossessive = sentByClient ? QCoreApplication::translate("protoviz", "the server's")
                                                    : QCoreApplication::translate("protoviz", "the client's");
    const auto found = std::find_if(std::begin(alerts), std::end(alerts),
                                    [description](const Alert& entry) { return entry.code == description; });
    if (found == std::end(alerts)) {
        return alertDescriptionName(description) + QStringLiteral(": ") +
               QCoreApplication::translate("protoviz", "%1 sent an alert this program does not know")
                   .arg(sender);
    }
    // Not arg(): each text uses its own subset of the placeholders, which arg() would renumber.
    QString explanation = QCoreApplication::translate("protoviz", found->explanation);
    explanation.replace(QLatin1String("%1"), sender)
        .replace(QLatin1String("%2"), receiver)
        .replace(QLatin1String("%3"), receiverPossessive);
    return QString::fromLatin1(found->name) + QStringLiteral(": ") + explanation;
}

} // namespace protoviz

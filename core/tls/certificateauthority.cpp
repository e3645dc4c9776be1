#include "core/tls/certificateauthority.h"

#include "core/tls/opensslsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <array>

namespace protoviz {

namespace {

openssl::Ptr<EVP_PKEY> generateP256Key()
{
    const openssl::Ptr<EVP_PKEY_CTX> context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") != 1 ||
        EVP_PKEY_generate(context.get(), &key) != 1) {
        return {};
    }
    return openssl::Ptr<EVP_PKEY>(key);
}

bool setRandomSerial(X509* certificate)
{
    // 16 random bytes with the top bit cleared: a positive serial of up to 127 bits, as RFC 5280 asks
    // (at most 20 octets, unpredictable).
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1)
        return false;
    bytes[0] &= 0x7f;
    bytes[0] |= 0x40; // never a short serial, so every serial has the same length
    const openssl::Ptr<BIGNUM> number(BN_bin2bn(bytes.data(), int(bytes.size()), nullptr));
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool setName(X509_NAME* name, const QString& commonName)
{
    const QByteArray common = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>("ProtoViz"), -1, -1, 0) == 1 &&
           X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(common.constData()), -1, -1,
                                      0) == 1;
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool addAlternativeNames(X509* certificate, const QStringList& dnsNames, const QList<QHostAddress>& addresses)
{
    GENERAL_NAMES* names = sk_GENERAL_NAME_new_null();
    if (!names)
        return false;
    bool ok = true;
    const auto append = [&](int type, const QByteArray& bytes) {
        GENERAL_NAME* name = GENERAL_NAME_new();
        ASN1_STRING* value = type == GEN_DNS ? ASN1_IA5STRING_new() : ASN1_OCTET_STRING_new();
        if (!name || !value || ASN1_STRING_set(value, bytes.constData(), int(bytes.size())) != 1) {
            GENERAL_NAME_free(name);
            ASN1_STRING_free(value);
            ok = false;
            return;
        }
        GENERAL_NAME_set0_value(name, type, value);
        if (sk_GENERAL_NAME_push(names, name) <= 0) {
            GENERAL_NAME_free(name);
            ok = false;
        }
    };
    for (const QString& dnsName : dnsNames)
        append(GEN_DNS, dnsName.toLatin1());
    for (const QHostAddress& address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v4 = address.toIPv4Address();
            const char bytes[4] = {char(v4 >> 24), char(v4 >> 16), char(v4 >> 8), char(v4)};
            append(GEN_IPADD, QByteArray(bytes, 4));
        } else {
            const Q_IPV6ADDR v6 = address.toIPv6Address();
            append(GEN_IPADD, QByteArray(reinterpret_cast<const char*>(v6.c), 16));
        }
    }
    ok = ok && X509_add1_ext_i2d(certificate, NID_subject_alt_name, names, 0, X509V3_ADD_DEFAULT) == 1;
    GENERAL_NAMES_free(names);
    return ok;
}

openssl::Ptr<X509> newCertificate(EVP_PKEY* key, const QString& commonName, X509_NAME* issuerName)
{
    openssl::Ptr<X509> certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(certificate.get()) ||
        !setName(X509_get_subject_name(certificate.get()), commonName) ||
        X509_set_issuer_name(certificate.get(),
                             issuerName ? issuerName : X509_get_subject_name(certificate.get())) != 1 ||
        X509_set_pubkey(certificate.get(), key) != 1) {
        return {};
    }
    // An hour of slack before now absorbs clocks that disagree a little (a peer on another machine).
    constexpr long slackSeconds = 3600;
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -slackSeconds) ||
        !X509_gmtime_adj(X509_getm_notAfter(certificate.get()),
                         long(CertificateAuthority::ValidityDays) * 24 * 3600)) {
        return {};
    }
    return certificate;
}

bool isHostName(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{"
                       "0,61}[A-Za-z0-9])?)*$"));
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

} // namespace

std::optional<TlsCredentials> CertificateAuthority::generate(const QStringList& dnsNames,
                                                             const QList<QHostAddress>& addresses,
                                                             QString* error)
{
    const auto fail = [error](const QString& step) -> std::optional<TlsCredentials> {
        if (error) {
            *error = QCoreApplication::translate("protoviz",
                                                 "Generating the local certificate authority failed (%1): %2")
                         .arg(step, openssl::takeErrorString());
        }
        return std::nullopt;
    };
    for (const QString& name : dnsNames) {
        if (!isHostName(name)) {
            if (error)
                *error = QCoreApplication::translate("protoviz", "\"%1\" is not a host name.").arg(name);
            return std::nullopt;
        }
    }
    QStringList names = dnsNames;
    QList<QHostAddress> hostAddresses = addresses;
    for (const QHostAddress& address : addresses) {
        if (address.isNull()) {
            if (error)
                *error = QCoreApplication::translate("protoviz", "An address for the certificate is empty.");
            return std::nullopt;
        }
    }
    if (names.isEmpty() && hostAddresses.isEmpty()) {
        names = {QStringLiteral("localhost")};
        hostAddresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    }

    const openssl::Ptr<EVP_PKEY> caKey = generateP256Key();
    const openssl::Ptr<EVP_PKEY> leafKey = generateP256Key();
    if (!caKey || !leafKey)
        return fail(QStringLiteral("EC P-256 key generation"));

    // A random tag tells apart the authorities of different runs once a user has imported some.
    std::array<unsigned char, 4> tag{};
    if (RAND_bytes(tag.data(), int(tag.size())) != 1)
        return fail(QStringLiteral("random tag"));
    const QString caName =
        QStringLiteral("ProtoViz Local CA ") +
        QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(tag.data()), qsizetype(tag.size())).toHex());

    const openssl::Ptr<X509> ca = newCertificate(caKey.get(), caName, nullptr);
    if (!ca || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(ca.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0) {
        return fail(QStringLiteral("CA certificate"));
    }

    const QString leafName = names.isEmpty() ? hostAddresses.constFirst().toString() : names.constFirst();
    const openssl::Ptr<X509> leaf = newCertificate(leafKey.get(), leafName, X509_get_subject_name(ca.get()));
    if (!leaf || !addExtension(leaf.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(leaf.get(), ca.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(leaf.get(), ca.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(leaf.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(leaf.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        !addAlternativeNames(leaf.get(), names, hostAddresses) ||
        X509_sign(leaf.get(), caKey.get(), EVP_sha256()) <= 0) {
        return fail(QStringLiteral("server certificate"));
    }

    TlsCredentials credentials;
    credentials.caCertificatePem = openssl::certificatePem(ca.get());
    credentials.certificatePem = openssl::certificatePem(leaf.get());
    credentials.privateKeyPem = openssl::privateKeyPem(leafKey.get());
    if (credentials.caCertificatePem.isEmpty() || credentials.isNull())
        return fail(QStringLiteral("PEM encoding"));
    ERR_clear_error();
    return credentials;
}

static bool writeFile(const QString& path, const QByteArray& contents, QFileDevice::Permissions permissions,
                      QString* error)
{
    // Removing first makes the permissions apply: open() only sets them on a file it creates.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions) ||
        !file.setPermissions(permissions) || file.write(contents) != contents.size() || !file.flush()) {
        if (error) {
            *error =
                QCoreApplication::translate("protoviz", "Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

bool CertificateAuthority::writePem(const TlsCredentials& credentials, const QString& directory,
                                    QString* error)
{
    if (credentials.isNull() || credentials.caCertificatePem.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("protoviz", "There is no certificate to write.");
        return false;
    }
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error =
                QCoreApplication::translate("protoviz", "Cannot create the directory %1.").arg(directory);
        return false;
    }
    constexpr QFileDevice::Permissions shared =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    constexpr QFileDevice::Permissions secret = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return writeFile(dir.filePath(QStringLiteral("ca.pem")), credentials.caCertificatePem, shared, error) &&
           writeFile(dir.filePath(QStringLiteral("cert.pem")), credentials.certificatePem, shared, error) &&
           writeFile(dir.filePath(QStringLiteral("key.pem")), credentials.privateKeyPem, secret, error);
}

} // namespace protoviz

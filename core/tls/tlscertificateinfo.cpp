#include "core/tls/tlscertificateinfo.h"

#include "core/tls/opensslsupport.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <array>
#include <ctime>

namespace protoviz {

static QString nameText(const X509_NAME* name)
{
    const openssl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    // RFC 2253 order and escaping, but UTF-8 kept as it is rather than escaped byte by byte.
    if (X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QString::fromUtf8(data, qsizetype(size)) : QString();
}

static QDateTime timeOf(const ASN1_TIME* time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

static QStringList alternativeNames(X509* certificate)
{
    QStringList names;
    auto* general =
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    if (!general)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME* entry = sk_GENERAL_NAME_value(general, i);
        if (entry->type == GEN_DNS) {
            const ASN1_STRING* text = entry->d.dNSName;
            names.append(QStringLiteral("DNS:") +
                         QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                                             ASN1_STRING_length(text)));
        } else if (entry->type == GEN_IPADD) {
            const ASN1_OCTET_STRING* bytes = entry->d.iPAddress;
            const unsigned char* data = ASN1_STRING_get0_data(bytes);
            QHostAddress address;
            if (ASN1_STRING_length(bytes) == 4) {
                address.setAddress(quint32(data[0]) << 24 | quint32(data[1]) << 16 | quint32(data[2]) << 8 |
                                   quint32(data[3]));
            } else if (ASN1_STRING_length(bytes) == 16) {
                address.setAddress(data);
            }
            if (!address.isNull())
                names.append(QStringLiteral("IP:") + address.toString());
        } else if (entry->type == GEN_URI) {
            const ASN1_STRING* text = entry->d.uniformResourceIdentifier;
            names.append(QStringLiteral("URI:") +
                         QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                                             ASN1_STRING_length(text)));
        }
    }
    GENERAL_NAMES_free(general);
    return names;
}

static QString keyTypeOf(X509* certificate)
{
    const EVP_PKEY* key = X509_get0_pubkey(certificate);
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC: {
        std::array<char, 80> group{};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(),
                                           &length) == 1) {
            const char* nist = EC_curve_nid2nist(OBJ_sn2nid(group.data()));
            return QStringLiteral("EC ") + QString::fromLatin1(nist ? nist : group.data());
        }
        return QStringLiteral("EC");
    }
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    default:
        return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

std::optional<TlsCertificateInfo> TlsCertificateInfo::fromDer(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    const openssl::Ptr<X509> certificate(d2i_X509(nullptr, &cursor, long(der.size())));
    if (!certificate) {
        ERR_clear_error();
        return std::nullopt;
    }
    X509* x = certificate.get();
    TlsCertificateInfo info;
    info.subject = nameText(X509_get_subject_name(x));
    info.issuer = nameText(X509_get_issuer_name(x));
    if (const openssl::Ptr<BIGNUM> serial{ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), nullptr)}) {
        char* hex = BN_bn2hex(serial.get());
        info.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    info.notBefore = timeOf(X509_get0_notBefore(x));
    info.notAfter = timeOf(X509_get0_notAfter(x));
    info.subjectAltNames = alternativeNames(x);
    info.keyType = keyTypeOf(x);
    info.isCertificateAuthority = X509_check_ca(x) != 0 && (X509_get_extension_flags(x) & EXFLAG_CA) != 0;
    info.der = der.left(qsizetype(cursor - reinterpret_cast<const unsigned char*>(der.constData())));
    info.sha256Fingerprint = QCryptographicHash::hash(info.der, QCryptographicHash::Sha256);
    ERR_clear_error();
    return info;
}

QList<TlsCertificateInfo> TlsCertificateInfo::fromPem(const QByteArray& pem)
{
    QList<TlsCertificateInfo> infos;
    for (const openssl::Ptr<X509>& certificate : openssl::readCertificates(pem)) {
        if (std::optional<TlsCertificateInfo> info = fromDer(openssl::certificateDer(certificate.get())))
            infos.append(std::move(*info));
    }
    return infos;
}

} // namespace protoviz

#include "core/tls/opensslsupport.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>

#include <array>

namespace protoviz {

namespace openssl {

QList<unsigned long> takeErrors()
{
    QList<unsigned long> errors;
    while (const unsigned long code = ERR_get_error())
        errors.append(code);
    return errors;
}

QString errorString(unsigned long code)
{
    std::array<char, 256> buffer{};
    ERR_error_string_n(code, buffer.data(), buffer.size());
    return QString::fromUtf8(buffer.data());
}

QString takeErrorString()
{
    QStringList texts;
    for (const unsigned long code : takeErrors())
        texts.append(errorString(code));
    return texts.join(QStringLiteral("; "));
}

static Ptr<BIO> memoryBio(const QByteArray& bytes)
{
    return Ptr<BIO>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

static QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

std::vector<Ptr<X509>> readCertificates(const QByteArray& pem)
{
    std::vector<Ptr<X509>> certificates;
    const Ptr<BIO> bio = memoryBio(pem);
    if (!bio)
        return certificates;
    while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        certificates.emplace_back(certificate);
    // The loop ends on "no start line" at the end of the text, which is not an error worth keeping.
    ERR_clear_error();
    return certificates;
}

Ptr<EVP_PKEY> readPrivateKey(const QByteArray& pem)
{
    const Ptr<BIO> bio = memoryBio(pem);
    if (!bio)
        return {};
    // An empty passphrase rather than a prompt: an encrypted key must fail, not block on a terminal.
    static char emptyPassphrase[] = "";
    return Ptr<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, emptyPassphrase));
}

QByteArray certificatePem(X509* certificate)
{
    const Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return drain(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY* key)
{
    const Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return drain(bio.get());
}

QByteArray certificateDer(X509* certificate)
{
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    return i2d_X509(certificate, &out) == size ? der : QByteArray();
}

int protocolVersion(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Tls12:
        return TLS1_2_VERSION;
    case TlsVersion::Tls13:
        return TLS1_3_VERSION;
    }
    return TLS1_3_VERSION;
}

QString groupName(SSL* ssl, int nid)
{
    if (nid == 0 || nid == NID_undef)
        return {};
    if (const char* name = SSL_group_to_name(ssl, nid))
        return QString::fromLatin1(name);
    return QString::fromLatin1(OBJ_nid2sn(nid));
}

bool setGroups(SSL_CTX* ctx, const QList<QByteArray>& groups, QString* error)
{
    if (groups.isEmpty())
        return true;
    for (const QByteArray& group : groups) {
        // A ':' inside a name would smuggle in another entry of OpenSSL's list syntax.
        if (group.isEmpty() || group.contains(':')) {
            if (error) {
                *error = QCoreApplication::translate("protoviz", "\"%1\" is not a key exchange group name.")
                             .arg(QString::fromLatin1(group));
            }
            return false;
        }
    }
    const QByteArray list = groups.join(':');
    if (SSL_CTX_set1_groups_list(ctx, list.constData()) != 1) {
        takeErrors();
        if (error) {
            *error = QCoreApplication::translate("protoviz",
                                                 "OpenSSL does not know all of the key exchange groups %1.")
                         .arg(QString::fromLatin1(groups.join(", ")));
        }
        return false;
    }
    return true;
}

} // namespace openssl

TlsContextPrivate* TlsContextPrivate::of(const SSL* ssl)
{
    return static_cast<TlsContextPrivate*>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), 0));
}

bool TlsContextPrivate::attach()
{
    return ctx && SSL_CTX_set_ex_data(ctx.get(), 0, this) == 1;
}

} // namespace protoviz

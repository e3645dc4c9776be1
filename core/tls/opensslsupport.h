#pragma once

// Internal to core/tls: the OpenSSL plumbing the TLS classes' .cpp files share. No public header
// includes it, so OpenSSL types stay out of the engine's API; never include it from outside core/tls.

#include "core/tls/tlsconfig.h"
#include "core/tls/tlscontext.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>
#include <vector>

namespace protoviz {

namespace openssl {

struct Deleter
{
    void operator()(BIO* p) const { BIO_free_all(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(SSL* p) const { SSL_free(p); }
    void operator()(SSL_CTX* p) const { SSL_CTX_free(p); }
    void operator()(SSL_SESSION* p) const { SSL_SESSION_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(X509_NAME* p) const { X509_NAME_free(p); }
};

/// An owning pointer to an OpenSSL object.
template <typename T>
using Ptr = std::unique_ptr<T, Deleter>;

/// Takes every entry off this thread's OpenSSL error queue, oldest first.
QList<unsigned long> takeErrors();
/// OpenSSL's own text for an error code: "error:0A000086:SSL routines::certificate verify failed".
QString errorString(unsigned long code);
/// takeErrors() as one line of OpenSSL texts joined by "; ", empty when the queue was empty.
QString takeErrorString();

/// The certificates of a PEM text, in order.
std::vector<Ptr<X509>> readCertificates(const QByteArray& pem);
/// The first private key of a PEM text (unencrypted), or nullptr.
Ptr<EVP_PKEY> readPrivateKey(const QByteArray& pem);
QByteArray certificatePem(X509* certificate);
QByteArray privateKeyPem(EVP_PKEY* key);
QByteArray certificateDer(X509* certificate);

/// OpenSSL's protocol version constant for a TlsVersion.
int protocolVersion(TlsVersion version);
/// The IANA name of a group given as SSL_get_negotiated_group() reports it ("x25519", "secp256r1").
QString groupName(SSL* ssl, int nid);
/// Sets the key exchange groups of ctx ("X25519", "P-256", ...) in preference order; an empty list keeps
/// OpenSSL's defaults. Returns false and sets error (if given) when OpenSSL does not know a name.
bool setGroups(SSL_CTX* ctx, const QList<QByteArray>& groups, QString* error);

} // namespace openssl

/// The state behind a TlsContext: the SSL_CTX its streams are made from, plus what the context's
/// callbacks need. SSL_CTX ex-data slot 0 points here, so callbacks find it from an SSL.
struct TlsContextPrivate
{
    openssl::Ptr<SSL_CTX> ctx;
    bool server = false;
    /// Client: the name sent as SNI (unless it is an address) and checked against certificates.
    QByteArray serverName;
    bool serverNameIsAddress = false;
    /// Client: offer the newest session on new connections.
    bool resumeSessions = false;
    /// Client: the newest resumable session a server gave (a TLS 1.3 ticket or a TLS 1.2 session).
    openssl::Ptr<SSL_SESSION> session;
    /// Client: send early data (0-RTT) when the resumed session allows it.
    bool earlyData = false;
    /// Server: the most early data bytes accepted on a resumed TLS 1.3 connection; 0 refuses it.
    quint32 maxEarlyData = 0;
    /// Server: ALPN protocols in preference order.
    QList<QByteArray> alpn;
    TlsKeyLogSink keyLogSink;

    static TlsContextPrivate* of(const SSL* ssl);
    /// Points the SSL_CTX's ex-data at this object; call once ctx is set.
    bool attach();
};

} // namespace protoviz

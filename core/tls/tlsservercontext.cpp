#include "core/tls/tlsservercontext.h"

#include "core/tls/opensslsupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace protoviz {

// Picks the server's most preferred protocol among the client's offers (RFC 7301 lets the server
// decide). in is the client's list in wire format: length-prefixed names.
static int selectAlpn(SSL* ssl, const unsigned char** out, unsigned char* outLength, const unsigned char* in,
                      unsigned int inLength, void*)
{
    const TlsContextPrivate* state = TlsContextPrivate::of(ssl);
    if (!state)
        return SSL_TLSEXT_ERR_NOACK;
    for (const QByteArray& wanted : state->alpn) {
        unsigned int position = 0;
        while (position < inLength) {
            const unsigned int length = in[position];
            const unsigned int start = position + 1;
            if (length == 0 || start + length > inLength)
                break;
            if (QByteArrayView(in + start, qsizetype(length)) == wanted) {
                *out = in + start;
                *outLength = static_cast<unsigned char>(length);
                return SSL_TLSEXT_ERR_OK;
            }
            position = start + length;
        }
    }
    // The client offered protocols and none is ours: RFC 7301 asks for the no_application_protocol alert.
    return SSL_TLSEXT_ERR_ALERT_FATAL;
}

std::shared_ptr<TlsServerContext> TlsServerContext::create(const TlsServerConfig& config, QString* error)
{
    const auto failWith = [error](const QString& text) {
        if (error)
            *error = text;
        return std::shared_ptr<TlsServerContext>();
    };
    if (config.credentials.isNull()) {
        return failWith(
            QCoreApplication::translate("protoviz", "A TLS server needs a certificate and a private key."));
    }
    if (config.minVersion > config.maxVersion) {
        return failWith(
            QCoreApplication::translate("protoviz", "The lowest TLS version is above the highest one."));
    }
    for (const QByteArray& protocol : config.alpn) {
        if (protocol.isEmpty() || protocol.size() > 255) {
            return failWith(
                QCoreApplication::translate("protoviz", "ALPN protocol names must be 1 to 255 bytes long."));
        }
    }

    auto state = std::make_unique<TlsContextPrivate>();
    state->server = true;
    state->alpn = config.alpn;
    state->maxEarlyData = config.maxEarlyData;
    state->ctx.reset(SSL_CTX_new(TLS_server_method()));
    SSL_CTX* ctx = state->ctx.get();
    if (!ctx) {
        return failWith(QCoreApplication::translate("protoviz", "OpenSSL could not create a TLS context: %1")
                            .arg(openssl::takeErrorString()));
    }
    SSL_CTX_set_min_proto_version(ctx, openssl::protocolVersion(config.minVersion));
    SSL_CTX_set_max_proto_version(ctx, openssl::protocolVersion(config.maxVersion));
    SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    // Renegotiation is a TLS 1.2 feature with a history of attacks, and nothing here needs it.
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION);

    std::vector<openssl::Ptr<X509>> certificates =
        openssl::readCertificates(config.credentials.certificatePem);
    if (certificates.empty()) {
        return failWith(QCoreApplication::translate(
            "protoviz", "The server certificate is not a readable PEM certificate."));
    }
    const openssl::Ptr<EVP_PKEY> key = openssl::readPrivateKey(config.credentials.privateKeyPem);
    if (!key) {
        return failWith(QCoreApplication::translate(
            "protoviz", "The server's private key is not a readable, unencrypted PEM key."));
    }
    if (SSL_CTX_use_certificate(ctx, certificates.front().get()) != 1 ||
        SSL_CTX_use_PrivateKey(ctx, key.get()) != 1) {
        return failWith(QCoreApplication::translate("protoviz", "OpenSSL refused the server identity: %1")
                            .arg(openssl::takeErrorString()));
    }
    if (SSL_CTX_check_private_key(ctx) != 1) {
        openssl::takeErrors();
        return failWith(QCoreApplication::translate(
            "protoviz", "The server's private key does not belong to its certificate."));
    }
    // Intermediate certificates after the leaf are sent along with it.
    for (std::size_t i = 1; i < certificates.size(); ++i) {
        if (SSL_CTX_add0_chain_cert(ctx, certificates[i].get()) == 1)
            certificates[i].release();
    }

    if (!config.alpn.isEmpty())
        SSL_CTX_set_alpn_select_cb(ctx, selectAlpn, nullptr);

    QString groupsError;
    if (!openssl::setGroups(ctx, config.groups, &groupsError))
        return failWith(groupsError);

    if (config.maxEarlyData > 0) {
        // What the server takes must cover what its tickets promise, or clients using them are cut off.
        if (SSL_CTX_set_max_early_data(ctx, config.maxEarlyData) != 1 ||
            SSL_CTX_set_recv_max_early_data(ctx, std::max<quint32>(config.maxEarlyData, 16384)) != 1) {
            return failWith(
                QCoreApplication::translate("protoviz", "OpenSSL refused to accept early data: %1")
                    .arg(openssl::takeErrorString()));
        }
    }

    return std::shared_ptr<TlsServerContext>(new TlsServerContext(std::move(state)));
}

} // namespace protoviz

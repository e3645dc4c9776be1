#include "core/tls/tlsclientcontext.h"

#include "core/tls/opensslsupport.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <openssl/x509v3.h>

namespace protoviz {

// Keeps the newest session a server handed out, so the next connection can resume it. Returning 1
// tells OpenSSL the context now holds the reference.
static int rememberSession(SSL* ssl, SSL_SESSION* session)
{
    TlsContextPrivate* state = TlsContextPrivate::of(ssl);
    if (!state || !state->resumeSessions || !SSL_SESSION_is_resumable(session))
        return 0;
    state->session.reset(session);
    return 1;
}

std::shared_ptr<TlsClientContext> TlsClientContext::create(const TlsClientConfig& config, QString* error)
{
    const auto failWith = [error](const QString& text) {
        if (error)
            *error = text;
        return std::shared_ptr<TlsClientContext>();
    };
    if (config.serverName.isEmpty()) {
        return failWith(QCoreApplication::translate(
            "protoviz", "A TLS client needs the server's name to check the server's certificate."));
    }
    if (config.minVersion > config.maxVersion) {
        return failWith(
            QCoreApplication::translate("protoviz", "The lowest TLS version is above the highest one."));
    }

    auto state = std::make_unique<TlsContextPrivate>();
    state->serverName = config.serverName;
    state->serverNameIsAddress = !QHostAddress(QString::fromLatin1(config.serverName)).isNull();
    state->resumeSessions = config.resumeSessions;
    state->earlyData = config.earlyData;
    state->ctx.reset(SSL_CTX_new(TLS_client_method()));
    SSL_CTX* ctx = state->ctx.get();
    if (!ctx) {
        return failWith(QCoreApplication::translate("protoviz", "OpenSSL could not create a TLS context: %1")
                            .arg(openssl::takeErrorString()));
    }
    SSL_CTX_set_min_proto_version(ctx, openssl::protocolVersion(config.minVersion));
    SSL_CTX_set_max_proto_version(ctx, openssl::protocolVersion(config.maxVersion));
    // TlsStream may retry a write from a buffer that moved after more data was queued.
    SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);

    QString groupsError;
    if (!openssl::setGroups(ctx, config.groups, &groupsError))
        return failWith(groupsError);

    if (config.trustedCaPem.isEmpty()) {
        SSL_CTX_set_default_verify_paths(ctx);
    } else {
        const std::vector<openssl::Ptr<X509>> authorities = openssl::readCertificates(config.trustedCaPem);
        if (authorities.empty()) {
            return failWith(QCoreApplication::translate(
                "protoviz", "The trusted certificate authorities are not readable PEM certificates."));
        }
        X509_STORE* store = SSL_CTX_get_cert_store(ctx);
        for (const openssl::Ptr<X509>& authority : authorities)
            X509_STORE_add_cert(store, authority.get());
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    X509_VERIFY_PARAM* verification = SSL_CTX_get0_param(ctx);
    X509_VERIFY_PARAM_set_hostflags(verification, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    const bool nameSet = state->serverNameIsAddress
                             ? X509_VERIFY_PARAM_set1_ip_asc(verification, config.serverName.constData())
                             : X509_VERIFY_PARAM_set1_host(verification, config.serverName.constData(),
                                                           size_t(config.serverName.size()));
    if (nameSet != 1) {
        return failWith(QCoreApplication::translate("protoviz", "\"%1\" is not a usable server name.")
                            .arg(QString::fromLatin1(config.serverName)));
    }

    if (!config.alpn.isEmpty()) {
        QByteArray wire;
        for (const QByteArray& protocol : config.alpn) {
            if (protocol.isEmpty() || protocol.size() > 255) {
                return failWith(QCoreApplication::translate(
                    "protoviz", "ALPN protocol names must be 1 to 255 bytes long."));
            }
            wire.append(char(protocol.size())).append(protocol);
        }
        // Unlike most of OpenSSL, this one returns 0 on success.
        if (SSL_CTX_set_alpn_protos(ctx, reinterpret_cast<const unsigned char*>(wire.constData()),
                                    unsigned(wire.size())) != 0) {
            return failWith(QCoreApplication::translate("protoviz", "OpenSSL refused the ALPN list: %1")
                                .arg(openssl::takeErrorString()));
        }
    }

    if (config.resumeSessions) {
        // The client cache holds one session per context ourselves; OpenSSL's internal store is
        // keyed for servers and would only duplicate it.
        SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
        SSL_CTX_sess_set_new_cb(ctx, rememberSession);
    } else {
        SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    }

    return std::shared_ptr<TlsClientContext>(new TlsClientContext(std::move(state)));
}

bool TlsClientContext::hasResumableSession() const
{
    const SSL_SESSION* session = state().session.get();
    return session && SSL_SESSION_is_resumable(session) == 1;
}

quint32 TlsClientContext::earlyDataLimit() const
{
    const SSL_SESSION* session = state().session.get();
    if (!hasResumableSession() || SSL_SESSION_get_protocol_version(session) != TLS1_3_VERSION)
        return 0;
    return SSL_SESSION_get_max_early_data(session);
}

} // namespace protoviz

#include "core/quic/quictlscontext.h"

#include "core/quic/quictlsstate.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

gnutls_datum_t datum(const QByteArray& bytes)
{
    // GnuTLS takes non-const pointers for data it only reads.
    return {reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.constData())), unsigned(bytes.size())};
}

QString gnutlsError(const char* what, int code)
{
    return QCoreApplication::translate("QuicTlsContext", "%1 failed: %2")
        .arg(QLatin1StringView(what), QString::fromUtf8(gnutls_strerror(code)));
}

bool check(int code, const char* what, QString* error)
{
    if (code >= 0)
        return true;
    if (error)
        *error = gnutlsError(what, code);
    return false;
}

// The 0-RTT anti-replay database: GnuTLS already rejects tickets outside its time window; a teaching
// server on loopback keeps no store of seen ClientHellos, so every fresh one is accepted.
int acceptAnyClientHello(void*, time_t, const gnutls_datum_t*, const gnutls_datum_t*)
{
    return 0;
}

} // namespace

QuicTlsState::~QuicTlsState()
{
    if (antiReplay)
        gnutls_anti_replay_deinit(antiReplay);
    if (ticketKey.data)
        gnutls_free(ticketKey.data);
    if (credentials)
        gnutls_certificate_free_credentials(credentials);
}

QuicTlsContext::QuicTlsContext(std::unique_ptr<QuicTlsState> state)
    : m_state(std::move(state))
{
}

QuicTlsContext::~QuicTlsContext() = default;

bool QuicTlsContext::isServer() const
{
    return m_state->server;
}

std::shared_ptr<QuicTlsContext> QuicTlsContext::forServer(const TlsCredentials& credentials, QString* error,
                                                          EarlyData earlyData)
{
    auto state = std::make_unique<QuicTlsState>();
    state->server = true;
    state->acceptEarlyData = earlyData == EarlyData::Accepted;
    const gnutls_datum_t certificate = datum(credentials.certificatePem);
    const gnutls_datum_t key = datum(credentials.privateKeyPem);
    if (!check(gnutls_certificate_allocate_credentials(&state->credentials),
               "gnutls_certificate_allocate_credentials", error) ||
        !check(
            gnutls_certificate_set_x509_key_mem(state->credentials, &certificate, &key, GNUTLS_X509_FMT_PEM),
            "gnutls_certificate_set_x509_key_mem", error) ||
        !check(gnutls_session_ticket_key_generate(&state->ticketKey), "gnutls_session_ticket_key_generate",
               error) ||
        !check(gnutls_anti_replay_init(&state->antiReplay), "gnutls_anti_replay_init", error))
        return nullptr;
    gnutls_anti_replay_set_add_function(state->antiReplay, acceptAnyClientHello);
    return std::shared_ptr<QuicTlsContext>(new QuicTlsContext(std::move(state)));
}

std::shared_ptr<QuicTlsContext> QuicTlsContext::forClient(const QByteArray& caCertificatePem,
                                                          const QString& serverName, QString* error)
{
    auto state = std::make_unique<QuicTlsState>();
    state->serverName = serverName.toUtf8();
    const gnutls_datum_t authority = datum(caCertificatePem);
    if (!check(gnutls_certificate_allocate_credentials(&state->credentials),
               "gnutls_certificate_allocate_credentials", error))
        return nullptr;
    const int added =
        gnutls_certificate_set_x509_trust_mem(state->credentials, &authority, GNUTLS_X509_FMT_PEM);
    if (!check(added, "gnutls_certificate_set_x509_trust_mem", error))
        return nullptr;
    if (added == 0) {
        if (error)
            *error =
                QCoreApplication::translate("QuicTlsContext", "No certificate authority in the PEM data");
        return nullptr;
    }
    return std::shared_ptr<QuicTlsContext>(new QuicTlsContext(std::move(state)));
}

} // namespace protoviz

#include "core/quic/quicconnection.h"

#include "core/quic/quicclock.h"
#include "core/quic/quicerrornames.h"
#include "core/quic/quicobserver.h"
#include "core/quic/quicpacketdecoder.h"
#include "core/quic/quicstreamapplication.h"
#include "core/quic/quictlscontext.h"
#include "core/quic/quictlsstate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <netinet/in.h>
#include <ngtcp2/ngtcp2.h>
#include <ngtcp2/ngtcp2_crypto.h>
#include <ngtcp2/ngtcp2_crypto_gnutls.h>
#include <sys/socket.h>
#include <utility>
#include <vector>

namespace protoviz {

namespace {

// TLS 1.3 only, as QUIC requires, without the middlebox compatibility mode QUIC forbids (RFC 9001
// section 8.4).
constexpr char Priority[] = "NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+AES-128-GCM:+AES-256-GCM:"
                            "+CHACHA20-POLY1305:-GROUP-ALL:+GROUP-X25519:+GROUP-SECP256R1:+GROUP-SECP384R1:"
                            "%DISABLE_TLS13_COMPAT_MODE";
constexpr char Alpn[] = "h3";
constexpr size_t ConnectionIdLength = 17;
constexpr size_t MaxDatagramSize = 1452;

// Whether a NewSessionTicket (RFC 8446 section 4.6.1) lets the client send 0-RTT: its early_data
// extension must say 0xffffffff (RFC 9001 section 4.6.1). GnuTLS keeps this to itself on the client, so
// the client reads it from what GnuTLS's hook passes: GnuTLS 3.7 passes the part it has not parsed yet,
// the length-prefixed extensions; a whole message body is read too.
bool ticketAllowsEarlyData(QByteArrayView message)
{
    constexpr quint16 EarlyDataExtension = 42;
    const auto byte = [&](qsizetype i) { return i < message.size() ? quint8(message[i]) : quint8(0); };
    const auto u16 = [&](qsizetype i) { return quint16(byte(i) << 8 | byte(i + 1)); };
    qsizetype at = 0;
    if (u16(0) + 2 != message.size()) {
        at = 8;             // ticket_lifetime, ticket_age_add
        at += 1 + byte(at); // ticket_nonce<0..255>
        at += 2 + u16(at);  // ticket<1..2^16-1>
    }
    const qsizetype end = std::min<qsizetype>(at + 2 + u16(at), message.size());
    for (at += 2; at + 4 <= end;) {
        const quint16 type = u16(at);
        const quint16 length = u16(at + 2);
        if (type == EarlyDataExtension && length == 4 && at + 8 <= end)
            return u16(at + 4) == 0xffff && u16(at + 6) == 0xffff;
        at += 4 + length;
    }
    return false;
}

// The connection that is inside ngtcp2 on this thread. ngtcp2's AEAD callbacks carry no user data, so
// the packet observer finds its connection here (see QuicConnection::Scope).
thread_local QuicConnection* t_current = nullptr;

ngtcp2_tstamp now()
{
    return ngtcp2_tstamp(QuicClock::nowNs());
}

QByteArrayView view(const uint8_t* data, size_t length)
{
    return QByteArrayView(data, qsizetype(length));
}

QString translated(const char* text)
{
    return QCoreApplication::translate("QuicConnection", text);
}

QString libraryError(int liberr)
{
    return translated("QUIC error: %1").arg(QString::fromUtf8(ngtcp2_strerror(liberr)));
}

// What the peer's CONNECTION_CLOSE said, for closed(): empty for a clean close (NO_ERROR, H3_NO_ERROR,
// or an application's 0, which some peers use for "no error" although HTTP/3 does not).
QString peerCloseMessage(const ngtcp2_connection_close_error& received)
{
    const bool application = received.type == NGTCP2_CONNECTION_CLOSE_ERROR_CODE_TYPE_APPLICATION;
    if (received.error_code == 0 || (application && received.error_code == QuicConnection::NoError))
        return {};
    QString message = application ? translated("The peer closed the connection with HTTP/3 error %1")
                                        .arg(QuicErrorNames::http3(received.error_code))
                                  : translated("The peer closed the connection with QUIC transport error %1")
                                        .arg(QuicErrorNames::transport(received.error_code));
    if (received.reason && received.reasonlen > 0)
        message += translated(": \"%1\"")
                       .arg(QString::fromUtf8(reinterpret_cast<const char*>(received.reason),
                                              qsizetype(received.reasonlen)));
    return message;
}

bool randomBytes(uint8_t* data, size_t length)
{
    return gnutls_rnd(GNUTLS_RND_RANDOM, data, length) == 0;
}

void toSockaddr(const QHostAddress& address, quint16 port, sockaddr_storage* storage, socklen_t* length)
{
    std::memset(storage, 0, sizeof(*storage));
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 in6{};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6.sin6_addr, &bytes, sizeof(in6.sin6_addr));
        std::memcpy(storage, &in6, sizeof(in6));
        *length = sizeof(in6);
        return;
    }
    sockaddr_in in4{};
    in4.sin_family = AF_INET;
    in4.sin_port = htons(port);
    in4.sin_addr.s_addr = htonl(address.toIPv4Address());
    std::memcpy(storage, &in4, sizeof(in4));
    *length = sizeof(in4);
}

QByteArray hex(const unsigned char* data, unsigned size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).toHex();
}

} // namespace

/// The C state behind a connection.
struct QuicConnection::Native
{
    ngtcp2_conn* conn = nullptr;
    gnutls_session_t session = nullptr;
    ngtcp2_crypto_conn_ref connRef{};
    sockaddr_storage local{};
    sockaddr_storage remote{};
    socklen_t localLength = 0;
    socklen_t remoteLength = 0;
    ngtcp2_connection_close_error lastError{};

    ngtcp2_path path()
    {
        return ngtcp2_path{{reinterpret_cast<sockaddr*>(&local), localLength},
                           {reinterpret_cast<sockaddr*>(&remote), remoteLength},
                           nullptr};
    }

    ~Native()
    {
        if (conn)
            ngtcp2_conn_del(conn);
        if (session)
            gnutls_deinit(session);
    }
};

/// Marks the time a connection spends inside ngtcp2, for the AEAD hooks and for flush().
class QuicConnection::Scope
{
public:
    explicit Scope(QuicConnection* connection)
        : m_connection(connection)
        , m_previous(t_current)
    {
        t_current = connection;
        ++connection->m_depth;
    }
    ~Scope()
    {
        --m_connection->m_depth;
        t_current = m_previous;
    }
    Q_DISABLE_COPY_MOVE(Scope)

private:
    QuicConnection* m_connection;
    QuicConnection* m_previous;
};

/// ngtcp2's and GnuTLS's callbacks: private statics that turn C calls into member calls.
struct QuicConnection::Callbacks
{
    static QuicConnection* self(void* userData) { return static_cast<QuicConnection*>(userData); }

    static ngtcp2_conn* connection(ngtcp2_crypto_conn_ref* ref)
    {
        return static_cast<QuicConnection*>(ref->user_data)->m_native->conn;
    }

    static QuicConnection* fromSession(gnutls_session_t session)
    {
        auto* ref = static_cast<ngtcp2_crypto_conn_ref*>(gnutls_session_get_ptr(session));
        return ref ? static_cast<QuicConnection*>(ref->user_data) : nullptr;
    }

    static int seal(uint8_t* dest, const ngtcp2_crypto_aead* aead, const ngtcp2_crypto_aead_ctx* aeadContext,
                    const uint8_t* plaintext, size_t plaintextLength, const uint8_t* nonce,
                    size_t nonceLength, const uint8_t* aad, size_t aadLength)
    {
        QuicConnection* connection = t_current;
        // ngtcp2 encrypts in place: keep the plaintext before it is gone.
        QByteArray copy;
        if (connection && connection->m_observer)
            copy = view(plaintext, plaintextLength).toByteArray();
        const int result = ngtcp2_crypto_encrypt_cb(dest, aead, aeadContext, plaintext, plaintextLength,
                                                    nonce, nonceLength, aad, aadLength);
        if (result == 0 && connection && connection->m_observer)
            connection->sealed(view(aad, aadLength), copy, qsizetype(aead->max_overhead));
        return result;
    }

    static int open(uint8_t* dest, const ngtcp2_crypto_aead* aead, const ngtcp2_crypto_aead_ctx* aeadContext,
                    const uint8_t* ciphertext, size_t ciphertextLength, const uint8_t* nonce,
                    size_t nonceLength, const uint8_t* aad, size_t aadLength)
    {
        const int result = ngtcp2_crypto_decrypt_cb(dest, aead, aeadContext, ciphertext, ciphertextLength,
                                                    nonce, nonceLength, aad, aadLength);
        QuicConnection* connection = t_current;
        // A failed decryption is no packet (a key-update trial or garbage): only opened packets count.
        if (result == 0 && connection && connection->m_observer && ciphertextLength >= aead->max_overhead)
            connection->opened(view(aad, aadLength), view(dest, ciphertextLength - aead->max_overhead),
                               qsizetype(aead->max_overhead));
        return result;
    }

    static int handshakeCompleted(ngtcp2_conn*, void* userData)
    {
        QuicConnection* c = self(userData);
        c->m_handshakeCompleted = true;
        c->note(int(QuicMilestone::HandshakeCompleted));
        const bool early = (gnutls_session_get_flags(c->m_native->session) & GNUTLS_SFLAGS_EARLY_DATA) != 0;
        if (c->isServer()) {
            if (early) {
                c->m_earlyDataAccepted = true;
                c->note(int(QuicMilestone::EarlyDataAccepted));
            }
            // One ticket, so that the client can resume (and send 0-RTT) next time.
            if (gnutls_session_ticket_send(c->m_native->session, 1, 0) != 0)
                return NGTCP2_ERR_CALLBACK_FAILURE;
            // A server's handshake is confirmed when it completes (RFC 9001 section 4.1.2).
            c->confirm();
        } else if (c->m_earlyDataOffered) {
            if (early) {
                c->m_earlyDataAccepted = true;
                c->note(int(QuicMilestone::EarlyDataAccepted));
            } else {
                // GnuTLS tells only now; ngtcp2 drops the early streams and calls earlyDataRejected().
                if (ngtcp2_conn_early_data_rejected(c->m_native->conn) != 0)
                    return NGTCP2_ERR_CALLBACK_FAILURE;
                if (!c->startApplication())
                    return NGTCP2_ERR_CALLBACK_FAILURE;
            }
        }
        c->m_signalHandshake = true;
        return 0;
    }

    static int handshakeConfirmed(ngtcp2_conn*, void* userData)
    {
        self(userData)->confirm();
        return 0;
    }

    static int earlyDataRejected(ngtcp2_conn*, void* userData)
    {
        QuicConnection* c = self(userData);
        c->note(int(QuicMilestone::EarlyDataRejected));
        c->m_applicationStarted = false;
        if (c->m_application)
            c->m_application->earlyDataRejected();
        return 0;
    }

    static int receiveKey(QuicConnection* c, ngtcp2_crypto_level level, bool receive)
    {
        if (level == NGTCP2_CRYPTO_LEVEL_HANDSHAKE && !c->m_handshakeKeysNoted) {
            c->m_handshakeKeysNoted = true;
            c->note(int(QuicMilestone::HandshakeKeysInstalled));
        }
        if (level != NGTCP2_CRYPTO_LEVEL_APPLICATION)
            return 0;
        (receive ? c->m_rxOneRtt : c->m_txOneRtt) = true;
        if (c->m_rxOneRtt && c->m_txOneRtt)
            c->note(int(QuicMilestone::OneRttKeysInstalled));
        // A client may open streams once it can read the server's 1-RTT packets (unless it already
        // did in 0-RTT), a server once it can send them.
        const bool start = c->isServer() ? !receive : receive;
        if (start && !c->startApplication())
            return NGTCP2_ERR_CALLBACK_FAILURE;
        return 0;
    }

    static int receiveRxKey(ngtcp2_conn*, ngtcp2_crypto_level level, void* userData)
    {
        return receiveKey(self(userData), level, true);
    }

    static int receiveTxKey(ngtcp2_conn*, ngtcp2_crypto_level level, void* userData)
    {
        return receiveKey(self(userData), level, false);
    }

    static int receiveStreamData(ngtcp2_conn* conn, uint32_t flags, int64_t streamId, uint64_t,
                                 const uint8_t* data, size_t length, void* userData, void*)
    {
        QuicConnection* c = self(userData);
        if (!c->m_application)
            return 0;
        const qint64 consumed = c->m_application->streamData(streamId, view(data, length),
                                                             (flags & NGTCP2_STREAM_DATA_FLAG_FIN) != 0);
        if (consumed < 0)
            return NGTCP2_ERR_CALLBACK_FAILURE;
        ngtcp2_conn_extend_max_stream_offset(conn, streamId, quint64(consumed));
        ngtcp2_conn_extend_max_offset(conn, quint64(consumed));
        return 0;
    }

    static int ackedStreamData(ngtcp2_conn*, int64_t streamId, uint64_t, uint64_t length, void* userData,
                               void*)
    {
        QuicConnection* c = self(userData);
        return !c->m_application || c->m_application->streamDataAcked(streamId, length)
                   ? 0
                   : NGTCP2_ERR_CALLBACK_FAILURE;
    }

    static int streamClose(ngtcp2_conn* conn, uint32_t flags, int64_t streamId, uint64_t errorCode,
                           void* userData, void*)
    {
        QuicConnection* c = self(userData);
        // ngtcp2 never raises the peer's stream limit by itself: without a credit for each stream the peer
        // opened and that is now closed, its 101st request (a page of 100 objects) would wait forever.
        if (!ngtcp2_conn_is_local_stream(conn, streamId)) {
            if (ngtcp2_is_bidi_stream(streamId))
                ngtcp2_conn_extend_max_streams_bidi(conn, 1);
            else
                ngtcp2_conn_extend_max_streams_uni(conn, 1);
        }
        const quint64 code = (flags & NGTCP2_STREAM_CLOSE_FLAG_APP_ERROR_CODE_SET) != 0 ? errorCode : NoError;
        return !c->m_application || c->m_application->streamClosed(streamId, code)
                   ? 0
                   : NGTCP2_ERR_CALLBACK_FAILURE;
    }

    static int streamReset(ngtcp2_conn*, int64_t streamId, uint64_t, uint64_t, void* userData, void*)
    {
        QuicConnection* c = self(userData);
        return !c->m_application || c->m_application->streamReset(streamId) ? 0 : NGTCP2_ERR_CALLBACK_FAILURE;
    }

    static int streamStopSending(ngtcp2_conn*, int64_t streamId, uint64_t, void* userData, void*)
    {
        QuicConnection* c = self(userData);
        return !c->m_application || c->m_application->streamReset(streamId) ? 0 : NGTCP2_ERR_CALLBACK_FAILURE;
    }

    static int extendMaxStreamData(ngtcp2_conn*, int64_t streamId, uint64_t, void* userData, void*)
    {
        QuicConnection* c = self(userData);
        return !c->m_application || c->m_application->streamUnblocked(streamId) ? 0
                                                                                : NGTCP2_ERR_CALLBACK_FAILURE;
    }

    static void random(uint8_t* dest, size_t length, const ngtcp2_rand_ctx*) { randomBytes(dest, length); }

    static int newConnectionId(ngtcp2_conn*, ngtcp2_cid* cid, uint8_t* token, size_t length, void*)
    {
        if (!randomBytes(cid->data, length) || !randomBytes(token, NGTCP2_STATELESS_RESET_TOKENLEN))
            return NGTCP2_ERR_CALLBACK_FAILURE;
        cid->datalen = length;
        return 0;
    }

    static int keyLog(gnutls_session_t session, const char* label, const gnutls_datum_t* secret)
    {
        QuicConnection* c = fromSession(session);
        if (!c || !c->m_observer)
            return 0;
        gnutls_datum_t clientRandom{};
        gnutls_datum_t serverRandom{};
        gnutls_session_get_random(session, &clientRandom, &serverRandom);
        const QByteArray line = QByteArray(label) + ' ' + hex(clientRandom.data, clientRandom.size) + ' ' +
                                hex(secret->data, secret->size);
        c->m_observer->keyLogLine(line);
        return 0;
    }

    static int sessionTicket(gnutls_session_t session, unsigned int type, unsigned, unsigned int,
                             const gnutls_datum_t* message)
    {
        QuicConnection* c = fromSession(session);
        if (!c || type != GNUTLS_HANDSHAKE_NEW_SESSION_TICKET)
            return 0;
        gnutls_datum_t data{};
        if (gnutls_session_get_data2(session, &data) != 0)
            return 0; // no resumption then, but the connection goes on
        QuicResumption resumption;
        resumption.tlsSession = QByteArray(reinterpret_cast<const char*>(data.data), qsizetype(data.size));
        gnutls_free(data.data);
        if (const ngtcp2_transport_params* params =
                ngtcp2_conn_get_remote_transport_params(c->m_native->conn)) {
            std::array<uint8_t, 1024> encoded{};
            const ngtcp2_ssize length = ngtcp2_encode_transport_params(
                encoded.data(), encoded.size(), NGTCP2_TRANSPORT_PARAMS_TYPE_ENCRYPTED_EXTENSIONS, params);
            if (length > 0)
                resumption.transportParameters = view(encoded.data(), size_t(length)).toByteArray();
        }
        if (resumption.isNull())
            return 0;
        resumption.earlyDataAllowed = message && ticketAllowsEarlyData(view(message->data, message->size));
        c->m_resumption = resumption;
        c->note(int(QuicMilestone::SessionTicketReceived));
        c->m_signalResumption = true;
        return 0;
    }

    static ngtcp2_callbacks table(bool server)
    {
        ngtcp2_callbacks callbacks{};
        if (server) {
            callbacks.recv_client_initial = ngtcp2_crypto_recv_client_initial_cb;
        } else {
            callbacks.client_initial = ngtcp2_crypto_client_initial_cb;
            callbacks.recv_retry = ngtcp2_crypto_recv_retry_cb;
            callbacks.early_data_rejected = earlyDataRejected;
        }
        callbacks.recv_crypto_data = ngtcp2_crypto_recv_crypto_data_cb;
        callbacks.handshake_completed = handshakeCompleted;
        callbacks.handshake_confirmed = handshakeConfirmed;
        callbacks.encrypt = seal;
        callbacks.decrypt = open;
        callbacks.hp_mask = ngtcp2_crypto_hp_mask_cb;
        callbacks.recv_stream_data = receiveStreamData;
        callbacks.acked_stream_data_offset = ackedStreamData;
        callbacks.stream_close = streamClose;
        callbacks.stream_reset = streamReset;
        callbacks.stream_stop_sending = streamStopSending;
        callbacks.extend_max_stream_data = extendMaxStreamData;
        callbacks.rand = random;
        callbacks.get_new_connection_id = newConnectionId;
        callbacks.update_key = ngtcp2_crypto_update_key_cb;
        callbacks.delete_crypto_aead_ctx = ngtcp2_crypto_delete_crypto_aead_ctx_cb;
        callbacks.delete_crypto_cipher_ctx = ngtcp2_crypto_delete_crypto_cipher_ctx_cb;
        callbacks.get_path_challenge_data = ngtcp2_crypto_get_path_challenge_data_cb;
        callbacks.version_negotiation = ngtcp2_crypto_version_negotiation_cb;
        callbacks.recv_rx_key = receiveRxKey;
        callbacks.recv_tx_key = receiveTxKey;
        return callbacks;
    }
};

namespace {

ngtcp2_transport_params transportParameters(qint64 idleTimeoutNs = QuicTimeouts{}.idleNs)
{
    ngtcp2_transport_params params;
    ngtcp2_transport_params_default(&params);
    params.initial_max_stream_data_bidi_local = 1024 * 1024;
    params.initial_max_stream_data_bidi_remote = 1024 * 1024;
    params.initial_max_stream_data_uni = 1024 * 1024;
    params.initial_max_data = 4 * 1024 * 1024;
    params.initial_max_streams_bidi = 100;
    params.initial_max_streams_uni = 100;
    params.max_idle_timeout = ngtcp2_duration(idleTimeoutNs);
    params.active_connection_id_limit = 7;
    return params;
}

ngtcp2_settings settings()
{
    ngtcp2_settings settings;
    ngtcp2_settings_default(&settings);
    settings.initial_ts = now();
    settings.max_tx_udp_payload_size = MaxDatagramSize;
    return settings;
}

} // namespace

QuicConnection::QuicConnection(std::shared_ptr<QuicTlsContext> tls, QuicDatagramSender sender)
    : m_tls(std::move(tls))
    , m_sender(std::move(sender))
    , m_native(std::make_unique<Native>())
{
    m_native->connRef.get_conn = Callbacks::connection;
    m_native->connRef.user_data = this;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &QuicConnection::expire);
}

QuicConnection::~QuicConnection() = default;

bool QuicConnection::isServer() const
{
    return m_tls->isServer();
}

bool QuicConnection::setUpTls(const QuicResumption& resumption, QString* error)
{
    const QuicTlsState& tls = m_tls->state();
    gnutls_session_t& session = m_native->session;
    const unsigned earlyData = !tls.server || tls.acceptEarlyData ? GNUTLS_ENABLE_EARLY_DATA : 0;
    const unsigned flags =
        tls.server ? GNUTLS_SERVER | earlyData | GNUTLS_NO_AUTO_SEND_TICKET | GNUTLS_NO_END_OF_EARLY_DATA
                   : GNUTLS_CLIENT | earlyData | GNUTLS_NO_END_OF_EARLY_DATA;
    const auto failed = [error](const char* what, int code) {
        if (error)
            *error = translated("TLS setup failed (%1): %2")
                         .arg(QLatin1StringView(what), QString::fromUtf8(gnutls_strerror(code)));
        return false;
    };
    if (const int rv = gnutls_init(&session, flags); rv != 0)
        return failed("gnutls_init", rv);
    if (const int rv = gnutls_priority_set_direct(session, Priority, nullptr); rv != 0)
        return failed("gnutls_priority_set_direct", rv);
    if (tls.server) {
        if (const int rv = gnutls_session_ticket_enable_server(session, &tls.ticketKey); rv != 0)
            return failed("gnutls_session_ticket_enable_server", rv);
        if (ngtcp2_crypto_gnutls_configure_server_session(session) != 0)
            return failed("ngtcp2_crypto_gnutls_configure_server_session", GNUTLS_E_INTERNAL_ERROR);
        gnutls_anti_replay_enable(session, tls.antiReplay);
        // RFC 9001 section 4.6.1: a ticket allows 0-RTT only with a max_early_data_size of 0xffffffff.
        if (tls.acceptEarlyData)
            gnutls_record_set_max_early_data_size(session, 0xffffffffu);
    } else {
        if (ngtcp2_crypto_gnutls_configure_client_session(session) != 0)
            return failed("ngtcp2_crypto_gnutls_configure_client_session", GNUTLS_E_INTERNAL_ERROR);
        gnutls_handshake_set_hook_function(session, GNUTLS_HANDSHAKE_NEW_SESSION_TICKET, GNUTLS_HOOK_POST,
                                           Callbacks::sessionTicket);
        if (!resumption.isNull()) {
            if (const int rv = gnutls_session_set_data(session, resumption.tlsSession.constData(),
                                                       size_t(resumption.tlsSession.size()));
                rv != 0)
                return failed("gnutls_session_set_data", rv);
        }
        gnutls_server_name_set(session, GNUTLS_NAME_DNS, tls.serverName.constData(),
                               size_t(tls.serverName.size()));
        gnutls_session_set_verify_cert(session, tls.serverName.constData(), 0);
    }
    gnutls_session_set_ptr(session, &m_native->connRef);
    gnutls_session_set_keylog_function(session, Callbacks::keyLog);
    if (const int rv = gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, tls.credentials); rv != 0)
        return failed("gnutls_credentials_set", rv);
    gnutls_datum_t alpn{reinterpret_cast<unsigned char*>(const_cast<char*>(Alpn)),
                        unsigned(std::strlen(Alpn))};
    gnutls_alpn_set_protocols(session, &alpn, 1,
                              tls.server ? GNUTLS_ALPN_MANDATORY | GNUTLS_ALPN_SERVER_PRECEDENCE
                                         : GNUTLS_ALPN_MANDATORY);
    ngtcp2_conn_set_tls_native_handle(m_native->conn, session);
    return true;
}

std::unique_ptr<QuicConnection> QuicConnection::connectTo(std::shared_ptr<QuicTlsContext> tls,
                                                          const QuicPath& path,
                                                          const QuicResumption& resumption,
                                                          QuicDatagramSender sender, QString* error)
{
    if (!tls || tls->isServer()) {
        if (error)
            *error = translated("A QUIC client needs a client TLS context");
        return nullptr;
    }
    std::unique_ptr<QuicConnection> c(new QuicConnection(std::move(tls), std::move(sender)));
    c->m_path = path;
    Native& native = *c->m_native;
    toSockaddr(path.localAddress, path.localPort, &native.local, &native.localLength);
    toSockaddr(path.remoteAddress, path.remotePort, &native.remote, &native.remoteLength);
    ngtcp2_cid destination{};
    ngtcp2_cid source{};
    destination.datalen = 18;
    source.datalen = ConnectionIdLength;
    if (!randomBytes(destination.data, destination.datalen) || !randomBytes(source.data, source.datalen)) {
        if (error)
            *error = translated("No random bytes for connection ids");
        return nullptr;
    }
    const ngtcp2_callbacks callbacks = Callbacks::table(false);
    const ngtcp2_settings config = settings();
    const ngtcp2_transport_params params = transportParameters();
    const ngtcp2_path ngPath = native.path();
    if (const int rv =
            ngtcp2_conn_client_new(&native.conn, &destination, &source, &ngPath, NGTCP2_PROTO_VER_V1,
                                   &callbacks, &config, &params, nullptr, c.get());
        rv != 0) {
        if (error)
            *error = libraryError(rv);
        return nullptr;
    }
    if (!c->setUpTls(resumption, error))
        return nullptr;
    if (!resumption.isNull() && resumption.earlyDataAllowed) {
        ngtcp2_transport_params remembered{};
        const auto* data = reinterpret_cast<const uint8_t*>(resumption.transportParameters.constData());
        if (ngtcp2_decode_transport_params(&remembered, NGTCP2_TRANSPORT_PARAMS_TYPE_ENCRYPTED_EXTENSIONS,
                                           data, size_t(resumption.transportParameters.size())) == 0) {
            ngtcp2_conn_set_early_remote_transport_params(native.conn, &remembered);
            // Noted when the first packet goes out, once the owner has set the observer.
            c->m_earlyDataOffered = true;
        }
    }
    return c;
}

std::unique_ptr<QuicConnection> QuicConnection::accept(std::shared_ptr<QuicTlsContext> tls,
                                                       const QuicPath& path, QByteArrayView firstDatagram,
                                                       QuicDatagramSender sender,
                                                       const QuicTimeouts& timeouts, QString* error)
{
    if (!tls || !tls->isServer()) {
        if (error)
            *error = translated("A QUIC server needs a server TLS context");
        return nullptr;
    }
    ngtcp2_pkt_hd header{};
    const auto* bytes = reinterpret_cast<const uint8_t*>(firstDatagram.data());
    if (ngtcp2_accept(&header, bytes, size_t(firstDatagram.size())) != 0) {
        if (error)
            *error = translated("The datagram does not open a QUIC connection");
        return nullptr;
    }
    std::unique_ptr<QuicConnection> c(new QuicConnection(std::move(tls), std::move(sender)));
    c->m_path = path;
    Native& native = *c->m_native;
    toSockaddr(path.localAddress, path.localPort, &native.local, &native.localLength);
    toSockaddr(path.remoteAddress, path.remotePort, &native.remote, &native.remoteLength);
    c->m_originalDestinationId = view(header.dcid.data, header.dcid.datalen).toByteArray();
    ngtcp2_cid source{};
    source.datalen = ConnectionIdLength;
    ngtcp2_transport_params params = transportParameters(timeouts.idleNs);
    params.original_dcid = header.dcid;
    params.stateless_reset_token_present = 1;
    if (!randomBytes(source.data, source.datalen) ||
        !randomBytes(params.stateless_reset_token, sizeof(params.stateless_reset_token))) {
        if (error)
            *error = translated("No random bytes for connection ids");
        return nullptr;
    }
    const ngtcp2_callbacks callbacks = Callbacks::table(true);
    ngtcp2_settings config = settings();
    config.token = header.token;
    config.handshake_timeout = ngtcp2_duration(timeouts.handshakeNs);
    const ngtcp2_path ngPath = native.path();
    if (const int rv = ngtcp2_conn_server_new(&native.conn, &header.scid, &source, &ngPath, header.version,
                                              &callbacks, &config, &params, nullptr, c.get());
        rv != 0) {
        if (error)
            *error = libraryError(rv);
        return nullptr;
    }
    if (!c->setUpTls({}, error))
        return nullptr;
    return c;
}

void QuicConnection::setApplication(QuicStreamApplication* application)
{
    m_application = application;
    // A resuming client may send requests in 0-RTT before any packet arrives.
    if (m_application && m_earlyDataOffered && !m_handshakeCompleted && !m_applicationStarted) {
        Scope scope(this);
        // Without early streams the application starts again when the 1-RTT keys arrive.
        if (!startApplication())
            m_applicationStarted = false;
    }
}

void QuicConnection::setObserver(QuicObserver* observer)
{
    m_observer = observer;
}

bool QuicConnection::startApplication()
{
    if (m_applicationStarted || !m_application)
        return true;
    m_applicationStarted = true;
    return m_application->start();
}

void QuicConnection::note(int milestone)
{
    if (m_observer)
        m_observer->milestone({QuicClock::nowNs(), QuicMilestone(milestone)});
}

void QuicConnection::confirm()
{
    if (std::exchange(m_handshakeConfirmed, true))
        return;
    note(int(QuicMilestone::HandshakeConfirmed));
}

void QuicConnection::sealed(QByteArrayView header, QByteArrayView plaintext, qsizetype tagSize)
{
    record(int(QuicDirection::Sent), header, plaintext, tagSize);
}

void QuicConnection::opened(QByteArrayView header, QByteArrayView plaintext, qsizetype tagSize)
{
    record(int(QuicDirection::Received), header, plaintext, tagSize);
}

void QuicConnection::record(int direction, QByteArrayView header, QByteArrayView plaintext, qsizetype tagSize)
{
    std::optional<QuicPacketRecord> packet = QuicPacketDecoder::decodeHeader(header);
    if (!packet)
        return;
    packet->timeNs = QuicClock::nowNs();
    packet->direction = QuicDirection(direction);
    const int space = packet->type == QuicPacketType::Initial     ? 0
                      : packet->type == QuicPacketType::Handshake ? 1
                                                                  : 2;
    qint64& largest = m_largestPacketNumber[direction][space];
    packet->packetNumber =
        QuicPacketDecoder::expandPacketNumber(largest, packet->packetNumber, packet->packetNumberLength);
    largest = std::max(largest, qint64(packet->packetNumber));
    packet->payloadSize = plaintext.size();
    packet->size = header.size() + plaintext.size() + tagSize;
    packet->bytes = header.toByteArray() + plaintext.toByteArray();
    // ngtcp2 only seals frames it built and only opens packets that authenticated; a payload our decoder
    // cannot read still counts as a packet, with the frames it could read.
    if (std::optional<QList<QuicFrame>> frames = QuicPacketDecoder::decodeFrames(plaintext))
        packet->frames = std::move(*frames);
    m_observer->packet(*packet);
}

bool QuicConnection::ownsConnectionId(QByteArrayView connectionId) const
{
    if (!m_originalDestinationId.isEmpty() && connectionId == m_originalDestinationId)
        return true;
    const size_t count = ngtcp2_conn_get_num_scid(m_native->conn);
    std::vector<ngtcp2_cid> ids(count);
    ngtcp2_conn_get_scid(m_native->conn, ids.data());
    for (const ngtcp2_cid& id : ids) {
        if (view(id.data, id.datalen) == connectionId)
            return true;
    }
    return false;
}

void QuicConnection::receiveDatagram(QByteArrayView datagram)
{
    if (m_closed)
        return;
    int rv = 0;
    {
        Scope scope(this);
        const ngtcp2_path path = m_native->path();
        ngtcp2_pkt_info info{};
        rv = ngtcp2_conn_read_pkt(m_native->conn, &path, &info,
                                  reinterpret_cast<const uint8_t*>(datagram.data()), size_t(datagram.size()),
                                  now());
    }
    switch (rv) {
    case 0:
        break;
    case NGTCP2_ERR_DRAINING: {
        ngtcp2_connection_close_error received{};
        ngtcp2_conn_get_connection_close_error(m_native->conn, &received);
        finish(peerCloseMessage(received));
        return;
    }
    case NGTCP2_ERR_CLOSING:
        return;
    case NGTCP2_ERR_DROP_CONN:
        finish(translated("The connection was dropped"));
        return;
    case NGTCP2_ERR_CRYPTO: {
        const uint8_t alert = ngtcp2_conn_get_tls_alert(m_native->conn);
        ngtcp2_connection_close_error_set_transport_error_tls_alert(&m_native->lastError, alert, nullptr, 0);
        fail(translated("TLS handshake failed: alert %1 (%2)")
                 .arg(alert)
                 .arg(QString::fromUtf8(gnutls_alert_get_name(gnutls_alert_description_t(alert)))),
             0);
        return;
    }
    case NGTCP2_ERR_CALLBACK_FAILURE:
        // The application found the peer breaking its protocol: it closes with its own error code.
        if (const std::optional<quint64> code = m_application ? m_application->failureCode() : std::nullopt) {
            ngtcp2_connection_close_error_set_application_error(&m_native->lastError, *code, nullptr, 0);
            fail(translated("This endpoint closed the connection with HTTP/3 error %1")
                     .arg(QuicErrorNames::http3(*code)),
                 0);
            return;
        }
        [[fallthrough]];
    default:
        ngtcp2_connection_close_error_set_transport_error_liberr(&m_native->lastError, rv, nullptr, 0);
        fail(libraryError(rv), rv);
        return;
    }
    writePackets();
    emitPending();
}

void QuicConnection::flush()
{
    if (m_closed)
        return;
    if (m_depth > 0) {
        m_flushPending = true;
        return;
    }
    writePackets();
    emitPending();
}

void QuicConnection::writePackets()
{
    if (m_closed)
        return;
    Scope scope(this);
    if (m_earlyDataOffered && !std::exchange(m_earlyDataNoted, true))
        note(int(QuicMilestone::EarlyDataOffered));
    std::array<uint8_t, MaxDatagramSize> buffer{};
    ngtcp2_path_storage storage;
    ngtcp2_path_storage_zero(&storage);
    const ngtcp2_tstamp timestamp = now();
    m_flushPending = false;
    for (;;) {
        QuicStreamChunk chunk;
        if (m_application && m_applicationStarted && ngtcp2_conn_get_max_data_left(m_native->conn) > 0 &&
            !m_application->nextChunk(&chunk)) {
            // H3_INTERNAL_ERROR unless the application knows better.
            ngtcp2_connection_close_error_set_application_error(
                &m_native->lastError, m_application->failureCode().value_or(0x0102), nullptr, 0);
            fail(translated("The application on the QUIC streams failed"), 0);
            return;
        }
        std::array<ngtcp2_vec, QuicStreamChunk::MaxPieces> vectors{};
        for (int i = 0; i < chunk.pieceCount; ++i) {
            // ngtcp2 only reads stream data; its vector type is not const.
            vectors[i].base = reinterpret_cast<uint8_t*>(const_cast<char*>(chunk.pieces[i].data()));
            vectors[i].len = size_t(chunk.pieces[i].size());
        }
        uint32_t flags = NGTCP2_WRITE_STREAM_FLAG_MORE;
        if (chunk.fin)
            flags |= NGTCP2_WRITE_STREAM_FLAG_FIN;
        ngtcp2_ssize written = -1;
        ngtcp2_pkt_info info{};
        const ngtcp2_ssize length = ngtcp2_conn_writev_stream(
            m_native->conn, &storage.path, &info, buffer.data(), buffer.size(), &written, flags,
            chunk.streamId, vectors.data(), size_t(chunk.pieceCount), timestamp);
        if (length < 0) {
            switch (length) {
            case NGTCP2_ERR_STREAM_DATA_BLOCKED:
                m_application->streamBlocked(chunk.streamId);
                continue;
            case NGTCP2_ERR_STREAM_SHUT_WR:
                m_application->streamWriteShut(chunk.streamId);
                continue;
            case NGTCP2_ERR_WRITE_MORE:
                if (!m_application->streamWritten(chunk.streamId, written)) {
                    fail(translated("The application on the QUIC streams failed"), 0);
                    return;
                }
                continue;
            default:
                ngtcp2_connection_close_error_set_transport_error_liberr(&m_native->lastError, int(length),
                                                                         nullptr, 0);
                fail(libraryError(int(length)), int(length));
                return;
            }
        }
        if (written >= 0 && chunk.streamId >= 0 && !m_application->streamWritten(chunk.streamId, written)) {
            fail(translated("The application on the QUIC streams failed"), 0);
            return;
        }
        if (length == 0) {
            ngtcp2_conn_update_pkt_tx_time(m_native->conn, timestamp);
            if (!m_flushPending)
                break;
            m_flushPending = false;
            continue;
        }
        m_sender(view(buffer.data(), size_t(length)));
    }
    scheduleTimer();
}

void QuicConnection::scheduleTimer()
{
    const ngtcp2_tstamp expiry = ngtcp2_conn_get_expiry(m_native->conn);
    if (expiry == UINT64_MAX) {
        m_timer.stop();
        return;
    }
    const ngtcp2_tstamp current = now();
    const qint64 delayNs = expiry > current ? qint64(expiry - current) : 0;
    m_timer.start(int((delayNs + 999'999) / 1'000'000));
}

void QuicConnection::expire()
{
    if (m_closed)
        return;
    int rv = 0;
    {
        Scope scope(this);
        rv = ngtcp2_conn_handle_expiry(m_native->conn, now());
    }
    if (rv == NGTCP2_ERR_IDLE_CLOSE) {
        finish(translated("The connection was idle too long"));
        return;
    }
    if (rv == NGTCP2_ERR_HANDSHAKE_TIMEOUT) {
        // Like an idle connection, one whose handshake never completes ends without a word to the peer.
        finish(translated("The handshake did not complete in time"));
        return;
    }
    if (rv != 0) {
        ngtcp2_connection_close_error_set_transport_error_liberr(&m_native->lastError, rv, nullptr, 0);
        fail(libraryError(rv), rv);
        return;
    }
    writePackets();
    emitPending();
}

void QuicConnection::close(quint64 applicationErrorCode)
{
    if (m_closed)
        return;
    ngtcp2_connection_close_error_set_application_error(&m_native->lastError, applicationErrorCode, nullptr,
                                                        0);
    fail(QString(), 0);
}

void QuicConnection::fail(const QString& error, int)
{
    if (m_closed)
        return;
    if (!ngtcp2_conn_is_in_closing_period(m_native->conn) &&
        !ngtcp2_conn_is_in_draining_period(m_native->conn)) {
        Scope scope(this);
        std::array<uint8_t, MaxDatagramSize> buffer{};
        ngtcp2_path_storage storage;
        ngtcp2_path_storage_zero(&storage);
        ngtcp2_pkt_info info{};
        const ngtcp2_ssize length = ngtcp2_conn_write_connection_close(
            m_native->conn, &storage.path, &info, buffer.data(), buffer.size(), &m_native->lastError, now());
        if (length > 0)
            m_sender(view(buffer.data(), size_t(length)));
    }
    finish(error);
}

void QuicConnection::finish(const QString& error)
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    note(int(QuicMilestone::ConnectionClosed));
    emitPending();
    emit closed(error);
}

void QuicConnection::emitPending()
{
    if (std::exchange(m_signalHandshake, false))
        emit handshakeCompleted();
    if (std::exchange(m_signalResumption, false))
        emit resumptionAvailable();
}

std::optional<qint64> QuicConnection::openBidirectionalStream()
{
    int64_t id = -1;
    if (ngtcp2_conn_open_bidi_stream(m_native->conn, &id, nullptr) != 0)
        return std::nullopt;
    return id;
}

std::optional<qint64> QuicConnection::openUnidirectionalStream()
{
    int64_t id = -1;
    if (ngtcp2_conn_open_uni_stream(m_native->conn, &id, nullptr) != 0)
        return std::nullopt;
    return id;
}

void QuicConnection::extendStreamWindow(qint64 streamId, quint64 bytes)
{
    ngtcp2_conn_extend_max_stream_offset(m_native->conn, streamId, bytes);
    ngtcp2_conn_extend_max_offset(m_native->conn, bytes);
}

void QuicConnection::shutdownStreamRead(qint64 streamId, quint64 errorCode)
{
    ngtcp2_conn_shutdown_stream_read(m_native->conn, streamId, errorCode);
}

void QuicConnection::shutdownStreamWrite(qint64 streamId, quint64 errorCode)
{
    ngtcp2_conn_shutdown_stream_write(m_native->conn, streamId, errorCode);
}

quint64 QuicConnection::unidirectionalStreamsAllowed() const
{
    return ngtcp2_conn_get_max_local_streams_uni(m_native->conn);
}

quint64 QuicConnection::localBidirectionalStreamLimit() const
{
    return ngtcp2_conn_get_local_transport_params(m_native->conn)->initial_max_streams_bidi;
}

} // namespace protoviz

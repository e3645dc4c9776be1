#include "core/tls/tlsstream.h"

#include "core/tls/opensslsupport.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlshandshakedissector.h"
#include "core/tls/tlsnames.h"
#include "core/tls/tlsservercontext.h"

#include <QCoreApplication>
#include <QPointer>

#include <openssl/err.h>

#include <array>
#include <optional>

namespace protoviz {

namespace {

constexpr quint32 RecordHeaderSize = 5;
constexpr quint32 HandshakeHeaderSize = 4;
constexpr int ReadChunk = 16384;
// With memory BIOs OpenSSL never has to wait before writing; a WANT_WRITE that persists once the output
// has been drained means something is wrong, and retrying it forever would spin.
constexpr int WriteRetries = 4;

constexpr quint8 ContentChangeCipherSpec = 20;
constexpr quint8 ContentApplicationData = 23;

QString joinedErrors(const QList<unsigned long>& errors)
{
    QStringList texts;
    for (const unsigned long code : errors)
        texts.append(openssl::errorString(code));
    return texts.join(QStringLiteral("; "));
}

// Bytes an encrypted record adds to its content beyond the 5-byte header, for the AEAD ciphers TLS 1.3
// and modern TLS 1.2 use; 0 when the cipher's expansion is not a fixed number (CBC with padding).
quint32 recordExpansion(const SSL* ssl)
{
    const SSL_CIPHER* cipher = SSL_get_current_cipher(ssl);
    if (!cipher || !SSL_CIPHER_is_aead(cipher))
        return 0;
    const int nid = SSL_CIPHER_get_cipher_nid(cipher);
    const QByteArray name(SSL_CIPHER_get_name(cipher));
    const bool ccm = nid == NID_aes_128_ccm || nid == NID_aes_256_ccm;
    const quint32 tag = ccm && (name.contains("CCM8") || name.contains("CCM_8")) ? 8 : 16;
    if (SSL_version(ssl) >= TLS1_3_VERSION)
        return tag + 1; // the authentication tag, and the real content type hidden inside
    const bool explicitNonce = nid == NID_aes_128_gcm || nid == NID_aes_256_gcm || ccm;
    return tag + (explicitNonce ? 8 : 0);
}

} // namespace

struct TlsStream::PendingRecord
{
    bool outgoing = false;
    std::array<unsigned char, RecordHeaderSize> header{};
    int innerType = -1;
    quint32 index = 0; // received: the how-manieth record of the incoming bytes, from 1
};

struct TlsStream::Engine
{
    openssl::Ptr<SSL> ssl;
    BIO* input = nullptr;  // ciphertext from the peer, which OpenSSL reads; owned by ssl
    BIO* output = nullptr; // ciphertext OpenSSL wrote for the peer; owned by ssl

    // The record header seen last in each direction. It is recorded once the next callback shows whether
    // OpenSSL reveals the inner content type of a TLS 1.3 record (that callback comes right after the
    // header's), and, for a received one, once its body is in: OpenSSL reports a header before it reads
    // the body, which may never come.
    std::optional<PendingRecord> pendingOutgoing;
    std::optional<PendingRecord> pendingIncoming;
    quint32 incomingHeadersReported = 0;
    bool changeCipherSpecSent = false;
    bool changeCipherSpecReceived = false;

    // Early data (TLS 1.3 0-RTT). A client may call SSL_write_early_data() until it lets the handshake go
    // on; a server with early data enabled must call SSL_read_early_data() until OpenSSL says no more
    // can come, before anything else.
    bool clientWritesEarly = false;
    quint32 earlyAllowance = 0; // client: bytes the ticket still allows
    QByteArray earlySent;       // client: sent as early data, sent again should the server reject it
    bool serverReadsEarly = false;
    quint32 earlyReceived = 0; // server: early data bytes accepted

    // Where the incoming ciphertext stands against record boundaries: a close between records is
    // clean, a close inside one cut a record short.
    std::array<unsigned char, RecordHeaderSize> incomingHeader{};
    quint32 incomingHeaderFill = 0;
    quint32 incomingBodyLeft = 0;
    quint32 incomingRecordsSeen = 0; // headers complete in the incoming bytes

    void trackIncoming(const QByteArray& data)
    {
        qsizetype i = 0;
        while (i < data.size()) {
            if (incomingBodyLeft > 0) {
                const qsizetype step = std::min<qsizetype>(incomingBodyLeft, data.size() - i);
                incomingBodyLeft -= quint32(step);
                i += step;
                continue;
            }
            incomingHeader[incomingHeaderFill++] = static_cast<unsigned char>(data[i++]);
            if (incomingHeaderFill == RecordHeaderSize) {
                incomingBodyLeft = quint32(incomingHeader[3]) << 8 | incomingHeader[4];
                incomingHeaderFill = 0;
                ++incomingRecordsSeen;
            }
        }
    }
    bool atRecordBoundary() const { return incomingHeaderFill == 0 && incomingBodyLeft == 0; }
    // The bytes of a record that have arrived: all it announces once a later header began.
    quint32 arrivedOf(const PendingRecord& record) const
    {
        const quint32 announced = RecordHeaderSize + (quint32(record.header[3]) << 8 | record.header[4]);
        if (record.outgoing || record.index < incomingRecordsSeen)
            return announced;
        return announced - incomingBodyLeft;
    }
    bool isWhole(const PendingRecord& record) const
    {
        return arrivedOf(record) == RecordHeaderSize + (quint32(record.header[3]) << 8 | record.header[4]);
    }

    static void messageCallback(int writeP, int, int contentType, const void* buffer, size_t length, SSL*,
                                void* stream)
    {
        static_cast<TlsStream*>(stream)->onMessage(writeP == 1, contentType,
                                                   static_cast<const unsigned char*>(buffer), length);
    }
};

TlsStream* TlsStream::client(ByteStream* lower, std::shared_ptr<TlsClientContext> context,
                             EventRecorder recorder, QObject* parent)
{
    return new TlsStream(lower, std::move(context), true, recorder, parent);
}

TlsStream* TlsStream::server(ByteStream* lower, std::shared_ptr<TlsServerContext> context,
                             EventRecorder recorder, QObject* parent)
{
    return new TlsStream(lower, std::move(context), false, recorder, parent);
}

TlsStream::TlsStream(ByteStream* lower, std::shared_ptr<TlsContext> context, bool client,
                     EventRecorder recorder, QObject* parent)
    : ByteStream(parent)
    , m_lower(lower)
    , m_context(std::move(context))
    , m_recorder(recorder)
    , m_engine(std::make_unique<Engine>())
    , m_client(client)
{
    m_lower->setParent(this);
    connect(m_lower, &ByteStream::opened, this, &TlsStream::onLowerOpened);
    connect(m_lower, &ByteStream::received, this, &TlsStream::onLowerReceived);
    connect(m_lower, &ByteStream::failed, this, &TlsStream::onLowerFailed);
    connect(m_lower, &ByteStream::closed, this, &TlsStream::onLowerClosed);

    const TlsContextPrivate* shared = m_context->m_state.get();
    m_engine->ssl.reset(SSL_new(shared->ctx.get()));
    BIO* input = BIO_new(BIO_s_mem());
    BIO* output = BIO_new(BIO_s_mem());
    if (!m_engine->ssl || !input || !output) {
        BIO_free(input);
        BIO_free(output);
        m_engine->ssl.reset();
        const QString technical = openssl::takeErrorString();
        // Reported from the event loop so that the creator has connected to failed() by then.
        QMetaObject::invokeMethod(
            this,
            [this, technical] {
                fail(QCoreApplication::translate(
                         "protoviz", "OpenSSL could not set up the TLS connection (out of memory?)."),
                     technical);
            },
            Qt::QueuedConnection);
        return;
    }
    SSL* ssl = m_engine->ssl.get();
    // An empty input buffer means "wait for more bytes", not end of file.
    BIO_set_mem_eof_return(input, -1);
    SSL_set_bio(ssl, input, output);
    m_engine->input = input;
    m_engine->output = output;
    SSL_set_msg_callback(ssl, Engine::messageCallback);
    SSL_set_msg_callback_arg(ssl, this);
    if (m_client) {
        SSL_set_connect_state(ssl);
        // RFC 6066: SNI carries host names only, never addresses. This is SSL_set_tlsext_host_name(),
        // whose macro casts in C style; OpenSSL copies the name.
        if (!shared->serverNameIsAddress) {
            SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                     const_cast<char*>(shared->serverName.constData()));
        }
        if (shared->resumeSessions && shared->session)
            SSL_set_session(ssl, shared->session.get());
    } else {
        SSL_set_accept_state(ssl);
        m_engine->serverReadsEarly = shared->maxEarlyData > 0;
    }

    if (m_lower->isOpen()) {
        if (m_client)
            QMetaObject::invokeMethod(this, &TlsStream::onLowerOpened, Qt::QueuedConnection);
        else
            m_state = State::Handshaking;
    }
}

TlsStream::~TlsStream()
{
    // The lower stream is a child and is destroyed after this body: it must not call back into a stream
    // whose engine is gone.
    m_lower->disconnect(this);
}

bool TlsStream::isOpen() const
{
    return m_state == State::Early || m_state == State::Open || m_state == State::Closing;
}

quint32 TlsStream::connectionId() const
{
    return m_lower->connectionId();
}

QByteArray TlsStream::applicationProtocol() const
{
    return m_summary.alpn;
}

void TlsStream::write(const QByteArray& data)
{
    if (data.isEmpty() || m_closeRequested)
        return;
    switch (m_state) {
    case State::Connecting:
    case State::Handshaking:
        m_plainOut.append(data);
        return;
    case State::Early:
        m_plainOut.append(data);
        sendEarly();
        return;
    case State::Open:
        m_plainOut.append(data);
        sendQueued();
        return;
    case State::Closing:
    case State::Failed:
    case State::Closed:
        return;
    }
}

void TlsStream::close()
{
    switch (m_state) {
    case State::Connecting:
    case State::Handshaking:
        m_closeRequested = true;
        // With nothing to deliver there is no reason to finish the handshake first.
        if (m_plainOut.isEmpty())
            m_lower->close();
        return;
    case State::Early:
        // Early data may be on its way: the handshake completes, then close_notify follows the queue.
        m_closeRequested = true;
        return;
    case State::Open:
        m_closeRequested = true;
        sendQueued(); // ends with close_notify once the queue is out
        return;
    case State::Closing:
    case State::Failed:
    case State::Closed:
        return;
    }
}

void TlsStream::abort()
{
    if (m_state == State::Closed)
        return;
    m_aborted = true;
    m_lower->abort();
}

void TlsStream::onLowerOpened()
{
    if (m_state != State::Connecting || !m_engine->ssl)
        return;
    if (m_closeRequested && m_plainOut.isEmpty())
        return;
    if (m_client && startEarlyData())
        return;
    m_state = State::Handshaking;
    advance();
}

void TlsStream::onLowerReceived(const QByteArray& data)
{
    if (!m_engine->ssl || m_state == State::Connecting || m_state == State::Failed ||
        m_state == State::Closed)
        return;
    // close() gave up on this handshake (nothing was queued); finishing it now would open a stream its
    // owner has closed.
    if (m_state == State::Handshaking && m_closeRequested && m_plainOut.isEmpty())
        return;
    // The server has answered: a client sending early data lets the handshake complete now.
    m_engine->clientWritesEarly = false;
    m_engine->trackIncoming(data);
    if (BIO_write(m_engine->input, data.constData(), int(data.size())) != int(data.size())) {
        fail(QCoreApplication::translate("protoviz",
                                         "OpenSSL could not take the received bytes (out of memory?)."),
             openssl::takeErrorString());
        return;
    }
    advance();
}

void TlsStream::onLowerFailed(const QString& reason)
{
    if (m_failedEmitted || m_aborted || m_state == State::Closed)
        return;
    m_failedEmitted = true;
    if (m_state != State::Closing)
        m_state = State::Failed;
    emit failed(reason);
}

void TlsStream::onLowerClosed()
{
    if (m_state == State::Closed)
        return;
    const State previous = m_state;
    m_state = State::Closed;
    // Nothing more will arrive: a record still waiting for its body was cut short.
    recordPendingRecord();
    recordIncomingRecord();
    const QPointer<TlsStream> self(this);
    if (!m_aborted && !m_failedEmitted) {
        QString problem;
        bool failure = true;
        if ((previous == State::Handshaking || previous == State::Early) && !m_closeRequested) {
            problem =
                m_client
                    ? QCoreApplication::translate(
                          "protoviz", "The server closed the connection before the TLS handshake completed.")
                    : QCoreApplication::translate(
                          "protoviz", "The client closed the connection before the TLS handshake completed.");
        } else if (previous == State::Open && !m_closeNotifyReceived) {
            if (!m_engine->atRecordBoundary()) {
                problem = QCoreApplication::translate(
                    "protoviz", "The connection closed in the middle of a TLS record: the last data "
                                "arrived incomplete.");
            } else {
                // Not a failure (many servers close this way), but TLS asks for close_notify so that a
                // receiver can tell the end of the data from an attacker cutting the connection.
                problem = QCoreApplication::translate(
                    "protoviz", "The peer closed the connection without a close_notify alert: the "
                                "receiver cannot tell this end from a cut connection.");
                failure = false;
            }
        }
        if (!problem.isEmpty()) {
            recordError(problem, {});
            if (failure) {
                m_failedEmitted = true;
                emit failed(problem);
                if (!self)
                    return;
            }
        }
    }
    emit closed();
}

void TlsStream::advance()
{
    if ((m_state == State::Handshaking || m_state == State::Early) && !continueHandshake())
        return;
    if (m_state != State::Open && m_state != State::Closing)
        return;
    readApplicationData();
    // A write that waited for the peer (WANT_READ) may go on now.
    if (m_state == State::Open && !m_plainOut.isEmpty())
        sendQueued();
}

bool TlsStream::startEarlyData()
{
    SSL* ssl = m_engine->ssl.get();
    const SSL_SESSION* session = SSL_get0_session(ssl);
    if (!m_context->m_state->earlyData || !session ||
        SSL_SESSION_get_protocol_version(session) != TLS1_3_VERSION ||
        SSL_SESSION_get_max_early_data(session) == 0)
        return false;
    m_engine->clientWritesEarly = true;
    m_engine->earlyAllowance = SSL_SESSION_get_max_early_data(session);
    // Early data must be for the protocol the resumed session agreed (RFC 8446 4.2.10).
    const unsigned char* alpn = nullptr;
    size_t alpnLength = 0;
    SSL_SESSION_get0_alpn_selected(session, &alpn, &alpnLength);
    m_summary.alpn =
        alpn ? QByteArray(reinterpret_cast<const char*>(alpn), qsizetype(alpnLength)) : QByteArray();
    m_state = State::Early;
    m_openedEmitted = true;
    const QPointer<TlsStream> self(this);
    emit opened();
    if (!self || m_state != State::Early)
        return true;
    // Bytes queued before the lower stream opened.
    sendEarly();
    if (!self || m_state != State::Early)
        return true;
    if (m_engine->earlySent.isEmpty()) {
        // Nothing to send early: an ordinary resumption, whose ClientHello SSL_do_handshake() sends.
        m_engine->clientWritesEarly = false;
        advance();
    }
    return true;
}

void TlsStream::sendEarly()
{
    SSL* ssl = m_engine->ssl.get();
    Engine& engine = *m_engine;
    int retries = 0;
    while (!m_plainOut.isEmpty() && m_state == State::Early) {
        size_t chunk = size_t(m_plainOut.size());
        if (m_client) {
            if (!engine.clientWritesEarly || engine.earlyAllowance == 0)
                return; // the rest waits for the handshake
            chunk = std::min<size_t>(chunk, engine.earlyAllowance);
        } else if (SSL_is_init_finished(ssl)) {
            return; // the handshake completes in a moment; sendQueued() takes over then
        }
        ERR_clear_error();
        size_t written = 0;
        const int result = SSL_write_early_data(ssl, m_plainOut.constData(), chunk, &written);
        const int error = result == 1 ? SSL_ERROR_NONE : SSL_get_error(ssl, result);
        const QList<unsigned long> errors = openssl::takeErrors();
        recordPendingRecord();
        flushOutput();
        if (result == 1) {
            if (m_client) {
                engine.earlySent.append(m_plainOut.first(qsizetype(written)));
                engine.earlyAllowance -= quint32(std::min<size_t>(written, engine.earlyAllowance));
                recordEarlyData(m_recorder.outgoing(), TlsEarlyData::Sent, quint32(written));
            }
            m_plainOut.remove(0, qsizetype(written));
            continue;
        }
        if (error == SSL_ERROR_WANT_READ)
            return;
        if (error == SSL_ERROR_WANT_WRITE && ++retries <= WriteRetries)
            continue;
        fail(failureReason(error, errors), joinedErrors(errors));
        return;
    }
}

bool TlsStream::readEarlyData()
{
    SSL* ssl = m_engine->ssl.get();
    QByteArray early;
    bool finished = false;
    int retries = 0;
    while (true) {
        const qsizetype used = early.size();
        early.resize(used + ReadChunk);
        size_t got = 0;
        ERR_clear_error();
        const int result = SSL_read_early_data(ssl, early.data() + used, size_t(ReadChunk), &got);
        early.resize(used + (result == SSL_READ_EARLY_DATA_SUCCESS ? qsizetype(got) : 0));
        if (result == SSL_READ_EARLY_DATA_SUCCESS)
            continue;
        if (result == SSL_READ_EARLY_DATA_FINISH) {
            finished = true;
            break;
        }
        const int error = SSL_get_error(ssl, 0);
        const QList<unsigned long> errors = openssl::takeErrors();
        if (error == SSL_ERROR_WANT_WRITE && ++retries <= WriteRetries) {
            flushOutput();
            continue;
        }
        if (error != SSL_ERROR_WANT_READ) {
            recordPendingRecord();
            flushOutput();
            fail(failureReason(error, errors), joinedErrors(errors));
            return false;
        }
        break;
    }
    recordPendingRecord();
    flushOutput();
    if (finished)
        m_engine->serverReadsEarly = false;
    if (early.isEmpty())
        return finished;

    m_engine->earlyReceived += quint32(early.size());
    recordEarlyData(m_recorder.incoming(), TlsEarlyData::Accepted, quint32(early.size()));
    const QPointer<TlsStream> self(this);
    if (m_state == State::Handshaking) {
        // The protocol was chosen with the ClientHello; the owner needs it to read the early data.
        const unsigned char* alpn = nullptr;
        unsigned int alpnLength = 0;
        SSL_get0_alpn_selected(ssl, &alpn, &alpnLength);
        m_summary.alpn =
            alpn ? QByteArray(reinterpret_cast<const char*>(alpn), qsizetype(alpnLength)) : QByteArray();
        m_state = State::Early;
        m_openedEmitted = true;
        emit opened();
        if (!self || m_state != State::Early)
            return false;
    }
    emit received(early);
    if (!self || m_state != State::Early)
        return false;
    return finished;
}

bool TlsStream::continueHandshake()
{
    SSL* ssl = m_engine->ssl.get();
    // A client sending early data lets the handshake go on once the server has answered.
    if (m_engine->clientWritesEarly)
        return false;
    if (m_engine->serverReadsEarly && !readEarlyData())
        return false;
    for (int attempt = 0;; ++attempt) {
        ERR_clear_error();
        const int result = SSL_do_handshake(ssl);
        const int error = result == 1 ? SSL_ERROR_NONE : SSL_get_error(ssl, result);
        const QList<unsigned long> errors = openssl::takeErrors();
        recordPendingRecord();
        flushOutput();
        if (m_state != State::Handshaking && m_state != State::Early)
            return false;
        if (result == 1) {
            completeHandshake();
            return m_state == State::Open || m_state == State::Closing;
        }
        if (error == SSL_ERROR_WANT_READ)
            return false;
        if (error == SSL_ERROR_WANT_WRITE && attempt < WriteRetries)
            continue;
        fail(failureReason(error, errors), joinedErrors(errors));
        return false;
    }
}

void TlsStream::completeHandshake()
{
    SSL* ssl = m_engine->ssl.get();
    m_state = State::Open;
    m_summary.version = QString::fromLatin1(SSL_get_version(ssl));
    if (const SSL_CIPHER* cipher = SSL_get_current_cipher(ssl))
        m_summary.cipherSuite = QString::fromLatin1(SSL_CIPHER_standard_name(cipher));
    m_summary.group = openssl::groupName(ssl, SSL_get_negotiated_group(ssl));
    const unsigned char* alpn = nullptr;
    unsigned int alpnLength = 0;
    SSL_get0_alpn_selected(ssl, &alpn, &alpnLength);
    m_summary.alpn =
        alpn ? QByteArray(reinterpret_cast<const char*>(alpn), qsizetype(alpnLength)) : QByteArray();
    m_summary.resumed = SSL_session_reused(ssl) == 1;
    m_summary.peerCertificates.clear();
    const auto addCertificate = [this](X509* certificate) {
        if (std::optional<TlsCertificateInfo> info =
                TlsCertificateInfo::fromDer(openssl::certificateDer(certificate)))
            m_summary.peerCertificates.append(std::move(*info));
    };
    if (const STACK_OF(X509)* verified = SSL_get0_verified_chain(ssl)) {
        for (int i = 0; i < sk_X509_num(verified); ++i)
            addCertificate(sk_X509_value(verified, i));
    } else if (X509* leaf = SSL_get0_peer_certificate(ssl)) {
        addCertificate(leaf);
        // A client's peer chain starts with the leaf; a server's does not.
        const STACK_OF(X509)* sent = SSL_get_peer_cert_chain(ssl);
        for (int i = 0; sent && i < sk_X509_num(sent); ++i) {
            if (X509_cmp(sk_X509_value(sent, i), leaf) != 0)
                addCertificate(sk_X509_value(sent, i));
        }
    }

    const int earlyStatus = SSL_get_early_data_status(ssl);
    if (m_client && !m_engine->earlySent.isEmpty()) {
        m_summary.earlyDataBytes = quint32(m_engine->earlySent.size());
        if (earlyStatus == SSL_EARLY_DATA_ACCEPTED) {
            m_summary.earlyData = TlsSessionSummary::EarlyData::Accepted;
            recordEarlyData(Direction::None, TlsEarlyData::Accepted, m_summary.earlyDataBytes);
        } else {
            // The server skipped it unread: it goes again, first, under the keys just agreed.
            m_summary.earlyData = TlsSessionSummary::EarlyData::Rejected;
            m_plainOut.prepend(m_engine->earlySent);
            recordEarlyData(Direction::None, TlsEarlyData::Rejected, m_summary.earlyDataBytes);
        }
        m_engine->earlySent.clear();
    } else if (!m_client && earlyStatus != SSL_EARLY_DATA_NOT_SENT) {
        m_summary.earlyDataBytes = m_engine->earlyReceived;
        m_summary.earlyData = earlyStatus == SSL_EARLY_DATA_ACCEPTED ? TlsSessionSummary::EarlyData::Accepted
                                                                     : TlsSessionSummary::EarlyData::Rejected;
    }

    recordHandshakeComplete();

    const QPointer<TlsStream> self(this);
    if (!m_openedEmitted) {
        m_openedEmitted = true;
        emit opened();
        if (!self || m_state != State::Open)
            return;
    }
    sendQueued();
}

void TlsStream::sendQueued()
{
    SSL* ssl = m_engine->ssl.get();
    int retries = 0;
    while (!m_plainOut.isEmpty() && m_state == State::Open) {
        ERR_clear_error();
        size_t written = 0;
        const int result = SSL_write_ex(ssl, m_plainOut.constData(), size_t(m_plainOut.size()), &written);
        const int error = result == 1 ? SSL_ERROR_NONE : SSL_get_error(ssl, result);
        const QList<unsigned long> errors = openssl::takeErrors();
        recordPendingRecord();
        flushOutput();
        if (result == 1) {
            m_plainOut.remove(0, qsizetype(written));
            continue;
        }
        if (error == SSL_ERROR_WANT_READ)
            return; // advance() retries once the peer's bytes are in
        if (error == SSL_ERROR_WANT_WRITE && ++retries <= WriteRetries)
            continue;
        fail(failureReason(error, errors), joinedErrors(errors));
        return;
    }
    if (m_closeRequested && m_state == State::Open && m_plainOut.isEmpty())
        sendCloseNotify();
}

void TlsStream::readApplicationData()
{
    SSL* ssl = m_engine->ssl.get();
    QByteArray plain;
    int error = SSL_ERROR_NONE;
    QList<unsigned long> errors;
    int retries = 0;
    while (true) {
        const qsizetype used = plain.size();
        plain.resize(used + ReadChunk);
        size_t got = 0;
        ERR_clear_error();
        const int result = SSL_read_ex(ssl, plain.data() + used, size_t(ReadChunk), &got);
        plain.resize(used + (result == 1 ? qsizetype(got) : 0));
        if (result == 1)
            continue;
        error = SSL_get_error(ssl, result);
        errors = openssl::takeErrors();
        if (error == SSL_ERROR_WANT_WRITE && ++retries <= WriteRetries) {
            flushOutput();
            continue;
        }
        break;
    }
    recordPendingRecord();
    flushOutput();

    const QPointer<TlsStream> self(this);
    if (!plain.isEmpty()) {
        emit received(plain);
        if (!self)
            return;
    }
    if (error == SSL_ERROR_ZERO_RETURN) {
        m_closeNotifyReceived = true;
        if (m_state == State::Open)
            sendCloseNotify();
        else if (m_state == State::Closing)
            m_lower->close();
        return;
    }
    if (error != SSL_ERROR_WANT_READ && (m_state == State::Open || m_state == State::Closing))
        fail(failureReason(error, errors), joinedErrors(errors));
}

void TlsStream::sendCloseNotify()
{
    m_state = State::Closing;
    ERR_clear_error();
    SSL_shutdown(m_engine->ssl.get());
    openssl::takeErrors();
    recordPendingRecord();
    flushOutput();
    m_lower->close();
}

void TlsStream::flushOutput()
{
    BIO* output = m_engine->output;
    while (const size_t pending = BIO_ctrl_pending(output)) {
        QByteArray bytes(qsizetype(pending), Qt::Uninitialized);
        const int read = BIO_read(output, bytes.data(), int(pending));
        if (read <= 0)
            return;
        bytes.truncate(read);
        m_lower->write(bytes);
    }
}

void TlsStream::fail(const QString& reason, const QString& technical)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    m_state = State::Failed;
    // A record OpenSSL gave up on part-way is shown with the bytes that did arrive.
    recordPendingRecord();
    recordIncomingRecord();
    recordError(reason, technical);
    m_failedEmitted = true;
    const QPointer<TlsStream> self(this);
    emit failed(reason);
    if (!self)
        return;
    // The alert OpenSSL queued has been flushed already: close behind it rather than reset.
    m_lower->close();
}

QString TlsStream::peerName() const
{
    return m_client ? QCoreApplication::translate("protoviz", "the server")
                    : QCoreApplication::translate("protoviz", "the client");
}

static QString certificateProblem(long result, const QByteArray& serverName, bool client)
{
    const QString verifier = client ? QCoreApplication::translate("protoviz", "the client")
                                    : QCoreApplication::translate("protoviz", "the server");
    switch (result) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return QCoreApplication::translate("protoviz",
                                           "it was signed by a certificate authority that %1 does not trust")
            .arg(verifier);
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QCoreApplication::translate("protoviz", "it is self-signed, and %1 does not trust it")
            .arg(verifier);
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QCoreApplication::translate("protoviz",
                                           "its chain ends at a certificate authority that %1 does not trust")
            .arg(verifier);
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QCoreApplication::translate("protoviz", "it has expired");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QCoreApplication::translate("protoviz", "it is not valid yet (do the clocks agree?)");
    case X509_V_ERR_HOSTNAME_MISMATCH:
        return QCoreApplication::translate("protoviz", "it was not issued for the name %1")
            .arg(QString::fromLatin1(serverName));
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return QCoreApplication::translate("protoviz", "it was not issued for the address %1")
            .arg(QString::fromLatin1(serverName));
    case X509_V_ERR_INVALID_PURPOSE:
        return QCoreApplication::translate(
            "protoviz", "it is not meant for this use (its extended key usage does not allow it)");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QCoreApplication::translate("protoviz", "its signature does not verify");
    case X509_V_ERR_INVALID_CA:
        return QCoreApplication::translate(
            "protoviz", "it was signed by a certificate that is not a certificate authority");
    default:
        return QString::fromLatin1(X509_verify_cert_error_string(result));
    }
}

QString TlsStream::failureReason(int sslError, const QList<unsigned long>& errors) const
{
    const QString stage = m_state == State::Handshaking || m_state == State::Early
                              ? QCoreApplication::translate("protoviz", "The TLS handshake failed.")
                              : QCoreApplication::translate("protoviz", "The TLS connection failed.");
    const QString peer = peerName();
    unsigned long code = 0;
    for (const unsigned long candidate : errors) {
        if (ERR_GET_LIB(candidate) == ERR_LIB_SSL) {
            code = candidate;
            break;
        }
    }
    if (code == 0 && !errors.isEmpty())
        code = errors.constFirst();
    if (sslError != SSL_ERROR_SSL || code == 0)
        return stage + u' ' +
               QCoreApplication::translate("protoviz", "OpenSSL gave no reason (error %1).").arg(sslError);

    const int reason = ERR_GET_REASON(code);
    QString explanation;
    if (reason >= SSL_AD_REASON_OFFSET && reason < SSL_AD_REASON_OFFSET + 256) {
        // OpenSSL numbers "the peer sent alert N" as SSL_AD_REASON_OFFSET + N.
        const auto description = quint8(reason - SSL_AD_REASON_OFFSET);
        explanation = QCoreApplication::translate("protoviz", "%1 sent the alert %2.")
                          .arg(peer, TlsNames::alertExplanation(description, !m_client));
        explanation[0] = explanation[0].toUpper();
        return stage + u' ' + explanation;
    }
    switch (reason) {
    case SSL_R_CERTIFICATE_VERIFY_FAILED: {
        const long result = SSL_get_verify_result(m_engine->ssl.get());
        explanation =
            QCoreApplication::translate("protoviz", "The certificate of %1 was rejected: %2 (OpenSSL: %3).")
                .arg(peer, certificateProblem(result, m_context->m_state->serverName, m_client),
                     QString::fromLatin1(X509_verify_cert_error_string(result)));
        break;
    }
    case SSL_R_HTTP_REQUEST:
    case SSL_R_HTTPS_PROXY_REQUEST:
        explanation = QCoreApplication::translate(
            "protoviz", "The client sent a plain-text HTTP request to this TLS port.");
        break;
    case SSL_R_WRONG_VERSION_NUMBER:
    case SSL_R_PACKET_LENGTH_TOO_LONG:
    case SSL_R_ENCRYPTED_LENGTH_TOO_LONG:
    case SSL_R_UNKNOWN_PROTOCOL:
        explanation =
            QCoreApplication::translate(
                "protoviz", "The bytes from %1 are not TLS records: it may not speak TLS on this port.")
                .arg(peer);
        break;
    case SSL_R_UNSUPPORTED_PROTOCOL:
    case SSL_R_NO_PROTOCOLS_AVAILABLE:
    case SSL_R_VERSION_TOO_LOW:
    case SSL_R_VERSION_TOO_HIGH:
        explanation = QCoreApplication::translate("protoviz",
                                                  "The client and the server have no TLS version in common.");
        break;
    case SSL_R_NO_SHARED_CIPHER:
    case SSL_R_NO_CIPHERS_AVAILABLE:
        explanation = QCoreApplication::translate(
            "protoviz", "The client and the server have no cipher suite in common.");
        break;
    case SSL_R_NO_SUITABLE_KEY_SHARE:
    case SSL_R_NO_SHARED_GROUPS:
        explanation = QCoreApplication::translate(
            "protoviz", "The client and the server have no key exchange group in common.");
        break;
    case SSL_R_NO_APPLICATION_PROTOCOL:
        explanation = QCoreApplication::translate(
            "protoviz", "The client and the server have no application protocol (ALPN) in common.");
        break;
    case SSL_R_DECRYPTION_FAILED_OR_BAD_RECORD_MAC:
        explanation =
            QCoreApplication::translate(
                "protoviz", "A record from %1 failed its integrity check: its bytes were altered or not "
                            "protected with the agreed keys.")
                .arg(peer);
        break;
    case SSL_R_UNEXPECTED_MESSAGE:
    case SSL_R_UNEXPECTED_RECORD:
        explanation = QCoreApplication::translate(
                          "protoviz", "%1 sent a message that does not belong at this point of the protocol.")
                          .arg(peer);
        break;
    case SSL_R_LENGTH_MISMATCH:
    case SSL_R_LENGTH_TOO_SHORT:
    case SSL_R_BAD_LENGTH:
    case SSL_R_BAD_PACKET:
    case SSL_R_BAD_EXTENSION:
    case SSL_R_EXCESSIVE_MESSAGE_SIZE:
    case SSL_R_RECORD_LENGTH_MISMATCH:
        explanation = QCoreApplication::translate("protoviz", "A message from %1 is malformed.").arg(peer);
        break;
    default:
        explanation = QCoreApplication::translate("protoviz", "OpenSSL reports: %1.")
                          .arg(QString::fromLatin1(ERR_reason_error_string(code)));
        break;
    }
    explanation[0] = explanation[0].toUpper();
    return stage + u' ' + explanation;
}

Direction TlsStream::directionOf(bool outgoing) const
{
    return outgoing ? m_recorder.outgoing() : m_recorder.incoming();
}

quint32 TlsStream::eventConnection() const
{
    return m_recorder.connection() != 0 ? m_recorder.connection() : m_lower->connectionId();
}

void TlsStream::onMessage(bool outgoing, int contentType, const unsigned char* data, size_t length)
{
    Engine& engine = *m_engine;
    if (contentType == SSL3_RT_HEADER) {
        recordPendingRecord();
        if (length != RecordHeaderSize)
            return;
        PendingRecord record;
        record.outgoing = outgoing;
        std::copy(data, data + RecordHeaderSize, record.header.begin());
        if (outgoing) {
            engine.pendingOutgoing = record;
        } else {
            // OpenSSL reads a header only once the record before it is whole.
            recordIncomingRecord();
            record.index = ++engine.incomingHeadersReported;
            engine.pendingIncoming = record;
        }
        return;
    }
    std::optional<PendingRecord>& pending = outgoing ? engine.pendingOutgoing : engine.pendingIncoming;
    if (contentType == SSL3_RT_INNER_CONTENT_TYPE && pending && length == 1)
        pending->innerType = data[0];
    // OpenSSL reports what a received record carries once it has read all of it.
    if (!outgoing)
        recordIncomingRecord();
    recordPendingRecord();
    if (contentType == SSL3_RT_INNER_CONTENT_TYPE)
        return;
    const QByteArrayView bytes(data, qsizetype(length));
    switch (contentType) {
    case SSL3_RT_HANDSHAKE:
        recordHandshakeMessage(outgoing, bytes);
        break;
    case SSL3_RT_ALERT:
        recordAlert(outgoing, bytes);
        break;
    case SSL3_RT_CHANGE_CIPHER_SPEC:
        // Received ones are taken from their record header (see recordPendingRecord()), so that a
        // library that also reports them does not count them twice.
        if (outgoing) {
            engine.changeCipherSpecSent = true;
            recordChangeCipherSpec(true, bytes);
        }
        break;
    default:
        break;
    }
}

void TlsStream::recordPendingRecord()
{
    Engine& engine = *m_engine;
    if (engine.pendingOutgoing)
        recordRecord(*std::exchange(engine.pendingOutgoing, std::nullopt));
    // A received record whose body is still on its way waits: its size is not known to be true yet.
    if (engine.pendingIncoming && engine.isWhole(*engine.pendingIncoming))
        recordIncomingRecord();
}

void TlsStream::recordIncomingRecord()
{
    if (m_engine->pendingIncoming)
        recordRecord(*std::exchange(m_engine->pendingIncoming, std::nullopt));
}

void TlsStream::recordRecord(const PendingRecord& record)
{
    const quint8 type = record.header[0];
    const quint16 version = quint16(record.header[1] << 8 | record.header[2]);
    const quint32 length = quint32(record.header[3]) << 8 | record.header[4];
    // Only what arrived counts: a header may announce bytes that never come (a cut or a fake record).
    const quint32 arrived = m_engine->arrivedOf(record);
    const bool cutShort = arrived < RecordHeaderSize + length;
    // TLS 1.3 encrypts every record into an application_data one; TLS 1.2 encrypts what follows a side's
    // ChangeCipherSpec and keeps the outer type.
    SSL* ssl = m_engine->ssl.get();
    const bool afterChangeCipherSpec =
        record.outgoing ? m_engine->changeCipherSpecSent : m_engine->changeCipherSpecReceived;
    const bool encrypted =
        type == ContentApplicationData || (afterChangeCipherSpec && SSL_version(ssl) < TLS1_3_VERSION);
    const quint32 expansion = encrypted ? std::min(recordExpansion(ssl), length) : 0;

    if (m_recorder.isActive()) {
        EventDetail detail;
        detail.bytes = QByteArray(reinterpret_cast<const char*>(record.header.data()), RecordHeaderSize);
        const QString typeName = TlsNames::contentTypeName(type);
        detail.fields = {
            {QStringLiteral("content type"), QStringLiteral("%1 (%2)").arg(typeName).arg(type), 0, 1, 0},
            {QStringLiteral("version"),
             QStringLiteral("%1 (0x%2)")
                 .arg(TlsNames::versionName(version))
                 .arg(version, 4, 16, QLatin1Char('0')),
             1, 2, 0},
            {QStringLiteral("length"), QString::number(length), 3, 2, 0},
        };
        if (encrypted) {
            detail.fields.append(
                {QStringLiteral("encrypted"), QCoreApplication::translate("protoviz", "yes"), -1, 0, 0});
            if (record.innerType >= 0) {
                detail.fields.append(
                    {QStringLiteral("inner content type"),
                     QCoreApplication::translate("protoviz", "%1 (inside the encryption: only the "
                                                             "endpoints see it)")
                         .arg(TlsNames::contentTypeName(quint8(record.innerType))),
                     -1, 0, 0});
            }
            if (expansion > 0) {
                detail.fields.append(
                    {QStringLiteral("encryption overhead"),
                     QCoreApplication::translate("protoviz", expansion == 1 ? "%n byte" : "%n bytes", nullptr,
                                                 int(expansion)),
                     -1, 0, 0});
            }
        }
        if (cutShort) {
            detail.fields.append({QStringLiteral("arrived"),
                                  QCoreApplication::translate("protoviz", "%1 of %2 bytes")
                                      .arg(arrived)
                                      .arg(RecordHeaderSize + length),
                                  -1, 0, 0});
            detail.text = QCoreApplication::translate(
                              "protoviz", "%1 record cut short: %2 of the %3 bytes its header announces "
                                          "arrived")
                              .arg(typeName)
                              .arg(arrived)
                              .arg(RecordHeaderSize + length);
        } else if (!encrypted) {
            detail.text = QCoreApplication::translate("protoviz", "%1 record, %2 bytes in the clear")
                              .arg(typeName)
                              .arg(length);
        } else if (record.innerType >= 0) {
            detail.text = QCoreApplication::translate(
                              "protoviz", "Encrypted record carrying %1; on the wire it shows as %2")
                              .arg(TlsNames::contentTypeName(quint8(record.innerType)), typeName);
        } else {
            detail.text = QCoreApplication::translate("protoviz", "Encrypted %1 record, %2 bytes")
                              .arg(typeName)
                              .arg(length);
        }
        m_recorder.record({.layer = Layer::Tls,
                           .kind = kindOf(TlsKind::Record),
                           .direction = directionOf(record.outgoing),
                           .flags = type,
                           .connection = eventConnection(),
                           .size = arrived,
                           .overhead = cutShort ? RecordHeaderSize : RecordHeaderSize + expansion,
                           .value = version},
                          std::move(detail));
    }

    // OpenSSL reports the ChangeCipherSpec it sends but not one it receives: the record header is where a
    // received one shows.
    if (!record.outgoing && type == ContentChangeCipherSpec && length == 1 && !cutShort) {
        m_engine->changeCipherSpecReceived = true;
        recordChangeCipherSpec(false, {});
    }
}

void TlsStream::recordHandshakeMessage(bool outgoing, QByteArrayView message)
{
    if (!m_recorder.isActive())
        return;
    const int version = SSL_version(m_engine->ssl.get());
    const quint16 known = version == TLS1_3_VERSION || version == TLS1_2_VERSION ? quint16(version) : 0;
    TlsHandshakeDissection dissection = TlsHandshakeDissector::dissect(message, known);
    EventDetail detail;
    detail.bytes = message.toByteArray();
    detail.fields = std::move(dissection.fields);
    detail.text = dissection.name;
    m_recorder.record({.layer = Layer::Tls,
                       .kind = kindOf(TlsKind::HandshakeMessage),
                       .direction = directionOf(outgoing),
                       .flags = dissection.type,
                       .connection = eventConnection(),
                       .size = quint32(message.size()),
                       .overhead = std::min(HandshakeHeaderSize, quint32(message.size()))},
                      std::move(detail));
}

void TlsStream::recordAlert(bool outgoing, QByteArrayView alert)
{
    if (!m_recorder.isActive() || alert.size() != 2)
        return;
    const auto level = quint8(alert[0]);
    const auto description = quint8(alert[1]);
    const bool sentByClient = outgoing == m_client;
    EventDetail detail;
    detail.bytes = alert.toByteArray();
    detail.fields = {
        {QStringLiteral("level"), QStringLiteral("%1 (%2)").arg(TlsNames::alertLevelName(level)).arg(level),
         0, 1, 0},
        {QStringLiteral("description"),
         QStringLiteral("%1 (%2)").arg(TlsNames::alertDescriptionName(description)).arg(description), 1, 1,
         0},
    };
    detail.text = TlsNames::alertExplanation(description, sentByClient);
    m_recorder.record({.layer = Layer::Tls,
                       .kind = kindOf(TlsKind::Alert),
                       .direction = directionOf(outgoing),
                       .flags = description,
                       .connection = eventConnection(),
                       .size = 2,
                       .value = level},
                      std::move(detail));
}

void TlsStream::recordChangeCipherSpec(bool outgoing, QByteArrayView message)
{
    if (!m_recorder.isActive())
        return;
    const bool sentByClient = outgoing == m_client;
    EventDetail detail;
    detail.bytes = message.toByteArray();
    if (SSL_version(m_engine->ssl.get()) >= TLS1_3_VERSION) {
        detail.text = QCoreApplication::translate(
            "protoviz", "ChangeCipherSpec: a TLS 1.3 compatibility message that the peer ignores; it "
                        "makes the handshake look like TLS 1.2 to middleboxes");
    } else {
        detail.text =
            QCoreApplication::translate(
                "protoviz", "ChangeCipherSpec: from here on %1 encrypts its records with the agreed keys")
                .arg(sentByClient ? QCoreApplication::translate("protoviz", "the client")
                                  : QCoreApplication::translate("protoviz", "the server"));
    }
    m_recorder.record({.layer = Layer::Tls,
                       .kind = kindOf(TlsKind::ChangeCipherSpec),
                       .direction = directionOf(outgoing),
                       .flags = ContentChangeCipherSpec,
                       .connection = eventConnection(),
                       .size = 1},
                      std::move(detail));
}

void TlsStream::recordEarlyData(Direction direction, TlsEarlyData what, quint32 bytes)
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    switch (what) {
    case TlsEarlyData::Sent:
        detail.text = QCoreApplication::translate(
            "protoviz",
            "0-RTT early data: %n byte(s) of application data sent with the ClientHello, before the "
            "handshake completes, under a key from the resumed session (no forward secrecy; an attacker "
            "could replay them)",
            nullptr, int(bytes));
        break;
    case TlsEarlyData::Accepted:
        detail.text = m_client
                          ? QCoreApplication::translate(
                                "protoviz",
                                "The server accepted the %n byte(s) of early data: its answer could leave "
                                "before the handshake completed, a round trip sooner",
                                nullptr, int(bytes))
                          : QCoreApplication::translate(
                                "protoviz",
                                "0-RTT early data: the server accepted %n byte(s) before the handshake "
                                "completed and may answer at once",
                                nullptr, int(bytes));
        break;
    case TlsEarlyData::Rejected:
        detail.text = QCoreApplication::translate(
            "protoviz",
            "The server rejected the early data: the %n byte(s) are sent again now that the handshake "
            "is complete, which costs the round trip 0-RTT was meant to save",
            nullptr, int(bytes));
        break;
    }
    detail.fields = {{QStringLiteral("early data bytes"), QString::number(bytes)}};
    m_recorder.record({.layer = Layer::Tls,
                       .kind = kindOf(TlsKind::EarlyData),
                       .direction = direction,
                       .flags = quint8(what),
                       .connection = eventConnection(),
                       .size = bytes},
                      std::move(detail));
}

// The decoded certificate chain as nested fields: one per certificate (its subject), and below it the
// facts a user checks when a certificate is refused.
static QList<Field> chainFields(const QList<TlsCertificateInfo>& chain)
{
    const QString yes = QCoreApplication::translate("protoviz", "yes");
    const QString no = QCoreApplication::translate("protoviz", "no");
    QList<Field> fields;
    fields.append({QStringLiteral("certificate chain"),
                   QCoreApplication::translate("protoviz", "%n certificate(s)", nullptr, int(chain.size())),
                   -1, 0, 0});
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const TlsCertificateInfo& info = chain[i];
        fields.append({QStringLiteral("certificate %1").arg(i + 1), info.subject, -1, 0, 1});
        fields.append({QStringLiteral("subject"), info.subject, -1, 0, 2});
        fields.append({QStringLiteral("issuer"), info.issuer, -1, 0, 2});
        fields.append({QStringLiteral("valid from"), info.notBefore.toString(Qt::ISODate), -1, 0, 2});
        fields.append({QStringLiteral("valid until"), info.notAfter.toString(Qt::ISODate), -1, 0, 2});
        fields.append({QStringLiteral("subject alternative names"),
                       info.subjectAltNames.isEmpty() ? QCoreApplication::translate("protoviz", "none")
                                                      : info.subjectAltNames.join(QStringLiteral(", ")),
                       -1, 0, 2});
        fields.append({QStringLiteral("key type"), info.keyType, -1, 0, 2});
        fields.append(
            {QStringLiteral("certificate authority"), info.isCertificateAuthority ? yes : no, -1, 0, 2});
        fields.append({QStringLiteral("serial number"), info.serialNumber, -1, 0, 2});
        fields.append({QStringLiteral("SHA-256 fingerprint"),
                       QString::fromLatin1(info.sha256Fingerprint.toHex(':')), -1, 0, 2});
    }
    return fields;
}

void TlsStream::recordHandshakeComplete()
{
    if (!m_recorder.isActive())
        return;
    const QString none = QCoreApplication::translate("protoviz", "none");
    const QString alpnText = m_summary.alpn.isEmpty() ? none : QString::fromLatin1(m_summary.alpn);
    const QString groupText = m_summary.group.isEmpty() ? none : m_summary.group;
    const QString peer =
        m_summary.peerCertificates.isEmpty() ? none : m_summary.peerCertificates.constFirst().subject;
    QString early;
    switch (m_summary.earlyData) {
    case TlsSessionSummary::EarlyData::NotSent:
        early = QCoreApplication::translate("protoviz", "not sent");
        break;
    case TlsSessionSummary::EarlyData::Accepted:
        early = QCoreApplication::translate("protoviz", "accepted (%n byte(s))", nullptr,
                                            int(m_summary.earlyDataBytes));
        break;
    case TlsSessionSummary::EarlyData::Rejected:
        early = QCoreApplication::translate("protoviz", "rejected (%n byte(s))", nullptr,
                                            int(m_summary.earlyDataBytes));
        break;
    }
    EventDetail detail;
    detail.fields = {
        {QStringLiteral("version"), m_summary.version},
        {QStringLiteral("cipher suite"), m_summary.cipherSuite},
        {QStringLiteral("group"), groupText},
        {QStringLiteral("ALPN"), alpnText},
        {QStringLiteral("session resumed"), m_summary.resumed
                                                ? QCoreApplication::translate("protoviz", "yes")
                                                : QCoreApplication::translate("protoviz", "no")},
        {QStringLiteral("early data"), early},
        {QStringLiteral("peer certificate"), peer},
    };
    if (!m_summary.peerCertificates.isEmpty())
        detail.fields.append(chainFields(m_summary.peerCertificates));
    detail.text =
        (m_summary.resumed
             ? QCoreApplication::translate("protoviz",
                                           "TLS handshake complete (session resumed): %1, %2, group %3, "
                                           "ALPN %4")
             : QCoreApplication::translate("protoviz", "TLS handshake complete: %1, %2, group %3, ALPN %4"))
            .arg(m_summary.version, m_summary.cipherSuite, groupText, alpnText);
    m_recorder.record(
        {.layer = Layer::Tls, .kind = kindOf(TlsKind::HandshakeComplete), .connection = eventConnection()},
        std::move(detail));
}

void TlsStream::recordError(const QString& text, const QString& technical)
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    detail.text = text;
    if (!technical.isEmpty())
        detail.fields.append({QStringLiteral("OpenSSL"), technical, -1, 0, 0});
    m_recorder.record({.layer = Layer::Tls, .kind = kindOf(TlsKind::Error), .connection = eventConnection()},
                      std::move(detail));
}

} // namespace protoviz

#pragma once

#include "core/timeline/eventrecorder.h"
#include "core/tls/tlssessionsummary.h"
#include "core/transport/bytestream.h"

#include <memory>

namespace protoviz {

class TlsClientContext;
class TlsContext;
class TlsServerContext;

/// The flags of a TlsKind::EarlyData event: what happened to 0-RTT early data.
enum class TlsEarlyData : quint8 {
    Sent,     ///< client: bytes sent with the ClientHello (size = bytes)
    Accepted, ///< server: bytes accepted before the handshake completed; client: the server's verdict
    Rejected, ///< client: the server skipped the early data, which is sent again after the handshake
};

/// TLS over another ByteStream (the TCP stream of a connection), driven by OpenSSL through memory
/// buffers: ciphertext the lower stream receives is fed in, ciphertext OpenSSL produces is written to
/// the lower stream, so the emulated link carries the real records.
///
/// Life cycle: a client starts its handshake when the lower stream opens (from the event loop if it is
/// open already, so callers can connect first); a server waits for the ClientHello. opened() fires when
/// the handshake completes; write() before that is queued. received() carries decrypted application
/// data. close() sends close_notify after the queued data, then closes the lower stream; the peer's
/// close_notify is answered the same way; closed() follows when the lower stream has closed. A failed
/// handshake, a fatal alert or undecryptable input emits failed() with a plain-language reason (after
/// the alert OpenSSL sends has gone out), closes the lower stream, then closed() follows.
///
/// TLS 1.3 early data (0-RTT): a client whose context allows early data (TlsClientConfig::earlyData)
/// and which resumes a session whose ticket allows it emits opened() as soon as the lower stream opens,
/// before the handshake; what is written then (up to the ticket's limit) travels as early data with the
/// ClientHello, the rest once the handshake completes. Should the server reject it, it is sent again
/// after the handshake. A server whose context accepts early data (TlsServerConfig::maxEarlyData)
/// emits opened() and received() as soon as early data arrives, and what it writes before the client's
/// Finished goes out at once (0.5-RTT data). In both cases the handshake completes later, without a
/// second opened().
///
/// Events (Layer::Tls, recorded through the recorder, one per unit, from OpenSSL's message callback):
/// Record for every record sent or received (size: its bytes that crossed, which for a record cut short is
/// less than its header announces; a received one is recorded once its body is in, or the stream ends),
/// HandshakeMessage for every handshake message, ChangeCipherSpec, Alert, EarlyData (flags =
/// TlsEarlyData, size = bytes), HandshakeComplete once keys are agreed (fields: version, cipher suite,
/// group, ALPN, resumption, early data, and the peer's certificate chain decoded), Error for failures.
///
/// Lives on one thread, with its context and lower stream; signals are emitted on it.
class TlsStream final : public ByteStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsStream)

public:
    /// A client stream over lower, which it takes ownership of (lower becomes its child).
    static TlsStream* client(ByteStream* lower, std::shared_ptr<TlsClientContext> context,
                             EventRecorder recorder, QObject* parent = nullptr);
    /// A server stream over lower (an accepted connection), which it takes ownership of.
    static TlsStream* server(ByteStream* lower, std::shared_ptr<TlsServerContext> context,
                             EventRecorder recorder, QObject* parent = nullptr);
    ~TlsStream() override;

    void write(const QByteArray& data) override;
    void close() override;
    void abort() override;
    bool isOpen() const override;
    quint32 connectionId() const override;
    QByteArray applicationProtocol() const override;
    bool isSecure() const override { return true; }

    bool isClient() const { return m_client; }
    /// The stream the records travel on (owned by this stream).
    ByteStream* lower() const { return m_lower; }
    /// What the handshake agreed; empty until the handshake completes (with early data that is after
    /// opened(), though alpn is known from opened() on).
    TlsSessionSummary sessionSummary() const { return m_summary; }

private:
    struct Engine;
    struct PendingRecord;
    // Early: opened() has fired for early data, the handshake has yet to complete.
    enum class State : quint8 { Connecting, Handshaking, Early, Open, Closing, Failed, Closed };

    TlsStream(ByteStream* lower, std::shared_ptr<TlsContext> context, bool client, EventRecorder recorder,
              QObject* parent);

    void onLowerOpened();
    void onLowerReceived(const QByteArray& data);
    void onLowerFailed(const QString& reason);
    void onLowerClosed();

    void advance();
    bool startEarlyData();
    void sendEarly();
    bool readEarlyData();
    bool continueHandshake();
    void completeHandshake();
    void sendQueued();
    void readApplicationData();
    void sendCloseNotify();
    void flushOutput();
    void fail(const QString& reason, const QString& technical);
    QString failureReason(int sslError, const QList<unsigned long>& errors) const;
    QString peerName() const;

    void onMessage(bool outgoing, int contentType, const unsigned char* data, size_t length);
    void recordPendingRecord();
    void recordIncomingRecord();
    void recordRecord(const PendingRecord& record);
    void recordHandshakeMessage(bool outgoing, QByteArrayView message);
    void recordAlert(bool outgoing, QByteArrayView alert);
    void recordChangeCipherSpec(bool outgoing, QByteArrayView message);
    void recordEarlyData(Direction direction, TlsEarlyData what, quint32 bytes);
    void recordHandshakeComplete();
    void recordError(const QString& text, const QString& technical);
    Direction directionOf(bool outgoing) const;
    quint32 eventConnection() const;

    ByteStream* m_lower = nullptr;
    std::shared_ptr<TlsContext> m_context;
    EventRecorder m_recorder;
    std::unique_ptr<Engine> m_engine;
    TlsSessionSummary m_summary;
    QByteArray m_plainOut;
    State m_state = State::Connecting;
    bool m_client = false;
    bool m_closeRequested = false;
    bool m_closeNotifyReceived = false;
    bool m_aborted = false;
    bool m_failedEmitted = false;
    bool m_openedEmitted = false;
};

} // namespace protoviz

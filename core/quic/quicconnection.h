#pragma once

#include "core/quic/quicresumption.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace protoviz {

class QuicObserver;
class QuicStreamApplication;
class QuicTlsContext;

/// Sends one UDP datagram to the connection's peer.
using QuicDatagramSender = std::function<void(QByteArrayView datagram)>;

/// Where a QUIC connection runs: its own UDP address and its peer's.
struct QuicPath
{
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
};

/// How long a server connection waits for its client.
struct QuicTimeouts
{
    /// QUIC's max_idle_timeout transport parameter: after this long without a packet from the peer the
    /// connection ends, silently on both sides (RFC 9000 section 10.1; the shorter of the two endpoints'
    /// values applies).
    qint64 idleNs = 30'000'000'000;
    /// From the client's first packet to the completed handshake; a connection still shaking hands
    /// after this long ends, silently.
    qint64 handshakeNs = 10'000'000'000;
};

/// One QUIC version 1 connection on ngtcp2 with TLS 1.3 on GnuTLS, driven by Qt's event loop: the
/// owner feeds it the datagrams its socket receives (receiveDatagram()), it sends through a
/// QuicDatagramSender and keeps its own timer for ngtcp2's loss detection and idle timeout. Its
/// streams carry a QuicStreamApplication (HTTP/3). Handshake in one round trip; a client given a
/// QuicResumption sends 0-RTT early data before the handshake completes.
///
/// Every packet it seals or opens goes to its QuicObserver, decoded by QuicPacketDecoder from the bytes
/// ngtcp2 hands to the AEAD (the unprotected header and the plaintext payload), along with handshake
/// milestones and the TLS secrets as key log lines.
///
/// Lives on one thread (the one it was made on); not copyable. QuicClient and QuicServer own their
/// connections; closed() tells the owner that it may delete this one (with deleteLater()).
class QuicConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuicConnection)

public:
    /// HTTP/3's H3_NO_ERROR, the application error code of a clean close.
    static constexpr quint64 NoError = 0x100;

    ~QuicConnection() override;

    /// A client connection to path.remote. With a non-null resumption the TLS session is resumed and
    /// the application may send early data at once (start() fires before any datagram arrives).
    /// Returns nullptr and sets error (if given) when ngtcp2 or GnuTLS refuses the configuration.
    static std::unique_ptr<QuicConnection> connectTo(std::shared_ptr<QuicTlsContext> tls,
                                                     const QuicPath& path, const QuicResumption& resumption,
                                                     QuicDatagramSender sender, QString* error);
    /// A server connection for a client's first Initial packet (firstDatagram, not yet processed:
    /// pass it to receiveDatagram() once application and observer are set). Returns nullptr and sets
    /// error (if given) when the datagram is no acceptable Initial packet.
    static std::unique_ptr<QuicConnection> accept(std::shared_ptr<QuicTlsContext> tls, const QuicPath& path,
                                                  QByteArrayView firstDatagram, QuicDatagramSender sender,
                                                  const QuicTimeouts& timeouts, QString* error);

    /// Sets the protocol on the streams (not owned; set before the first datagram, or before start()).
    void setApplication(QuicStreamApplication* application);
    /// Sets who watches packets and milestones (not owned; nullptr: nobody).
    void setObserver(QuicObserver* observer);
    QuicObserver* observer() const { return m_observer; }

    /// Processes a datagram from the peer, then sends what became due.
    void receiveDatagram(QByteArrayView datagram);
    /// Sends what is due: handshake data, acknowledgements, the application's stream data. Safe to
    /// call at any time; from inside a callback of this connection it runs once the callback returns.
    void flush();
    /// Closes with CONNECTION_CLOSE (applicationErrorCode, NoError by default); closed() follows.
    void close(quint64 applicationErrorCode = NoError);

    bool isServer() const;
    /// The addresses the connection was made with (a server's: the client as its socket sees it).
    const QuicPath& path() const { return m_path; }
    bool isClosed() const { return m_closed; }
    bool isHandshakeCompleted() const { return m_handshakeCompleted; }
    /// Whether this connection resumed a session and offered 0-RTT early data.
    bool offeredEarlyData() const { return m_earlyDataOffered; }
    /// Whether the server took the early data (known once the handshake completes).
    bool earlyDataAccepted() const { return m_earlyDataAccepted; }
    /// Client: what the latest session ticket allows the next connection to resume with (null before
    /// the server sent one).
    QuicResumption resumption() const { return m_resumption; }
    /// Whether connectionId (a destination connection id on an arriving packet) belongs here.
    bool ownsConnectionId(QByteArrayView connectionId) const;

    // Stream management for the application (call from its callbacks or in between).
    /// Opens the next bidirectional stream, std::nullopt when the peer's limit is reached.
    std::optional<qint64> openBidirectionalStream();
    /// Opens the next unidirectional stream, std::nullopt when the peer's limit is reached.
    std::optional<qint64> openUnidirectionalStream();
    /// Gives the peer bytes more credit on streamId and on the connection (data the application used).
    void extendStreamWindow(qint64 streamId, quint64 bytes);
    /// Stops reading streamId (STOP_SENDING with errorCode).
    void shutdownStreamRead(qint64 streamId, quint64 errorCode);
    /// Resets streamId's write side (RESET_STREAM with errorCode).
    void shutdownStreamWrite(qint64 streamId, quint64 errorCode);
    /// The peer's limit on unidirectional streams this endpoint may open.
    quint64 unidirectionalStreamsAllowed() const;
    /// The limit on bidirectional streams this endpoint lets its peer open.
    quint64 localBidirectionalStreamLimit() const;

signals:
    /// TLS completed on this endpoint (1-RTT keys in both directions).
    void handshakeCompleted();
    /// Client: a session ticket arrived; resumption() now lets a later connection send 0-RTT.
    void resumptionAvailable();
    /// The connection is over; error is empty for a clean close (by either side) or says what failed.
    /// Fires once; the owner may delete the connection afterwards (deleteLater()).
    void closed(const QString& error);

private:
    struct Native;
    struct Callbacks;
    friend struct Callbacks;
    class Scope;

    explicit QuicConnection(std::shared_ptr<QuicTlsContext> tls, QuicDatagramSender sender);
    bool setUpTls(const QuicResumption& resumption, QString* error);
    void writePackets();
    void scheduleTimer();
    void expire();
    void fail(const QString& error, int liberr);
    void finish(const QString& error);
    void note(int milestone);
    void confirm();
    void sealed(QByteArrayView header, QByteArrayView plaintext, qsizetype tagSize);
    void opened(QByteArrayView header, QByteArrayView plaintext, qsizetype tagSize);
    void record(int direction, QByteArrayView header, QByteArrayView plaintext, qsizetype tagSize);
    bool startApplication();
    void emitPending();

    std::shared_ptr<QuicTlsContext> m_tls;
    QuicDatagramSender m_sender;
    std::unique_ptr<Native> m_native;
    QuicStreamApplication* m_application = nullptr;
    QuicObserver* m_observer = nullptr;
    QTimer m_timer;
    QuicResumption m_resumption;
    QuicPath m_path;
    QByteArray m_originalDestinationId; ///< server: the id the client's first Initial was sent to
    // The largest packet number per direction (sent, received) and number space (Initial, Handshake,
    // application), to expand truncated packet numbers.
    qint64 m_largestPacketNumber[2][3] = {{-1, -1, -1}, {-1, -1, -1}};
    int m_depth = 0; ///< nesting of calls into ngtcp2: flush() waits until it is 0
    bool m_flushPending = false;
    bool m_applicationStarted = false;
    bool m_handshakeCompleted = false;
    bool m_earlyDataOffered = false;
    bool m_earlyDataAccepted = false;
    bool m_rxOneRtt = false;
    bool m_txOneRtt = false;
    bool m_handshakeKeysNoted = false;
    bool m_handshakeConfirmed = false;
    bool m_earlyDataNoted = false;
    bool m_closed = false;
    // Signals noticed inside ngtcp2's callbacks go out once ngtcp2 has returned, so that receivers may
    // call back into the connection.
    bool m_signalHandshake = false;
    bool m_signalResumption = false;
};

} // namespace protoviz

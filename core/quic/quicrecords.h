#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace protoviz {

/// Which way a QUIC packet or an HTTP/3 frame went, seen from the endpoint that reports it.
enum class QuicDirection : quint8 { Sent, Received };

/// The packet types of QUIC version 1 (RFC 9000 section 17). Initial, 0-RTT, Handshake and Retry use
/// the long header; 1-RTT packets use the short header.
enum class QuicPacketType : quint8 { Initial, ZeroRtt, Handshake, Retry, OneRtt };

/// The frame types of RFC 9000 section 19 (plus DATAGRAM, RFC 9221); Unknown for any other type byte.
enum class QuicFrameType : quint8 {
    Padding,
    Ping,
    Ack,
    ResetStream,
    StopSending,
    Crypto,
    NewToken,
    Stream,
    MaxData,
    MaxStreamData,
    MaxStreams,
    DataBlocked,
    StreamDataBlocked,
    StreamsBlocked,
    NewConnectionId,
    RetireConnectionId,
    PathChallenge,
    PathResponse,
    ConnectionClose,
    HandshakeDone,
    Datagram,
    Unknown
};

/// One acknowledged range of packet numbers, both ends included.
struct QuicAckRange
{
    quint64 smallest = 0;
    quint64 largest = 0;

    friend bool operator==(const QuicAckRange&, const QuicAckRange&) = default;
};

/// One decoded QUIC frame. Only the fields its type has are set; the rest stay zero.
struct QuicFrame
{
    QuicFrameType type = QuicFrameType::Unknown;
    quint64 rawType = 0;           ///< the frame type as on the wire (0x08..0x0f for STREAM, for instance)
    qsizetype offsetInPayload = 0; ///< where the frame starts in the packet's plaintext payload
    qsizetype size = 0;   ///< bytes of the frame, type byte included (PADDING: the whole run of zeros)
    quint64 streamId = 0; ///< STREAM, RESET_STREAM, STOP_SENDING, MAX_STREAM_DATA, STREAM_DATA_BLOCKED
    quint64 offset = 0;   ///< STREAM and CRYPTO: offset of the data in its stream
    quint64 length = 0;   ///< STREAM, CRYPTO, NEW_TOKEN, DATAGRAM: bytes of data
    bool fin = false;     ///< STREAM: the last data of the stream
    /// MAX_DATA, MAX_STREAM_DATA, MAX_STREAMS, *_BLOCKED: the limit; ACK: the ACK delay field;
    /// RESET_STREAM: the final size; NEW_CONNECTION_ID: retire prior to.
    quint64 value = 0;
    bool bidirectional = false;      ///< MAX_STREAMS and STREAMS_BLOCKED: the bidirectional variant
    quint64 errorCode = 0;           ///< RESET_STREAM, STOP_SENDING, CONNECTION_CLOSE
    bool applicationClose = false;   ///< CONNECTION_CLOSE of type 0x1d (application) rather than 0x1c
    quint64 triggeringFrameType = 0; ///< CONNECTION_CLOSE 0x1c: the frame type that caused it
    QByteArray reason;               ///< CONNECTION_CLOSE: the reason phrase
    quint64 sequence = 0;            ///< NEW_CONNECTION_ID and RETIRE_CONNECTION_ID
    QByteArray connectionId;         ///< NEW_CONNECTION_ID
    QList<QuicAckRange> ackRanges;   ///< ACK: largest range first
};

/// One QUIC packet an endpoint sent or received, decoded from the bytes it encrypted or decrypted.
struct QuicPacketRecord
{
    qint64 timeNs = 0; ///< steady clock (QuicClock::nowNs()) when the packet was sealed or opened
    QuicDirection direction = QuicDirection::Sent;
    bool longHeader = false;
    QuicPacketType type = QuicPacketType::OneRtt;
    quint32 version = 0; ///< long header only
    QByteArray destinationConnectionId;
    QByteArray sourceConnectionId; ///< long header only
    quint64 packetNumber = 0;      ///< the full packet number, expanded from its truncated encoding
    int packetNumberLength = 0;    ///< bytes of the packet number on the wire (1..4)
    bool keyPhase = false;         ///< short header only
    qsizetype headerSize = 0;
    qsizetype payloadSize = 0; ///< plaintext bytes (frames)
    qsizetype size = 0;        ///< bytes on the wire: header, encrypted payload and its tag
    QList<QuicFrame> frames;
    /// The unprotected header then the plaintext payload (headerSize + payloadSize bytes, no tag): what
    /// the frames' offsets point into, after headerSize.
    QByteArray bytes;
};

/// Steps of a QUIC handshake as one endpoint lives them.
enum class QuicMilestone : quint8 {
    HandshakeKeysInstalled, ///< Handshake packet protection keys are ready
    OneRttKeysInstalled,    ///< 1-RTT keys are ready in both directions on this endpoint
    EarlyDataOffered,       ///< client: a resumed session lets it send 0-RTT packets
    EarlyDataAccepted,      ///< the server took the 0-RTT data (client and server side)
    EarlyDataRejected,      ///< the server refused the 0-RTT data; the client sends it again in 1-RTT
    HandshakeCompleted,     ///< TLS finished on this endpoint
    HandshakeConfirmed,     ///< client: HANDSHAKE_DONE received; server: the same as completed
    SessionTicketReceived,  ///< client: the server's NewSessionTicket made a resumption possible
    ConnectionClosed        ///< the connection has ended (closing or draining finished)
};

/// A milestone with when it happened.
struct QuicMilestoneRecord
{
    qint64 timeNs = 0;
    QuicMilestone milestone = QuicMilestone::HandshakeCompleted;
};

/// HTTP/3 frame types (RFC 9114 section 7.2) and the stream types of unidirectional streams.
enum class Http3FrameType : quint8 {
    Data,
    Headers,
    CancelPush,
    Settings,
    PushPromise,
    GoAway,
    MaxPushId,
    Unknown
};

/// One HTTP/3 frame as it crossed a QUIC stream, found by scanning the stream's bytes.
struct Http3FrameRecord
{
    qint64 timeNs = 0;
    QuicDirection direction = QuicDirection::Sent;
    quint64 streamId = 0;
    Http3FrameType type = Http3FrameType::Unknown;
    quint64 rawType = 0;
    quint64 length = 0; ///< payload bytes
    /// The identifier the payload starts with: the push id of PUSH_PROMISE, CANCEL_PUSH and MAX_PUSH_ID;
    /// for GOAWAY the first request stream the server will not process (sent by a server) or the first
    /// push id (sent by a client). std::nullopt for other frames.
    std::optional<quint64> id;
};

/// The header fields of a HEADERS frame, QPACK-decoded (received) or as submitted (sent).
struct Http3HeadersRecord
{
    qint64 timeNs = 0;
    QuicDirection direction = QuicDirection::Sent;
    quint64 streamId = 0;
    QList<QPair<QByteArray, QByteArray>> fields; ///< pseudo-headers first, in order
};

} // namespace protoviz

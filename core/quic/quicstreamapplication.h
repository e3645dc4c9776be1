#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>
#include <optional>

namespace protoviz {

/// Data an application offers to one QUIC stream: up to MaxPieces pieces, in order. The bytes must
/// stay valid until the application is told how much of them was written (streamWritten()).
struct QuicStreamChunk
{
    static constexpr int MaxPieces = 16;

    qint64 streamId = -1; ///< -1: nothing to write
    bool fin = false;     ///< the pieces end the stream
    std::array<QByteArrayView, MaxPieces> pieces;
    int pieceCount = 0;
};

/// The protocol a QuicConnection carries on its streams (HTTP/3 for ProtoViz). The connection calls it
/// synchronously from inside ngtcp2, on the connection's thread; a false return is a fatal error that
/// closes the connection. Owned by the connection's owner (QuicServer, QuicClient, which make it with
/// their application factory) and never by the connection itself.
class QuicStreamApplication
{
public:
    virtual ~QuicStreamApplication() = default;

    /// Streams may be opened now. Fires once: for a client when 1-RTT keys arrive (or at once when it
    /// resumes with 0-RTT), for a server when its 1-RTT send keys are ready.
    virtual bool start() = 0;
    /// Bytes arrived in order on streamId; fin ends the stream. Returns the bytes consumed at once
    /// (their flow-control credit is given back) or -1 on a fatal error.
    virtual qint64 streamData(qint64 streamId, QByteArrayView data, bool fin) = 0;
    /// The peer acknowledged length more bytes of streamId.
    virtual bool streamDataAcked(qint64 streamId, quint64 length) = 0;
    /// streamId is closed in both directions (errorCode 0 for a clean close).
    virtual bool streamClosed(qint64 streamId, quint64 errorCode) = 0;
    /// The peer reset streamId or asked it to stop sending.
    virtual bool streamReset(qint64 streamId) = 0;
    /// The peer gave streamId more flow-control credit.
    virtual bool streamUnblocked(qint64 streamId) = 0;

    /// The next data to send; leaves chunk->streamId at -1 when there is none. False on fatal errors.
    virtual bool nextChunk(QuicStreamChunk* chunk) = 0;
    /// bytes of the last chunk for streamId went into packets.
    virtual bool streamWritten(qint64 streamId, qint64 bytes) = 0;
    /// streamId cannot take data now (flow control); the application offers it again when unblocked.
    virtual void streamBlocked(qint64 streamId) = 0;
    /// streamId can take no more data (its write side is shut).
    virtual void streamWriteShut(qint64 streamId) = 0;

    /// The server refused the 0-RTT data: every stream opened early is gone; start() will fire again.
    virtual void earlyDataRejected() = 0;

    /// Asks the application to end the connection gracefully, as its protocol does (HTTP/3: GOAWAY, the
    /// requests in flight answered, then CONNECTION_CLOSE). Called from the event loop, never from inside
    /// the connection. False, by default, when it cannot: the owner then closes the connection at once.
    virtual bool shutDown() { return false; }

    /// After a call returned false or -1: the application error code the connection closes with, the
    /// protocol's own word for what went wrong (HTTP/3's H3_ID_ERROR for a peer breaking its rules...).
    /// std::nullopt, by default, when the application has none: the connection then closes with an
    /// internal error.
    virtual std::optional<quint64> failureCode() const { return std::nullopt; }
};

} // namespace protoviz

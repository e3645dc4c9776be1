#pragma once

#include "core/quic/quicstreamapplication.h"

#include <QByteArray>
#include <QList>

#include <map>

namespace protoviz {
class QuicConnection;
}

namespace protoviz::test {

/// An HTTP/3 endpoint that writes the bytes a test hands it, frame by frame, over a real QUIC
/// connection (a QuicStreamApplication for QuicClient or QuicServer): the way to put on the wire the
/// frames our own stacks never send (PUSH_PROMISE, CANCEL_PUSH, GOAWAY with a chosen id, reserved
/// types...) and watch our Http3Client or Http3Server meet them.
///
/// On start() it opens its control stream (type 0x00 and an empty SETTINGS frame). A client then sends
/// controlFrames on it, opens one request stream with request and ends it. A server answers every
/// request stream that ends with response and ends it, and sends controlFrames with its first answer:
/// by then the client has confirmed the handshake, so that a close the frames provoke travels in a
/// 1-RTT packet with its HTTP/3 error code (before, RFC 9000 section 10.2.3 hides the code behind a
/// transport APPLICATION_ERROR). No QPACK streams: the field sections it sends use the static table
/// only. What arrives is kept per stream. On the connection's thread; owned by the QUIC endpoint.
class RawHttp3Peer final : public QuicStreamApplication
{
public:
    RawHttp3Peer(QuicConnection& connection, const QByteArray& controlFrames, const QByteArray& request,
                 const QByteArray& response);
    ~RawHttp3Peer() override;
    RawHttp3Peer(const RawHttp3Peer&) = delete;
    RawHttp3Peer& operator=(const RawHttp3Peer&) = delete;

    /// Everything the peer sent on streamId so far, in order.
    QByteArray received(qint64 streamId) const;
    /// Whether the peer ended streamId.
    bool ended(qint64 streamId) const;

    /// A variable-length integer (RFC 9000 section 16), shortest encoding.
    static QByteArray varint(quint64 value);
    /// A whole HTTP/3 frame: type, payload length, payload.
    static QByteArray frame(quint64 type, const QByteArray& payload);
    /// A HEADERS frame for "GET path" at authority (QPACK static table and literals, RFC 9204).
    static QByteArray getRequest(const QByteArray& authority, const QByteArray& path);
    /// A HEADERS frame for ":status 200", then a DATA frame with body.
    static QByteArray okResponse(const QByteArray& body);

    // QuicStreamApplication
    bool start() override;
    qint64 streamData(qint64 streamId, QByteArrayView data, bool fin) override;
    bool streamDataAcked(qint64 streamId, quint64 length) override;
    bool streamClosed(qint64 streamId, quint64 errorCode) override;
    bool streamReset(qint64 streamId) override;
    bool streamUnblocked(qint64 streamId) override;
    bool nextChunk(QuicStreamChunk* chunk) override;
    bool streamWritten(qint64 streamId, qint64 bytes) override;
    void streamBlocked(qint64 streamId) override;
    void streamWriteShut(qint64 streamId) override;
    void earlyDataRejected() override;

private:
    struct Outgoing
    {
        // Never changed once queued: ngtcp2 reads sent bytes again, to retransmit them, until the peer
        // acknowledges them.
        QList<QByteArray> pieces;
        qsizetype piece = 0;   ///< the first piece not wholly written
        qsizetype written = 0; ///< bytes of that piece written
        bool fin = false;
        bool blocked = false;
        bool done = false;
    };
    struct Incoming
    {
        QByteArray bytes;
        bool ended = false;
    };

    void send(qint64 streamId, const QByteArray& bytes, bool fin);

    QuicConnection& m_connection;
    QByteArray m_controlFrames;
    QByteArray m_request;
    QByteArray m_response;
    bool m_started = false;
    qint64 m_controlStream = -1;
    std::map<qint64, Outgoing> m_outgoing;
    std::map<qint64, Incoming> m_incoming;
};

} // namespace protoviz::test

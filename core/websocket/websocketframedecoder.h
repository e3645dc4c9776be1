#pragma once

#include "core/websocket/utf8validator.h"
#include "core/websocket/websocketframe.h"

#include <QByteArray>
#include <QByteArrayView>

namespace protoviz {

class MessageInflater;
class WebSocketFrameDecoderHandler;

/// ProtoViz's own RFC 6455 frame decoder for one direction of a connection: incremental and I/O-free.
/// Feed it the bytes as they arrive (any split, down to one byte at a time) and it reports every frame,
/// every reassembled message, and the first protocol violation, to its handler.
///
/// It enforces what RFC 6455 asks of a receiver, as soon as the offending byte is in:
/// - 1002 (protocol error): RSV bits without a negotiated extension, reserved opcodes, fragmented or
///   oversized (> 125 bytes) control frames, a client frame without a mask or a server frame with one,
///   a continuation frame with no message to continue or a new message inside a fragmented one, a
///   64-bit length with its top bit set or a length encoded in more bytes than it needs, a Close frame with a
///   1-byte payload or an invalid code;
/// - 1007 (invalid payload): text that is not UTF-8, checked across fragment boundaries as the bytes
///   arrive (a character split over two frames is fine; a byte that makes it invalid fails at once),
///   a text message that ends inside a character, a Close reason that is not UTF-8;
/// - 1009 (message too big): a message longer than maxMessageSize.
///
/// With permessage-deflate negotiated (setInflater()), RSV1 on the first frame of a data message marks it
/// compressed (RFC 7692 section 6): its payload is inflated as it arrives, the UTF-8 check and the size limit
/// apply to the inflated bytes (a message that inflates beyond maxMessageSize fails with 1009 at once),
/// and data that does not inflate fails with 1007. RSV1 on a control or continuation frame stays 1002.
///
/// Bytes after a valid Close frame are consumed and ignored (RFC 6455 sections 5.5.1 and 7.1.1): the
/// closing handshake has begun, and a late frame does not turn it into a protocol error.
///
/// Not thread-safe; a plain value owned by its endpoint. The handler is not owned and must outlive it.
class WebSocketFrameDecoder
{
    Q_DISABLE_COPY_MOVE(WebSocketFrameDecoder)

public:
    /// Whose frames this direction carries: a client's must be masked, a server's must not.
    enum class Sender : quint8 { Client, Server };

    static constexpr qint64 DefaultMaxMessageSize = 16 * 1024 * 1024;

    WebSocketFrameDecoder(Sender sender, WebSocketFrameDecoderHandler* handler,
                          qint64 maxMessageSize = DefaultMaxMessageSize);

    /// Decodes data. Returns the bytes consumed: all of them unless stop() was called or an error
    /// occurred.
    qsizetype feed(QByteArrayView data);

    /// Negotiates permessage-deflate for this direction: from now on RSV1 marks a compressed message,
    /// inflated with inflater (not owned, must outlive the decoder; null turns it off again).
    void setInflater(MessageInflater* inflater) { m_inflater = inflater; }

    /// No callback follows; feed() consumes nothing more.
    void stop() { m_stopped = true; }

    bool hasError() const { return m_failed; }
    /// A valid Close frame was decoded: whatever follows on this direction is ignored.
    bool closeReceived() const { return m_closeReceived; }
    /// No frame is partly received.
    bool isBetweenFrames() const { return m_header.isEmpty(); }
    /// A fragmented data message has begun and not ended.
    bool inMessage() const { return m_messageOpcode != 0; }
    /// Bytes consumed since construction.
    qint64 consumed() const { return m_consumed; }

private:
    bool checkFirstBytes();
    bool finishHeader();
    void readPayload(QByteArrayView chunk);
    bool inflatePayload(QByteArrayView compressed, bool last);
    /// Checks the inflated bytes from inflatedFrom on as UTF-8 if the message is text; fails with 1007 if
    /// not.
    bool acceptsInflatedText(qsizetype inflatedFrom, bool last);
    void completeFrame();
    void fail(quint16 closeCode, const QString& explanation, qint64 offset, bool frameComplete);

    const Sender m_sender;
    WebSocketFrameDecoderHandler* const m_handler;
    const qint64 m_maxMessageSize;
    MessageInflater* m_inflater = nullptr;

    QByteArray m_header;  // header bytes of the frame being received; empty between frames
    int m_headerSize = 0; // 0 until the first two bytes have told it
    WebSocketFrame m_frame;
    quint64 m_remaining = 0; // payload bytes of the current frame still to come
    quint64 m_payloadRead = 0;

    quint8 m_messageOpcode = 0; // Text or Binary while a message is in progress
    quint32 m_messageNumber = 0;
    QByteArray m_messagePayload;
    int m_messageFrames = 0;
    quint64 m_messageWireBytes = 0;
    bool m_messageCompressed = false;
    quint64 m_messageCompressedBytes = 0; // payload bytes on the wire of a compressed message
    Utf8Validator m_utf8;

    qint64 m_consumed = 0;
    qint64 m_frameStart = 0;
    bool m_closeReceived = false;
    bool m_failed = false;
    bool m_stopped = false;
};

} // namespace protoviz

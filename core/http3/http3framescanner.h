#pragma once

#include "core/quic/quicrecords.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace protoviz {

/// Finds the HTTP/3 frames (RFC 9114 section 7) in one direction of one QUIC stream, fed the stream's
/// bytes in order and in pieces of any size. On a request stream every byte belongs to a frame; on a
/// unidirectional stream the first varint is the stream type, and only control and push streams carry
/// frames (QPACK encoder and decoder streams carry instructions, which it skips). Untrusted bytes are
/// fine: it only reads varints and counts payload bytes. A plain value; one per stream and direction.
class Http3FrameScanner
{
public:
    /// A frame header found on the stream: its type and payload length.
    struct Frame
    {
        Http3FrameType type = Http3FrameType::Unknown;
        quint64 rawType = 0;
        quint64 length = 0;
        /// The identifier a PUSH_PROMISE, CANCEL_PUSH, MAX_PUSH_ID or GOAWAY payload starts with (see
        /// Http3FrameRecord::id); std::nullopt for other frames and for a payload too short to hold it.
        std::optional<quint64> id;
    };

    explicit Http3FrameScanner(bool unidirectional);

    /// Scans bytes (the next ones on the stream) and returns the frame headers they completed (for a
    /// frame with an identifier: once its identifier arrived too).
    QList<Frame> feed(QByteArrayView bytes);

    /// The unidirectional stream's type (0 control, 1 push, 2 QPACK encoder, 3 QPACK decoder), -1 for
    /// a request stream or while it is not known yet.
    qint64 streamType() const { return m_streamType; }

    /// The frame type for a type number; Unknown for reserved and extension types.
    static Http3FrameType frameType(quint64 rawType);
    /// "HEADERS", "DATA", "SETTINGS"...
    static QString frameTypeName(Http3FrameType type);

private:
    enum class State : quint8 { StreamType, PushId, FrameHeader, FrameId, Payload, Opaque };

    State m_state;
    qint64 m_streamType = -1;
    QByteArray m_pending; ///< bytes of a varint or frame header that is not whole yet
    quint64 m_payloadLeft = 0;
    Frame m_frame; ///< the frame whose identifier is being read
};

} // namespace protoviz

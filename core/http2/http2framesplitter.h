#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace protoviz {

/// One HTTP/2 frame as it crossed the connection: the 9-byte header and its payload.
struct Http2RawFrame
{
    QByteArray bytes; ///< header and payload
    quint8 type = 0;
    quint8 flags = 0;
    quint32 streamId = 0;
    bool isPreface = false; ///< the 24-byte client connection preface rather than a frame

    quint32 payloadLength() const { return quint32(bytes.size()) - (isPreface ? 0 : 9); }
};

/// Cuts one direction of an HTTP/2 connection into frames, so that every frame event carries exactly
/// the bytes of that frame whatever chunks the transport delivered. It checks only the framing (and the
/// client preface); the meaning of frames is nghttp2's business. I/O-free; fuzzed.
class Http2FrameSplitter
{
public:
    static const QByteArray& clientPreface();

    /// expectPreface: the direction starts with the client preface (client to server).
    /// maxPayload: frames announcing a longer payload are a framing error (the receiver's
    /// SETTINGS_MAX_FRAME_SIZE).
    explicit Http2FrameSplitter(bool expectPreface, quint32 maxPayload = 16384);

    /// Appends bytes and returns the frames they complete. After an error, returns nothing more.
    QList<Http2RawFrame> feed(const QByteArray& bytes);

    void setMaxPayload(quint32 maxPayload) { m_maxPayload = maxPayload; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// Bytes received that do not yet make a whole frame.
    qsizetype pendingBytes() const { return m_buffer.size(); }
    /// The length of the frame being received (header known), or -1.
    qint64 pendingFrameSize() const;

private:
    QByteArray m_buffer;
    QString m_error;
    quint32 m_maxPayload;
    bool m_expectPreface;
};

} // namespace protoviz

#include "core/http2/http2framesplitter.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

quint32 readUint24(const char* p)
{
    return (quint32(quint8(p[0])) << 16) | (quint32(quint8(p[1])) << 8) | quint32(quint8(p[2]));
}

quint32 readUint31(const char* p)
{
    return ((quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8) |
            quint32(quint8(p[3]))) &
           0x7fffffffu;
}

} // namespace

const QByteArray& Http2FrameSplitter::clientPreface()
{
    static const QByteArray preface = QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    return preface;
}

Http2FrameSplitter::Http2FrameSplitter(bool expectPreface, quint32 maxPayload)
    : m_maxPayload(maxPayload)
    , m_expectPreface(expectPreface)
{
}

qint64 Http2FrameSplitter::pendingFrameSize() const
{
    if (m_expectPreface || m_buffer.size() < 9)
        return -1;
    return 9 + qint64(readUint24(m_buffer.constData()));
}

QList<Http2RawFrame> Http2FrameSplitter::feed(const QByteArray& bytes)
{
    QList<Http2RawFrame> frames;
    if (hasError())
        return frames;
    m_buffer.append(bytes);
    qsizetype position = 0;

    if (m_expectPreface) {
        const QByteArray& preface = clientPreface();
        const qsizetype compared = std::min(m_buffer.size(), preface.size());
        if (QByteArrayView(m_buffer).first(compared) != QByteArrayView(preface).first(compared)) {
            m_error = QCoreApplication::translate(
                "protoviz", "The connection did not start with the HTTP/2 client preface "
                            "(\"PRI * HTTP/2.0\"): this peer is not speaking HTTP/2 (HTTP/1.1, perhaps).");
            return frames;
        }
        if (m_buffer.size() < preface.size())
            return frames;
        frames.append({preface, 0, 0, 0, true});
        position = preface.size();
        m_expectPreface = false;
    }

    while (m_buffer.size() - position >= 9) {
        const char* header = m_buffer.constData() + position;
        const quint32 length = readUint24(header);
        if (length > m_maxPayload) {
            m_error = QCoreApplication::translate("protoviz",
                                                  "A frame announced a %1-byte payload, more than the %2 "
                                                  "bytes the receiver allows (SETTINGS_MAX_FRAME_SIZE).")
                          .arg(length)
                          .arg(m_maxPayload);
            break;
        }
        if (m_buffer.size() - position < 9 + qsizetype(length))
            break;
        Http2RawFrame frame;
        frame.bytes = m_buffer.mid(position, 9 + length);
        frame.type = quint8(header[3]);
        frame.flags = quint8(header[4]);
        frame.streamId = readUint31(header + 5);
        frames.append(std::move(frame));
        position += 9 + length;
    }
    m_buffer.remove(0, position);
    return frames;
}

} // namespace protoviz

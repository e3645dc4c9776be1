#include "core/quic/quicpacketdecoder.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

// Connection ids are at most 20 bytes in QUIC version 1 (RFC 9000 section 17.2).
constexpr qsizetype MaxConnectionIdLength = 20;
// The largest value of a variable-length integer, and so the end of any stream (RFC 9000 section 16).
constexpr quint64 MaxStreamEnd = (quint64(1) << 62) - 1;
// No peer can open more streams of a kind than this (RFC 9000 sections 19.11 and 19.14).
constexpr quint64 MaxStreamCount = quint64(1) << 60;

QString malformed(const char* what)
{
    return QCoreApplication::translate("QuicPacketDecoder", "Malformed QUIC packet: %1")
        .arg(QLatin1StringView(what));
}

bool fail(QString* error, const char* what)
{
    if (error)
        *error = malformed(what);
    return false;
}

/// Reads frames one by one; each read* returns false (with the reason in m_error) at malformed input.
class FrameReader
{
public:
    explicit FrameReader(QByteArrayView payload)
        : m_bytes(payload)
    {
    }

    bool atEnd() const { return m_offset >= m_bytes.size(); }
    qsizetype offset() const { return m_offset; }
    const char* error() const { return m_error; }

    bool varint(quint64* value, const char* what)
    {
        const std::optional<quint64> read = QuicPacketDecoder::readVarint(m_bytes, &m_offset);
        if (!read) {
            m_error = what;
            return false;
        }
        *value = *read;
        return true;
    }

    /// Marks the frame malformed for a reason other than running out of bytes.
    bool reject(const char* what)
    {
        m_error = what;
        return false;
    }

    bool skip(quint64 count, const char* what)
    {
        if (count > quint64(m_bytes.size() - m_offset)) {
            m_error = what;
            return false;
        }
        m_offset += qsizetype(count);
        return true;
    }

    bool bytes(quint64 count, QByteArray* out, const char* what)
    {
        const qsizetype start = m_offset;
        if (!skip(count, what))
            return false;
        *out = m_bytes.sliced(start, qsizetype(count)).toByteArray();
        return true;
    }

    bool byte(quint8* out, const char* what)
    {
        if (atEnd()) {
            m_error = what;
            return false;
        }
        *out = quint8(m_bytes[m_offset++]);
        return true;
    }

    /// Consumes a run of zero bytes (PADDING) and returns its length.
    qsizetype zeros()
    {
        const qsizetype start = m_offset;
        while (m_offset < m_bytes.size() && m_bytes[m_offset] == 0)
            ++m_offset;
        return m_offset - start;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_offset = 0;
    const char* m_error = "";
};

// A peer's STREAM or CRYPTO frame may not end beyond 2^62 - 1 in its stream (RFC 9000 sections 19.6 and
// 19.8: FRAME_ENCODING_ERROR): one that does is malformed, not a frame to show as the peer's data.
bool endsWithinStream(FrameReader& reader, const QuicFrame& frame, const char* what)
{
    if (frame.length <= MaxStreamEnd - frame.offset)
        return true;
    return reader.reject(what);
}

bool readAck(FrameReader& reader, QuicFrame& frame, bool withEcn)
{
    quint64 largest = 0;
    quint64 rangeCount = 0;
    quint64 firstRange = 0;
    if (!reader.varint(&largest, "ACK largest") || !reader.varint(&frame.value, "ACK delay") ||
        !reader.varint(&rangeCount, "ACK range count") || !reader.varint(&firstRange, "ACK first range"))
        return false;
    if (firstRange > largest)
        return reader.reject("ACK first range below zero");
    quint64 smallest = largest - firstRange;
    frame.ackRanges.append({smallest, largest});
    for (quint64 i = 0; i < rangeCount; ++i) {
        quint64 gap = 0;
        quint64 length = 0;
        if (!reader.varint(&gap, "ACK gap") || !reader.varint(&length, "ACK range length"))
            return false;
        // The next range ends gap + 2 below the smallest of this one (RFC 9000 section 19.3.1).
        if (gap + 2 > smallest || length > smallest - gap - 2)
            return reader.reject("ACK range below zero");
        const quint64 high = smallest - gap - 2;
        smallest = high - length;
        frame.ackRanges.append({smallest, high});
    }
    if (withEcn) {
        quint64 count = 0;
        for (int i = 0; i < 3; ++i) {
            if (!reader.varint(&count, "ACK ECN count"))
                return false;
        }
    }
    return true;
}

bool readFrame(FrameReader& reader, quint64 type, QuicFrame& frame)
{
    switch (type) {
    case 0x01:
        frame.type = QuicFrameType::Ping;
        return true;
    case 0x02:
    case 0x03:
        frame.type = QuicFrameType::Ack;
        return readAck(reader, frame, type == 0x03);
    case 0x04:
        frame.type = QuicFrameType::ResetStream;
        return reader.varint(&frame.streamId, "RESET_STREAM id") &&
               reader.varint(&frame.errorCode, "RESET_STREAM error") &&
               reader.varint(&frame.value, "RESET_STREAM final size");
    case 0x05:
        frame.type = QuicFrameType::StopSending;
        return reader.varint(&frame.streamId, "STOP_SENDING id") &&
               reader.varint(&frame.errorCode, "STOP_SENDING error");
    case 0x06:
        frame.type = QuicFrameType::Crypto;
        return reader.varint(&frame.offset, "CRYPTO offset") &&
               reader.varint(&frame.length, "CRYPTO length") && reader.skip(frame.length, "CRYPTO data") &&
               endsWithinStream(reader, frame, "CRYPTO data beyond 2^62 - 1");
    case 0x07:
        frame.type = QuicFrameType::NewToken;
        // An empty token is a FRAME_ENCODING_ERROR (RFC 9000 section 19.7).
        if (!reader.varint(&frame.length, "NEW_TOKEN length"))
            return false;
        return frame.length == 0 ? reader.reject("NEW_TOKEN empty token")
                                 : reader.skip(frame.length, "NEW_TOKEN token");
    case 0x10:
        frame.type = QuicFrameType::MaxData;
        return reader.varint(&frame.value, "MAX_DATA");
    case 0x11:
        frame.type = QuicFrameType::MaxStreamData;
        return reader.varint(&frame.streamId, "MAX_STREAM_DATA id") &&
               reader.varint(&frame.value, "MAX_STREAM_DATA");
    case 0x12:
    case 0x13:
        frame.type = QuicFrameType::MaxStreams;
        frame.bidirectional = type == 0x12;
        return reader.varint(&frame.value, "MAX_STREAMS") &&
               (frame.value <= MaxStreamCount || reader.reject("MAX_STREAMS over 2^60"));
    case 0x14:
        frame.type = QuicFrameType::DataBlocked;
        return reader.varint(&frame.value, "DATA_BLOCKED");
    case 0x15:
        frame.type = QuicFrameType::StreamDataBlocked;
        return reader.varint(&frame.streamId, "STREAM_DATA_BLOCKED id") &&
               reader.varint(&frame.value, "STREAM_DATA_BLOCKED");
    case 0x16:
    case 0x17:
        frame.type = QuicFrameType::StreamsBlocked;
        frame.bidirectional = type == 0x16;
        return reader.varint(&frame.value, "STREAMS_BLOCKED") &&
               (frame.value <= MaxStreamCount || reader.reject("STREAMS_BLOCKED over 2^60"));
    case 0x18: {
        frame.type = QuicFrameType::NewConnectionId;
        quint8 length = 0;
        if (!reader.varint(&frame.sequence, "NEW_CONNECTION_ID sequence") ||
            !reader.varint(&frame.value, "NEW_CONNECTION_ID retire prior to") ||
            !reader.byte(&length, "NEW_CONNECTION_ID length"))
            return false;
        if (length < 1 || length > MaxConnectionIdLength)
            return reader.reject("NEW_CONNECTION_ID length out of range");
        // Retiring ids up to one not issued yet is a FRAME_ENCODING_ERROR (RFC 9000 section 19.15).
        if (frame.value > frame.sequence)
            return reader.reject("NEW_CONNECTION_ID retires beyond its sequence number");
        return reader.bytes(length, &frame.connectionId, "NEW_CONNECTION_ID id") &&
               reader.skip(16, "NEW_CONNECTION_ID reset token");
    }
    case 0x19:
        frame.type = QuicFrameType::RetireConnectionId;
        return reader.varint(&frame.sequence, "RETIRE_CONNECTION_ID sequence");
    case 0x1a:
        frame.type = QuicFrameType::PathChallenge;
        return reader.skip(8, "PATH_CHALLENGE data");
    case 0x1b:
        frame.type = QuicFrameType::PathResponse;
        return reader.skip(8, "PATH_RESPONSE data");
    case 0x1c:
    case 0x1d: {
        frame.type = QuicFrameType::ConnectionClose;
        frame.applicationClose = type == 0x1d;
        quint64 reasonLength = 0;
        if (!reader.varint(&frame.errorCode, "CONNECTION_CLOSE error"))
            return false;
        if (!frame.applicationClose &&
            !reader.varint(&frame.triggeringFrameType, "CONNECTION_CLOSE frame type"))
            return false;
        return reader.varint(&reasonLength, "CONNECTION_CLOSE reason length") &&
               reader.bytes(reasonLength, &frame.reason, "CONNECTION_CLOSE reason");
    }
    case 0x1e:
        frame.type = QuicFrameType::HandshakeDone;
        return true;
    case 0x30:
    case 0x31: {
        frame.type = QuicFrameType::Datagram;
        if (type == 0x30) {
            // Without a length the datagram runs to the end of the packet.
            frame.length = 0;
            quint8 ignored = 0;
            while (!reader.atEnd() && reader.byte(&ignored, "DATAGRAM"))
                ++frame.length;
            return true;
        }
        return reader.varint(&frame.length, "DATAGRAM length") && reader.skip(frame.length, "DATAGRAM data");
    }
    default:
        break;
    }
    if (type >= 0x08 && type <= 0x0f) {
        frame.type = QuicFrameType::Stream;
        frame.fin = (type & 0x01) != 0;
        if (!reader.varint(&frame.streamId, "STREAM id"))
            return false;
        if ((type & 0x04) != 0 && !reader.varint(&frame.offset, "STREAM offset"))
            return false;
        if ((type & 0x02) != 0)
            return reader.varint(&frame.length, "STREAM length") &&
                   reader.skip(frame.length, "STREAM data") &&
                   endsWithinStream(reader, frame, "STREAM data beyond 2^62 - 1");
        // Without a length field the data runs to the end of the packet.
        frame.length = 0;
        quint8 ignored = 0;
        while (!reader.atEnd() && reader.byte(&ignored, "STREAM data"))
            ++frame.length;
        return endsWithinStream(reader, frame, "STREAM data beyond 2^62 - 1");
    }
    frame.type = QuicFrameType::Unknown;
    // An unknown frame type has no known length: the rest of the payload cannot be parsed.
    return reader.reject("unknown frame type");
}

} // namespace

std::optional<quint64> QuicPacketDecoder::readVarint(QByteArrayView bytes, qsizetype* offset)
{
    if (*offset >= bytes.size())
        return std::nullopt;
    const quint8 first = quint8(bytes[*offset]);
    const qsizetype length = qsizetype(1) << (first >> 6);
    if (length > bytes.size() - *offset)
        return std::nullopt;
    quint64 value = first & 0x3f;
    for (qsizetype i = 1; i < length; ++i)
        value = (value << 8) | quint8(bytes[*offset + i]);
    *offset += length;
    return value;
}

std::optional<QuicPacketRecord> QuicPacketDecoder::decodeHeader(QByteArrayView header, QString* error)
{
    if (header.isEmpty()) {
        fail(error, "empty header");
        return std::nullopt;
    }
    QuicPacketRecord record;
    const quint8 first = quint8(header[0]);
    record.longHeader = (first & 0x80) != 0;
    record.headerSize = header.size();
    if (!record.longHeader) {
        record.type = QuicPacketType::OneRtt;
        record.keyPhase = (first & 0x04) != 0;
        record.packetNumberLength = (first & 0x03) + 1;
        if (header.size() < 1 + record.packetNumberLength) {
            fail(error, "short header too short");
            return std::nullopt;
        }
        record.destinationConnectionId =
            header.sliced(1, header.size() - 1 - record.packetNumberLength).toByteArray();
    } else {
        qsizetype offset = 1;
        if (header.size() < 7) {
            fail(error, "long header too short");
            return std::nullopt;
        }
        record.version = (quint32(quint8(header[1])) << 24) | (quint32(quint8(header[2])) << 16) |
                         (quint32(quint8(header[3])) << 8) | quint32(quint8(header[4]));
        offset = 5;
        for (QByteArray* id : {&record.destinationConnectionId, &record.sourceConnectionId}) {
            if (offset >= header.size()) {
                fail(error, "connection id length missing");
                return std::nullopt;
            }
            const qsizetype length = quint8(header[offset++]);
            if (length > MaxConnectionIdLength || length > header.size() - offset) {
                fail(error, "connection id too long");
                return std::nullopt;
            }
            *id = header.sliced(offset, length).toByteArray();
            offset += length;
        }
        record.type = QuicPacketType((first & 0x30) >> 4);
        if (record.type == QuicPacketType::Retry) {
            record.packetNumberLength = 0;
            return record;
        }
        if (record.type == QuicPacketType::Initial) {
            const std::optional<quint64> tokenLength = readVarint(header, &offset);
            if (!tokenLength || *tokenLength > quint64(header.size() - offset)) {
                fail(error, "token runs past the header");
                return std::nullopt;
            }
            offset += qsizetype(*tokenLength);
        }
        if (!readVarint(header, &offset)) {
            fail(error, "length field missing");
            return std::nullopt;
        }
        record.packetNumberLength = (first & 0x03) + 1;
        if (header.size() - offset != record.packetNumberLength) {
            fail(error, "packet number length does not match the header");
            return std::nullopt;
        }
    }
    quint64 truncated = 0;
    for (qsizetype i = header.size() - record.packetNumberLength; i < header.size(); ++i)
        truncated = (truncated << 8) | quint8(header[i]);
    record.packetNumber = truncated;
    return record;
}

std::optional<QList<QuicFrame>> QuicPacketDecoder::decodeFrames(QByteArrayView payload, QString* error)
{
    QList<QuicFrame> frames;
    FrameReader reader(payload);
    while (!reader.atEnd()) {
        QuicFrame frame;
        frame.offsetInPayload = reader.offset();
        if (const qsizetype padding = reader.zeros(); padding > 0) {
            frame.type = QuicFrameType::Padding;
            frame.rawType = 0;
            frame.size = padding;
            frames.append(frame);
            continue;
        }
        quint64 type = 0;
        if (!reader.varint(&type, "frame type") || !readFrame(reader, type, frame)) {
            if (error)
                *error = malformed(reader.error());
            return std::nullopt;
        }
        frame.rawType = type;
        frame.size = reader.offset() - frame.offsetInPayload;
        frames.append(frame);
    }
    return frames;
}

quint64 QuicPacketDecoder::expandPacketNumber(qint64 largest, quint64 truncated, int truncatedLength)
{
    const quint64 expected = quint64(largest + 1);
    const int bits = truncatedLength * 8;
    const quint64 window = quint64(1) << bits;
    const quint64 halfWindow = window / 2;
    const quint64 mask = window - 1;
    const quint64 candidate = (expected & ~mask) | truncated;
    // The candidate closest to the expected number (RFC 9000 appendix A.3), without going negative
    // or beyond 2^62.
    if (candidate + halfWindow <= expected && candidate < (quint64(1) << 62) - window)
        return candidate + window;
    if (candidate > expected + halfWindow && candidate >= window)
        return candidate - window;
    return candidate;
}

QString QuicPacketDecoder::frameTypeName(QuicFrameType type)
{
    switch (type) {
    case QuicFrameType::Padding:
        return QStringLiteral("PADDING");
    case QuicFrameType::Ping:
        return QStringLiteral("PING");
    case QuicFrameType::Ack:
        return QStringLiteral("ACK");
    case QuicFrameType::ResetStream:
        return QStringLiteral("RESET_STREAM");
    case QuicFrameType::StopSending:
        return QStringLiteral("STOP_SENDING");
    case QuicFrameType::Crypto:
        return QStringLiteral("CRYPTO");
    case QuicFrameType::NewToken:
        return QStringLiteral("NEW_TOKEN");
    case QuicFrameType::Stream:
        return QStringLiteral("STREAM");
    case QuicFrameType::MaxData:
        return QStringLiteral("MAX_DATA");
    case QuicFrameType::MaxStreamData:
        return QStringLiteral("MAX_STREAM_DATA");
    case QuicFrameType::MaxStreams:
        return QStringLiteral("MAX_STREAMS");
    case QuicFrameType::DataBlocked:
        return QStringLiteral("DATA_BLOCKED");
    case QuicFrameType::StreamDataBlocked:
        return QStringLiteral("STREAM_DATA_BLOCKED");
    case QuicFrameType::StreamsBlocked:
        return QStringLiteral("STREAMS_BLOCKED");
    case QuicFrameType::NewConnectionId:
        return QStringLiteral("NEW_CONNECTION_ID");
    case QuicFrameType::RetireConnectionId:
        return QStringLiteral("RETIRE_CONNECTION_ID");
    case QuicFrameType::PathChallenge:
        return QStringLiteral("PATH_CHALLENGE");
    case QuicFrameType::PathResponse:
        return QStringLiteral("PATH_RESPONSE");
    case QuicFrameType::ConnectionClose:
        return QStringLiteral("CONNECTION_CLOSE");
    case QuicFrameType::HandshakeDone:
        return QStringLiteral("HANDSHAKE_DONE");
    case QuicFrameType::Datagram:
        return QStringLiteral("DATAGRAM");
    case QuicFrameType::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString QuicPacketDecoder::packetTypeName(QuicPacketType type)
{
    switch (type) {
    case QuicPacketType::Initial:
        return QStringLiteral("Initial");
    case QuicPacketType::ZeroRtt:
        return QStringLiteral("0-RTT");
    case QuicPacketType::Handshake:
        return QStringLiteral("Handshake");
    case QuicPacketType::Retry:
        return QStringLiteral("Retry");
    case QuicPacketType::OneRtt:
        return QStringLiteral("1-RTT");
    }
    return QString();
}

} // namespace protoviz

// Fuzzes the QUIC packet decoder (core/quic/quicpacketdecoder.h) on what a peer controls once header
// protection and packet protection are off: the header and the plaintext payload. Beyond memory safety
// (ASan, UBSan), every input checks that
//  - a decoded header's fields are its bytes: version, connection ids (at most 20 bytes each in a long
//    header) and the truncated packet number lie within the header where RFC 9000 section 17 puts
//    them; a rejected header comes with an explanation;
//  - the frames cover the payload in order without gap or overlap; every frame's data length (STREAM,
//    CRYPTO, NEW_TOKEN, DATAGRAM), reason and connection id lie within the frame; a STREAM or CRYPTO
//    frame ends at or below 2^62 - 1 in its stream (RFC 9000 sections 19.6 and 19.8); what RFC 9000
//    calls a FRAME_ENCODING_ERROR is rejected (an empty NEW_TOKEN, a stream count over 2^60, a
//    NEW_CONNECTION_ID retiring beyond its own sequence number); ACK ranges descend without overlap; a
//    run of PADDING is one frame; a rejected payload comes with an explanation;
//  - decoding is deterministic, and a frame decoded on its own bytes is the same frame;
//  - packet-number expansion is RFC 9000 appendix A.3: the result keeps the truncated bits, is the
//    candidate closest to the expected number unless that would leave 0..2^62 - 1, and equals the
//    appendix's algorithm computed in exact arithmetic.
//
// Input: byte 0 is the header's size; bytes 1-8 the largest packet number received so far (big endian;
// with the top two bits set: none yet, -1); then the header and the payload.

#include "fuzzcheck.h"

#include "core/quic/quicpacketdecoder.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

constexpr quint64 MaxVarint = (quint64(1) << 62) - 1;
constexpr quint64 MaxStreamCount = quint64(1) << 60;

bool sameFrame(const QuicFrame& a, const QuicFrame& b)
{
    return a.type == b.type && a.rawType == b.rawType && a.size == b.size && a.streamId == b.streamId &&
           a.offset == b.offset && a.length == b.length && a.fin == b.fin && a.value == b.value &&
           a.bidirectional == b.bidirectional && a.errorCode == b.errorCode &&
           a.applicationClose == b.applicationClose && a.triggeringFrameType == b.triggeringFrameType &&
           a.reason == b.reason && a.sequence == b.sequence && a.connectionId == b.connectionId &&
           a.ackRanges == b.ackRanges;
}

bool sameFrames(const QList<QuicFrame>& a, const QList<QuicFrame>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].offsetInPayload != b[i].offsetInPayload || !sameFrame(a[i], b[i]))
            return false;
    }
    return true;
}

bool sameHeader(const QuicPacketRecord& a, const QuicPacketRecord& b)
{
    return a.longHeader == b.longHeader && a.type == b.type && a.version == b.version &&
           a.destinationConnectionId == b.destinationConnectionId &&
           a.sourceConnectionId == b.sourceConnectionId && a.packetNumber == b.packetNumber &&
           a.packetNumberLength == b.packetNumberLength && a.keyPhase == b.keyPhase &&
           a.headerSize == b.headerSize;
}

quint64 bigEndian(QByteArrayView bytes, qsizetype at, qsizetype size)
{
    quint64 value = 0;
    for (qsizetype i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

void checkHeader(QByteArrayView header)
{
    QString error;
    const std::optional<QuicPacketRecord> decoded = QuicPacketDecoder::decodeHeader(header, &error);
    QString again;
    const std::optional<QuicPacketRecord> second = QuicPacketDecoder::decodeHeader(header, &again);
    require(decoded.has_value() == second.has_value() && error == again &&
                (!decoded || sameHeader(*decoded, *second)),
            "a header decoded twice differs");
    if (!decoded) {
        require(!error.isEmpty(), "a rejected header without an explanation");
        return;
    }
    const QuicPacketRecord& record = *decoded;
    require(record.headerSize == header.size(), "a header size that is not the header's");
    require(record.longHeader == ((quint8(header[0]) & 0x80) != 0), "a header form that is not bit 7");
    if (record.type == QuicPacketType::Retry) {
        require(record.longHeader && record.packetNumberLength == 0, "a Retry with a packet number");
    } else {
        require(record.packetNumberLength == (quint8(header[0]) & 0x03) + 1,
                "a packet number length that is not the first byte's");
        require(record.packetNumberLength <= header.size() - 1, "a packet number outside the header");
        require(record.packetNumber ==
                    bigEndian(header, header.size() - record.packetNumberLength, record.packetNumberLength),
                "a packet number that is not the header's last bytes");
    }
    if (!record.longHeader) {
        require(record.type == QuicPacketType::OneRtt, "a short header that is not 1-RTT");
        require(record.destinationConnectionId ==
                    header.sliced(1, header.size() - 1 - record.packetNumberLength),
                "a short header's connection id that is not the bytes before the packet number");
        return;
    }
    require(record.type != QuicPacketType::OneRtt, "a long header read as 1-RTT");
    require(record.version == bigEndian(header, 1, 4), "a version that is not bytes 1-4");
    const qsizetype destinationLength = record.destinationConnectionId.size();
    const qsizetype sourceLength = record.sourceConnectionId.size();
    require(destinationLength <= 20 && sourceLength <= 20, "a connection id over 20 bytes");
    require(7 + destinationLength + sourceLength <= header.size(), "connection ids outside the header");
    require(quint8(header[5]) == destinationLength &&
                header.sliced(6, destinationLength) == record.destinationConnectionId,
            "a destination connection id that is not its bytes");
    require(quint8(header[6 + destinationLength]) == sourceLength &&
                header.sliced(7 + destinationLength, sourceLength) == record.sourceConnectionId,
            "a source connection id that is not its bytes");
}

void checkFrameFields(const QuicFrame& frame, QByteArrayView payload)
{
    const quint64 size = quint64(frame.size);
    switch (frame.type) {
    case QuicFrameType::Padding:
        require(payload.sliced(frame.offsetInPayload, frame.size).count('\0') == frame.size,
                "PADDING that is not zeros");
        break;
    case QuicFrameType::Stream:
    case QuicFrameType::Crypto:
        require(frame.offset <= MaxVarint && frame.length <= MaxVarint - frame.offset,
                "stream data ending beyond 2^62 - 1");
        require(frame.length < size, "stream data outside its frame");
        break;
    case QuicFrameType::NewToken:
        require(frame.length > 0, "an empty NEW_TOKEN");
        require(frame.length < size, "a token outside its frame");
        break;
    case QuicFrameType::Datagram:
        require(frame.length < size, "data outside its frame");
        break;
    case QuicFrameType::MaxStreams:
    case QuicFrameType::StreamsBlocked:
        require(frame.value <= MaxStreamCount, "a stream count over 2^60");
        break;
    case QuicFrameType::ConnectionClose:
        require(quint64(frame.reason.size()) < size, "a reason outside its frame");
        break;
    case QuicFrameType::NewConnectionId:
        require(!frame.connectionId.isEmpty() && frame.connectionId.size() <= 20 &&
                    quint64(frame.connectionId.size()) + 16 < size,
                "a new connection id outside its frame or of a length QUIC does not allow");
        require(frame.value <= frame.sequence, "a NEW_CONNECTION_ID retiring beyond its own sequence number");
        break;
    case QuicFrameType::Ack: {
        require(!frame.ackRanges.isEmpty(), "an ACK without ranges");
        for (qsizetype i = 0; i < frame.ackRanges.size(); ++i) {
            const QuicAckRange& range = frame.ackRanges[i];
            require(range.smallest <= range.largest, "an ACK range upside down");
            // Consecutive ranges are separated by at least one unacknowledged packet.
            if (i > 0)
                require(range.largest + 1 < frame.ackRanges[i - 1].smallest, "ACK ranges that overlap");
        }
        // Every range after the first takes at least two bytes on the wire.
        require(quint64(frame.ackRanges.size()) <= size, "more ACK ranges than bytes");
        break;
    }
    default:
        break;
    }
}

void checkFrames(QByteArrayView payload)
{
    QString error;
    const std::optional<QList<QuicFrame>> decoded = QuicPacketDecoder::decodeFrames(payload, &error);
    QString again;
    const std::optional<QList<QuicFrame>> second = QuicPacketDecoder::decodeFrames(payload, &again);
    require(decoded.has_value() == second.has_value() && error == again &&
                (!decoded || sameFrames(*decoded, *second)),
            "a payload decoded twice differs");
    if (!decoded) {
        require(!error.isEmpty(), "a rejected payload without an explanation");
        return;
    }
    qsizetype covered = 0;
    for (qsizetype i = 0; i < decoded->size(); ++i) {
        const QuicFrame& frame = (*decoded)[i];
        require(frame.offsetInPayload == covered, "frames with a gap or an overlap");
        require(frame.size > 0 && frame.size <= payload.size() - covered, "a frame outside the payload");
        require(frame.type != QuicFrameType::Padding || i == 0 ||
                    (*decoded)[i - 1].type != QuicFrameType::Padding,
                "a run of PADDING split in two");
        require(frame.type == QuicFrameType::Padding || frame.rawType == bigEndian(payload, covered, 1) ||
                    quint8(payload[covered]) >= 0x40,
                "a frame type that is not the frame's first byte");
        checkFrameFields(frame, payload);
        // The frame alone decodes to itself: nothing in it depends on the frames around it.
        const std::optional<QList<QuicFrame>> alone =
            QuicPacketDecoder::decodeFrames(payload.sliced(covered, frame.size));
        require(alone && alone->size() == 1 && sameFrame(alone->front(), frame),
                "a frame that decodes differently on its own bytes");
        covered += frame.size;
    }
    require(covered == payload.size(), "payload bytes in no frame");
}

// RFC 9000 appendix A.3 in exact arithmetic (no wrap-around), as the reference.
quint64 referenceExpansion(qint64 largest, quint64 truncated, int truncatedLength)
{
    const __int128 expected = __int128(largest) + 1;
    const __int128 window = __int128(1) << (truncatedLength * 8);
    const __int128 halfWindow = window / 2;
    const __int128 candidate = (expected & ~(window - 1)) | __int128(truncated);
    if (candidate <= expected - halfWindow && candidate < (__int128(1) << 62) - window)
        return quint64(candidate + window);
    if (candidate > expected + halfWindow && candidate >= window)
        return quint64(candidate - window);
    return quint64(candidate);
}

void checkExpansion(qint64 largest, quint64 truncated, int truncatedLength)
{
    const quint64 window = quint64(1) << (truncatedLength * 8);
    truncated &= window - 1;
    const quint64 expanded = QuicPacketDecoder::expandPacketNumber(largest, truncated, truncatedLength);
    require((expanded & (window - 1)) == truncated, "an expanded packet number without its truncated bits");
    require(expanded == referenceExpansion(largest, truncated, truncatedLength),
            "packet number expansion that is not RFC 9000 appendix A.3");
    const __int128 expected = __int128(largest) + 1;
    const __int128 halfWindow = window / 2;
    const __int128 distance = __int128(expanded) - expected;
    if (distance > halfWindow)
        require(expanded < window, "an expanded packet number too high where a lower one exists");
    if (distance <= -halfWindow)
        require(__int128(expanded) + window > __int128(MaxVarint),
                "an expanded packet number too low where a higher one exists");
    if (largest < qint64(MaxVarint))
        require(expanded <= MaxVarint, "an expanded packet number beyond 2^62 - 1");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 9)
        return 0;
    const quint64 rawLargest = bigEndian(QByteArrayView(data, 9), 1, 8);
    const qint64 largest = (rawLargest >> 62) == 3 ? -1 : qint64(rawLargest & MaxVarint);
    const qsizetype headerSize = std::min<qsizetype>(data[0], qsizetype(size) - 9);
    // Exact-size heap blocks, so that ASan catches a read past the header or the payload.
    const std::vector<char> header(data + 9, data + 9 + headerSize);
    const std::vector<char> payload(data + 9 + headerSize, data + size);
    const QByteArrayView headerBytes(header.data(), qsizetype(header.size()));
    const QByteArrayView payloadBytes(payload.data(), qsizetype(payload.size()));

    checkHeader(headerBytes);
    checkFrames(payloadBytes);

    if (const std::optional<QuicPacketRecord> record = QuicPacketDecoder::decodeHeader(headerBytes);
        record && record->packetNumberLength > 0)
        checkExpansion(largest, record->packetNumber, record->packetNumberLength);
    // Every truncation length, whether or not the header decoded.
    const quint64 truncated = payloadBytes.size() >= 4 ? bigEndian(payloadBytes, 0, 4) : rawLargest;
    for (int length = 1; length <= 4; ++length)
        checkExpansion(largest, truncated, length);
    return 0;
}

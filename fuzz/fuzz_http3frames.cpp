// Fuzzes the HTTP/3 frame scanner (core/http3/http3framescanner.h) on one direction of one QUIC stream,
// a request stream or a unidirectional one. Beyond memory safety (ASan, UBSan), every input checks that
//  - the frames and the stream type are the same whether the bytes arrive whole, a byte at a time, in
//    2- and 7-byte chunks or in chunks of the size byte 0 picks;
//  - they are what a reference reading of RFC 9114 sections 6.2 and 7.1 finds in the whole input: the
//    stream type (and a push stream's push id) first on a unidirectional stream, then frame headers
//    whose payloads are skipped, nothing after the type on a stream that carries no frames;
//  - every frame's header lies within the input, and every frame but the last ends within it (only the
//    last one may still be arriving);
//  - a frame's type is the one frameType() gives its number, with a name;
//  - a PUSH_PROMISE, CANCEL_PUSH, GOAWAY or MAX_PUSH_ID frame is reported once the varint its payload
//    starts with arrived, with that id, or without one when its payload ends first (an empty payload
//    included); the last frame of the input is not reported while its id is still arriving.
// The scanner has no error state: any varint is a valid type or length, so "the same error" is "the
// same frames and stream type".
//
// Input: byte 0: bit 0 a unidirectional stream, bits 1-7 the size of the chunks of the last feeding
// (0: 3); then the stream's bytes.

#include "fuzzcheck.h"

#include "core/http3/http3framescanner.h"
#include "core/quic/quicpacketdecoder.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

struct ScanResult
{
    QList<Http3FrameScanner::Frame> frames;
    qint64 streamType = -1;

    bool operator==(const ScanResult& other) const
    {
        if (streamType != other.streamType || frames.size() != other.frames.size())
            return false;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const Http3FrameScanner::Frame& a = frames[i];
            const Http3FrameScanner::Frame& b = other.frames[i];
            if (a.type != b.type || a.rawType != b.rawType || a.length != b.length || a.id != b.id)
                return false;
        }
        return true;
    }
};

ScanResult scan(QByteArrayView input, bool unidirectional, qsizetype chunkSize)
{
    Http3FrameScanner scanner(unidirectional);
    ScanResult result;
    for (qsizetype offset = 0; offset < input.size();) {
        const qsizetype size =
            chunkSize == 0 ? input.size() - offset : std::min(chunkSize, input.size() - offset);
        // Each chunk in its own exact-size heap block, so that ASan catches a read past it.
        const std::vector<char> chunk(input.begin() + offset, input.begin() + offset + size);
        result.frames += scanner.feed(QByteArrayView(chunk.data(), size));
        offset += size;
    }
    result.streamType = scanner.streamType();
    return result;
}

struct ReferenceFrame
{
    qsizetype headerStart = 0;
    qsizetype payloadStart = 0;
    quint64 rawType = 0;
    quint64 length = 0;
    std::optional<quint64> id;
};

// The frames whose payload starts with an id (RFC 9114 section 7.2).
bool carriesId(quint64 rawType)
{
    return rawType == 0x03 || rawType == 0x05 || rawType == 0x07 || rawType == 0x0d;
}

struct Reference
{
    QList<ReferenceFrame> frames;
    qint64 streamType = -1;
};

Reference readReference(QByteArrayView input, bool unidirectional)
{
    Reference reference;
    qsizetype offset = 0;
    if (unidirectional) {
        const std::optional<quint64> type = QuicPacketDecoder::readVarint(input, &offset);
        if (!type)
            return reference;
        reference.streamType = qint64(*type);
        if (*type == 0x01 && !QuicPacketDecoder::readVarint(input, &offset))
            return reference;
        if (*type != 0x00 && *type != 0x01)
            return reference;
    }
    while (offset < input.size()) {
        ReferenceFrame frame;
        frame.headerStart = offset;
        const std::optional<quint64> type = QuicPacketDecoder::readVarint(input, &offset);
        if (!type)
            break;
        const std::optional<quint64> length = QuicPacketDecoder::readVarint(input, &offset);
        if (!length)
            break;
        frame.payloadStart = offset;
        frame.rawType = *type;
        frame.length = *length;
        if (carriesId(*type) && *length > 0) {
            const qsizetype available = qsizetype(std::min<quint64>(*length, quint64(input.size() - offset)));
            qsizetype idEnd = 0;
            frame.id = QuicPacketDecoder::readVarint(input.sliced(offset, available), &idEnd);
            if (!frame.id && quint64(available) < *length)
                break; // the id is still arriving
        }
        reference.frames.append(frame);
        if (*length > quint64(input.size() - offset))
            break;
        offset += qsizetype(*length);
    }
    return reference;
}

void checkAgainstReference(QByteArrayView input, const ScanResult& result, const Reference& reference)
{
    require(result.streamType == reference.streamType, "a stream type that is not the first varint");
    require(result.frames.size() == reference.frames.size(), "frames the reference does not find");
    for (qsizetype i = 0; i < result.frames.size(); ++i) {
        const Http3FrameScanner::Frame& frame = result.frames[i];
        const ReferenceFrame& expected = reference.frames[i];
        require(frame.rawType == expected.rawType && frame.length == expected.length,
                "a frame header that is not the reference's");
        require(frame.id == expected.id, "a frame id that is not the reference's");
        require(expected.payloadStart <= input.size(), "a frame header outside the input");
        if (i + 1 < result.frames.size())
            require(frame.length <= quint64(input.size() - expected.payloadStart),
                    "a frame before the last that ends beyond the input");
        require(frame.type == Http3FrameScanner::frameType(frame.rawType), "a frame type not of its number");
        require(!Http3FrameScanner::frameTypeName(frame.type).isEmpty(), "a frame type without a name");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const bool unidirectional = (data[0] & 0x01) != 0;
    const qsizetype chunkSize = (data[0] >> 1) == 0 ? 3 : qsizetype(data[0] >> 1);
    const QByteArrayView input(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);

    const ScanResult whole = scan(input, unidirectional, 0);
    checkAgainstReference(input, whole, readReference(input, unidirectional));
    require(scan(input, unidirectional, 1) == whole, "frames differ when fed byte by byte");
    require(scan(input, unidirectional, 2) == whole, "frames differ when fed in 2-byte chunks");
    require(scan(input, unidirectional, 7) == whole, "frames differ when fed in 7-byte chunks");
    require(scan(input, unidirectional, chunkSize) == whole, "frames differ in the chunks byte 0 picks");
    return 0;
}

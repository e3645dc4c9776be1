// Fuzzes the HTTP/2 framing path of the engine: Http2FrameSplitter, which cuts one direction of a
// connection into frames, and Http2FrameDissector, which decodes every frame it produces for the
// inspector. Beyond memory safety (ASan, UBSan), every input checks that
//  - the frames are the input, byte for byte and in order, with the preface first when expected; each
//    frame's type, flags and stream id are those of its header, and no payload exceeds the maximum;
//  - frames, pending bytes and error are the same whether the input arrives whole, a byte at a time,
//    or in 7-byte and 9-byte (frame header) chunks;
//  - an error comes with an explanation; without one, bytes not yet framed are what pendingBytes() says;
//  - every dissected field that maps to bytes lies within its frame, and overhead() <= frame size.
//
// Input: byte 0 picks the client preface (bit 0), the maximum payload (bits 1-2) and whether the
// dissector gets a decoded header list to pair with HPACK representations (bit 3); the rest is what
// the connection carried.

#include "fuzzcheck.h"

#include "core/http/httpmessage.h"
#include "core/http2/http2framedissector.h"
#include "core/http2/http2framesplitter.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

struct Config
{
    bool expectPreface = false;
    quint32 maxPayload = 16384;
    bool withHeaderList = false;
};

Config configFrom(quint8 flags)
{
    // The RFC 9113 default, its largest allowed value, and two small ones that short inputs exceed.
    static constexpr quint32 maxPayloads[] = {16384, 16777215, 100, 0};
    return {(flags & 0x1) != 0, maxPayloads[(flags >> 1) & 0x3], (flags & 0x8) != 0};
}

struct SplitResult
{
    QList<Http2RawFrame> frames;
    bool failed = false;
    qsizetype pendingBytes = 0; // without an error

    bool operator==(const SplitResult& other) const
    {
        if (failed != other.failed || pendingBytes != other.pendingBytes ||
            frames.size() != other.frames.size())
            return false;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const Http2RawFrame& a = frames[i];
            const Http2RawFrame& b = other.frames[i];
            if (a.bytes != b.bytes || a.type != b.type || a.flags != b.flags || a.streamId != b.streamId ||
                a.isPreface != b.isPreface)
                return false;
        }
        return true;
    }
};

// Splits input fed in chunks of chunkSize bytes (0: all at once).
SplitResult split(const QByteArray& input, const Config& config, qsizetype chunkSize)
{
    Http2FrameSplitter splitter(config.expectPreface, config.maxPayload);
    SplitResult result;
    for (qsizetype offset = 0; offset < input.size();) {
        const qsizetype size =
            chunkSize == 0 ? input.size() - offset : std::min(chunkSize, input.size() - offset);
        result.frames += splitter.feed(input.mid(offset, size));
        offset += size;
    }
    result.failed = splitter.hasError();
    require(result.failed != splitter.error().isEmpty(), "a framing error without an explanation");
    if (result.failed)
        return result; // what is pending after an error depends on when the error was seen
    result.pendingBytes = splitter.pendingBytes();
    if (splitter.pendingFrameSize() >= 0)
        require(splitter.pendingFrameSize() > result.pendingBytes, "a whole frame left pending");
    return result;
}

quint32 bigEndian(const QByteArray& bytes, qsizetype at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

void checkFrames(const QByteArray& input, const Config& config, const SplitResult& result)
{
    qsizetype offset = 0;
    for (qsizetype i = 0; i < result.frames.size(); ++i) {
        const Http2RawFrame& frame = result.frames[i];
        require(input.sliced(offset).startsWith(frame.bytes), "a frame's bytes are not the next input bytes");
        offset += frame.bytes.size();
        if (frame.isPreface) {
            require(i == 0 && config.expectPreface, "a preface where none was expected");
            require(frame.bytes == Http2FrameSplitter::clientPreface(), "a preface that is not the preface");
            continue;
        }
        require(i > 0 || !config.expectPreface, "a first frame that is not the expected preface");
        require(frame.bytes.size() >= 9, "a frame shorter than its header");
        require(bigEndian(frame.bytes, 0, 3) == frame.payloadLength(), "a frame size that is not its length");
        require(frame.payloadLength() <= config.maxPayload, "a frame payload over the maximum");
        require(frame.type == quint8(frame.bytes[3]) && frame.flags == quint8(frame.bytes[4]) &&
                    frame.streamId == (bigEndian(frame.bytes, 5, 4) & 0x7fffffffu),
                "a frame's type, flags or stream id differ from its header");
    }
    if (!result.failed)
        require(offset + result.pendingBytes == input.size(), "input bytes neither framed nor pending");
}

// A decoded header list as nghttp2 might hand it over, longer or shorter than the representations.
HeaderList headerListFrom(const QByteArray& frameBytes)
{
    HeaderList headers;
    for (qsizetype i = 0; i + 1 < std::min<qsizetype>(frameBytes.size(), 24); i += 2)
        headers.append({frameBytes.mid(i, 1), frameBytes.mid(i + 1, 1)});
    return headers;
}

void checkDissection(const Http2RawFrame& splitFrame, bool withHeaderList)
{
    // The frame's bytes in an exact-size heap block, so that ASan catches a read past them.
    const std::vector<char> bytes(splitFrame.bytes.begin(), splitFrame.bytes.end());
    Http2RawFrame frame = splitFrame;
    frame.bytes = QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size()));

    const HeaderList headers = headerListFrom(frame.bytes);
    const QList<Field> fields = Http2FrameDissector::dissect(frame, withHeaderList ? &headers : nullptr);
    require(!fields.isEmpty(), "a frame dissected into nothing");
    for (const Field& field : fields) {
        require(!field.name.isEmpty(), "a field without a name");
        require(field.depth >= 0, "a field with a negative depth");
        if (field.offset < 0)
            continue;
        require(field.length >= 0 && qint64(field.offset) + field.length <= frame.bytes.size(),
                "a field outside its frame's bytes");
    }
    require(Http2FrameDissector::overhead(frame) <= quint32(frame.bytes.size()),
            "overhead larger than the frame");
    require(!Http2FrameDissector::typeName(frame.type).isEmpty(), "a frame type without a name");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const Config config = configFrom(data[0]);
    const QByteArray input(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);

    const SplitResult whole = split(input, config, 0);
    checkFrames(input, config, whole);
    require(split(input, config, 1) == whole, "frames differ when fed byte by byte");
    require(split(input, config, 7) == whole, "frames differ when fed in 7-byte chunks");
    require(split(input, config, 9) == whole, "frames differ when fed in 9-byte chunks");

    for (const Http2RawFrame& frame : whole.frames)
        checkDissection(frame, config.withHeaderList);
    return 0;
}

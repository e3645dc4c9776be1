// Fuzzes GrpcWebCodec, which a gRPC-Web client uses to split a response body into length-prefixed
// messages and the trailer frame (flag 0x80) that carries the status. Beyond memory safety (ASan,
// UBSan), every input checks that
//  - the messages are the input, byte for byte and in order, each with flag 0 and a length that is its
//    size and within the limit;
//  - without an error the trailer frame follows them, ends the input, has flag 0x80 and a length that
//    is its payload's, and its fields are what parseTrailers() reads from that payload; the fields
//    survive trailerFrame() and parseTrailers() again unchanged;
//  - with an error there is an explanation, and its bytes lie in the input;
//  - trailerFrameFields() locates every field inside the frame;
//  - isGrpcWebContentType() takes the bytes as a header value without crashing.
//
// Input: byte 0 picks the message limit (bits 0-1: 4 MiB, 0, 16, 300 bytes); the rest is the body.

#include "fuzzcheck.h"

#include "core/grpc/grpcwebcodec.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

quint32 bigEndian32(QByteArrayView bytes)
{
    return quint32(quint8(bytes[0])) << 24 | quint32(quint8(bytes[1])) << 16 |
           quint32(quint8(bytes[2])) << 8 | quint8(bytes[3]);
}

void checkFields(QByteArrayView frame)
{
    for (const Field& field : GrpcWebCodec::trailerFrameFields(frame)) {
        require(!field.name.isEmpty() || field.offset >= GrpcFrame::PrefixSize, "an unnamed prefix field");
        require(field.offset >= 0 && field.length >= 0 && qint64(field.offset) + field.length <= frame.size(),
                "a trailer frame field outside the frame");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static constexpr quint32 limits[] = {GrpcMessageReader::DefaultMaxMessageSize, 0, 16, 300};
    const quint32 limit = limits[data[0] & 0x3];
    // An exact-size heap block, so that ASan catches a read past the input.
    const std::vector<char> buffer(data + 1, data + size);
    const QByteArrayView input(buffer.data(), qsizetype(buffer.size()));

    const GrpcWebBody body = GrpcWebCodec::decodeBody(input, limit);
    qsizetype offset = 0;
    for (const GrpcFrame& frame : body.messages) {
        require(input.sliced(offset).startsWith(frame.bytes),
                "a message's bytes are not the next input bytes");
        offset += frame.bytes.size();
        require(frame.bytes.size() >= GrpcFrame::PrefixSize && frame.bytes[0] == 0 && !frame.compressed,
                "a message without a prefix, or with a flag");
        require(frame.length == bigEndian32(QByteArrayView(frame.bytes).sliced(1)) &&
                    qint64(frame.length) == frame.bytes.size() - GrpcFrame::PrefixSize &&
                    frame.length <= limit,
                "a message whose length is not its prefix's, or over the limit");
    }
    if (body.error.isEmpty()) {
        require(!body.trailerFrame.isEmpty() && input.sliced(offset) == body.trailerFrame,
                "a body without an error whose trailer frame does not end it");
        require(quint8(body.trailerFrame[0]) == GrpcWebCodec::TrailerFlag &&
                    bigEndian32(QByteArrayView(body.trailerFrame).sliced(1)) ==
                        quint32(body.trailerFrame.size() - GrpcFrame::PrefixSize),
                "a trailer frame whose flag or length is wrong");
        HeaderList again;
        QString error;
        require(GrpcWebCodec::parseTrailers(QByteArrayView(body.trailerFrame).sliced(GrpcFrame::PrefixSize),
                                            &again, &error) &&
                    again == body.trailers,
                "the trailers differ from a second reading of the frame");
        const QByteArray rewritten = GrpcWebCodec::trailerFrame(body.trailers);
        require(GrpcWebCodec::parseTrailers(QByteArrayView(rewritten).sliced(GrpcFrame::PrefixSize), &again,
                                            &error) &&
                    again == body.trailers,
                "trailers do not survive being written again");
        checkFields(body.trailerFrame);
    } else {
        require(body.errorBytes.isEmpty() || input.indexOf(body.errorBytes) >= 0,
                "error bytes that are not in the input");
    }
    checkFields(input);
    GrpcWebCodec::isGrpcWebContentType(input);
    return 0;
}

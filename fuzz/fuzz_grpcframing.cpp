// Fuzzes GrpcMessageReader, which cuts the DATA of a gRPC stream into length-prefixed messages, and what
// a gRPC endpoint records of them: GrpcEventLog::received() (prefix fields and the message decoded
// through the schema as the method's request or response type) and GrpcEventLog::error() with the
// prefix fields of the bytes a framing error was found in. Beyond memory safety (ASan, UBSan), every
// input checks that
//  - the messages are the input, byte for byte and in order; each has flag 0, a length that is its
//    size and within the limit, and messageCount() counts them;
//  - what follows them is the error, read here from the next prefix: a flag above 1, a flag of 1 (no
//    compression was negotiated), a length above the limit, or, once the stream ended, any bytes at
//    all (truncated); errorBytes() is that prefix or those bytes; without an error no whole message
//    and no refusable prefix is left; nothing more is returned after an error;
//  - errorStatus() is OK without an error, else INTERNAL (RESOURCE_EXHAUSTED for a length over the
//    limit) with an explanation;
//  - messages, error and error bytes are the same whether the data arrives whole, a byte at a time, or
//    in 5-byte (prefix) and 7-byte chunks;
//  - received() says a message is valid exactly when GrpcSchema::validate() does, and every field the
//    recorded events locate lies within their bytes.
//
// Input: byte 0 picks the method (bits 0-1: GetItem, ListItems, UploadItems, Exchange) and the direction
// (bit 2: responses, decoded as the method's response type; else requests), whether the stream ends
// after the data (bit 3) and the receive limit (bits 4-5: 4 MiB, 0, 16, 300 bytes); the rest is the
// stream's DATA.

#include "fuzzcheck.h"

#include "core/grpc/grpceventlog.h"
#include "core/grpc/grpcmessagereader.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/lessonmessages.h"
#include "core/timeline/eventrecorder.h"
#include "core/timeline/sessionclock.h"
#include "core/timeline/timeline.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;
using Error = GrpcMessageReader::Error;

namespace {

struct Config
{
    GrpcMethod method;
    bool requests = true;
    bool ended = false;
    quint32 maxMessageSize = GrpcMessageReader::DefaultMaxMessageSize;

    QString typeName() const { return requests ? method.inputType : method.outputType; }
};

Config configFrom(quint8 flags)
{
    using Method = LessonMessages::Method;
    static constexpr Method methods[] = {Method::GetItem, Method::ListItems, Method::UploadItems,
                                         Method::Exchange};
    // The default, and limits short inputs exceed (0: any message with content).
    static constexpr quint32 limits[] = {GrpcMessageReader::DefaultMaxMessageSize, 0, 16, 300};
    const std::optional<GrpcMethod> method =
        GrpcSchema::builtIn().method(LessonMessages::path(methods[flags & 0x3]));
    require(method.has_value(), "a lesson method the schema does not know");
    return {*method, (flags & 0x4) == 0, (flags & 0x8) != 0, limits[(flags >> 4) & 0x3]};
}

quint32 bigEndian32(QByteArrayView bytes)
{
    return quint32(quint8(bytes[0])) << 24 | quint32(quint8(bytes[1])) << 16 |
           quint32(quint8(bytes[2])) << 8 | quint8(bytes[3]);
}

struct Outcome
{
    QList<GrpcFrame> frames;
    Error error = Error::None;
    QByteArray errorBytes;
    bool finished = true; // what finish() returned, when the stream ended

    bool operator==(const Outcome& other) const
    {
        if (error != other.error || errorBytes != other.errorBytes || finished != other.finished ||
            frames.size() != other.frames.size())
            return false;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            if (frames[i].bytes != other.frames[i].bytes ||
                frames[i].compressed != other.frames[i].compressed ||
                frames[i].length != other.frames[i].length)
                return false;
        }
        return true;
    }
};

void checkPrefixFields(QByteArrayView bytes)
{
    const QList<Field> fields = GrpcMessageReader::prefixFields(bytes);
    const qsizetype expected = bytes.isEmpty() ? 0 : bytes.size() < GrpcFrame::PrefixSize ? 1 : 2;
    require(fields.size() == expected, "prefix fields other than the flag and the length present");
    for (const Field& field : fields) {
        require(field.offset >= 0 && field.length > 0 &&
                    qint64(field.offset) + field.length <=
                        std::min<qsizetype>(bytes.size(), GrpcFrame::PrefixSize),
                "a prefix field outside the prefix");
    }
}

// Reads input fed in chunks of chunkSize bytes (0: all at once).
Outcome read(QByteArrayView input, const Config& config, qsizetype chunkSize)
{
    GrpcMessageReader reader(config.maxMessageSize);
    Outcome outcome;
    for (qsizetype offset = 0; offset < input.size();) {
        const qsizetype size =
            chunkSize == 0 ? input.size() - offset : std::min(chunkSize, input.size() - offset);
        const bool failedBefore = reader.hasError();
        const QList<GrpcFrame> frames = reader.feed(input.sliced(offset, size));
        require(!failedBefore || frames.isEmpty(), "messages returned after an error");
        outcome.frames += frames;
        offset += size;
    }
    if (config.ended)
        outcome.finished = reader.finish();
    require(!config.ended || outcome.finished == !reader.hasError(), "finish() disagrees with the error");
    outcome.error = reader.error();
    outcome.errorBytes = reader.errorBytes();
    require(reader.hasError() == (outcome.error != Error::None), "hasError() disagrees with error()");
    require(reader.messageCount() == outcome.frames.size(), "messageCount() is not the messages returned");

    const GrpcStatus status = reader.errorStatus();
    if (outcome.error == Error::None) {
        require(status.isOk(), "a status other than OK without an error");
    } else {
        const GrpcStatusCode expected =
            outcome.error == Error::TooLarge ? GrpcStatusCode::ResourceExhausted : GrpcStatusCode::Internal;
        require(status.code == expected && !status.message.isEmpty(),
                "an error's status is not INTERNAL or RESOURCE_EXHAUSTED with an explanation");
        require(reader.feed(QByteArray(GrpcFrame::PrefixSize, '\0')).isEmpty() && !reader.finish() &&
                    reader.errorBytes() == outcome.errorBytes,
                "a failed reader read more");
    }
    return outcome;
}

void checkOutcome(QByteArrayView input, const Config& config, const Outcome& outcome)
{
    qsizetype offset = 0;
    for (const GrpcFrame& frame : outcome.frames) {
        require(input.sliced(offset).startsWith(frame.bytes),
                "a message's bytes are not the next input bytes");
        offset += frame.bytes.size();
        require(frame.bytes.size() >= GrpcFrame::PrefixSize && frame.bytes[0] == 0 && !frame.compressed,
                "a message without a prefix, or compressed");
        require(frame.length == bigEndian32(QByteArrayView(frame.bytes).sliced(1)) &&
                    qint64(frame.length) == frame.bytes.size() - GrpcFrame::PrefixSize &&
                    frame.message() == frame.bytes.sliced(GrpcFrame::PrefixSize),
                "a message whose length is not its prefix's");
        require(frame.length <= config.maxMessageSize, "a message over the receive limit");
        checkPrefixFields(frame.bytes);
    }

    const QByteArrayView rest = input.sliced(offset);
    std::optional<Error> expected;
    if (rest.size() >= GrpcFrame::PrefixSize) {
        const auto flag = quint8(rest[0]);
        const quint32 length = bigEndian32(rest.sliced(1));
        if (flag > 1)
            expected = Error::BadCompressedFlag;
        else if (flag == 1)
            expected = Error::CompressedWithoutEncoding;
        else if (length > config.maxMessageSize)
            expected = Error::TooLarge;
        else
            require(quint64(rest.size()) < quint64(GrpcFrame::PrefixSize) + length,
                    "a whole message left unread");
    }
    if (expected) {
        require(outcome.error == *expected, "a framing error other than the next prefix calls for");
        require(outcome.errorBytes == rest.first(GrpcFrame::PrefixSize), "error bytes other than the prefix");
    } else if (config.ended && !rest.isEmpty()) {
        require(outcome.error == Error::Truncated && outcome.errorBytes == rest,
                "a stream that ended inside a message not reported truncated with its bytes");
    } else {
        require(outcome.error == Error::None && outcome.errorBytes.isEmpty(),
                "an error the data does not call for");
    }
    if (outcome.error != Error::None)
        checkPrefixFields(outcome.errorBytes);
}

// What a receiving endpoint records: every message decoded as the method's type, and the error.
void checkRecording(const Config& config, const Outcome& outcome)
{
    const GrpcSchema& schema = GrpcSchema::builtIn();
    Timeline timeline(SessionClock::startingNow());
    const GrpcEventLog log(EventRecorder(&timeline, config.requests ? Origin::Server : Origin::Client, 1));
    int sequence = 0;
    for (const GrpcFrame& frame : outcome.frames) {
        QString error;
        const bool valid =
            log.received(1, frame, schema, config.typeName(), config.method.name, ++sequence, &error);
        QString validateError;
        require(valid == schema.validate(config.typeName(), frame.message(), &validateError),
                "received() and validate() disagree on a message");
        require(valid || (!error.isEmpty() && !validateError.isEmpty()),
                "an invalid message without an explanation");
    }
    if (outcome.error != Error::None)
        log.error(1, QStringLiteral("framing"), outcome.errorBytes,
                  GrpcMessageReader::prefixFields(outcome.errorBytes));

    const QList<Event> events = timeline.events();
    require(events.size() == outcome.frames.size() + (outcome.error != Error::None ? 1 : 0),
            "an event missing for a message or the error");
    for (qsizetype i = 0; i < events.size(); ++i) {
        const EventDetail detail = timeline.detail(events[i]);
        const qint64 size =
            i < outcome.frames.size() ? outcome.frames[i].bytes.size() : outcome.errorBytes.size();
        require(detail.bytes.size() == size || qint64(detail.originalSize) == size,
                "an event's bytes are not the message's");
        for (const Field& field : detail.fields) {
            require(!field.name.isEmpty(), "an event field without a name");
            if (field.offset < 0)
                continue;
            require(field.length >= 0 && qint64(field.offset) + field.length <= size,
                    "an event field outside the message's bytes");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const Config config = configFrom(data[0]);
    // An exact-size heap block, so that ASan catches a read past the input.
    const std::vector<char> buffer(data + 1, data + size);
    const QByteArrayView input(buffer.data(), qsizetype(buffer.size()));

    const Outcome whole = read(input, config, 0);
    checkOutcome(input, config, whole);
    require(read(input, config, 1) == whole, "messages differ when fed byte by byte");
    require(read(input, config, GrpcFrame::PrefixSize) == whole, "messages differ when fed in 5-byte chunks");
    require(read(input, config, 7) == whole, "messages differ when fed in 7-byte chunks");
    checkRecording(config, whole);
    return 0;
}

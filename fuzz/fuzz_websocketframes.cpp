// Fuzzes WebSocketFrameDecoder, ProtoViz's own RFC 6455 frame decoder for one direction of a
// connection, and WebSocketEventLog::frameFields(), which locates a frame's fields in its bytes for the
// inspector. Beyond memory safety (ASan, UBSan), every input checks that
//  - the frames are the input, byte for byte and in order; each frame's FIN, RSV, opcode, mask, key,
//    length and header size are those of its header (read here independently), its payload is the
//    unmasked rest, and it obeys RFC 6455: no RSV bits, known opcodes, lengths in the fewest bytes,
//    control frames final and at most 125 bytes, masked exactly when the client sends, Close frames with a
//    valid code and a UTF-8 reason, what follows a Close frame consumed and ignored;
//  - messages follow their final frame at once, are numbered from 1, start with Text or Binary and
//    continue with Continuation frames, carry their frames' payloads, frame count and wire bytes, stay
//    within the size limit, and are valid UTF-8 when text (checked by a reference decoder);
//  - an error comes once, last, with close code 1002, 1007 or 1009 and an explanation; its frame is the
//    next input bytes and its offset lies within them; invalid text fails at exactly the first byte that
//    makes the message's UTF-8 (across fragments) invalid; nothing is consumed after it;
//  - without an error every byte is consumed and what follows the last frame is no whole frame and no
//    header a receiver must already refuse;
//  - frames, messages, error and state are the same whether the input arrives whole, a byte at a time,
//    or in 2-byte and 7-byte chunks, and stopping the decoder in onFrame() of the n-th frame yields the
//    same reports up to that frame and consumes exactly its bytes;
//  - every field frameFields() locates (in frames and in the error's partial frame) lies within the
//    frame's bytes.
//
// Input: byte 0 picks the sender (bit 0: 0 client, frames masked; 1 server, unmasked), the message size
// limit (bits 1-2: 16 MiB, 0, 10, 200 bytes) and the frame to stop after (bits 3-5: 0 never, else the
// n-th); the rest is what the connection carried after the opening handshake.

#include "fuzzcheck.h"

#include "core/websocket/utf8validator.h"
#include "core/websocket/websocketeventlog.h"
#include "core/websocket/websocketframedecoder.h"
#include "core/websocket/websocketframedecoderhandler.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtEndian>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;
using Sender = WebSocketFrameDecoder::Sender;

namespace {

struct Config
{
    Sender sender = Sender::Client;
    qint64 maxMessageSize = WebSocketFrameDecoder::DefaultMaxMessageSize;
    int stopAfter = 0;
};

Config configFrom(quint8 flags)
{
    // The default, and limits that short inputs exceed (0: any data payload at all).
    static constexpr qint64 limits[] = {WebSocketFrameDecoder::DefaultMaxMessageSize, 0, 10, 200};
    return {(flags & 0x1) ? Sender::Server : Sender::Client, limits[(flags >> 1) & 0x3], (flags >> 3) & 0x7};
}

// UTF-8 validity by a reference decoder that assembles code points and rejects overlong forms,
// surrogates and values above U+10FFFF, written apart from Utf8Validator's byte ranges.
// Returns the offset of the first byte no continuation could make valid, or -1.
qsizetype firstInvalidUtf8Byte(QByteArrayView bytes, bool* endsInsideCharacter)
{
    int length = 0;
    int seen = 0;
    quint32 bits = 0;
    quint32 minimum = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = quint8(bytes[i]);
        if (length == 0) {
            if (byte < 0x80)
                continue;
            if ((byte & 0xE0) == 0xC0) {
                length = 2;
                bits = byte & 0x1F;
                minimum = 0x80;
            } else if ((byte & 0xF0) == 0xE0) {
                length = 3;
                bits = byte & 0x0F;
                minimum = 0x800;
            } else if ((byte & 0xF8) == 0xF0) {
                length = 4;
                bits = byte & 0x07;
                minimum = 0x10000;
            } else {
                return i;
            }
            seen = 1;
        } else if ((byte & 0xC0) != 0x80) {
            return i;
        } else {
            bits = (bits << 6) | (byte & 0x3F);
            ++seen;
        }
        const int remaining = 6 * (length - seen);
        const quint32 low = std::max(bits << remaining, minimum);
        const quint32 high =
            std::min<quint32>((bits << remaining) | ((quint32(1) << remaining) - 1), 0x10FFFF);
        if (low > high || (low >= 0xD800 && high <= 0xDFFF))
            return i;
        if (seen == length)
            length = 0;
    }
    if (endsInsideCharacter)
        *endsInsideCharacter = length != 0;
    return -1;
}

bool validUtf8(QByteArrayView bytes)
{
    bool inside = false;
    return firstInvalidUtf8Byte(bytes, &inside) < 0 && !inside;
}

// A frame header read straight from the bytes (RFC 6455 section 5.2).
struct Header
{
    bool fin = false;
    quint8 rsv = 0;
    quint8 opcode = 0;
    bool masked = false;
    int length7 = 0;
    int size = 0;          // header bytes; known once the first two bytes are
    bool complete = false; // all header bytes present
    quint64 payloadLength = 0;
    quint32 maskingKey = 0;

    bool control() const { return opcode >= 0x8; }
};

std::optional<Header> readHeader(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return std::nullopt;
    Header header;
    header.fin = (quint8(bytes[0]) & 0x80) != 0;
    header.rsv = quint8((quint8(bytes[0]) >> 4) & 0x7);
    header.opcode = quint8(bytes[0]) & 0x0f;
    header.masked = (quint8(bytes[1]) & 0x80) != 0;
    header.length7 = quint8(bytes[1]) & 0x7f;
    const int extended = header.length7 == 126 ? 2 : header.length7 == 127 ? 8 : 0;
    header.size = 2 + extended + (header.masked ? 4 : 0);
    header.complete = bytes.size() >= header.size;
    if (!header.complete)
        return header;
    header.payloadLength = quint64(header.length7);
    if (extended > 0) {
        header.payloadLength = 0;
        for (int i = 0; i < extended; ++i)
            header.payloadLength = (header.payloadLength << 8) | quint8(bytes[2 + i]);
    }
    if (header.masked) {
        for (int i = 0; i < 4; ++i)
            header.maskingKey = (header.maskingKey << 8) | quint8(bytes[2 + extended + i]);
    }
    return header;
}

// Why a receiver must refuse a frame that starts with this header, as soon as its first two bytes
// are in; nullptr if nothing in them is wrong. inMessage: a fragmented message is in progress.
const char* headerFault(const Header& header, Sender sender, bool inMessage)
{
    if (header.rsv != 0)
        return "RSV bits without an extension";
    if (!WebSocketFrame::isKnownOpcode(header.opcode))
        return "a reserved opcode";
    if (header.control() && (!header.fin || header.length7 > 125))
        return "a fragmented or long control frame";
    if (header.masked != (sender == Sender::Client))
        return "masking that the sender contradicts";
    if (header.opcode == WebSocketOpcode::Continuation && !inMessage)
        return "a continuation without a message";
    if (!header.control() && header.opcode != WebSocketOpcode::Continuation && inMessage)
        return "a new message inside a fragmented one";
    return nullptr;
}

// RFC 6455 section 5.2: a length is encoded in the fewest bytes that hold it.
bool lengthLongerThanNeeded(const Header& header)
{
    return (header.length7 == 126 && header.payloadLength < 126) ||
           (header.length7 == 127 && header.payloadLength <= 0xffff);
}

bool sameFrame(const WebSocketFrame& a, const WebSocketFrame& b)
{
    return a.fin == b.fin && a.rsv == b.rsv && a.opcode == b.opcode && a.masked == b.masked &&
           a.maskingKey == b.maskingKey && a.payloadLength == b.payloadLength &&
           a.lengthEncoding == b.lengthEncoding && a.headerSize == b.headerSize && a.payload == b.payload &&
           a.wire == b.wire && a.message == b.message;
}

bool sameMessage(const WebSocketMessage& a, const WebSocketMessage& b)
{
    return a.opcode == b.opcode && a.payload == b.payload && a.number == b.number && a.frames == b.frames &&
           a.wireBytes == b.wireBytes;
}

// Everything a decoder reported and ended in.
struct Outcome
{
    QList<WebSocketFrame> frames;
    QList<WebSocketMessage> messages;
    QByteArray order; // 'f' frame, 'm' message, 'e' error, in the order reported
    std::optional<WebSocketProtocolError> error;
    qint64 consumed = 0;
    bool closeReceived = false;
    bool betweenFrames = true;
    bool inMessage = false;

    bool operator==(const Outcome& other) const
    {
        if (order != other.order || consumed != other.consumed || closeReceived != other.closeReceived ||
            betweenFrames != other.betweenFrames || inMessage != other.inMessage ||
            error.has_value() != other.error.has_value())
            return false;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            if (!sameFrame(frames[i], other.frames[i]))
                return false;
        }
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (!sameMessage(messages[i], other.messages[i]))
                return false;
        }
        if (!error)
            return true;
        const WebSocketProtocolError& a = *error;
        const WebSocketProtocolError& b = *other.error;
        return a.closeCode == b.closeCode && a.explanation == b.explanation && a.offset == b.offset &&
               a.frameComplete == b.frameComplete && a.headerComplete == b.headerComplete &&
               sameFrame(a.frame, b.frame);
    }
};

class RecordingHandler final : public WebSocketFrameDecoderHandler
{
public:
    RecordingHandler(Outcome* outcome, int stopAfter)
        : m_outcome(outcome)
        , m_stopAfter(stopAfter)
    {
    }

    void setDecoder(WebSocketFrameDecoder* decoder) { m_decoder = decoder; }

    void onFrame(const WebSocketFrame& frame) override
    {
        require(!m_outcome->error, "a frame reported after an error");
        m_outcome->frames.append(frame);
        m_outcome->order += 'f';
        if (m_stopAfter > 0 && m_outcome->frames.size() == m_stopAfter)
            m_decoder->stop();
    }

    void onMessage(const WebSocketMessage& message) override
    {
        require(!m_outcome->error, "a message reported after an error");
        m_outcome->messages.append(message);
        m_outcome->order += 'm';
    }

    void onError(const WebSocketProtocolError& error) override
    {
        require(!m_outcome->error, "a second error");
        m_outcome->error = error;
        m_outcome->order += 'e';
    }

private:
    Outcome* m_outcome;
    WebSocketFrameDecoder* m_decoder = nullptr;
    int m_stopAfter;
};

// Decodes input fed in chunks of chunkSize bytes (0: all at once).
Outcome decode(QByteArrayView input, const Config& config, qsizetype chunkSize, int stopAfter)
{
    Outcome outcome;
    RecordingHandler handler(&outcome, stopAfter);
    WebSocketFrameDecoder decoder(config.sender, &handler, config.maxMessageSize);
    handler.setDecoder(&decoder);
    bool ended = false;
    for (qsizetype offset = 0; offset < input.size();) {
        const qsizetype size =
            chunkSize == 0 ? input.size() - offset : std::min(chunkSize, input.size() - offset);
        const qsizetype consumed = decoder.feed(input.sliced(offset, size));
        require(!ended || consumed == 0, "bytes consumed after an error or stop()");
        require(consumed <= size, "more consumed than fed");
        ended = ended || consumed < size;
        require(!ended || outcome.error || stopAfter > 0, "bytes left unconsumed without error or stop()");
        offset += size;
    }
    require(decoder.hasError() == outcome.error.has_value(), "hasError() disagrees with onError()");
    outcome.consumed = decoder.consumed();
    outcome.closeReceived = decoder.closeReceived();
    outcome.betweenFrames = decoder.isBetweenFrames();
    outcome.inMessage = decoder.inMessage();
    return outcome;
}

void checkFields(const WebSocketFrame& frame, bool headerComplete)
{
    const QList<Field> fields = WebSocketEventLog::frameFields(frame, headerComplete);
    for (const Field& field : fields) {
        require(!field.name.isEmpty(), "a frame field without a name");
        if (field.offset < 0)
            continue;
        require(field.length >= 0 && qint64(field.offset) + field.length <= frame.wire.size(),
                "a frame field outside the frame's bytes");
    }
}

// The frame's fields against its bytes, read independently: header fields, length, unmasked payload.
void checkFrameBytes(const WebSocketFrame& frame, const Header& header)
{
    require(frame.fin == header.fin && frame.rsv == header.rsv && frame.opcode == header.opcode &&
                frame.masked == header.masked && frame.headerSize == header.size &&
                frame.payloadLength == header.payloadLength &&
                (!frame.masked || frame.maskingKey == header.maskingKey),
            "a frame's fields differ from its header");
    require(frame.firstByte() == quint8(frame.wire[0]), "firstByte() is not the first byte");
    const auto encoding = header.length7 == 126   ? WebSocketLengthEncoding::Bits16
                          : header.length7 == 127 ? WebSocketLengthEncoding::Bits64
                                                  : WebSocketLengthEncoding::Bits7;
    require(frame.lengthEncoding == encoding, "a length encoding other than the header's");
    QByteArray unmasked = frame.wire.sliced(header.size);
    if (frame.masked) {
        char key[4];
        qToBigEndian(header.maskingKey, key);
        for (qsizetype i = 0; i < unmasked.size(); ++i)
            unmasked[i] = char(unmasked[i] ^ key[i % 4]);
    }
    require(frame.payload == unmasked, "a payload that is not the unmasked bytes");
}

// A frame the decoder reported as valid.
void checkFrame(const WebSocketFrame& frame, const Config& config)
{
    const std::optional<Header> header = readHeader(frame.wire);
    require(header && header->complete, "a frame without its whole header");
    require(quint64(frame.wire.size()) == quint64(header->size) + header->payloadLength,
            "a frame's bytes are not its header and payload");
    checkFrameBytes(frame, *header);
    // Whether a message was in progress is checked with the sequence of frames, in checkOutcome().
    require(headerFault(*header, config.sender, frame.opcode == WebSocketOpcode::Continuation) == nullptr,
            "a frame with RSV bits, a reserved opcode, the wrong masking or a fragmented or long control "
            "frame");
    require(!lengthLongerThanNeeded(*header), "a frame whose length is encoded in more bytes than needed");
    require(frame.message == 0 || !frame.isControl(), "a control frame numbered as a message");
    if (frame.opcode == WebSocketOpcode::Close) {
        require(frame.payload.size() != 1, "a Close frame with a 1-byte payload");
        require(frame.payload.size() < 2 || WebSocketFrame::isValidCloseCode(frame.closeCode()),
                "a Close frame with an invalid code");
        require(validUtf8(frame.closeReason()), "a Close reason that is not UTF-8");
    }
    checkFields(frame, true);
    require(!WebSocketEventLog::describeFrame(frame).isEmpty(), "a frame without a description");
}

// The payload of the frame that begins rest, unmasked, as far as it arrived.
QByteArray arrivedPayload(QByteArrayView rest, const Header& header)
{
    QByteArray payload =
        rest.sliced(header.size)
            .first(qsizetype(std::min<quint64>(header.payloadLength, quint64(rest.size() - header.size))))
            .toByteArray();
    if (header.masked) {
        char key[4];
        qToBigEndian(header.maskingKey, key);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload[i] ^ key[i % 4]);
    }
    return payload;
}

// Checks the reports of a decoder that was not stopped against the input and RFC 6455.
void checkOutcome(QByteArrayView input, const Config& config, const Outcome& outcome)
{
    qsizetype offset = 0;
    qsizetype frameIndex = 0;
    qsizetype messageIndex = 0;
    quint32 messageNumber = 0;
    quint8 messageOpcode = 0; // while a fragmented message is in progress
    QByteArray messagePayload;
    int messageFrames = 0;
    quint64 messageWire = 0;
    bool closed = false;
    for (qsizetype i = 0; i < outcome.order.size(); ++i) {
        const char report = outcome.order[i];
        if (report == 'e') {
            require(i == outcome.order.size() - 1, "reports after an error");
            break;
        }
        if (report == 'm') {
            require(i > 0 && outcome.order[i - 1] == 'f' && messageOpcode == 0 && messageFrames > 0,
                    "a message that does not follow its final frame");
            const WebSocketMessage& message = outcome.messages[messageIndex++];
            require(message.number == messageNumber, "a message numbered out of sequence");
            require(message.payload == messagePayload && message.frames == messageFrames &&
                        message.wireBytes == messageWire,
                    "a message that is not its frames' payloads");
            require(message.opcode == WebSocketOpcode::Text || message.opcode == WebSocketOpcode::Binary,
                    "a message that is neither text nor binary");
            require(!message.isText() || validUtf8(message.payload), "a text message that is not UTF-8");
            require(message.payload.size() <= config.maxMessageSize, "a message over the size limit");
            messageFrames = 0;
            continue;
        }
        const WebSocketFrame& frame = outcome.frames[frameIndex++];
        require(!closed, "a frame after the Close frame");
        require(input.sliced(offset).startsWith(frame.wire), "a frame's bytes are not the next input bytes");
        offset += frame.wire.size();
        checkFrame(frame, config);
        closed = frame.opcode == WebSocketOpcode::Close;
        if (frame.isControl())
            continue;
        if (messageOpcode == 0) {
            require(frame.opcode != WebSocketOpcode::Continuation, "a continuation frame without a message");
            ++messageNumber;
            messageOpcode = frame.opcode;
            messagePayload.clear();
            messageFrames = 0;
            messageWire = 0;
        } else {
            require(frame.opcode == WebSocketOpcode::Continuation, "a new message inside a fragmented one");
        }
        require(frame.message == messageNumber, "a data frame numbered as another message");
        messagePayload += frame.payload;
        ++messageFrames;
        messageWire += quint64(frame.wire.size());
        const bool text = messageOpcode == WebSocketOpcode::Text;
        bool inside = false;
        require(!text || firstInvalidUtf8Byte(messagePayload, &inside) < 0,
                "a text frame whose message so far is not UTF-8");
        require(!text || !frame.fin || !inside, "a text message that ends inside a character");
        if (frame.fin) {
            require(i + 1 < outcome.order.size() && outcome.order[i + 1] == 'm',
                    "a final frame not followed by its message");
            messageOpcode = 0;
        }
    }
    require(frameIndex == outcome.frames.size() && messageIndex == outcome.messages.size(),
            "reports and their order disagree");
    require(outcome.closeReceived == closed, "closeReceived() disagrees with the frames");

    const QByteArrayView rest = input.sliced(offset);
    if (closed) {
        // RFC 6455 sections 5.5.1 and 7.1.1: what follows a Close frame is consumed and ignored.
        require(!outcome.error, "an error after the Close frame");
        require(outcome.consumed == input.size(), "bytes after the Close frame left unconsumed");
        require(outcome.betweenFrames, "a frame begun after the Close frame");
        require(outcome.inMessage == (messageOpcode != 0), "inMessage() disagrees with the frames");
        return;
    }
    if (!outcome.error) {
        const std::optional<Header> header = readHeader(rest);
        // A message begins with its first frame's header, before FIN says whether more frames follow.
        const bool beginning = header && header->complete && !header->control() &&
                               header->opcode != WebSocketOpcode::Continuation;
        require(outcome.inMessage == (messageOpcode != 0 || beginning),
                "inMessage() disagrees with the frames");
        require(outcome.consumed == input.size(), "input left unconsumed without an error");
        require(outcome.betweenFrames == rest.isEmpty(), "isBetweenFrames() disagrees with the bytes left");
        if (!header)
            return;
        // What a receiver refuses as soon as it has arrived must have been refused.
        require(headerFault(*header, config.sender, messageOpcode != 0) == nullptr,
                "a header a receiver must refuse was not refused");
        if (!header->complete)
            return;
        const bool continuation = header->opcode == WebSocketOpcode::Continuation;
        require((header->payloadLength >> 63) == 0, "a 64-bit length with its top bit set was not refused");
        require(!lengthLongerThanNeeded(*header), "a length in more bytes than needed was not refused");
        require((continuation ? quint64(messagePayload.size()) : 0) + header->payloadLength <=
                    quint64(config.maxMessageSize),
                "a message over the size limit was not refused");
        require(quint64(rest.size()) < quint64(header->size) + header->payloadLength,
                "a whole frame left undecoded");
        const bool text = header->opcode == WebSocketOpcode::Text ||
                          (continuation && messageOpcode == WebSocketOpcode::Text);
        const QByteArray soFar =
            (continuation ? messagePayload : QByteArray()) + arrivedPayload(rest, *header);
        require(!text || firstInvalidUtf8Byte(soFar, nullptr) < 0, "invalid text was not refused at once");
        return;
    }

    const WebSocketProtocolError& error = *outcome.error;
    require(error.closeCode == WebSocketCloseCode::ProtocolError ||
                error.closeCode == WebSocketCloseCode::InvalidPayload ||
                error.closeCode == WebSocketCloseCode::MessageTooBig,
            "an error with a close code other than 1002, 1007 or 1009");
    require(!error.explanation.isEmpty(), "an error without an explanation");
    const WebSocketFrame& frame = error.frame;
    require(rest.startsWith(frame.wire), "an error's frame is not the next input bytes");
    require(error.offset >= offset && error.offset <= offset + frame.wire.size(),
            "an error offset outside the error's frame");
    require(!frame.wire.isEmpty(), "an error without a frame");
    require(outcome.consumed >= offset + frame.wire.size() - 1 &&
                outcome.consumed <= offset + frame.wire.size(),
            "consumed bytes other than what arrived of the error's frame");
    const std::optional<Header> header = readHeader(frame.wire);
    require(header.has_value(), "an error's frame shorter than two bytes");
    require(!error.headerComplete || header->complete, "headerComplete without the whole header");
    require(!error.frameComplete || error.headerComplete, "a complete frame without its whole header");
    if (error.headerComplete)
        checkFrameBytes(frame, *header);
    checkFields(frame, error.headerComplete);

    const bool continuation = header->opcode == WebSocketOpcode::Continuation;
    if (headerFault(*header, config.sender, messageOpcode != 0)) {
        require(error.closeCode == WebSocketCloseCode::ProtocolError && frame.wire.size() == 2,
                "a fault of the first two bytes refused late or with the wrong code");
        return;
    }
    require(error.headerComplete, "an error before the header was complete, but no fault in it");
    if ((header->payloadLength >> 63) != 0) {
        require(error.closeCode == WebSocketCloseCode::ProtocolError && frame.wire.size() == header->size,
                "a 64-bit length with its top bit set refused late or with the wrong code");
        return;
    }
    if (lengthLongerThanNeeded(*header)) {
        require(error.closeCode == WebSocketCloseCode::ProtocolError && frame.wire.size() == header->size,
                "a length in more bytes than needed refused late or with the wrong code");
        return;
    }
    const quint64 messageSoFar = continuation ? quint64(messagePayload.size()) : 0;
    if (messageSoFar + header->payloadLength > quint64(config.maxMessageSize)) {
        require(error.closeCode == WebSocketCloseCode::MessageTooBig && frame.wire.size() == header->size,
                "a message over the size limit refused late or with the wrong code");
        return;
    }
    require(error.closeCode != WebSocketCloseCode::MessageTooBig, "1009 for a message within the limit");
    const bool text =
        header->opcode == WebSocketOpcode::Text || (continuation && messageOpcode == WebSocketOpcode::Text);
    const QByteArray soFar = (continuation ? messagePayload : QByteArray()) + frame.payload;
    if (text && !error.frameComplete) {
        // Refused at the offending byte: the message so far, with what arrived of this frame, turns
        // invalid at exactly its last byte.
        require(error.closeCode == WebSocketCloseCode::InvalidPayload &&
                    firstInvalidUtf8Byte(soFar, nullptr) == soFar.size() - 1,
                "invalid text refused at a byte other than the first invalid one");
        require(error.offset == offset + frame.wire.size() - 1 && outcome.consumed == error.offset,
                "invalid text refused at an offset other than the offending byte's");
        return;
    }
    require(error.frameComplete &&
                quint64(frame.wire.size()) == quint64(header->size) + header->payloadLength,
            "an error in a frame's payload, but not invalid text");
    if (header->opcode == WebSocketOpcode::Close) {
        const bool badCode =
            frame.payload.size() == 1 ||
            (frame.payload.size() >= 2 && !WebSocketFrame::isValidCloseCode(frame.closeCode()));
        require(badCode ? error.closeCode == WebSocketCloseCode::ProtocolError
                        : error.closeCode == WebSocketCloseCode::InvalidPayload &&
                              !validUtf8(frame.closeReason()),
                "a Close frame refused for something other than its code or reason");
        return;
    }
    bool inside = false;
    require(text && header->fin && error.closeCode == WebSocketCloseCode::InvalidPayload &&
                firstInvalidUtf8Byte(soFar, &inside) < 0 && inside,
            "a complete frame refused, but it breaks no rule");
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

    const Outcome whole = decode(input, config, 0, 0);
    checkOutcome(input, config, whole);
    require(decode(input, config, 1, 0) == whole, "reports differ when fed byte by byte");
    require(decode(input, config, 2, 0) == whole, "reports differ when fed in 2-byte chunks");
    require(decode(input, config, 7, 0) == whole, "reports differ when fed in 7-byte chunks");

    if (config.stopAfter == 0)
        return 0;
    for (const qsizetype chunkSize : {qsizetype(0), qsizetype(1)}) {
        const Outcome stopped = decode(input, config, chunkSize, config.stopAfter);
        if (whole.frames.size() < config.stopAfter) {
            require(stopped == whole, "stop() in a later frame changed the reports");
            continue;
        }
        // Up to and including the n-th frame's report, and nothing after it.
        qsizetype end = 0;
        for (int frames = 0; frames < config.stopAfter; ++end)
            frames += whole.order[end] == 'f' ? 1 : 0;
        require(stopped.order == whole.order.first(end), "stop() did not end the reports at its frame");
        qint64 wire = 0;
        for (int i = 0; i < config.stopAfter; ++i) {
            require(sameFrame(stopped.frames[i], whole.frames[i]), "a frame differs before stop()");
            wire += whole.frames[i].wire.size();
        }
        require(stopped.consumed == wire, "stop() consumed other than the frames reported");
    }
    return 0;
}

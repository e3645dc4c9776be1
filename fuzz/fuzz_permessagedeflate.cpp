// Fuzzes permessage-deflate (RFC 7692): the negotiation parsers (PerMessageDeflate::accept() on a
// client's offer, checkResponse() on a server's answer), the bounded MessageInflater, and
// WebSocketFrameDecoder with an inflater, all fed untrusted bytes. Beyond memory safety (ASan, UBSan),
// every input checks that
//  - an offer the server accepts yields a response whose windows are 9 to 15 and which the client's own
//    check accepts, agreeing on the server's window;
//  - the inflater never appends more than its limit, whatever the compressed bytes announce, and after
//    Corrupt or TooBig nothing it produced exceeds the limit either;
//  - what MessageDeflater compresses inflates back to the same bytes, with and without context takeover;
//  - the decoder's compressed messages are within the size limit, valid UTF-8 when text, and the same
//    whether the input arrives whole or a byte at a time; errors come once, with 1002, 1007 or 1009.
//
// Input: byte 0 picks the part (bits 0-1: offer, response, inflater, decoder) and for the decoder and
// inflater the size limit (bit 2: 16 MiB or 300 bytes) and context takeover (bit 3: kept or reset); the
// rest is the header value, the compressed bytes, or what a server sent after the handshake.

#include "fuzzcheck.h"

#include "core/websocket/messagedeflater.h"
#include "core/websocket/messageinflater.h"
#include "core/websocket/permessagedeflate.h"
#include "core/websocket/utf8validator.h"
#include "core/websocket/websocketframedecoder.h"
#include "core/websocket/websocketframedecoderhandler.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

HeaderList fieldWith(const QByteArray& value)
{
    return {{QByteArrayLiteral("Sec-WebSocket-Extensions"), value}};
}

void fuzzOffer(const QByteArray& value)
{
    const auto agreement = PerMessageDeflate::accept(fieldWith(value), PerMessageDeflate::Parameters());
    if (!agreement)
        return;
    const PerMessageDeflate::Parameters& agreed = agreement->parameters;
    require(agreed.serverMaxWindowBits >= 9 && agreed.serverMaxWindowBits <= 15, "server window 9-15");
    require(agreed.clientMaxWindowBits >= 8 && agreed.clientMaxWindowBits <= 15, "client window 8-15");
    PerMessageDeflate::Parameters wanted;
    wanted.serverNoContextTakeover = agreed.serverNoContextTakeover;
    QString fault;
    const auto checked = PerMessageDeflate::checkResponse(fieldWith(agreement->response), wanted, &fault);
    require(checked.has_value() && fault.isEmpty(), "the client accepts the server's response");
    require(checked->serverMaxWindowBits == agreed.serverMaxWindowBits, "both agree on the server window");
}

void fuzzResponse(const QByteArray& value)
{
    QString fault;
    const auto checked =
        PerMessageDeflate::checkResponse(fieldWith(value), PerMessageDeflate::Parameters(), &fault);
    require(!(checked && !fault.isEmpty()), "an agreement comes without a fault");
    if (checked)
        require(checked->serverMaxWindowBits >= 8 && checked->clientMaxWindowBits <= 15, "windows 8-15");
}

void fuzzInflater(const QByteArray& compressed, qint64 limit, bool reset)
{
    MessageInflater inflater(15, reset);
    QByteArray message;
    MessageInflater::Result result = inflater.inflate(compressed, &message, limit);
    require(message.size() <= limit, "inflate stays within the limit");
    if (result == MessageInflater::Result::Ok)
        result = inflater.finish(&message, limit);
    require(message.size() <= limit, "finish stays within the limit");

    // Round trip: the input as a message, twice (the second uses the first's window unless reset).
    MessageDeflater deflater(15, reset);
    MessageInflater back(15, reset);
    for (int round = 0; round < 2; ++round) {
        QByteArray inflated;
        require(back.inflate(deflater.compress(compressed), &inflated, compressed.size()) ==
                    MessageInflater::Result::Ok,
                "deflated bytes inflate");
        require(back.finish(&inflated, compressed.size()) == MessageInflater::Result::Ok,
                "the tail inflates");
        require(inflated == compressed, "the round trip gives the message back");
    }
}

struct Collector final : WebSocketFrameDecoderHandler
{
    QList<WebSocketMessage> messages;
    QList<quint16> errors;
    int frames = 0;

    void onFrame(const WebSocketFrame&) override { ++frames; }
    void onMessage(const WebSocketMessage& message) override { messages.append(message); }
    void onError(const WebSocketProtocolError& error) override { errors.append(error.closeCode); }
};

void fuzzDecoder(const QByteArray& wire, qint64 limit, bool reset)
{
    Collector whole;
    MessageInflater wholeInflater(15, reset);
    WebSocketFrameDecoder wholeDecoder(WebSocketFrameDecoder::Sender::Server, &whole, limit);
    wholeDecoder.setInflater(&wholeInflater);
    wholeDecoder.feed(wire);

    Collector bytes;
    MessageInflater bytesInflater(15, reset);
    WebSocketFrameDecoder bytesDecoder(WebSocketFrameDecoder::Sender::Server, &bytes, limit);
    bytesDecoder.setInflater(&bytesInflater);
    for (qsizetype i = 0; i < wire.size(); ++i)
        bytesDecoder.feed(wire.sliced(i, 1));

    require(whole.errors.size() <= 1, "at most one error");
    for (const quint16 code : std::as_const(whole.errors))
        require(code == 1002 || code == 1007 || code == 1009, "errors are 1002, 1007 or 1009");
    require(whole.errors == bytes.errors, "same errors whole and byte by byte");
    require(whole.frames == bytes.frames, "same frames whole and byte by byte");
    require(whole.messages.size() == bytes.messages.size(), "same messages whole and byte by byte");
    for (qsizetype i = 0; i < whole.messages.size(); ++i) {
        const WebSocketMessage& message = whole.messages[i];
        require(message.payload == bytes.messages[i].payload, "same payload whole and byte by byte");
        require(message.compressed == bytes.messages[i].compressed,
                "same compression whole and byte by byte");
        require(message.payload.size() <= limit, "messages stay within the limit");
        if (message.isText())
            require(Utf8Validator::isValid(message.payload), "text is UTF-8");
        if (!message.compressed)
            require(message.compressedBytes == 0, "plain messages have no compressed size");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const quint8 flags = data[0];
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qint64 limit = (flags & 0x4) ? 300 : WebSocketFrameDecoder::DefaultMaxMessageSize;
    const bool reset = (flags & 0x8) != 0;
    switch (flags & 0x3) {
    case 0:
        fuzzOffer(rest);
        break;
    case 1:
        fuzzResponse(rest);
        break;
    case 2:
        fuzzInflater(rest, limit, reset);
        break;
    default:
        fuzzDecoder(rest, limit, reset);
        break;
    }
    return 0;
}

// Fuzzes Http1Parser, which reads what HTTP/1.1 peers send: requests on the server side, responses on
// the client side. Beyond memory safety (ASan, UBSan), every input checks that
//  - callbacks follow begin -> head -> body* -> complete, with at most one error, and nothing after it;
//  - every byte reported (head.raw, body wire) is the next stretch of the input, and between messages
//    nothing consumed went unreported (bar the empty lines before a request): views show real bytes;
//  - a body piece's payload is no larger than its wire bytes, and is the wire bytes unless chunked;
//  - onMessageComplete's payload count is what the body pieces added up to (Content-Length when the
//    message is length-delimited), within the body limit;
//  - every error has a status and an explanation, and its offset is where the parser stopped;
//  - the input fed whole, a byte at a time and in 7-byte chunks yields identical reports, and so does
//    stopping the parser after every message and resuming it with the bytes it left (as a server
//    connection does around an upgrade request).
//
// Input: byte 0 picks responses (bit 0), tiny limits (bit 1) and an end of connection after the bytes
// (bit 2); byte 1 picks the methods of the four requests a response parser answers (2 bits each); the
// rest is what the connection carried.

#include "fuzzcheck.h"

#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

struct Config
{
    Http1Parser::Mode mode = Http1Parser::Mode::Request;
    Http1Parser::Limits limits;
    bool endOfConnection = false;
    QList<QByteArray> expectedMethods;
};

Config configFrom(quint8 flags, quint8 methods)
{
    Config config;
    config.mode = (flags & 0x1) ? Http1Parser::Mode::Response : Http1Parser::Mode::Request;
    if (flags & 0x2) {
        // Small enough that short inputs reach every limit.
        config.limits.maxStartLine = 40;
        config.limits.maxHeadSize = 200;
        config.limits.maxFields = 3;
        config.limits.maxBodySize = 50;
        config.limits.maxChunkLine = 12;
    }
    config.endOfConnection = (flags & 0x4) != 0;
    static const char* const names[] = {"GET", "HEAD", "CONNECT", "POST"};
    for (int i = 0; i < 4; ++i)
        config.expectedMethods.append(QByteArray(names[(methods >> (2 * i)) & 0x3]));
    return config;
}

// Checks each callback against the input and the parser's contract, and writes down what was reported
// in a form that does not depend on how the input was cut into feeds.
class CheckingHandler final : public Http1ParserHandler
{
public:
    CheckingHandler(QByteArrayView input, const Config& config)
        : m_input(input)
        , m_config(config)
    {
    }

    // Calls parser->stop() after every message.
    void stopAfterMessages(Http1Parser* parser) { m_stopping = parser; }
    // Whether the handler stopped the parser since the last call.
    bool takeStop() { return std::exchange(m_stopped, false); }

    const QByteArray& log() const { return m_log; }
    qsizetype reportedBytes() const { return m_cursor; }

    // A summary of the message in progress when the input ran out.
    QByteArray partialMessage() const
    {
        return QByteArray::number(int(m_phase)) + '/' + m_payload + '/' + QByteArray::number(m_wireBytes);
    }

    void onMessageBegin() override
    {
        require(m_phase == Phase::BetweenMessages, "onMessageBegin inside a message or after an error");
        m_phase = Phase::Head;
        m_log += "begin;";
    }

    void onHead(const Http1MessageHead& head) override
    {
        require(m_phase == Phase::Head, "onHead without onMessageBegin");
        require(head.request == (m_config.mode == Http1Parser::Mode::Request), "head of the wrong kind");
        require(head.raw.endsWith("\r\n\r\n"), "head.raw does not end with an empty line");
        require(head.raw.size() <= m_config.limits.maxHeadSize, "head larger than the limit");
        require(head.framing != Http1BodyFraming::Length || head.contentLength >= 0,
                "length framing without a length");
        require(head.framing != Http1BodyFraming::UntilClose || !head.keepAlive,
                "a body delimited by the close on a connection that stays open");
        if (m_config.mode == Http1Parser::Mode::Request) {
            // RFC 9112 section 2.2: empty lines before a request belong to no message.
            while (m_input.sliced(m_cursor).startsWith("\r\n"))
                m_cursor += 2;
        }
        consumeReported(head.raw, "head.raw is not the next stretch of the input");
        m_phase = Phase::Body;
        m_framing = head.framing;
        m_contentLength = head.contentLength;
        m_log += "head:" + head.raw + QByteArray::number(int(head.framing)) + ',' +
                 QByteArray::number(head.keepAlive) + ',' + QByteArray::number(head.contentLength) + ';';
    }

    void onBody(QByteArrayView wire, QByteArrayView payload) override
    {
        require(m_phase == Phase::Body, "onBody outside a message body");
        require(m_framing != Http1BodyFraming::None, "onBody for a message without a body");
        require(!wire.isEmpty(), "onBody with no wire bytes");
        require(payload.size() <= wire.size(), "onBody payload larger than its wire bytes");
        require(m_framing == Http1BodyFraming::Chunked || payload == wire,
                "onBody payload differs from the wire bytes of an unchunked body");
        consumeReported(wire, "body wire bytes are not the next stretch of the input");
        m_payload += payload;
        m_wireBytes += wire.size();
        require(m_payload.size() <= m_config.limits.maxBodySize, "body larger than the limit");
    }

    void onMessageComplete(qint64 payloadBytes, const HeaderList& trailers) override
    {
        require(m_phase == Phase::Body, "onMessageComplete without onHead");
        require(payloadBytes == m_payload.size(), "onMessageComplete payload count differs from the bodies");
        require(m_framing != Http1BodyFraming::Length || payloadBytes == m_contentLength,
                "length-delimited message completed with a different length");
        require(m_framing == Http1BodyFraming::Chunked || trailers.isEmpty(), "trailers without chunking");
        require(m_framing != Http1BodyFraming::Chunked || payloadBytes < m_wireBytes,
                "chunked body without framing bytes");
        m_log += "complete:" + m_payload + ',' + QByteArray::number(m_wireBytes);
        for (const auto& [name, value] : trailers)
            m_log += ',' + name + ':' + value;
        m_log += ';';
        m_phase = Phase::BetweenMessages;
        m_payload.clear();
        m_wireBytes = 0;
        if (m_stopping) {
            m_stopping->stop();
            m_stopped = true;
        }
    }

    void onError(const Http1ParseError& error) override
    {
        require(m_phase != Phase::Failed, "a second onError");
        require(error.isError(), "onError without an error code");
        require(error.status >= 400 && error.status <= 599, "an error without a 4xx or 5xx status");
        require(!error.explanation.isEmpty(), "an error without an explanation");
        require(error.offset >= m_cursor && error.offset <= m_input.size(),
                "an error offset before the reported bytes or past the input");
        m_phase = Phase::Failed;
        m_log += "error:" + QByteArray::number(int(error.code)) + ',' + QByteArray::number(error.status) +
                 ',' + QByteArray::number(error.offset) + ';';
    }

private:
    enum class Phase { BetweenMessages, Head, Body, Failed };

    void consumeReported(QByteArrayView bytes, const char* invariant)
    {
        require(m_input.sliced(m_cursor).startsWith(bytes), invariant);
        m_cursor += bytes.size();
    }

    const QByteArrayView m_input;
    const Config& m_config;
    QByteArray m_log;
    qsizetype m_cursor = 0; // input bytes accounted for by heads and body pieces so far
    Phase m_phase = Phase::BetweenMessages;
    Http1BodyFraming m_framing = Http1BodyFraming::None;
    qint64 m_contentLength = -1;
    QByteArray m_payload;
    qsizetype m_wireBytes = 0;
    Http1Parser* m_stopping = nullptr;
    bool m_stopped = false;
};

// Parses input in feeds of chunkSize bytes (0: all at once) and returns what was reported.
QByteArray parse(QByteArrayView input, const Config& config, qsizetype chunkSize,
                 bool stopAfterMessages = false)
{
    CheckingHandler handler(input, config);
    Http1Parser parser(config.mode, &handler, config.limits);
    if (stopAfterMessages)
        handler.stopAfterMessages(&parser);
    for (const QByteArray& method : config.expectedMethods)
        parser.expectResponseTo(method);

    qsizetype offset = 0;
    while (offset < input.size()) {
        const qsizetype size =
            chunkSize == 0 ? input.size() - offset : std::min(chunkSize, input.size() - offset);
        // An exact-size heap copy of each feed, so that ASan catches a read past the view.
        const std::vector<char> feed(input.begin() + offset, input.begin() + offset + size);
        const qsizetype consumed = parser.feed(QByteArrayView(feed.data(), size));
        require(consumed >= 0 && consumed <= size, "feed() consumed more than it was given");
        offset += consumed;
        if (consumed < size) {
            // Feed what the stopped parser left, as a connection does once it has dealt with the message.
            if (!handler.takeStop())
                break;
            parser.resume();
            if (parser.isStopped())
                break;
        }
    }
    require(parser.consumed() == offset, "consumed() disagrees with what feed() returned");
    require(offset == input.size() || parser.isStopped(), "feed() left bytes over without stopping");
    if (handler.takeStop())
        parser.resume(); // so that the end of the connection reaches the parser
    if (config.endOfConnection)
        parser.finish();

    if (parser.hasError()) {
        require(parser.error().offset == parser.consumed(), "the error offset is not where parsing stopped");
    } else if (parser.isBetweenMessages()) {
        // Only the empty lines a request may be preceded by go unreported.
        const QByteArrayView unreported =
            input.sliced(handler.reportedBytes(), offset - handler.reportedBytes());
        const bool emptyLines = config.mode == Http1Parser::Mode::Request && unreported.size() % 2 == 0 &&
                                unreported == QByteArray("\r\n").repeated(unreported.size() / 2);
        require(unreported.isEmpty() || emptyLines, "consumed bytes that no callback reported");
    }
    require(handler.reportedBytes() <= parser.consumed(), "reported bytes the parser did not consume");

    return handler.log() + "|consumed:" + QByteArray::number(parser.consumed()) +
           ",upgraded:" + QByteArray::number(parser.isUpgraded()) + ",partial:" + handler.partialMessage();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const Config config = configFrom(data[0], data[1]);
    const QByteArrayView input(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);

    const QByteArray whole = parse(input, config, 0);
    require(parse(input, config, 1) == whole,
            "feeding byte by byte reports differently than feeding at once");
    require(parse(input, config, 7) == whole,
            "feeding 7-byte chunks reports differently than feeding at once");
    require(parse(input, config, 7, true) == whole,
            "stopping and resuming after messages changes the reports");
    return 0;
}

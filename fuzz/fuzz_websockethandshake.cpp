// Fuzzes the WebSocket opening handshake as both ends read it from the network (RFC 6455 section 4):
// a server's WebSocketHandshake::check() of an upgrade request that Http1Parser read, and a client's
// recording of the server's answer (WebSocketEventLog::upgradeResponse(), Http1EventLog::head(), as
// WebSocketTap does with the raw head). Beyond memory safety (ASan, UBSan), every input checks that
//  - check() agrees with a reference written here: 426 with the upgrade fields when "Upgrade:
//    websocket" is missing; 400 for another method, no "Connection: Upgrade" or no version; 426 with
//    "Sec-WebSocket-Version: 13" for another version; 400 for no key, several keys, or a key that is
//    not 22 base64 digits; 101 for every request that does it all by the book (a key of 16 bytes in
//    canonical base64). An explanation comes exactly with a refusal;
//  - hasToken() agrees with a reference list-field tokenizer;
//  - the 101 response's fields carry the accept value, which is base64 of 20 bytes, and accept() gives
//    RFC 6455's own example;
//  - every field the events of the request and of the response locate lies within the event's bytes.
//
// Input: what a client sent (an upgrade request) followed by what the server answered. Without a whole
// request, all of it is taken as the answer to RFC 6455's example key.

#include "fuzzcheck.h"

#include "core/http1/http1eventlog.h"
#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"
#include "core/http1/http1writer.h"
#include "core/timeline/eventrecorder.h"
#include "core/timeline/sessionclock.h"
#include "core/timeline/timeline.h"
#include "core/websocket/websocketeventlog.h"
#include "core/websocket/websockethandshake.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

constexpr QByteArrayView ExampleKey = "dGhlIHNhbXBsZSBub25jZQ==";
constexpr QByteArrayView ExampleAccept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

bool asciiEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// Without the optional whitespace (SP, HTAB) around it.
QByteArrayView withoutOws(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
        value = value.sliced(1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        value.chop(1);
    return value;
}

// Whether a comma-separated list field called name holds token (RFC 9110 section 5.6.1).
bool referenceHasToken(const HeaderList& headers, QByteArrayView name, QByteArrayView token)
{
    for (const auto& [fieldName, value] : headers) {
        if (!asciiEqual(fieldName, name))
            continue;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            if (i < value.size() && value[i] != ',')
                continue;
            if (asciiEqual(withoutOws(QByteArrayView(value).sliced(start, i - start)), token))
                return true;
            start = i + 1;
        }
    }
    return false;
}

QList<QByteArray> fieldValues(const HeaderList& headers, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const auto& [fieldName, value] : headers) {
        if (asciiEqual(fieldName, name))
            values.append(value);
    }
    return values;
}

bool isBase64Digit(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

enum class KeyForm { Canonical, Unclear, Invalid };

// RFC 6455 asks for 16 bytes in base64: 22 digits, the last of which carries 2 bits (so it is A, Q, g
// or w), then "==". Decoders may differ on missing padding or stray low bits; nothing else may pass.
KeyForm keyForm(QByteArrayView key)
{
    QByteArrayView digits = key;
    while (digits.endsWith('='))
        digits.chop(1);
    for (const char c : digits) {
        if (!isBase64Digit(c))
            return KeyForm::Invalid;
    }
    if (digits.size() != 22 || key.size() - digits.size() > 2)
        return KeyForm::Invalid;
    const bool canonical = key.size() == 24 && QByteArrayView("AQgw").contains(digits.back());
    return canonical ? KeyForm::Canonical : KeyForm::Unclear;
}

bool hasField(const HeaderList& headers, QByteArrayView name, QByteArrayView value)
{
    for (const auto& [fieldName, fieldValue] : headers) {
        if (asciiEqual(fieldName, name) && asciiEqual(fieldValue, value))
            return true;
    }
    return false;
}

void checkVerdict(const HttpRequest& request)
{
    const WebSocketHandshake::Verdict verdict = WebSocketHandshake::check(request);
    require(verdict.accepted() == verdict.explanation.isEmpty(),
            "an explanation without a refusal, or the reverse");
    const HeaderList& fields = request.headers;
    const bool upgrade = referenceHasToken(fields, "upgrade", "websocket");
    const bool connection = referenceHasToken(fields, "connection", "upgrade");
    require(WebSocketHandshake::hasToken(fields, "upgrade", "websocket") == upgrade &&
                WebSocketHandshake::hasToken(fields, "connection", "upgrade") == connection,
            "hasToken() disagrees with the reference tokenizer");
    if (!upgrade) {
        require(verdict.status == 426 && hasField(verdict.headers, "upgrade", "websocket") &&
                    hasField(verdict.headers, "sec-websocket-version", "13"),
                "a request without \"Upgrade: websocket\" not answered 426 with the upgrade fields");
        return;
    }
    if (request.method != "GET" || !connection) {
        require(verdict.status == 400,
                "a non-GET upgrade, or one without \"Connection: Upgrade\", not refused 400");
        return;
    }
    const QList<QByteArray> versions = fieldValues(fields, "sec-websocket-version");
    if (versions.isEmpty()) {
        require(verdict.status == 400, "an upgrade without a version not refused 400");
        return;
    }
    if (withoutOws(versions.constFirst()) != "13") {
        require(verdict.status == 426 && hasField(verdict.headers, "sec-websocket-version", "13"),
                "an upgrade to another version not answered 426 with version 13");
        return;
    }
    const QList<QByteArray> keys = fieldValues(fields, "sec-websocket-key");
    if (keys.size() != 1) {
        require(verdict.status == 400, "an upgrade with no key, or several, not refused 400");
        return;
    }
    const QByteArrayView key = withoutOws(keys.constFirst());
    switch (keyForm(key)) {
    case KeyForm::Canonical:
        require(verdict.status == 101, "a by-the-book upgrade request refused");
        break;
    case KeyForm::Invalid:
        require(verdict.status == 400, "a key that is not 16 bytes in base64 accepted");
        break;
    case KeyForm::Unclear:
        require(verdict.status == 101 || verdict.status == 400, "a key answered other than 101 or 400");
        break;
    }
    if (!verdict.accepted())
        return;
    const QByteArray accept = WebSocketHandshake::accept(key);
    require(accept.size() == 28 && QByteArray::fromBase64(accept).size() == 20,
            "an accept value that is not base64 of a SHA-1 digest");
    const HeaderList switching = WebSocketHandshake::switchingHeaders(key);
    require(hasField(switching, "upgrade", "websocket") && hasField(switching, "connection", "upgrade") &&
                hasField(switching, "sec-websocket-accept", accept),
            "a 101 response without the upgrade fields or the accept value");
}

// Every field of every event that maps to bytes lies within them (or within what they were before
// the timeline cut them short).
void checkRecorded(const Timeline& timeline)
{
    for (const Event& event : timeline.events()) {
        const EventDetail detail = timeline.detail(event);
        const qint64 size = std::max<qint64>(detail.bytes.size(), detail.originalSize);
        for (const Field& field : detail.fields) {
            if (field.offset < 0)
                continue;
            require(field.length >= 0 && qint64(field.offset) + field.length <= size,
                    "an event field outside the event's bytes");
        }
    }
}

// Reads the first request as a server does: stops after it, so what follows is the answer.
class RequestReader final : public Http1ParserHandler
{
public:
    void setParser(Http1Parser* parser) { m_parser = parser; }

    std::optional<Http1MessageHead> head;
    bool complete = false;

    void onHead(const Http1MessageHead& messageHead) override { head = messageHead; }
    void onBody(QByteArrayView, QByteArrayView) override {}
    void onMessageComplete(qint64, const HeaderList&) override
    {
        complete = true;
        m_parser->stop();
    }
    void onError(const Http1ParseError&) override {}

private:
    Http1Parser* m_parser = nullptr;
};

HttpRequest requestFrom(const Http1MessageHead& head)
{
    // As Http1ServerConnection hands requests to the server (origin-form targets: absolute forms only
    // move the authority, which the handshake does not read).
    HttpRequest request;
    request.method = head.method;
    request.path = head.target;
    request.headers = head.headers;
    request.authority = headerValue(head.headers, "host");
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool exampleHolds = WebSocketHandshake::accept(ExampleKey) == ExampleAccept;
    require(exampleHolds, "accept() does not give RFC 6455's example");

    // An exact-size heap block, so that ASan catches a read past the input.
    const std::vector<char> buffer(data, data + size);
    const QByteArrayView input(buffer.data(), qsizetype(buffer.size()));

    Timeline timeline(SessionClock::startingNow());
    QByteArray key = ExampleKey.toByteArray();
    QByteArrayView answer = input;
    {
        RequestReader reader;
        Http1Parser parser(Http1Parser::Mode::Request, &reader);
        reader.setParser(&parser);
        const qsizetype consumed = parser.feed(input);
        if (reader.head && reader.complete) {
            const HttpRequest request = requestFrom(*reader.head);
            checkVerdict(request);
            // What WebSocketServer records of a request it takes over.
            const WebSocketEventLog server(EventRecorder(&timeline, Origin::Server, 1));
            server.upgradeRequest(false, 1,
                                  Http1Writer::requestHead(request.method, request.path, request.headers));
            key = headerValue(request.headers, "sec-websocket-key").trimmed();
            answer = input.sliced(consumed);
        }
    }

    // What WebSocketTap records of the server's answer: the raw head up to the first empty line.
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end >= 0) {
        const QByteArray head = answer.first(end + 4).toByteArray();
        const EventRecorder client(&timeline, Origin::Client, 1);
        Http1EventLog(client).head(false, 1, head);
        // Whatever its status line says: the tap reads the status itself, and 101 and a refusal are
        // recorded differently.
        WebSocketEventLog(client).upgradeResponse(false, 1, head, 101, key);
        WebSocketEventLog(client).upgradeResponse(false, 1, head, 426, key);
    }
    checkRecorded(timeline);
    return 0;
}

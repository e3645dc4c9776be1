#include "core/http1/http1parser.h"

#include "core/http1/http1parserhandler.h"

#include <algorithm>
#include <utility>

namespace protoviz {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 9110 section 5.6.2: tchar.
bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        break;
    }
    return false;
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTchar);
}

// HTAB, SP, VCHAR and obs-text: what a field value or a reason phrase may hold.
bool isTextChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isWhitespace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isWhitespace(text.back()))
        text.chop(1);
    return text;
}

// Calls visit(element) for each comma-separated element of a list field, whitespace trimmed. Empty
// elements are passed on too: Content-Length must refuse them, other lists skip them.
template <typename Visit>
void forEachListElement(QByteArrayView value, Visit visit)
{
    while (true) {
        const qsizetype comma = value.indexOf(',');
        if (comma < 0) {
            visit(trimmed(value));
            return;
        }
        visit(trimmed(value.first(comma)));
        value = value.sliced(comma + 1);
    }
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "HTTP/" DIGIT "." DIGIT
bool parseVersion(QByteArrayView text, int& major, int& minor)
{
    if (text.size() != 8 || !text.startsWith("HTTP/") || !isDigit(text[5]) || text[6] != '.' ||
        !isDigit(text[7]))
        return false;
    major = text[5] - '0';
    minor = text[7] - '0';
    return true;
}

Http1ErrorCode parseFieldLine(QByteArrayView line, QByteArray& name, QByteArray& value)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return Http1ErrorCode::InvalidFieldName;
    const QByteArrayView fieldValue = trimmed(line.sliced(colon + 1));
    if (!std::all_of(fieldValue.begin(), fieldValue.end(), isTextChar))
        return Http1ErrorCode::InvalidFieldValue;
    name = line.first(colon).toByteArray();
    value = fieldValue.toByteArray();
    return Http1ErrorCode::None;
}

// A decimal Content-Length element; -1 when it is not one. 18 digits keep the value inside qint64.
qint64 parseLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ), ext-val = token / quoted-string
bool validChunkExtensions(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipWhitespace = [&] {
        while (i < n && isWhitespace(text[i]))
            ++i;
    };
    const auto skipToken = [&] {
        const qsizetype start = i;
        while (i < n && isTchar(text[i]))
            ++i;
        return i > start;
    };
    while (true) {
        skipWhitespace();
        if (i == n)
            return true;
        if (text[i] != ';')
            return false;
        ++i;
        skipWhitespace();
        if (!skipToken())
            return false;
        skipWhitespace();
        if (i == n || text[i] != '=')
            continue;
        ++i;
        skipWhitespace();
        if (i < n && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n && !closed) {
                const char c = text[i++];
                if (c == '"') {
                    closed = true;
                } else if (c == '\\') {
                    if (i == n || !isTextChar(text[i]))
                        return false;
                    ++i;
                } else if (!isTextChar(c)) {
                    return false;
                }
            }
            if (!closed)
                return false;
        } else if (!skipToken()) {
            return false;
        }
    }
}

} // namespace

Http1Parser::Http1Parser(Mode mode, Http1ParserHandler* handler, const Limits& limits)
    : m_mode(mode)
    , m_handler(handler)
    , m_limits(limits)
{
}

Http1Parser::Http1Parser(Mode mode, Http1ParserHandler* handler)
    : Http1Parser(mode, handler, Limits{})
{
}

void Http1Parser::expectResponseTo(QByteArrayView method)
{
    m_expectedMethods.append(method.toByteArray());
}

void Http1Parser::stop()
{
    m_stopRequested = true;
}

void Http1Parser::resume()
{
    m_stopRequested = m_finished || m_upgraded;
}

qsizetype Http1Parser::feed(QByteArrayView data)
{
    if (isStopped())
        return 0;
    m_input = data;
    m_pieceStart = -1;
    qsizetype i = 0;
    while (i < data.size() && !isStopped()) {
        switch (m_state) {
        case State::Idle:
            i = onIdle(i);
            break;
        case State::Head:
            i = scanHead(i);
            break;
        case State::BodyLength:
            i = readBodyLength(i);
            break;
        case State::BodyUntilClose:
            i = readUntilClose(i);
            break;
        case State::ChunkLine:
            i = readChunkLine(i);
            break;
        case State::ChunkData:
            i = readChunkData(i);
            break;
        case State::ChunkDataEnd:
            i = readChunkDataEnd(i);
            break;
        case State::Trailers:
            i = readTrailers(i);
            break;
        case State::Failed:
            break;
        }
    }
    flushPiece(i);
    m_consumed += i;
    m_input = {};
    return i;
}

void Http1Parser::finish()
{
    if (isStopped())
        return;
    switch (m_state) {
    case State::Idle:
        break;
    case State::BodyUntilClose:
        completeMessage(0);
        break;
    default:
        fail(Http1ErrorCode::TruncatedMessage, 0);
        break;
    }
    m_finished = true;
    m_stopRequested = true;
}

qsizetype Http1Parser::onIdle(qsizetype i)
{
    const char c = m_input[i];
    if (m_mode == Mode::Request && (m_sawCr || c == '\r' || c == '\n')) {
        if (m_sawCr ? c != '\n' : c != '\r') {
            fail(Http1ErrorCode::InvalidLineEnding, i);
            return i;
        }
        m_sawCr = !m_sawCr;
        if (++m_skipped > m_limits.maxStartLine) {
            fail(Http1ErrorCode::RequestLineTooLong, i, m_limits.maxStartLine);
            return i;
        }
        return i + 1;
    }
    m_state = State::Head;
    m_head.clear();
    m_lineStart = 0;
    m_lineCount = 0;
    m_fieldCount = 0;
    m_sawCr = false;
    m_skipped = 0;
    m_handler->onMessageBegin();
    return i;
}

qsizetype Http1Parser::scanHead(qsizetype i)
{
    const qsizetype start = i;
    const qsizetype n = m_input.size();
    const bool request = m_mode == Mode::Request;
    for (; i < n; ++i) {
        const char c = m_input[i];
        const qsizetype length = m_head.size() + (i - start) + 1; // head bytes up to and including c
        if (length > m_limits.maxHeadSize) {
            fail(Http1ErrorCode::HeadTooLarge, i, m_limits.maxHeadSize);
            return i;
        }
        if (m_sawCr) {
            if (c != '\n') {
                fail(Http1ErrorCode::InvalidLineEnding, i);
                return i;
            }
            m_sawCr = false;
            const qsizetype lineLength = length - 2 - m_lineStart;
            m_lineStart = length;
            if (m_lineCount++ == 0)
                continue;
            if (lineLength == 0) {
                m_head.append(m_input.sliced(start, i + 1 - start));
                headComplete(i + 1);
                return i + 1;
            }
            if (++m_fieldCount > m_limits.maxFields) {
                fail(Http1ErrorCode::TooManyFields, i, m_limits.maxFields);
                return i;
            }
            continue;
        }
        if (c == '\r') {
            m_sawCr = true;
        } else if (c == '\n') {
            fail(Http1ErrorCode::InvalidLineEnding, i);
            return i;
        } else if (m_lineCount == 0 && length > m_limits.maxStartLine) {
            fail(request ? Http1ErrorCode::RequestLineTooLong : Http1ErrorCode::StatusLineTooLong, i,
                 m_limits.maxStartLine);
            return i;
        } else if (m_lineCount > 0 && length - 1 == m_lineStart && isWhitespace(c)) {
            fail(Http1ErrorCode::ObsoleteLineFolding, i);
            return i;
        }
    }
    m_head.append(m_input.sliced(start, n - start));
    return n;
}

void Http1Parser::headComplete(qsizetype end)
{
    Http1MessageHead head;
    head.request = m_mode == Mode::Request;
    head.raw = std::exchange(m_head, {});
    qint64 badVersion = 0;
    Http1ErrorCode code = parseHead(head, badVersion);
    bool upgrade = false;
    if (code == Http1ErrorCode::None)
        code = determineFraming(head, upgrade);
    if (code != Http1ErrorCode::None) {
        fail(code, end, badVersion);
        return;
    }
    m_payloadBytes = 0;
    m_trailers.clear();
    m_upgradeAfterMessage = upgrade;
    m_handler->onHead(head);
    if (m_stopRequested)
        return;
    switch (head.framing) {
    case Http1BodyFraming::None:
        completeMessage(end);
        break;
    case Http1BodyFraming::Length:
        if (head.contentLength > m_limits.maxBodySize) {
            fail(Http1ErrorCode::BodyTooLarge, end, m_limits.maxBodySize);
        } else if (head.contentLength == 0) {
            completeMessage(end);
        } else {
            m_remaining = head.contentLength;
            m_state = State::BodyLength;
        }
        break;
    case Http1BodyFraming::Chunked:
        m_line.clear();
        m_sawCr = false;
        m_state = State::ChunkLine;
        break;
    case Http1BodyFraming::UntilClose:
        m_state = State::BodyUntilClose;
        break;
    }
}

Http1ErrorCode Http1Parser::parseHead(Http1MessageHead& head, qint64& badVersion) const
{
    // The scan guaranteed that every CR is followed by LF, that there is no lone LF, and that the head
    // ends with an empty line.
    const QByteArrayView raw(head.raw);
    const qsizetype startEnd = raw.indexOf("\r\n");
    const QByteArrayView line = raw.first(startEnd);
    if (head.request) {
        const qsizetype space1 = line.indexOf(' ');
        const qsizetype space2 = space1 < 0 ? -1 : line.indexOf(' ', space1 + 1);
        if (space1 <= 0 || space2 < 0 || space2 == space1 + 1 || line.indexOf(' ', space2 + 1) >= 0)
            return Http1ErrorCode::InvalidRequestLine;
        const QByteArrayView method = line.first(space1);
        const QByteArrayView target = line.sliced(space1 + 1, space2 - space1 - 1);
        const QByteArrayView version = line.sliced(space2 + 1);
        if (!isToken(method))
            return Http1ErrorCode::InvalidMethod;
        if (!std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; }))
            return Http1ErrorCode::InvalidTarget;
        if (!parseVersion(version, head.versionMajor, head.versionMinor))
            return Http1ErrorCode::InvalidVersion;
        head.method = method.toByteArray();
        head.target = target.toByteArray();
    } else {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            return Http1ErrorCode::InvalidStatusLine;
        if (!parseVersion(line.first(space), head.versionMajor, head.versionMinor))
            return Http1ErrorCode::InvalidVersion;
        const QByteArrayView rest = line.sliced(space + 1);
        if (rest.size() < 3 || !isDigit(rest[0]) || !isDigit(rest[1]) || !isDigit(rest[2]) ||
            (rest.size() > 3 && rest[3] != ' '))
            return Http1ErrorCode::InvalidStatusLine;
        head.status = (rest[0] - '0') * 100 + (rest[1] - '0') * 10 + (rest[2] - '0');
        const QByteArrayView reason = rest.size() > 3 ? rest.sliced(4) : QByteArrayView();
        if (head.status < 100 || head.status > 599 || !std::all_of(reason.begin(), reason.end(), isTextChar))
            return Http1ErrorCode::InvalidStatusLine;
        head.reason = reason.toByteArray();
    }
    if (head.versionMajor != 1) {
        badVersion = head.versionMajor;
        return Http1ErrorCode::UnsupportedVersion;
    }
    for (qsizetype pos = startEnd + 2; pos < raw.size() - 2;) {
        const qsizetype end = raw.indexOf("\r\n", pos);
        QByteArray name;
        QByteArray value;
        if (const Http1ErrorCode code = parseFieldLine(raw.sliced(pos, end - pos), name, value);
            code != Http1ErrorCode::None)
            return code;
        head.headers.append({std::move(name), std::move(value)});
        pos = end + 2;
    }
    return Http1ErrorCode::None;
}

Http1ErrorCode Http1Parser::determineFraming(Http1MessageHead& head, bool& upgrade)
{
    bool close = false;
    bool keepAlive = false;
    int hosts = 0;
    bool hasLength = false;
    qint64 length = -1;
    bool hasTransferEncoding = false;
    QList<QByteArray> codings;
    bool invalidLength = false;
    bool conflictingLength = false;
    for (const auto& [name, value] : std::as_const(head.headers)) {
        if (equalsIgnoringCase(name, "connection")) {
            forEachListElement(value, [&](QByteArrayView token) {
                close = close || equalsIgnoringCase(token, "close");
                keepAlive = keepAlive || equalsIgnoringCase(token, "keep-alive");
            });
        } else if (equalsIgnoringCase(name, "host")) {
            ++hosts;
        } else if (equalsIgnoringCase(name, "content-length")) {
            hasLength = true;
            forEachListElement(value, [&](QByteArrayView element) {
                const qint64 parsed = parseLength(element);
                if (parsed < 0)
                    invalidLength = true;
                else if (length >= 0 && parsed != length)
                    conflictingLength = true;
                else
                    length = parsed;
            });
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            hasTransferEncoding = true;
            forEachListElement(value, [&](QByteArrayView coding) {
                if (!coding.isEmpty())
                    codings.append(coding.toByteArray().toLower());
            });
        }
    }

    if (head.request) {
        if (hosts > 1)
            return Http1ErrorCode::DuplicateHost;
        if (hosts == 0 && head.versionMinor >= 1)
            return Http1ErrorCode::MissingHost;
    }
    if (invalidLength)
        return Http1ErrorCode::InvalidContentLength;
    if (conflictingLength)
        return Http1ErrorCode::ConflictingContentLength;
    if (hasLength && hasTransferEncoding)
        return Http1ErrorCode::ContentLengthWithTransferEncoding;

    head.keepAlive = head.versionMinor >= 1 ? !close : keepAlive && !close;
    // RFC 9112 section 6.1: Transfer-Encoding in an HTTP/1.0 message means the framing is faulty; the
    // message is processed, but the connection must not be reused.
    if (hasTransferEncoding && head.versionMinor == 0)
        head.keepAlive = false;
    const bool chunkedLast = !codings.isEmpty() && codings.constLast() == "chunked";
    const bool chunkedOnce = codings.count(QByteArrayLiteral("chunked")) <= 1;

    if (head.request) {
        if (hasTransferEncoding) {
            if (!chunkedLast || !chunkedOnce)
                return Http1ErrorCode::InvalidTransferEncoding;
            if (codings.size() > 1)
                return Http1ErrorCode::UnsupportedTransferCoding;
            head.framing = Http1BodyFraming::Chunked;
        } else if (hasLength) {
            head.framing = Http1BodyFraming::Length;
            head.contentLength = length;
        }
        return Http1ErrorCode::None;
    }

    const QByteArray method =
        m_expectedMethods.isEmpty() ? QByteArrayLiteral("GET") : m_expectedMethods.constFirst();
    if ((head.status >= 200 || head.status == 101) && !m_expectedMethods.isEmpty())
        m_expectedMethods.removeFirst();
    if (head.status == 101 || (method == "CONNECT" && head.status >= 200 && head.status < 300)) {
        upgrade = true;
        head.framing = Http1BodyFraming::None;
    } else if (head.status < 200 || head.status == 204 || head.status == 304 || method == "HEAD") {
        head.framing = Http1BodyFraming::None;
    } else if (hasTransferEncoding) {
        if (!chunkedOnce)
            return Http1ErrorCode::InvalidTransferEncoding;
        head.framing = chunkedLast ? Http1BodyFraming::Chunked : Http1BodyFraming::UntilClose;
    } else if (hasLength) {
        head.framing = Http1BodyFraming::Length;
        head.contentLength = length;
    } else {
        head.framing = Http1BodyFraming::UntilClose;
    }
    if (head.framing == Http1BodyFraming::UntilClose)
        head.keepAlive = false;
    return Http1ErrorCode::None;
}

qsizetype Http1Parser::readBodyLength(qsizetype i)
{
    beginPiece(i, false);
    const qint64 take = std::min<qint64>(m_remaining, m_input.size() - i);
    i += take;
    m_remaining -= take;
    m_payloadBytes += take;
    if (m_remaining == 0)
        completeMessage(i);
    return i;
}

qsizetype Http1Parser::readUntilClose(qsizetype i)
{
    beginPiece(i, false);
    const qint64 take = m_input.size() - i;
    if (take > m_limits.maxBodySize - m_payloadBytes) {
        const qsizetype allowed = qsizetype(m_limits.maxBodySize - m_payloadBytes);
        m_payloadBytes += allowed;
        fail(Http1ErrorCode::BodyTooLarge, i + allowed, m_limits.maxBodySize);
        return i + allowed;
    }
    m_payloadBytes += take;
    return m_input.size();
}

qsizetype Http1Parser::readChunkLine(qsizetype i)
{
    beginPiece(i, true);
    for (; i < m_input.size(); ++i) {
        const char c = m_input[i];
        if (m_sawCr) {
            if (c != '\n') {
                fail(Http1ErrorCode::InvalidLineEnding, i);
                return i;
            }
            m_sawCr = false;
            qint64 size = 0;
            if (const Http1ErrorCode code = parseChunkLine(size); code != Http1ErrorCode::None) {
                fail(code, i);
                return i;
            }
            m_line.clear();
            if (size == 0) {
                m_trailerBytes = 0;
                m_trailerCount = 0;
                m_state = State::Trailers;
            } else if (size > m_limits.maxBodySize - m_payloadBytes) {
                fail(Http1ErrorCode::BodyTooLarge, i, m_limits.maxBodySize);
                return i;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            return i + 1;
        }
        if (c == '\r') {
            m_sawCr = true;
        } else if (c == '\n') {
            fail(Http1ErrorCode::InvalidLineEnding, i);
            return i;
        } else if (m_line.size() >= m_limits.maxChunkLine) {
            fail(Http1ErrorCode::ChunkLineTooLong, i, m_limits.maxChunkLine);
            return i;
        } else {
            m_line.append(c);
        }
    }
    return i;
}

Http1ErrorCode Http1Parser::parseChunkLine(qint64& size) const
{
    const QByteArrayView line(m_line);
    qsizetype digits = 0;
    size = 0;
    while (digits < line.size() && hexValue(line[digits]) >= 0) {
        // 15 hex digits stay inside qint64; real chunks are far smaller.
        if (digits == 15)
            return Http1ErrorCode::InvalidChunkSize;
        size = size * 16 + hexValue(line[digits]);
        ++digits;
    }
    if (digits == 0)
        return Http1ErrorCode::InvalidChunkSize;
    const QByteArrayView rest = line.sliced(digits);
    if (!rest.isEmpty() && rest.front() != ';' && !isWhitespace(rest.front()))
        return Http1ErrorCode::InvalidChunkSize;
    return validChunkExtensions(rest) ? Http1ErrorCode::None : Http1ErrorCode::InvalidChunkExtension;
}

qsizetype Http1Parser::readChunkData(qsizetype i)
{
    beginPiece(i, true);
    const qint64 take = std::min<qint64>(m_remaining, m_input.size() - i);
    m_piecePayload.append(m_input.sliced(i, take));
    m_remaining -= take;
    m_payloadBytes += take;
    if (m_remaining == 0) {
        m_sawCr = false;
        m_state = State::ChunkDataEnd;
    }
    return i + take;
}

qsizetype Http1Parser::readChunkDataEnd(qsizetype i)
{
    beginPiece(i, true);
    const char c = m_input[i];
    if (c != (m_sawCr ? '\n' : '\r')) {
        fail(Http1ErrorCode::InvalidChunkFraming, i);
        return i;
    }
    m_sawCr = !m_sawCr;
    if (!m_sawCr)
        m_state = State::ChunkLine;
    return i + 1;
}

qsizetype Http1Parser::readTrailers(qsizetype i)
{
    beginPiece(i, true);
    for (; i < m_input.size(); ++i) {
        const char c = m_input[i];
        if (++m_trailerBytes > m_limits.maxHeadSize) {
            fail(Http1ErrorCode::HeadTooLarge, i, m_limits.maxHeadSize);
            return i;
        }
        if (m_sawCr) {
            if (c != '\n') {
                fail(Http1ErrorCode::InvalidLineEnding, i);
                return i;
            }
            m_sawCr = false;
            if (m_line.isEmpty()) {
                completeMessage(i + 1);
                return i + 1;
            }
            if (++m_trailerCount > m_limits.maxFields) {
                fail(Http1ErrorCode::TooManyFields, i, m_limits.maxFields);
                return i;
            }
            QByteArray name;
            QByteArray value;
            if (const Http1ErrorCode code = parseFieldLine(m_line, name, value);
                code != Http1ErrorCode::None) {
                fail(code, i);
                return i;
            }
            m_trailers.append({std::move(name), std::move(value)});
            m_line.clear();
            continue;
        }
        if (c == '\r') {
            m_sawCr = true;
        } else if (c == '\n') {
            fail(Http1ErrorCode::InvalidLineEnding, i);
            return i;
        } else if (m_line.isEmpty() && isWhitespace(c)) {
            fail(Http1ErrorCode::ObsoleteLineFolding, i);
            return i;
        } else {
            m_line.append(c);
        }
    }
    return i;
}

void Http1Parser::beginPiece(qsizetype i, bool chunked)
{
    if (m_pieceStart >= 0)
        return;
    m_pieceStart = i;
    m_pieceChunked = chunked;
    m_piecePayload.clear();
}

void Http1Parser::flushPiece(qsizetype end)
{
    const qsizetype start = std::exchange(m_pieceStart, -1);
    if (start < 0 || end <= start || isStopped())
        return;
    const QByteArrayView wire = m_input.sliced(start, end - start);
    const QByteArray payload = std::exchange(m_piecePayload, {});
    m_handler->onBody(wire, m_pieceChunked ? QByteArrayView(payload) : wire);
}

void Http1Parser::completeMessage(qsizetype end)
{
    flushPiece(end);
    if (m_stopRequested)
        return;
    m_state = State::Idle;
    m_upgraded = m_upgradeAfterMessage;
    const HeaderList trailers = std::exchange(m_trailers, {});
    m_handler->onMessageComplete(m_payloadBytes, trailers);
    if (m_upgraded)
        m_stopRequested = true;
}

void Http1Parser::fail(Http1ErrorCode code, qsizetype at, qint64 argument)
{
    flushPiece(at);
    if (m_stopRequested)
        return;
    m_state = State::Failed;
    m_error = Http1ParseError::make(code, m_mode == Mode::Request, m_consumed + at, argument);
    m_handler->onError(m_error);
}

} // namespace protoviz

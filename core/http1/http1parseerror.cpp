#include "core/http1/http1parseerror.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

int requestStatus(Http1ErrorCode code)
{
    switch (code) {
    case Http1ErrorCode::RequestLineTooLong:
        return 414;
    case Http1ErrorCode::HeadTooLarge:
    case Http1ErrorCode::TooManyFields:
        return 431;
    case Http1ErrorCode::UnsupportedVersion:
        return 505;
    case Http1ErrorCode::UnsupportedTransferCoding:
        return 501;
    case Http1ErrorCode::BodyTooLarge:
        return 413;
    case Http1ErrorCode::None:
        return 0;
    default:
        break;
    }
    return 400;
}

QString explanationOf(Http1ErrorCode code, bool request, qint64 argument)
{
    const QString number = QString::number(argument);
    switch (code) {
    case Http1ErrorCode::None:
        break;
    case Http1ErrorCode::InvalidLineEnding:
        return QCoreApplication::translate(
            "protoviz", "A line ended with a lone CR or LF. HTTP/1.1 ends every line of the head and of the "
                        "chunk framing with CR LF; accepting other endings lets two parsers disagree about "
                        "where a message ends.");
    case Http1ErrorCode::RequestLineTooLong:
        return QCoreApplication::translate(
                   "protoviz",
                   "The request line is longer than %1 bytes, so the server refuses it with 414 URI Too "
                   "Long instead of buffering it.")
            .arg(number);
    case Http1ErrorCode::StatusLineTooLong:
        return QCoreApplication::translate(
                   "protoviz", "The status line is longer than %1 bytes; no real server sends such a line.")
            .arg(number);
    case Http1ErrorCode::HeadTooLarge:
        return request ? QCoreApplication::translate(
                             "protoviz",
                             "The request head is larger than %1 bytes, so the server refuses it with 431 "
                             "Request Header Fields Too Large instead of buffering it.")
                             .arg(number)
                       : QCoreApplication::translate(
                             "protoviz",
                             "The response head is larger than %1 bytes, so the client gave up on it.")
                             .arg(number);
    case Http1ErrorCode::TooManyFields:
        return QCoreApplication::translate(
                   "protoviz",
                   "The message has more than %1 header fields, which the receiver refuses (431 Request "
                   "Header Fields Too Large).")
            .arg(number);
    case Http1ErrorCode::InvalidRequestLine:
        return QCoreApplication::translate(
            "protoviz", "The request line is not \"method target version\" separated by single spaces.");
    case Http1ErrorCode::InvalidMethod:
        return QCoreApplication::translate(
            "protoviz",
            "The method is empty or holds characters a method may not contain (it must be a token "
            "such as GET).");
    case Http1ErrorCode::InvalidTarget:
        return QCoreApplication::translate(
            "protoviz", "The request target is empty or holds spaces, control characters or bytes outside "
                        "ASCII.");
    case Http1ErrorCode::InvalidVersion:
        return QCoreApplication::translate(
            "protoviz",
            "The protocol version is malformed: HTTP/1.1 expects exactly \"HTTP/1.1\" (a digit, a "
            "dot, a digit).");
    case Http1ErrorCode::UnsupportedVersion:
        return QCoreApplication::translate(
                   "protoviz",
                   "The message announces HTTP major version %1; this endpoint speaks HTTP/1.x only (505 "
                   "HTTP Version Not Supported).")
            .arg(number);
    case Http1ErrorCode::InvalidStatusLine:
        return QCoreApplication::translate(
            "protoviz",
            "The status line is not \"version status-code reason\" with a three-digit status code.");
    case Http1ErrorCode::InvalidFieldName:
        return QCoreApplication::translate(
            "protoviz", "A header field name is empty, holds characters a name may not contain, or has "
                        "whitespace before its colon (a classic request smuggling trick).");
    case Http1ErrorCode::InvalidFieldValue:
        return QCoreApplication::translate(
            "protoviz",
            "A header field value holds control characters (such as NUL), which could hide or split "
            "fields.");
    case Http1ErrorCode::ObsoleteLineFolding:
        return QCoreApplication::translate(
            "protoviz",
            "A header line starts with whitespace: the obsolete line folding that HTTP/1.1 forbids, "
            "because receivers disagree on how to join the lines.");
    case Http1ErrorCode::MissingHost:
        return QCoreApplication::translate(
            "protoviz", "The HTTP/1.1 request has no Host field; HTTP/1.1 requires it so that one server can "
                        "host many sites.");
    case Http1ErrorCode::DuplicateHost:
        return QCoreApplication::translate(
            "protoviz", "The request has more than one Host field, so it is unclear which site it is for.");
    case Http1ErrorCode::InvalidContentLength:
        return QCoreApplication::translate("protoviz",
                                           "Content-Length is not a plain decimal number of bytes.");
    case Http1ErrorCode::ConflictingContentLength:
        return QCoreApplication::translate(
            "protoviz", "The message carries Content-Length values that disagree. Two receivers could pick "
                        "different lengths and split the stream differently (request smuggling), so it is "
                        "refused.");
    case Http1ErrorCode::ContentLengthWithTransferEncoding:
        return QCoreApplication::translate(
            "protoviz", "The message has both Content-Length and Transfer-Encoding. Receivers that trust "
                        "different ones would split the stream differently (request smuggling), so it is "
                        "refused.");
    case Http1ErrorCode::InvalidTransferEncoding:
        return QCoreApplication::translate(
            "protoviz",
            "The request's Transfer-Encoding does not end with chunked, so its body length cannot "
            "be determined.");
    case Http1ErrorCode::UnsupportedTransferCoding:
        return QCoreApplication::translate(
            "protoviz", "The request uses a transfer coding other than chunked, which this server does not "
                        "implement (501 Not Implemented).");
    case Http1ErrorCode::BodyTooLarge:
        return request ? QCoreApplication::translate(
                             "protoviz",
                             "The request body is larger than %1 bytes, so the server refuses it with 413 "
                             "Content Too Large.")
                             .arg(number)
                       : QCoreApplication::translate(
                             "protoviz",
                             "The response body is larger than %1 bytes, the most this client accepts.")
                             .arg(number);
    case Http1ErrorCode::InvalidChunkSize:
        return QCoreApplication::translate(
            "protoviz", "A chunk size is not a hexadecimal number, or too large to be real.");
    case Http1ErrorCode::InvalidChunkExtension:
        return QCoreApplication::translate(
            "protoviz", "The extensions after a chunk size are malformed (they must be \";name=value\" "
                        "pairs).");
    case Http1ErrorCode::ChunkLineTooLong:
        return QCoreApplication::translate("protoviz", "A chunk size line is longer than %1 bytes.")
            .arg(number);
    case Http1ErrorCode::InvalidChunkFraming:
        return QCoreApplication::translate(
            "protoviz", "The data of a chunk is not followed by CR LF, so the chunk sizes and the data "
                        "disagree.");
    case Http1ErrorCode::TruncatedMessage:
        return request ? QCoreApplication::translate("protoviz",
                                                     "The connection ended in the middle of a request.")
                       : QCoreApplication::translate("protoviz",
                                                     "The connection ended in the middle of a response.");
    }
    return {};
}

} // namespace

Http1ParseError Http1ParseError::make(Http1ErrorCode code, bool request, qint64 offset, qint64 argument)
{
    Http1ParseError error;
    error.code = code;
    error.status = code == Http1ErrorCode::None ? 0 : (request ? requestStatus(code) : 502);
    error.explanation = explanationOf(code, request, argument);
    error.offset = offset;
    return error;
}

} // namespace protoviz

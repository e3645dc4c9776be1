#pragma once

#include <QString>
#include <QtGlobal>

namespace protoviz {

/// Why an HTTP/1.1 message was refused. Each code has one status a server answers with (see
/// Http1ParseError::status) and one plain-language explanation.
enum class Http1ErrorCode : quint8 {
    None,
    InvalidLineEnding,                 ///< a CR without LF, or an LF without CR, in the head or chunk framing
    RequestLineTooLong,                ///< the request line exceeds the limit (414)
    StatusLineTooLong,                 ///< the status line exceeds the limit
    HeadTooLarge,                      ///< the header section exceeds the limit (431)
    TooManyFields,                     ///< more header fields than the limit (431)
    InvalidRequestLine,                ///< not "method SP target SP version"
    InvalidMethod,                     ///< the method is not a token
    InvalidTarget,                     ///< the request target is empty or holds spaces or control characters
    InvalidVersion,                    ///< the version is not "HTTP/digit.digit"
    UnsupportedVersion,                ///< a well-formed version other than HTTP/1.x (505)
    InvalidStatusLine,                 ///< not "version SP 3digit SP reason"
    InvalidFieldName,                  ///< an empty field name, or one that is not a token
    InvalidFieldValue,                 ///< a field value with control characters
    ObsoleteLineFolding,               ///< a field line that starts with whitespace (obs-fold)
    MissingHost,                       ///< an HTTP/1.1 request without Host
    DuplicateHost,                     ///< more than one Host field
    InvalidContentLength,              ///< Content-Length is not a decimal number
    ConflictingContentLength,          ///< Content-Length fields that disagree (request smuggling)
    ContentLengthWithTransferEncoding, ///< both Content-Length and Transfer-Encoding (request smuggling)
    InvalidTransferEncoding,           ///< a request whose transfer codings do not end with chunked
    UnsupportedTransferCoding,         ///< a request transfer coding other than chunked (501)
    BodyTooLarge,                      ///< the body exceeds the limit (413)
    InvalidChunkSize,                  ///< a chunk size that is not hexadecimal, or too large
    InvalidChunkExtension,             ///< chunk extensions that are malformed
    ChunkLineTooLong,                  ///< a chunk size line longer than the limit
    InvalidChunkFraming,               ///< chunk data not followed by CRLF
    TruncatedMessage,                  ///< the connection ended inside a message
};

/// A refused HTTP/1.1 message: what went wrong, what a server answers, and a sentence for people.
struct Http1ParseError
{
    Http1ErrorCode code = Http1ErrorCode::None;
    int status = 0;      ///< the status a server answers with (responses: 502, as a gateway would)
    QString explanation; ///< translated, plain language
    qint64 offset = 0;   ///< bytes of the connection consumed before the error was found

    bool isError() const { return code != Http1ErrorCode::None; }

    /// The error for code, for a request (server side) or a response (client side). argument is
    /// spliced into the explanation where the code names a limit or a value.
    static Http1ParseError make(Http1ErrorCode code, bool request, qint64 offset, qint64 argument = 0);
};

} // namespace protoviz

#pragma once

#include "core/http/httpmessage.h"

#include <QByteArray>

namespace protoviz {

/// How the body of an HTTP/1.1 message is delimited (RFC 9112 section 6.3).
enum class Http1BodyFraming : quint8 {
    None,       ///< no body: HEAD responses, 1xx, 204, 304, requests without length
    Length,     ///< exactly Content-Length bytes
    Chunked,    ///< Transfer-Encoding: chunked
    UntilClose, ///< a response that ends when the server closes the connection
};

/// The start line and header fields of an HTTP/1.x message, as the parser found them.
struct Http1MessageHead
{
    QByteArray raw;      ///< start line, field lines and the empty line, exactly as received
    bool request = true; ///< a request (method and target) or a response (status and reason)
    QByteArray method;   ///< requests only
    QByteArray target;   ///< requests only
    int status = 0;      ///< responses only
    QByteArray reason;   ///< responses only
    int versionMajor = 1;
    int versionMinor = 1;
    HeaderList headers;    ///< names as received, values without surrounding whitespace
    bool keepAlive = true; ///< the connection persists after this message (version, Connection, framing)
    Http1BodyFraming framing = Http1BodyFraming::None;
    qint64 contentLength = -1; ///< with Http1BodyFraming::Length

    /// "HTTP/1.1"
    QByteArray version() const
    {
        return QByteArrayLiteral("HTTP/") + QByteArray::number(versionMajor) + '.' +
               QByteArray::number(versionMinor);
    }
};

} // namespace protoviz

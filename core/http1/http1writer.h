#pragma once

#include "core/http/httpmessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace protoviz {

/// Writes HTTP/1.1 messages as bytes: start lines, field lines, chunk framing. Stateless.
///
/// Fields that would break the framing — a name that is not a token, a value holding CR, LF or NUL —
/// are left out, so a handler's header list can never split a response in two.
class Http1Writer
{
public:
    /// "GET /x HTTP/1.1\r\n" + "name: value\r\n" per field + "\r\n".
    static QByteArray requestHead(QByteArrayView method, QByteArrayView target, const HeaderList& headers);

    /// "HTTP/1.1 200 OK\r\n" + "name: value\r\n" per field + "\r\n".
    static QByteArray responseHead(int status, const HeaderList& headers);

    /// The reason phrase ProtoViz sends with status.
    static QByteArray reason(int status);

    /// One chunk: hexadecimal size, CR LF, payload, CR LF. payload must not be empty (that is the last
    /// chunk, see lastChunk()).
    static QByteArray chunk(QByteArrayView payload);

    /// "0\r\n\r\n": the last chunk with no trailers.
    static QByteArray lastChunk();

    /// False for a field that would break the framing.
    static bool isWritableField(QByteArrayView name, QByteArrayView value);
};

} // namespace protoviz

#pragma once

#include "core/http/httpmessage.h"
#include "core/http1/http1messagehead.h"
#include "core/http1/http1parseerror.h"

#include <QByteArrayView>

namespace protoviz {

/// What an Http1Parser reports, in the order things happen on the connection (the callback table of
/// an I/O-free parser). Every call is made from inside Http1Parser::feed() or Http1Parser::finish();
/// views are valid only during the call. A handler may call Http1Parser::stop() and
/// Http1Parser::expectResponseTo() from a callback, but must not destroy the parser.
class Http1ParserHandler
{
public:
    virtual ~Http1ParserHandler() = default;

    /// The first byte of a message arrived (the time-to-first-byte moment).
    virtual void onMessageBegin() {}

    /// The head of a message is complete and valid.
    virtual void onHead(const Http1MessageHead& head) = 0;

    /// A piece of body arrived. wire: the body bytes as they were received, chunk framing included;
    /// payload: the content they carry. wire.size() - payload.size() bytes are chunk framing (sizes,
    /// extensions, CR LFs, last chunk and trailers). One call per feed() at most for each message, so
    /// a piece is what one read of the connection delivered.
    virtual void onBody(QByteArrayView wire, QByteArrayView payload) = 0;

    /// The message is complete. payloadBytes: its body size; trailers: chunked trailer fields.
    virtual void onMessageComplete(qint64 payloadBytes, const HeaderList& trailers) = 0;

    /// The input is malformed or exceeds a limit; the parser consumes nothing more.
    virtual void onError(const Http1ParseError& error) = 0;
};

} // namespace protoviz

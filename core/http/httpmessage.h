#pragma once

#include <QByteArray>
#include <QList>
#include <QUrlQuery>

#include <functional>
#include <utility>

namespace protoviz {

/// Header fields in order, names as sent (HTTP/2 lower-case, pseudo-headers first).
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// The value of the first field with this name (ASCII case-insensitive), or a null array.
QByteArray headerValue(const HeaderList& headers, QByteArrayView name);

/// Size of a header list written as HTTP/1.1 text ("name: value\r\n" per field): the "raw" size that
/// HPACK's compressed size is compared against.
qsizetype headerListTextSize(const HeaderList& headers);

/// A request as the server's handler sees it, whichever protocol carried it.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; ///< the request target as sent: path and query ("/updates?after=3")
    QByteArray authority;
    HeaderList headers; ///< regular fields only, no pseudo-headers
    QByteArray body;

    /// The target's path without its query ("/updates"): what a server routes by.
    QByteArray route() const;
    /// The target's query ("after=3"), parsed.
    QUrlQuery query() const;
};

/// A response as the server's handler produces it.
struct HttpResponse
{
    int status = 200;
    HeaderList headers; ///< regular fields; content-length is added by the protocol where needed
    QByteArray body;
};

/// Produces the response to a request; the same handler serves every protocol.
using RequestHandler = std::function<HttpResponse(const HttpRequest&)>;

/// Status line reason phrase for the codes ProtoViz sends ("Not Found").
QByteArray reasonPhrase(int status);

} // namespace protoviz

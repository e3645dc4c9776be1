#pragma once

#include "core/http/httpmessage.h"

#include <QCoreApplication>

namespace protoviz {

/// The REST counterpart of the lesson service's GetItem: GET /api/items/<id> answers the item as a JSON
/// document, in Protobuf's JSON mapping of the very message gRPC would send, so that REST and gRPC move
/// the same data. A request whose Accept field names application/x-protobuf gets the item's Protobuf
/// encoding instead, byte for byte the message gRPC would send (content negotiation, as APIs that serve
/// both do). Other paths get 404, other methods on an item 405. A value type; thread-safe.
class RestApi
{
    Q_DECLARE_TR_FUNCTIONS(RestApi)

public:
    /// thumbnailSize: the bytes of thumbnail every item carries.
    explicit RestApi(int thumbnailSize);

    /// How an item's body is encoded.
    enum class Encoding { Json, Protobuf };

    /// "/api/items/<id>".
    static QByteArray itemPath(quint32 id);
    /// The media type of an encoding: "application/json", "application/x-protobuf".
    static QByteArray mediaType(Encoding encoding);
    /// The encoding a request's Accept field asks for: Protobuf when it names its media type, else JSON.
    static Encoding acceptedEncoding(const HeaderList& headers);

    HttpResponse respond(const HttpRequest& request) const;

private:
    int m_thumbnailSize;
};

} // namespace protoviz

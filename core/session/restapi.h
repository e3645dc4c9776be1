#pragma once

#include "core/http/httpmessage.h"

#include <QCoreApplication>

namespace protoviz {

/// The REST counterpart of the lesson service's GetItem: GET /api/items/<id> answers the item as a JSON
/// document, in Protobuf's JSON mapping of the very message gRPC would send, so that REST and gRPC move
/// the same data. Other paths get 404, other methods on an item 405. A value type; thread-safe.
class RestApi
{
    Q_DECLARE_TR_FUNCTIONS(RestApi)

public:
    /// thumbnailSize: the bytes of thumbnail every item carries.
    explicit RestApi(int thumbnailSize);

    /// "/api/items/<id>".
    static QByteArray itemPath(quint32 id);

    HttpResponse respond(const HttpRequest& request) const;

private:
    int m_thumbnailSize;
};

} // namespace protoviz

#include "core/session/restapi.h"

#include "core/grpc/lessonmessages.h"

namespace protoviz {

namespace {

constexpr QByteArrayView ItemsPrefix("/api/items/");

HttpResponse textResponse(int status, const QString& text, HeaderList extra = {})
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"content-type", "text/plain; charset=utf-8"}};
    response.headers.append(extra);
    response.body = text.toUtf8() + '\n';
    return response;
}

} // namespace

RestApi::RestApi(int thumbnailSize)
    : m_thumbnailSize(thumbnailSize)
{
}

QByteArray RestApi::itemPath(quint32 id)
{
    return ItemsPrefix.toByteArray() + QByteArray::number(id);
}

QByteArray RestApi::mediaType(Encoding encoding)
{
    return encoding == Encoding::Protobuf ? QByteArrayLiteral("application/x-protobuf")
                                          : QByteArrayLiteral("application/json");
}

RestApi::Encoding RestApi::acceptedEncoding(const HeaderList& headers)
{
    // A client that can read Protobuf says so; anything else (*/*, application/json, no field) reads
    // JSON, the API's default. Both spellings of Protobuf's media type are in use.
    for (const auto& [name, value] : headers) {
        if (name.compare("accept", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray lower = value.toLower();
        if (lower.contains("application/x-protobuf") || lower.contains("application/protobuf"))
            return Encoding::Protobuf;
    }
    return Encoding::Json;
}

HttpResponse RestApi::respond(const HttpRequest& request) const
{
    bool ok = false;
    const quint32 id =
        request.path.startsWith(ItemsPrefix) ? request.path.sliced(ItemsPrefix.size()).toUInt(&ok) : 0;
    if (!ok)
        return textResponse(404, tr("Not found: the API has /api/items/<id>."));
    if (request.method != "GET" && request.method != "HEAD")
        return textResponse(405, tr("Items are read with GET."), {{"allow", "GET, HEAD"}});
    const Encoding encoding = acceptedEncoding(request.headers);
    HttpResponse response;
    response.headers = {{"content-type", mediaType(encoding)}, {"cache-control", "no-store"}};
    response.body = encoding == Encoding::Protobuf ? LessonMessages::item(id, m_thumbnailSize)
                                                   : LessonMessages::itemJson(id, m_thumbnailSize);
    if (request.method == "HEAD") {
        response.headers.emplaceBack("content-length", QByteArray::number(response.body.size()));
        response.body.clear();
    }
    return response;
}

} // namespace protoviz

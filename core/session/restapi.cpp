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

HttpResponse RestApi::respond(const HttpRequest& request) const
{
    bool ok = false;
    const quint32 id =
        request.path.startsWith(ItemsPrefix) ? request.path.sliced(ItemsPrefix.size()).toUInt(&ok) : 0;
    if (!ok)
        return textResponse(404, tr("Not found: the API has /api/items/<id>."));
    if (request.method != "GET" && request.method != "HEAD")
        return textResponse(405, tr("Items are read with GET."), {{"allow", "GET, HEAD"}});
    HttpResponse response;
    response.headers = {{"content-type", "application/json"}, {"cache-control", "no-store"}};
    response.body = LessonMessages::itemJson(id, m_thumbnailSize);
    if (request.method == "HEAD") {
        response.headers.emplaceBack("content-length", QByteArray::number(response.body.size()));
        response.body.clear();
    }
    return response;
}

} // namespace protoviz

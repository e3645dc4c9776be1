#include "core/http/workload.h"

#include <QRegularExpression>

#include <algorithm>

namespace protoviz {

Workload::Workload(int objects, int objectSize, int largeObjectSize)
    : m_objects(std::clamp(objects, 0, MaxObjects))
    , m_objectSize(std::clamp(objectSize, 0, MaxObjectSize))
    , m_largeObjectSize(std::clamp(largeObjectSize, 0, MaxObjectSize))
{
    qint64 pageBytes = 0;
    for (int i = 0; i < m_objects; ++i)
        pageBytes += objectSizeAt(i);
    if (pageBytes <= CachedBytesBudget) {
        m_bodies.reserve(m_objects);
        for (int i = 0; i < m_objects; ++i)
            m_bodies.append(generateBody(i, objectSizeAt(i)));
    }
}

int Workload::objectSizeAt(int index) const
{
    return index == largeObjectIndex() ? m_largeObjectSize : m_objectSize;
}

QByteArray Workload::objectPath(int index)
{
    return QByteArrayLiteral("/tiles/") + QByteArray::number(index);
}

int Workload::objectIndex(QByteArrayView path) const
{
    constexpr QByteArrayView prefix("/tiles/");
    if (!path.startsWith(prefix))
        return -1;
    const QByteArrayView digits = path.sliced(prefix.size());
    if (digits.isEmpty() || digits.size() > 6 || (digits.size() > 1 && digits.front() == '0'))
        return -1;
    int index = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        index = index * 10 + (c - '0');
    }
    return index < m_objects ? index : -1;
}

QByteArray Workload::page() const
{
    QByteArray html;
    html.reserve(200 + m_objects * 40);
    html += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>ProtoViz tiles</title></head>\n"
            "<body><div class=\"grid\">\n";
    for (int i = 0; i < m_objects; ++i)
        html += "<img src=\"" + objectPath(i) + "\" alt=\"\">\n";
    html += "</div></body></html>\n";
    return html;
}

QByteArray Workload::objectBody(int index) const
{
    if (index >= 0 && index < m_bodies.size())
        return m_bodies.at(index);
    return generateBody(index, objectSizeAt(index));
}

QByteArray Workload::generateBody(int index, int size)
{
    // xorshift32 seeded by the index: cheap, deterministic and incompressible enough that HPACK and
    // TLS figures are not flattered by repetitive bodies.
    QByteArray body(size, Qt::Uninitialized);
    quint32 state = 0x9e3779b9u ^ (quint32(index) * 0x85ebca6bu);
    if (state == 0)
        state = 1;
    for (char& byte : body) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        byte = char(state & 0xff);
    }
    return body;
}

HttpResponse Workload::respond(const HttpRequest& request) const
{
    HttpResponse response;
    const bool head = request.method == "HEAD";
    if (request.method != "GET" && !head) {
        response.status = 405;
        response.headers = {{"allow", "GET, HEAD"}, {"content-type", "text/plain"}};
        response.body = "Only GET and HEAD are served here.\n";
        return response;
    }
    if (request.path == "/" || request.path == "/index.html") {
        response.headers = {{"content-type", "text/html; charset=utf-8"}, {"cache-control", "no-store"}};
        response.body = page();
    } else if (const int index = objectIndex(request.path); index >= 0) {
        response.headers = {{"content-type", "application/octet-stream"}, {"cache-control", "no-store"}};
        response.body = objectBody(index);
    } else {
        response.status = 404;
        response.headers = {{"content-type", "text/plain"}};
        response.body = "No such object.\n";
    }
    if (head) {
        response.headers.append({"content-length", QByteArray::number(response.body.size())});
        response.body.clear();
    }
    return response;
}

QList<QByteArray> Workload::pushPathsFor(QByteArrayView path) const
{
    QList<QByteArray> paths;
    if (path != "/" && path != "/index.html")
        return paths;
    paths.reserve(m_objects);
    for (int i = 0; i < m_objects; ++i)
        paths.append(objectPath(i));
    return paths;
}

QList<QByteArray> Workload::linkedPaths(QByteArrayView html)
{
    static const QRegularExpression source(QStringLiteral(R"re(<img\s+src="(/[^"]*)")re"));
    QList<QByteArray> paths;
    const QString text = QString::fromUtf8(html);
    for (auto it = source.globalMatch(text); it.hasNext();)
        paths.append(it.next().captured(1).toUtf8());
    return paths;
}

} // namespace protoviz

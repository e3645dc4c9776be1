#pragma once

#include "core/http/httpmessage.h"

#include <QList>

#include <optional>

namespace protoviz {

/// The page every HTTP scenario loads, as in the classic tile demos: an HTML page at "/" that
/// references N objects ("/tiles/0" ... ) of S bytes each. Content is deterministic (a seeded
/// generator per object, so it does not compress away) and served from memory.
class Workload
{
public:
    static constexpr int DefaultObjects = 100;
    static constexpr int DefaultObjectSize = 4096;
    static constexpr int MaxObjects = 100000;
    static constexpr int MaxObjectSize = 64 * 1024 * 1024;
    static constexpr qint64 CachedBytesBudget = 64 * 1024 * 1024;

    explicit Workload(int objects = DefaultObjects, int objectSize = DefaultObjectSize);

    int objectCount() const { return m_objects; }
    int objectSize() const { return m_objectSize; }

    /// "/tiles/<index>".
    static QByteArray objectPath(int index);
    /// The index of an object path, or -1 if the path names no object.
    int objectIndex(QByteArrayView path) const;

    /// The HTML page listing every object.
    QByteArray page() const;
    /// The bytes of object index.
    QByteArray objectBody(int index) const;

    /// Answers GET and HEAD for the page and the objects; 404 and 405 otherwise.
    HttpResponse respond(const HttpRequest& request) const;

    /// Paths a server may push along with the page.
    QList<QByteArray> pushPathsFor(QByteArrayView path) const;

    /// The object paths an HTML page references, in order (what a browser would fetch).
    static QList<QByteArray> linkedPaths(QByteArrayView html);

private:
    static QByteArray generateBody(int index, int size);

    int m_objects;
    int m_objectSize;
    // Bodies are generated once and shared (QByteArray is implicitly shared), as long as the page fits
    // in a memory budget; a bigger page is generated per request.
    QList<QByteArray> m_bodies;
};

} // namespace protoviz

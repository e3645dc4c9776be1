#pragma once

#include "core/http/httpmessage.h"

#include <QList>

#include <optional>

namespace protoviz {

/// The page every HTTP scenario loads, as in the classic tile demos: an HTML page at "/" that
/// references N objects ("/tiles/0" ... ) of S bytes each. Content is deterministic (a seeded
/// generator per object, so it does not compress away) and served from memory.
///
/// A mixed page makes the first object (the first a browser requests after the page, so the head of
/// every queue) large and leaves the others small: the workload that shows a slow response holding up
/// the ones behind it.
class Workload
{
public:
    static constexpr int DefaultObjects = 100;
    static constexpr int DefaultObjectSize = 4096;
    static constexpr int MaxObjects = 100000;
    static constexpr int MaxObjectSize = 64 * 1024 * 1024;
    static constexpr qint64 CachedBytesBudget = 64 * 1024 * 1024;

    /// largeObjectSize > 0 makes object 0 that large (a mixed page); 0 keeps every object objectSize.
    explicit Workload(int objects = DefaultObjects, int objectSize = DefaultObjectSize,
                      int largeObjectSize = 0);

    int objectCount() const { return m_objects; }
    int objectSize() const { return m_objectSize; }
    /// The size of the large object of a mixed page, 0 when every object is objectSize().
    int largeObjectSize() const { return m_largeObjectSize; }
    /// The index of the large object, -1 when there is none.
    int largeObjectIndex() const { return m_largeObjectSize > 0 && m_objects > 0 ? LargeObjectIndex : -1; }
    /// The body size of object index.
    int objectSizeAt(int index) const;

    /// The large object of a mixed page is the first one, the head of the queue.
    static constexpr int LargeObjectIndex = 0;

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
    int m_largeObjectSize;
    // Bodies are generated once and shared (QByteArray is implicitly shared), as long as the page fits
    // in a memory budget; a bigger page is generated per request.
    QList<QByteArray> m_bodies;
};

} // namespace protoviz

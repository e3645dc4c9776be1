#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace protoviz {

/// The messages of the lesson service (resources/proto/lesson.proto) built and read in plain Qt types,
/// for the sessions and tools that call it: items are deterministic for their id and size (the same
/// item in protobuf and in JSON, so that REST and gRPC move the same data), and thumbnails are
/// pseudo-random bytes that do not compress away. Stateless; thread-safe.
class LessonMessages
{
public:
    /// The lesson service's methods.
    enum class Method { GetItem, ListItems, UploadItems, Exchange };

    /// A thumbnail may be this large: the item, its prefix and its other fields stay within gRPC's
    /// default 4 MiB message limit.
    static constexpr int MaxThumbnailSize = 4 * 1024 * 1024 - 1024;

    /// "protoviz.lesson.v1.Lesson".
    static QString serviceName();
    /// The :path of a method's calls, "/protoviz.lesson.v1.Lesson/GetItem".
    static QByteArray path(Method method);

    /// Item id, serialized as protobuf, with thumbnailSize bytes of thumbnail.
    static QByteArray item(quint32 id, int thumbnailSize);
    /// The same item in Protobuf's JSON mapping (what the REST API answers).
    static QByteArray itemJson(quint32 id, int thumbnailSize);
    static QByteArray itemRequest(quint32 id, int thumbnailSize, int delayMs = 0);
    static QByteArray listRequest(quint32 firstId, int count, int thumbnailSize, int intervalMs = 0);

    /// The id of a serialized Item, or nullopt if the bytes are not one.
    static std::optional<quint32> itemId(QByteArrayView item);
    /// The id of an Item in JSON, or nullopt if the text is not one.
    static std::optional<quint32> itemIdFromJson(QByteArrayView json);
    /// The id an Ack acknowledges.
    static std::optional<quint32> ackId(QByteArrayView ack);
    /// How many items an UploadSummary counts.
    static std::optional<quint32> uploadCount(QByteArrayView summary);
};

} // namespace protoviz

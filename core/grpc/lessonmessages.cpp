#include "core/grpc/lessonmessages.h"

#include "resources/proto/lesson.pb.h"

#include <google/protobuf/util/json_util.h>

namespace protoviz {

namespace lpb = lesson::v1;

namespace {

std::string thumbnail(quint32 id, int size)
{
    // xorshift32, seeded by the id: the same item always has the same bytes, and they look random to
    // any compressor, as image data would.
    std::string bytes(std::size_t(std::max(size, 0)), '\0');
    quint32 state = id * 2654435761u + 0x9e3779b9u;
    for (char& byte : bytes) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        byte = char(state & 0xff);
    }
    return bytes;
}

lpb::Item makeItem(quint32 id, int thumbnailSize)
{
    static constexpr lpb::Kind kinds[] = {lpb::KIND_TILE, lpb::KIND_PHOTO, lpb::KIND_NOTE};
    lpb::Item item;
    item.set_id(id);
    item.set_name("Item " + std::to_string(id));
    item.set_kind(kinds[id % 3]);
    item.set_price(1.5 + 0.25 * double(id % 40));
    item.add_tags("lesson");
    item.add_tags("group-" + std::to_string(id % 4));
    item.mutable_size()->set_width(64 + 16 * (id % 5));
    item.mutable_size()->set_height(48);
    item.set_thumbnail(thumbnail(id, thumbnailSize));
    return item;
}

QByteArray toBytes(const google::protobuf::Message& message)
{
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

template <typename Message>
std::optional<Message> parse(QByteArrayView bytes)
{
    Message message;
    if (!message.ParseFromArray(bytes.data(), int(bytes.size())))
        return std::nullopt;
    return message;
}

} // namespace

QString LessonMessages::serviceName()
{
    return QString::fromStdString(lpb::Item::descriptor()->file()->FindServiceByName("Lesson")->full_name());
}

QByteArray LessonMessages::path(Method method)
{
    const QByteArray service = '/' + serviceName().toUtf8() + '/';
    switch (method) {
    case Method::GetItem:
        return service + "GetItem";
    case Method::ListItems:
        return service + "ListItems";
    case Method::UploadItems:
        return service + "UploadItems";
    case Method::Exchange:
        return service + "Exchange";
    }
    return {};
}

QByteArray LessonMessages::item(quint32 id, int thumbnailSize)
{
    return toBytes(makeItem(id, thumbnailSize));
}

QByteArray LessonMessages::itemJson(quint32 id, int thumbnailSize)
{
    std::string json;
    google::protobuf::util::MessageToJsonString(makeItem(id, thumbnailSize), &json);
    return QByteArray(json.data(), qsizetype(json.size()));
}

QByteArray LessonMessages::itemRequest(quint32 id, int thumbnailSize, int delayMs)
{
    lpb::ItemRequest request;
    request.set_id(id);
    request.set_thumbnail_size(quint32(std::max(thumbnailSize, 0)));
    request.set_delay_ms(quint32(std::max(delayMs, 0)));
    return toBytes(request);
}

QByteArray LessonMessages::listRequest(quint32 firstId, int count, int thumbnailSize, int intervalMs)
{
    lpb::ListRequest request;
    request.set_first_id(firstId);
    request.set_count(quint32(std::max(count, 0)));
    request.set_thumbnail_size(quint32(std::max(thumbnailSize, 0)));
    request.set_interval_ms(quint32(std::max(intervalMs, 0)));
    return toBytes(request);
}

std::optional<quint32> LessonMessages::itemId(QByteArrayView item)
{
    const std::optional<lpb::Item> parsed = parse<lpb::Item>(item);
    return parsed ? std::optional<quint32>(parsed->id()) : std::nullopt;
}

std::optional<quint32> LessonMessages::itemIdFromJson(QByteArrayView json)
{
    lpb::Item item;
    if (!google::protobuf::util::JsonStringToMessage(std::string(json.data(), std::size_t(json.size())),
                                                     &item)
             .ok())
        return std::nullopt;
    return item.id();
}

std::optional<quint32> LessonMessages::ackId(QByteArrayView ack)
{
    const std::optional<lpb::Ack> parsed = parse<lpb::Ack>(ack);
    return parsed ? std::optional<quint32>(parsed->id()) : std::nullopt;
}

std::optional<quint32> LessonMessages::uploadCount(QByteArrayView summary)
{
    const std::optional<lpb::UploadSummary> parsed = parse<lpb::UploadSummary>(summary);
    return parsed ? std::optional<quint32>(parsed->count()) : std::nullopt;
}

} // namespace protoviz

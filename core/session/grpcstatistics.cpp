#include "core/session/grpcstatistics.h"

#include "core/timeline/timeline.h"

namespace protoviz {

GrpcStatistics GrpcStatistics::compute(const Timeline& timeline)
{
    return compute(timeline.events());
}

GrpcStatistics GrpcStatistics::compute(const QList<Event>& events)
{
    GrpcStatistics stats;
    for (const Event& e : events) {
        if (e.is(Layer::Session, SessionKind::ObjectCompleted) && (e.flags & ApiItemFlag::Item)) {
            const bool protobuf = e.flags & ApiItemFlag::Protobuf;
            const qint64 other = std::max<qint64>(e.value, 0);
            ++stats.items;
            stats.itemsAsProtobuf += protobuf ? 1 : 0;
            stats.itemBytes += e.size;
            stats.itemProtobufBytes += protobuf ? e.size : other;
            stats.itemJsonBytes += protobuf ? other : e.size;
            continue;
        }
        // The client's view counts each message once, as the session's byte figures do.
        if (e.layer != Layer::Grpc || e.origin != Origin::Client)
            continue;
        switch (GrpcKind(e.kind)) {
        case GrpcKind::CallStarted:
            ++stats.calls;
            break;
        case GrpcKind::Message:
            (e.direction == Direction::ClientToServer ? stats.messagesSent : stats.messagesReceived) += 1;
            stats.messageBytes += e.size;
            stats.messageBytesReceived += e.direction == Direction::ServerToClient ? e.size : 0;
            stats.prefixBytes += e.overhead;
            stats.jsonBytes += std::max<qint64>(e.value, 0);
            break;
        case GrpcKind::CallFinished:
            stats.callsOk += e.value == 0 ? 1 : 0;
            ++stats.statuses[int(e.value)];
            break;
        case GrpcKind::Error:
            break;
        }
    }
    return stats;
}

} // namespace protoviz

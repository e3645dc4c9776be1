#pragma once

#include "core/timeline/event.h"

#include <QList>
#include <QMap>

namespace protoviz {

class Timeline;

/// Flags of the SessionKind::ObjectCompleted events that the API sessions (GrpcSession's REST and gRPC
/// clients) record per item. Such an event has size = the item's bytes as they travelled (a response
/// body or a message, framing excluded) and value = the bytes the same item takes in the other encoding,
/// measured by converting the bytes that arrived (Protobuf to JSON or JSON to Protobuf).
namespace ApiItemFlag {
// 0x1 and 0x2 are the page loads' object flags (PageLoader::DocumentFlag, PushedFlag).
constexpr quint8 Item = 0x4;     ///< an API item: value holds its size in the other encoding
constexpr quint8 Protobuf = 0x8; ///< the item travelled as Protobuf (else as JSON)
} // namespace ApiItemFlag

/// The API figures of a session. From its Layer::Grpc events as the client saw them: calls and how they
/// ended, messages each way, their bytes on the wire (five-byte prefixes included) and the bytes the
/// same messages take in Protobuf's JSON mapping — all zero for a session without gRPC. From the
/// items (ObjectCompleted events flagged ApiItemFlag::Item), whichever API moved them: how many, and
/// their bytes as they travelled, as Protobuf and as JSON — all zero for a session that is no API's.
struct GrpcStatistics
{
    int calls = 0;                   ///< calls the client started
    int callsOk = 0;                 ///< of those, ended with OK
    int messagesSent = 0;            ///< request messages
    int messagesReceived = 0;        ///< response messages
    qint64 messageBytes = 0;         ///< every message's bytes, prefix included
    qint64 prefixBytes = 0;          ///< of those, the five-byte prefixes
    qint64 jsonBytes = 0;            ///< the same messages written as JSON
    qint64 messageBytesReceived = 0; ///< of messageBytes, the response messages' (prefixes included)
    QMap<int, int> statuses;         ///< grpc-status code -> calls that ended with it

    int items = 0;                ///< items that arrived (or, sent up, were acknowledged)
    qint64 itemBytes = 0;         ///< their bytes as they travelled: JSON or Protobuf, no framing or prefix
    qint64 itemProtobufBytes = 0; ///< the same items in Protobuf
    qint64 itemJsonBytes = 0;     ///< the same items in JSON
    int itemsAsProtobuf = 0;      ///< of items, those that travelled as Protobuf

    static GrpcStatistics compute(const QList<Event>& events);
    static GrpcStatistics compute(const Timeline& timeline);
};

} // namespace protoviz

#pragma once

#include "core/timeline/event.h"

#include <QList>
#include <QMap>

namespace protoviz {

class Timeline;

/// The gRPC figures of a session, measured from its Layer::Grpc events as the client saw them: calls
/// and how they ended, messages each way, their bytes on the wire (five-byte prefixes included) and
/// the bytes the same messages take in Protobuf's JSON mapping. All zero for a session without gRPC.
struct GrpcStatistics
{
    int calls = 0;            ///< calls the client started
    int callsOk = 0;          ///< of those, ended with OK
    int messagesSent = 0;     ///< request messages
    int messagesReceived = 0; ///< response messages
    qint64 messageBytes = 0;  ///< every message's bytes, prefix included
    qint64 prefixBytes = 0;   ///< of those, the five-byte prefixes
    qint64 jsonBytes = 0;     ///< the same messages written as JSON
    QMap<int, int> statuses;  ///< grpc-status code -> calls that ended with it

    static GrpcStatistics compute(const QList<Event>& events);
    static GrpcStatistics compute(const Timeline& timeline);
};

} // namespace protoviz

#pragma once

#include "core/timeline/event.h"

#include <QList>
#include <QVariantMap>

namespace protoviz {

class Timeline;

/// The figures of a polling-against-WebSocket comparison, all measured from a session's timeline: the
/// delivery latency of every update (publication at the server to arrival at the client, from the
/// PollingFeed::recordDelivery() events) and the bytes each delivery cost beyond its own payload (HTTP
/// heads for polling, frame headers and control frames for WebSocket, counted once, as the client saw
/// them).
struct PollingStatistics
{
    bool finished = false;
    SessionOutcome outcome = SessionOutcome::Completed;

    int deliveries = 0;       ///< update arrivals at clients (an update to three clients counts three)
    int updates = 0;          ///< distinct updates that arrived
    qint64 latencyMinNs = -1; ///< publication to arrival
    qint64 latencyMeanNs = -1;
    qint64 latencyMedianNs = -1;
    qint64 latency95Ns = -1; ///< 95th percentile
    qint64 latencyMaxNs = -1;

    int connections = 0;             ///< TCP connections the clients opened
    int connectionsBehindServer = 0; ///< hops behind the server (balancer to instance, instance to broker)
    int httpRequests = 0;            ///< HTTP/1.1 requests sent (polls, chat posts, the WebSocket upgrade)
    qint64 httpHeadBytes = 0;        ///< request and response heads, chunked framing included
    int webSocketFrames = 0;         ///< frames in both directions
    qint64 frameHeaderBytes = 0;     ///< WebSocket frame headers
    qint64 controlFrameBytes = 0;    ///< payloads of ping, pong and close frames
    qint64 updatePayloadBytes = 0;   ///< the updates' own bytes, as delivered
    qint64 wireBytesUp = 0;          ///< TCP payload bytes delivered client to server (TLS included)
    qint64 wireBytesDown = 0;        ///< TCP payload bytes delivered server to client (TLS included)

    // permessage-deflate (RFC 7692), both directions, as the client saw them:
    int compressedMessages = 0;        ///< WebSocket data messages that travelled compressed (RSV1)
    qint64 compressedPayloadBytes = 0; ///< their payload bytes on the wire
    qint64 inflatedPayloadBytes = 0;   ///< their payload bytes once inflated

    // A chat over WebSockets, where every message is meant for every member (the sender included):
    int messagesPosted = 0; ///< WebSocket data messages the clients sent
    int chatMembers = 0;    ///< clients whose WebSocket upgrade was accepted (101)

    // Long polling with server-side sessions behind a balancer (BalancingNotes):
    int tickerDeliveriesOwed = 0; ///< every update the ticker published, times the clients owed it
    int failedPolls = 0;          ///< polls refused with 400 because the instance did not know the session
    int reHandshakes = 0;         ///< new sessions clients opened after their first
    int updatesSkipped = 0;       ///< updates published between a client's lost session and its new one

    /// Deliveries owed: in a chat over WebSockets every posted message to every member, behind the
    /// balancer every published update to every client; 0 for other sessions.
    int expectedDeliveries() const { return messagesPosted * chatMembers + tickerDeliveriesOwed; }
    /// The share of the owed deliveries that happened, 0 to 100; -1 when nothing was owed.
    double deliveryPercent() const
    {
        return expectedDeliveries() > 0 ? 100.0 * deliveries / expectedDeliveries() : -1.0;
    }

    /// Protocol bytes that are not update payload: HTTP heads, frame headers, control frames.
    qint64 overheadBytes() const { return httpHeadBytes + frameHeaderBytes + controlFrameBytes; }
    /// Payload bytes permessage-deflate kept off the wire (negative if compressing made them longer).
    qint64 bytesSavedByCompression() const { return inflatedPayloadBytes - compressedPayloadBytes; }
    double overheadPerDelivery() const { return deliveries > 0 ? double(overheadBytes()) / deliveries : 0.0; }
    double wireBytesPerDelivery() const
    {
        return deliveries > 0 ? double(wireBytesUp + wireBytesDown) / deliveries : 0.0;
    }

    static PollingStatistics compute(const QList<Event>& events);
    static PollingStatistics compute(const Timeline& timeline);

    QVariantMap toVariantMap() const;
};

} // namespace protoviz

#pragma once

#include "core/timeline/event.h"

#include <QList>
#include <QVariantMap>

namespace protoviz {

class Timeline;

/// The figures of one side of the protocol shoot-out, all measured from the side's timeline:
///
/// - request latency: per exchange, from the client's SessionKind::ObjectRequested to its
///   ObjectCompleted for the same item (stream);
/// - update latency: per update, from the moment the server had it (the UpdateDelivered event's value:
///   the feed's publication time, or for gRPC the server's sending of the message) to its arrival;
/// - connections (TCP SYNs, and QUIC connections: a client's first Initial packet) and bytes on the
///   wire (TCP payload and UDP datagrams delivered, TLS and QUIC included);
/// - the two properties a run can show: an update is *streamed* when it arrived on a carrier (an HTTP
///   response, a gRPC call's stream, a WebSocket connection) that had already delivered an earlier
///   update, at a time when this one had not even been published, and *pushed* when, besides, the client had
///   sent nothing on that channel (that connection; for gRPC that call's stream, for HTTP/3 that request's
///   stream) since that earlier update.
///   Long polling answers every update with a response to a poll of its own: neither. The protocol's other
///   facts (human-readable, browser-native) are in ShootoutProtocolFacts, not measured.
struct ShootoutStatistics
{
    bool finished = false;
    SessionOutcome outcome = SessionOutcome::Completed;

    int exchanges = 0;               ///< items answered (ObjectCompleted)
    qint64 requestLatencyMinNs = -1; ///< request to answer, per exchange
    qint64 requestLatencyMeanNs = -1;
    qint64 requestLatencyMedianNs = -1;
    qint64 requestLatencyMaxNs = -1;
    qint64 exchangesTimeNs = -1; ///< session start to the last answer

    int updates = 0;                ///< distinct updates that arrived
    int deliveries = 0;             ///< update arrivals (an update arrives once per client; here one client)
    qint64 updateLatencyMinNs = -1; ///< server has it to client has it
    qint64 updateLatencyMeanNs = -1;
    qint64 updateLatencyMedianNs = -1;
    qint64 updateLatencyMaxNs = -1;
    int streamedUpdates = 0; ///< arrived on a carrier that had delivered an earlier update before
    int pushedUpdates = 0;   ///< streamed, with no client request on the channel since the last update

    int connections = 0; ///< TCP and QUIC connections opened
    int clientRequests =
        0; ///< HTTP/1.1 and HTTP/3 requests, gRPC calls and WebSocket messages the client sent
    qint64 wireBytesUp = 0;   ///< TCP payload and UDP datagram bytes delivered client to server
    qint64 wireBytesDown = 0; ///< TCP payload and UDP datagram bytes delivered server to client

    qint64 wireBytes() const { return wireBytesUp + wireBytesDown; }
    /// Updates arrived without being asked for: the server spoke first.
    bool serverPush() const { return pushedUpdates > 0; }
    /// One carrier brought updates over time.
    bool streaming() const { return streamedUpdates > 0; }

    static ShootoutStatistics compute(const QList<Event>& events);
    static ShootoutStatistics compute(const Timeline& timeline);

    /// Times in ms ("requestLatencyMeanMs"), the properties as 1 or 0 ("serverPush", "streaming").
    QVariantMap toVariantMap() const;
};

} // namespace protoviz

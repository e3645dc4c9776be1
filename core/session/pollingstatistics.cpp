#include "core/session/pollingstatistics.h"

#include "core/session/balancingnotes.h"
#include "core/session/pollingfeed.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"
#include "core/websocket/websocketeventlog.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace protoviz {

PollingStatistics PollingStatistics::compute(const Timeline& timeline)
{
    return compute(timeline.events());
}

PollingStatistics PollingStatistics::compute(const QList<Event>& events)
{
    PollingStatistics stats;
    QList<qint64> latencies;
    QSet<quint32> updates;
    // The clients' figures: a balancer's or a broker's hop behind the server is counted apart.
    const QSet<quint32> behind = SessionStatistics::connectionsBehindTheServer(events);
    // A compressed message's wire bytes are its data frames' payloads; only its first frame says RSV1,
    // so frames are summed per message (connection, direction, number) and matched to the messages.
    const auto messageKey = [](const Event& e) {
        return (quint64(e.connection) << 32) | (quint64(e.direction == Direction::ClientToServer) << 31) |
               (quint64(e.stream) & 0x7fffffffU);
    };
    QHash<quint64, qint64> dataFrameBytes;
    QSet<quint64> compressed;
    for (const Event& e : events) {
        if (e.connection != 0 && behind.contains(e.connection)) {
            stats.connectionsBehindServer += e.is(Layer::Wire, WireKind::Syn) ? 1 : 0;
            continue;
        }
        switch (e.layer) {
        case Layer::Session:
            if (e.kind == kindOf(SessionKind::Finished)) {
                stats.finished = true;
                stats.outcome = SessionOutcome(e.flags);
            } else if (e.kind == kindOf(SessionKind::UpdateDelivered)) {
                latencies.append(e.timeNs - e.value);
                updates.insert(e.stream);
                stats.updatePayloadBytes += e.size;
            } else if (e.kind == kindOf(SessionKind::Note)) {
                if (e.flags == BalancingNotes::Published)
                    stats.tickerDeliveriesOwed += int(e.size);
                else if (e.flags == BalancingNotes::FailedPoll)
                    ++stats.failedPolls;
                else if (e.flags == BalancingNotes::ReHandshake) {
                    ++stats.reHandshakes;
                    stats.updatesSkipped += int(e.value);
                }
            }
            break;
        case Layer::Wire:
            if (e.kind == kindOf(WireKind::Syn))
                ++stats.connections;
            else if (e.kind == kindOf(WireKind::SegmentDelivered))
                (e.direction == Direction::ClientToServer ? stats.wireBytesUp : stats.wireBytesDown) +=
                    e.size;
            break;
        case Layer::Http1:
            // Counted as the client saw them, so that each byte counts once.
            if (e.origin != Origin::Client)
                break;
            if (e.kind == kindOf(Http1Kind::RequestHead)) {
                ++stats.httpRequests;
                stats.httpHeadBytes += e.size;
            } else if (e.kind == kindOf(Http1Kind::ResponseHead)) {
                stats.httpHeadBytes += e.size;
            } else if (e.kind == kindOf(Http1Kind::Body)) {
                stats.httpHeadBytes += e.overhead;
            }
            break;
        case Layer::WebSocket:
            if (e.origin != Origin::Client)
                break;
            if (e.kind == kindOf(WebSocketKind::UpgradeResponse) && e.value == 101)
                ++stats.chatMembers;
            // A text (1) or binary (2) message the client sent is a post for the others.
            if (e.kind == kindOf(WebSocketKind::Message)) {
                const int opcode = e.flags & 0x0f;
                if (e.direction == Direction::ClientToServer && (opcode == 1 || opcode == 2))
                    ++stats.messagesPosted;
                if (e.flags & WebSocketEventLog::MessageCompressedFlag) {
                    ++stats.compressedMessages;
                    stats.inflatedPayloadBytes += e.size;
                    compressed.insert(messageKey(e));
                }
            }
            if (e.kind != kindOf(WebSocketKind::Frame))
                break;
            ++stats.webSocketFrames;
            stats.frameHeaderBytes += e.overhead;
            if (e.flags & 0x08) // a control frame: all of it is overhead
                stats.controlFrameBytes += e.size - e.overhead;
            else
                dataFrameBytes[messageKey(e)] += e.value;
            break;
        default:
            break;
        }
    }
    for (const quint64 key : std::as_const(compressed))
        stats.compressedPayloadBytes += dataFrameBytes.value(key);
    stats.deliveries = int(latencies.size());
    stats.updates = int(updates.size());
    if (!latencies.isEmpty()) {
        std::sort(latencies.begin(), latencies.end());
        const auto at = [&](double share) {
            return latencies[std::min<qsizetype>(latencies.size() - 1,
                                                 qsizetype(share * double(latencies.size())))];
        };
        stats.latencyMinNs = latencies.constFirst();
        stats.latencyMaxNs = latencies.constLast();
        stats.latencyMeanNs =
            std::accumulate(latencies.begin(), latencies.end(), qint64(0)) / latencies.size();
        stats.latencyMedianNs =
            latencies.size() % 2 == 1
                ? latencies[latencies.size() / 2]
                : (latencies[latencies.size() / 2 - 1] + latencies[latencies.size() / 2]) / 2;
        stats.latency95Ns = at(0.95);
    }
    return stats;
}

QVariantMap PollingStatistics::toVariantMap() const
{
    return {
        {QStringLiteral("finished"), finished},
        {QStringLiteral("outcome"), int(outcome)},
        {QStringLiteral("deliveries"), deliveries},
        {QStringLiteral("updates"), updates},
        {QStringLiteral("latencyMinMs"), double(latencyMinNs) / 1e6},
        {QStringLiteral("latencyMeanMs"), double(latencyMeanNs) / 1e6},
        {QStringLiteral("latencyMedianMs"), double(latencyMedianNs) / 1e6},
        {QStringLiteral("latency95Ms"), double(latency95Ns) / 1e6},
        {QStringLiteral("latencyMaxMs"), double(latencyMaxNs) / 1e6},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("connectionsBehindServer"), connectionsBehindServer},
        {QStringLiteral("httpRequests"), httpRequests},
        {QStringLiteral("httpHeadBytes"), httpHeadBytes},
        {QStringLiteral("webSocketFrames"), webSocketFrames},
        {QStringLiteral("frameHeaderBytes"), frameHeaderBytes},
        {QStringLiteral("controlFrameBytes"), controlFrameBytes},
        {QStringLiteral("updatePayloadBytes"), updatePayloadBytes},
        {QStringLiteral("overheadBytes"), overheadBytes()},
        {QStringLiteral("overheadPerDelivery"), overheadPerDelivery()},
        {QStringLiteral("wireBytesUp"), wireBytesUp},
        {QStringLiteral("wireBytesDown"), wireBytesDown},
        {QStringLiteral("wireBytesPerDelivery"), wireBytesPerDelivery()},
        {QStringLiteral("compressedMessages"), compressedMessages},
        {QStringLiteral("compressedPayloadBytes"), compressedPayloadBytes},
        {QStringLiteral("inflatedPayloadBytes"), inflatedPayloadBytes},
        {QStringLiteral("bytesSavedByCompression"), bytesSavedByCompression()},
        {QStringLiteral("messagesPosted"), messagesPosted},
        {QStringLiteral("chatMembers"), chatMembers},
        {QStringLiteral("failedPolls"), failedPolls},
        {QStringLiteral("reHandshakes"), reHandshakes},
        {QStringLiteral("updatesSkipped"), updatesSkipped},
        {QStringLiteral("expectedDeliveries"), expectedDeliveries()},
        {QStringLiteral("deliveryPercent"), deliveryPercent()},
    };
}

} // namespace protoviz

#include "core/session/shootoutstatistics.h"

#include "core/timeline/timeline.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace protoviz {

namespace {

struct Spread
{
    qint64 min = -1;
    qint64 mean = -1;
    qint64 median = -1;
    qint64 max = -1;
};

Spread spreadOf(QList<qint64> values)
{
    Spread spread;
    if (values.isEmpty())
        return spread;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    spread.min = values.constFirst();
    spread.max = values.constLast();
    spread.mean = std::accumulate(values.begin(), values.end(), qint64(0)) / n;
    spread.median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return spread;
}

// What carried bytes to the client: an HTTP/1.1 response (connection, message), a gRPC call or an
// HTTP/3 request (connection, stream) or a WebSocket connection (connection, 0).
struct Carrier
{
    Layer layer = Layer::Session;
    quint32 connection = 0;
    quint32 stream = 0;

    bool operator==(const Carrier&) const = default;
    friend size_t qHash(const Carrier& carrier, size_t seed = 0)
    {
        return qHashMulti(seed, quint8(carrier.layer), carrier.connection, carrier.stream);
    }
    // The channel on which a request could have asked for what the carrier brings: the connection,
    // or for gRPC the call's stream, for HTTP/3 the request's stream.
    quint64 channel() const
    {
        const bool perStream = layer == Layer::Grpc || layer == Layer::Http3;
        return (quint64(connection) << 32) | (perStream ? stream : 0);
    }
};

} // namespace

ShootoutStatistics ShootoutStatistics::compute(const Timeline& timeline)
{
    return compute(timeline.events());
}

ShootoutStatistics ShootoutStatistics::compute(const QList<Event>& events)
{
    ShootoutStatistics stats;
    qint64 startNs = -1;
    QHash<quint32, qint64> requested; // item -> when asked
    QList<qint64> requestLatencies;
    QList<qint64> updateLatencies;
    QSet<quint32> updates;
    QHash<quint64, qint64> lastRequestNs; // channel -> the client's latest request on it
    QHash<quint64, qint64> lastUpdateNs;  // channel -> the latest update that arrived on it
    Carrier lastCarrier;                  // what brought the client's latest inbound unit
    bool haveCarrier = false;
    QHash<Carrier, qint64> firstUpdateOn; // carrier -> when it brought its first update
    QSet<quint32> quicConnections;

    auto clientRequest = [&](const Event& e, quint32 stream) {
        ++stats.clientRequests;
        lastRequestNs[Carrier{e.layer, e.connection, stream}.channel()] = e.timeNs;
    };

    for (const Event& e : events) {
        switch (e.layer) {
        case Layer::Session:
            if (e.kind == kindOf(SessionKind::Started) && startNs < 0) {
                startNs = e.timeNs;
            } else if (e.kind == kindOf(SessionKind::Finished)) {
                stats.finished = true;
                stats.outcome = SessionOutcome(e.flags);
            } else if (e.kind == kindOf(SessionKind::ObjectRequested)) {
                requested.insert(e.stream, e.timeNs);
            } else if (e.kind == kindOf(SessionKind::ObjectCompleted)) {
                ++stats.exchanges;
                if (const auto asked = requested.constFind(e.stream); asked != requested.cend())
                    requestLatencies.append(e.timeNs - *asked);
                stats.exchangesTimeNs = e.timeNs - std::max<qint64>(0, startNs);
            } else if (e.kind == kindOf(SessionKind::UpdateDelivered)) {
                ++stats.deliveries;
                updates.insert(e.stream);
                updateLatencies.append(e.timeNs - e.value);
                if (!haveCarrier)
                    break;
                // The update came with the client's latest inbound unit, recorded just before it. It
                // was streamed if that carrier had brought an update before and this one did not even
                // exist yet then (published later): a long poll's answer that holds two updates, or
                // arrives in two segments, streams nothing.
                const quint64 channel = lastCarrier.channel();
                const qint64 firstOnCarrier = firstUpdateOn.value(lastCarrier, -1);
                const bool streamed =
                    firstOnCarrier >= 0 && firstOnCarrier < e.timeNs && e.value > firstOnCarrier;
                if (streamed) {
                    ++stats.streamedUpdates;
                    if (lastRequestNs.value(channel, -1) < lastUpdateNs.value(channel, -1))
                        ++stats.pushedUpdates;
                }
                if (firstOnCarrier < 0)
                    firstUpdateOn.insert(lastCarrier, e.timeNs);
                lastUpdateNs[channel] = e.timeNs;
            }
            break;
        case Layer::Wire:
            if (e.kind == kindOf(WireKind::Syn))
                ++stats.connections;
            else if (e.kind == kindOf(WireKind::SegmentDelivered) ||
                     e.kind == kindOf(WireKind::DatagramDelivered))
                (e.direction == Direction::ClientToServer ? stats.wireBytesUp : stats.wireBytesDown) +=
                    e.size;
            break;
        case Layer::Http1:
            if (e.origin != Origin::Client)
                break;
            if (e.kind == kindOf(Http1Kind::RequestHead)) {
                clientRequest(e, 0);
            } else if (e.direction == Direction::ServerToClient) {
                lastCarrier = {Layer::Http1, e.connection, e.stream};
                haveCarrier = true;
            }
            break;
        case Layer::WebSocket:
            if (e.origin != Origin::Client || e.kind != kindOf(WebSocketKind::Message))
                break;
            if (e.direction == Direction::ClientToServer) {
                clientRequest(e, 0);
            } else {
                lastCarrier = {Layer::WebSocket, e.connection, 0};
                haveCarrier = true;
            }
            break;
        case Layer::Grpc:
            if (e.origin != Origin::Client)
                break;
            if (e.kind == kindOf(GrpcKind::CallStarted)) {
                clientRequest(e, e.stream);
            } else if (e.kind == kindOf(GrpcKind::Message)) {
                if (e.direction == Direction::ClientToServer) {
                    lastRequestNs[Carrier{e.layer, e.connection, e.stream}.channel()] = e.timeNs;
                } else {
                    lastCarrier = {Layer::Grpc, e.connection, e.stream};
                    haveCarrier = true;
                }
            }
            break;
        case Layer::Quic:
            // A QUIC connection opens with the client's first Initial packet (there is no SYN to count).
            if (e.origin == Origin::Client && e.kind == kindOf(QuicKind::PacketSent) &&
                (e.flags & QuicPacketFlag::TypeMask) == 0 && !quicConnections.contains(e.connection)) {
                quicConnections.insert(e.connection);
                ++stats.connections;
            }
            break;
        case Layer::Http3:
            // Requests and answers travel on bidirectional streams; the control and QPACK streams carry none.
            if (e.origin != Origin::Client || (e.stream & 0x2) != 0)
                break;
            if (e.direction == Direction::ClientToServer && e.kind == kindOf(Http3Kind::HeaderFields)) {
                clientRequest(e, e.stream);
            } else if (e.direction == Direction::ServerToClient &&
                       (e.kind == kindOf(Http3Kind::HeaderFields) || e.kind == kindOf(Http3Kind::Data))) {
                lastCarrier = {Layer::Http3, e.connection, e.stream};
                haveCarrier = true;
            }
            break;
        default:
            break;
        }
    }
    stats.updates = int(updates.size());
    const Spread requests = spreadOf(requestLatencies);
    stats.requestLatencyMinNs = requests.min;
    stats.requestLatencyMeanNs = requests.mean;
    stats.requestLatencyMedianNs = requests.median;
    stats.requestLatencyMaxNs = requests.max;
    const Spread news = spreadOf(updateLatencies);
    stats.updateLatencyMinNs = news.min;
    stats.updateLatencyMeanNs = news.mean;
    stats.updateLatencyMedianNs = news.median;
    stats.updateLatencyMaxNs = news.max;
    return stats;
}

QVariantMap ShootoutStatistics::toVariantMap() const
{
    const auto ms = [](qint64 ns) { return ns < 0 ? -1.0 : double(ns) / 1e6; };
    return {
        {QStringLiteral("finished"), finished},
        {QStringLiteral("outcome"), int(outcome)},
        {QStringLiteral("exchanges"), exchanges},
        {QStringLiteral("requestLatencyMinMs"), ms(requestLatencyMinNs)},
        {QStringLiteral("requestLatencyMeanMs"), ms(requestLatencyMeanNs)},
        {QStringLiteral("requestLatencyMedianMs"), ms(requestLatencyMedianNs)},
        {QStringLiteral("requestLatencyMaxMs"), ms(requestLatencyMaxNs)},
        {QStringLiteral("exchangesTimeMs"), ms(exchangesTimeNs)},
        {QStringLiteral("updates"), updates},
        {QStringLiteral("deliveries"), deliveries},
        {QStringLiteral("updateLatencyMinMs"), ms(updateLatencyMinNs)},
        {QStringLiteral("updateLatencyMeanMs"), ms(updateLatencyMeanNs)},
        {QStringLiteral("updateLatencyMedianMs"), ms(updateLatencyMedianNs)},
        {QStringLiteral("updateLatencyMaxMs"), ms(updateLatencyMaxNs)},
        {QStringLiteral("streamedUpdates"), streamedUpdates},
        {QStringLiteral("pushedUpdates"), pushedUpdates},
        {QStringLiteral("serverPush"), serverPush() ? 1 : 0},
        {QStringLiteral("streaming"), streaming() ? 1 : 0},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("clientRequests"), clientRequests},
        {QStringLiteral("wireBytesUp"), wireBytesUp},
        {QStringLiteral("wireBytesDown"), wireBytesDown},
        {QStringLiteral("wireBytes"), wireBytes()},
    };
}

} // namespace protoviz

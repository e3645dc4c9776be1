#include "core/session/sessionstatistics.h"

#include "core/timeline/roundtripcounter.h"
#include "core/timeline/timeline.h"

#include <algorithm>

namespace protoviz {

namespace {

// QuicPacketFlag's packet type of an Initial packet.
constexpr int InitialPacketType = 0;

/// HTTP/3 requests travel on the client's bidirectional QUIC streams (ids 0, 4, 8, ...).
bool isRequestStream(quint32 streamId)
{
    return streamId % 4 == 0;
}

bool isHeaderFrame(const Event& e)
{
    return e.is(Layer::Http2, Http2Kind::Headers) || e.is(Layer::Http2, Http2Kind::Continuation) ||
           e.is(Layer::Http2, Http2Kind::PushPromise);
}

} // namespace

SessionStatistics SessionStatistics::compute(const Timeline& timeline)
{
    return compute(timeline.events());
}

QSet<quint32> SessionStatistics::connectionsBehindTheServer(const QList<Event>& events)
{
    QSet<quint32> behind;
    for (const Event& e : events) {
        if (e.is(Layer::Session, SessionKind::ConnectionRole) &&
            (e.flags & ConnectionRoleFlag::BehindTheServer))
            behind.insert(e.connection);
    }
    return behind;
}

SessionStatistics SessionStatistics::compute(const QList<Event>& events)
{
    SessionStatistics stats;
    const QSet<quint32> behind = connectionsBehindTheServer(events);
    qint64 startNs = events.isEmpty() ? 0 : events.constFirst().timeNs;
    qint64 lastObjectNs = -1;
    qint64 endNs = -1;
    qint64 plaintextBytes = 0; // every application byte the client sent or received over TLS or TCP

    for (const Event& e : events) {
        if (e.connection != 0 && behind.contains(e.connection)) {
            if (e.is(Layer::Wire, WireKind::Syn))
                ++stats.connectionsBehindServer;
            else if (e.is(Layer::Wire, WireKind::SegmentDelivered))
                stats.bytesBehindServer += e.size;
            continue;
        }
        switch (e.layer) {
        case Layer::Session:
            if (e.kind == kindOf(SessionKind::Started)) {
                startNs = e.timeNs;
            } else if (e.kind == kindOf(SessionKind::Finished)) {
                stats.finished = true;
                stats.outcome = SessionOutcome(e.flags);
                endNs = e.timeNs;
            } else if (e.kind == kindOf(SessionKind::ObjectCompleted)) {
                lastObjectNs = e.timeNs;
                if (!(e.flags & 0x1)) {
                    ++stats.objectsCompleted;
                    stats.objectsPushed += (e.flags & 0x2) ? 1 : 0;
                }
            }
            break;
        case Layer::Wire:
            if (e.kind == kindOf(WireKind::Syn)) {
                ++stats.connections;
            } else if (e.kind == kindOf(WireKind::SegmentDelivered)) {
                ++stats.segments;
                (e.direction == Direction::ClientToServer ? stats.wireBytesUp : stats.wireBytesDown) +=
                    e.size;
                stats.segmentsBlocked += (e.flags & WireFlag::HeadOfLineBlocked) ? 1 : 0;
            } else if (e.kind == kindOf(WireKind::SegmentLost)) {
                ++stats.segmentsLost;
            } else if (e.kind == kindOf(WireKind::DatagramDelivered)) {
                ++stats.datagrams;
                (e.direction == Direction::ClientToServer ? stats.wireBytesUp : stats.wireBytesDown) +=
                    e.size;
            } else if (e.kind == kindOf(WireKind::DatagramLost)) {
                ++stats.datagramsLost;
            }
            break;
        case Layer::Quic:
            // A QUIC connection begins with the client's first Initial packet (number 0 in its space).
            if (e.origin == Origin::Client && e.kind == kindOf(QuicKind::PacketSent) &&
                (e.flags & QuicPacketFlag::TypeMask) == InitialPacketType && e.value == 0)
                ++stats.connections;
            break;
        case Layer::Http3:
            if (e.origin != Origin::Client || e.kind == kindOf(Http3Kind::Error))
                break;
            if (e.kind == kindOf(Http3Kind::HeaderFields)) {
                // The same fields as HTTP/1.1 text: "name: value" and a line break each.
                stats.headerTextBytes += e.size + 4 * e.value;
                break;
            }
            plaintextBytes += e.size;
            if (e.kind == kindOf(Http3Kind::Headers)) {
                stats.headerBytes += e.size - e.overhead;
                stats.framingBytes += e.overhead;
                if (e.direction == Direction::ServerToClient && isRequestStream(e.stream) &&
                    stats.timeToFirstByteNs < 0)
                    stats.timeToFirstByteNs = e.timeNs - startNs;
            } else if (e.kind == kindOf(Http3Kind::Data)) {
                stats.bodyBytes += e.size - e.overhead;
                stats.framingBytes += e.overhead;
            } else {
                stats.framingBytes += e.size;
            }
            break;
        case Layer::Http1:
            if (e.origin != Origin::Client)
                break;
            if (e.kind == kindOf(Http1Kind::RequestHead) || e.kind == kindOf(Http1Kind::ResponseHead)) {
                stats.headerBytes += e.size;
                stats.headerTextBytes += e.size;
                plaintextBytes += e.size;
                if (e.kind == kindOf(Http1Kind::ResponseHead) && stats.timeToFirstByteNs < 0)
                    stats.timeToFirstByteNs = e.timeNs - startNs;
            } else if (e.kind == kindOf(Http1Kind::Body)) {
                stats.bodyBytes += e.size - e.overhead;
                stats.framingBytes += e.overhead;
                plaintextBytes += e.size;
            }
            break;
        case Layer::Http2:
            if (e.origin != Origin::Client || e.kind == kindOf(Http2Kind::Error))
                break;
            plaintextBytes += e.size;
            if (isHeaderFrame(e)) {
                stats.headerBytes += e.size - e.overhead;
                stats.framingBytes += e.overhead;
                stats.headerTextBytes += e.value;
                if (e.direction == Direction::ServerToClient && e.kind == kindOf(Http2Kind::Headers) &&
                    stats.timeToFirstByteNs < 0)
                    stats.timeToFirstByteNs = e.timeNs - startNs;
            } else if (e.kind == kindOf(Http2Kind::Data)) {
                stats.bodyBytes += e.size - e.overhead;
                stats.framingBytes += e.overhead;
            } else {
                stats.framingBytes += e.size;
            }
            break;
        case Layer::WebSocket:
            if (e.origin != Origin::Client)
                break;
            // The upgrade's heads are HTTP/1.1 heads, counted there.
            if (e.kind == kindOf(WebSocketKind::Frame)) {
                // A frame's payload is the content; its header the framing.
                stats.bodyBytes += e.size - e.overhead;
                stats.framingBytes += e.overhead;
                plaintextBytes += e.size;
            }
            break;
        default:
            break;
        }
    }
    // Whatever crossed the wire that no HTTP or WebSocket layer accounts for is TLS: handshakes, record
    // headers and authentication tags. Over cleartext this is zero, which the tests hold the engine to.
    // Over QUIC it is the transport's own share: packet headers and tags, the TLS handshake in CRYPTO
    // frames, acknowledgements, flow control and the HTTP/3 stream types and QPACK streams.
    stats.tlsBytes = std::max<qint64>(0, stats.wireBytes() - plaintextBytes);
    const qint64 lastNs = lastObjectNs >= 0 ? lastObjectNs : endNs;
    if (lastNs >= 0)
        stats.totalTimeNs = lastNs - startNs;
    RoundTripCounter roundTrips;
    roundTrips.add(events);
    stats.roundTrips = roundTrips.roundTrips();
    return stats;
}

QVariantMap SessionStatistics::toVariantMap() const
{
    return {
        {QStringLiteral("finished"), finished},
        {QStringLiteral("outcome"), int(outcome)},
        {QStringLiteral("totalTimeMs"), double(totalTimeNs) / 1e6},
        {QStringLiteral("timeToFirstByteMs"), double(timeToFirstByteNs) / 1e6},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("roundTrips"), roundTrips},
        {QStringLiteral("objectsCompleted"), objectsCompleted},
        {QStringLiteral("objectsPushed"), objectsPushed},
        {QStringLiteral("connectionsBehindServer"), connectionsBehindServer},
        {QStringLiteral("bytesBehindServer"), bytesBehindServer},
        {QStringLiteral("wireBytesUp"), wireBytesUp},
        {QStringLiteral("wireBytesDown"), wireBytesDown},
        {QStringLiteral("headerBytes"), headerBytes},
        {QStringLiteral("bodyBytes"), bodyBytes},
        {QStringLiteral("framingBytes"), framingBytes},
        {QStringLiteral("tlsBytes"), tlsBytes},
        {QStringLiteral("headerTextBytes"), headerTextBytes},
        {QStringLiteral("headerCompression"), headerCompression()},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("segmentsLost"), segmentsLost},
        {QStringLiteral("segmentsBlocked"), segmentsBlocked},
        {QStringLiteral("datagrams"), datagrams},
        {QStringLiteral("datagramsLost"), datagramsLost},
    };
}

} // namespace protoviz

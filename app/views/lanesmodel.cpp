#include "app/views/lanesmodel.h"

#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include <algorithm>

namespace protoviz {

namespace {

int directionIndex(Direction direction)
{
    return direction == Direction::ServerToClient ? 1 : 0;
}

bool isSender(const Event& event)
{
    if (event.direction == Direction::ClientToServer)
        return event.origin == Origin::Client;
    if (event.direction == Direction::ServerToClient)
        return event.origin == Origin::Server;
    return false;
}

quint64 segmentKey(quint32 connection, Direction direction, quint32 segment)
{
    return quint64(connection) << 33 | quint64(directionIndex(direction)) << 32 | segment;
}

} // namespace

std::pair<qsizetype, qsizetype> LanesModel::Track::candidates(qint64 from, qint64 to) const
{
    const auto byKey = [](const Block& block, qint64 time) { return block.key < time; };
    const qint64 low = from > std::numeric_limits<qint64>::min() + maxReach ? from - maxReach : from;
    const qint64 high = to < Pending - maxLead ? to + maxLead : Pending;
    auto first = std::lower_bound(blocks.begin(), blocks.end(), low, byKey);
    auto last = std::upper_bound(blocks.begin(), blocks.end(), high,
                                 [](qint64 time, const Block& block) { return time < block.key; });
    // Blocks still in flight reach up to now, however old they are.
    const qsizetype firstIndex = std::min<qsizetype>(first - blocks.begin(), firstPending);
    return {std::min<qsizetype>(firstIndex, last - blocks.begin()), last - blocks.begin()};
}

int LanesModel::Connection::streamsUpTo(qint64 time) const
{
    return int(std::upper_bound(streamStarts.begin(), streamStarts.end(), time) - streamStarts.begin());
}

void LanesModel::clear()
{
    *this = LanesModel();
}

void LanesModel::append(const Timeline& timeline, qsizetype first, qsizetype count)
{
    const QList<Event> events = timeline.events(first, count);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event& event = events.at(i);
        const auto index = qint32(first + i);
        const LayerPlace place = ProtocolRegistry::of(event).place();
        if (place == LayerPlace::Session) {
            if (event.is(SessionKind::Finished))
                m_finished = event.timeNs;
            else if (event.is(SessionKind::ConnectionRole) && event.connection != 0)
                m_connections[connectionFor(event)].role = timeline.detail(event).text;
            continue;
        }
        if (event.connection == 0)
            continue; // session-wide: not on a connection's lane
        const int connection = connectionFor(event);
        if (place == LayerPlace::Link)
            addWire(connection, event, index);
        else
            addUnit(timeline, connection, event, index);
    }
}

int LanesModel::connectionFor(const Event& event)
{
    const qsizetype known = m_connectionIndex.value(event.connection, -1);
    if (known >= 0)
        return int(known);
    Connection connection;
    connection.id = event.connection;
    connection.opened = event.timeNs;
    for (TrackKind kind : {TrackKind::Wire, TrackKind::Tls, TrackKind::Control, TrackKind::Grpc}) {
        Track track;
        track.kind = kind;
        connection.tracks.append(track);
    }
    m_connections.append(connection);
    m_states.append(ConnectionState());
    m_connectionIndex.insert(event.connection, m_connections.size() - 1);
    return int(m_connections.size() - 1);
}

LanesModel::Ref LanesModel::push(int connection, int track, Block block)
{
    Track& target = m_connections[connection].tracks[track];
    target.blocks.push_back(block);
    qint64& styleSeen = m_styleSeen[block.style];
    styleSeen = std::min(styleSeen, block.start);
    if (target.firstUse == Pending)
        target.firstUse = block.key;
    target.maxLead = std::max(target.maxLead, block.key - block.start);
    if (block.end != Pending)
        target.maxReach = std::max(target.maxReach, block.end - block.key);
    const Ref ref{connection, track, qint32(target.blocks.size() - 1)};
    if (target.firstPending == ref.index && block.end != Pending)
        ++target.firstPending;
    return ref;
}

LanesModel::Block& LanesModel::block(const Ref& ref)
{
    return m_connections[ref.connection].tracks[ref.track].blocks[std::size_t(ref.index)];
}

void LanesModel::finishBlock(const Ref& ref, qint64 end)
{
    Track& track = m_connections[ref.connection].tracks[ref.track];
    Block& finished = track.blocks[std::size_t(ref.index)];
    finished.end = end;
    track.maxLead = std::max(track.maxLead, finished.key - finished.start);
    track.maxReach = std::max(track.maxReach, end - finished.key);
    while (track.firstPending < qsizetype(track.blocks.size()) &&
           !track.blocks[std::size_t(track.firstPending)].isPending())
        ++track.firstPending;
}

LanesModel::Block LanesModel::blockOf(const Event& event)
{
    Block block;
    block.key = event.timeNs;
    block.start = event.timeNs;
    block.stream = event.stream;
    block.size = event.size;
    block.style = styleOf(event);
    block.layer = event.layer;
    block.kind = event.kind;
    block.flags = event.flags;
    block.direction = event.direction;
    return block;
}

quint16 LanesModel::styleOf(const Event& event)
{
    // A unit's look is its role's, which its flags or value may decide (a TLS record's content type, an
    // alert's level, a QUIC packet's type); other flags (END_STREAM, ...) do not change it. One style per
    // layer, kind and role, whose sample is the first such event.
    const auto role = quint32(ProtocolRegistry::of(event).role(event));
    const quint32 key = quint32(event.layer) << 16 | quint32(event.kind) << 8 | role;
    const auto found = m_styleIndex.constFind(key);
    if (found != m_styleIndex.constEnd())
        return *found;
    const auto style = quint16(m_styles.size());
    m_styles.append(
        Event{.layer = event.layer, .kind = event.kind, .flags = event.flags, .value = event.value});
    m_styleIndex.insert(key, style);
    m_styleSeen.push_back(Pending);
    return style;
}

void LanesModel::addWire(int connection, const Event& event, qint32 index)
{
    Connection& lane = m_connections[connection];
    ConnectionState& state = m_states[connection];
    Block block = blockOf(event);
    block.sentEvent = index;

    switch (WireKind(event.kind)) {
    case WireKind::Syn:
        state.synArrival = event.value;
        block.end = std::max(event.value, event.timeNs);
        push(connection, WireTrack, block);
        if (state.tcpSpan < 0) {
            lane.spans.append({.kind = Span::Kind::TcpHandshake, .start = event.timeNs});
            state.tcpSpan = qint32(lane.spans.size() - 1);
        }
        return;
    case WireKind::SynAck:
    case WireKind::Ack: {
        // The link records each as the previous one arrives; it left when that one arrived.
        const qint64 departed =
            event.kind == kindOf(WireKind::SynAck) ? state.synArrival : state.synAckArrival;
        if (event.kind == kindOf(WireKind::SynAck))
            state.synAckArrival = event.value;
        block.start = departed >= 0 ? std::min(departed, event.timeNs) : event.timeNs;
        block.end = std::max(event.value, block.start);
        push(connection, WireTrack, block);
        return;
    }
    case WireKind::Established:
        if (state.tcpSpan >= 0) {
            Span& span = lane.spans[state.tcpSpan];
            span.start = std::min(span.start, event.value);
            span.end = event.timeNs;
        } else {
            lane.spans.append({.kind = Span::Kind::TcpHandshake,
                               .start = std::min(event.value, event.timeNs),
                               .end = event.timeNs});
        }
        state.tcpSpan = -1;
        return;
    case WireKind::SegmentSent: {
        if (event.flags & WireFlag::Retransmission)
            block.marks |= Retransmitted;
        const Ref ref = push(connection, WireTrack, block);
        const quint64 key = segmentKey(lane.id, event.direction, event.stream);
        const auto earlier = m_segments.constFind(key);
        const qint64 first = earlier != m_segments.constEnd() ? earlier->firstPlannedArrival : event.value;
        m_segments.insert(key, {ref, event.value, first});
        return;
    }
    case WireKind::SegmentLost: {
        const auto found = m_segments.constFind(segmentKey(lane.id, event.direction, event.stream));
        if (found == m_segments.constEnd())
            return;
        Block& lost = this->block(found->block);
        lost.marks |= Lost;
        lost.resentAt = event.value;
        m_lostSeen = std::min(m_lostSeen, event.timeNs);
        finishBlock(found->block, std::max(lost.start, found->plannedArrival));
        return;
    }
    case WireKind::SegmentDelivered: {
        const int way = directionIndex(event.direction);
        const auto found = m_segments.find(segmentKey(lane.id, event.direction, event.stream));
        const bool blocked = event.flags & WireFlag::HeadOfLineBlocked;
        qint64 late = 0;
        if (found == m_segments.end()) {
            block.start = std::min(event.value, event.timeNs);
            block.end = event.timeNs;
            block.sentEvent = -1;
            block.receivedEvent = index;
            push(connection, WireTrack, block);
        } else {
            Block& delivered = this->block(found->block);
            delivered.start = std::min(event.value, delivered.key);
            delivered.receivedEvent = index;
            if (blocked) {
                delivered.marks |= HeldBack;
                delivered.heldFrom = std::clamp(found->plannedArrival, delivered.start, event.timeNs);
                addHeldSpan(connection, event.direction, delivered.heldFrom, event.timeNs);
                late = event.timeNs - found->plannedArrival;
            } else if (event.flags & WireFlag::Retransmission) {
                // The resent segment itself is late by everything since its first attempt should have
                // arrived: the receiver waited for it as long.
                addHeldSpan(connection, event.direction, found->firstPlannedArrival, event.timeNs);
                late = event.timeNs - found->firstPlannedArrival;
            }
            const Ref ref = found->block;
            m_segments.erase(found);
            finishBlock(ref, event.timeNs);
        }
        state.heldNs[std::size_t(way)] = std::max<qint64>(0, late);
        return;
    }
    case WireKind::Fin:
        block.start = std::min(event.value, event.timeNs);
        block.end = event.timeNs;
        push(connection, WireTrack, block);
        if (++state.fins >= 2)
            closeConnection(connection, event.timeNs);
        return;
    case WireKind::Reset:
    case WireKind::Error:
        block.end = event.timeNs;
        block.marks |= Instant;
        push(connection, WireTrack, block);
        closeConnection(connection, event.timeNs);
        return;
    case WireKind::Overheard:
    case WireKind::Tampered:
        // What an eavesdropper or attacker on the link did has its own view; the lanes draw traffic.
        return;
    case WireKind::DatagramSent:
    case WireKind::DatagramLost:
    case WireKind::DatagramDelivered:
        addDatagram(connection, event, index);
        return;
    }
}

void LanesModel::addDatagram(int connection, const Event& event, qint32 index)
{
    // A datagram flies like a segment, but nothing resends it: QUIC sends the frames it carried again in
    // new packets, which have datagrams of their own.
    Connection& lane = m_connections[connection];
    lane.quic = true;
    Block block = blockOf(event);
    block.sentEvent = index;
    const quint64 key = segmentKey(lane.id, event.direction, event.stream);
    switch (WireKind(event.kind)) {
    case WireKind::DatagramSent:
        m_datagrams.insert(key, {push(connection, WireTrack, block), event.value, event.value});
        return;
    case WireKind::DatagramLost: {
        m_datagramLostSeen = std::min(m_datagramLostSeen, event.timeNs);
        const auto found = m_datagrams.constFind(key);
        if (found == m_datagrams.constEnd()) {
            // Dropped at the tail of a full queue: it never left.
            block.end = event.timeNs;
            block.marks |= Lost | Instant;
            push(connection, WireTrack, block);
            return;
        }
        Block& lost = this->block(found->block);
        lost.marks |= Lost;
        const Ref ref = found->block;
        const qint64 arrival = std::max(lost.start, found->plannedArrival);
        m_datagrams.erase(found);
        finishBlock(ref, arrival);
        return;
    }
    case WireKind::DatagramDelivered: {
        const auto found = m_datagrams.constFind(key);
        if (found == m_datagrams.constEnd())
            return;
        Block& delivered = this->block(found->block);
        delivered.start = std::min(event.value, delivered.key);
        delivered.receivedEvent = index;
        const Ref ref = found->block;
        m_datagrams.erase(found);
        finishBlock(ref, event.timeNs);
        return;
    }
    default:
        return;
    }
}

void LanesModel::addHeldSpan(int connection, Direction direction, qint64 from, qint64 to)
{
    Connection& lane = m_connections[connection];
    ConnectionState& state = m_states[connection];
    qint32& last = state.heldSpan[std::size_t(directionIndex(direction))];
    if (last >= 0 && lane.spans[last].end >= from) {
        Span& span = lane.spans[last];
        span.start = std::min(span.start, from);
        span.end = std::max(span.end, to);
        ++span.segments;
        return;
    }
    lane.spans.append(
        {.kind = Span::Kind::HeldBack, .direction = direction, .segments = 1, .start = from, .end = to});
    last = qint32(lane.spans.size() - 1);
}

void LanesModel::closeConnection(int connection, qint64 time)
{
    Connection& lane = m_connections[connection];
    ConnectionState& state = m_states[connection];
    if (lane.closed != Pending)
        return;
    lane.closed = time;
    for (qint32* open : {&state.tcpSpan, &state.tlsSpan, &state.awaitingSpan}) {
        if (*open >= 0) {
            Span& span = lane.spans[*open];
            span.end = std::max(span.start, time);
            span.failed = span.kind != Span::Kind::AwaitingResponse;
            *open = -1;
        }
    }
}

int LanesModel::trackFor(int connection, const Event& event)
{
    const ProtocolDescriptor& protocol = ProtocolRegistry::of(event);
    if (const std::optional<quint32> stream = protocol.requestStream(event))
        return rowForStream(connection, *stream, event.timeNs);
    // The security layer's track carries TLS records or the QUIC packets that protect everything above.
    switch (protocol.place()) {
    case LayerPlace::Carrier:
        return TlsTrack;
    case LayerPlace::Calls:
        return GrpcTrack;
    default:
        return ControlTrack;
    }
}

int LanesModel::rowForStream(int connection, quint32 stream, qint64 time)
{
    Connection& lane = m_connections[connection];
    ConnectionState& state = m_states[connection];
    const auto known = state.streams.constFind(stream);
    if (known != state.streams.constEnd())
        return FirstRow + known->row;
    int row = 0;
    if (state.freeRows.empty()) {
        row = lane.rowCount();
        Track track;
        track.kind = TrackKind::Streams;
        lane.tracks.append(track);
    } else {
        row = state.freeRows.top();
        state.freeRows.pop();
    }
    Track& track = lane.tracks[FirstRow + row];
    if (track.streamCount == 0) {
        track.firstStream = stream;
        track.firstUse = std::min(track.firstUse, time);
    }
    track.lastStream = stream;
    ++track.streamCount;
    lane.streamStarts.push_back(time);
    state.streams.insert(stream, {row, false});
    return FirstRow + row;
}

void LanesModel::releaseStream(int connection, quint32 stream)
{
    ConnectionState& state = m_states[connection];
    const auto found = state.streams.find(stream);
    if (found == state.streams.end() || found->closed)
        return;
    found->closed = true;
    state.freeRows.push(found->row);
}

void LanesModel::noteApplication(int connection, const Event& event, bool sender)
{
    Connection& lane = m_connections[connection];
    ConnectionState& state = m_states[connection];
    const ProtocolDescriptor& protocol = ProtocolRegistry::of(event);
    // The first application layer seen names the connection, unless a later one takes it over (the
    // WebSocket upgrade, gRPC on HTTP/2).
    if (!lane.protocol || (*lane.protocol != event.layer && protocol.takesOver(*lane.protocol)))
        lane.protocol = event.layer;
    // A stream is over for the page once the client has its last frame, or either side reset it.
    const StreamEnd end = protocol.streamEnd(event);
    if ((end == StreamEnd::Finished && !sender && event.origin == Origin::Client) ||
        end == StreamEnd::Aborted)
        releaseStream(connection, event.stream);
    if (event.origin != Origin::Client)
        return;
    const bool request = protocol.asks(event);
    const bool response = protocol.answers(event);
    if (sender && request && state.awaitingSpan < 0) {
        lane.spans.append({.kind = Span::Kind::AwaitingResponse, .start = event.timeNs});
        state.awaitingSpan = qint32(lane.spans.size() - 1);
    } else if (!sender && response && state.awaitingSpan >= 0) {
        lane.spans[state.awaitingSpan].end = event.timeNs;
        state.awaitingSpan = -1;
    }
}

void LanesModel::addUnit(const Timeline& timeline, int connection, const Event& event, qint32 index)
{
    const bool sender = isSender(event);
    const ProtocolDescriptor& protocol = ProtocolRegistry::of(event);
    if (protocol.place() == LayerPlace::Carrier)
        noteCarrier(timeline, connection, event, sender);
    else
        noteApplication(connection, event, sender);
    // Units are what crosses the connection as bytes; summaries (HTTP/1.1 MessageEnd, WebSocket Message
    // and Close, TLS HandshakeComplete) describe units already drawn.
    const bool unit = protocol.isUnit(event);
    const std::optional<quint32> requestStream = protocol.requestStream(event);
    if (!unit && requestStream && sender && event.origin == Origin::Client) {
        // What the request asks for (its header fields) names the stream's row.
        if (const QString asked = protocol.unitLabel(timeline, event); !asked.isEmpty())
            m_connections[connection].tracks[rowForStream(connection, *requestStream, event.timeNs)].request =
                asked;
    }
    if (!unit && !protocol.isError(event))
        return;

    Block block = blockOf(event);
    const int track = trackFor(connection, event);

    if (!unit || event.direction == Direction::None) {
        block.end = event.timeNs;
        block.sentEvent = index;
        block.marks |= Instant;
        push(connection, track, block);
        return;
    }

    UnitMatchKey key = UnitMatchKey::of(event);
    // A unit read in other pieces than it was written (an HTTP/1.1 body) is matched by its bytes'
    // offsets, not by the size of each piece.
    const bool body = protocol.pairsByBytes(event);
    if (body || protocol.sizeDiffersAtReceiver(event))
        key.size = 0;
    ConnectionState& state = m_states[connection];

    if (sender) {
        block.sentEvent = index;
        const Ref ref = push(connection, track, block);
        if (body) {
            BodyFlow& flow = m_bodies[key];
            flow.sent += event.size;
            flow.pending.append({ref, flow.sent});
        } else {
            m_waiting[key].append(ref);
        }
        if (const QString text = protocol.unitLabel(timeline, event); !text.isEmpty())
            m_labels.insert(index, text);
        // A TLS record is drawn unless its content is: the unit of its layer its sender records next.
        Ref& pending = state.pendingRecord[event.origin == Origin::Client ? 0 : 1];
        if (protocol.envelopesNext(event)) {
            pending = ref;
        } else {
            if (pending.index >= 0 && this->block(pending).layer == event.layer)
                this->block(pending).marks |= Hidden;
            pending = Ref();
        }
        return;
    }

    // The unit has arrived: its block ends here, marked where it waited behind a lost segment.
    const auto arrived = [&](const Ref& ref) {
        Block& received = this->block(ref);
        received.receivedEvent = index;
        const qint64 held = state.heldNs[std::size_t(directionIndex(event.direction))];
        if (held > 0) {
            received.marks |= HeldBack;
            received.heldFrom = std::clamp(event.timeNs - held, received.start, event.timeNs);
        }
        finishBlock(ref, std::max(event.timeNs, received.start));
    };
    // An HTTP/3 frame on a request stream has arrived once its QUIC stream has all its bytes in order.
    QuicStreamFlow* streamFlow = nullptr;
    quint64 frameFrom = 0;
    if (requestStream && m_connections[connection].quic) {
        const auto flow =
            m_quicStreams.find(segmentKey(m_connections[connection].id, event.direction, *requestStream));
        if (flow != m_quicStreams.end() && flow->pieces) {
            frameFrom = flow->frames;
            flow->frames += event.size;
            streamFlow = &*flow;
        }
    }
    if (body) {
        const auto flow = m_bodies.find(key);
        if (flow != m_bodies.end()) {
            flow->received += event.size;
            while (!flow->pending.isEmpty() && flow->pending.constFirst().second <= flow->received)
                arrived(flow->pending.takeFirst().first);
            if (flow->pending.isEmpty() && flow->received >= flow->sent)
                m_bodies.erase(flow);
            return;
        }
    }
    const auto waiting = m_waiting.find(key);
    if (waiting == m_waiting.end()) {
        // Received without a recorded sender (a peer outside ProtoViz): a moment of arrival.
        block.end = event.timeNs;
        block.receivedEvent = index;
        push(connection, track, block);
        return;
    }
    const Ref ref = waiting->takeFirst();
    if (waiting->isEmpty())
        m_waiting.erase(waiting);
    if (streamFlow) {
        Block& received = this->block(ref);
        received.receivedEvent = index;
        if (streamFlow->inOrder < streamFlow->frames) {
            streamFlow->waiting.append({ref, frameFrom, streamFlow->frames});
            return;
        }
        markHeldInStream(received, streamFlow->heldSinceFor(frameFrom, streamFlow->frames), event.timeNs);
        finishBlock(ref, std::max(event.timeNs, received.start));
        return;
    }
    arrived(ref);
}

void LanesModel::noteCarrier(const Timeline& timeline, int connection, const Event& event, bool sender)
{
    Connection& lane = m_connections[connection];
    ConnectionState& state = m_states[connection];
    const ProtocolDescriptor& protocol = ProtocolRegistry::of(event);
    lane.tls = true; // QUIC runs the TLS 1.3 handshake inside its own packets
    lane.carrierName = protocol.title();
    if (protocol.ordersEachStream()) {
        lane.quic = true;
        if (protocol.isUnit(event) && !sender) {
            const EventDetail detail = timeline.detail(event);
            for (const StreamPiece& piece : protocol.streamPieces(event, detail))
                addStreamPiece(connection, event, piece);
        }
    }
    const HandshakeStep step = protocol.handshakeStep(event);
    if (step == HandshakeStep::Failed && state.tlsSpan >= 0) {
        Span& span = lane.spans[state.tlsSpan];
        span.failed = true;
        span.end = event.timeNs;
        state.tlsSpan = -1;
        return;
    }
    if (event.origin != Origin::Client || step == HandshakeStep::None)
        return;
    if (step == HandshakeStep::Completed) {
        if (state.tlsSpan >= 0) {
            lane.spans[state.tlsSpan].end = event.timeNs;
            state.tlsSpan = -1;
        }
        lane.tlsCompleted = event.timeNs;
        lane.tlsVersion = protocol.agreedName(timeline, event);
        return;
    }
    if (!state.tlsStarted && sender) {
        state.tlsStarted = true;
        state.clientSentLast = true;
        lane.spans.append({.kind = Span::Kind::TlsHandshake, .start = event.timeNs});
        state.tlsSpan = qint32(lane.spans.size() - 1);
        return;
    }
    if (state.tlsSpan < 0)
        return;
    // A round trip is the client sending and then hearing back.
    if (sender) {
        state.clientSentLast = true;
    } else if (state.clientSentLast && event.direction == Direction::ServerToClient) {
        ++lane.spans[state.tlsSpan].roundTrips;
        state.clientSentLast = false;
    }
}

void LanesModel::addStreamPiece(int connection, const Event& packet, const StreamPiece& piece)
{
    const auto stream = quint32(piece.stream);
    QuicStreamFlow& flow = m_quicStreams[segmentKey(m_connections[connection].id, packet.direction, stream)];
    flow.pieces = true;
    const quint64 end = piece.offset + piece.length;
    if (piece.fin)
        flow.finAt = end;
    if (piece.offset <= flow.inOrder) {
        const quint64 before = flow.inOrder;
        flow.inOrder = std::max(flow.inOrder, end);
        while (!flow.ahead.empty() && flow.ahead.begin()->first <= flow.inOrder) {
            flow.inOrder = std::max(flow.inOrder, flow.ahead.begin()->second);
            flow.ahead.erase(flow.ahead.begin());
        }
        if (flow.gapOpened != Pending && flow.inOrder > before) {
            // Bytes beyond the gap had come, and waited until now to be handed over in order.
            flow.heldSince = flow.gapOpened;
            flow.heldFrom = flow.gapAt;
            flow.heldTo = flow.inOrder;
            flow.gapAt = flow.inOrder;
            if (flow.ahead.empty())
                flow.gapOpened = Pending;
        }
    } else if (end > flow.inOrder) {
        quint64& known = flow.ahead[piece.offset];
        known = std::max(known, end);
        if (flow.gapOpened == Pending) {
            flow.gapOpened = packet.timeNs;
            flow.gapAt = flow.inOrder;
        }
    }
    settleStream(flow, packet.timeNs);
    // The client has the whole response: the row is free for another stream.
    if (flow.inOrder >= flow.finAt && packet.direction == Direction::ServerToClient)
        releaseStream(connection, stream);
}

void LanesModel::settleStream(QuicStreamFlow& flow, qint64 time)
{
    while (!flow.waiting.isEmpty() && flow.waiting.constFirst().to <= flow.inOrder) {
        const QuicStreamFlow::Waiting waiting = flow.waiting.takeFirst();
        Block& received = block(waiting.block);
        markHeldInStream(received, flow.heldSinceFor(waiting.from, waiting.to), time);
        finishBlock(waiting.block, std::max(time, received.start));
    }
}

void LanesModel::markHeldInStream(Block& received, qint64 since, qint64 time)
{
    if (since == Pending || since >= time)
        return;
    received.marks |= HeldBack;
    received.heldFrom = std::clamp(since, received.start, time);
    m_streamHeldSeen = std::min(m_streamHeldSeen, received.heldFrom);
}
} // namespace protoviz

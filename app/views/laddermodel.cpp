#include "app/views/laddermodel.h"

#include "core/session/sessionstatistics.h"
#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace protoviz {

namespace {

bool sentBySide(const Event& e)
{
    return (e.origin == Origin::Client && e.direction == Direction::ClientToServer) ||
           (e.origin == Origin::Server && e.direction == Direction::ServerToClient);
}

bool receivedBySide(const Event& e)
{
    return (e.origin == Origin::Server && e.direction == Direction::ClientToServer) ||
           (e.origin == Origin::Client && e.direction == Direction::ServerToClient);
}

// A superset of the events SessionStatistics::roundTripsOf reads (the link's handshake and deliveries,
// the client's acts, completed objects); whatever else it is given it skips, so counting over these alone
// gives the same result as over the whole timeline.
bool countsForRoundTrips(const Event& e)
{
    switch (e.layer) {
    case Layer::Wire:
        return e.kind != kindOf(WireKind::SegmentSent) && e.kind != kindOf(WireKind::SegmentLost);
    case Layer::Session:
        return e.kind == kindOf(SessionKind::ObjectCompleted);
    case Layer::Tls:
        return e.origin == Origin::Client && e.kind == kindOf(TlsKind::HandshakeMessage);
    case Layer::Http1:
        return e.origin == Origin::Client && e.kind == kindOf(Http1Kind::RequestHead);
    case Layer::Http2:
        return e.origin == Origin::Client && e.kind == kindOf(Http2Kind::Headers);
    case Layer::Grpc:
        return e.origin == Origin::Client && e.kind == kindOf(GrpcKind::Message);
    case Layer::WebSocket:
    case Layer::Quic:
    case Layer::Http3:
        return false;
    }
    return false;
}

} // namespace

void LadderModel::clear()
{
    *this = LadderModel();
}

int LadderModel::clientOf(quint32 connection) const
{
    if (m_clientCount <= 1)
        return 0;
    const auto known = m_clientOfConnection.constFind(connection);
    if (known != m_clientOfConnection.constEnd())
        return *known;
    // Each client opens its connection in turn, so until its first request says whose it is, the opening
    // order is the best guess (it is right for every connection the scenarios open first).
    return int(std::clamp<qsizetype>(m_connections.indexOf(connection), 0, m_clientCount - 1));
}

void LadderModel::append(const Timeline& timeline, qsizetype first, qsizetype count)
{
    const QList<Event> events = timeline.events(first, count);
    if (m_clientCount == 0)
        m_clientCount = timeline.settings().value(QStringLiteral("clients")).toInt();
    for (qsizetype i = 0; i < events.size(); ++i)
        take(timeline, events.at(i), first + i);
}

void LadderModel::take(const Timeline& timeline, const Event& e, qsizetype index)
{
    if (countsForRoundTrips(e))
        m_roundTripEvents.append(e);
    if (e.connection != 0 && !m_connections.contains(e.connection))
        m_connections.append(e.connection);

    switch (e.layer) {
    case Layer::Session:
        if (e.kind == kindOf(SessionKind::Started) && m_startNs < 0) {
            m_startNs = e.timeNs;
            m_rttNs = e.value;
        } else if (e.kind == kindOf(SessionKind::Finished)) {
            m_finishedNs = e.timeNs;
        }
        return;
    case Layer::Wire: {
        // The link records the handshake when a packet leaves (value = its arrival) and a FIN when it
        // arrives (value = its departure).
        if (e.direction == Direction::None)
            return;
        QString name;
        bool atDeparture = true;
        switch (WireKind(e.kind)) {
        case WireKind::Syn:
            name = QStringLiteral("SYN");
            break;
        case WireKind::SynAck:
            name = QStringLiteral("SYN-ACK");
            break;
        case WireKind::Ack:
            name = QStringLiteral("ACK");
            break;
        case WireKind::Fin:
            name = QStringLiteral("FIN");
            atDeparture = false;
            break;
        default:
            return;
        }
        qint64 sendNs = atDeparture ? e.timeNs : e.value;
        // The link answers a handshake packet the moment it arrives, but records the answer when its
        // timer fires, a little later: the previous packet's arrival is the answer's true departure.
        if (atDeparture) {
            qint64& arrival = m_handshakeArrivals[e.connection];
            if (e.kind != kindOf(WireKind::Syn) && arrival > 0)
                sendNs = std::min(sendNs, arrival);
            arrival = e.value;
        }
        const qsizetype arrow = addArrow(e, index, sendNs, {name, name});
        complete(arrow, index, atDeparture ? e.value : e.timeNs);
        return;
    }
    default:
        break;
    }

    if (sentBySide(e)) {
        if (e.layer == Layer::WebSocket && (e.kind == kindOf(WebSocketKind::UpgradeRequest) ||
                                            e.kind == kindOf(WebSocketKind::UpgradeResponse))) {
            // The upgrade is an HTTP/1.1 message; when its head has an arrow already, this is that arrow.
            const auto head = m_http1Heads.constFind({e.connection, e.stream, e.direction});
            if (head != m_http1Heads.constEnd() && m_arrows.at(*head).event.size == e.size)
                return;
        }
        const std::optional<ArrowLabel> label = ProtocolRegistry::of(e).arrowLabel(timeline, e);
        if (!label)
            return;
        const qsizetype arrow = addArrow(e, index, e.timeNs, *label);
        countQuicWait(timeline, e, e.timeNs);
        if (m_clientCount > 1 && e.is(Layer::Http1, Http1Kind::RequestHead) &&
            !m_clientOfConnection.contains(e.connection)) {
            // The chat and ticker clients name themselves in every request ("?client=2"), the WebSocket
            // upgrade included: that is what ties a connection to its client's lifeline.
            const QString target = timeline.detail(e).fieldValue(u"target");
            bool ok = false;
            const int client =
                QUrlQuery(QUrl(target).query()).queryItemValue(QStringLiteral("client")).toInt(&ok);
            if (ok && client >= 0 && client < m_clientCount)
                m_clientOfConnection.insert(e.connection, client);
        }
        if (e.is(Layer::Http1, Http1Kind::Body)) {
            BodyFlow& flow = m_bodies[{e.connection, e.stream, e.direction}];
            flow.sent += e.size;
            flow.pending.append({arrow, flow.sent});
        } else {
            m_inFlight[UnitMatchKey::of(e)].append(arrow);
            if (e.is(Layer::Http1, Http1Kind::RequestHead) || e.is(Layer::Http1, Http1Kind::ResponseHead))
                m_http1Heads.insert({e.connection, e.stream, e.direction}, arrow);
        }
        return;
    }
    if (!receivedBySide(e))
        return;
    if (e.is(Layer::Http1, Http1Kind::Body)) {
        const auto found = m_bodies.find({e.connection, e.stream, e.direction});
        if (found == m_bodies.end())
            return;
        found->received += e.size;
        while (!found->pending.isEmpty() && found->pending.constFirst().second <= found->received)
            complete(found->pending.takeFirst().first, index, e.timeNs);
        return;
    }
    const auto found = m_inFlight.find(UnitMatchKey::of(e));
    if (found == m_inFlight.end()) {
        // From a peer whose side is not recorded: it left a one-way delay before.
        countQuicWait(timeline, e, e.timeNs - oneWayNs());
        return;
    }
    const qsizetype arrow = found->takeFirst();
    // Keys are per stream: kept empty, they would pile up with every stream of a long session.
    if (found->isEmpty())
        m_inFlight.erase(found);
    complete(arrow, index, e.timeNs);
    countQuicWait(timeline, e, m_arrows.at(arrow).sendNs);
}

void LadderModel::countQuicWait(const Timeline& timeline, const Event& e, qint64 departureNs)
{
    // TCP's round trips are counted from the link's segments; QUIC's from the client's own packets.
    if (e.layer != Layer::Quic || e.origin != Origin::Client)
        return;
    const RoundTripStep step = ProtocolRegistry::of(e).roundTripStep(e, timeline.detail(e));
    const int counted = m_quicRounds.isEmpty() ? 0 : m_quicRounds.constLast().second;
    QuicWaits& waits = m_quicWaits[e.connection];
    if (step == RoundTripStep::Asks) {
        // A new connection's first ask waits on top of every round the session has had.
        const int round = (waits.asks.isEmpty() ? counted : waits.answered) + 1;
        if (waits.asks.isEmpty() || waits.asks.constLast().second != round)
            waits.asks.append({e.timeNs, round});
    } else if (step == RoundTripStep::Answers) {
        int round = 0;
        for (const auto& [askedNs, asked] : std::as_const(waits.asks)) {
            if (askedNs + oneWayNs() <= departureNs + 1000000) // 1 ms of timer slack, as roundTripsOf
                round = std::max(round, asked);
        }
        waits.answered = std::max(waits.answered, round);
        if (round > counted)
            m_quicRounds.append({e.timeNs, round});
    }
}

int LadderModel::quicRoundTripsAt(qint64 positionNs) const
{
    const auto after =
        std::partition_point(m_quicRounds.cbegin(), m_quicRounds.cend(),
                             [positionNs](const auto& step) { return step.first <= positionNs; });
    return after == m_quicRounds.cbegin() ? 0 : (after - 1)->second;
}

qsizetype LadderModel::addArrow(const Event& e, qsizetype index, qint64 sendNs, const ArrowLabel& label)
{
    const qsizetype arrow = m_arrows.size();
    m_arrows.append({.event = e,
                     .sendEvent = index,
                     .sendNs = sendNs,
                     .label = label.text,
                     .family = familyOf(label.family),
                     .distinctive = label.distinctive,
                     .standsAlone = label.standsAlone,
                     .routine = label.routine,
                     .call = label.call});
    // Units are made in timeline order, which is send order except for a FIN (recorded on arrival).
    auto position = m_bySend.end();
    while (position != m_bySend.begin() && m_arrows.at(*(position - 1)).sendNs > sendNs)
        --position;
    m_bySend.insert(position, arrow);
    m_arrowOfEvent.insert(index, arrow);
    m_kinds.insert(kindKey(e.layer, e.kind));
    return arrow;
}

void LadderModel::complete(qsizetype arrow, qsizetype eventIndex, qint64 receiveNs)
{
    LadderArrow& a = m_arrows[arrow];
    if (!a.received())
        ++m_receivedCount;
    a.receiveEvent = eventIndex;
    a.receiveNs = receiveNs;
    m_longestLatencyNs = std::max(m_longestLatencyNs, a.latencyNs());
    m_arrowOfEvent.insert(eventIndex, arrow);
    // Hearing an acknowledgement is not hearing back: the sender's flight goes on (TCP's are not units).
    if (a.routine)
        return;
    const Origin receiver = a.direction() == Direction::ClientToServer ? Origin::Server : Origin::Client;
    QList<qint64>& times = m_receiveTimes[sideKey(receiver, a.event.connection)];
    times.insert(std::upper_bound(times.begin(), times.end(), receiveNs), receiveNs);
}

bool LadderModel::receivedBetween(Origin side, quint32 connection, qint64 afterNs, qint64 upToNs) const
{
    const auto found = m_receiveTimes.constFind(sideKey(side, connection));
    if (found == m_receiveTimes.constEnd())
        return false;
    const auto next = std::upper_bound(found->cbegin(), found->cend(), afterNs);
    return next != found->cend() && *next <= upToNs;
}

int LadderModel::familyOf(const QString& name)
{
    const auto found = m_familyIndex.constFind(name);
    if (found != m_familyIndex.constEnd())
        return *found;
    m_families.append(name);
    m_familyIndex.insert(name, int(m_families.size() - 1));
    return int(m_families.size() - 1);
}

qsizetype LadderModel::firstSentAtOrAfter(qint64 timeNs) const
{
    const auto found = std::partition_point(m_bySend.cbegin(), m_bySend.cend(), [this, timeNs](qsizetype a) {
        return m_arrows.at(a).sendNs < timeNs;
    });
    return found - m_bySend.cbegin();
}

std::optional<qsizetype> LadderModel::arrowOfEvent(qsizetype eventIndex) const
{
    const auto found = m_arrowOfEvent.constFind(eventIndex);
    if (found == m_arrowOfEvent.constEnd())
        return std::nullopt;
    return *found;
}

int LadderModel::roundTripsAt(qint64 positionNs) const
{
    const auto end = std::partition_point(m_roundTripEvents.cbegin(), m_roundTripEvents.cend(),
                                          [positionNs](const Event& e) { return e.timeNs <= positionNs; });
    const qsizetype count = end - m_roundTripEvents.cbegin();
    if (count != m_roundTripsCount) {
        m_roundTripsCount = count;
        m_roundTrips =
            count > 0 ? SessionStatistics::roundTripsOf(m_roundTripEvents.first(count), m_rttNs) : 0;
    }
    return std::max(m_roundTrips, quicRoundTripsAt(positionNs));
}

int LadderModel::roundTripsBetween(qint64 fromNs, qint64 toNs) const
{
    const auto countUpTo = [this](qint64 positionNs) {
        const auto end =
            std::partition_point(m_roundTripEvents.cbegin(), m_roundTripEvents.cend(),
                                 [positionNs](const Event& e) { return e.timeNs <= positionNs; });
        const qsizetype count = end - m_roundTripEvents.cbegin();
        if (count == 0)
            return 0;
        const auto known = m_roundTripsOfPrefix.constFind(count);
        if (known != m_roundTripsOfPrefix.constEnd())
            return *known;
        if (m_roundTripsOfPrefix.size() > 1024)
            m_roundTripsOfPrefix.clear();
        // roundTripsOf stops at the last object completed, the session's end; here the work counted ends
        // at positionNs, where the last answer of a run arrived before its object was completed.
        QList<Event> events = m_roundTripEvents.first(count);
        Event done;
        done.timeNs = positionNs;
        done.layer = Layer::Session;
        done.kind = kindOf(SessionKind::ObjectCompleted);
        events.append(done);
        const int trips = SessionStatistics::roundTripsOf(events, m_rttNs);
        m_roundTripsOfPrefix.insert(count, trips);
        return trips;
    };
    return std::max(
        {0, countUpTo(toNs) - countUpTo(fromNs - 1), quicRoundTripsAt(toNs) - quicRoundTripsAt(fromNs - 1)});
}

} // namespace protoviz

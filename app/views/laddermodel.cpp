#include "app/views/laddermodel.h"

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
    m_roundTrips.add(e);
    if (e.connection != 0 && !m_connections.contains(e.connection))
        m_connections.append(e.connection);

    if (e.is(SessionKind::Started)) {
        if (m_startNs < 0) {
            m_startNs = e.timeNs;
            m_rttNs = e.value;
        }
        return;
    }
    if (e.is(SessionKind::Finished)) {
        m_finishedNs = e.timeNs;
        return;
    }
    if (takeHandshakePacket(e, index))
        return;

    const ProtocolDescriptor& protocol = ProtocolRegistry::of(e);
    const BodyKey key{e.connection, e.stream, e.direction};
    if (sentBySide(e)) {
        if (const std::optional<Layer> retold = protocol.retells(e)) {
            // The same bytes as the unit it retells: when that one has an arrow already, this is it.
            const auto latest = m_latestArrows.constFind(key);
            if (latest != m_latestArrows.constEnd() && m_arrows.at(*latest).event.layer == *retold &&
                m_arrows.at(*latest).event.size == e.size)
                return;
        }
        const std::optional<ArrowLabel> label = protocol.arrowLabel(timeline, e);
        if (!label)
            return;
        const qsizetype arrow = addArrow(e, index, e.timeNs, *label);
        learnClient(timeline, e);
        if (protocol.role(e) == UnitRole::Fin && !m_closedAt.contains(sideKey(e.origin, e.connection)))
            m_closedAt.insert(sideKey(e.origin, e.connection), e.timeNs);
        if (protocol.pairsByBytes(e)) {
            BodyFlow& flow = m_bodies[key];
            flow.sent += e.size;
            flow.pending.append({arrow, flow.sent});
        } else {
            m_inFlight[UnitMatchKey::of(e)].append(arrow);
            m_latestArrows.insert(key, arrow);
        }
        return;
    }
    if (!receivedBySide(e))
        return;
    if (protocol.pairsByBytes(e)) {
        const auto found = m_bodies.find(key);
        if (found == m_bodies.end())
            return;
        found->received += e.size;
        while (!found->pending.isEmpty() && found->pending.constFirst().second <= found->received)
            complete(found->pending.takeFirst().first, index, e.timeNs);
        return;
    }
    const auto found = m_inFlight.find(UnitMatchKey::of(e));
    if (found == m_inFlight.end())
        return; // from a peer whose side is not recorded
    const qsizetype arrow = found->takeFirst();
    // Keys are per stream: kept empty, they would pile up with every stream of a long session.
    if (found->isEmpty())
        m_inFlight.erase(found);
    complete(arrow, index, e.timeNs);
}

bool LadderModel::takeHandshakePacket(const Event& e, qsizetype index)
{
    // The link records TCP's handshake when a packet leaves (value = its arrival) and a FIN when it
    // arrives (value = its departure): the link's own events, drawn from both times at once.
    QString name;
    if (e.is(WireKind::Syn))
        name = QStringLiteral("SYN");
    else if (e.is(WireKind::SynAck))
        name = QStringLiteral("SYN-ACK");
    else if (e.is(WireKind::Ack))
        name = QStringLiteral("ACK");
    else if (e.is(WireKind::Fin))
        name = QStringLiteral("FIN");
    else
        return false;
    const bool atDeparture = !e.is(WireKind::Fin);
    if (e.direction == Direction::None)
        return true;
    qint64 sendNs = atDeparture ? e.timeNs : e.value;
    // The link answers a handshake packet the moment it arrives, but records the answer when its
    // timer fires, a little later: the previous packet's arrival is the answer's true departure.
    if (atDeparture) {
        qint64& arrival = m_handshakeArrivals[e.connection];
        if (!e.is(WireKind::Syn) && arrival > 0)
            sendNs = std::min(sendNs, arrival);
        arrival = e.value;
    }
    const qsizetype arrow = addArrow(e, index, sendNs, {name, name});
    complete(arrow, index, atDeparture ? e.value : e.timeNs);
    return true;
}

void LadderModel::learnClient(const Timeline& timeline, const Event& e)
{
    if (m_clientCount <= 1 || m_clientOfConnection.contains(e.connection) || !ProtocolRegistry::of(e).asks(e))
        return;
    // The chat and ticker clients name themselves in every request ("?client=2"), the WebSocket upgrade
    // included: that is what ties a connection to its client's lifeline.
    const QString target = ProtocolRegistry::of(e).requestTarget(timeline, e);
    if (target.isEmpty())
        return;
    bool ok = false;
    const int client = QUrlQuery(QUrl(target).query()).queryItemValue(QStringLiteral("client")).toInt(&ok);
    if (ok && client >= 0 && client < m_clientCount)
        m_clientOfConnection.insert(e.connection, client);
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
    if (!label.routine)
        m_shownUnreceived.insert(arrow);
    return arrow;
}

void LadderModel::complete(qsizetype arrow, qsizetype eventIndex, qint64 receiveNs)
{
    LadderArrow& a = m_arrows[arrow];
    if (!a.received())
        ++m_receivedCount;
    m_shownUnreceived.remove(arrow);
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

bool LadderModel::neverRead(const LadderArrow& arrow) const
{
    if (arrow.received())
        return false;
    const Origin receiver = arrow.direction() == Direction::ClientToServer ? Origin::Server : Origin::Client;
    const auto closed = m_closedAt.constFind(sideKey(receiver, arrow.event.connection));
    return closed != m_closedAt.constEnd() && *closed <= arrow.sendNs + oneWayNs();
}

bool LadderModel::anyShownUnreceived() const
{
    return std::any_of(m_shownUnreceived.cbegin(), m_shownUnreceived.cend(),
                       [this](qsizetype arrow) { return !neverRead(m_arrows.at(arrow)); });
}

bool LadderModel::anyShownNeverRead() const
{
    return std::any_of(m_shownUnreceived.cbegin(), m_shownUnreceived.cend(),
                       [this](qsizetype arrow) { return neverRead(m_arrows.at(arrow)); });
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
    return m_roundTrips.roundTripsAt(positionNs);
}

int LadderModel::roundTripsBetween(qint64 fromNs, qint64 toNs) const
{
    // The work counted ends at toNs, where the last answer of a run arrived before its object completed.
    return std::max(0, m_roundTrips.roundTripsUpTo(toNs) - m_roundTrips.roundTripsUpTo(fromNs - 1));
}

} // namespace protoviz

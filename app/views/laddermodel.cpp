#include "app/views/laddermodel.h"

#include "core/http2/http2framedissector.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlsnames.h"
#include "core/tls/tlsstream.h"
#include "core/websocket/websocketframe.h"

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

QString http2FrameName(const Event& e)
{
    constexpr quint8 Ack = 0x1;
    switch (Http2Kind(e.kind)) {
    case Http2Kind::Settings:
        return e.flags & Ack ? QStringLiteral("SETTINGS ACK") : QStringLiteral("SETTINGS");
    case Http2Kind::Ping:
        return e.flags & Ack ? QStringLiteral("PING ACK") : QStringLiteral("PING");
    case Http2Kind::UnknownFrame:
        return QStringLiteral("frame");
    case Http2Kind::Preface:
        return QStringLiteral("preface");
    case Http2Kind::Error:
        return {};
    default:
        return Http2FrameDissector::typeName(e.kind);
    }
}

QString webSocketOpcodeName(quint8 firstByte)
{
    const quint8 opcode = firstByte & 0x0f;
    return WebSocketFrame::isKnownOpcode(opcode) ? WebSocketFrame::opcodeName(opcode)
                                                 : QStringLiteral("0x%1").arg(opcode, 0, 16);
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
        const std::optional<Label> label = labelOf(timeline, e);
        if (!label)
            return;
        const qsizetype arrow = addArrow(e, index, e.timeNs, *label);
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
    if (found == m_inFlight.end())
        return;
    const qsizetype arrow = found->takeFirst();
    // Keys are per stream: kept empty, they would pile up with every stream of a long session.
    if (found->isEmpty())
        m_inFlight.erase(found);
    complete(arrow, index, e.timeNs);
}

std::optional<LadderModel::Label> LadderModel::labelOf(const Timeline& timeline, const Event& e) const
{
    switch (e.layer) {
    case Layer::Tls:
        switch (TlsKind(e.kind)) {
        case TlsKind::HandshakeMessage: {
            QString name = timeline.detail(e).text;
            if (name.isEmpty())
                name = TlsNames::handshakeTypeName(e.flags);
            // What a full handshake has and a resumed one lacks (or a retried one adds) is the point of
            // comparing them; ServerHello or Finished come in every handshake.
            const bool distinctive = name.startsWith(QLatin1String("Certificate")) ||
                                     name.startsWith(QLatin1String("HelloRetryRequest")) ||
                                     name.startsWith(QLatin1String("NewSessionTicket")) ||
                                     name.startsWith(QLatin1String("ServerKeyExchange")) ||
                                     name.startsWith(QLatin1String("ClientKeyExchange"));
            return Label{name, name, distinctive};
        }
        case TlsKind::ChangeCipherSpec:
            return Label{QStringLiteral("ChangeCipherSpec"), QStringLiteral("ChangeCipherSpec")};
        case TlsKind::Alert: {
            if (e.flags == 0)
                return Label{QStringLiteral("close_notify"), QStringLiteral("close_notify")};
            const QString name = tr("alert %1").arg(TlsNames::alertDescriptionName(e.flags));
            return Label{name, name, true};
        }
        case TlsKind::EarlyData:
            if (e.flags != quint8(TlsEarlyData::Sent))
                return std::nullopt;
            return Label{tr("early data"), tr("early data"), true};
        default:
            return std::nullopt;
        }
    case Layer::Http1: {
        if (e.kind == kindOf(Http1Kind::Body))
            return Label{tr("body"), tr("body")};
        const bool request = e.kind == kindOf(Http1Kind::RequestHead);
        if (!request && e.kind != kindOf(Http1Kind::ResponseHead))
            return std::nullopt;
        const EventDetail detail = timeline.detail(e);
        if (request) {
            const QString method = detail.fieldValue(u"method");
            if (method.isEmpty())
                return Label{tr("request"), tr("request")};
            const QString label = method + QLatin1Char(' ') + detail.fieldValue(u"target");
            // The request that turns the connection into a WebSocket is worth telling apart from GETs.
            if (detail.fieldValue(u"Upgrade").compare(u"websocket", Qt::CaseInsensitive) == 0 ||
                detail.fieldValue(u"upgrade").compare(u"websocket", Qt::CaseInsensitive) == 0)
                return Label{tr("%1 (upgrade to WebSocket)").arg(label),
                             tr("%1 (upgrade to WebSocket)").arg(method), true, true};
            // Polls of one resource are one call repeated, whatever their query ("?client=2&since=7").
            const QString target = detail.fieldValue(u"target");
            const QString path = target.left(target.indexOf(QLatin1Char('?')));
            return Label{label, method, false, false, method + QLatin1Char(' ') + path};
        }
        const QString status = detail.fieldValue(u"status");
        if (status.isEmpty())
            return Label{tr("response"), tr("response")};
        const QString line = status + QLatin1Char(' ') + detail.fieldValue(u"reason");
        // 101 Switching Protocols: from here on the connection speaks WebSocket.
        const bool switching = status == QLatin1String("101");
        return Label{line, line, switching, switching};
    }
    case Layer::Http2: {
        const QString name = http2FrameName(e);
        if (name.isEmpty())
            return std::nullopt;
        if (e.stream == 0)
            return Label{name, name};
        // A gRPC call's HEADERS name the method in :path ("/protoviz.Items/GetItem"): the kind of call is
        // what tells one stream from another.
        if (e.kind == kindOf(Http2Kind::Headers) && e.direction == Direction::ClientToServer) {
            const EventDetail detail = timeline.detail(e);
            if (detail.fieldValue(u"content-type").startsWith(QLatin1String("application/grpc"))) {
                QString path = detail.fieldValue(u":path");
                path = path.left(path.indexOf(QLatin1Char(' ')));
                const QString method = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
                // Which of the call types a stream is (GetItem, ListItems, ...) is what a gRPC scenario
                // compares: labelled first.
                if (!method.isEmpty())
                    return Label{QStringLiteral("%1 s%2 %3").arg(name).arg(e.stream).arg(method),
                                 QStringLiteral("%1 %2").arg(name, method), true, false, method};
            }
        }
        return Label{QStringLiteral("%1 s%2").arg(name).arg(e.stream), name};
    }
    case Layer::WebSocket:
        switch (WebSocketKind(e.kind)) {
        case WebSocketKind::Frame: {
            const QString name = tr("%1 frame").arg(webSocketOpcodeName(e.flags));
            return Label{name, name};
        }
        case WebSocketKind::UpgradeRequest:
            return Label{tr("WebSocket upgrade request"), tr("WebSocket upgrade request"), true, true};
        case WebSocketKind::UpgradeResponse: {
            const EventDetail detail = timeline.detail(e);
            const QString line =
                detail.fieldValue(u"status") + QLatin1Char(' ') + detail.fieldValue(u"reason");
            return Label{line.trimmed(), line.trimmed(), true, true};
        }
        default:
            return std::nullopt;
        }
    case Layer::Grpc: {
        if (e.kind != kindOf(GrpcKind::Message))
            return std::nullopt;
        // The engine describes a message as "GetItem request 1: 3 bytes of protobuf ..."; the part before
        // the colon names it.
        const QString text = timeline.detail(e).text;
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? text.left(colon) : tr("message");
        // Counted by call ("gRPC GetItem ×16"): the method is the first word of the name.
        const QString method = colon > 0 ? name.left(name.indexOf(QLatin1Char(' '))) : QString();
        return Label{tr("gRPC %1").arg(name),
                     method.isEmpty() ? tr("gRPC message") : tr("gRPC %1").arg(method), false, false, method};
    }
    case Layer::Session:
    case Layer::Wire:
    case Layer::Quic:
    case Layer::Http3:
        break;
    }
    return std::nullopt;
}

qsizetype LadderModel::addArrow(const Event& e, qsizetype index, qint64 sendNs, const Label& label)
{
    const qsizetype arrow = m_arrows.size();
    m_arrows.append({.event = e,
                     .sendEvent = index,
                     .sendNs = sendNs,
                     .label = label.text,
                     .family = familyOf(label.family),
                     .distinctive = label.distinctive,
                     .standsAlone = label.standsAlone,
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
    return m_roundTrips;
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
    return std::max(0, countUpTo(toNs) - countUpTo(fromNs - 1));
}

} // namespace protoviz

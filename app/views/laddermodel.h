#pragma once

#include "core/timeline/event.h"
#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/roundtripcounter.h"

#include "app/views/unitmatchkey.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace protoviz {

class Timeline;

/// One protocol unit's trip from one side to the other, as the ladder draws it: sent by one side at
/// sendNs, received by the other at receiveNs. A plain value.
struct LadderArrow
{
    Event event;                 ///< the sender's event (layer, kind, connection, stream, size, colour)
    qsizetype sendEvent = -1;    ///< timeline index of the sender's event (what a click selects)
    qsizetype receiveEvent = -1; ///< timeline index of the receiver's event, -1 until it was received
    qint64 sendNs = 0;           ///< when the sender wrote the unit (shared session clock)
    qint64 receiveNs = -1;       ///< when the receiver read it, -1 while in flight or if never received
    QString label;               ///< "GET /tiles/3", "HEADERS s1", "ClientHello", "SYN"
    int family = 0;              ///< index into LadderModel::families(): what a bundle counts ("GET", "DATA")
    /// A message that tells one scenario from another (Certificate, HelloRetryRequest, early data, an
    /// alert, the WebSocket upgrade): named first in a bundle's label, so that it is never elided.
    bool distinctive = false;
    /// Drawn as an arrow of its own, never bundled (the WebSocket upgrade request and its 101 answer).
    bool standsAlone = false;
    /// Carries nothing the ladder tells (ArrowLabel::routine): not drawn, and hearing it is not hearing
    /// back. Kept for the round trips it takes part in.
    bool routine = false;
    /// The call the unit belongs to, as a run of similar calls is counted ("GetItem" for a gRPC call's
    /// HEADERS and messages, "GET /chat" for an HTTP/1.1 request); empty for units of no call.
    QString call;

    Direction direction() const { return event.direction; }
    bool received() const { return receiveNs >= 0; }
    qint64 latencyNs() const { return received() ? receiveNs - sendNs : -1; }
};

/// The arrows of a ladder (sequence) diagram, derived from a session's timeline and kept up to date
/// incrementally as events are appended.
///
/// Each unit the ladder shows is recorded twice by the engine: by the side that sent it (Origin::Client
/// with Direction::ClientToServer, or Origin::Server with ServerToClient) and by the side that received
/// it. The sender's event makes an arrow; the receiver's event of the same connection, layer, kind, stream
/// and size completes the oldest such arrow still in flight (units of one kind arrive in the order they
/// were sent). Units the receiver may read in other pieces than the sender wrote them (HTTP/1.1 body
/// runs: ProtocolDescriptor::pairsByBytes) are matched by byte count instead. The TCP handshake and FIN
/// are the link's events, which carry both times themselves. What the descriptors give no arrow (TLS
/// records, TCP segments, reassembled WebSocket messages) is not drawn: the units it carries are.
///
/// Labels are translated when the arrow is made; rebuild the model after a language change. Not
/// thread-safe: use it on one thread (the GUI's); it reads the timeline through its thread-safe API.
class LadderModel
{
    Q_DECLARE_TR_FUNCTIONS(LadderModel)

public:
    /// Forgets every arrow, e.g. for another timeline.
    void clear();
    /// Takes events [first, first + count) of timeline into the model (they must follow those taken so
    /// far).
    void append(const Timeline& timeline, qsizetype first, qsizetype count);

    /// Arrows in the order they were made.
    qsizetype size() const { return m_arrows.size(); }
    bool isEmpty() const { return m_arrows.isEmpty(); }
    const LadderArrow& arrow(qsizetype index) const { return m_arrows.at(index); }
    /// Indices of the arrows sorted by send time.
    const QList<qsizetype>& bySend() const { return m_bySend; }
    /// The first position in bySend() whose arrow was sent at or after timeNs.
    qsizetype firstSentAtOrAfter(qint64 timeNs) const;
    /// The longest time an arrow took so far (for culling), at least the one-way delay.
    qint64 longestLatencyNs() const { return std::max(m_longestLatencyNs, oneWayNs()); }

    /// The arrow an event belongs to (sender's or receiver's event), if any.
    std::optional<qsizetype> arrowOfEvent(qsizetype eventIndex) const;

    /// Names of the arrow families ("GET", "DATA", "ClientHello"), indexed by LadderArrow::family.
    const QStringList& families() const { return m_families; }

    /// Connection ids in the order they opened.
    const QList<quint32>& connections() const { return m_connections; }

    /// How many clients the session runs (its "clients" setting: the chat and ticker scenarios), 0 where
    /// one client makes every connection.
    int clientCount() const { return m_clientCount; }
    /// The client a connection belongs to, from 0: the "client" parameter of its first request's target
    /// ("/updates?client=2"), or before that request arrived its place in the opening order. 0 where the
    /// session has one client.
    int clientOf(quint32 connection) const;

    /// The session's start (its Started event) and configured round-trip time; -1 and 0 before it.
    qint64 startNs() const { return m_startNs; }
    qint64 rttNs() const { return m_rttNs; }
    qint64 oneWayNs() const { return m_rttNs / 2; }
    /// When the session finished, -1 while it runs.
    qint64 finishedNs() const { return m_finishedNs; }

    /// Round trips of the work done by positionNs, as the session's statistics count them
    /// (RoundTripCounter::roundTripsAt).
    int roundTripsAt(qint64 positionNs) const;
    /// The round trips taken from fromNs (what happened before it not counted) up to toNs, as
    /// roundTripsAt() counts them: what a run of calls cost. Remembered, since a run's ends stay put
    /// from frame to frame.
    int roundTripsBetween(qint64 fromNs, qint64 toNs) const;

    /// Whether side received some unit on a connection after afterNs, up to and including upToNs, other
    /// than a routine one (acknowledgements, flow control: LadderArrow::routine), which answers nothing:
    /// what separates one flight of a sender's units from the next.
    bool receivedBetween(Origin side, quint32 connection, qint64 afterNs, qint64 upToNs) const;

    /// Whether some arrow shows a unit of this layer and kind (for legends).
    bool hasKind(Layer layer, quint8 kind) const { return m_kinds.contains(kindKey(layer, kind)); }
    /// Arrows whose unit has not been received (yet).
    qsizetype inFlightCount() const { return m_arrows.size() - m_receivedCount; }
    /// Whether the arrow's unit was never read because its receiver had closed the connection before it
    /// could arrive (sent a unit whose role is UnitRole::Fin: a QUIC CONNECTION_CLOSE, after which an
    /// endpoint reads nothing): not lost, just too late.
    bool neverRead(const LadderArrow& arrow) const;
    /// Whether some arrow the ladder draws (not routine) has not been seen arriving, for a reason other
    /// than neverRead().
    bool anyShownUnreceived() const;
    /// Whether some arrow the ladder draws was never read because its receiver had closed.
    bool anyShownNeverRead() const;

private:
    struct BodyKey
    {
        quint32 connection = 0;
        quint32 stream = 0;
        Direction direction = Direction::None;

        friend bool operator==(const BodyKey&, const BodyKey&) = default;
        friend size_t qHash(const BodyKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.connection, key.stream, quint8(key.direction));
        }
    };
    /// A message body on its way: the bytes written and read so far, and the runs not yet read through.
    struct BodyFlow
    {
        qint64 sent = 0;
        qint64 received = 0;
        QList<std::pair<qsizetype, qint64>> pending; // arrow, end offset of its run
    };

    void take(const Timeline& timeline, const Event& event, qsizetype index);
    qsizetype addArrow(const Event& event, qsizetype index, qint64 sendNs, const ArrowLabel& label);
    void complete(qsizetype arrow, qsizetype eventIndex, qint64 receiveNs);
    int familyOf(const QString& name);
    bool takeHandshakePacket(const Event& event, qsizetype index);
    void learnClient(const Timeline& timeline, const Event& event);
    static quint16 kindKey(Layer layer, quint8 kind) { return quint16(quint16(layer) << 8 | kind); }
    static quint64 sideKey(Origin side, quint32 connection)
    {
        return quint64(connection) << 1 | (side == Origin::Server ? 1 : 0);
    }

    QList<LadderArrow> m_arrows;
    QList<qsizetype> m_bySend;
    QHash<UnitMatchKey, QList<qsizetype>> m_inFlight;
    QHash<BodyKey, BodyFlow> m_bodies;
    QHash<qsizetype, qsizetype> m_arrowOfEvent;
    QHash<QString, int> m_familyIndex;
    QStringList m_families;
    QList<quint32> m_connections;
    QHash<quint32, int> m_clientOfConnection;
    int m_clientCount = 0;
    // The latest arrow per (connection, stream, direction): a unit that retells it (the WebSocket upgrade
    // recorded on top of its HTTP/1.1 head) is the same bytes and must not make a second arrow.
    QHash<BodyKey, qsizetype> m_latestArrows;
    QHash<quint32, qint64> m_handshakeArrivals;   // per connection: when the last handshake packet arrived
    QHash<quint64, QList<qint64>> m_receiveTimes; // per connection and receiving side, sorted
    QHash<quint64, qint64> m_closedAt;            // per connection and side: when it closed, reading no more
    QSet<qsizetype> m_shownUnreceived;            // arrows drawn (not routine) and not received (yet)
    RoundTripCounter m_roundTrips;
    qint64 m_startNs = -1;
    qint64 m_rttNs = 0;
    qint64 m_finishedNs = -1;
    qint64 m_longestLatencyNs = 0;
    qsizetype m_receivedCount = 0;
    QSet<quint16> m_kinds;
};

} // namespace protoviz

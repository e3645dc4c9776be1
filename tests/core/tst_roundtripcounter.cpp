#include "core/quic/quicrecords.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/roundtripcounter.h"

#include <QTest>

#include <limits>

using namespace protoviz;

namespace {

constexpr qint64 Ms = 1000000;
constexpr qint64 Rtt = 100 * Ms;
constexpr qint64 End = std::numeric_limits<qint64>::max();

Event started()
{
    return {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .timeNs = 0, .value = Rtt};
}

Event objectCompleted(qint64 atMs)
{
    return {.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectCompleted), .timeNs = atMs * Ms};
}

Event link(WireKind kind, quint32 connection, qint64 atMs, Direction direction = Direction::None,
           qint64 valueMs = 0)
{
    return {.layer = Layer::Wire,
            .kind = kindOf(kind),
            .direction = direction,
            .connection = connection,
            .timeNs = atMs * Ms,
            .value = valueMs * Ms};
}

/// Server bytes the link delivered to the client at atMs, having left the server at leftMs.
Event delivered(quint32 connection, qint64 atMs, qint64 leftMs, WireKind kind = WireKind::SegmentDelivered)
{
    return link(kind, connection, atMs, Direction::ServerToClient, leftMs);
}

/// A unit the client sent.
Event clientSent(Layer layer, quint8 kind, quint32 connection, qint64 atMs, quint32 stream = 0,
                 quint8 flags = 0)
{
    return {.layer = layer,
            .kind = kind,
            .origin = Origin::Client,
            .direction = Direction::ClientToServer,
            .flags = flags,
            .connection = connection,
            .stream = stream,
            .timeNs = atMs * Ms};
}

/// A page over HTTP/1.1: the handshake, the page, then an object asked for once the page was in.
QList<Event> pageOverHttp1()
{
    return {
        started(),
        link(WireKind::Syn, 1, 0),
        link(WireKind::Established, 1, 100),
        clientSent(Layer::Http1, kindOf(Http1Kind::RequestHead), 1, 100),
        delivered(1, 200, 150),
        objectCompleted(200),
        clientSent(Layer::Http1, kindOf(Http1Kind::RequestHead), 1, 200, 1),
        delivered(1, 300, 250),
        objectCompleted(300),
        // A goodbye after the work: nobody waits on it.
        clientSent(Layer::Http1, kindOf(Http1Kind::RequestHead), 1, 310, 2),
        delivered(1, 410, 360),
    };
}

} // namespace

class RoundTripCounterTest : public QObject
{
    Q_OBJECT

private slots:
    void countsChainsOfWaits();
    void leavesOutHopsBehindTheServer();
    void countsQuicByItsInitialAndItsRequests();
    void isTheStatisticsCount();
};

void RoundTripCounterTest::countsChainsOfWaits()
{
    RoundTripCounter counter;
    counter.add(pageOverHttp1());
    // The SYN's answer, the page's, the object's; the goodbye after the last object is not counted.
    QCOMPARE(counter.roundTripsAt(50 * Ms), 0);
    QCOMPARE(counter.roundTripsAt(100 * Ms), 1);
    QCOMPARE(counter.roundTripsAt(200 * Ms), 2);
    QCOMPARE(counter.roundTrips(), 3);
    QCOMPARE(counter.roundTripsAt(End), 3);
    // Counted as if the work went on to the end, the goodbye's answer is a fourth.
    QCOMPARE(counter.roundTripsUpTo(End), 4);
    // Halfway through the object's wait, the work so far has had two.
    QCOMPARE(counter.roundTripsUpTo(250 * Ms), 2);
    // Asked again, remembered counts say the same.
    QCOMPARE(counter.roundTripsAt(200 * Ms), 2);
    QCOMPARE(counter.roundTripsUpTo(End), 4);
}

void RoundTripCounterTest::leavesOutHopsBehindTheServer()
{
    // The server's own connection to an instance behind it (named so once it is open) is no wait of the
    // client's: the client's connection, opened after that hop's handshake, is still its first round.
    QList<Event> events = {
        started(),
        link(WireKind::Syn, 2, 0),
        link(WireKind::Established, 2, 100),
        {.layer = Layer::Session,
         .kind = kindOf(SessionKind::ConnectionRole),
         .flags = ConnectionRoleFlag::BehindTheServer,
         .connection = 2,
         .timeNs = 100 * Ms},
        link(WireKind::Syn, 1, 100),
        link(WireKind::Established, 1, 200),
        objectCompleted(200),
    };
    RoundTripCounter counter;
    counter.add(events);
    QCOMPARE(counter.roundTrips(), 1);

    // Were it the client's, the second connection would wait on the first.
    events.removeAt(3);
    RoundTripCounter client;
    client.add(events);
    QCOMPARE(client.roundTrips(), 2);
}

void RoundTripCounterTest::countsQuicByItsInitialAndItsRequests()
{
    const quint8 initial = quint8(QuicPacketType::Initial) | QuicPacketFlag::AckEliciting;
    const quint8 oneRtt = quint8(QuicPacketType::OneRtt) | QuicPacketFlag::AckEliciting;
    const QList<Event> events = {
        started(),
        // The ClientHello in an Initial packet: QUIC's transport and TLS handshake at once.
        clientSent(Layer::Quic, kindOf(QuicKind::PacketSent), 1, 0, 0, initial),
        delivered(1, 100, 50, WireKind::DatagramDelivered),
        // An acknowledgement alone in an Initial packet asks nothing, nor does a 1-RTT packet as such:
        // the HTTP/3 request inside it does.
        clientSent(Layer::Quic, kindOf(QuicKind::PacketSent), 1, 100, 0, quint8(QuicPacketType::Initial)),
        clientSent(Layer::Quic, kindOf(QuicKind::PacketSent), 1, 100, 0, oneRtt),
        clientSent(Layer::Http3, kindOf(Http3Kind::Headers), 1, 100, 0),
        delivered(1, 200, 150, WireKind::DatagramDelivered),
        objectCompleted(200),
    };
    RoundTripCounter counter;
    counter.add(events);
    QCOMPARE(counter.roundTripsAt(100 * Ms), 1);
    QCOMPARE(counter.roundTrips(), 2);

    // Early data: the request leaves with the ClientHello and is answered in the first round trip.
    const QList<Event> resumed = {
        started(),
        clientSent(Layer::Quic, kindOf(QuicKind::PacketSent), 1, 0, 0, initial),
        clientSent(Layer::Http3, kindOf(Http3Kind::Headers), 1, 0, 0),
        delivered(1, 100, 50, WireKind::DatagramDelivered),
        objectCompleted(100),
    };
    RoundTripCounter early;
    early.add(resumed);
    QCOMPARE(early.roundTrips(), 1);
}

void RoundTripCounterTest::isTheStatisticsCount()
{
    const QList<Event> events = pageOverHttp1();
    RoundTripCounter counter;
    counter.add(events);
    QCOMPARE(SessionStatistics::compute(events).roundTrips, counter.roundTrips());
}

QTEST_GUILESS_MAIN(RoundTripCounterTest)
#include "tst_roundtripcounter.moc"

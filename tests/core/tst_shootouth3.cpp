#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/outcomeexplanation.h"
#include "core/session/scenario.h"
#include "core/session/shootoutprotocol.h"
#include "core/session/shootoutsession.h"
#include "core/session/shootoutstatistics.h"
#include "core/timeline/timeline.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace protoviz;

namespace {

constexpr qint64 RttNs = 40'000'000;
constexpr int Exchanges = 5;
constexpr int UpdatesPerSecond = 10;
constexpr int DurationSeconds = 1;
constexpr int Updates = UpdatesPerSecond * DurationSeconds;
const QString ScenarioId = QStringLiteral("protocol-shootout-h3");

ScenarioKnobs smallKnobs()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = RttNs;
    knobs.objects = Exchanges;
    knobs.objectSize = 512;
    knobs.updatesPerSecond = UpdatesPerSecond;
    knobs.durationSeconds = DurationSeconds;
    knobs.timeoutSeconds = 30;
    return knobs;
}

bool isRequestStream(quint32 stream)
{
    // Client-initiated bidirectional QUIC streams (ids 0, 4, 8, ...) carry the requests.
    return (stream & 0x3) == 0;
}

} // namespace

/// The encrypted protocol shoot-out, live on 127.0.0.1 through the emulated link: HTTPS, HTTP/3 over
/// QUIC, gRPC and WebSocket run the same workload at once. The HTTP/3 side carries everything on one QUIC
/// connection and learns the news by requests the server holds until it has some.
class ShootoutH3Test final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statisticsFromHttp3Events();
    void catalogOffersEncryptedSides();
    void allFourSidesComplete();
    void http3SideRecordsBothEndpoints();
    void http3SideUsesOneQuicConnection();
    void http3UpdatesComeToHeldRequests();
    void explanationCountsTheHttp3Side();
    void http3SideStopsWhenCancelled();

private:
    const Timeline& http3() const { return *m_comparison->timelines().at(1); }

    std::unique_ptr<Comparison> m_comparison;
};

void ShootoutH3Test::initTestCase()
{
    m_comparison = test::runComparison(ScenarioId, smallKnobs(), 60'000);
    QVERIFY(m_comparison);
    QCOMPARE(m_comparison->timelines().size(), 4);
}

void ShootoutH3Test::statisticsFromHttp3Events()
{
    // One QUIC connection (id 5): its client Initial packets, datagrams both ways, a SETTINGS-bearing
    // control stream, then two long polls on streams 0 and 4, each answered with one update.
    QList<Event> events;
    auto add = [&](Event e) { events.append(e); };
    const quint8 initial = 0;
    const quint8 oneRtt = 4;
    add({.layer = Layer::Session, .kind = kindOf(SessionKind::Started)});
    for (const quint8 type : {initial, initial, oneRtt})
        add({.layer = Layer::Quic,
             .kind = kindOf(QuicKind::PacketSent),
             .origin = Origin::Client,
             .direction = Direction::ClientToServer,
             .flags = type,
             .connection = 5});
    add({.layer = Layer::Quic,
         .kind = kindOf(QuicKind::PacketSent),
         .origin = Origin::Server,
         .direction = Direction::ServerToClient,
         .flags = initial,
         .connection = 5});
    add({.layer = Layer::Wire,
         .kind = kindOf(WireKind::DatagramDelivered),
         .direction = Direction::ClientToServer,
         .connection = 5,
         .size = 1200});
    add({.layer = Layer::Wire,
         .kind = kindOf(WireKind::DatagramDelivered),
         .direction = Direction::ServerToClient,
         .connection = 5,
         .size = 900});
    add({.layer = Layer::Wire,
         .kind = kindOf(WireKind::DatagramLost),
         .direction = Direction::ServerToClient,
         .connection = 5,
         .size = 900});
    // The server's control stream (3) carries frames, never a request or an answer.
    add({.layer = Layer::Http3,
         .kind = kindOf(Http3Kind::Settings),
         .origin = Origin::Client,
         .direction = Direction::ServerToClient,
         .connection = 5,
         .stream = 3});
    for (quint32 stream : {0U, 4U}) {
        const qint64 at = 100'000'000 * (stream + 1);
        add({.layer = Layer::Http3,
             .kind = kindOf(Http3Kind::HeaderFields),
             .origin = Origin::Client,
             .direction = Direction::ClientToServer,
             .connection = 5,
             .stream = stream,
             .timeNs = at});
        add({.layer = Layer::Http3,
             .kind = kindOf(Http3Kind::HeaderFields),
             .origin = Origin::Server,
             .direction = Direction::ClientToServer,
             .connection = 5,
             .stream = stream,
             .timeNs = at + 10'000'000});
        add({.layer = Layer::Http3,
             .kind = kindOf(Http3Kind::Data),
             .origin = Origin::Client,
             .direction = Direction::ServerToClient,
             .connection = 5,
             .stream = stream,
             .timeNs = at + 50'000'000});
        add({.layer = Layer::Session,
             .kind = kindOf(SessionKind::UpdateDelivered),
             .origin = Origin::Client,
             .connection = 5,
             .stream = stream / 4 + 1,
             .timeNs = at + 50'000'000,
             .value = at + 30'000'000});
    }
    const ShootoutStatistics stats = ShootoutStatistics::compute(events);
    QCOMPARE(stats.connections, 1);
    QCOMPARE(stats.wireBytesUp, 1200);
    QCOMPARE(stats.wireBytesDown, 900);
    QCOMPARE(stats.clientRequests, 2);
    QCOMPARE(stats.deliveries, 2);
    QCOMPARE(stats.updateLatencyMeanNs, 20'000'000);
    // Each update came as the answer to a request of its own: neither streamed nor pushed.
    QCOMPARE(stats.streamedUpdates, 0);
    QCOMPARE(stats.pushedUpdates, 0);

    // A third update on stream 4's answer, published after its first arrived: that answer streams it,
    // and since the client asked nothing on the stream in between, it came pushed.
    add({.layer = Layer::Http3,
         .kind = kindOf(Http3Kind::Data),
         .origin = Origin::Client,
         .direction = Direction::ServerToClient,
         .connection = 5,
         .stream = 4,
         .timeNs = 900'000'000});
    add({.layer = Layer::Session,
         .kind = kindOf(SessionKind::UpdateDelivered),
         .origin = Origin::Client,
         .connection = 5,
         .stream = 3,
         .timeNs = 900'000'000,
         .value = 880'000'000});
    const ShootoutStatistics streamed = ShootoutStatistics::compute(events);
    QCOMPARE(streamed.streamedUpdates, 1);
    QCOMPARE(streamed.pushedUpdates, 1);
}

void ShootoutH3Test::catalogOffersEncryptedSides()
{
    const std::optional<ScenarioCatalog::Entry> entry = ScenarioCatalog::entry(ScenarioId);
    QVERIFY(entry);
    QVERIFY(entry->title.contains(QLatin1String("HTTP/3")));
    QVERIFY(entry->ignoredKnobs.contains(ScenarioKnob::Tls));
    QStringList protocols;
    for (const ScenarioSide& side : m_comparison->scenario().sides) {
        protocols.append(side.settings.value(QStringLiteral("protocol")).toString());
        QVERIFY2(side.settings.value(QStringLiteral("tls")).toBool(), qPrintable(side.title));
    }
    QCOMPARE(protocols, (QStringList{QStringLiteral("https"), QStringLiteral("http3"), QStringLiteral("grpc"),
                                     QStringLiteral("websocket")}));
    using F = ShootoutProtocolFacts;
    QCOMPARE(F::fromName(QStringLiteral("http3")), std::optional<ShootoutProtocol>(ShootoutProtocol::Http3));
    const F facts = F::of(ShootoutProtocol::Http3);
    QVERIFY(facts.browserNative && !facts.humanReadable && !facts.offersServerPush);
    QVERIFY(!facts.humanReadableNote.isEmpty() && !facts.browserNativeNote.isEmpty());
    // The cleartext shoot-out stays as it was.
    QString error;
    const std::optional<Scenario> plain =
        ScenarioCatalog::make(QStringLiteral("protocol-shootout"), smallKnobs(), &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->sides.first().settings.value(QStringLiteral("protocol")).toString(),
             QStringLiteral("http"));
}

void ShootoutH3Test::allFourSidesComplete()
{
    for (const Timeline* timeline : m_comparison->timelines()) {
        const ShootoutStatistics stats = ShootoutStatistics::compute(*timeline);
        QVERIFY(stats.finished);
        QCOMPARE(stats.outcome, SessionOutcome::Completed);
        QCOMPARE(stats.exchanges, Exchanges);
        QCOMPARE(stats.updates, Updates);
        QCOMPARE(stats.deliveries, Updates);
        QVERIFY(stats.requestLatencyMinNs >= RttNs);
        QVERIFY(stats.updateLatencyMinNs >= RttNs / 2);
    }
}

void ShootoutH3Test::http3SideRecordsBothEndpoints()
{
    QSet<Origin> quic;
    QSet<Origin> h3;
    qint64 datagramBytes = 0;
    int tcp = 0;
    int tls = 0;
    for (const Event& e : http3().events()) {
        if (e.layer == Layer::Quic)
            quic.insert(e.origin);
        else if (e.layer == Layer::Http3)
            h3.insert(e.origin);
        else if (e.is(WireKind::DatagramDelivered))
            datagramBytes += e.size;
        else if (e.is(WireKind::Syn))
            ++tcp;
        else if (e.layer == Layer::Tls)
            ++tls;
    }
    QCOMPARE(quic, (QSet<Origin>{Origin::Client, Origin::Server}));
    QCOMPARE(h3, (QSet<Origin>{Origin::Client, Origin::Server}));
    // UDP only, and QUIC's own TLS: no TCP connection, no TLS record layer.
    QCOMPARE(tcp, 0);
    QCOMPARE(tls, 0);
    const ShootoutStatistics stats = ShootoutStatistics::compute(http3());
    QVERIFY(datagramBytes > 0);
    QCOMPARE(stats.wireBytes(), datagramBytes);
}

void ShootoutH3Test::http3SideUsesOneQuicConnection()
{
    QSet<quint32> connections;
    int handshakes = 0;
    for (const Event& e : http3().events()) {
        if (e.layer == Layer::Quic || e.layer == Layer::Http3)
            connections.insert(e.connection);
        if (e.origin == Origin::Client && e.is(Layer::Quic, QuicKind::HandshakeComplete))
            ++handshakes;
    }
    QCOMPARE(connections.size(), 1);
    QCOMPARE(handshakes, 1);
    const ShootoutStatistics stats = ShootoutStatistics::compute(http3());
    QCOMPARE(stats.connections, 1);
    // The HTTPS side next to it opens a pool.
    QVERIFY(ShootoutStatistics::compute(*m_comparison->timelines().at(0)).connections > 1);
}

void ShootoutH3Test::http3UpdatesComeToHeldRequests()
{
    // Per request stream: when the client sent its request and what it asked for; then, per update,
    // the stream whose answer brought it (the client's last inbound HTTP/3 unit before the delivery).
    QHash<quint32, qint64> requestSentNs;
    QHash<quint32, QString> requestPath;
    qint32 carrier = -1;
    int held = 0;
    int polls = 0;
    int items = 0;
    const Timeline& timeline = http3();
    for (const Event& e : timeline.events()) {
        if (e.layer == Layer::Http3 && e.origin == Origin::Client && isRequestStream(e.stream)) {
            if (e.direction == Direction::ClientToServer && e.kind == kindOf(Http3Kind::HeaderFields)) {
                const QString path = timeline.detail(e).fieldValue(u":path");
                requestSentNs.insert(e.stream, e.timeNs);
                requestPath.insert(e.stream, path);
                polls += path.startsWith(QLatin1String("/updates")) ? 1 : 0;
                items += path.startsWith(QLatin1String("/api/items/")) ? 1 : 0;
            } else if (e.direction == Direction::ServerToClient) {
                carrier = qint32(e.stream);
            }
        } else if (e.is(Layer::Session, SessionKind::UpdateDelivered)) {
            QVERIFY(carrier >= 0);
            QVERIFY2(requestPath.value(quint32(carrier)).startsWith(QLatin1String("/updates?")),
                     qPrintable(requestPath.value(quint32(carrier))));
            QVERIFY(requestPath.value(quint32(carrier)).contains(QLatin1String("wait=1")));
            // The request was on its way before the news existed: the server held it until then.
            if (requestSentNs.value(quint32(carrier)) < e.value)
                ++held;
        }
    }
    QCOMPARE(items, Exchanges);
    // The first poll waits from before the news begins; the later ones leave as soon as an answer is in,
    // a fraction of the interval between updates, so on a machine that keeps time every one waits.
    QVERIFY(held >= 1);
    PROTOVIZ_VERIFY_TIMING(held == Updates, "every update came to a poll the server held");
    // A poll per update at least (one more waits when the session closes), each on a stream of its own.
    QVERIFY2(polls >= Updates, qPrintable(QString::number(polls)));
    const ShootoutStatistics stats = ShootoutStatistics::compute(timeline);
    QCOMPARE(stats.pushedUpdates, 0);
    QCOMPARE(stats.streamedUpdates, 0);
    QCOMPARE(stats.clientRequests, items + polls);
}

void ShootoutH3Test::explanationCountsTheHttp3Side()
{
    const QList<OutcomeReason> reasons = OutcomeExplanation::explain(*m_comparison);
    QCOMPARE(reasons.size(), 4);
    const OutcomeReason& reason = reasons.at(1);
    QCOMPARE(reason.side, 1);
    QCOMPARE(reason.mechanism, OutcomeReason::Mechanism::Push);
    QCOMPARE(reason.figures.value(QStringLiteral("connections")).toInt(), 1);
    QCOMPARE(reason.figures.value(QStringLiteral("pushedUpdates")).toInt(), 0);
    QVERIFY2(reason.text.contains(QLatin1String("asked anew")), qPrintable(reason.text));
}

void ShootoutH3Test::http3SideStopsWhenCancelled()
{
    // Stopped while a poll is held at the server: the session ends at once, cancelled, and goes away
    // with the responder it handed out still held by the routes.
    ShootoutSessionConfig config;
    config.protocol = ShootoutProtocol::Http3;
    config.link.rttNs = RttNs;
    config.exchanges = Exchanges;
    config.updatesPerSecond = 1;
    config.durationSeconds = 5;
    config.timeoutSeconds = 30;
    Timeline timeline(SessionClock::startingNow());
    auto* session = new ShootoutSession(config, &timeline);
    std::optional<SessionOutcome> outcome;
    connect(session, &SessionWorker::finished, this,
            [&](SessionOutcome finished, const QString&) { outcome = finished; });
    session->start();
    QVERIFY(test::waitUntil([&] { return ShootoutStatistics::compute(timeline).deliveries >= 1; }, 10'000));
    session->cancel();
    QCOMPARE(outcome, std::optional<SessionOutcome>(SessionOutcome::Cancelled));
    delete session;
    const ShootoutStatistics stats = ShootoutStatistics::compute(timeline);
    QVERIFY(stats.finished);
    QCOMPARE(stats.outcome, SessionOutcome::Cancelled);
    QCOMPARE(stats.exchanges, Exchanges);
}

QTEST_GUILESS_MAIN(ShootoutH3Test)
#include "tst_shootouth3.moc"

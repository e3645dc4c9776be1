#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/pollingstatistics.h"
#include "core/session/pubsubbroker.h"
#include "core/session/scalingscenarios.h"
#include "core/session/scalingsession.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include <QHash>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace protoviz;
using protoviz::test::waitUntil;

namespace {

ScenarioKnobs smallChat(bool tls)
{
    ScenarioKnobs knobs;
    knobs.tls = tls;
    knobs.link.rttNs = 40'000'000;
    knobs.clients = 3;
    knobs.updatesPerSecond = 10;
    knobs.durationSeconds = 1;
    knobs.timeoutSeconds = 30;
    return knobs;
}

QString finishReason(const Timeline& timeline)
{
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Session, SessionKind::Finished))
            return timeline.detail(event).text;
    }
    return {};
}

/// The instances (from 1) the balancer's routing notes name.
QSet<int> routedInstances(const Timeline& timeline)
{
    QSet<int> instances;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Session, SessionKind::Note) && event.origin == Origin::Link &&
            timeline.detail(event).text.contains(QLatin1String("load balancer sends")))
            instances.insert(int(event.stream));
    }
    return instances;
}

/// Connections that carried bytes on the wire but no HTTP or WebSocket: the broker's.
QSet<quint32> bareConnections(const Timeline& timeline)
{
    QSet<quint32> wire;
    QSet<quint32> web;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Wire, WireKind::SegmentDelivered))
            wire.insert(event.connection);
        else if (event.layer == Layer::WebSocket || event.layer == Layer::Http1 || event.layer == Layer::Tls)
            web.insert(event.connection);
    }
    return wire - web;
}

QByteArray readLine(QTcpSocket& socket)
{
    waitUntil([&] { return socket.canReadLine(); }, 5000);
    return socket.readLine().trimmed();
}

} // namespace

/// websocket-scaling, live on 127.0.0.1: a chat whose clients a round-robin load balancer spreads over two
/// server instances loses the messages meant for clients on the other instance, and delivers them all
/// once a pub/sub broker joins the instances; the balancer's and the broker's hops are on the timeline.
class WebSocketScalingTest final : public QObject
{
    Q_OBJECT

private slots:
    void deliveryShareFromEvents();
    void catalogOffersTheScenario();
    void refusesOneClient();
    void brokerSpeaksItsLineProtocol();
    void brokerMakesEveryMessageArrive_data();
    void brokerMakesEveryMessageArrive();
    void stopsMidwayWithoutLeftovers();
};

void WebSocketScalingTest::deliveryShareFromEvents()
{
    // Two members, three posts: six deliveries owed, four happened.
    QList<Event> events;
    for (int i = 0; i < 2; ++i) {
        events.append({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::UpgradeResponse),
                       .origin = Origin::Client,
                       .direction = Direction::ServerToClient,
                       .connection = quint32(i + 1),
                       .value = 101});
    }
    for (int i = 0; i < 3; ++i) {
        events.append({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::Message),
                       .origin = Origin::Client,
                       .direction = Direction::ClientToServer,
                       .flags = 1});
        // The server's view of the same message is not a second post.
        events.append({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::Message),
                       .origin = Origin::Server,
                       .direction = Direction::ClientToServer,
                       .flags = 1});
    }
    for (int i = 0; i < 4; ++i) {
        events.append({.layer = Layer::Session,
                       .kind = kindOf(SessionKind::UpdateDelivered),
                       .origin = Origin::Client,
                       .stream = quint32(i + 1)});
    }
    const PollingStatistics stats = PollingStatistics::compute(events);
    QCOMPARE(stats.chatMembers, 2);
    QCOMPARE(stats.messagesPosted, 3);
    QCOMPARE(stats.expectedDeliveries(), 6);
    QCOMPARE(stats.deliveries, 4);
    QVERIFY(qAbs(stats.deliveryPercent() - 400.0 / 6.0) < 1e-9);
    QCOMPARE(stats.toVariantMap().value(QStringLiteral("deliveryPercent")).toDouble(),
             stats.deliveryPercent());
    QCOMPARE(PollingStatistics::compute(QList<Event>{}).deliveryPercent(), -1.0);
}

void WebSocketScalingTest::catalogOffersTheScenario()
{
    bool listed = false;
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries())
        listed = listed || entry.id == QLatin1String("websocket-scaling");
    QVERIFY(listed);
    QString error;
    const std::optional<Scenario> scenario =
        ScenarioCatalog::make(QStringLiteral("websocket-scaling"), smallChat(false), &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->sides.size(), 2);
    QCOMPARE(scenario->sides[0].settings.value(QStringLiteral("broker")).toBool(), false);
    QCOMPARE(scenario->sides[1].settings.value(QStringLiteral("broker")).toBool(), true);
    QCOMPARE(scenario->sides[0].settings.value(QStringLiteral("instances")).toInt(), 2);
}

void WebSocketScalingTest::refusesOneClient()
{
    ScenarioKnobs knobs = smallChat(false);
    knobs.clients = 1;
    QString error;
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("websocket-scaling"), knobs, &error));
    QVERIFY2(error.contains(QLatin1String("at least 2 clients")), qPrintable(error));
}

void WebSocketScalingTest::brokerSpeaksItsLineProtocol()
{
    PubSubBroker broker(nullptr, {});
    QString error;
    QVERIFY2(broker.listen(&error), qPrintable(error));
    QTcpSocket one;
    QTcpSocket two;
    one.connectToHost(QHostAddress::LocalHost, broker.port());
    two.connectToHost(QHostAddress::LocalHost, broker.port());
    QVERIFY(one.waitForConnected(5000) && two.waitForConnected(5000));
    one.write("SUBSCRIBE room\n");
    QCOMPARE(readLine(one), QByteArray("SUBSCRIBED room 1"));
    two.write("SUBSCRIBE room\n");
    QCOMPARE(readLine(two), QByteArray("SUBSCRIBED room 2"));
    two.write("PUBLISH room {\"hello\": 1}\n");
    QCOMPARE(readLine(one), QByteArray("MESSAGE room {\"hello\": 1}"));
    QCOMPARE(readLine(two), QByteArray("MESSAGE room {\"hello\": 1}"));
    QCOMPARE(broker.forwarded(), 2);
    one.write("PUBLISH nobody-listens x\n");
    one.write("FLY away\n");
    QVERIFY(readLine(one).startsWith("ERROR"));
    QCOMPARE(broker.forwarded(), 2);
}

void WebSocketScalingTest::brokerMakesEveryMessageArrive_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("ws") << false;
    QTest::newRow("wss") << true;
}

void WebSocketScalingTest::brokerMakesEveryMessageArrive()
{
    QFETCH(bool, tls);
    const ScenarioKnobs knobs = smallChat(tls);
    const std::unique_ptr<Comparison> comparison =
        protoviz::test::runComparison(QStringLiteral("websocket-scaling"), knobs, 60000);
    QVERIFY(comparison);
    const Timeline& a = *comparison->timelineA();
    const Timeline& b = *comparison->timelineB();
    const PollingStatistics withoutBroker = PollingStatistics::compute(a);
    const PollingStatistics withBroker = PollingStatistics::compute(b);
    const int posted = knobs.updatesPerSecond * knobs.durationSeconds;

    // Both ran to the end: losing messages is what A shows, not a failure.
    QVERIFY2(withoutBroker.finished && withoutBroker.outcome == SessionOutcome::Completed,
             qPrintable(finishReason(a)));
    QVERIFY2(withBroker.finished && withBroker.outcome == SessionOutcome::Completed,
             qPrintable(finishReason(b)));
    for (const PollingStatistics& stats : {withoutBroker, withBroker}) {
        QCOMPARE(stats.chatMembers, knobs.clients);
        QCOMPARE(stats.messagesPosted, posted);
        QCOMPARE(stats.expectedDeliveries(), posted * knobs.clients);
    }

    // Round robin put clients on both instances, in both sides.
    QCOMPARE(routedInstances(a), (QSet<int>{1, 2}));
    QCOMPARE(routedInstances(b), (QSet<int>{1, 2}));

    // A: a message reached only the clients on its sender's instance. With three clients on two
    // instances, two and one, each message arrived once or twice, never three times.
    QVERIFY2(withoutBroker.deliveryPercent() < 100.0, qPrintable(finishReason(a)));
    QHash<quint32, int> arrivals;
    for (const Event& event : a.events()) {
        if (event.is(Layer::Session, SessionKind::UpdateDelivered))
            ++arrivals[event.stream];
    }
    QCOMPARE(arrivals.size(), posted);
    QCOMPARE(QSet<int>(arrivals.cbegin(), arrivals.cend()), (QSet<int>{1, 2}));
    QVERIFY2(finishReason(a).contains(QLatin1String("other instance")), qPrintable(finishReason(a)));
    QVERIFY(bareConnections(a).isEmpty());

    // B: every message reached every client, through the broker, whose two connections are on the wire.
    QCOMPARE(withBroker.deliveries, posted * knobs.clients);
    QCOMPARE(withBroker.deliveryPercent(), 100.0);
    QCOMPARE(withBroker.updates, posted);
    QVERIFY2(finishReason(b).contains(QLatin1String("broker")), qPrintable(finishReason(b)));
    const QSet<quint32> brokerConnections = bareConnections(b);
    QCOMPARE(brokerConnections.size(), 2);
    qint64 brokerBytes = 0;
    for (const Event& event : b.events()) {
        if (event.is(Layer::Wire, WireKind::SegmentDelivered) && brokerConnections.contains(event.connection))
            brokerBytes += event.size;
    }
    // Each message crosses to the broker once and comes back twice, with its JSON (> 50 bytes) each time.
    QVERIFY2(brokerBytes > qint64(posted) * 3 * 50, qPrintable(QString::number(brokerBytes)));
    // The broker's connections are hops behind the server: the clients' figures count them apart.
    QCOMPARE(withBroker.connections, knobs.clients);
    QCOMPARE(withBroker.connectionsBehindServer, 2);
    QCOMPARE(SessionStatistics::compute(b).connectionsBehindServer, 2);
}

void WebSocketScalingTest::stopsMidwayWithoutLeftovers()
{
    // Stopped while the chat runs, with connections open through the balancer and to the broker.
    ScalingSessionConfig config;
    config.broker = true;
    config.chat.job = PollingJob::Chat;
    config.chat.tls = false;
    config.chat.link.rttNs = 20'000'000;
    config.chat.clients = 2;
    config.chat.durationSeconds = 5;
    config.chat.timeoutSeconds = 30;
    Timeline timeline(SessionClock::startingNow());
    auto* session = new ScalingSession(config, &timeline);
    std::optional<SessionOutcome> outcome;
    QObject::connect(session, &SessionWorker::finished, session,
                     [&](SessionOutcome result, const QString&) { outcome = result; });
    session->start();
    QVERIFY(waitUntil(
        [&] {
            for (const Event& event : timeline.events()) {
                if (event.is(Layer::Session, SessionKind::UpdateDelivered))
                    return true;
            }
            return false;
        },
        10000));
    session->cancel();
    QCOMPARE(outcome, std::optional<SessionOutcome>(SessionOutcome::Cancelled));
    delete session;
    // Nothing of the session is left to fire into a deleted object.
    QTest::qWait(200);
}

QTEST_GUILESS_MAIN(WebSocketScalingTest)
#include "tst_websocketscaling.moc"

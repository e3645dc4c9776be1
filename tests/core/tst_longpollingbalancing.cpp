#include "tests/support/testsupport.h"

#include "core/link/httpbalancer.h"
#include "core/link/link.h"
#include "core/session/balancingnotes.h"
#include "core/session/balancingsession.h"
#include "core/session/comparison.h"
#include "core/session/pollingfeed.h"
#include "core/session/pollinginstance.h"
#include "core/session/pollingstatistics.h"
#include "core/timeline/timeline.h"
#include "core/transport/connectiondirectory.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace protoviz;
using protoviz::test::waitUntil;

namespace {

const QString ScenarioId = QStringLiteral("long-polling-balancing");

ScenarioKnobs smallTicker()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 20'000'000;
    knobs.clients = 3;
    knobs.updatesPerSecond = 5;
    knobs.durationSeconds = 2;
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

struct Routing
{
    int notes = 0;
    int matched = 0;
    QSet<int> instances;
    QHash<quint32, QSet<int>> instancesByConnection;
    int cookiesSet = 0;
};

/// Checks every routing note of the balancer against the response the client got for that request: the
/// instance that answered says so in its x-served-by field.
Routing routing(const Timeline& timeline)
{
    QHash<std::pair<quint32, quint32>, QByteArray> responses; // (connection, message) -> head
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Http1, Http1Kind::ResponseHead) && event.origin == Origin::Client)
            responses.insert({event.connection, event.stream}, timeline.detail(event).bytes);
    }
    Routing result;
    for (const Event& event : timeline.events()) {
        if (!event.is(Layer::Session, SessionKind::Note) || event.origin != Origin::Link ||
            !timeline.detail(event).text.contains(QLatin1String("The balancer reads request")))
            continue;
        ++result.notes;
        const int instance = int(event.stream);
        result.instances.insert(instance);
        result.instancesByConnection[event.connection].insert(instance);
        const auto found = responses.constFind({event.connection, quint32(event.value)});
        if (found == responses.cend())
            continue; // the session ended while this poll was held
        if (found->contains(QByteArray("x-served-by: instance-" + QByteArray::number(instance) + "\r\n")))
            ++result.matched;
        else
            qWarning("note says instance %d, response: %s", instance, found->constData());
        if (found->contains(QByteArray("set-cookie: SERVERID=instance-" + QByteArray::number(instance))))
            ++result.cookiesSet;
    }
    return result;
}

QByteArray exchange(QTcpSocket& socket, const QByteArray& target, const QByteArray& extraFields = {})
{
    socket.write("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraFields + "\r\n");
    QByteArray response;
    waitUntil(
        [&] {
            response += socket.readAll();
            const qsizetype end = response.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const qsizetype mark = response.indexOf("content-length: ");
            const qsizetype length =
                response.mid(mark + 16, response.indexOf("\r\n", mark) - mark - 16).toInt();
            return response.size() >= end + 4 + length;
        },
        5000);
    return response;
}

} // namespace

/// long-polling-balancing, live on 127.0.0.1: behind a round-robin layer 7 balancer, polls reach the
/// instance that does not know their session, get 400 and the clients start over, losing updates; with a
/// sticky cookie every poll comes back to its instance and every update arrives.
class LongPollingBalancingTest final : public QObject
{
    Q_OBJECT

private slots:
    void figuresFromNotes();
    void catalogOffersTheScenario();
    void instanceRefusesSessionsItDidNotIssue();
    void balancerRoutesByItsCookie();
    void stickyCookieKeepsSessionsRoundRobinLosesThem();
    void stopsMidwayWithoutLeftovers();
};

void LongPollingBalancingTest::figuresFromNotes()
{
    Timeline timeline(SessionClock::startingNow());
    const EventRecorder server(&timeline, Origin::Server);
    const EventRecorder client(&timeline, Origin::Client, 3);
    for (quint32 sequence = 1; sequence <= 4; ++sequence)
        BalancingNotes::recordPublished(server, sequence, 2, QStringLiteral("published"));
    BalancingNotes::recordFailedPoll(client, 0, QStringLiteral("refused"));
    BalancingNotes::recordReHandshake(client, 0, 3, QStringLiteral("started over"));
    // An ordinary note counts for nothing.
    server.explain(Layer::Session, kindOf(SessionKind::Note), QStringLiteral("hello"));
    for (quint32 sequence = 1; sequence <= 6; ++sequence)
        PollingFeed::recordDelivery(client, {.sequence = (sequence + 1) / 2, .payload = "{}"});
    const PollingStatistics stats = PollingStatistics::compute(timeline);
    QCOMPARE(stats.tickerDeliveriesOwed, 8);
    QCOMPARE(stats.expectedDeliveries(), 8);
    QCOMPARE(stats.failedPolls, 1);
    QCOMPARE(stats.reHandshakes, 1);
    QCOMPARE(stats.updatesSkipped, 3);
    QCOMPARE(stats.deliveryPercent(), 75.0);
    QCOMPARE(stats.toVariantMap().value(QStringLiteral("failedPolls")).toInt(), 1);
}

void LongPollingBalancingTest::catalogOffersTheScenario()
{
    bool listed = false;
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries()) {
        if (entry.id == ScenarioId) {
            listed = true;
            QVERIFY(entry.description.contains(QLatin1String("cleartext")));
            QVERIFY(!entry.description.contains(QLatin1String("--")));
        }
    }
    QVERIFY(listed);
    QString error;
    ScenarioKnobs knobs = smallTicker();
    knobs.tls = true; // asked for, but a layer 7 balancer must read the requests: still cleartext
    const std::optional<Scenario> scenario = ScenarioCatalog::make(ScenarioId, knobs, &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->sides.size(), 2);
    QCOMPARE(scenario->sides[0].settings.value(QStringLiteral("balancing")).toString(),
             QStringLiteral("round-robin"));
    QCOMPARE(scenario->sides[1].settings.value(QStringLiteral("balancing")).toString(),
             QStringLiteral("sticky-cookie"));
    QCOMPARE(scenario->sides[0].settings.value(QStringLiteral("tls")).toBool(), false);
    knobs.clients = 0;
    QVERIFY(!ScenarioCatalog::make(ScenarioId, knobs, &error));
    QVERIFY(!error.isEmpty());
}

void LongPollingBalancingTest::instanceRefusesSessionsItDidNotIssue()
{
    PollingFeed feed(SessionClock::startingNow());
    PollingInstance instance(2, &feed, nullptr, {});
    QString error;
    QVERIFY2(instance.listen(&error), qPrintable(error));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, instance.port());
    QVERIFY(socket.waitForConnected(5000));

    const QByteArray refused = exchange(socket, "/updates?client=0&sid=abc");
    QVERIFY2(refused.startsWith("HTTP/1.1 400"), refused.constData());
    QVERIFY(refused.contains("Session ID unknown"));
    QVERIFY(refused.contains("x-served-by: instance-2"));

    feed.publish(-1, QStringLiteral("before the session"));
    const QByteArray handshake = exchange(socket, "/handshake?client=0");
    QVERIFY2(handshake.startsWith("HTTP/1.1 200"), handshake.constData());
    const QByteArray body = handshake.mid(handshake.indexOf("\r\n\r\n") + 4);
    const QByteArray sid =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("sid")).toString().toLatin1();
    QVERIFY(!sid.isEmpty());
    QCOMPARE(instance.sessionCount(), 1);

    // A new session starts after what was published before it: the poll waits for the next update.
    QTimer::singleShot(100, &feed, [&feed] { feed.publish(-1, QStringLiteral("after")); });
    const QByteArray poll = exchange(socket, "/updates?client=0&sid=" + sid);
    QVERIFY2(poll.startsWith("HTTP/1.1 200"), poll.constData());
    QVERIFY(poll.contains("\"seq\":2"));
    QVERIFY(!poll.contains("before the session"));
}

void LongPollingBalancingTest::balancerRoutesByItsCookie()
{
    ConnectionDirectory directory;
    PollingFeed feed1(SessionClock::startingNow());
    PollingFeed feed2(SessionClock::startingNow());
    PollingInstance one(1, &feed1, &directory, {});
    PollingInstance two(2, &feed2, &directory, {});
    QString error;
    QVERIFY2(one.listen(&error) && two.listen(&error), qPrintable(error));
    Link path1(LinkConditions{}, &directory, {});
    Link path2(LinkConditions{}, &directory, {});
    path1.setUpstream(QHostAddress::LocalHost, one.port());
    path2.setUpstream(QHostAddress::LocalHost, two.port());
    QVERIFY2(path1.listen(QHostAddress::LocalHost, 0, &error) &&
                 path2.listen(QHostAddress::LocalHost, 0, &error),
             qPrintable(error));
    HttpBalancer balancer(BalancingRule::StickyCookie, {&path1, &path2}, &directory, {});
    QVERIFY2(balancer.listen(&error), qPrintable(error));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, balancer.port());
    QVERIFY(socket.waitForConnected(5000));
    // No cookie yet: round robin picks instance 1, and the balancer sets its cookie on the answer.
    const QByteArray first = exchange(socket, "/handshake?client=0");
    QVERIFY2(first.contains("x-served-by: instance-1\r\n"), first.constData());
    QVERIFY2(first.contains("set-cookie: SERVERID=instance-1; Path=/; HttpOnly\r\n"), first.constData());
    // The cookie decides, whatever round robin would say; it is not set again.
    for (int i = 0; i < 2; ++i) {
        const QByteArray pinned =
            exchange(socket, "/handshake?client=0", "Cookie: a=b; SERVERID=instance-2\r\n");
        QVERIFY2(pinned.contains("x-served-by: instance-2\r\n"), pinned.constData());
        QVERIFY(!pinned.contains("set-cookie"));
    }
    // A cookie naming no instance is ignored: round robin again (instance 2 is next), with a new cookie.
    const QByteArray stale = exchange(socket, "/handshake?client=0", "Cookie: SERVERID=instance-9\r\n");
    QVERIFY2(stale.contains("x-served-by: instance-2\r\n"), stale.constData());
    QVERIFY(stale.contains("set-cookie: SERVERID=instance-2"));
    QCOMPARE(balancer.routedRequests(), 4);
    QCOMPARE(one.sessionCount() + two.sessionCount(), 4);

    // Bytes that are not HTTP cannot be routed: the balancer closes the connection, and goes on serving.
    QTcpSocket garbage;
    garbage.connectToHost(QHostAddress::LocalHost, balancer.port());
    QVERIFY(garbage.waitForConnected(5000));
    garbage.write("\x16\x03\x01 not HTTP at all\r\n\r\n");
    QVERIFY(waitUntil([&] { return garbage.state() == QAbstractSocket::UnconnectedState; }, 5000));
    QVERIFY(exchange(socket, "/handshake?client=1").startsWith("HTTP/1.1 200"));
}

void LongPollingBalancingTest::stickyCookieKeepsSessionsRoundRobinLosesThem()
{
    const ScenarioKnobs knobs = smallTicker();
    const std::unique_ptr<Comparison> comparison = protoviz::test::runComparison(ScenarioId, knobs, 60000);
    QVERIFY(comparison);
    const Timeline& a = *comparison->timelineA();
    const Timeline& b = *comparison->timelineB();
    const PollingStatistics roundRobin = PollingStatistics::compute(a);
    const PollingStatistics sticky = PollingStatistics::compute(b);
    const int owed = knobs.clients * knobs.updatesPerSecond * knobs.durationSeconds;

    // Both ran to the end: losing updates is what A shows, not a failure.
    QVERIFY2(roundRobin.finished && roundRobin.outcome == SessionOutcome::Completed,
             qPrintable(finishReason(a)));
    QVERIFY2(sticky.finished && sticky.outcome == SessionOutcome::Completed, qPrintable(finishReason(b)));
    QCOMPARE(roundRobin.expectedDeliveries(), owed);
    QCOMPARE(sticky.expectedDeliveries(), owed);

    // A: polls landed on the instance that never saw their session.
    QVERIFY2(roundRobin.failedPolls > 0, qPrintable(finishReason(a)));
    QVERIFY(roundRobin.reHandshakes > 0);
    QVERIFY2(roundRobin.deliveryPercent() < 100.0, qPrintable(finishReason(a)));
    QVERIFY2(finishReason(a).contains(QLatin1String("never seen their session")),
             qPrintable(finishReason(a)));

    // B: every poll came back to its own instance.
    QCOMPARE(sticky.failedPolls, 0);
    QCOMPARE(sticky.reHandshakes, 0);
    QCOMPARE(sticky.deliveries, owed);
    QCOMPARE(sticky.deliveryPercent(), 100.0);
    QVERIFY2(finishReason(b).contains(QLatin1String("cookie")), qPrintable(finishReason(b)));

    // Every routing note names the instance that answered.
    const Routing routedA = routing(a);
    const Routing routedB = routing(b);
    for (const Routing& routed : {routedA, routedB}) {
        QVERIFY(routed.notes > knobs.clients);
        QVERIFY2(routed.matched >= routed.notes - knobs.clients,
                 qPrintable(QStringLiteral("%1 of %2").arg(routed.matched).arg(routed.notes)));
        QCOMPARE(routed.instances, (QSet<int>{1, 2}));
    }
    // Round robin sends a client's requests to both instances; the cookie keeps each on one, set once.
    QVERIFY(std::any_of(routedA.instancesByConnection.cbegin(), routedA.instancesByConnection.cend(),
                        [](const QSet<int>& instances) { return instances.size() == 2; }));
    for (const QSet<int>& instances : routedB.instancesByConnection)
        QCOMPARE(instances.size(), 1);
    QCOMPARE(routedB.cookiesSet, knobs.clients);
    QCOMPARE(routedA.cookiesSet, 0);

    // The balancer's own hop is on the wire, behind the server: a connection to an instance per client
    // in B, more in A; the clients' own connections are one each on both sides.
    QCOMPARE(sticky.connections, knobs.clients);
    QCOMPARE(roundRobin.connections, knobs.clients);
    QCOMPARE(sticky.connectionsBehindServer, knobs.clients);
    QVERIFY(roundRobin.connectionsBehindServer > sticky.connectionsBehindServer);
}

void LongPollingBalancingTest::stopsMidwayWithoutLeftovers()
{
    BalancingSessionConfig config;
    config.rule = BalancingRule::RoundRobin;
    config.ticker.transport = PollingTransport::LongPolling;
    config.ticker.tls = false;
    config.ticker.link.rttNs = 20'000'000;
    config.ticker.clients = 2;
    config.ticker.durationSeconds = 5;
    config.ticker.timeoutSeconds = 30;
    Timeline timeline(SessionClock::startingNow());
    auto* session = new BalancingSession(config, &timeline);
    std::optional<SessionOutcome> outcome;
    QObject::connect(session, &SessionWorker::finished, session,
                     [&](SessionOutcome result, const QString&) { outcome = result; });
    session->start();
    QVERIFY(waitUntil(
        [&] {
            for (const Event& event : timeline.events()) {
                if (event.is(Layer::Session, SessionKind::Note) && event.flags == BalancingNotes::Published)
                    return true;
            }
            return false;
        },
        10000));
    session->cancel();
    QCOMPARE(outcome, std::optional<SessionOutcome>(SessionOutcome::Cancelled));
    delete session;
    QTest::qWait(200);
}

QTEST_GUILESS_MAIN(LongPollingBalancingTest)
#include "tst_longpollingbalancing.moc"

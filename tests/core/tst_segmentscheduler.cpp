#include "core/link/segmentscheduler.h"

#include <QTest>

#include <cmath>

using namespace protoviz;

namespace {

constexpr qint64 Ms = 1'000'000;
constexpr int Mss = 1460;

using Action = SegmentScheduler::Action;
using Type = SegmentScheduler::Action::Type;

LinkConditions conditions(qint64 rttMs, quint64 upstreamBits = 0)
{
    LinkConditions result;
    result.rttNs = rttMs * Ms;
    result.upstreamBitsPerSecond = upstreamBits;
    return result;
}

/// Runs the model in virtual time until nothing is left to do.
QList<Action> runToEnd(SegmentScheduler& model)
{
    QList<Action> actions;
    while (const std::optional<qint64> next = model.nextActionTimeNs()) {
        if (*next > 3600'000 * Ms) // an hour of virtual time means the model is stuck
            break;
        actions += model.advance(*next);
    }
    return actions;
}

QList<Action> ofType(const QList<Action>& actions, Type type)
{
    QList<Action> result;
    for (const Action& action : actions) {
        if (action.type == type)
            result.append(action);
    }
    return result;
}

/// The departure of one attempt of a segment, or nullptr.
const Action* departure(const QList<Action>& actions, quint32 segment, int attempt)
{
    for (const Action& action : actions) {
        if (action.type == Type::Departed && action.segment == segment && action.attempt == attempt)
            return &action;
    }
    return nullptr;
}

/// Checks that every byte is delivered exactly once, in order and never before it arrived.
void verifyInOrderDelivery(const QList<Action>& actions, qint64 totalBytes)
{
    const QList<Action> deliveries = ofType(actions, Type::Delivered);
    qint64 offset = 0;
    qint64 lastTime = 0;
    quint32 lastSegment = 0;
    for (const Action& delivered : deliveries) {
        QCOMPARE(delivered.offset, offset);
        QCOMPARE(delivered.segment, lastSegment + 1);
        QVERIFY(delivered.timeNs >= lastTime);
        const Action* attempt = departure(actions, delivered.segment, delivered.attempt);
        QVERIFY(attempt);
        QVERIFY(!attempt->lost);
        QCOMPARE(delivered.departureNs, attempt->timeNs);
        QVERIFY(delivered.timeNs >= attempt->arrivalNs);
        QCOMPARE(delivered.headOfLineBlocked, delivered.timeNs > attempt->arrivalNs);
        offset += delivered.size;
        lastTime = delivered.timeNs;
        lastSegment = delivered.segment;
    }
    QCOMPARE(offset, totalBytes);
}

} // namespace

class SegmentSchedulerTest : public QObject
{
    Q_OBJECT

private slots:
    void idleWithoutData();
    void serializationAtBandwidth();
    void propagationIsHalfTheRtt();
    void coalescesBytesWrittenWhileWaiting();
    void inOrderDeliveryWithJitter();
    void lossRetransmitsAfterRtoAndBlocksTheLine();
    void exponentialBackoff();
    void congestionWindowLimitsFlight();
    void lossShrinksTheWindowOncePerWindow();
    void reproducibleWithSeed();
    void finFollowsTheData();
};

void SegmentSchedulerTest::idleWithoutData()
{
    SegmentScheduler model(conditions(100), Direction::ClientToServer);
    QVERIFY(!model.nextActionTimeNs());
    QVERIFY(model.advance(10 * Ms).isEmpty());
    model.write(10 * Ms, 0);
    QVERIFY(!model.nextActionTimeNs());
}

void SegmentSchedulerTest::serializationAtBandwidth()
{
    // 1460 bytes at 8 Mbit/s take 1.46 ms on the wire; RTT 0 leaves only that.
    SegmentScheduler model(conditions(0, 8'000'000), Direction::ClientToServer);
    QCOMPARE(model.serializationNs(Mss), qint64(1'460'000));
    model.write(0, 10 * Mss);
    const QList<Action> actions = runToEnd(model);

    const QList<Action> departures = ofType(actions, Type::Departed);
    const QList<Action> deliveries = ofType(actions, Type::Delivered);
    QCOMPARE(departures.size(), 10);
    QCOMPARE(deliveries.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(departures[i].size, Mss);
        QCOMPARE(departures[i].timeNs, qint64(i) * 1'460'000);
        QCOMPARE(departures[i].arrivalNs, qint64(i + 1) * 1'460'000);
        QCOMPARE(deliveries[i].timeNs, qint64(i + 1) * 1'460'000);
        QVERIFY(!deliveries[i].headOfLineBlocked);
    }
    verifyInOrderDelivery(actions, 10 * Mss);

    // The other direction has its own (here unlimited) bandwidth.
    SegmentScheduler downstream(conditions(0, 8'000'000), Direction::ServerToClient);
    QCOMPARE(downstream.serializationNs(Mss), qint64(0));
}

void SegmentSchedulerTest::propagationIsHalfTheRtt()
{
    SegmentScheduler model(conditions(100), Direction::ServerToClient);
    model.write(0, 1000);
    const QList<Action> first = model.advance(0);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].type, Type::Departed);
    QCOMPARE(first[0].size, 1000);
    QCOMPARE(first[0].attempt, 1);
    QCOMPARE(first[0].arrivalNs, 50 * Ms);

    QCOMPARE(model.nextActionTimeNs().value_or(-1), 50 * Ms);
    QVERIFY(model.advance(50 * Ms - 1).isEmpty());
    QCOMPARE(model.undeliveredBytes(), qint64(1000));
    const QList<Action> second = model.advance(50 * Ms);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].type, Type::Delivered);
    QCOMPARE(second[0].timeNs, 50 * Ms);
    QCOMPARE(second[0].departureNs, qint64(0));
    QVERIFY(!second[0].headOfLineBlocked);
    QCOMPARE(model.undeliveredBytes(), qint64(0));
    QCOMPARE(model.deliveredBytes(), qint64(1000));
}

void SegmentSchedulerTest::coalescesBytesWrittenWhileWaiting()
{
    // At 1 Mbit/s a 1000-byte segment occupies the link for 8 ms.
    SegmentScheduler model(conditions(0, 1'000'000), Direction::ClientToServer);
    model.write(0, 1000);
    QCOMPARE(model.advance(0).size(), 1);
    model.write(1 * Ms, 300);
    model.write(2 * Ms, 300);
    QVERIFY(ofType(model.advance(6 * Ms), Type::Departed).isEmpty());
    // Written after the link became free but before the caller got round to advancing: not part of the
    // segment that departed at 8 ms.
    model.write(9 * Ms, 50);
    const QList<Action> departures = ofType(model.advance(20 * Ms), Type::Departed);
    QCOMPARE(departures.size(), 2);
    QCOMPARE(departures[0].timeNs, 8 * Ms);
    QCOMPARE(departures[0].size, 600);
    QCOMPARE(departures[0].offset, qint64(1000));
    // 600 bytes take 4.8 ms, so the link is free at 12.8 ms, after the 50 bytes were written.
    QCOMPARE(departures[1].timeNs, qint64(12'800'000));
    QCOMPARE(departures[1].size, 50);

    // A large write is cut into MSS-sized segments.
    SegmentScheduler bulk(conditions(0), Direction::ClientToServer);
    bulk.write(0, 3 * Mss + 100);
    const QList<Action> cut = ofType(runToEnd(bulk), Type::Departed);
    QCOMPARE(cut.size(), 4);
    QCOMPARE(cut[0].size, Mss);
    QCOMPARE(cut[2].size, Mss);
    QCOMPARE(cut[3].size, 100);
}

void SegmentSchedulerTest::inOrderDeliveryWithJitter()
{
    LinkConditions jittery = conditions(100, 100'000'000);
    jittery.jitterNs = 40 * Ms;
    jittery.initialWindow = 400;
    jittery.seed = 11;
    SegmentScheduler model(jittery, Direction::ClientToServer);
    model.write(0, 200 * Mss);
    const QList<Action> actions = runToEnd(model);
    verifyInOrderDelivery(actions, 200 * Mss);

    qint64 shortest = std::numeric_limits<qint64>::max();
    qint64 longest = 0;
    for (const Action& departed : ofType(actions, Type::Departed)) {
        const qint64 oneWay = departed.arrivalNs - departed.timeNs - model.serializationNs(departed.size);
        QVERIFY2(oneWay >= 10 * Ms && oneWay <= 90 * Ms, qPrintable(QString::number(oneWay)));
        shortest = std::min(shortest, oneWay);
        longest = std::max(longest, oneWay);
    }
    // The jitter really varies the delay, and reordered arrivals are held back.
    QVERIFY(shortest < 30 * Ms);
    QVERIFY(longest > 70 * Ms);
    int blocked = 0;
    for (const Action& delivered : ofType(actions, Type::Delivered))
        blocked += delivered.headOfLineBlocked ? 1 : 0;
    QVERIFY(blocked > 0);
}

void SegmentSchedulerTest::lossRetransmitsAfterRtoAndBlocksTheLine()
{
    LinkConditions lossy = conditions(100);
    lossy.lossRate = 0.3;
    lossy.initialWindow = 100;
    lossy.seed = 7;
    const qint64 rto = lossy.retransmissionTimeoutNs();
    QCOMPARE(rto, 300 * Ms);

    SegmentScheduler model(lossy, Direction::ServerToClient);
    model.write(0, 50 * Mss);
    const QList<Action> actions = runToEnd(model);
    verifyInOrderDelivery(actions, 50 * Mss);

    int losses = 0;
    for (const Action& departed : ofType(actions, Type::Departed)) {
        if (!departed.lost)
            continue;
        ++losses;
        // The next attempt leaves exactly one (backed-off) RTO later: nothing else occupies the link.
        const Action* again = departure(actions, departed.segment, departed.attempt + 1);
        QVERIFY(again);
        QVERIFY(again->isRetransmission());
        QCOMPARE(departed.retransmitNs - departed.timeNs, rto << (departed.attempt - 1));
        QCOMPARE(again->timeNs, departed.retransmitNs);
        QCOMPARE(again->offset, departed.offset);
        QCOMPARE(again->size, departed.size);
    }
    QVERIFY(losses > 0);

    // Everything behind the first lost segment waits for its retransmission to arrive.
    const QList<Action> deliveries = ofType(actions, Type::Delivered);
    const auto firstLost =
        std::find_if(deliveries.begin(), deliveries.end(), [](const Action& a) { return a.attempt > 1; });
    QVERIFY(firstLost != deliveries.end());
    QVERIFY(!firstLost->headOfLineBlocked);
    QVERIFY(firstLost->timeNs >= rto + 50 * Ms);
    bool sawBlocked = false;
    for (auto it = firstLost + 1; it != deliveries.end(); ++it) {
        QVERIFY(it->timeNs >= firstLost->timeNs);
        if (it->attempt == 1 && it->departureNs < firstLost->departureNs) {
            QVERIFY(it->headOfLineBlocked);
            sawBlocked = true;
        }
    }
    QVERIFY(sawBlocked);
}

void SegmentSchedulerTest::exponentialBackoff()
{
    LinkConditions lossy = conditions(40);
    lossy.lossRate = 0.5;
    lossy.initialWindow = 1000;
    lossy.seed = 3;
    const qint64 rto = lossy.retransmissionTimeoutNs();
    SegmentScheduler model(lossy, Direction::ClientToServer);
    model.write(0, 100 * Mss);
    const QList<Action> actions = runToEnd(model);
    verifyInOrderDelivery(actions, 100 * Mss);

    int thirdAttempts = 0;
    for (const Action& departed : ofType(actions, Type::Departed)) {
        if (departed.attempt < 2)
            continue;
        thirdAttempts += departed.attempt >= 3 ? 1 : 0;
        // Each further loss of the same segment doubles the wait: RTO, 2 RTO, 4 RTO...
        const Action* previous = departure(actions, departed.segment, departed.attempt - 1);
        QVERIFY(previous && previous->lost);
        QCOMPARE(departed.timeNs - previous->timeNs, rto << (departed.attempt - 2));
    }
    QVERIFY(thirdAttempts > 0);
}

void SegmentSchedulerTest::congestionWindowLimitsFlight()
{
    // IW10 with 30 segments queued: ten leave at once, the 11th only when the first ACK is back one RTT
    // later; ten ACKs in slow start then open the window to 20, enough for the rest.
    SegmentScheduler model(conditions(100), Direction::ServerToClient);
    QCOMPARE(model.congestionWindow(), 10.0);
    model.write(0, 30 * Mss);
    model.advance(0);
    QCOMPARE(model.segmentsInFlight(), 10);
    QCOMPARE(model.nextActionTimeNs().value_or(-1), 50 * Ms);

    const QList<Action> actions = runToEnd(model);
    const QList<Action> departures = ofType(actions, Type::Departed);
    QCOMPARE(departures.size(), 20);
    QCOMPARE(departures.first().segment, 11u);
    for (const Action& departed : departures)
        QCOMPARE(departed.timeNs, 100 * Ms);
    QCOMPARE(ofType(actions, Type::Delivered).last().timeNs, 150 * Ms);
    QCOMPARE(model.segmentsInFlight(), 0);
    QCOMPARE(model.congestionWindow(), 40.0); // +1 per ACK in slow start
    QVERIFY(std::isinf(model.slowStartThreshold()));

    // IW1: one segment per round trip at first, then 2, then 4.
    LinkConditions small = conditions(100);
    small.initialWindow = 1;
    SegmentScheduler slow(small, Direction::ServerToClient);
    slow.write(0, 7 * Mss);
    const QList<Action> slowDepartures = ofType(runToEnd(slow), Type::Departed);
    QCOMPARE(slowDepartures.size(), 7);
    const qint64 expected[] = {0, 100 * Ms, 100 * Ms, 200 * Ms, 200 * Ms, 200 * Ms, 200 * Ms};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(slowDepartures[i].timeNs, expected[i]);
}

void SegmentSchedulerTest::lossShrinksTheWindowOncePerWindow()
{
    LinkConditions lossy = conditions(90, 10'000'000);
    lossy.lossRate = 0.3;
    lossy.seed = 5;
    SegmentScheduler model(lossy, Direction::ClientToServer);
    model.write(0, 60 * Mss);

    QList<Action> all;
    QList<Action> lostAttempts;
    quint32 highestSent = 0;   // highest segment that departed before the current instant
    quint32 recoveryPoint = 0; // highest segment that had departed at the last reduction
    int reductions = 0;
    int suppressed = 0;
    while (const std::optional<qint64> next = model.nextActionTimeNs()) {
        const double cwndBefore = model.congestionWindow();
        const double ssthreshBefore = model.slowStartThreshold();
        const int inFlightBefore = model.segmentsInFlight();
        const QList<Action> actions = model.advance(*next);
        all += actions;
        int newSegments = 0;
        for (const Action& action : actions)
            newSegments += action.type == Type::Departed && action.attempt == 1 ? 1 : 0;
        const int acks = inFlightBefore + newSegments - model.segmentsInFlight();
        QVERIFY(acks >= 0);

        // The retransmission timers that fired at this instant, and whether one was for data sent after
        // the last reduction.
        bool newLoss = false;
        bool oldLoss = false;
        for (const Action& lost : std::as_const(lostAttempts)) {
            if (lost.retransmitNs == *next) {
                newLoss = newLoss || lost.segment > recoveryPoint;
                oldLoss = oldLoss || lost.segment <= recoveryPoint;
            }
        }

        const double cwnd = model.congestionWindow();
        const double ssthresh = model.slowStartThreshold();
        if (ssthresh != ssthreshBefore || cwnd < cwndBefore) {
            // ssthresh = max(2, cwnd / 2) of the window at that moment, and cwnd = ssthresh.
            QVERIFY2(newLoss, "the window shrank again for a loss from a window already reduced for");
            ++reductions;
            recoveryPoint = highestSent;
            QCOMPARE(cwnd, ssthresh);
            QVERIFY(ssthresh >= std::max(2.0, cwndBefore / 2) - 1e-9);
            QVERIFY(ssthresh <= std::max(2.0, (cwndBefore + acks) / 2) + 1e-9);
        } else {
            QVERIFY2(!newLoss || cwndBefore <= 4, "a timeout of new data did not shrink the window");
            suppressed += oldLoss ? 1 : 0;
            if (cwnd < ssthresh) {
                QCOMPARE(cwnd - cwndBefore, double(acks)); // slow start: one segment per ACK
            } else if (cwndBefore >= ssthresh) {
                QVERIFY(cwnd - cwndBefore >= 0);
                QVERIFY(cwnd - cwndBefore <= acks / cwndBefore + 1e-9); // avoidance: 1/cwnd per ACK
            }
        }

        for (const Action& action : actions) {
            if (action.type != Type::Departed)
                continue;
            highestSent = std::max(highestSent, action.segment);
            if (action.lost)
                lostAttempts.append(action);
        }
    }
    verifyInOrderDelivery(all, 60 * Mss);
    QVERIFY(reductions > 0);
    QVERIFY(suppressed > 0); // the once-per-window rule was exercised
    QCOMPARE(model.deliveredBytes(), qint64(60 * Mss));
}

void SegmentSchedulerTest::reproducibleWithSeed()
{
    LinkConditions noisy = conditions(80);
    noisy.jitterNs = 20 * Ms;
    noisy.lossRate = 0.2;
    auto run = [](const LinkConditions& c, quint32 connection) {
        SegmentScheduler model(c, Direction::ServerToClient, connection);
        model.write(0, 40 * Mss);
        model.finish(0);
        QList<std::tuple<int, qint64, quint32, int, bool, qint64>> trace;
        for (const Action& a : runToEnd(model))
            trace.append({int(a.type), a.timeNs, a.segment, a.attempt, a.lost, a.arrivalNs});
        return trace;
    };

    noisy.seed = 42;
    const auto first = run(noisy, 1);
    QVERIFY(run(noisy, 1) == first);
    QVERIFY(run(noisy, 2) != first); // each connection draws its own sequence
    noisy.seed = 43;
    QVERIFY(run(noisy, 1) != first);
    noisy.seed = 0; // a random seed each time
    QVERIFY(run(noisy, 1) != run(noisy, 1));
}

void SegmentSchedulerTest::finFollowsTheData()
{
    SegmentScheduler model(conditions(100), Direction::ServerToClient);
    model.write(0, 3000);
    model.finish(0);
    model.write(1, 500); // after the FIN: ignored
    const QList<Action> actions = runToEnd(model);
    QCOMPARE(ofType(actions, Type::Delivered).size(), 3); // 1460 + 1460 + 80
    QCOMPARE(actions.size(), 7);
    QCOMPARE(actions.last().type, Type::FinDelivered);
    QCOMPARE(actions.last().timeNs, 50 * Ms);
    QCOMPARE(actions.last().departureNs, qint64(0));
    QCOMPARE(actions.last().offset, qint64(3000));
    QVERIFY(model.isFinished());
    QCOMPARE(model.deliveredBytes(), qint64(3000));
    QVERIFY(!model.nextActionTimeNs());

    // Behind a lost segment the FIN is delivered last too, and it does not wait for the window.
    LinkConditions lossy = conditions(100);
    lossy.lossRate = 0.5;
    lossy.initialWindow = 1;
    lossy.seed = 9;
    SegmentScheduler late(lossy, Direction::ClientToServer);
    late.write(0, 20 * Mss);
    late.finish(5 * Ms);
    const QList<Action> lateActions = runToEnd(late);
    verifyInOrderDelivery(lateActions, 20 * Mss);
    QCOMPARE(lateActions.last().type, Type::FinDelivered);
    QCOMPARE(ofType(lateActions, Type::FinDelivered).size(), 1);
    QVERIFY(late.isFinished());
}

QTEST_GUILESS_MAIN(SegmentSchedulerTest)
#include "tst_segmentscheduler.moc"

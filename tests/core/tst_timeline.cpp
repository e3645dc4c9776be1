#include "core/timeline/detailstore.h"
#include "core/timeline/eventrecorder.h"
#include "core/timeline/timeline.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace protoviz;

class TimelineTest : public QObject
{
    Q_OBJECT

private slots:
    void recordsInTimeOrder();
    void storesDetailsCompactly();
    void truncatesLongUnits();
    void followsAppendsFromAnotherThread();
    void lowerBoundFindsEventsByTime();
    void recorderFillsOriginAndConnection();
    void memoryBudgetDropsTheOldestAndSaysSo();
    void memoryBudgetKeepsWhatWasNotAnnounced();
    void detailStoreDropsAndRenumbers();
};

void TimelineTest::recordsInTimeOrder()
{
    Timeline timeline(SessionClock::startingNow());
    for (int i = 0; i < 100; ++i)
        timeline.record({.layer = Layer::Http2, .kind = kindOf(Http2Kind::Data), .stream = quint32(i)});
    QCOMPARE(timeline.size(), 100);
    const QList<Event> events = timeline.events();
    for (qsizetype i = 1; i < events.size(); ++i) {
        QVERIFY(events[i].timeNs >= events[i - 1].timeNs);
        QCOMPARE(events[i].stream, quint32(i));
    }
    // append() keeps order too, even when given an earlier time.
    Event late{.layer = Layer::Session, .timeNs = 0};
    const qsizetype index = timeline.append(late);
    QCOMPARE(timeline.at(index).timeNs, events.constLast().timeNs);
}

void TimelineTest::storesDetailsCompactly()
{
    Timeline timeline(SessionClock::startingNow());
    EventDetail detail;
    detail.bytes = QByteArray::fromHex("000004010400000001");
    detail.text = QStringLiteral("a HEADERS frame with ü");
    detail.fields = {{QStringLiteral(":path"), QStringLiteral("/tiles/7"), 9, 3, 1},
                     {QStringLiteral(":method"), QStringLiteral("GET"), -1, 0, 0}};
    const qsizetype withDetail = timeline.record({.layer = Layer::Http2}, detail);
    const qsizetype without = timeline.record({.layer = Layer::Wire});

    QVERIFY(timeline.at(withDetail).detail != 0);
    QCOMPARE(timeline.at(without).detail, 0u);
    const EventDetail back = timeline.detail(timeline.at(withDetail));
    QCOMPARE(back.bytes, detail.bytes);
    QCOMPARE(back.text, detail.text);
    QCOMPARE(back.fields, detail.fields);
    QVERIFY(timeline.detail(timeline.at(without)).isEmpty());

    const Timeline::Footprint footprint = timeline.footprint();
    QCOMPARE(footprint.events, 2);
    QCOMPARE(footprint.recordBytes, qsizetype(2 * sizeof(Event) + sizeof(quint32)));
    QCOMPARE(footprint.rawBytes, detail.bytes.size());
    QVERIFY(footprint.decodedBytes > 0);
}

void TimelineTest::truncatesLongUnits()
{
    Timeline timeline(SessionClock::startingNow());
    timeline.setByteLimit(16);
    EventDetail detail;
    detail.bytes = QByteArray(100, 'x');
    const qsizetype index = timeline.record({.layer = Layer::Http2}, detail);
    const EventDetail back = timeline.detail(timeline.at(index));
    QCOMPARE(back.bytes.size(), 16);
    QCOMPARE(back.originalSize, 100u);
    QVERIFY(back.truncated());
}

void TimelineTest::followsAppendsFromAnotherThread()
{
    Timeline timeline(SessionClock::startingNow());
    QSignalSpy spy(&timeline, &Timeline::eventsAppended);
    constexpr int total = 5000;
    QThread* writer = QThread::create([&timeline] {
        const EventRecorder recorder(&timeline, Origin::Client, 1);
        for (int i = 0; i < total; ++i)
            recorder.record(
                {.layer = Layer::Wire, .kind = kindOf(WireKind::SegmentSent), .stream = quint32(i)});
    });
    writer->start();
    qsizetype seen = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            seen = 0;
            for (const QList<QVariant>& emission : std::as_const(spy))
                seen += emission.at(1).toLongLong();
            return seen == total && writer->isFinished();
        },
        10000));
    writer->wait();
    delete writer;
    // Emissions are contiguous and batched: fewer emissions than events.
    qsizetype expectedFirst = 0;
    for (const QList<QVariant>& emission : std::as_const(spy)) {
        QCOMPARE(emission.at(0).toLongLong(), expectedFirst);
        expectedFirst += emission.at(1).toLongLong();
    }
    QVERIFY(spy.size() < total);
    QCOMPARE(timeline.at(total - 1).stream, quint32(total - 1));
    QCOMPARE(timeline.at(0).origin, Origin::Client);
    QCOMPARE(timeline.at(0).connection, 1u);
}

void TimelineTest::lowerBoundFindsEventsByTime()
{
    Timeline timeline(SessionClock::startingNow());
    for (qint64 t : {10, 20, 20, 30})
        timeline.append({.timeNs = t});
    QCOMPARE(timeline.lowerBound(0), 0);
    QCOMPARE(timeline.lowerBound(20), 1);
    QCOMPARE(timeline.lowerBound(21), 3);
    QCOMPARE(timeline.lowerBound(31), 4);
}

void TimelineTest::recorderFillsOriginAndConnection()
{
    Timeline timeline(SessionClock::startingNow());
    const EventRecorder server(&timeline, Origin::Server, 7);
    QCOMPARE(server.outgoing(), Direction::ServerToClient);
    QCOMPARE(server.incoming(), Direction::ClientToServer);
    server.record({.layer = Layer::Http1, .connection = 9});
    server.explain(Layer::Http1, kindOf(Http1Kind::Error), QStringLiteral("bad request line"));
    QCOMPARE(timeline.at(0).origin, Origin::Server);
    QCOMPARE(timeline.at(0).connection, 9u);
    QCOMPARE(timeline.at(1).connection, 7u);
    QCOMPARE(timeline.detail(timeline.at(1)).text, QStringLiteral("bad request line"));
    QCOMPARE(EventRecorder().record({}), -1);
}

void TimelineTest::memoryBudgetDropsTheOldestAndSaysSo()
{
    Timeline timeline(SessionClock::startingNow());
    constexpr qsizetype budget = 64 * 1024;
    timeline.setMemoryBudget(budget);
    QSignalSpy dropped(&timeline, &Timeline::eventsDropped);
    EventDetail detail;
    detail.text = QStringLiteral("PING");
    detail.fields = {{QStringLiteral("opaque data"), QStringLiteral("0102030405060708"), -1, 0, 0}};
    constexpr int total = 20000;
    for (int i = 0; i < total; ++i) {
        timeline.record({.layer = Layer::Http2, .kind = kindOf(Http2Kind::Ping), .stream = quint32(i)},
                        detail);
        if (i % 100 == 99)
            QCoreApplication::processEvents(); // lets eventsAppended() announce them, as a server's loop does
    }
    QCoreApplication::processEvents();

    const Timeline::Footprint footprint = timeline.footprint();
    QVERIFY2(footprint.recordBytes + footprint.decodedBytes + footprint.rawBytes <= budget,
             qPrintable(QString::number(footprint.recordBytes + footprint.decodedBytes)));
    QVERIFY(timeline.firstIndex() > 0);
    QVERIFY(dropped.size() >= 1);
    // Indices keep meaning the same event: the newest is still index total - 1 or after it (notes).
    const QList<Event> kept = timeline.events();
    QCOMPARE(kept.size(), timeline.size() - timeline.firstIndex());
    QCOMPARE(timeline.events(0, timeline.firstIndex()).size(), 0);
    qsizetype notes = 0;
    qsizetype pings = 0;
    quint32 lastStream = 0;
    for (const Event& event : kept) {
        if (event.is(Layer::Session, SessionKind::Note)) {
            ++notes;
            const QString text = timeline.detail(event).text;
            QVERIFY2(text.contains(QStringLiteral("dropped")) && text.contains(QStringLiteral("http2 PING")),
                     qPrintable(text));
            continue;
        }
        // Details of kept events survive the compaction of the arena.
        QCOMPARE(timeline.detail(event).fields, detail.fields);
        if (pings > 0)
            QCOMPARE(event.stream, lastStream + 1);
        lastStream = event.stream;
        ++pings;
    }
    QVERIFY(notes >= 1);
    QCOMPARE(lastStream, quint32(total - 1));
    // Every event is accounted for: kept pings plus dropped events plus notes.
    qsizetype droppedTotal = 0;
    for (const QList<QVariant>& emission : std::as_const(dropped))
        droppedTotal += emission.at(0).toLongLong();
    QCOMPARE(droppedTotal, timeline.firstIndex());
    QCOMPARE(timeline.at(timeline.size() - 1).timeNs >= timeline.at(timeline.firstIndex()).timeNs, true);
    QCOMPARE(timeline.lowerBound(0), timeline.firstIndex());
}

void TimelineTest::memoryBudgetKeepsWhatWasNotAnnounced()
{
    // Without an event loop nothing is announced, so nothing may be dropped: a listener (a streamed
    // recording) would otherwise lose events. A budget off (the default) never drops either.
    Timeline timeline(SessionClock::startingNow());
    timeline.setMemoryBudget(4096);
    Timeline unbounded(SessionClock::startingNow());
    for (int i = 0; i < 1000; ++i) {
        timeline.record({.layer = Layer::Wire});
        unbounded.record({.layer = Layer::Wire});
    }
    QCOMPARE(timeline.firstIndex(), 0);
    QCOMPARE(timeline.size(), 1000);
    QCOMPARE(unbounded.memoryBudget(), 0);
    QCoreApplication::processEvents();
    timeline.record({.layer = Layer::Wire});
    QVERIFY(timeline.firstIndex() > 0);
    QVERIFY(timeline.footprint().recordBytes <= 4096);
}

void TimelineTest::detailStoreDropsAndRenumbers()
{
    DetailStore store;
    QList<quint32> handles;
    for (int i = 0; i < 5; ++i) {
        EventDetail detail;
        detail.bytes = QByteArray(10 + i, 'b');
        detail.text = QStringLiteral("detail %1").arg(i);
        handles.append(store.add(detail));
    }
    store.dropBefore(handles[3]);
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.rawBytes(), 13 + 14);
    QVERIFY(store.get(handles[2]).isEmpty());
    QCOMPARE(store.get(handles[3]).text, QStringLiteral("detail 3"));
    QCOMPARE(store.get(handles[4]).bytes, QByteArray(14, 'b'));
    QCOMPARE(store.renumber(), handles[3] - 1);
    QCOMPARE(store.get(1).text, QStringLiteral("detail 3"));
    QCOMPARE(store.get(2).text, QStringLiteral("detail 4"));
    QVERIFY(store.get(handles[4]).isEmpty());
    EventDetail next;
    next.text = QStringLiteral("next");
    QCOMPARE(store.add(next), 3u);
}

QTEST_GUILESS_MAIN(TimelineTest)
#include "tst_timeline.moc"

#include "core/export/recording.h"
#include "core/export/recordingstream.h"
#include "core/timeline/timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz;

class RecordingTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryEventAndDetail();
    void refusesCorruptRecordings_data();
    void refusesCorruptRecordings();
    void reportsUnwritablePaths();
    void streamsEveryEventAsItHappens();
    void readsAStreamCutShortUpToItsLastEvent();
    void refusesADamagedStream();

private:
    static QJsonObject sample();
};

QJsonObject RecordingTest::sample()
{
    Timeline timeline(SessionClock::startingNow());
    timeline.setTitle(QStringLiteral("HTTP/2 over TLS"));
    timeline.setSettings({{QStringLiteral("rttMs"), 100}});
    timeline.append(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .timeNs = 5, .value = 100000000});
    EventDetail headers;
    headers.bytes = QByteArray::fromHex("000003010500000001828684");
    headers.text = QStringLiteral("HEADERS on stream 1");
    headers.fields = {{QStringLiteral("stream id"), QStringLiteral("1"), 5, 4, 1}};
    timeline.append({.layer = Layer::Http2,
                     .kind = kindOf(Http2Kind::Headers),
                     .origin = Origin::Client,
                     .direction = Direction::ClientToServer,
                     .flags = 5,
                     .connection = 1,
                     .stream = 1,
                     .size = 12,
                     .overhead = 9,
                     .timeNs = 1000,
                     .value = 40},
                    headers);
    return Recording::toJson(QStringLiteral("h1-vs-h2"), {&timeline});
}

void RecordingTest::roundTripsEveryEventAndDetail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    Timeline timeline(SessionClock::startingNow());
    timeline.setTitle(QStringLiteral("A"));
    EventDetail detail;
    detail.bytes = QByteArray(5000, 'x'); // longer than the default byte limit: cut short, size kept
    timeline.record(
        {.layer = Layer::Wire, .kind = kindOf(WireKind::SegmentDelivered), .size = 1460, .value = -3});
    timeline.record({.layer = Layer::Http1, .kind = kindOf(Http1Kind::Body), .origin = Origin::Server},
                    detail);
    QString error;
    QVERIFY2(Recording::write(path, QStringLiteral("h1-vs-h2"), {&timeline}, &error), qPrintable(error));
    const std::optional<Recording> back = Recording::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->scenarioId, QStringLiteral("h1-vs-h2"));
    QCOMPARE(back->sessions.size(), 1);
    const Timeline& restored = *back->sessions.first();
    QCOMPARE(restored.title(), QStringLiteral("A"));
    QCOMPARE(restored.size(), timeline.size());
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const Event a = timeline.at(i);
        const Event b = restored.at(i);
        QCOMPARE(b.timeNs, a.timeNs);
        QCOMPARE(b.layer, a.layer);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.origin, a.origin);
        QCOMPARE(b.size, a.size);
        QCOMPARE(b.value, a.value);
        QCOMPARE(restored.detail(b).bytes, timeline.detail(a).bytes);
        QCOMPARE(restored.detail(b).originalSize, timeline.detail(a).originalSize);
    }
    QVERIFY(restored.detail(restored.at(1)).truncated());
    const std::optional<Recording> fromSample = Recording::fromJson(QJsonDocument(sample()).toJson(), &error);
    QVERIFY2(fromSample, qPrintable(error));
    const Timeline& s = *fromSample->sessions.first();
    QCOMPARE(s.at(1).flags, quint8(5));
    QCOMPARE(s.detail(s.at(1)).fields.first().name, QStringLiteral("stream id"));
    QCOMPARE(s.detail(s.at(1)).fields.first().offset, 5);
}

void RecordingTest::refusesCorruptRecordings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    auto mutate = [](const std::function<void(QJsonObject&)>& change) {
        QJsonObject root = sample();
        change(root);
        return QJsonDocument(root).toJson();
    };
    auto mutateEvent = [&mutate](const QString& key, const QJsonValue& value) {
        return mutate([key, value](QJsonObject& root) {
            QJsonArray sessions = root[QStringLiteral("sessions")].toArray();
            QJsonObject session = sessions[0].toObject();
            QJsonArray events = session[QStringLiteral("events")].toArray();
            QJsonObject event = events[1].toObject();
            event[key] = value;
            events[1] = event;
            session[QStringLiteral("events")] = events;
            sessions[0] = session;
            root[QStringLiteral("sessions")] = sessions;
        });
    };
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("JSON is broken");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("JSON is broken");
    QTest::newRow("foreign json") << QByteArray("{\"hello\": 1}")
                                  << QStringLiteral("not a ProtoViz recording");
    QTest::newRow("future version") << mutate([](QJsonObject& r) { r[QStringLiteral("version")] = 9; })
                                    << QStringLiteral("version 9");
    QTest::newRow("no sessions") << mutate([](QJsonObject& r) {
        r[QStringLiteral("sessions")] = QJsonArray();
    }) << QStringLiteral("no sessions");
    QTest::newRow("unknown layer") << mutateEvent(QStringLiteral("layer"), QStringLiteral("carrier-pigeon"))
                                   << QStringLiteral("event 2 of session 1: unknown layer");
    QTest::newRow("unknown kind") << mutateEvent(QStringLiteral("kind"), QStringLiteral("HEADERZ"))
                                  << QStringLiteral("unknown kind");
    QTest::newRow("negative size") << mutateEvent(QStringLiteral("size"), -1) << QStringLiteral("\"size\"");
    QTest::newRow("fractional time") << mutateEvent(QStringLiteral("t"), 1.5) << QStringLiteral("\"t\"");
    QTest::newRow("time beyond 64 bits") << mutateEvent(QStringLiteral("t"), 1e19) << QStringLiteral("\"t\"");
    QTest::newRow("flags too big") << mutateEvent(QStringLiteral("flags"), 256)
                                   << QStringLiteral("\"flags\"");
    QTest::newRow("bad base64") << mutateEvent(QStringLiteral("bytes"), QStringLiteral("@@@"))
                                << QStringLiteral("base64");
    QTest::newRow("field outside bytes")
        << mutateEvent(QStringLiteral("fields"),
                       QJsonArray{QJsonArray{QStringLiteral("x"), QStringLiteral("y"), 10, 50, 0}})
        << QStringLiteral("points outside");
    QTest::newRow("field end overflows")
        << mutateEvent(QStringLiteral("fields"),
                       QJsonArray{QJsonArray{QStringLiteral("x"), QStringLiteral("y"), 2147483647, 1, 0}})
        << QStringLiteral("points outside");
    QTest::newRow("back in time") << mutateEvent(QStringLiteral("t"), 1)
                                  << QStringLiteral("goes back in time");
}

void RecordingTest::refusesCorruptRecordings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Recording::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void RecordingTest::reportsUnwritablePaths()
{
    Timeline timeline(SessionClock::startingNow());
    QString error;
    QVERIFY(!Recording::write(QStringLiteral("/nonexistent-dir/x.json"), QString(), {&timeline}, &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x.json")));
    QVERIFY(!Recording::read(QStringLiteral("/nonexistent-dir/x.json"), &error));
    QVERIFY(error.contains(QLatin1String("Cannot open")));
}

void RecordingTest::streamsEveryEventAsItHappens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("serve.jsonl"));
    Timeline timeline(SessionClock::startingNow());
    timeline.setTitle(QStringLiteral("serve"));
    // A budget small enough to drop most events from memory: the stream must still hold every one.
    timeline.setMemoryBudget(8 * 1024);
    RecordingStream stream(&timeline, path, QStringLiteral("serve"));
    QString error;
    QVERIFY2(stream.open(&error), qPrintable(error));
    constexpr int total = 3000;
    for (int i = 0; i < total; ++i) {
        EventDetail detail;
        detail.text = QStringLiteral("frame %1").arg(i);
        detail.bytes = QByteArray(8, char(i));
        timeline.record({.layer = Layer::WebSocket, .stream = quint32(i), .size = 8}, detail);
        if (i % 50 == 49)
            QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    QVERIFY(timeline.firstIndex() > 0);
    QCOMPARE(stream.eventsWritten(), timeline.size());

    const std::optional<Recording> recording = Recording::read(path, &error);
    QVERIFY2(recording, qPrintable(error));
    QVERIFY(recording->notice.isEmpty());
    QCOMPARE(recording->scenarioId, QStringLiteral("serve"));
    QCOMPARE(recording->sessions.size(), 1);
    const Timeline& back = *recording->sessions.constFirst();
    QCOMPARE(back.title(), QStringLiteral("serve"));
    QCOMPARE(back.size(), timeline.size());
    int frames = 0;
    for (const Event& event : back.events()) {
        if (event.layer != Layer::WebSocket)
            continue;
        QCOMPARE(event.stream, quint32(frames));
        const EventDetail detail = back.detail(event);
        QCOMPARE(detail.text, QStringLiteral("frame %1").arg(frames));
        QCOMPARE(detail.bytes, QByteArray(8, char(frames)));
        ++frames;
    }
    QCOMPARE(frames, total);
}

void RecordingTest::readsAStreamCutShortUpToItsLastEvent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.jsonl"));
    {
        Timeline timeline(SessionClock::startingNow());
        RecordingStream stream(&timeline, path, QStringLiteral("serve"));
        QString error;
        QVERIFY(stream.open(&error));
        for (int i = 0; i < 10; ++i)
            timeline.record({.layer = Layer::Http2, .kind = kindOf(Http2Kind::Ping), .stream = quint32(i)});
        QCoreApplication::processEvents();
        QCOMPARE(stream.eventsWritten(), 10);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    // Cut in the middle of the last event, as a killed writer may leave it.
    QVERIFY(file.resize(whole.size() - 20));
    file.close();
    QString error;
    const std::optional<Recording> recording = Recording::read(path, &error);
    QVERIFY2(recording, qPrintable(error));
    QCOMPARE(recording->sessions.constFirst()->size(), 9);
    QVERIFY2(recording->notice.contains(QLatin1String("incomplete event")), qPrintable(recording->notice));

    // Cut inside the header: not readable, and said so.
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(30));
    file.close();
    QVERIFY(!Recording::read(path, &error));
    QVERIFY2(error.contains(QLatin1String("not a ProtoViz recording")), qPrintable(error));
}

void RecordingTest::refusesADamagedStream()
{
    const QByteArray header = R"({"format":"protoviz-recording-stream","scenario":"serve","version":1})"
                              "\n";
    const QByteArray ping = R"({"layer":"http2","kind":"PING","origin":"server","t":5})"
                            "\n";
    QString error;
    const std::optional<Recording> empty = Recording::fromJson(header, &error);
    QVERIFY2(empty, qPrintable(error));
    QCOMPARE(empty->sessions.constFirst()->size(), 0);

    QVERIFY(!Recording::fromJson(header + ping + "{\"layer\": garbage\n" + ping, &error));
    QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
    QVERIFY(!Recording::fromJson(header + ping +
                                     R"({"layer":"nope","kind":"PING","origin":"server"})"
                                     "\n",
                                 &error));
    QVERIFY2(error.contains(QLatin1String("unknown layer")), qPrintable(error));
    QVERIFY(!Recording::fromJson(header + ping +
                                     R"({"layer":"http2","kind":"PING","origin":"server","t":1})"
                                     "\n",
                                 &error));
    QVERIFY2(error.contains(QLatin1String("back in time")), qPrintable(error));
    QVERIFY(!Recording::fromJson(R"({"format":"protoviz-recording-stream","version":9})"
                                 "\n",
                                 &error));
    QVERIFY2(error.contains(QLatin1String("version 9")), qPrintable(error));
}

QTEST_GUILESS_MAIN(RecordingTest)
#include "tst_recording.moc"

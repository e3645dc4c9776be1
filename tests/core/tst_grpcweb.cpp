#include "tests/support/testsupport.h"

#include "core/grpc/grpcstatus.h"
#include "core/grpc/grpcwebcodec.h"
#include "core/grpc/grpcwebproxy.h"
#include "core/server/webserver.h"
#include "core/session/comparison.h"
#include "core/session/grpcstatistics.h"
#include "core/session/scenario.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"
#include "core/transport/tcpstream.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace protoviz;

namespace {

constexpr qint64 Millisecond = 1000000;
const QString GrpcWeb = QStringLiteral("grpc-web");

ScenarioKnobs knobs(qint64 rttMs, int calls)
{
    ScenarioKnobs k;
    k.link.rttNs = rttMs * Millisecond;
    k.objects = calls;
    k.objectSize = 600;
    k.timeoutSeconds = 30;
    return k;
}

QByteArray message(QByteArrayView payload)
{
    return GrpcMessageReader::frame(payload);
}

// Connection ids that carry events of this layer, seen from this side.
QSet<quint32> connections(const Timeline& timeline, Layer layer, Origin origin)
{
    QSet<quint32> ids;
    for (const Event& event : timeline.events()) {
        if (event.layer == layer && event.origin == origin && event.connection != 0)
            ids.insert(event.connection);
    }
    return ids;
}

QList<Event> events(const Timeline& timeline, Layer layer, quint8 kind, Origin origin)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.layer == layer && event.kind == kind && event.origin == origin)
            found.append(event);
    }
    return found;
}

QString note(const Timeline& timeline)
{
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Session, SessionKind::Note) && event.connection == 0)
            return timeline.detail(event).text;
    }
    return {};
}

} // namespace

class GrpcWebTest : public QObject
{
    Q_OBJECT

private slots:
    void trailerFrameRoundTrip();
    void decodesABody();
    void refusesMalformedBodies_data();
    void refusesMalformedBodies();
    void recognisesContentTypes();
    void callsGoThroughTheProxy();
    void deadlinesEndCallsOnBothSides();
    void cancellationResetsTheStream();
    void proxyRefusesWhatIsNotGrpcWeb();
    void refusesBadKnobs();
};

void GrpcWebTest::trailerFrameRoundTrip()
{
    const QByteArray frame = GrpcWebCodec::trailerFrame(
        {{"grpc-status", "0"}, {"Grpc-Message", "all%20good"}, {"bad", "a\r\nb"}, {"x-extra", "1"}});
    QCOMPARE(quint8(frame[0]), quint8(0x80));
    const QByteArray payload = "grpc-status: 0\r\ngrpc-message: all%20good\r\nx-extra: 1\r\n";
    QCOMPARE(frame.sliced(5), payload);
    QCOMPARE(qFromBigEndian<quint32>(frame.constData() + 1), quint32(payload.size()));
    HeaderList trailers;
    QString error;
    QVERIFY(GrpcWebCodec::parseTrailers(frame.sliced(5), &trailers, &error));
    QCOMPARE(trailers.size(), 3);
    QCOMPARE(headerValue(trailers, "grpc-message"), QByteArray("all%20good"));
    const QList<Field> fields = GrpcWebCodec::trailerFrameFields(frame);
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields[2].name, QStringLiteral("grpc-status"));
    QCOMPARE(frame.sliced(fields[2].offset, fields[2].length), QByteArray("grpc-status: 0"));
}

void GrpcWebTest::decodesABody()
{
    const QByteArray body = message("first") + message("") + message("third") +
                            GrpcWebCodec::trailerFrame({{"grpc-status", "4"}});
    const GrpcWebBody decoded = GrpcWebCodec::decodeBody(body);
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.messages.size(), 3);
    QCOMPARE(decoded.messages[0].message(), QByteArray("first"));
    QCOMPARE(decoded.messages[1].length, 0u);
    QCOMPARE(decoded.messages[2].bytes, message("third"));
    QCOMPARE(headerValue(decoded.trailers, "grpc-status"), QByteArray("4"));
    QCOMPARE(decoded.trailerFrame, GrpcWebCodec::trailerFrame({{"grpc-status", "4"}}));
}

void GrpcWebTest::refusesMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QByteArray trailers = GrpcWebCodec::trailerFrame({{"grpc-status", "0"}});
    QTest::newRow("no trailer frame") << message("x") << QStringLiteral("no trailer frame");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("no trailer frame");
    QTest::newRow("after the trailers") << trailers + message("x") << QStringLiteral("follow the trailer");
    QTest::newRow("unknown flag") << QByteArray("\x40\0\0\0\0", 5) + trailers << QStringLiteral("flag byte");
    QTest::newRow("compressed") << QByteArray("\x01\0\0\0\0", 5) + trailers << QStringLiteral("compressed");
    QTest::newRow("short prefix") << QByteArray("\0\0", 2) << QStringLiteral("5-byte prefix");
    QTest::newRow("truncated") << QByteArray("\0\0\0\0\x09xy", 7) << QStringLiteral("short of the frame");
    QTest::newRow("too large") << QByteArray("\0\x7f\0\0\0", 5) << QStringLiteral("more than the limit");
    QByteArray badLine = QByteArray("\x80\0\0\0\x0a", 5) + "no colon\r\n";
    QTest::newRow("bad trailer line") << badLine << QStringLiteral("not \"name: value\"");
}

void GrpcWebTest::refusesMalformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const GrpcWebBody decoded = GrpcWebCodec::decodeBody(body);
    QVERIFY2(decoded.error.contains(error), qPrintable(decoded.error));
}

void GrpcWebTest::recognisesContentTypes()
{
    QVERIFY(GrpcWebCodec::isGrpcWebContentType("application/grpc-web"));
    QVERIFY(GrpcWebCodec::isGrpcWebContentType("application/grpc-web+proto"));
    QVERIFY(GrpcWebCodec::isGrpcWebContentType("Application/gRPC-Web+proto; charset=x"));
    QVERIFY(!GrpcWebCodec::isGrpcWebContentType("application/grpc-web-text"));
    QVERIFY(!GrpcWebCodec::isGrpcWebContentType("application/grpc"));
    QVERIFY(!GrpcWebCodec::isGrpcWebContentType("application/grpc-web+json"));
    QVERIFY(!GrpcWebCodec::isGrpcWebContentType(""));
}

void GrpcWebTest::callsGoThroughTheProxy()
{
    constexpr int calls = 8;
    const std::unique_ptr<Comparison> comparison = test::runComparison(GrpcWeb, knobs(20, calls), 60000);
    QVERIFY(comparison);
    QCOMPARE(comparison->timelines().size(), 2);
    const Timeline& web = *comparison->timelineA();
    const Timeline& native = *comparison->timelineB();
    for (const Timeline* timeline : comparison->timelines()) {
        const SessionStatistics stats = SessionStatistics::compute(*timeline);
        QCOMPARE(stats.outcome, SessionOutcome::Completed);
        const GrpcStatistics grpc = GrpcStatistics::compute(*timeline);
        QCOMPARE(grpc.calls, calls);
        QCOMPARE(grpc.callsOk, calls);
        QCOMPARE(grpc.messagesReceived, calls);
    }

    // The browser speaks HTTP/1.1 only; the proxy answers it there (Origin::Server) and is the client
    // of its own HTTP/2 connection to the server: the hop has connections of its own.
    const QSet<quint32> browser = connections(web, Layer::Http1, Origin::Client);
    QVERIFY(!browser.isEmpty());
    QVERIFY(browser.size() <= 6);
    QVERIFY(connections(web, Layer::Http2, Origin::Client).size() == 1);
    QCOMPARE(connections(web, Layer::Http1, Origin::Server), browser);
    const QSet<quint32> serverSide = connections(web, Layer::Http2, Origin::Server);
    QCOMPARE(serverSide, connections(web, Layer::Http2, Origin::Client));
    QVERIFY(!serverSide.intersects(browser));
    QVERIFY(connections(native, Layer::Http1, Origin::Client).isEmpty());
    QCOMPARE(connections(native, Layer::Http2, Origin::Client).size(), 1);

    // The proxy wrote each status as a trailer frame; the browser read it from the body.
    const QList<Event> trailerFrames =
        events(web, Layer::Grpc, kindOf(GrpcKind::CallFinished), Origin::Server);
    int proxied = 0;
    for (const Event& event : trailerFrames) {
        const EventDetail detail = web.detail(event);
        if (!browser.contains(event.connection))
            continue;
        ++proxied;
        QCOMPARE(quint8(detail.bytes.at(0)), quint8(0x80));
        QVERIFY(detail.bytes.contains("grpc-status: 0\r\n"));
    }
    QCOMPARE(proxied, calls);
    QByteArray responseBodies;
    for (const Event& event : events(web, Layer::Http1, kindOf(Http1Kind::Body), Origin::Client)) {
        if (event.direction == Direction::ServerToClient)
            responseBodies += web.detail(event).bytes;
    }
    QCOMPARE(responseBodies.count("grpc-status: 0\r\n"), qsizetype(calls));
    QVERIFY(responseBodies.contains("\x80\0\0\0"));

    // The proxy's hop is behind the server: the browser's figures leave it out and count it apart.
    const SessionStatistics webStats = SessionStatistics::compute(web);
    QCOMPARE(webStats.connections, int(browser.size()));
    QCOMPARE(webStats.connectionsBehindServer, 1);
    qint64 hopBytes = 0;
    qint64 browserBytes = 0;
    for (const Event& event : web.events()) {
        if (event.is(Layer::Wire, WireKind::SegmentDelivered))
            (serverSide.contains(event.connection) ? hopBytes : browserBytes) += event.size;
    }
    QCOMPARE(webStats.bytesBehindServer, hopBytes);
    QCOMPARE(webStats.wireBytes(), browserBytes);
    // No answer reaches the browser before a round trip for TCP and one for its request.
    QVERIFY(webStats.timeToFirstByteNs >= 2 * 20'000'000 - 1'000'000);

    QVERIFY2(note(web).contains(QLatin1String("trailer frame")), qPrintable(note(web)));
    QVERIFY2(note(web).contains(QLatin1String("one hop")), qPrintable(note(web)));
    QVERIFY2(note(native).contains(QLatin1String("HTTP/2 trailers")), qPrintable(note(native)));
}

void GrpcWebTest::deadlinesEndCallsOnBothSides()
{
    // Server work 0, 200, 400 and 600 ms against a 300 ms deadline: two calls make it, two do not.
    ScenarioKnobs k = knobs(10, 4);
    k.grpcDeadlineMs = 300;
    k.grpcWorkMs = 600;
    const std::unique_ptr<Comparison> comparison = test::runComparison(GrpcWeb, k, 60000);
    QVERIFY(comparison);
    for (const Timeline* timeline : comparison->timelines()) {
        QCOMPARE(SessionStatistics::compute(*timeline).outcome, SessionOutcome::Completed);
        const GrpcStatistics grpc = GrpcStatistics::compute(*timeline);
        QCOMPARE(grpc.calls, 4);
        QCOMPARE(grpc.statuses.value(int(GrpcStatusCode::Ok)), 2);
        QCOMPARE(grpc.statuses.value(int(GrpcStatusCode::DeadlineExceeded)), 2);
    }
    // The deadline crossed both hops: grpc-timeout in the browser's request and in the proxy's.
    const Timeline& web = *comparison->timelineA();
    int forwarded = 0;
    for (const Event& event : events(web, Layer::Grpc, kindOf(GrpcKind::CallStarted), Origin::Server)) {
        for (const Field& field : web.detail(event).fields) {
            if (field.name == QLatin1String("grpc-timeout") &&
                field.value.contains(QLatin1String("passed on")))
                ++forwarded;
        }
    }
    QVERIFY(forwarded >= 4);
    QVERIFY(note(web).contains(QLatin1String("grpc-timeout")));
}

void GrpcWebTest::cancellationResetsTheStream()
{
    // Server work 0 and 400 ms; the clients cancel what still runs after 200 ms.
    ScenarioKnobs k = knobs(10, 2);
    k.grpcWorkMs = 400;
    k.grpcCancelAfterMs = 200;
    const std::unique_ptr<Comparison> comparison = test::runComparison(GrpcWeb, k, 60000);
    QVERIFY(comparison);
    for (const Timeline* timeline : comparison->timelines()) {
        QCOMPARE(SessionStatistics::compute(*timeline).outcome, SessionOutcome::Completed);
        const GrpcStatistics grpc = GrpcStatistics::compute(*timeline);
        QCOMPARE(grpc.statuses.value(int(GrpcStatusCode::Ok)), 1);
        QCOMPARE(grpc.statuses.value(int(GrpcStatusCode::Cancelled)), 1);
        // Native gRPC resets the stream itself; through the proxy, the proxy does when the browser
        // closes its connection. Either way the server hears RST_STREAM from its client.
        QCOMPARE(events(*timeline, Layer::Http2, kindOf(Http2Kind::RstStream), Origin::Server).size(), 1);
    }
    const Timeline& web = *comparison->timelineA();
    QCOMPARE(events(web, Layer::Http2, kindOf(Http2Kind::RstStream), Origin::Client).size(), 1);
    QVERIFY2(note(web).contains(QLatin1String("closing the browser connection")), qPrintable(note(web)));
}

void GrpcWebTest::proxyRefusesWhatIsNotGrpcWeb()
{
    // The proxy on its own, in front of the web server, without a link: plain sockets send it bad input.
    const WebServerConfig config;
    WebServer server(config, nullptr, {});
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    GrpcWebProxy proxy(
        [&server](const QList<QByteArray>&) {
            auto* tcp = new TcpStream;
            tcp->connectTo(server.address(), server.cleartextPort(), nullptr, nullptr);
            return tcp;
        },
        QByteArrayLiteral("localhost"), nullptr, {}, {});
    QVERIFY2(proxy.listen(&error), qPrintable(error));

    auto answer = [&proxy](const QByteArray& request) -> QByteArray {
        QTcpSocket socket;
        socket.connectToHost(proxy.address(), proxy.port());
        if (!socket.waitForConnected(5000))
            return QByteArray();
        socket.write(request);
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (!received.contains("\r\n\r\n") && timer.elapsed() < 5000) {
            QTest::qWait(10);
            received += socket.readAll();
        }
        QTest::qWait(50);
        return QByteArray(received + socket.readAll());
    };
    QVERIFY(answer("GET /x HTTP/1.1\r\nhost: a\r\n\r\n").startsWith("HTTP/1.1 405"));
    QVERIFY(answer("POST /x HTTP/1.1\r\nhost: a\r\ncontent-type: text/plain\r\ncontent-length: 0\r\n\r\n")
                .startsWith("HTTP/1.1 415"));
    QVERIFY(answer("BROKEN\r\n\r\n").startsWith("HTTP/1.1 400"));
    // A method the server lacks: the proxy passes the server's status on in the trailer frame.
    const QByteArray call = "POST /protoviz.lesson.v1.Lesson/NoSuchMethod HTTP/1.1\r\nhost: a\r\n"
                            "content-type: application/grpc-web+proto\r\ncontent-length: 5\r\n\r\n" +
                            message("");
    const QByteArray unimplemented = answer(call);
    QVERIFY2(unimplemented.startsWith("HTTP/1.1 200"), unimplemented.constData());
    QVERIFY2(unimplemented.contains("grpc-status: 12\r\n"), unimplemented.constData());
}

void GrpcWebTest::refusesBadKnobs()
{
    QString error;
    ScenarioKnobs k = knobs(10, 2);
    k.grpcDeadlineMs = -1;
    QVERIFY(!ScenarioCatalog::make(GrpcWeb, k, &error));
    QVERIFY2(error.contains(QLatin1String("deadline")), qPrintable(error));
    k = knobs(10, 2);
    k.grpcCancelAfterMs = 999999;
    QVERIFY(!ScenarioCatalog::make(GrpcWeb, k, &error));
    QVERIFY2(error.contains(QLatin1String("Cancelling")), qPrintable(error));
    bool listed = false;
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries())
        listed = listed || entry.id == GrpcWeb;
    QVERIFY(listed);
}

QTEST_GUILESS_MAIN(GrpcWebTest)
#include "tst_grpcweb.moc"

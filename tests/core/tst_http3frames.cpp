// The HTTP/3 frames our own stacks never send (PUSH_PROMISE, CANCEL_PUSH, MAX_PUSH_ID, GOAWAY, reserved
// types), put on the wire by a raw test peer over real QUIC connections on 127.0.0.1: each must reach
// the timeline of the Http3Client or Http3Server that meets it, with its fields, and that endpoint must
// react as RFC 9114 says.
#include "tests/support/rawhttp3peer.h"
#include "tests/support/testsupport.h"

#include "core/http/workload.h"
#include "core/http3/http3client.h"
#include "core/http3/http3framescanner.h"
#include "core/http3/http3server.h"
#include "core/quic/quicclient.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quiceventlog.h"
#include "core/quic/quicserver.h"
#include "core/quic/quictlscontext.h"
#include "core/timeline/eventnames.h"
#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include <QSignalSpy>
#include <QTest>

using namespace protoviz;
using protoviz::test::QuicTestTls;
using protoviz::test::RawHttp3Peer;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 8000;
constexpr quint64 CancelPush = 0x03;
constexpr quint64 PushPromise = 0x05;
constexpr quint64 GoAway = 0x07;
constexpr quint64 MaxPushId = 0x0d;
// Reserved frame types 0x1f * N + 0x21 (RFC 9114 section 7.2.8), which a receiver must ignore.
constexpr quint64 ReservedOnControl = 0x21;
constexpr quint64 ReservedOnRequest = 0x1f * 5 + 0x21;
constexpr quint64 H3IdError = 0x108;
constexpr quint64 H3FrameUnexpected = 0x105;
constexpr qint64 FirstRequestStream = 0;
constexpr qint64 ClientControlStream = 2;
constexpr qint64 ServerControlStream = 3;

QList<Event> eventsOf(const Timeline& timeline, Origin origin, Http3Kind kind)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.origin == origin && event.is(Layer::Http3, kind))
            found.append(event);
    }
    return found;
}

/// A QUIC server whose connections are raw HTTP/3 peers, each recorded on the timeline as the server.
class RawServer
{
public:
    RawServer(std::shared_ptr<QuicTlsContext> tls, Timeline* timeline, const QByteArray& controlFrames,
              const QByteArray& response)
        : log(EventRecorder(timeline, Origin::Server, 1))
        , quic(std::move(tls), [controlFrames, response](QuicConnection& connection) {
            return std::unique_ptr<QuicStreamApplication>(
                std::make_unique<RawHttp3Peer>(connection, controlFrames, QByteArray(), response));
        })
    {
        QObject::connect(&quic, &QuicServer::connectionAccepted,
                         [this](QuicConnection* connection) { connection->setObserver(&log); });
    }

    QuicEventLog log;
    QuicServer quic;
};

} // namespace

class TestHttp3Frames final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scannerReadsIdentifiersInPieces();
    void serverTakesMaxPushIdAndIgnoresReservedFrames();
    void clientFollowsGoAway();
    void serverShutsDownWithGoAway();
    void pushPromiseWithoutMaxPushIdIsAnIdError();
    void cancelPushWithoutMaxPushIdIsAnIdError();
    void goAwayOnAPushIdIsAnIdError();
    void pushPromiseFromAClientIsUnexpected();

private:
    /// Runs our Http3Client (GET /) against a raw server sending controlFrames and answering with
    /// response. With afterResponse, waits for the response, calls it, then closes the client; without,
    /// waits for the connection to end. Sets closedError to the client's closed() error.
    void runClientAgainst(const QByteArray& controlFrames, const QByteArray& response, Timeline* timeline,
                          const std::function<void(Http3Client&)>& afterResponse, QString* closedError);
    void checkIdError(const Timeline& timeline, quint64 expectedCode, const QString& closedError);

    std::shared_ptr<QuicTlsContext> m_serverTls;
    std::shared_ptr<QuicTlsContext> m_clientTls;
};

void TestHttp3Frames::initTestCase()
{
    QString error;
    const QuicTestTls tls = QuicTestTls::make(&error);
    QVERIFY2(tls.isValid(), qPrintable(error));
    m_serverTls = tls.server;
    m_clientTls = tls.client;
}

void TestHttp3Frames::runClientAgainst(const QByteArray& controlFrames, const QByteArray& response,
                                       Timeline* timeline,
                                       const std::function<void(Http3Client&)>& afterResponse,
                                       QString* closedError)
{
    RawServer server(m_serverTls, timeline, controlFrames, response);
    QString error;
    QVERIFY2(server.quic.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QuicEventLog clientLog(EventRecorder(timeline, Origin::Client, 1));
    Http3Client client(m_clientTls, "localhost");
    client.setObserver(&clientLog);
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    QSignalSpy closed(&client, &Http3Client::closed);
    client.get("/");
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.quic.port(), {}, &error),
             qPrintable(error));
    if (afterResponse) {
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 1, TimeoutMs);
        afterResponse(client);
        client.close();
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TimeoutMs);
    // The raw server learns of the close too (its CONNECTION_CLOSE is on the timeline).
    QTRY_COMPARE_WITH_TIMEOUT(server.quic.connectionCount(), 0, TimeoutMs);
    *closedError = closed.first().first().toString();
}

void TestHttp3Frames::checkIdError(const Timeline& timeline, quint64 expectedCode, const QString& closedError)
{
    // Our client closes the connection with the HTTP/3 error RFC 9114 names: on its timeline as sent,
    // on the peer's as received, and in the message its owner gets.
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> errors = eventsOf(timeline, origin, Http3Kind::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value, qint64(expectedCode));
        QCOMPARE(errors.first().direction, Direction::ClientToServer);
        QVERIFY(ProtocolRegistry::of(errors.first()).isError(errors.first()));
    }
    const QString name = expectedCode == H3IdError ? u"H3_ID_ERROR"_s : u"H3_FRAME_UNEXPECTED"_s;
    QVERIFY2(
        timeline.detail(eventsOf(timeline, Origin::Client, Http3Kind::Error).first()).text.contains(name),
        qPrintable(timeline.detail(eventsOf(timeline, Origin::Client, Http3Kind::Error).first()).text));
    QVERIFY2(closedError.contains(name), qPrintable(closedError));
}

void TestHttp3Frames::scannerReadsIdentifiersInPieces()
{
    // A control stream (type 0), an empty SETTINGS, GOAWAY with a two-byte stream id, MAX_PUSH_ID, a
    // reserved frame and a CANCEL_PUSH whose payload ends inside its id, fed one byte at a time.
    const QByteArray stream = RawHttp3Peer::varint(0) + RawHttp3Peer::frame(0x04, {}) +
                              RawHttp3Peer::frame(GoAway, RawHttp3Peer::varint(400)) +
                              RawHttp3Peer::frame(MaxPushId, RawHttp3Peer::varint(7)) +
                              RawHttp3Peer::frame(ReservedOnControl, "xy") +
                              RawHttp3Peer::frame(CancelPush, QByteArray(1, char(0x40)));
    Http3FrameScanner scanner(true);
    QList<Http3FrameScanner::Frame> frames;
    for (const char byte : stream)
        frames += scanner.feed(QByteArrayView(&byte, 1));
    QCOMPARE(frames.size(), 5);
    QCOMPARE(frames[0].type, Http3FrameType::Settings);
    QVERIFY(!frames[0].id);
    QCOMPARE(frames[1].type, Http3FrameType::GoAway);
    QCOMPARE(frames[1].length, 2u);
    QCOMPARE(frames[1].id, std::optional<quint64>(400));
    QCOMPARE(frames[2].type, Http3FrameType::MaxPushId);
    QCOMPARE(frames[2].id, std::optional<quint64>(7));
    QCOMPARE(frames[3].type, Http3FrameType::Unknown);
    QCOMPARE(frames[3].rawType, ReservedOnControl);
    QVERIFY(!frames[3].id);
    QCOMPARE(frames[4].type, Http3FrameType::CancelPush);
    QVERIFY(!frames[4].id); // a receiver's H3_FRAME_ERROR, still reported
}

void TestHttp3Frames::serverTakesMaxPushIdAndIgnoresReservedFrames()
{
    // A raw client allows pushes up to id 5 and sends reserved frames on its control and request
    // streams: our server records each, ignores the reserved ones and answers the request.
    Timeline timeline(SessionClock::startingNow());
    const Workload workload(1, 700);
    Http3Server server(m_serverTls, workload);
    QuicEventLog serverLog(EventRecorder(&timeline, Origin::Server, 1));
    QObject::connect(&server, &Http3Server::connectionAccepted,
                     [&serverLog](QuicConnection* connection) { connection->setObserver(&serverLog); });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    const QByteArray controlFrames = RawHttp3Peer::frame(MaxPushId, RawHttp3Peer::varint(5)) +
                                     RawHttp3Peer::frame(ReservedOnControl, "grease");
    const QByteArray request = RawHttp3Peer::frame(ReservedOnRequest, "abc") +
                               RawHttp3Peer::getRequest("localhost", Workload::objectPath(0));
    QuicClient client(m_clientTls);
    RawHttp3Peer* peer = nullptr;
    client.setApplicationFactory([&](QuicConnection& connection) {
        auto made = std::make_unique<RawHttp3Peer>(connection, controlFrames, request, QByteArray());
        peer = made.get();
        return std::unique_ptr<QuicStreamApplication>(std::move(made));
    });
    QSignalSpy closed(&client, &QuicClient::closed);
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.port(), {}, &error), qPrintable(error));
    QVERIFY(test::waitUntil([&] { return peer && peer->ended(FirstRequestStream); }, TimeoutMs));
    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TimeoutMs);
    QCOMPARE(closed.first().first().toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);

    const QList<Event> maxPushIds = eventsOf(timeline, Origin::Server, Http3Kind::MaxPushId);
    QCOMPARE(maxPushIds.size(), 1);
    QCOMPARE(maxPushIds.first().stream, quint32(ClientControlStream));
    QCOMPARE(maxPushIds.first().direction, Direction::ClientToServer);
    QCOMPARE(maxPushIds.first().value, 1); // the push id's one byte
    QCOMPARE(timeline.detail(maxPushIds.first()).fieldValue(u"push id"), u"5"_s);

    const QList<Event> reserved = eventsOf(timeline, Origin::Server, Http3Kind::UnknownFrame);
    QCOMPARE(reserved.size(), 2);
    for (const Event& frame : reserved) {
        const bool onControl = frame.stream == quint32(ClientControlStream);
        QCOMPARE(frame.stream, onControl ? quint32(ClientControlStream) : quint32(FirstRequestStream));
        QCOMPARE(frame.value, onControl ? 6 : 3);
        QCOMPARE(timeline.detail(frame).fieldValue(u"frame type"),
                 u"UNKNOWN (0x%1)"_s.arg(onControl ? ReservedOnControl : ReservedOnRequest, 0, 16));
    }
    // Answered as if the reserved frames were not there: HEADERS and the object's bytes in DATA.
    const QList<Event> data = eventsOf(timeline, Origin::Server, Http3Kind::Data);
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().stream, quint32(FirstRequestStream));
    QCOMPARE(data.first().value, qint64(workload.objectSizeAt(0)));
    QVERIFY(peer->received(FirstRequestStream).endsWith(workload.objectBody(0)));
    QVERIFY(eventsOf(timeline, Origin::Server, Http3Kind::Error).isEmpty());
}

void TestHttp3Frames::clientFollowsGoAway()
{
    // A raw server says on its control stream that it will process requests below stream 4 only: our
    // client records the GOAWAY with that stream id, still gets its answer on stream 0, and keeps a
    // request made afterwards to itself rather than send it on stream 4.
    Timeline timeline(SessionClock::startingNow());
    const auto afterGoAway = [&timeline](Http3Client& client) {
        client.get("/again"); // sent at once, were it sent at all
        QCOMPARE(client.outstandingRequests(), 1);
        QVERIFY(!client.connection()->isClosed());
        for (const Event& event : timeline.events())
            QVERIFY(!event.is(Layer::Http3, Http3Kind::HeaderFields) || event.stream == FirstRequestStream);
    };
    QString closedError;
    runClientAgainst(RawHttp3Peer::frame(GoAway, RawHttp3Peer::varint(4)), RawHttp3Peer::okResponse("hello"),
                     &timeline, afterGoAway, &closedError);
    QCOMPARE(closedError, QString());
    const QList<Event> goAways = eventsOf(timeline, Origin::Client, Http3Kind::GoAway);
    QCOMPARE(goAways.size(), 1);
    QCOMPARE(goAways.first().stream, quint32(ServerControlStream));
    QCOMPARE(goAways.first().direction, Direction::ServerToClient);
    QCOMPARE(goAways.first().value, 1);
    QCOMPARE(timeline.detail(goAways.first()).fieldValue(u"stream id"), u"4"_s);
    QVERIFY(eventsOf(timeline, Origin::Client, Http3Kind::Error).isEmpty());
}

void TestHttp3Frames::serverShutsDownWithGoAway()
{
    // Our own server, shutting down while it holds a request: GOAWAY names the next stream (4), the
    // request on stream 0 is still answered, then the connection closes cleanly.
    Timeline timeline(SessionClock::startingNow());
    Http3Responder held;
    Http3Server server(m_serverTls,
                       [&held](const HttpRequest&, const Http3Responder& responder) { held = responder; });
    QuicEventLog serverLog(EventRecorder(&timeline, Origin::Server, 1));
    QObject::connect(&server, &Http3Server::connectionAccepted,
                     [&serverLog](QuicConnection* connection) { connection->setObserver(&serverLog); });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QuicEventLog clientLog(EventRecorder(&timeline, Origin::Client, 1));
    Http3Client client(m_clientTls, "localhost");
    client.setObserver(&clientLog);
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    QSignalSpy closed(&client, &Http3Client::closed);
    client.get("/held");
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.port(), {}, &error), qPrintable(error));
    QVERIFY(test::waitUntil([&held] { return bool(held); }, TimeoutMs));

    server.shutDown();
    QVERIFY(test::waitUntil([&] { return !eventsOf(timeline, Origin::Client, Http3Kind::GoAway).isEmpty(); },
                            TimeoutMs));
    QCOMPARE(server.connectionCount(), 1); // the held request keeps it open
    HttpResponse response;
    response.body = "answered after GOAWAY";
    held(response);
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 1, TimeoutMs);
    QCOMPARE(responses.first().first().value<Http3Response>().body, response.body);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TimeoutMs);
    QCOMPARE(closed.first().first().toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);

    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> goAways = eventsOf(timeline, origin, Http3Kind::GoAway);
        QCOMPARE(goAways.size(), 1);
        QCOMPARE(goAways.first().direction, Direction::ServerToClient);
        QCOMPARE(goAways.first().stream, quint32(ServerControlStream));
        QCOMPARE(timeline.detail(goAways.first()).fieldValue(u"stream id"), u"4"_s);
        QVERIFY(eventsOf(timeline, origin, Http3Kind::Error).isEmpty());
    }
}

void TestHttp3Frames::pushPromiseWithoutMaxPushIdIsAnIdError()
{
    // Our client never sends MAX_PUSH_ID, so any push id is beyond its limit (RFC 9114 section 7.2.5).
    Timeline timeline(SessionClock::startingNow());
    const QByteArray promisedRequest = RawHttp3Peer::getRequest("localhost", "/pushed");
    // The promised request's field section, without the HEADERS frame's own header.
    const QByteArray fieldSection = promisedRequest.mid(2);
    const QByteArray promise = RawHttp3Peer::frame(PushPromise, RawHttp3Peer::varint(0) + fieldSection);
    QString closedError;
    runClientAgainst({}, promise + RawHttp3Peer::okResponse("hello"), &timeline, {}, &closedError);
    const QList<Event> promises = eventsOf(timeline, Origin::Client, Http3Kind::PushPromise);
    QCOMPARE(promises.size(), 1);
    QCOMPARE(promises.first().stream, quint32(FirstRequestStream));
    QCOMPARE(promises.first().direction, Direction::ServerToClient);
    QCOMPARE(promises.first().value, qint64(1 + fieldSection.size()));
    QCOMPARE(timeline.detail(promises.first()).fieldValue(u"push id"), u"0"_s);
    checkIdError(timeline, H3IdError, closedError);
}

void TestHttp3Frames::cancelPushWithoutMaxPushIdIsAnIdError()
{
    Timeline timeline(SessionClock::startingNow());
    QString closedError;
    runClientAgainst(RawHttp3Peer::frame(CancelPush, RawHttp3Peer::varint(3)), RawHttp3Peer::okResponse("x"),
                     &timeline, {}, &closedError);
    const QList<Event> cancels = eventsOf(timeline, Origin::Client, Http3Kind::CancelPush);
    QCOMPARE(cancels.size(), 1);
    QCOMPARE(cancels.first().stream, quint32(ServerControlStream));
    QCOMPARE(cancels.first().value, 1);
    QCOMPARE(timeline.detail(cancels.first()).fieldValue(u"push id"), u"3"_s);
    checkIdError(timeline, H3IdError, closedError);
}

void TestHttp3Frames::goAwayOnAPushIdIsAnIdError()
{
    // A server's GOAWAY must name a client-initiated bidirectional stream (RFC 9114 section 5.2):
    // stream 1 is none.
    Timeline timeline(SessionClock::startingNow());
    QString closedError;
    runClientAgainst(RawHttp3Peer::frame(GoAway, RawHttp3Peer::varint(1)), RawHttp3Peer::okResponse("x"),
                     &timeline, {}, &closedError);
    const QList<Event> goAways = eventsOf(timeline, Origin::Client, Http3Kind::GoAway);
    QCOMPARE(goAways.size(), 1);
    QCOMPARE(timeline.detail(goAways.first()).fieldValue(u"stream id"), u"1"_s);
    checkIdError(timeline, H3IdError, closedError);
}

void TestHttp3Frames::pushPromiseFromAClientIsUnexpected()
{
    // Only servers push (RFC 9114 section 7.2.5): our server closes with H3_FRAME_UNEXPECTED.
    Timeline timeline(SessionClock::startingNow());
    Http3Server server(m_serverTls, Workload(1, 100));
    QuicEventLog serverLog(EventRecorder(&timeline, Origin::Server, 1));
    QObject::connect(&server, &Http3Server::connectionAccepted,
                     [&serverLog](QuicConnection* connection) { connection->setObserver(&serverLog); });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QByteArray fieldSection = RawHttp3Peer::getRequest("localhost", "/pushed").mid(2);
    const QByteArray request = RawHttp3Peer::frame(PushPromise, RawHttp3Peer::varint(0) + fieldSection) +
                               RawHttp3Peer::getRequest("localhost", Workload::objectPath(0));
    QuicClient client(m_clientTls);
    QuicEventLog clientLog(EventRecorder(&timeline, Origin::Client, 1));
    client.setObserver(&clientLog);
    client.setApplicationFactory([&](QuicConnection& connection) {
        return std::unique_ptr<QuicStreamApplication>(
            std::make_unique<RawHttp3Peer>(connection, QByteArray(), request, QByteArray()));
    });
    QSignalSpy closed(&client, &QuicClient::closed);
    QSignalSpy serverClosed(&server, &Http3Server::connectionClosed);
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.port(), {}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverClosed.size(), 1, TimeoutMs);

    const QList<Event> promises = eventsOf(timeline, Origin::Server, Http3Kind::PushPromise);
    QCOMPARE(promises.size(), 1);
    QCOMPARE(promises.first().direction, Direction::ClientToServer);
    QCOMPARE(timeline.detail(promises.first()).fieldValue(u"push id"), u"0"_s);
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> errors = eventsOf(timeline, origin, Http3Kind::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value, qint64(H3FrameUnexpected));
        QCOMPARE(errors.first().direction, Direction::ServerToClient);
    }
    QVERIFY2(closed.first().first().toString().contains(u"H3_FRAME_UNEXPECTED"_s),
             qPrintable(closed.first().first().toString()));
    QVERIFY2(serverClosed.first().first().toString().contains(u"H3_FRAME_UNEXPECTED"_s),
             qPrintable(serverClosed.first().first().toString()));
}

QTEST_GUILESS_MAIN(TestHttp3Frames)
#include "tst_http3frames.moc"

#include "tests/support/testsupport.h"

#include "core/grpc/grpcchannel.h"
#include "core/grpc/grpceventlog.h"
#include "core/grpc/grpcmessagereader.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/lessonmessages.h"
#include "core/http2/http2session.h"
#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/transport/tcpstream.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace protoviz;

namespace {

using Method = LessonMessages::Method;

StreamOpener directOpener(quint16 port)
{
    return [port](const QList<QByteArray>&) {
        auto* stream = new TcpStream;
        stream->connectTo(QHostAddress::LocalHost, port, nullptr, nullptr);
        return static_cast<ByteStream*>(stream);
    };
}

// What a call delivered, collected from its signals.
struct CallResult
{
    QList<QByteArray> messages;
    std::optional<GrpcStatus> status;
    int headerBlocks = 0;
};

void collect(GrpcClientCall* call, CallResult* result)
{
    QObject::connect(call, &GrpcClientCall::headersReceived, [result] { ++result->headerBlocks; });
    QObject::connect(call, &GrpcClientCall::messageReceived,
                     [result](const QByteArray& message) { result->messages.append(message); });
    QObject::connect(call, &GrpcClientCall::finished,
                     [result](const GrpcStatus& status) { result->status = status; });
}

QList<Event> eventsOf(const Timeline& timeline, Origin origin, GrpcKind kind)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.origin == origin && event.is(Layer::Grpc, kind))
            found.append(event);
    }
    return found;
}

const Field* findField(const EventDetail& detail, const QString& name)
{
    for (const Field& field : detail.fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

// A request as a raw HTTP/2 client sends it, for framing a gRPC client would never produce.
struct RawExchange
{
    int httpStatus = 0;
    HeaderList headers;
    HeaderList trailers;
    bool closed = false;
};

} // namespace

class GrpcCallsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unaryCallCarriesDecodedMessages();
    void serverStreaming();
    void clientStreaming();
    void bidirectionalStreaming();
    void deadlineExceededOnBothSides();
    void unknownMethodIsUnimplemented();
    void callsStartedWhileConnectingShareTheConnection();
    void cancelResetsTheStream();
    void invalidArgumentFromTheService();
    void malformedRequestFraming_data();
    void malformedRequestFraming();
    void wrongContentTypeGets415();
    void plainRequestsStillReachThePage();
    void malformedResponses_data();
    void malformedResponses();

private:
    RawExchange sendRaw(const HeaderList& headers, const QByteArray& body);

    std::unique_ptr<Timeline> m_serverTimeline;
    std::unique_ptr<Timeline> m_clientTimeline;
    std::unique_ptr<WebServer> m_server;
    std::unique_ptr<GrpcChannel> m_channel;
};

void GrpcCallsTest::init()
{
    m_serverTimeline = std::make_unique<Timeline>(SessionClock::startingNow());
    m_clientTimeline = std::make_unique<Timeline>(m_serverTimeline->clock());
    WebServerConfig config;
    config.workload = Workload(3, 100);
    m_server =
        std::make_unique<WebServer>(config, nullptr, EventRecorder(m_serverTimeline.get(), Origin::Server));
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_server->cleartextPort());
    m_channel = std::make_unique<GrpcChannel>(directOpener(m_server->cleartextPort()), authority,
                                              Http2Settings(), GrpcSchema::builtIn(),
                                              EventRecorder(m_clientTimeline.get(), Origin::Client));
}

void GrpcCallsTest::cleanup()
{
    m_channel.reset();
    m_server.reset();
    m_clientTimeline.reset();
    m_serverTimeline.reset();
}

void GrpcCallsTest::unaryCallCarriesDecodedMessages()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::GetItem));
    CallResult result;
    collect(call, &result);
    call->sendMessage(LessonMessages::itemRequest(7, 300));
    call->closeSend();
    QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 10000));
    QVERIFY2(result.status->isOk(), qPrintable(result.status->toString()));
    QCOMPARE(result.messages.size(), 1);
    QCOMPARE(result.messages.constFirst(), LessonMessages::item(7, 300));
    QCOMPARE(result.headerBlocks, 1);

    // Both sides recorded the call: started, request and response messages, finished with OK.
    QVERIFY(test::waitUntil(
        [&] { return eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallFinished).size() == 1; },
        5000));
    for (const Timeline* timeline : {m_clientTimeline.get(), m_serverTimeline.get()}) {
        const Origin origin = timeline == m_clientTimeline.get() ? Origin::Client : Origin::Server;
        const QList<Event> started = eventsOf(*timeline, origin, GrpcKind::CallStarted);
        QCOMPARE(started.size(), 1);
        QCOMPARE(timeline->detail(started.constFirst()).text,
                 QStringLiteral("/protoviz.lesson.v1.Lesson/GetItem"));
        QCOMPARE(timeline->detail(started.constFirst()).fieldValue(u"te"), QStringLiteral("trailers"));
        QCOMPARE(timeline->detail(started.constFirst()).fieldValue(u"content-type"),
                 QStringLiteral("application/grpc"));
        const QList<Event> finished = eventsOf(*timeline, origin, GrpcKind::CallFinished);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().value, 0);
        QCOMPARE(finished.constFirst().stream, started.constFirst().stream);
        QCOMPARE(eventsOf(*timeline, origin, GrpcKind::Message).size(), 2);
    }

    // The response message as the client saw it: prefix fields, then every protobuf field with its place.
    QList<Event> responses;
    for (const Event& event : eventsOf(*m_clientTimeline, Origin::Client, GrpcKind::Message)) {
        if (event.direction == Direction::ServerToClient)
            responses.append(event);
    }
    QCOMPARE(responses.size(), 1);
    const Event& response = responses.constFirst();
    const QByteArray item = LessonMessages::item(7, 300);
    QCOMPARE(response.size, quint32(5 + item.size()));
    QCOMPARE(response.overhead, 5u);
    QCOMPARE(response.value, qint64(LessonMessages::itemJson(7, 300).size()));
    const EventDetail detail = m_clientTimeline->detail(response);
    QCOMPARE(detail.bytes, GrpcMessageReader::frame(item));
    const Field* flag = findField(detail, QStringLiteral("compressed flag"));
    QVERIFY(flag);
    QCOMPARE(flag->offset, 0);
    QCOMPARE(flag->length, 1);
    const Field* length = findField(detail, QStringLiteral("message length"));
    QVERIFY(length);
    QCOMPARE(length->offset, 1);
    QCOMPARE(length->length, 4);
    QCOMPARE(length->value, QStringLiteral("%1 bytes").arg(item.size()));
    // id = 7: tag 0x08, varint 7, the first bytes after the prefix.
    const Field* id = findField(detail, QStringLiteral("id"));
    QVERIFY(id);
    QCOMPARE(id->value, QStringLiteral("7"));
    QCOMPARE(id->offset, 5);
    QCOMPARE(id->length, 2);
    QCOMPARE(id->depth, 1);
    QCOMPARE(detail.bytes.mid(id->offset, id->length), QByteArray::fromHex("0807"));
    QCOMPARE(detail.fieldValue(u"name"), QStringLiteral("\"Item 7\""));
    QCOMPARE(detail.fieldValue(u"kind"), QStringLiteral("KIND_PHOTO (2)"));
    QCOMPARE(detail.fieldValue(u"tags[1]"), QStringLiteral("\"group-3\""));
    const Field* size = findField(detail, QStringLiteral("size"));
    const Field* width = findField(detail, QStringLiteral("width"));
    QVERIFY(size && width);
    QCOMPARE(size->depth, 1);
    QCOMPARE(width->depth, 2);
    QCOMPARE(width->value, QStringLiteral("96"));
    QVERIFY(width->offset > size->offset && width->offset + width->length <= size->offset + size->length);
    const Field* thumbnail = findField(detail, QStringLiteral("thumbnail"));
    QVERIFY(thumbnail);
    QCOMPARE(thumbnail->offset + thumbnail->length, int(detail.bytes.size()));
    QCOMPARE(detail.fieldValue(u"as JSON"), QStringLiteral("%1 bytes").arg(response.value));
}

void GrpcCallsTest::serverStreaming()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::ListItems));
    CallResult result;
    collect(call, &result);
    call->sendMessage(LessonMessages::listRequest(10, 5, 64, 20));
    call->closeSend();
    QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 10000));
    QVERIFY2(result.status->isOk(), qPrintable(result.status->toString()));
    QCOMPARE(result.messages.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(LessonMessages::itemId(result.messages[i]), std::optional<quint32>(10 + i));
    // Spaced by the interval: the last item left at least 4 intervals after the first.
    const QList<Event> messages = eventsOf(*m_clientTimeline, Origin::Client, GrpcKind::Message);
    QCOMPARE(messages.size(), 6);
    QVERIFY(messages.constLast().timeNs - messages[1].timeNs >= 4 * 20 * 1000000 * 9 / 10);
}

void GrpcCallsTest::clientStreaming()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::UploadItems));
    CallResult result;
    collect(call, &result);
    for (quint32 id = 0; id < 4; ++id)
        call->sendMessage(LessonMessages::item(id, 1000));
    call->closeSend();
    QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 10000));
    QVERIFY2(result.status->isOk(), qPrintable(result.status->toString()));
    QCOMPARE(result.messages.size(), 1);
    QCOMPARE(LessonMessages::uploadCount(result.messages.constFirst()), std::optional<quint32>(4));
}

void GrpcCallsTest::bidirectionalStreaming()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::Exchange));
    CallResult result;
    collect(call, &result);
    // Ping-pong: each item goes out once the previous one was acknowledged.
    QObject::connect(call, &GrpcClientCall::messageReceived, [call, &result] {
        if (result.messages.size() < 3)
            call->sendMessage(LessonMessages::item(quint32(result.messages.size()), 10));
        else
            call->closeSend();
    });
    call->sendMessage(LessonMessages::item(0, 10));
    QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 10000));
    QVERIFY2(result.status->isOk(), qPrintable(result.status->toString()));
    QCOMPARE(result.messages.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(LessonMessages::ackId(result.messages[i]), std::optional<quint32>(i));
    // Requests and responses alternate on the one stream.
    QList<Direction> directions;
    for (const Event& event : eventsOf(*m_clientTimeline, Origin::Client, GrpcKind::Message))
        directions.append(event.direction);
    QCOMPARE(directions, (QList<Direction>{Direction::ClientToServer, Direction::ServerToClient,
                                           Direction::ClientToServer, Direction::ServerToClient,
                                           Direction::ClientToServer, Direction::ServerToClient}));
}

void GrpcCallsTest::deadlineExceededOnBothSides()
{
    GrpcCallOptions options;
    options.timeoutNs = 150 * 1000000LL;
    QElapsedTimer clock;
    clock.start();
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::GetItem), options);
    CallResult result;
    collect(call, &result);
    call->sendMessage(LessonMessages::itemRequest(1, 10, 2000));
    call->closeSend();
    QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 5000));
    QCOMPARE(result.status->code, GrpcStatusCode::DeadlineExceeded);
    QVERIFY(clock.elapsed() >= 140 && clock.elapsed() < 1500);
    QVERIFY(result.messages.isEmpty());

    // The request carried the deadline; the server ended the call with DEADLINE_EXCEEDED too.
    const QList<Event> started = eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallStarted);
    QCOMPARE(started.size(), 1);
    QVERIFY(m_serverTimeline->detail(started.constFirst()).fieldValue(u"grpc-timeout").endsWith(u"ms)"));
    QVERIFY(test::waitUntil(
        [&] { return eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallFinished).size() == 1; },
        5000));
    const Event finished = eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallFinished).constFirst();
    QCOMPARE(finished.value, qint64(GrpcStatusCode::DeadlineExceeded));
}

void GrpcCallsTest::unknownMethodIsUnimplemented()
{
    for (const QByteArray& path : {QByteArrayLiteral("/protoviz.lesson.v1.Lesson/Teleport"),
                                   QByteArrayLiteral("/other.Service/Method")}) {
        GrpcClientCall* call = m_channel->startCall(path);
        CallResult result;
        collect(call, &result);
        call->sendMessage(QByteArray());
        call->closeSend();
        QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 5000));
        QCOMPARE(result.status->code, GrpcStatusCode::Unimplemented);
        QVERIFY(!result.status->message.isEmpty());
        QCOMPARE(result.headerBlocks, 0); // Trailers-Only
    }
    const QList<Event> finished = eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallFinished);
    QCOMPARE(finished.size(), 2);
    for (const Event& event : finished) {
        QCOMPARE(event.value, qint64(GrpcStatusCode::Unimplemented));
        QVERIFY(event.flags & GrpcFlag::TrailersOnly);
    }
    QCOMPARE(eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::Error).size(), 2);
    for (const Event& event : eventsOf(*m_clientTimeline, Origin::Client, GrpcKind::CallFinished))
        QVERIFY(event.flags & GrpcFlag::TrailersOnly);
}

void GrpcCallsTest::callsStartedWhileConnectingShareTheConnection()
{
    // Before the connection exists, while it opens, and once it is open: each call is one stream.
    QList<CallResult> results(4);
    for (qsizetype i = 0; i < results.size(); ++i) {
        GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::GetItem));
        collect(call, &results[i]);
        call->sendMessage(LessonMessages::itemRequest(quint32(i), 1));
        call->closeSend();
        QCoreApplication::processEvents();
        if (i == 2)
            QVERIFY(test::waitUntil([&] { return results[0].status.has_value(); }, 5000));
    }
    QVERIFY(test::waitUntil(
        [&] {
            return std::all_of(results.cbegin(), results.cend(),
                               [](const CallResult& r) { return r.status.has_value(); });
        },
        5000));
    for (qsizetype i = 0; i < results.size(); ++i) {
        QVERIFY(results[i].status->isOk());
        QCOMPARE(LessonMessages::itemId(results[i].messages.value(0)), std::optional<quint32>(i));
    }
    QCOMPARE(eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallStarted).size(), 4);
    QCOMPARE(m_server->connectionCount(), 1);
}

void GrpcCallsTest::cancelResetsTheStream()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::Exchange));
    CallResult result;
    collect(call, &result);
    QObject::connect(call, &GrpcClientCall::messageReceived, call, &GrpcClientCall::cancel);
    call->sendMessage(LessonMessages::item(1, 10));
    QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 5000));
    QCOMPARE(result.status->code, GrpcStatusCode::Cancelled);
    QVERIFY(test::waitUntil(
        [&] { return eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallFinished).size() == 1; },
        5000));
    const Event finished = eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallFinished).constFirst();
    QCOMPARE(finished.value, qint64(GrpcStatusCode::Cancelled));
    QVERIFY(finished.flags & GrpcFlag::Reset);
    QCOMPARE(finished.direction, Direction::ClientToServer);
    // The RST_STREAM itself is on the HTTP/2 layer, sent by the client with error code CANCEL (8).
    bool reset = false;
    for (const Event& event : m_clientTimeline->events())
        reset = reset || (event.is(Layer::Http2, Http2Kind::RstStream) &&
                          event.direction == Direction::ClientToServer);
    QVERIFY(reset);
}

void GrpcCallsTest::invalidArgumentFromTheService()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::GetItem));
    CallResult result;
    collect(call, &result);
    call->sendMessage(LessonMessages::itemRequest(1, LessonMessages::MaxThumbnailSize + 1));
    call->closeSend();
    QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 5000));
    QCOMPARE(result.status->code, GrpcStatusCode::InvalidArgument);
    QVERIFY(result.status->message.contains(u"thumbnail_size"));
}

RawExchange GrpcCallsTest::sendRaw(const HeaderList& headers, const QByteArray& body)
{
    RawExchange exchange;
    auto* stream = new TcpStream;
    stream->connectTo(QHostAddress::LocalHost, m_server->cleartextPort(), nullptr, nullptr);
    QObject owner;
    stream->setParent(&owner);
    Http2Session* session = nullptr;
    QObject::connect(stream, &ByteStream::opened, &owner, [&] {
        session = new Http2Session(Http2Session::Role::Client, stream, Http2Settings(),
                                   EventRecorder(m_clientTimeline.get(), Origin::Client), &owner);
        QObject::connect(
            session, &Http2Session::headersReceived,
            [&](qint32, const HeaderList& received, Http2Session::HeadersCategory category, bool) {
                if (category == Http2Session::HeadersCategory::Trailers) {
                    exchange.trailers = received;
                } else {
                    exchange.headers = received;
                    exchange.httpStatus = headerValue(received, ":status").toInt();
                }
            });
        QObject::connect(session, &Http2Session::streamClosed, [&] { exchange.closed = true; });
        session->start();
        const qint32 id = session->submitRequest(headers, true);
        session->sendData(id, body, true);
    });
    test::waitUntil([&] { return exchange.closed; }, 5000);
    return exchange;
}

void GrpcCallsTest::malformedRequestFraming_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("explanation");
    const QByteArray request = LessonMessages::itemRequest(1, 10);
    QByteArray cut = GrpcMessageReader::frame(request);
    cut.chop(2);
    QTest::newRow("length beyond the data")
        << cut << int(GrpcStatusCode::Internal) << QStringLiteral("beyond");
    QByteArray badFlag = GrpcMessageReader::frame(request);
    badFlag[0] = 5;
    QTest::newRow("compressed flag 5")
        << badFlag << int(GrpcStatusCode::Internal) << QStringLiteral("only 0 (plain) and 1");
    QByteArray compressed = GrpcMessageReader::frame(request);
    compressed[0] = 1;
    QTest::newRow("compressed without grpc-encoding")
        << compressed << int(GrpcStatusCode::Internal) << QStringLiteral("identity");
    QTest::newRow("above the receive limit")
        << QByteArray::fromHex("007fffffff") << int(GrpcStatusCode::ResourceExhausted)
        << QStringLiteral("more than");
    QTest::newRow("not the request type") << GrpcMessageReader::frame(QByteArray::fromHex("0a05"))
                                          << int(GrpcStatusCode::Internal) << QStringLiteral("not a valid");
    QTest::newRow("two messages for a unary method")
        << GrpcMessageReader::frame(request) + GrpcMessageReader::frame(request)
        << int(GrpcStatusCode::Internal) << QStringLiteral("exactly one");
    QTest::newRow("no message for a unary method")
        << QByteArray() << int(GrpcStatusCode::Internal) << QStringLiteral("sent none");
}

void GrpcCallsTest::malformedRequestFraming()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, explanation);
    const RawExchange exchange = sendRaw({{":method", "POST"},
                                          {":scheme", "http"},
                                          {":path", LessonMessages::path(Method::GetItem)},
                                          {":authority", "localhost"},
                                          {"te", "trailers"},
                                          {"content-type", "application/grpc"}},
                                         body);
    QVERIFY(exchange.closed);
    QCOMPARE(exchange.httpStatus, 200);
    // Trailers-Only when nothing was sent yet: the status is in the one header block.
    const HeaderList& statusBlock = exchange.trailers.isEmpty() ? exchange.headers : exchange.trailers;
    QCOMPARE(headerValue(statusBlock, "grpc-status").toInt(), status);
    QVERIFY2(GrpcStatus::decodeMessage(headerValue(statusBlock, "grpc-message")).contains(explanation),
             headerValue(statusBlock, "grpc-message").constData());
    // An Error event on the server explains it.
    bool explained = false;
    for (const Event& event : eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::Error))
        explained = explained || m_serverTimeline->detail(event).text.contains(explanation);
    QVERIFY(explained);
}

void GrpcCallsTest::wrongContentTypeGets415()
{
    const RawExchange exchange = sendRaw({{":method", "POST"},
                                          {":scheme", "http"},
                                          {":path", LessonMessages::path(Method::GetItem)},
                                          {":authority", "localhost"},
                                          {"content-type", "application/json"}},
                                         QByteArrayLiteral("{\"id\": 1}"));
    QVERIFY(exchange.closed);
    QCOMPARE(exchange.httpStatus, 415);
    const QList<Event> errors = eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY(m_serverTimeline->detail(errors.constFirst()).text.contains(u"application/json"));
}

void GrpcCallsTest::plainRequestsStillReachThePage()
{
    const RawExchange exchange =
        sendRaw({{":method", "GET"}, {":scheme", "http"}, {":path", "/"}, {":authority", "localhost"}}, {});
    QCOMPARE(exchange.httpStatus, 200);
    QVERIFY(headerValue(exchange.headers, "content-type").startsWith("text/html"));
    QVERIFY(eventsOf(*m_serverTimeline, Origin::Server, GrpcKind::CallStarted).isEmpty());
}

void GrpcCallsTest::malformedResponses_data()
{
    QTest::addColumn<QByteArray>("responseStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("trailerStatus");
    QTest::addColumn<int>("expected");
    const QByteArray item = GrpcMessageReader::frame(LessonMessages::item(1, 10));
    QTest::newRow("well formed") << QByteArrayLiteral("200") << item << QByteArrayLiteral("0")
                                 << int(GrpcStatusCode::Ok);
    QTest::newRow("HTTP 404") << QByteArrayLiteral("404") << QByteArray() << QByteArray()
                              << int(GrpcStatusCode::Unimplemented);
    QTest::newRow("HTTP 503") << QByteArrayLiteral("503") << QByteArray() << QByteArray()
                              << int(GrpcStatusCode::Unavailable);
    QByteArray badFlag = item;
    badFlag[0] = 2;
    QTest::newRow("bad compressed flag")
        << QByteArrayLiteral("200") << badFlag << QByteArrayLiteral("0") << int(GrpcStatusCode::Internal);
    QTest::newRow("length beyond the data") << QByteArrayLiteral("200") << item.left(item.size() - 3)
                                            << QByteArrayLiteral("0") << int(GrpcStatusCode::Internal);
    QTest::newRow("no grpc-status") << QByteArrayLiteral("200") << item << QByteArray()
                                    << int(GrpcStatusCode::Internal);
    QTest::newRow("two responses to a unary call")
        << QByteArrayLiteral("200") << item + item << QByteArrayLiteral("0") << int(GrpcStatusCode::Internal);
}

void GrpcCallsTest::malformedResponses()
{
    QFETCH(QByteArray, responseStatus);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, trailerStatus);
    QFETCH(int, expected);
    // A server that answers every stream as told, whatever gRPC says.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QObject owner;
    QObject::connect(&listener, &QTcpServer::newConnection, &owner, [&] {
        auto* stream = new TcpStream(listener.nextPendingConnection(), 1, &owner);
        auto* session =
            new Http2Session(Http2Session::Role::Server, stream, Http2Settings(), EventRecorder(), &owner);
        QObject::connect(session, &Http2Session::streamEnded, session, [=](qint32 id) {
            const HeaderList headers{{":status", responseStatus}, {"content-type", "application/grpc"}};
            session->submitResponse(id, headers, true);
            session->sendData(id, body, false);
            HeaderList trailers;
            if (!trailerStatus.isNull())
                trailers.emplaceBack("grpc-status", trailerStatus);
            else
                trailers.emplaceBack("x-no-status", "1");
            session->sendTrailers(id, trailers);
        });
        session->start();
    });
    GrpcChannel channel(directOpener(listener.serverPort()), "localhost", Http2Settings(),
                        GrpcSchema::builtIn(), EventRecorder(m_clientTimeline.get(), Origin::Client));
    GrpcClientCall* call = channel.startCall(LessonMessages::path(Method::GetItem));
    CallResult result;
    collect(call, &result);
    call->sendMessage(LessonMessages::itemRequest(1, 10));
    call->closeSend();
    QVERIFY(test::waitUntil([&] { return result.status.has_value(); }, 5000));
    QVERIFY2(int(result.status->code) == expected, qPrintable(result.status->toString()));
    if (expected != int(GrpcStatusCode::Ok)) {
        // The client says why in an Error event.
        QVERIFY(!eventsOf(*m_clientTimeline, Origin::Client, GrpcKind::Error).isEmpty());
        const Event finished =
            eventsOf(*m_clientTimeline, Origin::Client, GrpcKind::CallFinished).constLast();
        QVERIFY(finished.flags & GrpcFlag::Local);
    }
}

QTEST_GUILESS_MAIN(GrpcCallsTest)
#include "tst_grpccalls.moc"

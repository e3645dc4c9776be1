#include "tests/support/testsupport.h"

#include "core/http/workload.h"
#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"
#include "core/http1/http1serverconnection.h"
#include "core/timeline/timeline.h"
#include "core/transport/tcpstream.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace protoviz;
using namespace Qt::StringLiterals;

namespace {

const QString curl = u"/usr/bin/curl"_s;

// A server on 127.0.0.1 running on its own thread, so that the test thread may block on curl or on
// a raw socket: a QTcpServer accepting into TcpStream + Http1ServerConnection, ids 1, 2, 3, ...
class ServerThread
{
public:
    using Configure = std::function<void(Http1ServerConnection*)>;

    ServerThread(Timeline* timeline, Http1ServerConnection::Handler handler, Configure configure = {})
        : m_timeline(timeline)
        , m_handler(std::move(handler))
        , m_configure(std::move(configure))
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }

    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { qDeleteAll(m_context.children()); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    int accepted() const { return m_accepted.load(); }
    int open() const { return m_open.load(); }
    QString url(const QString& path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path); }

private:
    void listen()
    {
        auto* server = new QTcpServer(&m_context);
        // Runs on the server thread, where QTest macros cannot report: a failed listen leaves port 0.
        if (server->listen(QHostAddress::LocalHost, 0))
            m_port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, &m_context, [this, server] {
            while (QTcpSocket* socket = server->nextPendingConnection()) {
                const quint32 id = quint32(++m_accepted);
                auto* connection =
                    new Http1ServerConnection(new TcpStream(socket, id), m_handler,
                                              EventRecorder(m_timeline, Origin::Server, id), &m_context);
                if (m_configure)
                    m_configure(connection);
                ++m_open;
                QObject::connect(connection, &Http1ServerConnection::finished, connection,
                                 [this, connection] {
                                     --m_open;
                                     connection->deleteLater();
                                 });
            }
        });
    }

    Timeline* m_timeline;
    Http1ServerConnection::Handler m_handler;
    Configure m_configure;
    QThread m_thread;
    QObject m_context;
    quint16 m_port = 0;
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_open{0};
};

// Collects complete responses from a byte stream (the test's view of what the server sent).
class ResponseReader final : public Http1ParserHandler
{
public:
    explicit ResponseReader(const QList<QByteArray>& methods = {})
    {
        for (const QByteArray& method : methods)
            parser.expectResponseTo(method);
    }

    Http1Parser parser{Http1Parser::Mode::Response, this};
    QList<Http1MessageHead> heads;
    QList<QByteArray> bodies;
    QByteArray body;

    void onHead(const Http1MessageHead& head) override { heads.append(head); }
    void onBody(QByteArrayView, QByteArrayView payload) override { body += payload; }
    void onMessageComplete(qint64, const HeaderList&) override { bodies.append(std::exchange(body, {})); }
    void onError(const Http1ParseError& error) override { QFAIL(qPrintable(error.explanation)); }
};

struct Exchange
{
    QByteArray received;
    bool closedByServer = false;
};

// Connects, sends request, and reads until the server closes or timeoutMs passes.
Exchange exchange(quint16 port, const QByteArray& request, int timeoutMs = 5000,
                  bool closeAfterWriting = false)
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return result;
    socket.write(request);
    socket.waitForBytesWritten(3000);
    if (closeAfterWriting) {
        // Give the server the bytes before the FIN, so that it sees a request cut short.
        QTest::qWait(100);
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(timeoutMs);
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
        result.received += socket.readAll();
    }
    result.received += socket.readAll();
    result.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return result;
}

QList<Event> http1Events(const Timeline& timeline, Http1Kind kind, Origin origin, qsizetype from = 0)
{
    QList<Event> found;
    for (const Event& event : timeline.events(from)) {
        if (event.is(Layer::Http1, kind) && event.origin == origin)
            found.append(event);
    }
    return found;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class Http1ServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void curlFetchesPageAndObject();
    void curlReusesKeepAliveConnection();
    void headNotFoundAndMethodNotAllowed();
    void chunkedResponses();
    void pipelinedRequestsAnsweredInOrder();
    void http10AndConnectionClose();
    void expectContinue();
    void malformedInput_data();
    void malformedInput();
    void truncatedRequestThenClose();
    void idleConnectionsAreClosed();
    void upgradeRequests();

private:
    Workload m_workload{20, 3000};
    Http1ServerConnection::Handler respond()
    {
        return [workload = m_workload](const HttpRequest& request) { return workload.respond(request); };
    }
};

void Http1ServerTest::initTestCase()
{
    if (!QFile::exists(curl))
        QSKIP("/usr/bin/curl is required for the live server tests");
}

void Http1ServerTest::curlFetchesPageAndObject()
{
    Timeline timeline(SessionClock::startingNow());
    ServerThread server(&timeline, respond());
    QTemporaryDir dir;
    QString output;
    const QString page = dir.filePath(u"page"_s);
    const QString object = dir.filePath(u"object"_s);
    QCOMPARE(test::runProgram(
                 curl,
                 {u"--http1.1"_s, u"-sS"_s, u"--max-time"_s, u"10"_s, u"-o"_s, page, server.url(u"/"_s)},
                 15000, &output),
             0);
    QCOMPARE(test::runProgram(curl,
                              {u"--http1.1"_s, u"-sS"_s, u"--max-time"_s, u"10"_s, u"-o"_s, object,
                               server.url(u"/tiles/7"_s)},
                              15000, &output),
             0);
    QCOMPARE(readFile(page), m_workload.page());
    QCOMPARE(readFile(object), m_workload.objectBody(7));

    // Two connections; each has the request received, the response sent with its head and body.
    QVERIFY(test::waitUntil([&] { return server.open() == 0; }, 5000));
    const QList<Event> requests = http1Events(timeline, Http1Kind::RequestHead, Origin::Server);
    QCOMPARE(requests.size(), 2);
    for (const Event& request : requests) {
        QCOMPARE(request.stream, 1u);
        QCOMPARE(request.direction, Direction::ClientToServer);
        const EventDetail detail = timeline.detail(request);
        QCOMPARE(detail.bytes.size(), qsizetype(request.size));
        QCOMPARE(detail.fieldValue(u"method"), u"GET"_s);
        QVERIFY(detail.fieldValue(u"User-Agent").startsWith(u"curl/"_s));
    }
    const QList<Event> responses = http1Events(timeline, Http1Kind::ResponseHead, Origin::Server);
    QCOMPARE(responses.size(), 2);
    const EventDetail objectHead = timeline.detail(responses[1]);
    QCOMPARE(objectHead.fieldValue(u"status"), u"200"_s);
    QCOMPARE(objectHead.fieldValue(u"content-length"), u"3000"_s);
    QCOMPARE(objectHead.fieldValue(u"server"), u"ProtoViz"_s);
    QCOMPARE(responses[1].direction, Direction::ServerToClient);
    const QList<Event> bodies = http1Events(timeline, Http1Kind::Body, Origin::Server);
    QCOMPARE(bodies.size(), 2);
    QCOMPARE(bodies[1].size, 3000u);
    QCOMPARE(bodies[1].overhead, 0u);
    QCOMPARE(timeline.detail(bodies[1]).bytes, m_workload.objectBody(7));
    const QList<Event> ends = http1Events(timeline, Http1Kind::MessageEnd, Origin::Server);
    QCOMPARE(ends.size(), 4); // two requests received, two responses sent
    QCOMPARE(ends[3].size, 3000u);
    QVERIFY(http1Events(timeline, Http1Kind::Error, Origin::Server).isEmpty());
}

void Http1ServerTest::curlReusesKeepAliveConnection()
{
    Timeline timeline(SessionClock::startingNow());
    ServerThread server(&timeline, respond());
    QTemporaryDir dir;
    QString output;
    QCOMPARE(test::runProgram(curl,
                              {u"--http1.1"_s, u"-sS"_s, u"--max-time"_s, u"10"_s, u"-o"_s,
                               dir.filePath(u"a"_s), server.url(u"/tiles/1"_s), u"-o"_s, dir.filePath(u"b"_s),
                               server.url(u"/tiles/2"_s)},
                              15000, &output),
             0);
    QCOMPARE(readFile(dir.filePath(u"a"_s)), m_workload.objectBody(1));
    QCOMPARE(readFile(dir.filePath(u"b"_s)), m_workload.objectBody(2));
    QCOMPARE(server.accepted(), 1);
    const QList<Event> requests = http1Events(timeline, Http1Kind::RequestHead, Origin::Server);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].connection, requests[1].connection);
    QCOMPARE(requests[0].stream, 1u);
    QCOMPARE(requests[1].stream, 2u);
    const QList<Event> responses = http1Events(timeline, Http1Kind::ResponseHead, Origin::Server);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses[1].connection, requests[0].connection);
    QCOMPARE(responses[1].stream, 2u);
    QVERIFY(!timeline.detail(responses[1]).fieldValue(u"connection").contains(u"close"_s));
}

void Http1ServerTest::headNotFoundAndMethodNotAllowed()
{
    Timeline timeline(SessionClock::startingNow());
    ServerThread server(&timeline, respond());
    QString output;
    QCOMPARE(test::runProgram(
                 curl,
                 {u"--http1.1"_s, u"-sS"_s, u"--max-time"_s, u"10"_s, u"-I"_s, server.url(u"/tiles/4"_s)},
                 15000, &output),
             0);
    QVERIFY2(output.startsWith(u"HTTP/1.1 200 OK"_s), qPrintable(output));
    QVERIFY(output.contains(u"content-length: 3000"_s));
    // No body follows a HEAD response, although content-length announces one.
    QCOMPARE(http1Events(timeline, Http1Kind::MessageEnd, Origin::Server).constLast().size, 0u);
    QVERIFY(http1Events(timeline, Http1Kind::Body, Origin::Server).isEmpty());

    QCOMPARE(test::runProgram(curl,
                              {u"--http1.1"_s, u"-s"_s, u"--max-time"_s, u"10"_s, u"-o"_s, u"/dev/null"_s,
                               u"-w"_s, u"%{http_code}"_s, server.url(u"/nope"_s)},
                              15000, &output),
             0);
    QCOMPARE(output, u"404"_s);

    // A request with a body: the body is read (and recorded) and the method refused.
    const qsizetype before = timeline.size();
    QCOMPARE(
        test::runProgram(curl,
                         {u"--http1.1"_s, u"-s"_s, u"--max-time"_s, u"10"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s,
                          u"%{http_code}"_s, u"--data-binary"_s, u"hello"_s, server.url(u"/"_s)},
                         15000, &output),
        0);
    QCOMPARE(output, u"405"_s);
    const QList<Event> bodies = http1Events(timeline, Http1Kind::Body, Origin::Server, before);
    QVERIFY(!bodies.isEmpty());
    QCOMPARE(bodies[0].direction, Direction::ClientToServer);
    QCOMPARE(bodies[0].size, 5u);
    QCOMPARE(timeline.detail(bodies[0]).bytes, QByteArray("hello"));
    const QList<Event> ends = http1Events(timeline, Http1Kind::MessageEnd, Origin::Server, before);
    QCOMPARE(ends[0].size, 5u);
}

void Http1ServerTest::chunkedResponses()
{
    Timeline timeline(SessionClock::startingNow());
    const Workload large(2, 40000);
    ServerThread server(
        &timeline, [large](const HttpRequest& request) { return large.respond(request); },
        [](Http1ServerConnection* connection) { connection->setChunkedResponses(true); });
    QTemporaryDir dir;
    QString output;
    QCOMPARE(test::runProgram(curl,
                              {u"--http1.1"_s, u"-sS"_s, u"--max-time"_s, u"10"_s, u"-o"_s,
                               dir.filePath(u"o"_s), server.url(u"/tiles/1"_s)},
                              15000, &output),
             0);
    QCOMPARE(readFile(dir.filePath(u"o"_s)), large.objectBody(1));
    const QList<Event> heads = http1Events(timeline, Http1Kind::ResponseHead, Origin::Server);
    QCOMPARE(timeline.detail(heads.constFirst()).fieldValue(u"transfer-encoding"), u"chunked"_s);
    // 40000 bytes in chunks of 16 KiB: "4000\r\n" ... "\r\n" twice, then "1c40\r\n" ... "\r\n0\r\n\r\n".
    const QList<Event> bodies = http1Events(timeline, Http1Kind::Body, Origin::Server);
    QCOMPARE(bodies.size(), 3);
    QCOMPARE(bodies[0].size - bodies[0].overhead, 16384u);
    QCOMPARE(bodies[0].overhead, 8u);
    QCOMPARE(bodies[2].size - bodies[2].overhead, 40000u - 2 * 16384u);
    QCOMPARE(bodies[2].overhead, 8u + 5u);
    QCOMPARE(http1Events(timeline, Http1Kind::MessageEnd, Origin::Server).constLast().size, 40000u);
}

void Http1ServerTest::pipelinedRequestsAnsweredInOrder()
{
    Timeline timeline(SessionClock::startingNow());
    ServerThread server(&timeline, respond());
    QByteArray requests;
    for (const int index : {5, 0, 9})
        requests += "GET /tiles/" + QByteArray::number(index) + " HTTP/1.1\r\nHost: a\r\n\r\n";
    requests += "HEAD /tiles/3 HTTP/1.1\r\nHost: a\r\n\r\nGET /missing HTTP/1.1\r\nHost: a\r\nConnection: "
                "close\r\n\r\n";
    const Exchange result = exchange(server.port(), requests);
    QVERIFY(result.closedByServer);
    ResponseReader reader({"GET", "GET", "GET", "HEAD", "GET"});
    QCOMPARE(reader.parser.feed(result.received), result.received.size());
    QCOMPARE(reader.bodies.size(), 5);
    QCOMPARE(reader.bodies[0], m_workload.objectBody(5));
    QCOMPARE(reader.bodies[1], m_workload.objectBody(0));
    QCOMPARE(reader.bodies[2], m_workload.objectBody(9));
    QCOMPARE(reader.heads[3].status, 200);
    QCOMPARE(reader.bodies[3], QByteArray());
    QCOMPARE(reader.heads[4].status, 404);
    QCOMPARE(headerValue(reader.heads[4].headers, "connection"), QByteArray("close"));

    const QList<Event> requestHeads = http1Events(timeline, Http1Kind::RequestHead, Origin::Server);
    const QList<Event> responseHeads = http1Events(timeline, Http1Kind::ResponseHead, Origin::Server);
    QCOMPARE(requestHeads.size(), 5);
    QCOMPARE(responseHeads.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(requestHeads[i].stream, quint32(i + 1));
        QCOMPARE(responseHeads[i].stream, quint32(i + 1));
    }
}

void Http1ServerTest::http10AndConnectionClose()
{
    Timeline timeline(SessionClock::startingNow());
    ServerThread server(&timeline, respond());

    // HTTP/1.0 without keep-alive: one response, then the server closes.
    Exchange result = exchange(server.port(), "GET /tiles/2 HTTP/1.0\r\n\r\n");
    QVERIFY(result.closedByServer);
    ResponseReader plain({"GET"});
    plain.parser.feed(result.received);
    QCOMPARE(plain.bodies, QList<QByteArray>{m_workload.objectBody(2)});
    QCOMPARE(headerValue(plain.heads[0].headers, "connection"), QByteArray("close"));

    // HTTP/1.0 with keep-alive: the connection stays open for the second request.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(3000));
    ResponseReader kept({"GET", "GET"});
    socket.write("GET /tiles/3 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QVERIFY(test::waitUntil(
        [&] {
            socket.waitForReadyRead(20);
            kept.parser.feed(socket.readAll());
            return kept.bodies.size() == 1;
        },
        5000));
    QCOMPARE(headerValue(kept.heads[0].headers, "connection"), QByteArray("keep-alive"));
    socket.write("GET /tiles/4 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QVERIFY(test::waitUntil(
        [&] {
            socket.waitForReadyRead(20);
            kept.parser.feed(socket.readAll());
            return kept.bodies.size() == 2;
        },
        5000));
    QCOMPARE(kept.bodies[1], m_workload.objectBody(4));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void Http1ServerTest::expectContinue()
{
    Timeline timeline(SessionClock::startingNow());
    ServerThread server(&timeline, respond());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(3000));
    // The client holds its body back until the server invites it with an interim response.
    socket.write("POST /upload HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    QByteArray received;
    QVERIFY(test::waitUntil(
        [&] {
            socket.waitForReadyRead(20);
            received += socket.readAll();
            return received.contains("\r\n\r\n");
        },
        5000));
    QCOMPARE(received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write("hello");
    ResponseReader reader({"POST"});
    reader.parser.feed(received);
    QVERIFY(test::waitUntil(
        [&] {
            socket.waitForReadyRead(20);
            reader.parser.feed(socket.readAll());
            return reader.bodies.size() == 2;
        },
        5000));
    QCOMPARE(reader.heads[0].status, 100);
    QCOMPARE(reader.heads[1].status, 405);
    const QList<Event> heads = http1Events(timeline, Http1Kind::ResponseHead, Origin::Server);
    QCOMPARE(heads.size(), 2);
    QCOMPARE(heads[0].stream, 1u);
    QCOMPARE(heads[1].stream, 1u);
}

void Http1ServerTest::malformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");

    QTest::newRow("garbage") << QByteArray::fromHex("160301020001fc0303") + " junk\r\n\r\n" << 400;
    QTest::newRow("header of 100 KiB")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + QByteArray(100 * 1024, 'b') + "\r\n\r\n")
        << 431;
    QTest::newRow("request line of 9 KiB")
        << QByteArray("GET /" + QByteArray(9 * 1024, 'a') + " HTTP/1.1\r\n\r\n") << 414;
    QTest::newRow("bad chunked body")
        << QByteArray(
               "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nxyz\r\n\r\n")
        << 400;
    QTest::newRow("content-length and transfer-encoding")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "0\r\n\r\n")
        << 400;
    QTest::newRow("HTTP/2.0 request line") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
    QTest::newRow("after a good request")
        << QByteArray(
               "GET /tiles/1 HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n")
        << 400;
}

void Http1ServerTest::malformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);

    Timeline timeline(SessionClock::startingNow());
    ServerThread server(&timeline, respond());
    QElapsedTimer timer;
    timer.start();
    const Exchange result = exchange(server.port(), input);
    QVERIFY2(result.closedByServer, "the server must close the connection after a malformed request");
    QVERIFY(timer.elapsed() < 4000);

    // The error response comes after any earlier responses, and says what was wrong.
    ResponseReader reader;
    reader.parser.feed(result.received);
    QVERIFY(!reader.heads.isEmpty());
    const Http1MessageHead& errorHead = reader.heads.constLast();
    QCOMPARE(errorHead.status, status);
    QCOMPARE(headerValue(errorHead.headers, "connection"), QByteArray("close"));
    QVERIFY(!reader.bodies.constLast().isEmpty());

    const QList<Event> errors = http1Events(timeline, Http1Kind::Error, Origin::Server);
    QCOMPARE(errors.size(), 1);
    const QString text = timeline.detail(errors[0]).text;
    QVERIFY(!text.isEmpty());
    QCOMPARE(QString::fromUtf8(reader.bodies.constLast()).trimmed(), text);
    QCOMPARE(errors[0].stream, quint32(reader.heads.size()));

    // The server still serves new connections.
    const Exchange next =
        exchange(server.port(), "GET /tiles/0 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    ResponseReader fine({"GET"});
    fine.parser.feed(next.received);
    QCOMPARE(fine.bodies, QList<QByteArray>{m_workload.objectBody(0)});
    QVERIFY(test::waitUntil([&] { return server.open() == 0; }, 5000));
}

void Http1ServerTest::truncatedRequestThenClose()
{
    Timeline timeline(SessionClock::startingNow());
    ServerThread server(&timeline, respond());
    exchange(server.port(), "GET /tiles/1 HTTP/1.1\r\nHost: a\r\nAcc", 5000, true);
    QVERIFY(test::waitUntil([&] { return server.accepted() == 1 && server.open() == 0; }, 5000));
    const QList<Event> errors = http1Events(timeline, Http1Kind::Error, Origin::Server);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(timeline.detail(errors[0]).text,
             Http1ParseError::make(Http1ErrorCode::TruncatedMessage, true, 0).explanation);
    QCOMPARE(errors[0].stream, 1u);

    const Exchange next =
        exchange(server.port(), "GET /tiles/1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    ResponseReader fine({"GET"});
    fine.parser.feed(next.received);
    QCOMPARE(fine.bodies, QList<QByteArray>{m_workload.objectBody(1)});
}

void Http1ServerTest::idleConnectionsAreClosed()
{
    Timeline timeline(SessionClock::startingNow());
    const int idleMs = 300;
    ServerThread server(&timeline, respond(),
                        [idleMs](Http1ServerConnection* connection) { connection->setIdleTimeout(idleMs); });

    // Silent after one request: closed after the idle time, with a note saying why.
    QElapsedTimer timer;
    timer.start();
    Exchange result = exchange(server.port(), "GET /tiles/1 HTTP/1.1\r\nHost: a\r\n\r\n");
    QVERIFY(result.closedByServer);
    QVERIFY2(timer.elapsed() >= idleMs - 30, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() < idleMs + 3000);
    ResponseReader reader({"GET"});
    reader.parser.feed(result.received);
    QCOMPARE(reader.bodies, QList<QByteArray>{m_workload.objectBody(1)});
    bool noted = false;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Session, SessionKind::Note) && event.origin == Origin::Server) {
            noted = event.connection == 1 && !timeline.detail(event).text.isEmpty();
        }
    }
    QVERIFY(noted);
    QVERIFY(http1Events(timeline, Http1Kind::Error, Origin::Server).isEmpty());

    // Stuck in the middle of a request: 408, an error event, and the close.
    result = exchange(server.port(), "GET /tiles/1 HTTP/1.1\r\nHo");
    QVERIFY(result.closedByServer);
    QVERIFY(result.received.startsWith("HTTP/1.1 408 Request Timeout\r\n"));
    QCOMPARE(http1Events(timeline, Http1Kind::Error, Origin::Server).size(), 1);
}

void Http1ServerTest::upgradeRequests()
{
    Timeline timeline(SessionClock::startingNow());
    const QByteArray upgrade =
        "GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

    // Without an upgrade handler the request is answered like any other (404 for /chat here).
    {
        ServerThread server(&timeline, respond());
        const Exchange result = exchange(server.port(), upgrade + "GET /tiles/2 HTTP/1.1\r\nHost: a\r\n"
                                                                  "Connection: close\r\n\r\n");
        ResponseReader reader({"GET", "GET"});
        reader.parser.feed(result.received);
        QCOMPARE(reader.heads.size(), 2);
        QCOMPARE(reader.heads[0].status, 404);
        QCOMPARE(reader.bodies[1], m_workload.objectBody(2));
    }

    // With one, the hook takes the stream and the bytes after the request; it declines other paths.
    std::atomic<int> declined{0};
    ServerThread server(&timeline, respond(), [&declined](Http1ServerConnection* connection) {
        connection->setUpgradeHandler([&declined, connection](const HttpRequest& request, ByteStream* stream,
                                                              const QByteArray& pending) {
            if (request.path != "/chat") {
                ++declined;
                return false;
            }
            stream->setParent(connection->parent());
            stream->write(
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
            stream->write("pending:" + pending + ';');
            QObject::connect(stream, &ByteStream::received, stream,
                             [stream](const QByteArray& data) { stream->write("echo:" + data + ';'); });
            QObject::connect(stream, &ByteStream::closed, stream, &QObject::deleteLater);
            return true;
        });
    });
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(3000));
    QByteArray declinedUpgrade = upgrade;
    declinedUpgrade.replace("/chat", "/tiles/1");
    socket.write(declinedUpgrade + upgrade + "early");
    QByteArray received;
    QVERIFY(test::waitUntil(
        [&] {
            socket.waitForReadyRead(20);
            received += socket.readAll();
            return received.contains("pending:early;");
        },
        5000));
    socket.write("after");
    QVERIFY(test::waitUntil(
        [&] {
            socket.waitForReadyRead(20);
            received += socket.readAll();
            return received.endsWith("echo:after;");
        },
        5000));
    QCOMPARE(declined.load(), 1);
    // The declined request was answered normally; the 101 written by the hook ends HTTP/1.1.
    ResponseReader reader({"GET", "GET"});
    QCOMPARE(reader.parser.feed(received), received.indexOf("pending:early;"));
    QVERIFY(reader.parser.isUpgraded());
    QCOMPARE(reader.heads.size(), 2);
    QCOMPARE(reader.heads[1].status, 101);
    QCOMPARE(reader.bodies.constFirst(), m_workload.objectBody(1));
    socket.disconnectFromHost();
}

QTEST_GUILESS_MAIN(Http1ServerTest)
#include "tst_http1server.moc"

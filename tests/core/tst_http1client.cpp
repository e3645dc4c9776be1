#include "tests/support/testsupport.h"

#include "core/http/workload.h"
#include "core/http1/http1clientconnection.h"
#include "core/http1/http1clientpool.h"
#include "core/http1/http1serverconnection.h"
#include "core/timeline/timeline.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace protoviz;
using namespace Qt::StringLiterals;

namespace {

// The live HTTP/1.1 server on 127.0.0.1, on the test's thread (the pool never blocks it).
class TestServer
{
public:
    TestServer(Timeline* timeline, Http1ServerConnection::Handler handler)
        : m_handler(std::move(handler))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, timeline] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                const quint32 id = ++m_accepted;
                auto* connection =
                    new Http1ServerConnection(new TcpStream(socket, id), m_handler,
                                              EventRecorder(timeline, Origin::Server, id), &m_server);
                ++m_open;
                QObject::connect(connection, &Http1ServerConnection::finished, connection,
                                 [this, connection] {
                                     --m_open;
                                     connection->deleteLater();
                                 });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return int(m_accepted); }
    int open() const { return m_open; }

private:
    Http1ServerConnection::Handler m_handler;
    QTcpServer m_server;
    quint32 m_accepted = 0;
    int m_open = 0;
};

// What the pool reported, per tag.
struct Results
{
    QHash<quint32, HttpResponse> finished;
    QHash<quint32, QString> failed;
    QSet<quint32> started;
    bool startedBeforeFinished = true;

    void watch(HttpClient* client)
    {
        QObject::connect(client, &HttpClient::responseStarted, client, [this](quint32 tag) {
            QVERIFY(!started.contains(tag));
            started.insert(tag);
        });
        QObject::connect(client, &HttpClient::responseFinished, client,
                         [this](quint32 tag, const HttpResponse& response) {
                             QVERIFY(!finished.contains(tag));
                             startedBeforeFinished = startedBeforeFinished && started.contains(tag);
                             finished.insert(tag, response);
                         });
        QObject::connect(client, &HttpClient::requestFailed, client,
                         [this](quint32 tag, const QString& reason) {
                             QVERIFY(!failed.contains(tag));
                             failed.insert(tag, reason);
                         });
    }
    qsizetype done() const { return finished.size() + failed.size(); }
};

QList<Event> http1Events(const Timeline& timeline, Http1Kind kind, Origin origin)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Http1, kind) && event.origin == origin)
            found.append(event);
    }
    return found;
}

// Per connection, the message numbers of the client's request heads (sent) and response heads
// (received), in timeline order.
struct ClientMessages
{
    QMap<quint32, QList<quint32>> requests;
    QMap<quint32, QList<quint32>> responses;
};

ClientMessages clientMessages(const Timeline& timeline)
{
    ClientMessages messages;
    for (const Event& event : http1Events(timeline, Http1Kind::RequestHead, Origin::Client)) {
        if (event.direction == Direction::ClientToServer)
            messages.requests[event.connection].append(event.stream);
    }
    for (const Event& event : http1Events(timeline, Http1Kind::ResponseHead, Origin::Client)) {
        if (event.direction == Direction::ServerToClient)
            messages.responses[event.connection].append(event.stream);
    }
    return messages;
}

QList<quint32> oneTo(qsizetype count)
{
    QList<quint32> numbers;
    for (quint32 i = 1; i <= quint32(count); ++i)
        numbers.append(i);
    return numbers;
}

} // namespace

class Http1ClientTest : public QObject
{
    Q_OBJECT

private slots:
    void hundredObjectsOnSixConnections();
    void pipeliningOnOneConnection();
    void serverClosesMidway_data();
    void serverClosesMidway();
    void unreachableServerFailsEveryRequest();
    void connectionReadsCloseDelimitedResponse();
    void connectionRejectsMalformedResponse();

private:
    StreamOpener opener(quint16 port)
    {
        return [this, port](const QList<QByteArray>& alpn) -> ByteStream* {
            m_alpn = alpn;
            auto* stream = new TcpStream;
            stream->connectTo(QHostAddress::LocalHost, port, nullptr, &m_directory);
            return stream;
        };
    }
    Http1ServerConnection::Handler respond() const
    {
        return [workload = m_workload](const HttpRequest& request) { return workload.respond(request); };
    }

    Workload m_workload{100, 2000};
    ConnectionDirectory m_directory;
    QList<QByteArray> m_alpn;
};

void Http1ClientTest::hundredObjectsOnSixConnections()
{
    Timeline timeline(SessionClock::startingNow());
    TestServer server(&timeline, respond());
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(server.port());
    Http1ClientPool pool(opener(server.port()), authority, EventRecorder(&timeline, Origin::Client));
    QCOMPARE(pool.maxConnections(), 6);
    Results results;
    results.watch(&pool);
    for (int i = 0; i < 100; ++i)
        pool.get(Workload::objectPath(i), quint32(1000 + i));
    QVERIFY(test::waitUntil([&] { return results.done() == 100; }, 30000));

    QVERIFY(results.failed.isEmpty());
    QVERIFY(results.startedBeforeFinished);
    QCOMPARE(results.started.size(), 100);
    for (int i = 0; i < 100; ++i) {
        const HttpResponse response = results.finished.value(quint32(1000 + i));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, m_workload.objectBody(i));
    }
    QCOMPARE(pool.connectionCount(), 6);
    QCOMPARE(server.accepted(), 6);
    QCOMPARE(m_alpn, QList<QByteArray>{"http/1.1"});

    // Each connection's requests are numbered 1..k, and each has its response, in order.
    const ClientMessages messages = clientMessages(timeline);
    QCOMPARE(messages.requests.size(), 6);
    qsizetype total = 0;
    for (auto it = messages.requests.cbegin(); it != messages.requests.cend(); ++it) {
        QVERIFY(it.key() != 0);
        QCOMPARE(it.value(), oneTo(it.value().size()));
        QCOMPARE(messages.responses.value(it.key()), it.value());
        total += it.value().size();
    }
    QCOMPARE(total, 100);
    // The requests look like a browser's.
    const EventDetail request =
        timeline.detail(http1Events(timeline, Http1Kind::RequestHead, Origin::Client)[0]);
    QCOMPARE(request.fieldValue(u"host"), QString::fromLatin1(authority));
    QCOMPARE(request.fieldValue(u"user-agent"), u"ProtoViz"_s);
    QCOMPARE(request.fieldValue(u"accept"), u"*/*"_s);
    QCOMPARE(http1Events(timeline, Http1Kind::RequestHead, Origin::Server).size(), 100);

    // Nothing is outstanding, so finish() closes every idle connection.
    pool.finish();
    QVERIFY(test::waitUntil([&] { return pool.liveConnections() == 0 && server.open() == 0; }, 5000));
}

void Http1ClientTest::pipeliningOnOneConnection()
{
    Timeline timeline(SessionClock::startingNow());
    TestServer server(&timeline, respond());
    Http1ClientPool pool(opener(server.port()), "127.0.0.1", EventRecorder(&timeline, Origin::Client));
    pool.setMaxConnections(1);
    pool.setPipelining(true, 6);
    Results results;
    results.watch(&pool);
    for (int i = 0; i < 40; ++i)
        pool.get(Workload::objectPath(i), quint32(i));
    QVERIFY(test::waitUntil([&] { return results.done() == 40; }, 30000));
    QVERIFY(results.failed.isEmpty());
    for (int i = 0; i < 40; ++i)
        QCOMPARE(results.finished.value(quint32(i)).body, m_workload.objectBody(i));
    QCOMPARE(pool.connectionCount(), 1);

    // Six requests left before the first response arrived, and the later ones kept the pipe full.
    const QList<Event> sent = http1Events(timeline, Http1Kind::RequestHead, Origin::Client);
    const QList<Event> received = http1Events(timeline, Http1Kind::ResponseHead, Origin::Client);
    QCOMPARE(sent.size(), 40);
    QCOMPARE(received.size(), 40);
    QCOMPARE(received[0].stream, 1u);
    const auto sentBefore = [&](qint64 timeNs) {
        return std::count_if(sent.cbegin(), sent.cend(),
                             [timeNs](const Event& e) { return e.timeNs < timeNs; });
    };
    QVERIFY(sent[1].timeNs < received[0].timeNs);
    QCOMPARE(sentBefore(received[0].timeNs), 6);
    for (const Event& response : received)
        QVERIFY(sentBefore(response.timeNs) <= qsizetype(response.stream) + 5);
    const ClientMessages messages = clientMessages(timeline);
    QCOMPARE(messages.requests.first(), oneTo(40));
    QCOMPARE(messages.responses.first(), oneTo(40));
}

void Http1ClientTest::serverClosesMidway_data()
{
    QTest::addColumn<int>("maxConnections");
    QTest::addColumn<bool>("pipelining");
    QTest::newRow("six connections") << 6 << false;
    QTest::newRow("one pipelined connection") << 1 << true;
}

void Http1ClientTest::serverClosesMidway()
{
    QFETCH(int, maxConnections);
    QFETCH(bool, pipelining);

    // Every seventh response announces "Connection: close".
    Timeline timeline(SessionClock::startingNow());
    int served = 0;
    TestServer server(&timeline, [this, &served](const HttpRequest& request) {
        HttpResponse response = m_workload.respond(request);
        if (++served % 7 == 0)
            response.headers.emplaceBack("connection", "close");
        return response;
    });
    Http1ClientPool pool(opener(server.port()), "127.0.0.1", EventRecorder(&timeline, Origin::Client));
    pool.setMaxConnections(maxConnections);
    pool.setPipelining(pipelining);
    Results results;
    results.watch(&pool);
    for (int i = 0; i < 100; ++i)
        pool.get(Workload::objectPath(i), quint32(i));
    QVERIFY(test::waitUntil([&] { return results.done() == 100; }, 30000));
    QVERIFY2(results.failed.isEmpty(), qPrintable(results.failed.values().value(0)));
    for (int i = 0; i < 100; ++i)
        QCOMPARE(results.finished.value(quint32(i)).body, m_workload.objectBody(i));
    QVERIFY(pool.connectionCount() >= 100 / 7);
    QVERIFY(test::waitUntil([&] { return pool.connectionCount() == server.accepted(); }, 5000));

    const QList<Event> sent = http1Events(timeline, Http1Kind::RequestHead, Origin::Client);
    if (pipelining) {
        // Requests pipelined behind a closing response were not answered and went out again.
        QVERIFY(sent.size() > 100);
    } else {
        QCOMPARE(sent.size(), 100);
    }
    // A response announcing the close is the last one on its connection.
    const ClientMessages messages = clientMessages(timeline);
    int closing = 0;
    for (const Event& event : http1Events(timeline, Http1Kind::ResponseHead, Origin::Client)) {
        if (timeline.detail(event).fieldValue(u"connection") == u"close"_s) {
            ++closing;
            QCOMPARE(event.stream, messages.responses.value(event.connection).constLast());
        }
    }
    QCOMPARE(closing, served / 7);
}

void Http1ClientTest::unreachableServerFailsEveryRequest()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Timeline timeline(SessionClock::startingNow());
    Http1ClientPool pool(opener(port), "127.0.0.1", EventRecorder(&timeline, Origin::Client));
    Results results;
    results.watch(&pool);
    for (int i = 0; i < 10; ++i)
        pool.get(Workload::objectPath(i), quint32(i));
    QVERIFY(test::waitUntil([&] { return results.done() == 10; }, 10000));
    QCOMPARE(results.failed.size(), 10);
    QVERIFY(results.finished.isEmpty());
    for (const QString& reason : std::as_const(results.failed))
        QVERIFY(!reason.isEmpty());
    QCOMPARE(pool.connectionCount(), 0);
    QCOMPARE(pool.liveConnections(), 0);
    QCOMPARE(pool.queuedRequests(), 0);
    // Nothing was sent, so nothing was recorded at the HTTP layer.
    QVERIFY(http1Events(timeline, Http1Kind::RequestHead, Origin::Client).isEmpty());
}

void Http1ClientTest::connectionReadsCloseDelimitedResponse()
{
    // An HTTP/1.0 server that ends its body by closing the connection.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nthe body ends ");
            socket->write("when the server closes");
            socket->disconnectFromHost();
        });
    });
    Timeline timeline(SessionClock::startingNow());
    HttpResponse response;
    QList<quint32> unanswered{99};
    bool over = false;
    auto* stream = new TcpStream;
    stream->connectTo(QHostAddress::LocalHost, server.serverPort(), nullptr, &m_directory);
    Http1ClientConnection connection(stream, EventRecorder(&timeline, Origin::Client));
    QCOMPARE(stream->parent(), &connection);
    connect(&connection, &Http1ClientConnection::responseFinished, this,
            [&](quint32 id, const HttpResponse& r) {
                QCOMPARE(id, 7u);
                response = r;
            });
    connect(&connection, &Http1ClientConnection::finished, this,
            [&](const QList<quint32>& ids, const QString&) {
                unanswered = ids;
                over = true;
            });
    HttpRequest request;
    request.method = "GET";
    request.path = "/old";
    request.authority = "legacy.test";
    QCOMPARE(connection.send(request, 7), 1u);
    QVERIFY(test::waitUntil([&] { return over; }, 5000));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("the body ends when the server closes"));
    QVERIFY(unanswered.isEmpty());
    const QList<Event> ends = http1Events(timeline, Http1Kind::MessageEnd, Origin::Client);
    QCOMPARE(ends.size(), 2); // request sent, response received
    QCOMPARE(ends[1].direction, Direction::ServerToClient);
    QCOMPARE(ends[1].size, 36u);
    QCOMPARE(
        timeline.detail(http1Events(timeline, Http1Kind::RequestHead, Origin::Client)[0]).fieldValue(u"host"),
        u"legacy.test"_s);
}

void Http1ClientTest::connectionRejectsMalformedResponse()
{
    // A server that answers the first request twice and then with nonsense.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                          "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!");
        });
    });
    Timeline timeline(SessionClock::startingNow());
    QList<quint32> finished;
    QHash<quint32, QString> failed;
    QList<quint32> unanswered{99};
    QString reason;
    bool over = false;
    auto* stream = new TcpStream;
    stream->connectTo(QHostAddress::LocalHost, server.serverPort(), nullptr, &m_directory);
    Http1ClientConnection connection(stream, EventRecorder(&timeline, Origin::Client));
    connect(&connection, &Http1ClientConnection::responseFinished, this,
            [&](quint32 id, const HttpResponse&) { finished.append(id); });
    connect(&connection, &Http1ClientConnection::requestFailed, this,
            [&](quint32 id, const QString& why) { failed.insert(id, why); });
    connect(&connection, &Http1ClientConnection::finished, this,
            [&](const QList<quint32>& ids, const QString& why) {
                unanswered = ids;
                reason = why;
                over = true;
            });
    HttpRequest request;
    request.method = "GET";
    request.path = "/";
    request.authority = "a";
    connection.send(request, 1);
    connection.send(request, 2);
    QVERIFY(test::waitUntil([&] { return over; }, 5000));
    QCOMPARE(finished, QList<quint32>{1});
    // The response to the second request had started, so it fails rather than coming back unanswered.
    const QString expected =
        Http1ParseError::make(Http1ErrorCode::ConflictingContentLength, false, 0).explanation;
    QCOMPARE(failed.value(2), expected);
    QVERIFY(unanswered.isEmpty());
    QCOMPARE(reason, expected);
    const QList<Event> errors = http1Events(timeline, Http1Kind::Error, Origin::Client);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].stream, 2u);
    QCOMPARE(timeline.detail(errors[0]).text, expected);
}

QTEST_GUILESS_MAIN(Http1ClientTest)
#include "tst_http1client.moc"

#include "tests/support/testsupport.h"

#include "core/http/workload.h"
#include "core/http2/http2client.h"
#include "core/http2/http2framesplitter.h"
#include "core/http2/http2serverconnection.h"
#include "core/http2/http2session.h"
#include "core/timeline/eventnames.h"
#include "core/timeline/timeline.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace protoviz;

namespace {

// An HTTP/2 server on loopback serving a workload, one Http2ServerConnection per accepted socket.
class LoopbackH2Server
{
public:
    LoopbackH2Server(Timeline* timeline, const Workload& workload, bool push, Http2Settings settings = {})
        : m_workload(workload)
    {
        QObject::connect(&m_listener, &QTcpServer::newConnection, [this, timeline, push, settings] {
            while (QTcpSocket* socket = m_listener.nextPendingConnection()) {
                const quint32 id = m_directory.allocate() + 1000;
                auto* stream = new TcpStream(socket, id);
                auto policy = [this, push](const HttpRequest& request) {
                    return push ? m_workload.pushPathsFor(request.path) : QList<QByteArray>();
                };
                auto* connection = new Http2ServerConnection(
                    stream, [this](const HttpRequest& request) { return m_workload.respond(request); },
                    policy, settings, EventRecorder(timeline, Origin::Server, id), &m_owner);
                QObject::connect(connection, &Http2ServerConnection::finished, connection,
                                 &QObject::deleteLater);
                ++m_connections;
            }
        });
        m_listener.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_listener.serverPort(); }
    int connections() const { return m_connections; }

private:
    Workload m_workload;
    QTcpServer m_listener;
    QObject m_owner;
    ConnectionDirectory m_directory;
    int m_connections = 0;
};

struct PageResult
{
    QHash<quint32, HttpResponse> responses;
    QHash<QByteArray, HttpResponse> pushed;
    QList<QByteArray> promised;
    QStringList failures;
};

StreamOpener directOpener(quint16 port, ConnectionDirectory* directory)
{
    return [port, directory](const QList<QByteArray>&) {
        auto* stream = new TcpStream;
        stream->connectTo(QHostAddress::LocalHost, port, nullptr, directory);
        return static_cast<ByteStream*>(stream);
    };
}

void collect(Http2Client& client, PageResult& result)
{
    QObject::connect(
        &client, &HttpClient::responseFinished,
        [&result](quint32 tag, const HttpResponse& response) { result.responses.insert(tag, response); });
    QObject::connect(&client, &HttpClient::pushedResponseFinished,
                     [&result](const QByteArray& path, const HttpResponse& response) {
                         result.pushed.insert(path, response);
                     });
    QObject::connect(&client, &HttpClient::pushPromised,
                     [&result](const QByteArray& path) { result.promised.append(path); });
    QObject::connect(&client, &HttpClient::requestFailed,
                     [&result](quint32, const QString& reason) { result.failures.append(reason); });
}

QList<Event> eventsOf(const Timeline& timeline, Origin origin, Http2Kind kind)
{
    QList<Event> matching;
    for (const Event& event : timeline.events()) {
        if (event.origin == origin && event.is(Layer::Http2, kind))
            matching.append(event);
    }
    return matching;
}

} // namespace

class Http2SessionTest : public QObject
{
    Q_OBJECT

private slots:
    void multiplexesAPageOnOneConnection();
    void recordsEveryFrameOnBothSides();
    void pushesObjectsWhenTheClientAllowsIt();
    void largeBodiesRespectFlowControl();
    void answersOversizedHeadersWith431();
    void garbageGetsAnErrorEventAndAClose();
    void truncatedFrameGetsAnErrorEvent();
};

void Http2SessionTest::multiplexesAPageOnOneConnection()
{
    Timeline timeline(SessionClock::startingNow());
    const Workload workload(20, 3000);
    LoopbackH2Server server(&timeline, workload, false);
    ConnectionDirectory directory;
    Http2Client client(directOpener(server.port(), &directory), Http2Settings::browserLike(), "127.0.0.1",
                       EventRecorder(&timeline, Origin::Client));
    PageResult result;
    collect(client, result);
    client.get("/", 0);
    for (int i = 0; i < workload.objectCount(); ++i)
        client.get(Workload::objectPath(i), quint32(i + 1));
    QVERIFY(
        test::waitUntil([&] { return result.responses.size() == 21 || !result.failures.isEmpty(); }, 10000));
    QVERIFY2(result.failures.isEmpty(), qPrintable(result.failures.join(QLatin1Char('\n'))));
    QCOMPARE(result.responses.value(0).status, 200);
    QCOMPARE(Workload::linkedPaths(result.responses.value(0).body).size(), 20);
    for (int i = 0; i < workload.objectCount(); ++i)
        QCOMPARE(result.responses.value(quint32(i + 1)).body, workload.objectBody(i));
    QCOMPARE(client.connectionCount(), 1);
    QCOMPARE(server.connections(), 1);
}

void Http2SessionTest::recordsEveryFrameOnBothSides()
{
    Timeline timeline(SessionClock::startingNow());
    const Workload workload(3, 100);
    LoopbackH2Server server(&timeline, workload, false);
    ConnectionDirectory directory;
    Http2Client client(directOpener(server.port(), &directory), Http2Settings(), "127.0.0.1",
                       EventRecorder(&timeline, Origin::Client));
    PageResult result;
    collect(client, result);
    for (int i = 0; i < 3; ++i)
        client.get(Workload::objectPath(i), quint32(i));
    QVERIFY(test::waitUntil([&] { return result.responses.size() == 3; }, 10000));
    client.finish();
    QVERIFY(test::waitUntil([&] { return !eventsOf(timeline, Origin::Server, Http2Kind::GoAway).isEmpty(); },
                            5000));

    // The client sends the preface and SETTINGS first; the server receives them in the same order.
    const QList<Event> clientPreface = eventsOf(timeline, Origin::Client, Http2Kind::Preface);
    QCOMPARE(clientPreface.size(), 1);
    QCOMPARE(clientPreface[0].direction, Direction::ClientToServer);
    QCOMPARE(eventsOf(timeline, Origin::Server, Http2Kind::Preface).size(), 1);

    // Every frame one side sent, the other side received, with the same bytes.
    for (const Http2Kind kind :
         {Http2Kind::Headers, Http2Kind::Data, Http2Kind::Settings, Http2Kind::GoAway}) {
        const QList<Event> sentByClient = eventsOf(timeline, Origin::Client, kind);
        const QList<Event> sentByServer = eventsOf(timeline, Origin::Server, kind);
        qsizetype clientSent = 0;
        qsizetype serverReceived = 0;
        for (const Event& e : sentByClient)
            clientSent += e.direction == Direction::ClientToServer ? 1 : 0;
        for (const Event& e : sentByServer)
            serverReceived += e.direction == Direction::ClientToServer ? 1 : 0;
        QCOMPARE(serverReceived, clientSent);
    }
    // Request HEADERS carry the decoded header list, HPACK size against text size.
    const QList<Event> headers = eventsOf(timeline, Origin::Client, Http2Kind::Headers);
    const Event request = headers.first();
    QCOMPARE(request.direction, Direction::ClientToServer);
    const EventDetail detail = timeline.detail(request);
    QCOMPARE(detail.fieldValue(QStringLiteral("type")), QStringLiteral("HEADERS"));
    QVERIFY(detail.fieldValue(QStringLiteral(":path")).startsWith(QLatin1String("/tiles/0")));
    QVERIFY(request.value > 0);                               // header text size
    QVERIFY(request.size - request.overhead < request.value); // HPACK is smaller
    QCOMPARE(detail.bytes.size(), qsizetype(request.size));
    // Later requests reuse the dynamic table: smaller blocks than the first.
    const Event third = headers.at(2);
    QVERIFY(third.direction == Direction::ClientToServer);
    QVERIFY(third.size - third.overhead < request.size - request.overhead);
    // Response DATA sizes add up to the bodies.
    quint32 dataBytes = 0;
    for (const Event& e : eventsOf(timeline, Origin::Client, Http2Kind::Data))
        dataBytes += e.size - e.overhead;
    QCOMPARE(dataBytes, 300u);
    QCOMPARE(kindName(Layer::Http2, headers.first().kind), QStringLiteral("HEADERS"));
}

void Http2SessionTest::pushesObjectsWhenTheClientAllowsIt()
{
    Timeline timeline(SessionClock::startingNow());
    const Workload workload(5, 1000);
    LoopbackH2Server server(&timeline, workload, true);
    ConnectionDirectory directory;
    Http2Settings settings = Http2Settings::browserLike();
    settings.enablePush = true;
    Http2Client client(directOpener(server.port(), &directory), settings, "127.0.0.1",
                       EventRecorder(&timeline, Origin::Client));
    PageResult result;
    collect(client, result);
    client.get("/", 0);
    QVERIFY(
        test::waitUntil([&] { return result.responses.size() == 1 && result.pushed.size() == 5; }, 10000));
    QCOMPARE(result.promised.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(result.pushed.value(Workload::objectPath(i)).body, workload.objectBody(i));
    const QList<Event> promises = eventsOf(timeline, Origin::Server, Http2Kind::PushPromise);
    QCOMPARE(promises.size(), 5);
    // The promises precede the page's response HEADERS.
    const QList<Event> responses = eventsOf(timeline, Origin::Server, Http2Kind::Headers);
    QVERIFY(!responses.isEmpty());
    qsizetype firstResponseOnStream1 = -1;
    const QList<Event> all = timeline.events();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].origin == Origin::Server && all[i].is(Layer::Http2, Http2Kind::Headers) &&
            all[i].stream == 1 && all[i].direction == Direction::ServerToClient) {
            firstResponseOnStream1 = i;
            break;
        }
    }
    QVERIFY(firstResponseOnStream1 >= 0);
    for (const Event& promise : promises)
        QVERIFY(promise.timeNs <= all[firstResponseOnStream1].timeNs);

    // Without push enabled by the client, the server pushes nothing.
    Timeline quiet(SessionClock::startingNow());
    LoopbackH2Server server2(&quiet, workload, true);
    Http2Client plain(directOpener(server2.port(), &directory), Http2Settings(), "127.0.0.1",
                      EventRecorder(&quiet, Origin::Client));
    PageResult plainResult;
    collect(plain, plainResult);
    plain.get("/", 0);
    QVERIFY(test::waitUntil([&] { return plainResult.responses.size() == 1; }, 10000));
    QVERIFY(eventsOf(quiet, Origin::Server, Http2Kind::PushPromise).isEmpty());
}

void Http2SessionTest::largeBodiesRespectFlowControl()
{
    Timeline timeline(SessionClock::startingNow());
    const Workload workload(1, 1024 * 1024);
    LoopbackH2Server server(&timeline, workload, false);
    ConnectionDirectory directory;
    // RFC default windows: the 1 MiB body needs many WINDOW_UPDATEs from the client.
    Http2Client client(directOpener(server.port(), &directory), Http2Settings(), "127.0.0.1",
                       EventRecorder(&timeline, Origin::Client));
    PageResult result;
    collect(client, result);
    client.get(Workload::objectPath(0), 1);
    QVERIFY(test::waitUntil([&] { return result.responses.size() == 1; }, 10000));
    QCOMPARE(result.responses.value(1).body, workload.objectBody(0));
    const QList<Event> updates = eventsOf(timeline, Origin::Client, Http2Kind::WindowUpdate);
    QVERIFY(updates.size() >= 10);
    for (const Event& e : updates)
        QVERIFY(e.value > 0);
    // The server never had more than the window in flight: remaining window is never negative.
    for (const Event& e : eventsOf(timeline, Origin::Server, Http2Kind::Data)) {
        QVERIFY(e.value >= 0);
        QVERIFY(e.size - e.overhead <= 16384);
    }
}

void Http2SessionTest::answersOversizedHeadersWith431()
{
    Timeline timeline(SessionClock::startingNow());
    const Workload workload(1, 10);
    Http2Settings serverSettings;
    serverSettings.maxHeaderListSize = 4096;
    LoopbackH2Server server(&timeline, workload, false, serverSettings);

    // A raw client built on Http2Session, so that it can send what Http2Client never would.
    ConnectionDirectory directory;
    TcpStream stream;
    Http2Session session(Http2Session::Role::Client, &stream, Http2Settings(),
                         EventRecorder(&timeline, Origin::Client, 1));
    int status = 0;
    connect(&session, &Http2Session::headersReceived, this, [&status](qint32, const HeaderList& headers) {
        status = headerValue(headers, ":status").toInt();
    });
    stream.connectTo(QHostAddress::LocalHost, server.port(), nullptr, &directory);
    QVERIFY(test::waitUntil([&] { return stream.isOpen(); }, 5000));
    session.start();
    const HeaderList headers{{":method", "GET"},
                             {":scheme", "http"},
                             {":authority", "127.0.0.1"},
                             {":path", "/"},
                             {"x-big", QByteArray(20000, 'a')}};
    QVERIFY(session.submitRequest(headers, false) > 0);
    QVERIFY(test::waitUntil([&] { return status != 0; }, 5000));
    QCOMPARE(status, 431);
    bool explained = false;
    for (const Event& e : eventsOf(timeline, Origin::Server, Http2Kind::Error))
        explained =
            explained || timeline.detail(e).text.contains(QLatin1String("SETTINGS_MAX_HEADER_LIST_SIZE"));
    QVERIFY(explained);
}

void Http2SessionTest::garbageGetsAnErrorEventAndAClose()
{
    Timeline timeline(SessionClock::startingNow());
    LoopbackH2Server server(&timeline, Workload(1, 10), false);
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write("this is not HTTP/2 at all, just garbage\r\n\r\n\x01\x02\x03");
    QVERIFY(test::waitUntil([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 5000));
    const QList<Event> errors = eventsOf(timeline, Origin::Server, Http2Kind::Error);
    QVERIFY(!errors.isEmpty());
    QVERIFY(timeline.detail(errors.first()).text.contains(QLatin1String("preface")));
    // The server goes on serving.
    ConnectionDirectory directory;
    Http2Client client(directOpener(server.port(), &directory), Http2Settings(), "127.0.0.1",
                       EventRecorder());
    PageResult result;
    collect(client, result);
    client.get("/", 0);
    QVERIFY(test::waitUntil([&] { return result.responses.size() == 1; }, 5000));
}

void Http2SessionTest::truncatedFrameGetsAnErrorEvent()
{
    Timeline timeline(SessionClock::startingNow());
    LoopbackH2Server server(&timeline, Workload(1, 10), false);
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(raw.waitForConnected(5000));
    // The preface, then a SETTINGS frame header announcing 12 bytes of which only 4 arrive.
    raw.write(Http2FrameSplitter::clientPreface() + QByteArray::fromHex("00000c040000000000"
                                                                        "00030000"));
    raw.flush();
    QTest::qWait(100);
    raw.disconnectFromHost();
    QVERIFY(test::waitUntil(
        [&] {
            for (const Event& e : eventsOf(timeline, Origin::Server, Http2Kind::Error)) {
                if (timeline.detail(e).text.contains(QLatin1String("13 of its 21 bytes")))
                    return true;
            }
            return false;
        },
        5000));
}

QTEST_GUILESS_MAIN(Http2SessionTest)
#include "tst_http2session.moc"

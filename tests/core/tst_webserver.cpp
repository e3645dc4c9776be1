#include "tests/support/testsupport.h"

#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/transport/connectiondirectory.h"

#include <QTcpSocket>
#include <QTest>

using namespace protoviz;

class WebServerTest : public QObject
{
    Q_OBJECT

private slots:
    void choosesTheProtocolFromTheFirstBytes();
    void closesAClientThatStopsInsideThePreface();
};

void WebServerTest::choosesTheProtocolFromTheFirstBytes()
{
    Timeline timeline(SessionClock::startingNow());
    ConnectionDirectory directory;
    WebServerConfig config;
    config.workload = Workload(2, 10);
    WebServer server(config, &directory, EventRecorder(&timeline, Origin::Server));
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QStringList chosen;
    connect(&server, &WebServer::protocolChosen, this,
            [&chosen](quint32, const QByteArray& protocol) { chosen.append(QString::fromLatin1(protocol)); });

    QTcpSocket http1;
    http1.connectToHost(QHostAddress::LocalHost, server.cleartextPort());
    QVERIFY(http1.waitForConnected(5000));
    http1.write("GET /tiles/1 HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(test::waitUntil([&] { return http1.bytesAvailable() > 0 && http1.peek(12) == "HTTP/1.1 200"; },
                            5000));

    QTcpSocket http2;
    http2.connectToHost(QHostAddress::LocalHost, server.cleartextPort());
    QVERIFY(http2.waitForConnected(5000));
    // The preface arrives in two pieces: the server must wait for enough of it before deciding.
    http2.write("PRI * HTTP/2.0\r\n");
    http2.flush();
    QTest::qWait(50);
    http2.write(QByteArrayLiteral("\r\nSM\r\n\r\n") + QByteArray::fromHex("000000040000000000"));
    // The server's first frame is its SETTINGS (type 4).
    QVERIFY(test::waitUntil([&] { return http2.bytesAvailable() >= 9; }, 5000));
    QCOMPARE(quint8(http2.peek(9).at(3)), quint8(0x4));
    QCOMPARE(chosen, (QStringList{QStringLiteral("http/1.1"), QStringLiteral("h2c")}));
}

void WebServerTest::closesAClientThatStopsInsideThePreface()
{
    Timeline timeline(SessionClock::startingNow());
    ConnectionDirectory directory;
    WebServerConfig config;
    config.idleTimeoutMs = 300;
    WebServer server(config, &directory, EventRecorder(&timeline, Origin::Server));
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.cleartextPort());
    QVERIFY(client.waitForConnected(5000));
    client.write("PRI * HT");
    QVERIFY(test::waitUntil([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 5000));
    bool explained = false;
    for (const Event& event : timeline.events()) {
        explained = explained || (event.is(Layer::Session, SessionKind::Error) &&
                                  timeline.detail(event).text.contains(QLatin1String("sent 8 byte")));
    }
    QVERIFY(explained);

    // A client that sends half an HTTP/1.1 request line and stops is answered 408 and closed.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, server.cleartextPort());
    QVERIFY(slow.waitForConnected(5000));
    slow.write("\x01\x02\x03\x04");
    QVERIFY(test::waitUntil([&] { return slow.state() == QAbstractSocket::UnconnectedState; }, 5000));
}

QTEST_GUILESS_MAIN(WebServerTest)
#include "tst_webserver.moc"

#include "tests/support/testsupport.h"

#include "core/http3/http3client.h"
#include "core/http3/http3server.h"
#include "core/quic/quictlscontext.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace protoviz;

namespace {

constexpr int TimeoutMs = 10'000;
constexpr int HoldMs = 300;

HttpResponse textResponse(const QByteArray& body)
{
    HttpResponse response;
    response.headers = {{"content-type", "text/plain"}};
    response.body = body;
    return response;
}

} // namespace

/// An HTTP/3 server whose handler holds a request and answers it later (a long poll): the answer goes
/// out when given, other requests on the connection are answered meanwhile, and an answer given after
/// the connection is gone is dropped. On 127.0.0.1, straight from client to server.
class TestHttp3HeldRequests final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersAHeldRequestLater();
    void dropsAnAnswerAfterTheConnection();

private:
    std::shared_ptr<QuicTlsContext> m_serverTls;
    std::shared_ptr<QuicTlsContext> m_clientTls;
};

void TestHttp3HeldRequests::initTestCase()
{
    QString error;
    const test::QuicTestTls tls = test::QuicTestTls::make(&error);
    QVERIFY2(tls.isValid(), qPrintable(error));
    m_serverTls = tls.server;
    m_clientTls = tls.client;
}

void TestHttp3HeldRequests::answersAHeldRequestLater()
{
    QElapsedTimer sinceHeld;
    QObject context;
    Http3Server server(m_serverTls, [&](const HttpRequest& request, const Http3Responder& responder) {
        if (request.path != "/hold") {
            responder(textResponse("at once " + request.path));
            return;
        }
        sinceHeld.start();
        QTimer::singleShot(HoldMs, &context, [responder] { responder(textResponse("news")); });
    });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    Http3Client client(m_clientTls, "localhost");
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    client.get("/hold");
    client.get("/now");
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.port(), {}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 2, TimeoutMs);

    // The request made second is answered first: the held one does not stand in its way.
    const auto first = responses.at(0).at(0).value<Http3Response>();
    const auto second = responses.at(1).at(0).value<Http3Response>();
    QCOMPARE(first.path, QByteArray("/now"));
    QCOMPARE(first.body, QByteArray("at once /now"));
    QCOMPARE(second.path, QByteArray("/hold"));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, QByteArray("news"));
    QVERIFY(sinceHeld.elapsed() >= HoldMs);
    QCOMPARE(client.outstandingRequests(), 0);
    client.close();
}

void TestHttp3HeldRequests::dropsAnAnswerAfterTheConnection()
{
    Http3Responder held;
    Http3Server server(m_serverTls,
                       [&](const HttpRequest&, const Http3Responder& responder) { held = responder; });
    QSignalSpy serverClosed(&server, &Http3Server::connectionClosed);
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    Http3Client client(m_clientTls, "localhost");
    client.get("/hold");
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.port(), {}, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(held, TimeoutMs);
    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(serverClosed.size(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
    // The session that handed out the responder is gone: answering does nothing.
    held(textResponse("too late"));
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestHttp3HeldRequests)
#include "tst_http3heldrequests.moc"

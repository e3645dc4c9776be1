#include "tests/support/testsupport.h"

#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/websocket/websocketserver.h"
#include "core/websocket/websockettap.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace protoviz;
using protoviz::test::waitUntil;

namespace {

const QByteArray Upgrade =
    "GET /chat HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

// A masked text frame "soak" and a masked Close frame with code 1000 (mask 00 00 00 00 keeps them
// readable; the server only requires the mask bit).
const QByteArray TextFrame = QByteArray::fromHex("818400000000") + "soak";
const QByteArray CloseFrame = QByteArray::fromHex("88820000000003e8");

// What is left of WebSocket connections under the server: taps, the loopback sockets between them and
// Qt (on both ends) and Qt's QWebSockets.
qsizetype leftovers(const WebSocketServer* server)
{
    return server->findChildren<WebSocketTap*>().size() + server->findChildren<QTcpSocket*>().size() +
           server->findChildren<QWebSocket*>().size();
}

} // namespace

/// WebSocketServer's loopback bridge to Qt leaves nothing behind. A client that leaves during the opening
/// handshake ends its tap before the tap's loopback socket is matched to the one the bridge accepted;
/// that accepted socket used to wait for a timer that every new WebSocket connection restarted, so
/// under a steady stream of such clients (serve's soak) the orphans and their read buffers piled up
/// for as long as the clients kept coming.
class WebSocketBridgeTest final : public QObject
{
    Q_OBJECT

private slots:
    void clientsLeavingEarlyLeaveNothingBehind();
};

void WebSocketBridgeTest::clientsLeavingEarlyLeaveNothingBehind()
{
    Timeline timeline(SessionClock::startingNow());
    const WebServerConfig config;
    WebServer server(config, nullptr, EventRecorder(&timeline, Origin::Server));
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));

    // Clients one after another, each gone before its connection could settle: FIN right after the
    // upgrade, after a message and a Close, or a reset once the 101 is back.
    constexpr int Clients = 60;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    int finished = 0;
    for (int i = 0; i < Clients; ++i) {
        auto& client = clients.emplace_back(std::make_unique<QTcpSocket>());
        QTcpSocket* socket = client.get();
        connect(socket, &QTcpSocket::disconnected, this, [&finished] { ++finished; });
        socket->connectToHost(QHostAddress::LocalHost, server.cleartextPort());
        switch (i % 3) {
        case 0:
            socket->write(Upgrade);
            socket->disconnectFromHost();
            break;
        case 1:
            socket->write(Upgrade + TextFrame + CloseFrame);
            socket->disconnectFromHost();
            break;
        case 2:
            socket->write(Upgrade + TextFrame);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->abort(); });
            break;
        }
        QTest::qWait(20);
    }
    QVERIFY(waitUntil([&] { return finished >= Clients; }, 10000));

    // Everything goes as soon as the connections are over (a tap gives a closing handshake at most
    // WebSocketTap::CloseTimeoutMs), well before a 5 s timer restarted by the last client would fire.
    QElapsedTimer settling;
    settling.start();
    const bool settled = waitUntil([&] { return leftovers(server.webSockets()) == 0; }, 4000);
    QVERIFY2(settled, qPrintable(QStringLiteral("%1 objects left under the WebSocket server %2 ms after "
                                                "the last client left")
                                     .arg(leftovers(server.webSockets()))
                                     .arg(settling.elapsed())));
}

QTEST_GUILESS_MAIN(WebSocketBridgeTest)
#include "tst_websocketbridge.moc"

#include "core/websocket/websocketclient.h"

#include "core/transport/bytestream.h"
#include "core/websocket/websockettap.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>

namespace protoviz {

WebSocketClient::WebSocketClient(ByteStream* network, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_network->setParent(this);
    // Until the tap exists, a network stream that ends means the connection never got going.
    connect(m_network, &ByteStream::closed, this, [this] {
        if (!m_tap) {
            m_socket->abort();
            finish();
        }
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_tap) {
            m_network->abort();
            finish();
        }
    });
}

WebSocketClient::~WebSocketClient()
{
    disconnect(m_socket, nullptr, this, nullptr);
    if (!m_tap)
        disconnect(m_network, nullptr, this, nullptr);
}

quint32 WebSocketClient::connectionId() const
{
    return m_tap ? m_tap->connectionId() : m_network->connectionId();
}

bool WebSocketClient::open(const QByteArray& authority, const QByteArray& path, QString* error)
{
    m_authority = authority;
    m_relay = new QTcpServer(this);
    connect(m_relay, &QTcpServer::newConnection, this, &WebSocketClient::onRelayConnection);
    if (!m_relay->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("The WebSocket client cannot listen on loopback: %1").arg(m_relay->errorString());
        m_network->abort();
        finish();
        return false;
    }
    const QString target =
        path.startsWith('/') ? QString::fromLatin1(path) : QLatin1Char('/') + QString::fromLatin1(path);
    m_socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_relay->serverPort()) + target));
    return true;
}

void WebSocketClient::onRelayConnection()
{
    QTcpSocket* accepted = m_relay->nextPendingConnection();
    if (!accepted || m_tap)
        return;
    // One connection, Qt's: nothing else may reach the relay after it.
    m_relay->close();
    disconnect(m_network, nullptr, this, nullptr);
    m_tap = WebSocketTap::client(m_network, accepted, m_authority, m_recorder, this);
    if (m_compression)
        m_tap->offerCompression(*m_compression);
    connect(m_tap, &WebSocketTap::messageReceived, this, &WebSocketClient::messageReceived);
    connect(m_tap, &WebSocketTap::finished, this, &WebSocketClient::finish);
}

void WebSocketClient::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace protoviz

#include "core/session/websocketparticipant.h"

#include "core/transport/bytestream.h"
#include "core/websocket/websocketclient.h"

#include <QWebSocket>

namespace protoviz {

WebSocketParticipant::WebSocketParticipant(int index, ByteStream* network, const QByteArray& authority,
                                           const QByteArray& path, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_index(index)
    , m_authority(authority)
    , m_path(path)
    , m_recorder(recorder)
    , m_client(new WebSocketClient(network, recorder, this))
{
    connect(m_client, &WebSocketClient::messageReceived, this, [this](const WebSocketMessage& message) {
        if (const std::optional<PollingFeed::Update> update = PollingFeed::parse(message.payload))
            PollingFeed::recordDelivery(m_recorder.forConnection(m_client->connectionId()), *update);
    });
    QWebSocket* socket = m_client->socket();
    connect(socket, &QWebSocket::connected, this, &WebSocketParticipant::opened);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        if (const std::optional<PollingFeed::Update> update = PollingFeed::parse(text.toUtf8())) {
            emit updateDelivered(*update);
        }
    });
    connect(m_client, &WebSocketClient::finished, this, [this] {
        if (!m_finishing) {
            m_finishing = true;
            const QString reason = m_client->socket()->closeReason();
            emit failed(reason.isEmpty() ? tr("Client %1's WebSocket closed unexpectedly (close code %2).")
                                               .arg(m_index)
                                               .arg(int(m_client->socket()->closeCode()))
                                         : reason);
        }
        emit finished();
    });
}

void WebSocketParticipant::offerCompression()
{
    m_client->setCompression(PerMessageDeflate::Parameters{});
}

void WebSocketParticipant::start()
{
    QString error;
    if (!m_client->open(m_authority, m_path, &error))
        m_recorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
}

void WebSocketParticipant::post(const QString& text)
{
    if (!m_finishing)
        m_client->socket()->sendTextMessage(text);
}

void WebSocketParticipant::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_client->socket()->close(QWebSocketProtocol::CloseCodeNormal);
}

} // namespace protoviz

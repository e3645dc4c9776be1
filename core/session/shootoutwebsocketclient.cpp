#include "core/session/shootoutwebsocketclient.h"

#include "core/grpc/lessonmessages.h"
#include "core/session/pollingfeed.h"
#include "core/websocket/websocketclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <limits>

namespace protoviz {

ShootoutWebSocketClient::ShootoutWebSocketClient(ByteStream* network, const QByteArray& authority,
                                                 const QByteArray& path, EventRecorder recorder,
                                                 int exchanges, QObject* parent)
    : QObject(parent)
    , m_authority(authority)
    , m_path(path)
    , m_recorder(recorder)
    , m_exchanges(exchanges)
    , m_client(new WebSocketClient(network, recorder, this))
{
    connect(m_client, &WebSocketClient::messageReceived, this,
            [this](const WebSocketMessage& message) { onMessage(message.payload); });
    QWebSocket* socket = m_client->socket();
    connect(socket, &QWebSocket::connected, this, [this] {
        for (quint32 id = 0; id < quint32(m_exchanges); ++id) {
            m_recorder.record(
                {.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectRequested), .stream = id});
            m_client->socket()->sendTextMessage(QString::fromLatin1(requestFor(id)));
        }
    });
    connect(m_client, &WebSocketClient::finished, this, [this] {
        if (m_finishing)
            return;
        m_finishing = true;
        const QString reason = m_client->socket()->closeReason();
        emit failed(reason.isEmpty() ? tr("The WebSocket closed unexpectedly (close code %1).")
                                           .arg(int(m_client->socket()->closeCode()))
                                     : reason);
    });
}

QByteArray ShootoutWebSocketClient::requestFor(quint32 id)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("get"), qint64(id)}}).toJson(QJsonDocument::Compact);
}

qint64 ShootoutWebSocketClient::requestedItem(QByteArrayView text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray());
    const qint64 id = document.object().value(QStringLiteral("get")).toInteger(-1);
    return id >= 0 && id <= qint64(std::numeric_limits<quint32>::max()) ? id : -1;
}

void ShootoutWebSocketClient::start()
{
    QString error;
    if (!m_client->open(m_authority, m_path, &error)) {
        m_recorder.explain(Layer::Session, kindOf(SessionKind::Error), error);
        m_finishing = true;
        emit failed(error);
    }
}

void ShootoutWebSocketClient::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_client->socket()->close(QWebSocketProtocol::CloseCodeNormal);
}

void ShootoutWebSocketClient::onMessage(const QByteArray& payload)
{
    if (m_finishing)
        return;
    const EventRecorder recorder = m_recorder.forConnection(m_client->connectionId());
    if (const std::optional<PollingFeed::Update> update = PollingFeed::parse(payload)) {
        PollingFeed::recordDelivery(recorder, *update);
        emit updateDelivered();
        return;
    }
    const std::optional<quint32> id = LessonMessages::itemIdFromJson(payload);
    if (!id || *id >= quint32(m_exchanges)) {
        m_finishing = true;
        emit failed(tr("The server sent a message that is neither an update nor an item asked for."));
        return;
    }
    recorder.record({.layer = Layer::Session,
                     .kind = kindOf(SessionKind::ObjectCompleted),
                     .stream = *id,
                     .size = quint32(payload.size())});
    if (++m_answered == m_exchanges)
        emit exchangesDone();
}

} // namespace protoviz

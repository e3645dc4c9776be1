#include "core/websocket/websocketchatroom.h"

#include <QWebSocket>

namespace protoviz {

void WebSocketChatRoom::join(QWebSocket* socket)
{
    m_members.append(socket);
    connect(socket, &QWebSocket::textMessageReceived, this, &WebSocketChatRoom::broadcastText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &WebSocketChatRoom::broadcastBinary);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { m_members.removeOne(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_members.removeOne(socket); });
}

void WebSocketChatRoom::broadcastText(const QString& message)
{
    for (QWebSocket* member : std::as_const(m_members))
        member->sendTextMessage(message);
}

void WebSocketChatRoom::broadcastBinary(const QByteArray& message)
{
    for (QWebSocket* member : std::as_const(m_members))
        member->sendBinaryMessage(message);
}

} // namespace protoviz

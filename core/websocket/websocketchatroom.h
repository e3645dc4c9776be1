#pragma once

#include <QList>
#include <QObject>

class QWebSocket;

namespace protoviz {

/// The WebSocket service of `protoviz-cli serve` at /chat: every message a member sends, text or binary,
/// goes to every member, the sender included (so one client alone gets an echo). Lives on the session
/// thread; does not own the sockets (the WebSocketServer does).
class WebSocketChatRoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketChatRoom)

public:
    using QObject::QObject;

    /// Adds a member until its socket disconnects. Usable as a WebSocketServer::Service.
    void join(QWebSocket* socket);

    int memberCount() const { return int(m_members.size()); }

private:
    void broadcastText(const QString& message);
    void broadcastBinary(const QByteArray& message);

    QList<QWebSocket*> m_members;
};

} // namespace protoviz

#pragma once

#include "core/server/webserver.h"
#include "core/timeline/eventrecorder.h"

#include <QList>
#include <QObject>

class QTcpSocket;
class QWebSocket;

namespace protoviz {

class ConnectionDirectory;
class PollingFeed;

/// One server instance of a scaled-out WebSocket chat: a WebServer whose /chat service keeps the chat's
/// members in memory, as a single-process chat server does. A message from a member is numbered and
/// stamped by the session's PollingFeed (the measuring instrument shared by the instances, as a
/// message id and a clock would be) and then
///
/// - without a broker: sent to this instance's own members only, since they are the only sockets it
///   has; clients connected to another instance never see it;
/// - with a broker (useBroker()): published to the broker's channel "chat", and sent to the members
///   when the broker hands it back, so that every instance sends every message to its members.
///
/// Recorded with Origin::Server: the WebServer's events, and a Session Note when a member joins.
/// Lives on the session thread. Does not own the feed or the directory.
class ChatInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatInstance)

public:
    /// number: 1, 2, ... as the balancer counts them.
    ChatInstance(int number, PollingFeed* feed, WebServerConfig config, ConnectionDirectory* directory,
                 EventRecorder recorder, QObject* parent = nullptr);
    ~ChatInstance() override;

    /// Starts the instance's server. Returns false and sets *error if it cannot.
    bool listen(QString* error);
    /// The port clients reach it on (TLS or cleartext, as configured).
    quint16 port() const;
    int number() const { return m_number; }
    int memberCount() const { return int(m_members.size()); }

    /// Connects to the broker at 127.0.0.1:port (in the session, the link in front of it) and subscribes
    /// to the chat's channel; brokerJoined() follows when the broker confirmed.
    void useBroker(quint16 port);
    bool usesBroker() const { return m_broker != nullptr; }

    /// Closes the connection to the broker.
    void leaveBroker();

signals:
    /// A chat member's WebSocket was opened on this instance.
    void memberJoined(int instance, int members);
    /// The broker confirmed the subscription.
    void brokerJoined();
    /// The broker connection failed before leaveBroker().
    void brokerFailed(const QString& reason);

private:
    void join(QWebSocket* socket, quint32 connectionId);
    void onPosted(int from, const QString& text);
    void readBroker();
    void sendToMembers(const QByteArray& payload);

    const int m_number;
    PollingFeed* const m_feed;
    const EventRecorder m_recorder;
    WebServer* const m_server;
    const bool m_tls;
    QList<QWebSocket*> m_members;
    QTcpSocket* m_broker = nullptr;
    bool m_leaving = false;
};

} // namespace protoviz

#pragma once

#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace protoviz {

class ConnectionDirectory;

/// A TCP (layer 4) load balancer in front of several server instances, as a real relay on loopback: it
/// accepts each connection, picks an instance round robin (the first connection goes to instance 1, the
/// next to instance 2, ...), opens a connection to that instance and copies the bytes both ways unchanged.
/// A TLS connection stays encrypted end to end; the balancer never reads what it carries, so it cannot
/// route by content.
///
/// Connection ids: the balancer finds the id of each accepted connection in the directory (by its peer
/// port, as a server would) and registers its own socket towards the instance under the same id, so the
/// client, the link, the balancer and the instance all speak of one connection.
///
/// Recorded (Origin::Link, on the connection): a Session Note when a connection is routed (stream = the
/// instance's number, from 1), and one when it is over, with the bytes relayed each way (size = all of
/// them, value = the bytes towards the instance).
///
/// Lives on the session thread. Owns its sockets; does not own the directory.
class LoadBalancer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadBalancer)

public:
    /// instancePorts: the instances' ports on 127.0.0.1, instance 1 first. recorder: Origin::Link.
    LoadBalancer(QList<quint16> instancePorts, ConnectionDirectory* directory, EventRecorder recorder,
                 QObject* parent = nullptr);
    ~LoadBalancer() override;

    /// Listens on 127.0.0.1. Returns false and sets *error if it cannot.
    bool listen(QString* error);
    quint16 port() const;

    /// The instance (from 1) a connection was sent to, 0 if the balancer has not seen it.
    int instanceOf(quint32 connectionId) const { return m_instanceOf.value(connectionId); }

signals:
    /// A connection was sent to instance (from 1).
    void routed(quint32 connectionId, int instance);

private:
    struct Route;

    void accept();
    void relay(Route* route, QTcpSocket* from, QTcpSocket* to, qint64* counter);
    void closeSide(Route* route, QTcpSocket* socket);
    void finish(Route* route);

    const QList<quint16> m_instancePorts;
    ConnectionDirectory* const m_directory;
    const EventRecorder m_recorder;
    QTcpServer* m_listener = nullptr;
    QList<Route*> m_routes;
    QHash<quint32, int> m_instanceOf;
    int m_next = 0;
};

} // namespace protoviz

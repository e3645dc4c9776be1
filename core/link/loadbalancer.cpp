#include "core/link/loadbalancer.h"

#include "core/transport/connectiondirectory.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace protoviz {

namespace {

EventDetail describe(const QString& text)
{
    EventDetail detail;
    detail.text = text;
    return detail;
}

} // namespace

struct LoadBalancer::Route
{
    quint32 id = 0;
    int instance = 0; ///< from 1
    QTcpSocket* front = nullptr;
    QTcpSocket* back = nullptr;
    quint16 backPort = 0;
    QByteArray early; ///< read from the front before the instance accepted
    qint64 up = 0;    ///< bytes relayed towards the instance
    qint64 down = 0;  ///< bytes relayed back
    bool backConnected = false;
    bool frontClosed = false;
    bool backClosed = false;
    bool finished = false;
};

LoadBalancer::LoadBalancer(QList<quint16> instancePorts, ConnectionDirectory* directory,
                           EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_instancePorts(std::move(instancePorts))
    , m_directory(directory)
    , m_recorder(recorder)
{
}

LoadBalancer::~LoadBalancer()
{
    for (Route* route : std::as_const(m_routes)) {
        route->front->disconnect(this);
        route->back->disconnect(this);
    }
    qDeleteAll(m_routes);
}

bool LoadBalancer::listen(QString* error)
{
    if (m_instancePorts.isEmpty()) {
        *error = tr("The load balancer has no server instances to send connections to.");
        return false;
    }
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        *error = tr("The load balancer cannot listen on 127.0.0.1: %1").arg(m_listener->errorString());
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &LoadBalancer::accept);
    return true;
}

quint16 LoadBalancer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void LoadBalancer::accept()
{
    while (QTcpSocket* front = m_listener->nextPendingConnection()) {
        auto* route = new Route;
        m_routes.append(route);
        route->front = front;
        front->setParent(this);
        route->id = m_directory ? m_directory->idForServerPeerPort(front->peerPort()) : 0;
        if (route->id == 0 && m_directory)
            route->id = m_directory->allocate();
        // Round robin: each new connection goes to the next instance, whatever the client.
        route->instance = m_next % int(m_instancePorts.size()) + 1;
        ++m_next;
        m_instanceOf.insert(route->id, route->instance);

        route->back = new QTcpSocket(this);
        // Bound first, so that the instance finds the connection id as soon as it accepts.
        if (route->back->bind(QHostAddress::LocalHost, 0)) {
            route->backPort = route->back->localPort();
            if (m_directory)
                m_directory->registerUpstreamPort(route->backPort, route->id);
        }
        const EventRecorder recorder = m_recorder.forConnection(route->id);
        recorder.record(
            {.layer = Layer::Session, .kind = kindOf(SessionKind::Note), .stream = quint32(route->instance)},
            describe(tr("The load balancer sends connection %1 to instance %2 of %3 "
                        "(round robin: each new connection goes to the next "
                        "instance).")
                         .arg(route->id)
                         .arg(route->instance)
                         .arg(m_instancePorts.size())));
        recorder.explain(Layer::Session, kindOf(SessionKind::ConnectionRole),
                         tr("instance %1").arg(route->instance));
        emit routed(route->id, route->instance);

        connect(front, &QTcpSocket::readyRead, this, [this, route] {
            if (route->backConnected)
                relay(route, route->front, route->back, &route->up);
            else
                route->early += route->front->readAll();
        });
        connect(front, &QTcpSocket::disconnected, this, [this, route] { closeSide(route, route->front); });
        connect(route->back, &QTcpSocket::connected, this, [this, route] {
            route->backConnected = true;
            route->up += route->early.size();
            route->back->write(std::exchange(route->early, {}));
            relay(route, route->front, route->back, &route->up);
            if (route->frontClosed)
                route->back->disconnectFromHost();
        });
        connect(route->back, &QTcpSocket::readyRead, this,
                [this, route] { relay(route, route->back, route->front, &route->down); });
        connect(route->back, &QTcpSocket::disconnected, this,
                [this, route] { closeSide(route, route->back); });
        connect(route->back, &QTcpSocket::errorOccurred, this, [this, route](QAbstractSocket::SocketError) {
            // The instance refused or dropped the connection: the client's connection ends with it.
            if (!route->backConnected)
                closeSide(route, route->back);
        });
        connect(front, &QTcpSocket::errorOccurred, this, [this, route](QAbstractSocket::SocketError) {
            if (route->front->state() == QAbstractSocket::UnconnectedState)
                closeSide(route, route->front);
        });
        route->back->connectToHost(QHostAddress::LocalHost, m_instancePorts[route->instance - 1]);
    }
}

void LoadBalancer::relay(Route* route, QTcpSocket* from, QTcpSocket* to, qint64* counter)
{
    Q_UNUSED(route);
    const QByteArray bytes = from->readAll();
    if (bytes.isEmpty())
        return;
    *counter += bytes.size();
    to->write(bytes);
}

void LoadBalancer::closeSide(Route* route, QTcpSocket* socket)
{
    if (route->finished)
        return;
    if (socket == route->front) {
        if (route->frontClosed)
            return;
        route->frontClosed = true;
        // What the client sent last still goes on before its FIN.
        if (route->backConnected) {
            relay(route, route->front, route->back, &route->up);
            route->back->disconnectFromHost();
            // With nothing left to write, the close is reported at once, and closing that side may
            // have finished the route already.
            if (route->finished)
                return;
        } else if (route->back->state() == QAbstractSocket::UnconnectedState) {
            route->backClosed = true;
        }
    } else {
        if (route->backClosed)
            return;
        route->backClosed = true;
        if (route->backConnected)
            relay(route, route->back, route->front, &route->down);
        route->front->disconnectFromHost();
        if (route->finished)
            return;
        if (route->front->state() == QAbstractSocket::UnconnectedState)
            route->frontClosed = true;
    }
    if (route->frontClosed && route->backClosed)
        finish(route);
}

void LoadBalancer::finish(Route* route)
{
    route->finished = true;
    if (m_directory)
        m_directory->forget(0, route->backPort);
    m_recorder.forConnection(route->id).record(
        {.layer = Layer::Session,
         .kind = kindOf(SessionKind::Note),
         .stream = quint32(route->instance),
         .size = quint32(route->up + route->down),
         .value = route->up},
        describe(tr("The load balancer is done with connection %1: it relayed %2 bytes to "
                    "instance %3 and %4 bytes back.")
                     .arg(route->id)
                     .arg(route->up)
                     .arg(route->instance)
                     .arg(route->down)));
    // The sockets may still report their last state changes; nobody is listening any more.
    route->front->disconnect(this);
    route->back->disconnect(this);
    route->front->deleteLater();
    route->back->deleteLater();
    // A socket's close can finish the route from inside closeSide() of the other side, which still
    // reads the route when it returns: the route goes once nothing on the stack uses it.
    QMetaObject::invokeMethod(
        this,
        [this, route] {
            m_routes.removeOne(route);
            delete route;
        },
        Qt::QueuedConnection);
}

} // namespace protoviz

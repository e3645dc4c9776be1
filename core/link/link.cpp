#include "core/link/link.h"

#include "core/link/datagramrelay.h"
#include "core/link/relayedconnection.h"
#include "core/server/backoffacceptor.h"
#include "core/timeline/timeline.h"
#include "core/transport/connectiondirectory.h"

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace protoviz {

struct Link::Private
{
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(quint32)> ready;
    };

    Private(ConnectionDirectory* sharedDirectory, EventRecorder eventRecorder)
        : directory(sharedDirectory ? sharedDirectory : &ownDirectory)
        , recorder(eventRecorder)
        , clock(eventRecorder.isActive() ? eventRecorder.timeline()->clock() : SessionClock::startingNow())
    {
    }

    void pruneWaiters();

    ConnectionDirectory ownDirectory; ///< used when the link was given none
    ConnectionDirectory* const directory;
    const EventRecorder recorder;
    const SessionClock clock;
    QTcpServer* server = nullptr;
    BackoffAcceptor* acceptor = nullptr; ///< the server's child, replaced at every listen()
    QHostAddress upstreamHost = QHostAddress(QHostAddress::LocalHost);
    quint16 upstreamPort = 0;
    UpstreamConnector upstreamConnector;
    QHash<quint32, RelayedConnection*> connections;
    QList<DatagramRelay*> datagramRelays; ///< children of the link
    std::shared_ptr<Eavesdropper> eavesdropper;
    std::shared_ptr<Tamperer> tamperer;
    // Clients whose connected() ran before the link accepted their socket, by client port.
    QHash<quint16, QList<Waiter>> waiting;
    int accepted = 0;
};

void Link::Private::pruneWaiters()
{
    for (auto it = waiting.begin(); it != waiting.end();) {
        it->removeIf([](const Waiter& waiter) { return waiter.context.isNull(); });
        it = it->isEmpty() ? waiting.erase(it) : std::next(it);
    }
}

Link::Link(const LinkConditions& conditions, ConnectionDirectory* directory, EventRecorder recorder,
           QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(directory, recorder))
    , m_conditions(conditions)
{
}

Link::~Link()
{
    // Connections are children too, but they must go while the private data they were set up with exists.
    const QList<RelayedConnection*> connections = d->connections.values();
    d->connections.clear();
    qDeleteAll(connections);
    qDeleteAll(std::exchange(d->datagramRelays, {}));
}

void Link::setUpstream(const QHostAddress& host, quint16 port)
{
    d->upstreamHost = host;
    d->upstreamPort = port;
}

void Link::setUpstreamConnector(UpstreamConnector connector)
{
    d->upstreamConnector = std::move(connector);
}

bool Link::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (const QString problem = m_conditions.validationError(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!d->server)
        d->server = new QTcpServer(this);
    delete std::exchange(d->acceptor, nullptr);
    d->server->close();
    if (!d->server->listen(address, port)) {
        if (error) {
            *error = tr("The link could not listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(d->server->errorString());
        }
        return false;
    }
    // Out of file descriptors, QTcpServer would retry accept() at every turn of the event loop and starve
    // the connections the link relays; the acceptor backs off and says so, as the server's own do.
    d->acceptor = new BackoffAcceptor(
        d->server, RelayedConnection::descriptorsPerConnection(bool(d->upstreamConnector)));
    connect(d->acceptor, &BackoffAcceptor::accepted, this, &Link::acceptConnection);
    connect(d->acceptor, &BackoffAcceptor::backingOff, this,
            [this](bool outOfDescriptors, const QString& reason, int delayMs) {
                d->recorder.explain(Layer::Session, kindOf(SessionKind::Error),
                                    BackoffAcceptor::explanation(outOfDescriptors, reason, delayMs,
                                                                 int(d->connections.size())));
            });
    return true;
}

QHostAddress Link::address() const
{
    return d->server ? d->server->serverAddress() : QHostAddress();
}

quint16 Link::port() const
{
    return d->server ? d->server->serverPort() : 0;
}

void Link::setEavesdropper(std::shared_ptr<Eavesdropper> eavesdropper)
{
    d->eavesdropper = std::move(eavesdropper);
}

void Link::setTamperer(std::shared_ptr<Tamperer> tamperer)
{
    d->tamperer = std::move(tamperer);
}

int Link::connectionCount() const
{
    return d->accepted;
}

DatagramRelay* Link::relayDatagrams(const QHostAddress& address, quint16 port, quint16 serverPort,
                                    QString* error)
{
    if (const QString problem = m_conditions.validationError(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    auto* relay = new DatagramRelay({.conditions = m_conditions,
                                     .upstreamHost = d->upstreamHost,
                                     .upstreamPort = serverPort,
                                     .recorder = d->recorder,
                                     .directory = d->directory},
                                    d->clock, this);
    if (!relay->listen(address, port, error)) {
        delete relay;
        return nullptr;
    }
    d->datagramRelays.append(relay);
    return relay;
}

void Link::acceptConnection(QTcpSocket* client)
{
    const quint32 id = d->directory->allocate();
    const quint16 clientPort = client->peerPort();
    d->directory->registerClientPort(clientPort, id);
    ++d->accepted;

    const RelayedConnection::Setup setup{.conditions = m_conditions,
                                         .id = id,
                                         .upstreamHost = d->upstreamHost,
                                         .upstreamPort = d->upstreamPort,
                                         .upstreamConnector = d->upstreamConnector,
                                         .recorder = d->recorder.forConnection(id),
                                         .directory = d->directory,
                                         .eavesdropper = d->eavesdropper,
                                         .tamperer = d->tamperer};
    auto* connection = new RelayedConnection(setup, d->clock, client, this);
    d->connections.insert(id, connection);
    connect(connection, &RelayedConnection::finished, this, [this, connection](quint32 finishedId) {
        d->connections.remove(finishedId);
        connection->deleteLater();
        emit connectionFinished(finishedId);
    });
    for (Private::Waiter& waiter : d->waiting.take(clientPort)) {
        if (waiter.context)
            connection->whenEstablished(waiter.context.data(), std::move(waiter.ready));
    }
    connection->start();
}

void Link::shutdown()
{
    if (d->acceptor)
        d->acceptor->stop();
    if (d->server)
        d->server->close();
    d->waiting.clear();
    for (DatagramRelay* relay : std::as_const(d->datagramRelays))
        relay->close();
    const QList<RelayedConnection*> connections = d->connections.values();
    for (RelayedConnection* connection : connections)
        connection->abort();
}

void Link::whenEstablished(quint16 clientLocalPort, QObject* context,
                           std::function<void(quint32 connectionId)> ready)
{
    // Without a context the call is tied to the link's own life.
    QObject* owner = context ? context : this;
    if (const quint32 id = d->directory->idForClientPort(clientLocalPort)) {
        if (RelayedConnection* connection = d->connections.value(id)) {
            connection->whenEstablished(owner, std::move(ready));
            return;
        }
    }
    // The client's connected() and the link's newConnection() are queued in the same event loop, in
    // either order; keep the request until the link accepts that socket.
    d->pruneWaiters();
    d->waiting[clientLocalPort].append({owner, std::move(ready)});
}

} // namespace protoviz

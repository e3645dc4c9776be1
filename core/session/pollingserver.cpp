#include "core/session/pollingserver.h"

#include "core/session/pollingroutes.h"
#include "core/session/pollingserverconnection.h"
#include "core/tls/tlsstream.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace protoviz {

PollingServer::PollingServer(PollingFeed* feed, std::shared_ptr<TlsServerContext> tls,
                             ConnectionDirectory* directory, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_routes(new PollingRoutes(feed, this))
    , m_tls(std::move(tls))
    , m_directory(directory)
    , m_recorder(recorder)
    , m_connections(new QObject(this))
{
    connect(m_routes, &PollingRoutes::subscribed, this, &PollingServer::subscribed);
}

PollingServer::~PollingServer() = default;

void PollingServer::setFallback(RequestHandler handler)
{
    m_routes->setFallback(std::move(handler));
}

int PollingServer::subscriberCount() const
{
    return m_routes->subscriberCount();
}

bool PollingServer::listen(QString* error)
{
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        *error = tr("The polling server cannot listen on 127.0.0.1: %1").arg(m_listener->errorString());
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &PollingServer::accept);
    return true;
}

quint16 PollingServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void PollingServer::shutdown()
{
    if (m_listener)
        m_listener->close();
    m_routes->dropHeld();
    delete m_connections;
    m_connections = new QObject(this);
}

void PollingServer::accept()
{
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        quint32 id = m_directory ? m_directory->idForServerPeerPort(socket->peerPort()) : 0;
        if (id == 0)
            id = m_directory ? m_directory->allocate() : ++m_ownIds;
        auto* tcp = new TcpStream(socket, id, m_connections);
        if (!m_tls) {
            serve(tcp);
            continue;
        }
        TlsStream* tls = TlsStream::server(tcp, m_tls, m_recorder.forConnection(id), m_connections);
        connect(tls, &ByteStream::opened, this, [this, tls] { serve(tls); });
        connect(tls, &ByteStream::closed, this, [this, tls] {
            // Still ours after closing: the handshake failed and no connection took the stream over.
            if (tls->parent() == m_connections)
                tls->deleteLater();
        });
    }
}

void PollingServer::serve(ByteStream* stream)
{
    auto* connection =
        new PollingServerConnection(stream, m_recorder.forConnection(stream->connectionId()), m_connections);
    connect(connection, &PollingServerConnection::requestReceived, this,
            [this, connection](quint32 message, const HttpRequest& request) {
                m_routes->route(request,
                                [connection = QPointer(connection), message](const HttpResponse& response) {
                                    if (connection && connection->isWaiting(message))
                                        connection->respond(message, response);
                                });
            });
    connect(connection, &PollingServerConnection::finished, connection, &QObject::deleteLater);
}

} // namespace protoviz

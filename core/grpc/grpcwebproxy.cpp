#include "core/grpc/grpcwebproxy.h"

#include "core/grpc/grpcwebproxyconnection.h"
#include "core/grpc/grpcwebupstream.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace protoviz {

GrpcWebProxy::GrpcWebProxy(StreamOpener upstreamOpener, const QByteArray& upstreamAuthority,
                           ConnectionDirectory* directory, EventRecorder browserSide,
                           EventRecorder serverSide, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_browserSide(browserSide)
    , m_listener(new QTcpServer(this))
    , m_upstream(new GrpcWebUpstream(std::move(upstreamOpener), upstreamAuthority, serverSide, this))
    , m_connections(new QObject(this))
{
    connect(m_listener, &QTcpServer::newConnection, this, &GrpcWebProxy::accept);
}

GrpcWebProxy::~GrpcWebProxy()
{
    // The browser connections go first: they cancel their calls on the upstream.
    delete m_connections;
}

bool GrpcWebProxy::listen(QString* error)
{
    if (m_listener->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = tr("The gRPC-Web proxy cannot listen on 127.0.0.1: %1").arg(m_listener->errorString());
    return false;
}

quint16 GrpcWebProxy::port() const
{
    return m_listener->serverPort();
}

void GrpcWebProxy::accept()
{
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        quint32 id = m_directory ? m_directory->idForServerPeerPort(socket->peerPort()) : 0;
        if (id == 0)
            id = m_directory ? m_directory->allocate() : ++m_ownIds;
        auto* tcp = new TcpStream(socket, id, nullptr);
        m_browserSide.forConnection(id).explain(
            Layer::Session, kindOf(SessionKind::Note),
            tr("A browser's HTTP/1.1 connection to the gRPC-Web proxy, which answers it as the server."));
        m_browserSide.forConnection(id).explain(Layer::Session, kindOf(SessionKind::ConnectionRole),
                                                tr("browser → proxy"));
        auto* connection =
            new GrpcWebProxyConnection(tcp, m_upstream, m_browserSide.forConnection(id), m_connections);
        connect(connection, &GrpcWebProxyConnection::finished, connection, &QObject::deleteLater);
    }
}

void GrpcWebProxy::finish()
{
    m_listener->close();
    const QList<GrpcWebProxyConnection*> connections =
        m_connections->findChildren<GrpcWebProxyConnection*>(Qt::FindDirectChildrenOnly);
    for (GrpcWebProxyConnection* connection : connections)
        connection->close();
    m_upstream->finish();
}

} // namespace protoviz

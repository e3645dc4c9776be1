#include "core/quic/quicclient.h"

#include "core/quic/quicconnection.h"
#include "core/quic/quicstreamapplication.h"
#include "core/quic/quictlscontext.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QPointer>
#include <QUdpSocket>

namespace protoviz {

QuicClient::QuicClient(std::shared_ptr<QuicTlsContext> tls, QObject* parent)
    : QObject(parent)
    , m_tls(std::move(tls))
{
}

QuicClient::~QuicClient()
{
    // The connection must not call into the application while both go away.
    if (m_connection)
        m_connection->setApplication(nullptr);
    m_application.reset();
}

void QuicClient::setApplicationFactory(ApplicationFactory factory)
{
    m_factory = std::move(factory);
}

void QuicClient::setObserver(QuicObserver* observer)
{
    m_observer = observer;
}

bool QuicClient::connectToServer(const QHostAddress& address, quint16 port, const QuicResumption& resumption,
                                 QString* error)
{
    if (m_connection) {
        if (error)
            *error = QCoreApplication::translate("QuicClient", "This client is already connected");
        return false;
    }
    m_socket = new QUdpSocket(this);
    const QHostAddress local = address.protocol() == QAbstractSocket::IPv6Protocol
                                   ? (address.isLoopback() ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                           : QHostAddress(QHostAddress::AnyIPv6))
                                   : (address.isLoopback() ? QHostAddress(QHostAddress::LocalHost)
                                                           : QHostAddress(QHostAddress::AnyIPv4));
    if (!m_socket->bind(local, 0)) {
        if (error)
            *error = QCoreApplication::translate("QuicClient", "Cannot bind a UDP socket: %1")
                         .arg(m_socket->errorString());
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &QuicClient::readDatagrams);
    QPointer<QUdpSocket> socket = m_socket;
    auto send = [socket, address, port](QByteArrayView bytes) {
        if (socket)
            socket->writeDatagram(bytes.data(), bytes.size(), address, port);
    };
    const QuicPath path{m_socket->localAddress(), m_socket->localPort(), address, port};
    m_connection = QuicConnection::connectTo(m_tls, path, resumption, send, error);
    if (!m_connection)
        return false;
    m_connection->setObserver(m_observer);
    if (m_factory)
        m_application = m_factory(*m_connection);
    m_connection->setApplication(m_application.get());
    connect(m_connection.get(), &QuicConnection::handshakeCompleted, this, &QuicClient::handshakeCompleted);
    connect(m_connection.get(), &QuicConnection::resumptionAvailable, this, &QuicClient::resumptionAvailable);
    connect(m_connection.get(), &QuicConnection::closed, this, &QuicClient::closed);
    m_connection->flush();
    return true;
}

void QuicClient::close()
{
    if (m_connection)
        m_connection->close();
}

void QuicClient::readDatagrams()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (datagram.isValid() && m_connection)
            m_connection->receiveDatagram(datagram.data());
    }
}

} // namespace protoviz

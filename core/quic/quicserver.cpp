#include "core/quic/quicserver.h"

#include "core/quic/quicconnection.h"
#include "core/quic/quicstreamapplication.h"
#include "core/quic/quictlscontext.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QPointer>
#include <QUdpSocket>

#include <algorithm>
#include <ngtcp2/ngtcp2.h>

namespace protoviz {

namespace {

// The length of the connection ids QuicConnection picks, which short headers do not state.
constexpr size_t ServerConnectionIdLength = 17;

} // namespace

/// One connection, its peer and its protocol. The application goes before the connection that calls it.
struct QuicServer::Entry
{
    QHostAddress peer;
    quint16 peerPort = 0;
    std::unique_ptr<QuicConnection> connection;
    std::unique_ptr<QuicStreamApplication> application;

    ~Entry()
    {
        if (connection)
            connection->setApplication(nullptr);
        application.reset();
    }
};

QuicServer::QuicServer(std::shared_ptr<QuicTlsContext> tls, ApplicationFactory factory, QObject* parent)
    : QObject(parent)
    , m_tls(std::move(tls))
    , m_factory(std::move(factory))
{
}

QuicServer::~QuicServer()
{
    m_entries.clear();
}

bool QuicServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    delete m_socket;
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(address, port)) {
        if (error)
            *error = QCoreApplication::translate("QuicServer", "Cannot listen for QUIC on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_socket->errorString());
        delete m_socket;
        m_socket = nullptr;
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &QuicServer::readDatagrams);
    return true;
}

QHostAddress QuicServer::address() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 QuicServer::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void QuicServer::setObserver(QuicObserver* observer)
{
    m_observer = observer;
}

int QuicServer::connectionCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const std::unique_ptr<Entry>& entry) {
        return !entry->connection->isClosed();
    }));
}

void QuicServer::shutDown()
{
    m_shuttingDown = true;
    // A close emits closed(), whose handler schedules the removal: iterate over a copy of the pointers.
    std::vector<Entry*> open;
    for (const std::unique_ptr<Entry>& entry : m_entries)
        open.push_back(entry.get());
    for (Entry* entry : open) {
        if (!entry->connection->isClosed() && (!entry->application || !entry->application->shutDown()))
            entry->connection->close();
    }
}

void QuicServer::close()
{
    // Closing emits closed(), whose handler schedules the removal: iterate over a copy of the pointers.
    std::vector<QuicConnection*> open;
    for (const std::unique_ptr<Entry>& entry : m_entries)
        open.push_back(entry->connection.get());
    for (QuicConnection* connection : open)
        connection->close();
    delete m_socket;
    m_socket = nullptr;
}

void QuicServer::readDatagrams()
{
    // The socket may go away while a datagram is handled (close() from a signal): check each turn.
    QPointer<QUdpSocket> socket = m_socket;
    while (socket && socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram();
        if (datagram.isValid())
            deliver(datagram.data(), datagram.senderAddress(), quint16(datagram.senderPort()));
    }
}

void QuicServer::deliver(const QByteArray& datagram, const QHostAddress& sender, quint16 senderPort)
{
    ngtcp2_version_cid ids{};
    if (ngtcp2_pkt_decode_version_cid(&ids, reinterpret_cast<const uint8_t*>(datagram.constData()),
                                      size_t(datagram.size()), ServerConnectionIdLength) != 0)
        return; // not QUIC version 1 (no version negotiation here) or not QUIC at all
    const QByteArrayView destination(ids.dcid, qsizetype(ids.dcidlen));
    for (const std::unique_ptr<Entry>& entry : m_entries) {
        if (entry->peerPort == senderPort && entry->peer.isEqual(sender) &&
            entry->connection->ownsConnectionId(destination)) {
            entry->connection->receiveDatagram(datagram);
            return;
        }
    }
    if (m_shuttingDown)
        return; // going away: a new client's Initial goes unanswered, as if nobody listened
    const QuicPath path{m_socket->localAddress(), m_socket->localPort(), sender, senderPort};
    QPointer<QUdpSocket> socket = m_socket;
    auto send = [socket, sender, senderPort](QByteArrayView bytes) {
        if (socket)
            socket->writeDatagram(bytes.data(), bytes.size(), sender, senderPort);
    };
    std::unique_ptr<QuicConnection> connection =
        QuicConnection::accept(m_tls, path, datagram, send, m_timeouts, nullptr);
    if (!connection)
        return; // a stray packet for a connection that is gone, or no Initial: dropped as RFC 9000 says
    auto entry = std::make_unique<Entry>();
    entry->peer = sender;
    entry->peerPort = senderPort;
    entry->application = m_factory ? m_factory(*connection) : nullptr;
    connection->setApplication(entry->application.get());
    connection->setObserver(m_observer);
    QuicConnection* raw = connection.get();
    entry->connection = std::move(connection);
    m_entries.push_back(std::move(entry));
    connect(raw, &QuicConnection::closed, this, [this, raw](const QString& error) {
        emit connectionClosed(error);
        QMetaObject::invokeMethod(
            this, [this, raw] { remove(raw); }, Qt::QueuedConnection);
    });
    emit connectionAccepted(raw);
    raw->receiveDatagram(datagram);
}

void QuicServer::remove(QuicConnection* connection)
{
    std::erase_if(m_entries, [connection](const std::unique_ptr<Entry>& entry) {
        return entry->connection.get() == connection;
    });
}

} // namespace protoviz

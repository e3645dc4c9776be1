#pragma once

#include "core/quic/quicconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QUdpSocket;

namespace protoviz {

class QuicConnection;
class QuicObserver;
class QuicStreamApplication;
class QuicTlsContext;

/// A QUIC server on one UDP socket: accepts every client's Initial packet as a new QuicConnection,
/// routes later datagrams by their destination connection id, and gives each connection the stream
/// protocol its factory makes (HTTP/3 for Http3Server). Lives on the thread it was made on; owns its
/// socket, its connections and their applications; a closed connection is deleted on the next turn of
/// the event loop.
class QuicServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuicServer)

public:
    /// Makes the protocol for a connection just accepted (called before its first datagram).
    using ApplicationFactory =
        std::function<std::unique_ptr<QuicStreamApplication>(QuicConnection& connection)>;

    /// tls must be a server context (QuicTlsContext::forServer()).
    QuicServer(std::shared_ptr<QuicTlsContext> tls, ApplicationFactory factory, QObject* parent = nullptr);
    ~QuicServer() override;

    /// Binds the UDP socket (port 0 picks a free one). Returns false and sets error (if given) when
    /// the address cannot be bound.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0,
                QString* error = nullptr);
    QHostAddress address() const;
    quint16 port() const;

    /// Watches every connection accepted from now on (not owned; nullptr: nobody).
    void setObserver(QuicObserver* observer);
    /// How long connections accepted from now on wait for their clients (QuicTimeouts' defaults before).
    void setTimeouts(const QuicTimeouts& timeouts) { m_timeouts = timeouts; }
    /// Connections open now.
    int connectionCount() const;
    /// Ends every connection gracefully and takes no new ones: each application's shutDown() (HTTP/3
    /// sends GOAWAY and answers the requests in flight first), a connection whose application cannot is
    /// closed at once. connectionCount() falls to 0 as they end; close() still ends them at once.
    void shutDown();
    /// Closes every connection (CONNECTION_CLOSE with H3_NO_ERROR) and stops listening.
    void close();

signals:
    /// A client's Initial packet opened connection (owned by the server).
    void connectionAccepted(QuicConnection* connection);
    /// A connection ended; error is empty for a clean close.
    void connectionClosed(const QString& error);

private:
    struct Entry;

    void readDatagrams();
    void deliver(const QByteArray& datagram, const QHostAddress& sender, quint16 senderPort);
    void remove(QuicConnection* connection);

    std::shared_ptr<QuicTlsContext> m_tls;
    ApplicationFactory m_factory;
    QUdpSocket* m_socket = nullptr;
    QuicObserver* m_observer = nullptr;
    bool m_shuttingDown = false; ///< new connections are refused (their Initial packets dropped)
    QuicTimeouts m_timeouts;
    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace protoviz

#pragma once

#include "core/quic/quicresumption.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QUdpSocket;

namespace protoviz {

class QuicConnection;
class QuicObserver;
class QuicStreamApplication;
class QuicTlsContext;

/// A QUIC client: one UDP socket and one QuicConnection to a server, on Qt's event loop. Give it the
/// protocol for its streams (setApplicationFactory()) and, to resume with 0-RTT, the QuicResumption of
/// an earlier connection. Lives on the thread it was made on; owns its socket, its connection and the
/// connection's application, not its observer.
class QuicClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuicClient)

public:
    /// Makes the protocol for the connection, before its first packet: a resuming client's first
    /// datagram then carries the application's 0-RTT data beside the Initial packet.
    using ApplicationFactory =
        std::function<std::unique_ptr<QuicStreamApplication>(QuicConnection& connection)>;

    /// tls must be a client context (QuicTlsContext::forClient()).
    explicit QuicClient(std::shared_ptr<QuicTlsContext> tls, QObject* parent = nullptr);
    ~QuicClient() override;

    /// Sets how the protocol on the streams is made (before connectToServer()).
    void setApplicationFactory(ApplicationFactory factory);
    /// Who watches packets and milestones (not owned; set before connectToServer()).
    void setObserver(QuicObserver* observer);

    /// Binds a socket and sends the first Initial packet (with 0-RTT data when resumption is not null
    /// and the application has data at once). Returns false and sets error (if given) when the socket
    /// or the connection cannot be made. One connection per client.
    bool connectToServer(const QHostAddress& address, quint16 port, const QuicResumption& resumption = {},
                         QString* error = nullptr);
    /// The connection (nullptr before connectToServer()).
    QuicConnection* connection() const { return m_connection.get(); }
    /// The protocol on the connection's streams (nullptr before connectToServer()).
    QuicStreamApplication* application() const { return m_application.get(); }
    /// Closes the connection with H3_NO_ERROR.
    void close();

signals:
    /// The handshake completed.
    void handshakeCompleted();
    /// A session ticket arrived: connection()->resumption() can resume a later connection.
    void resumptionAvailable();
    /// The connection ended; error is empty for a clean close.
    void closed(const QString& error);

private:
    void readDatagrams();

    std::shared_ptr<QuicTlsContext> m_tls;
    ApplicationFactory m_factory;
    QuicObserver* m_observer = nullptr;
    QUdpSocket* m_socket = nullptr;
    std::unique_ptr<QuicConnection> m_connection;
    std::unique_ptr<QuicStreamApplication> m_application; ///< destroyed before the connection
};

} // namespace protoviz

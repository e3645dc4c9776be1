#pragma once

#include "core/http3/http3response.h"
#include "core/quic/quicresumption.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace protoviz {

class Http3Session;
class QuicClient;
class QuicConnection;
class QuicObserver;
class QuicTlsContext;

/// An HTTP/3 client on one QUIC connection: queue GETs, connect, and receive each response whole.
/// Requests made before or right after connectToServer() with a QuicResumption travel as 0-RTT early
/// data. Lives on the thread it was made on; owns its QUIC client and HTTP/3 session.
class Http3Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http3Client)

public:
    /// tls must be a client context (QuicTlsContext::forClient()); authority is sent as :authority.
    Http3Client(std::shared_ptr<QuicTlsContext> tls, const QByteArray& authority, QObject* parent = nullptr);
    ~Http3Client() override;

    /// Who watches the connection (not owned; set before connectToServer()).
    void setObserver(QuicObserver* observer);
    /// Connects; with a non-null resumption the session resumes and queued requests go out in 0-RTT.
    /// Returns false and sets error (if given) when the connection cannot be made.
    bool connectToServer(const QHostAddress& address, quint16 port, const QuicResumption& resumption = {},
                         QString* error = nullptr);
    /// Queues a GET for path; sent as soon as a stream can open.
    void get(const QByteArray& path);
    /// Requests without a whole response yet.
    int outstandingRequests() const;
    /// Closes the connection (H3_NO_ERROR).
    void close();

    /// The QUIC connection (nullptr before connectToServer()).
    QuicConnection* connection() const;

signals:
    /// A whole response arrived (queued: receivers may call back into the client).
    void responseReceived(const protoviz::Http3Response& response);
    /// The handshake completed.
    void handshakeCompleted();
    /// The server sent a session ticket: connection()->resumption() can resume a later connection.
    void resumptionAvailable();
    /// The connection ended; error is empty for a clean close.
    void closed(const QString& error);

private:
    std::unique_ptr<QuicClient> m_quic;
    QByteArray m_authority;
    QList<QByteArray> m_queue;         ///< requests made before the connection exists
    Http3Session* m_session = nullptr; ///< owned by m_quic
};

} // namespace protoviz

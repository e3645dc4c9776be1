#pragma once

#include "core/http/workload.h"
#include "core/http3/http3session.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace protoviz {

class QuicConnection;
class QuicObserver;
class QuicServer;
class QuicTlsContext;
struct QuicTimeouts;

/// An HTTP/3 server: a QuicServer whose connections speak HTTP/3, answering every request with a workload
/// (the page at "/" and its objects at /tiles/N, as the built-in web server serves them over HTTP/1.1 and
/// HTTP/2) or with an Http3RequestHandler, which may hold a request and answer it later (a long poll).
/// Lives on the thread it was made on.
class Http3Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http3Server)

public:
    /// tls must be a server context (QuicTlsContext::forServer()).
    Http3Server(std::shared_ptr<QuicTlsContext> tls, const Workload& workload, QObject* parent = nullptr);
    /// A server answering with handler (tls as above).
    Http3Server(std::shared_ptr<QuicTlsContext> tls, Http3RequestHandler handler, QObject* parent = nullptr);
    ~Http3Server() override;

    /// Watches every connection accepted from now on (not owned).
    void setObserver(QuicObserver* observer);
    /// How long connections accepted from now on wait for their clients (see QuicServer::setTimeouts()).
    void setTimeouts(const QuicTimeouts& timeouts);
    /// Binds the UDP socket (port 0 picks a free one); false and error (if given) on failure.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0,
                QString* error = nullptr);
    quint16 port() const;
    /// Connections open now.
    int connectionCount() const;
    /// Ends every connection gracefully and takes no new ones: GOAWAY names the first request a
    /// connection will not process, the requests before it are answered, then it closes (H3_NO_ERROR).
    /// connectionCount() falls to 0 as they end.
    void shutDown();
    /// Closes every connection and stops listening.
    void close();

signals:
    /// A client's Initial packet opened connection (owned by the server), before that packet is
    /// processed: a receiver may give it an observer of its own (a QuicEventLog for its events).
    void connectionAccepted(QuicConnection* connection);
    /// A connection ended; error is empty for a clean close.
    void connectionClosed(const QString& error);

private:
    std::unique_ptr<QuicServer> m_quic;
    Http3RequestHandler m_handler;
};

} // namespace protoviz

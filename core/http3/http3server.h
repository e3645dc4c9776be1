#pragma once

#include "core/http/httpmessage.h"
#include "core/http/workload.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace protoviz {

class QuicConnection;
class QuicObserver;
class QuicServer;
class QuicTlsContext;

/// An HTTP/3 server: a QuicServer whose connections speak HTTP/3, answering every request with a
/// RequestHandler (by default the workload: the page at "/" and its objects at /tiles/N, as the
/// built-in web server serves them over HTTP/1.1 and HTTP/2). Lives on the thread it was made on.
class Http3Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http3Server)

public:
    /// tls must be a server context (QuicTlsContext::forServer()).
    Http3Server(std::shared_ptr<QuicTlsContext> tls, const Workload& workload, QObject* parent = nullptr);
    ~Http3Server() override;

    /// Answers with handler instead of the workload (set before listen()).
    void setHandler(RequestHandler handler);
    /// Watches every connection accepted from now on (not owned).
    void setObserver(QuicObserver* observer);
    /// Binds the UDP socket (port 0 picks a free one); false and error (if given) on failure.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0,
                QString* error = nullptr);
    quint16 port() const;
    /// Connections open now.
    int connectionCount() const;
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
    RequestHandler m_handler;
};

} // namespace protoviz

#include "core/http3/http3server.h"

#include "core/quic/quicconnection.h"
#include "core/quic/quicserver.h"

namespace protoviz {

Http3Server::Http3Server(std::shared_ptr<QuicTlsContext> tls, const Workload& workload, QObject* parent)
    : Http3Server(
          std::move(tls),
          [workload](const HttpRequest& request, const Http3Responder& responder) {
              responder(workload.respond(request));
          },
          parent)
{
}

Http3Server::Http3Server(std::shared_ptr<QuicTlsContext> tls, Http3RequestHandler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_quic = std::make_unique<QuicServer>(std::move(tls), [this](QuicConnection& connection) {
        return std::unique_ptr<QuicStreamApplication>(Http3Session::server(connection, m_handler));
    });
    connect(m_quic.get(), &QuicServer::connectionAccepted, this, &Http3Server::connectionAccepted);
    connect(m_quic.get(), &QuicServer::connectionClosed, this, &Http3Server::connectionClosed);
}

Http3Server::~Http3Server() = default;

void Http3Server::setObserver(QuicObserver* observer)
{
    m_quic->setObserver(observer);
}

void Http3Server::setTimeouts(const QuicTimeouts& timeouts)
{
    m_quic->setTimeouts(timeouts);
}

bool Http3Server::listen(const QHostAddress& address, quint16 port, QString* error)
{
    return m_quic->listen(address, port, error);
}

quint16 Http3Server::port() const
{
    return m_quic->port();
}

int Http3Server::connectionCount() const
{
    return m_quic->connectionCount();
}

void Http3Server::shutDown()
{
    m_quic->shutDown();
}

void Http3Server::close()
{
    m_quic->close();
}

} // namespace protoviz

#include "core/http3/http3client.h"

#include "core/http3/http3session.h"
#include "core/quic/quicclient.h"
#include "core/quic/quicconnection.h"

#include <QPointer>

namespace protoviz {

Http3Client::Http3Client(std::shared_ptr<QuicTlsContext> tls, const QByteArray& authority, QObject* parent)
    : QObject(parent)
    , m_quic(std::make_unique<QuicClient>(std::move(tls)))
    , m_authority(authority)
{
    connect(m_quic.get(), &QuicClient::handshakeCompleted, this, &Http3Client::handshakeCompleted);
    connect(m_quic.get(), &QuicClient::resumptionAvailable, this, &Http3Client::resumptionAvailable);
    connect(m_quic.get(), &QuicClient::closed, this, &Http3Client::closed);
}

Http3Client::~Http3Client() = default;

void Http3Client::setObserver(QuicObserver* observer)
{
    m_quic->setObserver(observer);
}

bool Http3Client::connectToServer(const QHostAddress& address, quint16 port, const QuicResumption& resumption,
                                  QString* error)
{
    QPointer<Http3Client> guard(this);
    auto onResponse = [guard](const Http3Response& response) {
        // Delivered after the packet that completed it is processed, so that receivers may call back.
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, response] {
                if (guard)
                    emit guard->responseReceived(response);
            },
            Qt::QueuedConnection);
    };
    // The session exists (with the queued requests) before the first packet, so that a resumed
    // connection's first datagram carries them in 0-RTT.
    m_quic->setApplicationFactory([this, onResponse](QuicConnection& connection) {
        std::unique_ptr<Http3Session> session = Http3Session::client(connection, m_authority, onResponse);
        for (const QByteArray& path : std::as_const(m_queue))
            session->get(path);
        m_queue.clear();
        m_session = session.get();
        return std::unique_ptr<QuicStreamApplication>(std::move(session));
    });
    return m_quic->connectToServer(address, port, resumption, error);
}

void Http3Client::get(const QByteArray& path)
{
    if (!m_session) {
        m_queue.append(path);
        return;
    }
    m_session->get(path);
    m_quic->connection()->flush();
}

int Http3Client::outstandingRequests() const
{
    return int(m_queue.size()) + (m_session ? m_session->outstandingRequests() : 0);
}

void Http3Client::close()
{
    m_quic->close();
}

QuicConnection* Http3Client::connection() const
{
    return m_quic->connection();
}

} // namespace protoviz

#include "app/cli/servehttp3.h"

#include "core/http3/http3server.h"
#include "core/link/datagramrelay.h"
#include "core/link/link.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quiceventlog.h"
#include "core/quic/quickeylogger.h"
#include "core/transport/connectiondirectory.h"

namespace protoviz::cli {

/// What serve watches on one connection: its events on the timeline and its secrets in the key log file.
struct ServeHttp3::Watch
{
    Q_DISABLE_COPY_MOVE(Watch) // keys points at log

    Watch(EventRecorder recorder, TlsKeyLogSink keyLog)
        : log(recorder)
        , keys(&log, std::move(keyLog))
    {
    }

    QuicEventLog log;
    QuicKeyLogger keys; ///< the connection's observer: passes all but the secrets on to log
};

ServeHttp3::ServeHttp3(Setup setup, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_server(std::make_unique<Http3Server>(m_setup.tls, m_setup.workload))
{
    connect(m_server.get(), &Http3Server::connectionAccepted, this, &ServeHttp3::watch);
}

ServeHttp3::~ServeHttp3()
{
    // The connections call their watches until they are gone.
    m_server.reset();
}

bool ServeHttp3::listen(const QHostAddress& address, quint16 port, Link* link, QString* error)
{
    if (!link)
        return m_server->listen(address, port, error);
    if (!m_server->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_relay = link->relayDatagrams(address, port, m_server->port(), error);
    return m_relay != nullptr;
}

quint16 ServeHttp3::publicPort() const
{
    return m_relay ? m_relay->port() : m_server->port();
}

void ServeHttp3::close()
{
    m_server->close();
}

void ServeHttp3::watch(QuicConnection* connection)
{
    ++m_accepted;
    // Behind the link the server sees the relay flow's own socket as the client.
    quint32 id = m_relay ? m_relay->flowIdForUpstreamPort(connection->path().remotePort) : 0;
    if (id == 0 && m_setup.directory)
        id = m_setup.directory->allocate();
    auto watch = std::make_unique<Watch>(m_setup.recorder.forConnection(id), m_setup.keyLog);
    connection->setObserver(&watch->keys);
    m_watches.emplace(connection, std::move(watch));
    connect(connection, &QObject::destroyed, this, [this](QObject* gone) { m_watches.erase(gone); });
}

} // namespace protoviz::cli

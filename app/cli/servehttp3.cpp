#include "app/cli/servehttp3.h"

#include "core/http3/http3server.h"
#include "core/link/datagramrelay.h"
#include "core/link/link.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quickeylogger.h"
#include "core/server/http3idlewatch.h"

namespace protoviz::cli {

/// What serve watches on one connection beyond its events (which go to its QuicEventLog): its secrets in
/// the key log file and whether it waits for a request.
struct ServeHttp3::Watch
{
    Q_DISABLE_COPY_MOVE(Watch) // idle points at keys

    Watch(IdleConnectionLimit* limit, QuicConnection* connection, const EventRecorder& recorder,
          QuicEventLog* log, TlsKeyLogSink keyLog)
        : keys(log, std::move(keyLog))
        , idle(limit, connection, recorder, &keys)
    {
    }

    QuicKeyLogger keys;  ///< passes all but the secrets on to the connection's log
    Http3IdleWatch idle; ///< the connection's observer: tells the idle limit, passes everything on to keys
};

ServeHttp3::ServeHttp3(Setup setup, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_logs(m_setup.recorder, m_setup.directory)
    , m_idleLimit(m_setup.maxIdleConnections)
    , m_server(std::make_unique<Http3Server>(m_setup.tls, m_setup.workload))
{
    m_server->setTimeouts(m_setup.timeouts);
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
    m_logs.setRelay(m_relay);
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
    const QuicEventLogs::Attached attached = m_logs.attach(connection);
    auto watch = std::make_unique<Watch>(&m_idleLimit, connection,
                                         m_setup.recorder.forConnection(attached.connectionId), attached.log,
                                         m_setup.keyLog);
    connection->setObserver(&watch->idle);
    m_watches.emplace(connection, std::move(watch));
    connect(connection, &QObject::destroyed, this, [this](QObject* gone) { m_watches.erase(gone); });
}

} // namespace protoviz::cli

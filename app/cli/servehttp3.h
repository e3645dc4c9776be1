#pragma once

#include "core/http/workload.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quiceventlogs.h"
#include "core/server/idleconnectionlimit.h"
#include "core/timeline/eventrecorder.h"
#include "core/tls/tlscontext.h"

#include <QHostAddress>
#include <QObject>

#include <map>
#include <memory>

namespace protoviz {
class ConnectionDirectory;
class DatagramRelay;
class Http3Server;
class Link;
class QuicConnection;
class QuicTlsContext;
} // namespace protoviz

namespace protoviz::cli {

/// serve's HTTP/3: the workload over QUIC on a UDP port, every connection's QUIC packets and HTTP/3
/// frames recorded (Origin::Server) under a connection id from serve's ConnectionDirectory, as its TCP
/// connections are. Behind an emulated link the server binds loopback only and the link's DatagramRelay
/// is the public port, so that nothing reaches the server around the link; each connection then takes
/// the id of its relay flow, and the link's datagram events and the server's QUIC events line up.
/// serve's limits apply as to TCP: the idle timeout is QUIC's max_idle_timeout, the handshake timeout
/// ends a connection still shaking hands, and beyond maxIdleConnections connections without a request
/// in progress the one idle longest is closed (CONNECTION_CLOSE with H3_NO_ERROR), an event saying so.
/// Lives on serve's thread.
class ServeHttp3 final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeHttp3)

public:
    struct Setup
    {
        std::shared_ptr<QuicTlsContext> tls; ///< a server context (QuicTlsContext::forServer())
        Workload workload;
        ConnectionDirectory* directory = nullptr; ///< shared with the web server and links; not owned
        EventRecorder recorder;                   ///< Origin::Server; inactive: nothing is recorded
        TlsKeyLogSink keyLog;                     ///< where TLS secrets go (empty: nowhere)
        QuicTimeouts timeouts;
        int maxIdleConnections = IdleConnectionLimit::DefaultLimit; ///< at least 1
    };

    explicit ServeHttp3(Setup setup, QObject* parent = nullptr);
    ~ServeHttp3() override;

    /// Listens on address:port, or, with a link, on a free loopback port behind a relay of the link
    /// that listens on address:port. Returns false and sets *error when a port cannot be bound.
    bool listen(const QHostAddress& address, quint16 port, Link* link, QString* error);
    /// The UDP port clients use (the relay's behind a link).
    quint16 publicPort() const;
    /// Connections accepted so far.
    int connectionCount() const { return m_accepted; }
    /// Closes every connection (CONNECTION_CLOSE with H3_NO_ERROR) and stops listening.
    void close();

private:
    struct Watch;

    void watch(QuicConnection* connection);

    const Setup m_setup;
    QuicEventLogs m_logs;             ///< before m_watches, whose key loggers pass records on to them
    IdleConnectionLimit m_idleLimit;  ///< before m_watches, which tell it when they go
    DatagramRelay* m_relay = nullptr; ///< owned by the link
    std::map<const QObject*, std::unique_ptr<Watch>> m_watches; ///< by connection
    std::unique_ptr<Http3Server> m_server; ///< after m_watches: its connections go before their watches
    int m_accepted = 0;
};

} // namespace protoviz::cli

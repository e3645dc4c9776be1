#pragma once

#include "core/quic/quiceventlog.h"
#include "core/quic/quiceventlogs.h"
#include "core/session/shootoutsessionconfig.h"
#include "core/timeline/event.h"
#include "core/timeline/eventrecorder.h"

#include <QObject>

#include <memory>
#include <optional>

namespace protoviz {

class Http3PageClient;
class Http3Server;
class Link;
class LongPoller;
class PollingFeed;
class PollingRoutes;
class QuicConnection;
class QuicKeyLogger;
class Timeline;

/// The HTTP/3 side of the protocol shoot-out, both ends. The server is an Http3Server answering with the
/// polling sides' routes (PollingRoutes: GET /updates long polls, the REST API as fallback); the client
/// is one QUIC connection through the link's DatagramRelay (an Http3PageClient) that carries every item
/// request as a stream of its own (RestWorkload) and every long poll too, each held at the server until
/// there is news (LongPoller). Both endpoints record their QUIC packets and HTTP/3 frames through a
/// QuicEventLog under the connection id the link gives the flow; with a key log path the client's
/// secrets are appended there.
///
/// Lives on the session thread; the ShootoutSession owns it and runs the workload's clock.
class ShootoutHttp3Side final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShootoutHttp3Side)

public:
    /// feed: the updates to hand out (not owned). timeline: where both endpoints record.
    ShootoutHttp3Side(const ShootoutSessionConfig& config, PollingFeed* feed, Timeline* timeline,
                      QObject* parent = nullptr);
    ~ShootoutHttp3Side() override;

    /// Makes the server's certificate and starts it on 127.0.0.1; false and *error on failure.
    bool listen(QString* error);
    /// The server's UDP port (after listen()).
    quint16 port() const;
    /// Sets the client up to reach the server through link's datagram relay (the link's upstream host
    /// must be set). connectionId: the id the link's directory will give the flow. False and *error on
    /// failure.
    bool connectThrough(Link* link, quint32 connectionId, QString* error);
    /// Asks for the items (recorded with sessionRecorder) and sends the first long poll; the connection
    /// opens with them.
    void start(const EventRecorder& sessionRecorder);
    /// Stops polling and closes the connection now: the poll the server holds would keep a graceful
    /// close waiting.
    void close();

signals:
    /// The client's first poll reached the server.
    void subscribed();
    /// Every item arrived (Completed), or one failed.
    void exchangesDone(protoviz::SessionOutcome outcome, const QString& reason);
    /// An update arrived (recorded already).
    void updateDelivered();
    /// The connection or a poll failed before close().
    void failed(const QString& reason);
    /// The server's end of the connection is over: the client's CONNECTION_CLOSE crossed the link.
    void serverClosed();

private:
    void onServerConnection(QuicConnection* connection);

    const ShootoutSessionConfig m_config;
    PollingFeed* const m_feed;
    Timeline* const m_timeline;
    PollingRoutes* m_routes = nullptr;
    Http3Server* m_server = nullptr;
    Http3PageClient* m_client = nullptr;
    LongPoller* m_poller = nullptr;
    QByteArray m_trustedCa; // the authority behind the server's certificate
    quint32 m_connectionId = 0;
    bool m_closing = false;
    // The observers must outlive the connections they watch: the destructor deletes client and server
    // (children, otherwise deleted only after these members) first.
    std::optional<QuicEventLog> m_clientLog;
    QuicEventLogs* m_serverLogs = nullptr; // a child: deleted after the server, as the logs must be
    std::unique_ptr<QuicKeyLogger> m_keyLogger;
};

} // namespace protoviz

#pragma once

#include "core/quic/quiceventlog.h"
#include "core/quic/quiceventlogs.h"
#include "core/quic/quicresumption.h"
#include "core/session/sessionconfig.h"
#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace protoviz {

class Http3Client;
class Http3PageClient;
class Http3Server;
class Link;
class PageLoader;
class QuicConnection;
class QuicKeyLogger;
class QuicTlsContext;

/// A live page load over HTTP/3: ProtoViz's HTTP/3 server (QUIC on ngtcp2 and GnuTLS) and a client on one
/// QUIC connection, every UDP datagram crossing the emulated link (a DatagramRelay: delay, jitter,
/// bandwidth and seeded loss), all on loopback. QUIC's own loss recovery and congestion control do the
/// rest. The page loader fetches "/" and then every object, each on a stream of its own, so a lost packet
/// stalls only the streams whose data it carried. Both endpoints record their QUIC packets, handshake
/// milestones and HTTP/3 frames through a QuicEventLog under the connection id the link gives the flow.
///
/// With SessionConfig::earlyData the client is a returning one: before the session clock starts, a
/// first connection straight to the server (not through the link, not recorded) takes a session ticket,
/// and the measured connection resumes with it and sends the page's request as 0-RTT early data. A
/// Session Note says so.
///
/// The session ends once the client's CONNECTION_CLOSE has reached the server through the link (or a
/// few round trips after the client sent it, if it is lost), on its deadline, or on cancel. Lives on the
/// session thread (see SessionRunner).
class Http3PageLoadSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http3PageLoadSession)

public:
    Http3PageLoadSession(const SessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~Http3PageLoadSession() override;

    void start() override;
    void cancel() override;

signals:
    /// The page's own response arrived (see PageLoader::documentReceived). Emitted on the session thread.
    void documentReceived(const QByteArray& body);

private:
    bool setUp(QString* error);
    bool startServer(QString* error);
    void obtainTicket();
    void measure();
    void onServerConnection(QuicConnection* connection);
    void closeConnections(SessionOutcome outcome, const QString& reason);
    void fail(const QString& reason);
    void recordStarted();
    void onEnded(SessionOutcome outcome, const QString& reason);

    const SessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    ConnectionDirectory m_directory;
    std::shared_ptr<QuicTlsContext> m_clientTls;
    Http3Server* m_server = nullptr;
    Link* m_link = nullptr;
    QPointer<Http3Client> m_ticketClient; // off the record: obtains the ticket a returning client resumes
    QuicResumption m_resumption;
    Http3PageClient* m_client = nullptr;
    PageLoader* m_loader = nullptr;
    // The observers must outlive the connections they watch: the destructor deletes client and server
    // (children, otherwise deleted only after these members) first.
    std::optional<QuicEventLog> m_clientLog;
    QuicEventLogs m_serverLogs;
    std::unique_ptr<QuicKeyLogger> m_keyLogger;
    QByteArray m_serverName = QByteArrayLiteral("localhost");
    QByteArray m_trustedCa;
    bool m_measuring = false;
    bool m_serverClosed = false;
    bool m_started = false;
    SessionEnding m_ending;
    SessionOutcome m_closingOutcome = SessionOutcome::Completed;
    QString m_closingReason;
};

} // namespace protoviz

#pragma once

#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/session/tlshandshakeconfig.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QPointer>

#include <memory>

namespace protoviz {

class Http1ClientConnection;
class Link;
class TlsClientContext;
class WebServer;

/// A live TLS handshake, measured: ProtoViz's web server and one HTTPS client talking through the
/// emulated link on loopback. The client connects, goes through the handshake the configuration asks for
/// (TLS 1.2 or 1.3, full or resumed, with 0-RTT early data, with a HelloRetryRequest, or failing), sends
/// one HTTP/1.1 GET for the page and reads the response. The time to the first response byte is what
/// the handshake cost the user; every TLS record, message and alert of both sides is on the timeline.
///
/// Resumption needs a session ticket: before the session clock starts, a first connection straight to
/// the server (not through the link, not recorded) completes a full handshake and takes the ticket; the
/// measured connection resumes it. A Session Note says so.
///
/// The session ends once the connection has closed on both sides: Completed after the response,
/// Failed with the TLS failure's plain-language reason when the handshake fails (the alert is on the
/// timeline), TimedOut or Cancelled. Lives on the session thread (see SessionRunner).
class TlsHandshakeSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsHandshakeSession)

public:
    TlsHandshakeSession(const TlsHandshakeConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~TlsHandshakeSession() override;

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    void obtainTicket();
    void onTicketConnectionFinished(const QString& reason);
    void measure();
    void onResponseFinished(int status);
    void onConnectionFinished(const QString& reason);
    void closeDown(SessionOutcome outcome, const QString& reason);
    void recordStarted();
    void onEnded(SessionOutcome outcome, const QString& reason);

    const TlsHandshakeConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    ConnectionDirectory m_directory;
    std::shared_ptr<TlsClientContext> m_clientContext;
    WebServer* m_server = nullptr;
    WebServer* m_ticketServer = nullptr; // off the record, for the first connection of a resumption
    Link* m_link = nullptr;
    QPointer<Http1ClientConnection> m_ticketConnection;
    QPointer<Http1ClientConnection> m_connection;
    SessionEnding m_ending;
    bool m_started = false;
    bool m_responded = false;
};

} // namespace protoviz

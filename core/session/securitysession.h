#pragma once

#include "core/session/loginsite.h"
#include "core/session/securitysessionconfig.h"
#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QPointer>

#include <memory>

namespace protoviz {

class Eavesdropper;
class Http1ClientConnection;
class Link;
class Tamperer;
class WebServer;

/// A live login over the emulated link, with someone on the link: ProtoViz's web server serves a
/// LoginSite, and one HTTP/1.1 client (cleartext or TLS) posts the login form, takes the session cookie
/// and fetches the account page with it. An Eavesdropper on the link records what a passive observer reads
/// (WireKind::Overheard); a Tamperer, when configured, flips a byte of the account page in flight
/// (WireKind::Tampered).
///
/// The session's Finished reason names the mechanism at work: whether the eavesdropper read the password
/// and cookie, and, with tampering, either how many altered bytes the cleartext client accepted (nothing
/// checks integrity) or that TLS's record protection failed and the client sent bad_record_mac and closed.
/// A tampered TLS connection that ends with bad_record_mac is the scenario working: Completed. Lives on the
/// session thread (see SessionRunner).
class SecuritySession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecuritySession)

public:
    SecuritySession(const SecuritySessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~SecuritySession() override;

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    void connectClient();
    void onResponse(quint32 id, int status, const QByteArray& body, const QByteArray& cookie);
    void onConnectionFinished(const QString& reason);
    bool clientSentBadRecordMac() const;
    QString eavesdropperSummary() const;
    void closeDown(SessionOutcome outcome, const QString& reason);
    void recordStarted();
    void onEnded(SessionOutcome outcome, const QString& reason);

    const SecuritySessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    const LoginSite m_site;
    QByteArray m_caPem; ///< the authority that signed the server's certificate, trusted by the client
    ConnectionDirectory m_directory;
    std::shared_ptr<Eavesdropper> m_eavesdropper;
    std::shared_ptr<Tamperer> m_tamperer;
    WebServer* m_server = nullptr;
    Link* m_link = nullptr;
    QPointer<Http1ClientConnection> m_connection;
    SessionEnding m_ending;
    bool m_started = false;
    bool m_accountRead = false;
};

} // namespace protoviz

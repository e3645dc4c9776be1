#pragma once

#include "core/session/sessionconfig.h"
#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QHash>

#include <memory>

namespace protoviz {

class ByteStream;
class HttpClient;
class Link;
class PageLoader;
class TlsClientContext;
class WebServer;

/// A live page load over TCP: ProtoViz's web server and a browser-like client, talking through the
/// emulated link, all on loopback. The client loads the page and its objects with HTTP/1.1 or HTTP/2;
/// every layer records to the session's timeline. HTTP/3 has its own worker (Http3PageLoadSession);
/// create() picks the right one. Lives on the session thread (see SessionRunner).
class PageLoadSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageLoadSession)

public:
    PageLoadSession(const SessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~PageLoadSession() override;

    /// The worker that loads a page with config's HTTP version: this class for HTTP/1.1 and HTTP/2,
    /// Http3PageLoadSession for HTTP/3. For a SessionWorkerFactory (called on the session thread).
    static SessionWorker* create(const SessionConfig& config, Timeline* timeline);

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    bool startServer(QString* error);
    ByteStream* openStream(const QList<QByteArray>& alpn);
    void closeConnections(SessionOutcome outcome, const QString& reason);
    void onEnded(SessionOutcome outcome, const QString& reason);

    const SessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    ConnectionDirectory m_directory;
    WebServer* m_server = nullptr;
    Link* m_link = nullptr;
    HttpClient* m_client = nullptr;
    PageLoader* m_loader = nullptr;
    // The name the client asks for and checks the certificate against, as a browser would for a site.
    QByteArray m_serverName = QByteArrayLiteral("localhost");
    QByteArray m_trustedCa;
    QHash<QByteArray, std::shared_ptr<TlsClientContext>> m_clientContexts; // by ALPN offer
    SessionEnding m_ending;
};

} // namespace protoviz

#pragma once

#include "core/http/httpmessage.h"
#include "core/session/pollingfeed.h"
#include "core/timeline/eventrecorder.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QTcpServer;

namespace protoviz {

class ByteStream;
class ConnectionDirectory;
class PollingRoutes;
class PollingServerConnection;
class TlsServerContext;

/// The HTTP/1.1 server of the polling sides: it hands out a PollingFeed's updates to polls, and takes
/// chat messages, over cleartext or TLS (ALPN http/1.1), recording with Origin::Server.
///
/// - GET /updates?client=C&after=N answers at once with the updates after N, one JSON line each, or
///   with an empty body (short polling). With &wait=1 (long polling) a request that finds nothing new
///   waits until the next update is published, or PollingSessionConfig::LongPollHoldSeconds, whichever
///   comes first.
/// - POST /messages?client=C publishes the request body as an update from client C: 204 No Content.
/// - Anything else goes to the fallback handler when one is set (setFallback()), else 404.
///
/// Lives on the session thread. Does not own the feed.
class PollingServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingServer)

public:
    /// tls: serve HTTPS (null: cleartext). directory: shared with the link (may be null).
    PollingServer(PollingFeed* feed, std::shared_ptr<TlsServerContext> tls, ConnectionDirectory* directory,
                  EventRecorder recorder, QObject* parent = nullptr);
    ~PollingServer() override;

    /// Listens on 127.0.0.1. Returns false and sets *error if it cannot.
    bool listen(QString* error);
    quint16 port() const;

    /// Answers every request that is neither a poll nor a chat message (a REST API beside the updates,
    /// as in the protocol shoot-out). Set before listen().
    void setFallback(RequestHandler handler);

    /// Clients that have polled at least once.
    int subscriberCount() const;

    /// Stops accepting and closes every connection.
    void shutdown();

signals:
    /// Client index polled for the first time.
    void subscribed(int client);

private:
    void accept();
    void serve(ByteStream* stream);

    PollingRoutes* const m_routes;
    const std::shared_ptr<TlsServerContext> m_tls;
    ConnectionDirectory* const m_directory;
    const EventRecorder m_recorder;
    QTcpServer* m_listener = nullptr;
    QObject* m_connections = nullptr;
    quint32 m_ownIds = 0;
};

} // namespace protoviz

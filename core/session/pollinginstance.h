#pragma once

#include "core/http/httpmessage.h"
#include "core/session/pollingfeed.h"
#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTcpServer;

namespace protoviz {

class ByteStream;
class ConnectionDirectory;
class PollingServerConnection;

/// One instance of a long-polling service that keeps per-client session state, the way Socket.IO's
/// polling transport does, over cleartext HTTP/1.1, recording with Origin::Server:
///
/// - GET /handshake?client=C opens a session: a fresh session id that only this instance knows, whose
///   cursor starts after the feed's last update (a new session does not get what was published before
///   it). Answer: 200, {"sid":"...","instance":N,"after":SEQ}.
/// - GET /updates?client=C&sid=S is a long poll for session S: answered with the updates after the
///   session's cursor (one JSON line each; the cursor moves past them), or held until the next update or
///   PollingSessionConfig::LongPollHoldSeconds. An id this instance did not issue gets 400 with
///   {"code":1,"message":"Session ID unknown",...} (Socket.IO's answer): the client must start over.
/// - Anything else: 404.
///
/// Every response says "x-served-by: instance-N", so that one can check where a balancer sent a request.
///
/// Lives on the session thread. Does not own the feed or the directory.
class PollingInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingInstance)

public:
    /// number: from 1. feed: the updates this instance serves. directory: shared with the links.
    PollingInstance(int number, PollingFeed* feed, ConnectionDirectory* directory, EventRecorder recorder,
                    QObject* parent = nullptr);
    ~PollingInstance() override;

    /// Listens on 127.0.0.1. Returns false and sets *error if it cannot.
    bool listen(QString* error);
    quint16 port() const;
    int number() const { return m_number; }

    /// Sessions this instance has issued.
    int sessionCount() const { return int(m_cursors.size()); }

    /// Stops accepting and closes every connection.
    void shutdown();

signals:
    /// A handshake opened a session for client.
    void sessionOpened(int client);

private:
    struct Waiting
    {
        QPointer<PollingServerConnection> connection;
        quint32 message = 0;
        QByteArray sid;
    };

    void accept();
    void onRequest(PollingServerConnection* connection, quint32 message, const HttpRequest& request);
    void onPublished();
    void answerUpdates(PollingServerConnection* connection, quint32 message, const QByteArray& sid);
    HttpResponse response(int status, const QByteArray& type, const QByteArray& body) const;

    const int m_number;
    PollingFeed* const m_feed;
    ConnectionDirectory* const m_directory;
    const EventRecorder m_recorder;
    QTcpServer* m_listener = nullptr;
    QObject* m_connections = nullptr;
    QHash<QByteArray, quint32> m_cursors; // session id -> last update sent to it
    QList<Waiting> m_waiting;
    quint32 m_ownIds = 0;
};

} // namespace protoviz

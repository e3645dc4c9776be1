#pragma once

#include "core/http/httpclient.h"
#include "core/session/pollingfeed.h"
#include "core/timeline/eventrecorder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace protoviz {

class ByteStream;
class Http1ClientConnection;

/// One user of a polling side: asks the PollingServer for updates over one persistent HTTP/1.1
/// connection, and (for the chat) posts messages over a second one, as a browser that keeps a poll
/// outstanding would. Short polling asks every interval (the next poll leaves one interval after the
/// last one left, or at once if its answer took longer); long polling asks again as soon as an answer
/// arrives. Every update that arrives is recorded with PollingFeed::recordDelivery() on the poll
/// connection, at the moment its response is complete.
///
/// Lives on the session thread. Owns its connections.
class PollingClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingClient)

public:
    /// index: the client's number (its polls and posts say "client=index"); pollIntervalMs <= 0 means
    /// long polling. opener: opens connections to the server (ALPN http/1.1 over TLS). authority: Host.
    /// recorder: Origin::Client, connection 0.
    PollingClient(int index, int pollIntervalMs, StreamOpener opener, const QByteArray& authority,
                  EventRecorder recorder, QObject* parent = nullptr);
    ~PollingClient() override;

    /// Sends the first poll.
    void start();
    /// Posts a chat message (POST /messages).
    void post(const QString& text);
    /// Stops polling and closes the connections once nothing but a poll is outstanding.
    void finish();

signals:
    /// An update arrived (recorded already).
    void updateDelivered(const protoviz::PollingFeed::Update& update);
    /// A connection failed before finish(): the client stops.
    void failed(const QString& reason);
    /// Every connection of the client is closed. Emitted once, after finish() or failed().
    void finished();

private:
    Http1ClientConnection* openConnection(QPointer<ByteStream>* streamOut = nullptr);
    void poll();
    void onPollAnswered(const HttpResponse& response);
    void onConnectionFinished(Http1ClientConnection* connection, const QString& reason);
    void closeConnections();

    const int m_index;
    const int m_pollIntervalMs;
    const StreamOpener m_opener;
    const QByteArray m_authority;
    const EventRecorder m_recorder;
    Http1ClientConnection* m_pollConnection = nullptr;
    Http1ClientConnection* m_postConnection = nullptr;
    QPointer<ByteStream> m_pollStream; // owned by the poll connection
    QTimer m_pollTimer;
    QElapsedTimer m_sincePoll;
    quint32 m_lastSequence = 0;
    quint32 m_nextId = 0;
    int m_postsOutstanding = 0;
    int m_open = 0;
    bool m_pollOutstanding = false;
    bool m_finishing = false;
    bool m_finished = false;
};

} // namespace protoviz

#pragma once

#include "core/http/httpclient.h"
#include "core/session/pollingfeed.h"
#include "core/timeline/eventrecorder.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace protoviz {

class ByteStream;
class Http1ClientConnection;

/// A long-polling client with a server-side session, as a Socket.IO client on its polling transport:
/// over one persistent HTTP/1.1 connection it first asks GET /handshake for a session id, then
/// long-polls GET /updates with that id, again as soon as each answer arrives. When a poll is refused
/// (400: the instance that got it does not know the session) it waits RetryDelayMs and starts over with a new
/// handshake; the new session begins after the server's latest update, so whatever was published in between
/// is lost to it. Like a browser it keeps the cookies responses set and sends them back on every request.
///
/// Recorded on the connection (Origin::Client): HTTP/1.1 events, a PollingFeed::recordDelivery() event
/// for every update at the moment its response is complete, and BalancingNotes for every refused poll and
/// every new handshake after the first.
///
/// Lives on the session thread. Owns its connection.
class SessionPollingClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPollingClient)

public:
    /// How long a refused client waits before it starts over, give or take half of it at random: a real
    /// client backs off rather than hammer a server that refuses it, and the randomness keeps clients
    /// from retrying in lockstep (Socket.IO waits about a second, randomization factor 0.5; shortened
    /// here to suit short runs).
    static constexpr int RetryDelayMs = 200;

    /// index: the client's number ("client=index"). opener: opens the connection (cleartext HTTP/1.1).
    /// authority: Host. recorder: Origin::Client, connection 0.
    SessionPollingClient(int index, StreamOpener opener, const QByteArray& authority, EventRecorder recorder,
                         QObject* parent = nullptr);
    ~SessionPollingClient() override;

    /// Opens the connection and sends the handshake.
    void start();
    /// Stops polling and closes the connection (a held poll is not waited for).
    void finish();

    int handshakes() const { return m_handshakes; }
    int failedPolls() const { return m_failedPolls; }

signals:
    /// The first handshake succeeded: the client has a session.
    void joined();
    /// An update arrived (recorded already).
    void updateDelivered(const protoviz::PollingFeed::Update& update);
    /// The connection failed, or the server answered something a client cannot go on from.
    void failed(const QString& reason);
    /// The connection is closed. Emitted once, after finish() or failed().
    void finished();

private:
    void handshake();
    void poll();
    void send(const QByteArray& target);
    void onAnswered(const HttpResponse& response);
    void onHandshakeAnswered(const HttpResponse& response);
    void onPollAnswered(const HttpResponse& response);
    void keepCookies(const HttpResponse& response);
    void fail(const QString& reason);
    EventRecorder connectionRecorder() const;

    const int m_index;
    const StreamOpener m_opener;
    const QByteArray m_authority;
    const EventRecorder m_recorder;
    Http1ClientConnection* m_connection = nullptr;
    QPointer<ByteStream> m_stream; // owned by the connection
    QTimer m_retry;
    QRandomGenerator m_random; ///< seeded with the index, so that a run's retries can be reproduced
    QByteArray m_sid;
    QByteArray m_cookie; ///< "NAME=value", as the last Set-Cookie gave it
    quint32 m_lastSequence = 0;
    quint32 m_nextId = 0;
    int m_handshakes = 0;
    int m_failedPolls = 0;
    bool m_handshaking = false;
    bool m_finishing = false;
    bool m_finished = false;
};

} // namespace protoviz

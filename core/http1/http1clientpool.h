#pragma once

#include "core/http/httpclient.h"
#include "core/timeline/eventrecorder.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace protoviz {

class Http1ClientConnection;

/// A browser-like HTTP/1.1 client for one origin: a pool of at most maxConnections() connections,
/// opened lazily through the StreamOpener (offering ALPN "http/1.1"), kept alive and reused.
///
/// Requests wait in a queue and are bound to a connection only when one can take them: an idle
/// connection first; otherwise a new connection is opened while fewer than maxConnections() exist;
/// with pipelining on, open connections also take further requests up to pipelineDepth() outstanding
/// each (the least busy first). A connection whose server answered "Connection: close" takes nothing
/// more; its place is taken by a new one when requests wait.
///
/// Retry policy: when a connection ends, requests that got no byte of response (pipelined behind a
/// "Connection: close", or sent just as the server closed an idle keep-alive connection) are put back
/// at the front of the queue and sent on another connection — GET is idempotent — at most
/// MaxAttempts times in all; a request whose response had started fails. Connecting is given up after
/// MaxConnectFailures consecutive failures, failing every queued request (server unreachable).
///
/// Events: each connection records through recorder.forConnection(its stream's connectionId()) once
/// open (recorder should have Origin::Client); see Http1ClientConnection.
///
/// Lives on the session thread. Owns its connections and their streams.
class Http1ClientPool final : public HttpClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http1ClientPool)

public:
    static constexpr int DefaultMaxConnections = 6;
    static constexpr int MaxConnectionsLimit = 64;
    static constexpr int DefaultPipelineDepth = 6;
    static constexpr int MaxPipelineDepth = 64;
    static constexpr int MaxAttempts = 3;
    static constexpr int MaxConnectFailures = 3;

    /// opener: opens each new connection; the pool owns the streams. authority: the Host field of
    /// every request ("127.0.0.1:8080"). recorder: Origin::Client, connection 0.
    Http1ClientPool(StreamOpener opener, const QByteArray& authority, EventRecorder recorder,
                    QObject* parent = nullptr);
    ~Http1ClientPool() override;

    /// At most this many connections at a time (clamped to 1..MaxConnectionsLimit).
    void setMaxConnections(int count);
    int maxConnections() const { return m_maxConnections; }

    /// Pipelining: up to depth requests outstanding per connection (depth clamped to
    /// 1..MaxPipelineDepth). Off by default.
    void setPipelining(bool enabled, int depth = DefaultPipelineDepth);
    bool pipelining() const { return m_pipelining; }
    int pipelineDepth() const { return m_pipelineDepth; }

    /// Fields sent with every request from now on (e.g. {"accept", "application/x-protobuf"}); they
    /// replace the connection's defaults of the same name. Host and framing fields are ignored.
    void setRequestHeaders(const HeaderList& headers) { m_requestHeaders = headers; }

    void get(const QByteArray& path, quint32 tag) override;
    void finish() override;

    /// Connections that opened (completed their handshakes) so far.
    int connectionCount() const override { return m_openedCount; }

    /// Connections existing now (opening or open).
    int liveConnections() const { return int(m_connections.size()); }
    /// Requests waiting for a connection.
    int queuedRequests() const { return int(m_queue.size()); }

private:
    struct Request
    {
        quint32 tag = 0;
        QByteArray path;
        int attempts = 0;
    };

    void dispatch();
    void dispatchOnce();
    void openConnection();
    void send(Http1ClientConnection* connection, quint32 id);
    void onResponseStarted(quint32 id);
    void onResponseFinished(quint32 id, const HttpResponse& response);
    void onRequestFailed(quint32 id, const QString& reason);
    void onConnectionFinished(Http1ClientConnection* connection, const QList<quint32>& unanswered,
                              const QString& reason);
    void failQueued(const QString& reason);
    void closeIfFinished();

    const StreamOpener m_opener;
    const QByteArray m_authority;
    const EventRecorder m_recorder;
    int m_maxConnections = DefaultMaxConnections;
    bool m_pipelining = false;
    int m_pipelineDepth = DefaultPipelineDepth;
    HeaderList m_requestHeaders;

    QHash<quint32, Request> m_requests; // by the pool's own id: every request not yet finished or failed
    QList<quint32> m_queue;             // ids waiting for a connection, in order
    QList<Http1ClientConnection*> m_connections;
    quint32 m_nextId = 0;
    int m_openedCount = 0;
    int m_connectFailures = 0;
    QString m_lastConnectError;
    bool m_finishing = false;
    bool m_dispatching = false;
    bool m_dispatchAgain = false;
};

} // namespace protoviz

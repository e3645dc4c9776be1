#pragma once

#include "core/http/httpmessage.h"
#include "core/http2/http2settings.h"
#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace protoviz {

class ByteStream;
class Http2Session;

/// The server side of one HTTP/2 connection: turns streams into HttpRequests for a handler, answers
/// them, and pushes what the push policy names along with a response (when the client allows push).
/// Lives on the session thread; owns the stream it is given.
class Http2ServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http2ServerConnection)

public:
    /// Paths to push along with the response to a request (empty: push nothing).
    using PushPolicy = std::function<QList<QByteArray>(const HttpRequest&)>;

    /// Lets a protocol carried on HTTP/2 requests (gRPC) take over the streams it serves: offered each
    /// request's headers (pseudo-headers included) before the handler sees them; returning true claims
    /// the stream, and the connection leaves its data, end and close to the claimant, which answers
    /// through session() — streaming both ways, with trailers or RST_STREAM, as the protocol needs.
    using StreamClaim = std::function<bool(qint32 stream, const HeaderList& headers, bool endStream)>;

    /// stream must be open. recorder carries Origin::Server and the connection id.
    Http2ServerConnection(ByteStream* stream, RequestHandler handler, PushPolicy pushPolicy,
                          const Http2Settings& settings, EventRecorder recorder, QObject* parent = nullptr);
    ~Http2ServerConnection() override;

    /// Sends GOAWAY and closes once the streams in flight are done.
    void shutdown();

    /// Closes the connection with GOAWAY(NO_ERROR), and a Session note that says why, once it has had
    /// no open stream and received nothing for this long (milliseconds; 0, the default, never).
    void setIdleTimeout(int milliseconds);

    /// Sets the stream claim. Call before control returns to the event loop, so that no request is
    /// answered by the handler first.
    void setStreamClaim(StreamClaim claim) { m_streamClaim = std::move(claim); }

    /// The connection's HTTP/2 session, for a claimant to answer its streams and follow their signals.
    Http2Session* session() const { return m_session; }

signals:
    /// The connection is over and its stream has closed: everything sent, GOAWAY included, has been
    /// handed to the transport, so deleting the connection now loses nothing.
    void finished();

private:
    struct PendingRequest
    {
        HttpRequest request;
        bool complete = false;
    };

    void onHeaders(qint32 stream, const HeaderList& headers, bool endStream);
    void respond(qint32 stream, const HttpRequest& request);
    void sendResponse(qint32 stream, const HttpResponse& response, bool headRequest);
    void onSessionFinished();
    void finishOnce();
    void onIdleTimeout();

    ByteStream* const m_stream;
    Http2Session* const m_session;
    const RequestHandler m_handler;
    const PushPolicy m_pushPolicy;
    StreamClaim m_streamClaim;
    QHash<qint32, HttpRequest> m_requests;
    QSet<qint32> m_openStreams; // claimed ones included: a gRPC call in progress is not idle
    const EventRecorder m_recorder;
    QTimer m_idleTimer;
    int m_idleTimeoutMs = 0;
    bool m_streamClosed = false;
    bool m_finished = false;
};

} // namespace protoviz

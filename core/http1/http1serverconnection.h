#pragma once

#include "core/http/httpmessage.h"
#include "core/http1/http1eventlog.h"
#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"
#include "core/timeline/eventrecorder.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace protoviz {

class ByteStream;

/// The server side of one HTTP/1.1 connection: parses requests from a ByteStream, asks a handler for
/// each response and writes them back, strictly in request order (pipelined requests included).
///
/// - Connections persist by default; a request with "Connection: close", an HTTP/1.0 request without
///   "Connection: keep-alive", or a handler response carrying "connection: close" ends the connection
///   after its response.
/// - Responses get "content-length" (or chunked transfer coding, see setChunkedResponses()), and
///   "server: ProtoViz"; no Date field, so that responses are byte-for-byte deterministic.
/// - Malformed input is recorded as an Http1Kind::Error event with its explanation, answered with the
///   matching 4xx/5xx status and "connection: close", and the connection is closed. Before closing,
///   the connection keeps reading (and discarding) for a moment: closing a TCP socket that still
///   receives makes the kernel send a reset, which can destroy the error response before the client
///   reads it.
/// - A connection with no request for idleTimeout() is closed (a Session note says why); one stuck in
///   the middle of a request is answered 408 first.
/// - A request head must be complete within headerTimeout() of its first byte, however steadily its
///   bytes arrive (like nginx's client_header_timeout): a head dribbled a byte at a time is answered
///   408 and the connection closed, with an Http1Kind::Error event that says so.
///
/// Events (Layer::Http1) go through the recorder, whose connection id must be the stream's. stream of
/// each event = the message number on this connection (1-based; a response uses its request's).
///
/// Lives on the session thread, like its stream. Takes ownership of the stream (it becomes a child).
class Http1ServerConnection final : public QObject, private Http1ParserHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http1ServerConnection)

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    /// The hook for protocols that take over an HTTP/1.1 connection (the WebSocket upgrade). Called for
    /// a complete request that carries "Upgrade: websocket" (and "Connection: upgrade"), once every
    /// earlier response is written; pending holds the bytes received after that request.
    /// Returning true takes over the stream: the connection has disconnected itself from it and
    /// records nothing more; the hook owns the stream (it must set a new parent or delete it), writes
    /// the 101 response itself (Http1Writer, Http1EventLog) and processes pending. finished() follows.
    /// Returning false leaves everything here: the request is answered by the normal handler.
    using UpgradeHandler =
        std::function<bool(const HttpRequest& request, ByteStream* stream, const QByteArray& pending)>;

    static constexpr int DefaultIdleTimeoutMs = 30000;
    static constexpr int DefaultHeaderTimeoutMs = 20000;

    /// Serves stream (normally open already) with handler. recorder: Origin::Server, the stream's
    /// connection id.
    Http1ServerConnection(ByteStream* stream, Handler handler, EventRecorder recorder,
                          QObject* parent = nullptr);
    ~Http1ServerConnection() override;

    /// Closes connections that stay without a request this long (milliseconds, at least 1).
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_idleTimeoutMs; }

    /// The time a request head may take from its first byte to its end (milliseconds, at least 1).
    /// Applies from the next request on.
    void setHeaderTimeout(int milliseconds) { m_headerTimeoutMs = std::max(1, milliseconds); }
    int headerTimeout() const { return m_headerTimeoutMs; }

    /// Sends response bodies with Transfer-Encoding: chunked instead of Content-Length (to HTTP/1.1
    /// clients). Off by default.
    void setChunkedResponses(bool chunked) { m_chunkedResponses = chunked; }
    bool chunkedResponses() const { return m_chunkedResponses; }

    /// Limits for requests. Call before the first bytes arrive (right after construction).
    void setLimits(const Http1Parser::Limits& limits);

    /// See UpgradeHandler. Without one, upgrade requests are answered by the normal handler.
    void setUpgradeHandler(UpgradeHandler handler) { m_upgradeHandler = std::move(handler); }

    /// True while the connection waits for a request: every request so far has been answered, no byte
    /// of the next one has arrived, and the connection is not closing (a new keep-alive connection, or
    /// one between requests).
    bool isWaitingForRequest() const { return !m_finished && !m_closing && m_parser->isBetweenMessages(); }

    /// Closes the connection at once if it waits for a request (see isWaitingForRequest()), as the idle
    /// timeout would, but without its note: for a server that limits its idle connections and says why
    /// itself. Does nothing otherwise.
    void closeIfWaiting();

signals:
    /// The connection is over: its stream closed, or the upgrade handler took it. Emitted once; the
    /// owner may delete the connection (with deleteLater()) from then on.
    void finished();

private:
    // Http1ParserHandler
    void onMessageBegin() override;
    void onHead(const Http1MessageHead& head) override;
    void onBody(QByteArrayView wire, QByteArrayView payload) override;
    void onMessageComplete(qint64 payloadBytes, const HeaderList& trailers) override;
    void onError(const Http1ParseError& error) override;

    void onReceived(const QByteArray& data);
    void onStreamClosed();
    void onIdleTimeout();
    void onHeaderTimeout();
    void timeOutRequest(const QString& explanation);
    void answer(const HttpRequest& request);
    void sendResponse(const HttpResponse& response, bool headRequest, bool closeAfter);
    void sendError(int status, const QString& explanation);
    void closeNow();
    void closeLingering();
    void handOver();
    void finish();

    ByteStream* m_stream;
    Handler m_handler;
    UpgradeHandler m_upgradeHandler;
    Http1EventLog m_log;
    std::unique_ptr<Http1Parser> m_parser;

    // The request being received.
    quint32 m_message = 0;
    bool m_inMessage = false;
    Http1MessageHead m_head;
    QByteArray m_body;

    // Decisions taken inside the parser's callbacks, acted on once feed() has returned: closing or
    // handing the stream over from inside a callback would re-enter the parser.
    std::optional<HttpRequest> m_upgradeRequest;
    std::optional<Http1ParseError> m_parseError;
    bool m_closeAfterFeed = false;
    bool m_lingerAfterFeed = false;

    QTimer m_idleTimer;
    int m_idleTimeoutMs = DefaultIdleTimeoutMs;
    QTimer m_headerTimer;
    int m_headerTimeoutMs = DefaultHeaderTimeoutMs;
    bool m_chunkedResponses = false;
    QTimer m_lingerTimer;
    QTimer m_closeTimer;
    QDeadlineTimer m_lingerDeadline;
    bool m_lingering = false;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace protoviz

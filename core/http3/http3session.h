#pragma once

#include "core/http/httpmessage.h"
#include "core/http3/http3framescanner.h"
#include "core/http3/http3response.h"
#include "core/quic/quicstreamapplication.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace protoviz {

class QuicConnection;

/// Answers one request of an HTTP/3 server, now or later, on the connection's thread. Only the first
/// call counts; a call after the request's stream or the connection is gone does nothing.
using Http3Responder = std::function<void(const HttpResponse& response)>;
/// What an HTTP/3 server does with a request: answer it through the responder, at once or later (a long
/// poll held until there is news).
using Http3RequestHandler = std::function<void(const HttpRequest& request, Http3Responder responder)>;

/// HTTP/3 (RFC 9114) on one QuicConnection, on nghttp3: a client sends GET requests on concurrent
/// bidirectional streams and collects the responses; a server answers each request with what its
/// Http3RequestHandler answers (the workload's pages and /tiles/N objects by default). Both open the control
/// and QPACK streams HTTP/3 needs. A server's handler may hold a request and answer it later.
///
/// Reports to the connection's QuicObserver every HTTP/3 frame header crossing a stream (found by
/// Http3FrameScanner in the stream bytes) and every HEADERS frame's fields (QPACK-decoded by nghttp3 on
/// the receiving side, as submitted on the sending side).
///
/// Lives on the connection's thread and must outlive nothing: the connection's owner keeps both and
/// deletes the session first (after QuicConnection::setApplication(nullptr)).
class Http3Session final : public QuicStreamApplication
{
    Q_DISABLE_COPY_MOVE(Http3Session)

public:
    /// Called with each whole response (client), from inside the connection's packet processing:
    /// queue work that calls back into the connection.
    using ResponseCallback = std::function<void(const Http3Response& response)>;

    enum class Role : quint8 { Client, Server };

    /// A client session; authority is sent as :authority.
    static std::unique_ptr<Http3Session> client(QuicConnection& connection, const QByteArray& authority,
                                                ResponseCallback onResponse);
    /// A server session answering with handler.
    static std::unique_ptr<Http3Session> server(QuicConnection& connection, Http3RequestHandler handler);
    ~Http3Session() override;

    Role role() const { return m_role; }
    /// Client: queues a GET for path; it goes out as soon as streams can open (in 0-RTT when the
    /// connection resumes). Call connection.flush() afterwards to send it at once.
    void get(const QByteArray& path);
    /// Client: requests queued or on the wire without a whole response yet (after the server's GOAWAY
    /// the queued ones stay unsent, for the owner to make on another connection).
    int outstandingRequests() const;

    // QuicStreamApplication
    bool start() override;
    qint64 streamData(qint64 streamId, QByteArrayView data, bool fin) override;
    bool streamDataAcked(qint64 streamId, quint64 length) override;
    bool streamClosed(qint64 streamId, quint64 errorCode) override;
    bool streamReset(qint64 streamId) override;
    bool streamUnblocked(qint64 streamId) override;
    bool nextChunk(QuicStreamChunk* chunk) override;
    bool streamWritten(qint64 streamId, qint64 bytes) override;
    void streamBlocked(qint64 streamId) override;
    void streamWriteShut(qint64 streamId) override;
    void earlyDataRejected() override;
    /// Server: sends GOAWAY naming the first request stream it will not process (RFC 9114 section 5.2),
    /// answers the requests before it, then closes the connection with H3_NO_ERROR. False for a client.
    bool shutDown() override;
    std::optional<quint64> failureCode() const override { return m_failureCode; }

private:
    struct Native;
    struct Callbacks;
    friend struct Callbacks;
    struct Stream;

    Http3Session(QuicConnection& connection, Role role);
    Stream& stream(qint64 streamId);
    bool submitQueued();
    void closeWhenDone();
    /// Finds the frames in bytes of streamId, reports them to the observer and returns them.
    QList<Http3FrameScanner::Frame> scan(qint64 streamId, int direction, QByteArrayView bytes);
    void reportHeaders(qint64 streamId, int direction, const HeaderList& fields);
    bool handle(qint64 streamId);
    bool respond(qint64 streamId, const HttpResponse& response);

    QuicConnection& m_connection;
    Role m_role;
    QByteArray m_authority;
    ResponseCallback m_onResponse;
    Http3RequestHandler m_handler;
    std::unique_ptr<Native> m_native;
    // Responders handed out hold it weakly: an answer that comes after the session is gone is dropped.
    const std::shared_ptr<const bool> m_lifetime = std::make_shared<const bool>(true);
    QList<QByteArray> m_queue; ///< client: paths waiting for a stream
    std::map<qint64, std::unique_ptr<Stream>> m_streams;
    bool m_goAwayReceived = false; ///< client: the server will take no new request on this connection
    bool m_shuttingDown =
        false; ///< server: GOAWAY went out; the connection closes when the requests are done
    std::optional<quint64> m_failureCode; ///< the HTTP/3 error nghttp3 found in the peer's bytes
};

} // namespace protoviz

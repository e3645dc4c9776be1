#pragma once

#include "core/http/httpmessage.h"
#include "core/http3/http3response.h"
#include "core/quic/quicstreamapplication.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <functional>
#include <map>
#include <memory>

namespace protoviz {

class QuicConnection;

/// HTTP/3 (RFC 9114) on one QuicConnection, on nghttp3: a client sends GET requests on concurrent
/// bidirectional streams and collects the responses; a server answers each request with what its
/// RequestHandler returns (the workload's pages and /tiles/N objects by default). Both open the control
/// and QPACK streams HTTP/3 needs.
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
    static std::unique_ptr<Http3Session> server(QuicConnection& connection, RequestHandler handler);
    ~Http3Session() override;

    Role role() const { return m_role; }
    /// Client: queues a GET for path; it goes out as soon as streams can open (in 0-RTT when the
    /// connection resumes). Call connection.flush() afterwards to send it at once.
    void get(const QByteArray& path);
    /// Client: requests queued or on the wire without a whole response yet.
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

private:
    struct Native;
    struct Callbacks;
    friend struct Callbacks;
    struct Stream;

    Http3Session(QuicConnection& connection, Role role);
    Stream& stream(qint64 streamId);
    bool submitQueued();
    void scan(qint64 streamId, int direction, QByteArrayView bytes);
    void reportHeaders(qint64 streamId, int direction, const HeaderList& fields);
    bool respond(qint64 streamId);

    QuicConnection& m_connection;
    Role m_role;
    QByteArray m_authority;
    ResponseCallback m_onResponse;
    RequestHandler m_handler;
    std::unique_ptr<Native> m_native;
    QList<QByteArray> m_queue; ///< client: paths waiting for a stream
    std::map<qint64, std::unique_ptr<Stream>> m_streams;
};

} // namespace protoviz

#include "core/http3/http3session.h"

#include "core/http/workload.h"
#include "core/http3/http3framescanner.h"
#include "core/quic/quicclock.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quicobserver.h"

#include <QPointer>

#include <algorithm>
#include <array>
#include <nghttp3/nghttp3.h>
#include <optional>

namespace protoviz {

namespace {

QByteArray bytesOf(const nghttp3_rcbuf* buffer)
{
    const nghttp3_vec vec = nghttp3_rcbuf_get_buf(buffer);
    return QByteArray(reinterpret_cast<const char*>(vec.base), qsizetype(vec.len));
}

nghttp3_nv field(const QByteArray& name, const QByteArray& value)
{
    // nghttp3 copies names and values (no NO_COPY flags), so the arrays need only live for the call.
    return {reinterpret_cast<uint8_t*>(const_cast<char*>(name.constData())),
            reinterpret_cast<uint8_t*>(const_cast<char*>(value.constData())), size_t(name.size()),
            size_t(value.size()), NGHTTP3_NV_FLAG_NONE};
}

std::vector<nghttp3_nv> fieldsOf(const HeaderList& fields)
{
    std::vector<nghttp3_nv> nva;
    nva.reserve(size_t(fields.size()));
    for (const auto& [name, value] : fields)
        nva.push_back(field(name, value));
    return nva;
}

bool isBidirectional(qint64 streamId)
{
    return (streamId & 0x02) == 0;
}

} // namespace

/// One stream's HTTP/3 state: what was asked, what came back, and the frame scanners of both directions.
struct Http3Session::Stream
{
    explicit Stream(qint64 streamId)
        : sentFrames(!isBidirectional(streamId))
        , receivedFrames(!isBidirectional(streamId))
    {
    }

    QByteArray method;
    QByteArray path;
    HeaderList fields; ///< the fields of the HEADERS frame being received
    int status = 0;
    HeaderList responseHeaders;
    QByteArray body;          ///< client: the response body so far; server: the body being sent
    bool bodyOffered = false; ///< server: the body went to nghttp3
    bool early = false;       ///< the stream's data travelled in 0-RTT
    bool answered = false;    ///< client: the response is whole; server: the handler has the request
    bool responded = false;   ///< server: the response went to nghttp3
    Http3FrameScanner sentFrames;
    Http3FrameScanner receivedFrames;
    std::array<QByteArrayView, QuicStreamChunk::MaxPieces> lastPieces;
    int lastPieceCount = 0;
};

struct Http3Session::Native
{
    nghttp3_conn* conn = nullptr;

    ~Native()
    {
        if (conn)
            nghttp3_conn_del(conn);
    }
};

/// nghttp3's callbacks: private statics that turn C calls into member calls.
struct Http3Session::Callbacks
{
    static Http3Session* self(void* userData) { return static_cast<Http3Session*>(userData); }

    static int ackedStreamData(nghttp3_conn*, int64_t, uint64_t, void*, void*) { return 0; }

    static int streamClose(nghttp3_conn*, int64_t streamId, uint64_t, void* userData, void*)
    {
        self(userData)->m_streams.erase(streamId);
        self(userData)->closeWhenDone();
        return 0;
    }

    static int receiveData(nghttp3_conn*, int64_t streamId, const uint8_t* data, size_t length,
                           void* userData, void*)
    {
        Http3Session* s = self(userData);
        s->stream(streamId).body.append(reinterpret_cast<const char*>(data), qsizetype(length));
        // The body is used as it arrives: its flow-control credit goes back to the server at once.
        s->m_connection.extendStreamWindow(streamId, length);
        return 0;
    }

    static int deferredConsume(nghttp3_conn*, int64_t streamId, size_t consumed, void* userData, void*)
    {
        self(userData)->m_connection.extendStreamWindow(streamId, consumed);
        return 0;
    }

    static int beginHeaders(nghttp3_conn*, int64_t streamId, void* userData, void*)
    {
        self(userData)->stream(streamId).fields.clear();
        return 0;
    }

    static int receiveHeader(nghttp3_conn*, int64_t streamId, int32_t, nghttp3_rcbuf* name,
                             nghttp3_rcbuf* value, uint8_t, void* userData, void*)
    {
        self(userData)->stream(streamId).fields.append({bytesOf(name), bytesOf(value)});
        return 0;
    }

    static int endHeaders(nghttp3_conn*, int64_t streamId, int, void* userData, void*)
    {
        Http3Session* s = self(userData);
        Stream& stream = s->stream(streamId);
        s->reportHeaders(streamId, int(QuicDirection::Received), stream.fields);
        for (const auto& [name, value] : std::as_const(stream.fields)) {
            if (name == ":status")
                stream.status = value.toInt();
            else if (name == ":path")
                stream.path = value;
            else if (name == ":method")
                stream.method = value;
            else if (!name.startsWith(':'))
                stream.responseHeaders.append({name, value});
        }
        return 0;
    }

    static int endStream(nghttp3_conn*, int64_t streamId, void* userData, void*)
    {
        Http3Session* s = self(userData);
        if (s->m_role == Role::Server)
            return s->handle(streamId) ? 0 : NGHTTP3_ERR_CALLBACK_FAILURE;
        Stream& stream = s->stream(streamId);
        if (!stream.answered) {
            stream.answered = true;
            Http3Response response;
            response.streamId = streamId;
            response.path = stream.path;
            response.status = stream.status;
            response.headers = stream.responseHeaders;
            response.body = stream.body;
            response.sentEarly = stream.early;
            if (s->m_onResponse)
                s->m_onResponse(response);
        }
        return 0;
    }

    static int stopSending(nghttp3_conn*, int64_t streamId, uint64_t errorCode, void* userData, void*)
    {
        self(userData)->m_connection.shutdownStreamRead(streamId, errorCode);
        return 0;
    }

    static int resetStream(nghttp3_conn*, int64_t streamId, uint64_t errorCode, void* userData, void*)
    {
        self(userData)->m_connection.shutdownStreamWrite(streamId, errorCode);
        return 0;
    }

    static nghttp3_ssize readBody(nghttp3_conn*, int64_t streamId, nghttp3_vec* vec, size_t count,
                                  uint32_t* flags, void* userData, void*)
    {
        Http3Session* s = self(userData);
        Stream& stream = s->stream(streamId);
        *flags |= NGHTTP3_DATA_FLAG_EOF;
        if (stream.bodyOffered || count == 0)
            return 0;
        stream.bodyOffered = true;
        // The body stays in the stream until the stream closes, after nghttp3 is done with it.
        vec[0].base = reinterpret_cast<uint8_t*>(stream.body.data());
        vec[0].len = size_t(stream.body.size());
        return 1;
    }

    static int shutdown(nghttp3_conn*, int64_t, void* userData)
    {
        // The server's GOAWAY: no new request on this connection (RFC 9114 section 5.2).
        self(userData)->m_goAwayReceived = true;
        return 0;
    }

    static nghttp3_callbacks table()
    {
        nghttp3_callbacks callbacks{};
        callbacks.acked_stream_data = ackedStreamData;
        callbacks.stream_close = streamClose;
        callbacks.recv_data = receiveData;
        callbacks.deferred_consume = deferredConsume;
        callbacks.begin_headers = beginHeaders;
        callbacks.recv_header = receiveHeader;
        callbacks.end_headers = endHeaders;
        callbacks.stop_sending = stopSending;
        callbacks.end_stream = endStream;
        callbacks.reset_stream = resetStream;
        callbacks.shutdown = shutdown;
        return callbacks;
    }
};

Http3Session::Http3Session(QuicConnection& connection, Role role)
    : m_connection(connection)
    , m_role(role)
    , m_native(std::make_unique<Native>())
{
}

Http3Session::~Http3Session() = default;

std::unique_ptr<Http3Session> Http3Session::client(QuicConnection& connection, const QByteArray& authority,
                                                   ResponseCallback onResponse)
{
    std::unique_ptr<Http3Session> session(new Http3Session(connection, Role::Client));
    session->m_authority = authority;
    session->m_onResponse = std::move(onResponse);
    return session;
}

std::unique_ptr<Http3Session> Http3Session::server(QuicConnection& connection, Http3RequestHandler handler)
{
    std::unique_ptr<Http3Session> session(new Http3Session(connection, Role::Server));
    session->m_handler = std::move(handler);
    return session;
}

Http3Session::Stream& Http3Session::stream(qint64 streamId)
{
    std::unique_ptr<Stream>& slot = m_streams[streamId];
    if (!slot)
        slot = std::make_unique<Stream>(streamId);
    return *slot;
}

void Http3Session::get(const QByteArray& path)
{
    m_queue.append(path);
}

int Http3Session::outstandingRequests() const
{
    int outstanding = int(m_queue.size());
    for (const auto& [id, stream] : m_streams) {
        if (isBidirectional(id) && !stream->answered)
            ++outstanding;
    }
    return outstanding;
}

bool Http3Session::start()
{
    if (m_native->conn)
        return true;
    if (m_connection.unidirectionalStreamsAllowed() < 3)
        return false; // HTTP/3 needs a control and two QPACK streams
    const nghttp3_callbacks callbacks = Callbacks::table();
    nghttp3_settings settings;
    nghttp3_settings_default(&settings);
    settings.qpack_max_dtable_capacity = 4096;
    settings.qpack_blocked_streams = 100;
    const int created =
        m_role == Role::Client
            ? nghttp3_conn_client_new(&m_native->conn, &callbacks, &settings, nghttp3_mem_default(), this)
            : nghttp3_conn_server_new(&m_native->conn, &callbacks, &settings, nghttp3_mem_default(), this);
    if (created != 0)
        return false;
    if (m_role == Role::Server)
        nghttp3_conn_set_max_client_streams_bidi(m_native->conn,
                                                 m_connection.localBidirectionalStreamLimit());
    const std::optional<qint64> control = m_connection.openUnidirectionalStream();
    const std::optional<qint64> encoder = m_connection.openUnidirectionalStream();
    const std::optional<qint64> decoder = m_connection.openUnidirectionalStream();
    if (!control || !encoder || !decoder)
        return false;
    return nghttp3_conn_bind_control_stream(m_native->conn, *control) == 0 &&
           nghttp3_conn_bind_qpack_streams(m_native->conn, *encoder, *decoder) == 0 && submitQueued();
}

bool Http3Session::submitQueued()
{
    // After GOAWAY the queued requests stay unsent: outstandingRequests() tells the owner.
    if (m_role != Role::Client || !m_native->conn || m_goAwayReceived)
        return true;
    while (!m_queue.isEmpty()) {
        const std::optional<qint64> id = m_connection.openBidirectionalStream();
        if (!id)
            return true; // the server's stream limit: the rest waits for MAX_STREAMS
        const QByteArray path = m_queue.takeFirst();
        Stream& request = stream(*id);
        request.method = "GET";
        request.path = path;
        request.early = m_connection.offeredEarlyData() && !m_connection.isHandshakeCompleted();
        const HeaderList fields = {{":method", "GET"},
                                   {":scheme", "https"},
                                   {":authority", m_authority},
                                   {":path", path},
                                   {"user-agent", "ProtoViz"}};
        const std::vector<nghttp3_nv> nva = fieldsOf(fields);
        if (nghttp3_conn_submit_request(m_native->conn, *id, nva.data(), nva.size(), nullptr, nullptr) != 0)
            return false;
        reportHeaders(*id, int(QuicDirection::Sent), fields);
    }
    return true;
}

bool Http3Session::handle(qint64 streamId)
{
    Stream& request = stream(streamId);
    if (request.answered)
        return true;
    request.answered = true;
    HttpRequest httpRequest;
    httpRequest.method = request.method;
    httpRequest.path = request.path;
    for (const auto& [name, value] : std::as_const(request.fields)) {
        if (name == ":authority")
            httpRequest.authority = value;
        else if (!name.startsWith(':'))
            httpRequest.headers.append({name, value});
    }
    if (!m_handler)
        return respond(streamId, Workload().respond(httpRequest));
    // Whether the handler answered before it returned, and whether that answer could be submitted.
    struct Call
    {
        bool inHandler = true;
        bool failed = false;
    };
    const auto call = std::make_shared<Call>();
    const std::weak_ptr<const bool> lifetime = m_lifetime;
    m_handler(httpRequest, [this, lifetime, streamId, call](const HttpResponse& response) {
        if (lifetime.expired())
            return;
        if (call->inHandler) {
            call->failed = !respond(streamId, response);
            return;
        }
        // A held request answered later: nghttp3 takes the response now and the connection sends it.
        if (!m_connection.isClosed() && m_streams.contains(streamId) && respond(streamId, response))
            m_connection.flush();
    });
    call->inHandler = false;
    return !call->failed;
}

bool Http3Session::respond(qint64 streamId, const HttpResponse& response)
{
    Stream& request = stream(streamId);
    if (request.responded || !m_native->conn)
        return true;
    request.responded = true;
    HeaderList fields = {{":status", QByteArray::number(response.status)}};
    fields.append(response.headers);
    if (headerValue(fields, "content-length").isNull())
        fields.append({"content-length", QByteArray::number(response.body.size())});
    request.body = response.body;
    const std::vector<nghttp3_nv> nva = fieldsOf(fields);
    nghttp3_data_reader reader{Callbacks::readBody};
    if (nghttp3_conn_submit_response(m_native->conn, streamId, nva.data(), nva.size(),
                                     request.body.isEmpty() ? nullptr : &reader) != 0)
        return false;
    reportHeaders(streamId, int(QuicDirection::Sent), fields);
    return true;
}

void Http3Session::reportHeaders(qint64 streamId, int direction, const HeaderList& fields)
{
    if (QuicObserver* observer = m_connection.observer())
        observer->http3Headers({QuicClock::nowNs(), QuicDirection(direction), quint64(streamId), fields});
}

QList<Http3FrameScanner::Frame> Http3Session::scan(qint64 streamId, int direction, QByteArrayView bytes)
{
    QuicObserver* observer = m_connection.observer();
    // Received bytes are scanned even unobserved: the session judges frames nghttp3 does not know.
    const bool received = direction == int(QuicDirection::Received);
    if ((!observer && !received) || bytes.isEmpty())
        return {};
    Stream& state = stream(streamId);
    Http3FrameScanner& scanner = received ? state.receivedFrames : state.sentFrames;
    const QList<Http3FrameScanner::Frame> frames = scanner.feed(bytes);
    for (const Http3FrameScanner::Frame& frame : frames) {
        if (observer)
            observer->http3Frame({QuicClock::nowNs(), QuicDirection(direction), quint64(streamId), frame.type,
                                  frame.rawType, frame.length, frame.id});
    }
    return frames;
}

qint64 Http3Session::streamData(qint64 streamId, QByteArrayView data, bool fin)
{
    if (!m_native->conn)
        return qint64(data.size()); // no HTTP/3 yet (0-RTT refused): nothing to hand the bytes to
    const QList<Http3FrameScanner::Frame> frames = scan(streamId, int(QuicDirection::Received), data);
    // This client never sends MAX_PUSH_ID, so any push id is beyond its limit: H3_ID_ERROR (RFC 9114
    // sections 7.2.3 and 7.2.5), where nghttp3, which has no server push, says H3_FRAME_UNEXPECTED.
    const auto isPush = [](const Http3FrameScanner::Frame& frame) {
        return frame.type == Http3FrameType::PushPromise || frame.type == Http3FrameType::CancelPush;
    };
    if (m_role == Role::Client && std::any_of(frames.begin(), frames.end(), isPush)) {
        m_failureCode = NGHTTP3_H3_ID_ERROR;
        return -1;
    }
    if (m_role == Role::Server && isBidirectional(streamId)) {
        // The server learns here whether a request arrived in 0-RTT (before its handshake completed).
        Stream& request = stream(streamId);
        if (!m_connection.isHandshakeCompleted())
            request.early = true;
    }
    const nghttp3_ssize consumed =
        nghttp3_conn_read_stream(m_native->conn, streamId, reinterpret_cast<const uint8_t*>(data.data()),
                                 size_t(data.size()), fin ? 1 : 0);
    if (consumed < 0) {
        // The connection closes with the HTTP/3 error RFC 9114 names for what the peer did.
        m_failureCode = nghttp3_err_infer_quic_app_error_code(int(consumed));
        return -1;
    }
    return qint64(consumed);
}

bool Http3Session::shutDown()
{
    if (m_role != Role::Server || !m_native->conn)
        return false;
    if (!m_shuttingDown) {
        if (nghttp3_conn_shutdown(m_native->conn) != 0)
            return false;
        m_shuttingDown = true;
        m_connection.flush();
    }
    closeWhenDone();
    return true;
}

void Http3Session::closeWhenDone()
{
    if (!m_shuttingDown)
        return;
    for (const auto& [id, state] : m_streams) {
        if (isBidirectional(id))
            return; // a request the GOAWAY let through is not answered (and acknowledged) yet
    }
    // Often called from inside the connection (a stream closing): the close waits for the event loop.
    QMetaObject::invokeMethod(
        &m_connection,
        [connection = QPointer<QuicConnection>(&m_connection)] {
            if (connection)
                connection->close();
        },
        Qt::QueuedConnection);
}

bool Http3Session::streamDataAcked(qint64 streamId, quint64 length)
{
    return !m_native->conn || nghttp3_conn_add_ack_offset(m_native->conn, streamId, length) == 0;
}

bool Http3Session::streamClosed(qint64 streamId, quint64 errorCode)
{
    if (!m_native->conn)
        return true;
    const int rv = nghttp3_conn_close_stream(m_native->conn, streamId, errorCode);
    // A stream that carried nothing is unknown to nghttp3.
    if (rv == NGHTTP3_ERR_STREAM_NOT_FOUND) {
        m_streams.erase(streamId);
        return true;
    }
    return rv == 0;
}

bool Http3Session::streamReset(qint64 streamId)
{
    return !m_native->conn || nghttp3_conn_shutdown_stream_read(m_native->conn, streamId) == 0;
}

bool Http3Session::streamUnblocked(qint64 streamId)
{
    return !m_native->conn || nghttp3_conn_unblock_stream(m_native->conn, streamId) == 0;
}

bool Http3Session::nextChunk(QuicStreamChunk* chunk)
{
    if (!m_native->conn)
        return true;
    if (!submitQueued())
        return false;
    int64_t streamId = -1;
    int fin = 0;
    std::array<nghttp3_vec, QuicStreamChunk::MaxPieces> vectors{};
    const nghttp3_ssize count =
        nghttp3_conn_writev_stream(m_native->conn, &streamId, &fin, vectors.data(), vectors.size());
    if (count < 0)
        return false;
    chunk->streamId = streamId;
    chunk->fin = fin != 0;
    chunk->pieceCount = int(count);
    for (int i = 0; i < chunk->pieceCount; ++i)
        chunk->pieces[i] = QByteArrayView(vectors[i].base, qsizetype(vectors[i].len));
    if (streamId >= 0) {
        Stream& state = stream(streamId);
        state.lastPieces = chunk->pieces;
        state.lastPieceCount = chunk->pieceCount;
    }
    return true;
}

bool Http3Session::streamWritten(qint64 streamId, qint64 bytes)
{
    if (!m_native->conn || bytes < 0)
        return true;
    if (auto found = m_streams.find(streamId); found != m_streams.end()) {
        // Only the bytes ngtcp2 took count as sent; the rest comes back in the next chunk.
        Stream& state = *found->second;
        qint64 left = bytes;
        for (int i = 0; i < state.lastPieceCount && left > 0; ++i) {
            const QByteArrayView piece =
                state.lastPieces[i].first(std::min<qint64>(left, state.lastPieces[i].size()));
            scan(streamId, int(QuicDirection::Sent), piece);
            left -= piece.size();
        }
        state.lastPieceCount = 0;
    }
    return nghttp3_conn_add_write_offset(m_native->conn, streamId, size_t(bytes)) == 0;
}

void Http3Session::streamBlocked(qint64 streamId)
{
    if (m_native->conn)
        nghttp3_conn_block_stream(m_native->conn, streamId);
}

void Http3Session::streamWriteShut(qint64 streamId)
{
    if (m_native->conn)
        nghttp3_conn_shutdown_stream_write(m_native->conn, streamId);
}

void Http3Session::earlyDataRejected()
{
    // Every early stream is gone: their requests go out again, first, in the order they were made.
    QList<QByteArray> again;
    for (const auto& [id, state] : m_streams) {
        if (isBidirectional(id) && !state->answered && !state->path.isEmpty())
            again.append(state->path);
    }
    m_queue = again + m_queue;
    m_streams.clear();
    m_native = std::make_unique<Native>();
}

} // namespace protoviz

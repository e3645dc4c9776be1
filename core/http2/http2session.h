#pragma once

#include "core/http/httpmessage.h"
#include "core/http2/http2settings.h"
#include "core/timeline/eventrecorder.h"

#include <QObject>

#include <memory>

namespace protoviz {

class ByteStream;

/// One HTTP/2 connection, client or server side, on nghttp2. It reads and writes a ByteStream it does
/// not own, records every frame sent and received as a Layer::Http2 event (exact frame bytes, decoded
/// fields, HPACK representations paired with nghttp2's decoded header list), and exposes streams in
/// HTTP terms. Outgoing data is buffered per stream and sent as flow control allows.
///
/// Lives on the session thread. Signals are emitted after the frame that caused them has been
/// recorded, never from inside nghttp2, so slots may submit, send or destroy freely.
class Http2Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http2Session)

public:
    enum class Role { Client, Server };

    /// What a received header block is.
    enum class HeadersCategory {
        Request,      ///< a request's headers (server side)
        Response,     ///< a response's headers, including 1xx (client side)
        PushResponse, ///< the response headers on a pushed stream (client side)
        Trailers,     ///< headers after the data (gRPC status, ...)
    };

    /// Binds to stream; call start() once the stream is open.
    Http2Session(Role role, ByteStream* stream, const Http2Settings& settings, EventRecorder recorder,
                 QObject* parent = nullptr);
    ~Http2Session() override;

    Role role() const { return m_role; }

    /// Sends the connection preface (client) and SETTINGS, and starts reading.
    void start();

    /// Client: opens a stream with these headers (pseudo-headers first). hasBody: data will follow
    /// through sendData(); otherwise the HEADERS frame ends the stream. Returns the stream id, or -1.
    qint32 submitRequest(const HeaderList& headers, bool hasBody);

    /// Server: answers stream with these headers (":status" first). hasBody as above.
    bool submitResponse(qint32 stream, const HeaderList& headers, bool hasBody);

    /// Server: promises a pushed response related to stream; returns the promised stream id, or -1.
    qint32 submitPushPromise(qint32 associatedStream, const HeaderList& requestHeaders);

    /// Queues data on a stream opened with hasBody; endStream marks the last piece.
    void sendData(qint32 stream, const QByteArray& data, bool endStream);

    /// Ends a stream with trailers after its queued data (instead of END_STREAM on the last DATA).
    void sendTrailers(qint32 stream, const HeaderList& trailers);

    /// Resets a stream (RST_STREAM) with an HTTP/2 error code.
    void resetStream(qint32 stream, quint32 errorCode);

    /// Sends GOAWAY; the session ends when the streams in flight are done.
    void shutdown(quint32 errorCode = 0);

    /// Whether the peer's SETTINGS allow server push.
    bool peerAcceptsPush() const;

    /// The peer's SETTINGS_MAX_CONCURRENT_STREAMS (unlimited until its SETTINGS arrive).
    quint32 peerMaxConcurrentStreams() const;

    /// True once the session can neither send nor receive.
    bool isFinished() const { return m_finished; }

signals:
    void headersReceived(qint32 stream, const protoviz::HeaderList& headers,
                         protoviz::Http2Session::HeadersCategory category, bool endStream);
    /// Client: the server promised promisedStream, associated with stream, for these request headers.
    void pushPromised(qint32 stream, qint32 promisedStream, const protoviz::HeaderList& requestHeaders);
    void dataReceived(qint32 stream, const QByteArray& data);
    /// The peer ended its side of the stream (END_STREAM).
    void streamEnded(qint32 stream);
    /// The stream is closed; errorCode is 0 for a normal close, else the RST_STREAM / GOAWAY code.
    void streamClosed(qint32 stream, quint32 errorCode);
    /// The peer sent GOAWAY.
    void goAwayReceived(quint32 errorCode, qint32 lastStreamId);
    /// The connection failed (protocol error, malformed input, transport lost); finished() follows.
    void failed(const QString& reason);
    /// The session is over; the stream has been closed.
    void finished();

private:
    struct Private;
    friend struct Private;

    void onReceived(const QByteArray& data);
    void onStreamClosed();
    void flush();
    void dispatchDeliveries();
    void fail(const QString& reason, quint32 goAwayCode);
    void finish();

    const Role m_role;
    ByteStream* const m_stream;
    std::unique_ptr<Private> d;
    bool m_finished = false;
    bool m_started = false;
    bool m_dispatching = false;
};

} // namespace protoviz

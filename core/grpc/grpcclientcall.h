#pragma once

#include "core/grpc/grpceventlog.h"
#include "core/grpc/grpcmessagereader.h"
#include "core/grpc/grpcmethod.h"
#include "core/grpc/grpcstatus.h"
#include "core/http/httpmessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace protoviz {

class GrpcSchema;
class Http2Session;

/// Options of one gRPC call.
struct GrpcCallOptions
{
    qint64 timeoutNs = 0; ///< the deadline, counted from GrpcChannel::startCall(); 0: none
    HeaderList metadata;  ///< extra request headers (lower-case names)
};

/// The client side of one gRPC call on a GrpcChannel: sends the request headers (:method POST, the
/// method's :path, content-type application/grpc, te: trailers, grpc-timeout), length-prefixed request
/// messages and the half-close; reads the response headers, messages and the status from the trailers
/// (or from the headers alone, Trailers-Only). Holds the method's cardinality and its own deadline:
/// when it passes the call resets its stream (RST_STREAM CANCEL) and ends with DEADLINE_EXCEEDED,
/// whatever the server does. A response that breaks gRPC's rules (HTTP status other than 200, wrong
/// content-type, bad framing, no status) ends the call with the status the specification gives it.
///
/// Lives on the channel's thread; owned by its GrpcChannel, which deletes it (later) once finished()
/// has been emitted. Messages may be sent before the connection is open; they go out once it is.
class GrpcClientCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcClientCall)

public:
    ~GrpcClientCall() override;

    const QByteArray& path() const { return m_path; }
    /// What the schema says of the method, if it knows it (messages are then decoded by type).
    const std::optional<GrpcMethod>& method() const { return m_method; }
    /// The HTTP/2 stream id, -1 until the request headers have been submitted.
    qint32 stream() const { return m_stream; }

    /// Sends a request message (serialized protobuf). Ignored after closeSend() or once finished.
    void sendMessage(const QByteArray& message);
    /// Half-closes: no more request messages (END_STREAM).
    void closeSend();
    /// Cancels the call: RST_STREAM CANCEL; finished(CANCELLED) is emitted at once.
    void cancel();

    bool isFinished() const { return m_finished; }
    /// The status the call ended with (OK until it has ended).
    GrpcStatus status() const { return m_status; }

signals:
    /// The response headers arrived (not emitted for a Trailers-Only response).
    void headersReceived(const protoviz::HeaderList& headers);
    /// A response message arrived (serialized protobuf).
    void messageReceived(const QByteArray& message);
    /// The call is over, with this status. Emitted once, last.
    void finished(const protoviz::GrpcStatus& status);

private:
    friend class GrpcChannel;

    GrpcClientCall(const QByteArray& path, const GrpcCallOptions& options, const GrpcSchema& schema,
                   QObject* parent);

    void submit(Http2Session* session, const QByteArray& scheme, const QByteArray& authority,
                const GrpcEventLog& log);
    QByteArray frame(const QByteArray& message);
    void onHeaders(const HeaderList& headers, bool trailers, bool endStream);
    void onData(const QByteArray& data);
    void onEnded();
    void onClosed(quint32 errorCode);
    void onConnectionLost(const QString& reason);
    void failLocally(const GrpcStatus& status, const QByteArray& bytes = {});
    void end(const GrpcStatus& status, Direction direction, quint8 flags);
    static GrpcStatus statusFrom(const HeaderList& headers);

    const QByteArray m_path;
    const GrpcCallOptions m_options;
    const GrpcSchema& m_schema;
    const std::optional<GrpcMethod> m_method;
    GrpcEventLog m_log;
    GrpcMessageReader m_reader;
    Http2Session* m_session = nullptr;
    qint32 m_stream = -1;
    QList<QByteArray> m_unsent; // messages given before the stream existed
    QElapsedTimer m_age;
    QTimer m_deadline;
    HeaderList m_trailers; // the header block that carried the status
    GrpcStatus m_status;
    int m_sent = 0;
    int m_received = 0;
    bool m_sendClosed = false;
    bool m_remoteEnded = false; // the server ended its side (END_STREAM)
    bool m_finished = false;
};

} // namespace protoviz

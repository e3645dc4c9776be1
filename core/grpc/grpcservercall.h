#pragma once

#include "core/grpc/grpceventlog.h"
#include "core/grpc/grpcmessagereader.h"
#include "core/grpc/grpcmethod.h"
#include "core/grpc/grpcstatus.h"
#include "core/http/httpmessage.h"

#include <QObject>
#include <QTimer>

namespace protoviz {

class GrpcSchema;
class Http2Session;

/// The server side of one gRPC call: one HTTP/2 stream a GrpcServerConnection took over. Splits the
/// request DATA into length-prefixed messages, decodes each through the schema (recording it), holds
/// the method's cardinality (one request for unary and server-streaming methods), enforces the
/// client's grpc-timeout, and sends the service's answer: response headers with the first message,
/// messages, and the status in trailers — or alone, as Trailers-Only, when no message went out.
///
/// Lives on the connection's thread; owned by the GrpcServerConnection, which deletes it (later) once
/// its stream has closed. Services should use the call as the context of their timers and connections.
class GrpcServerCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcServerCall)

public:
    ~GrpcServerCall() override;

    const GrpcMethod& method() const { return m_method; }
    qint32 stream() const { return m_stream; }

    /// Sends a response message (serialized protobuf of the method's output type); the response
    /// headers go first if they have not. Ignored once the call is finished.
    void sendMessage(const QByteArray& message);
    /// Ends the call with a status: trailers after the messages sent, or Trailers-Only. Ignored once
    /// the call is finished.
    void finish(const GrpcStatus& status);

    bool isFinished() const { return m_finished; }

signals:
    /// A request message arrived (serialized protobuf of the method's input type, already validated).
    /// For methods that take one request (unary, server streaming) it is delivered once the client has
    /// finished sending, right before halfClosed().
    void messageReceived(const QByteArray& message);
    /// The client finished sending (END_STREAM); no message follows.
    void halfClosed();
    /// The call ended without the service finishing it: the client cancelled it (RST_STREAM), its
    /// deadline passed, the request broke gRPC's rules, or the connection was lost. Nothing more can be
    /// sent; the service should stop working on it.
    void cancelled();

private:
    friend class GrpcServerConnection;

    // How close to the deadline a client's cancel counts as the deadline (timer and network slack).
    static constexpr int DeadlineSlackMs = 25;

    GrpcServerCall(Http2Session* session, qint32 stream, GrpcMethod method, const GrpcSchema& schema,
                   GrpcEventLog log, QObject* parent);

    void startDeadline(qint64 timeoutNs);
    void onData(const QByteArray& data);
    void onEnded();
    void onClosed(quint32 errorCode);
    void onConnectionLost();
    void abort(const GrpcStatus& status);
    void end(const GrpcStatus& status, Direction direction, quint8 flags);

    Http2Session* const m_session;
    const qint32 m_stream;
    const GrpcMethod m_method;
    const GrpcSchema& m_schema;
    const GrpcEventLog m_log;
    GrpcMessageReader m_reader;
    QByteArray m_request; // the one request of a unary or server-streaming call, until the half-close
    QTimer m_deadline;
    qint64 m_timeoutNs = 0;
    int m_sent = 0;
    bool m_headersSent = false;
    bool m_finished = false;
};

} // namespace protoviz

#pragma once

#include "core/grpc/grpcclientcall.h"
#include "core/grpc/grpceventlog.h"
#include "core/grpc/grpcmethod.h"
#include "core/grpc/grpcstatus.h"
#include "core/http/httpmessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace protoviz {

class GrpcSchema;

/// The browser side of one gRPC-Web call on a GrpcWebClient: the request messages go out in one
/// HTTP/1.1 POST once closeSend() says they are all there (a browser cannot stream a request body,
/// so gRPC-Web has no client streaming), and the response body is read as gRPC-Web: length-prefixed
/// messages, then the trailer frame (flag 0x80) with grpc-status. A deadline sends grpc-timeout and
/// is also kept here: when it passes, or on cancel(), the call closes its HTTP/1.1 connection (the
/// only way a browser can abandon a request) and ends with DEADLINE_EXCEEDED or CANCELLED.
///
/// Lives on the client's thread; owned by its GrpcWebClient, which deletes it (later) once finished()
/// has been emitted.
class GrpcWebCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcWebCall)

public:
    ~GrpcWebCall() override;

    const QByteArray& path() const { return m_path; }
    /// The request's message number on its connection, 0 until it has been sent.
    quint32 message() const { return m_message; }

    /// Adds a request message (serialized protobuf). Ignored after closeSend() or once finished.
    void sendMessage(const QByteArray& message);
    /// No more request messages: the request can go.
    void closeSend();
    /// Gives up on the call: its connection is closed; finished(CANCELLED) is emitted at once.
    void cancel();

    bool isReady() const { return m_sendClosed; }
    bool isFinished() const { return m_finished; }
    GrpcStatus status() const { return m_status; }

signals:
    void messageReceived(const QByteArray& message);
    /// The call is over, with this status. Emitted once, last.
    void finished(const protoviz::GrpcStatus& status);
    /// closeSend() was called: the client may send the request.
    void ready();
    /// The call gave up (deadline or cancel) while on a connection: the client closes it.
    void abandoned();

private:
    friend class GrpcWebClient;

    GrpcWebCall(const QByteArray& path, const GrpcCallOptions& options, const GrpcSchema& schema,
                QObject* parent);

    /// The request to send now, recording it (log: the connection's, message: its number there).
    HttpRequest request(const QByteArray& authority);
    void sent(const GrpcEventLog& log, quint32 message, const HeaderList& headers);
    void onResponse(const HttpResponse& response);
    void onFailed(const QString& reason);
    void giveUp(const GrpcStatus& status);
    void end(const GrpcStatus& status, Direction direction, quint8 flags, const HeaderList& trailers = {});

    const QByteArray m_path;
    const GrpcCallOptions m_options;
    const GrpcSchema& m_schema;
    const std::optional<GrpcMethod> m_method;
    GrpcEventLog m_log;
    QList<QByteArray> m_messages;
    QElapsedTimer m_age;
    QTimer m_deadline;
    GrpcStatus m_status;
    quint32 m_message = 0;
    bool m_sendClosed = false;
    bool m_onConnection = false;
    bool m_finished = false;
};

} // namespace protoviz

#pragma once

#include "core/grpc/grpceventlog.h"
#include "core/grpc/grpcstatus.h"
#include "core/http/httpmessage.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace protoviz {

class GrpcServer;
class GrpcServerCall;
class Http2Session;

/// gRPC on one HTTP/2 server connection. Claims the streams that are gRPC requests and checks them as
/// the specification asks before any service sees them:
/// - a content-type other than application/grpc[+proto|;...] gets HTTP 415, a method other than POST
///   HTTP 405 (so that no plain HTTP client mistakes the answer for success);
/// - a grpc-encoding other than identity gets UNIMPLEMENTED, a malformed grpc-timeout INTERNAL;
/// - an unknown service or method gets UNIMPLEMENTED, as Trailers-Only;
/// then it creates a GrpcServerCall and hands it to the service, and routes the stream's data, end and
/// reset to the call. Each refusal is recorded as a Layer::Grpc Error event saying why.
///
/// Lives on the connection's thread; a child of the Http2ServerConnection it serves (see
/// GrpcServer::attach). Owns its calls.
class GrpcServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcServerConnection)

public:
    /// session: the connection's HTTP/2 session (server role), which must outlive this object.
    /// recorder: Origin::Server and the connection id.
    GrpcServerConnection(Http2Session* session, std::shared_ptr<const GrpcServer> server,
                         EventRecorder recorder, QObject* parent = nullptr);
    ~GrpcServerConnection() override;

    /// Offered a request's headers (see Http2ServerConnection::StreamClaim); true if it is gRPC's.
    bool claim(qint32 stream, const HeaderList& headers, bool endStream);

private:
    void refuseWithHttpStatus(qint32 stream, int httpStatus, const QString& explanation);
    void refuseTrailersOnly(qint32 stream, const GrpcStatus& status, HeaderList extra = {});

    Http2Session* const m_session;
    const std::shared_ptr<const GrpcServer> m_server;
    const GrpcEventLog m_log;
    QHash<qint32, GrpcServerCall*> m_calls;
};

} // namespace protoviz

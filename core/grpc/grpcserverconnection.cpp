#include "core/grpc/grpcserverconnection.h"

#include "core/grpc/grpcschema.h"
#include "core/grpc/grpcserver.h"
#include "core/grpc/grpcservercall.h"
#include "core/grpc/grpcservice.h"
#include "core/grpc/grpctimeout.h"
#include "core/http2/http2session.h"

namespace protoviz {

GrpcServerConnection::GrpcServerConnection(Http2Session* session, std::shared_ptr<const GrpcServer> server,
                                           EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_server(std::move(server))
    , m_log(recorder)
{
    connect(m_session, &Http2Session::dataReceived, this, [this](qint32 stream, const QByteArray& data) {
        if (GrpcServerCall* call = m_calls.value(stream))
            call->onData(data);
    });
    connect(m_session, &Http2Session::streamEnded, this, [this](qint32 stream) {
        if (GrpcServerCall* call = m_calls.value(stream))
            call->onEnded();
    });
    connect(m_session, &Http2Session::streamClosed, this, [this](qint32 stream, quint32 errorCode) {
        if (GrpcServerCall* call = m_calls.take(stream)) {
            call->onClosed(errorCode);
            call->deleteLater();
        }
    });
    connect(m_session, &Http2Session::finished, this, [this] {
        const auto calls = std::exchange(m_calls, {});
        for (GrpcServerCall* call : calls) {
            call->onConnectionLost();
            call->deleteLater();
        }
    });
}

GrpcServerConnection::~GrpcServerConnection() = default;

bool GrpcServerConnection::claim(qint32 stream, const HeaderList& headers, bool)
{
    const QByteArray path = headerValue(headers, ":path");
    const QByteArray contentType = headerValue(headers, "content-type");
    QString serviceName;
    QString methodName;
    const bool grpcPath = GrpcMethod::splitPath(path, &serviceName, &methodName);
    const GrpcService* service = grpcPath ? m_server->service(serviceName) : nullptr;
    const bool grpcType = GrpcMessageReader::isGrpcContentType(contentType);
    if (!grpcType && !service)
        return false;

    const std::optional<GrpcMethod> method = service ? m_server->schema().method(path) : std::nullopt;
    m_log.callStarted(stream, headers, method);

    if (!grpcType) {
        refuseWithHttpStatus(
            stream, 415,
            contentType.isEmpty()
                ? tr("The request to %1 has no content-type; gRPC requests must say application/grpc. A gRPC "
                     "server answers HTTP 415 so that no plain HTTP client takes the answer for success.")
                      .arg(QString::fromUtf8(path))
                : tr("The request to %1 has content-type \"%2\", not application/grpc. A gRPC server answers "
                     "HTTP 415 so that no plain HTTP client takes the answer for success.")
                      .arg(QString::fromUtf8(path), QString::fromUtf8(contentType)));
        return true;
    }
    if (headerValue(headers, ":method") != "POST") {
        refuseWithHttpStatus(stream, 405,
                             tr("gRPC calls are POST requests; this one is %1.")
                                 .arg(QString::fromUtf8(headerValue(headers, ":method"))));
        return true;
    }
    if (headerValue(headers, "te") != "trailers")
        m_log.error(stream,
                    tr("The request lacks \"te: trailers\", which gRPC requires so that proxies know the "
                       "client understands trailers; the call is served anyway."));
    const QByteArray encoding = headerValue(headers, "grpc-encoding");
    if (!encoding.isNull() && encoding != "identity") {
        const QString why = tr("The client compresses its messages with \"%1\"; this server only speaks the "
                               "identity encoding (it says so in grpc-accept-encoding).")
                                .arg(QString::fromUtf8(encoding));
        m_log.error(stream, why);
        refuseTrailersOnly(stream, {GrpcStatusCode::Unimplemented, why},
                           {{"grpc-accept-encoding", "identity"}});
        return true;
    }
    std::optional<qint64> timeoutNs;
    const QByteArray timeout = headerValue(headers, "grpc-timeout");
    if (!timeout.isNull() && !(timeoutNs = GrpcTimeout::parse(timeout))) {
        const QString why = tr("grpc-timeout \"%1\" is malformed: it must be at most eight digits and a unit "
                               "(H, M, S, m, u or n).")
                                .arg(QString::fromUtf8(timeout));
        m_log.error(stream, why);
        refuseTrailersOnly(stream, {GrpcStatusCode::Internal, why});
        return true;
    }
    if (!service) {
        const QString why = grpcPath ? tr("This server has no service \"%1\".").arg(serviceName)
                                     : tr("\"%1\" does not name a method as /package.Service/Method.")
                                           .arg(QString::fromUtf8(path));
        m_log.error(stream, why);
        refuseTrailersOnly(stream, {GrpcStatusCode::Unimplemented, why});
        return true;
    }
    if (!method) {
        const QString why = tr("The service %1 has no method \"%2\".").arg(serviceName, methodName);
        m_log.error(stream, why);
        refuseTrailersOnly(stream, {GrpcStatusCode::Unimplemented, why});
        return true;
    }

    auto* call = new GrpcServerCall(m_session, stream, *method, m_server->schema(), m_log, this);
    m_calls.insert(stream, call);
    if (timeoutNs)
        call->startDeadline(*timeoutNs);
    service->serve(call);
    return true;
}

void GrpcServerConnection::refuseWithHttpStatus(qint32 stream, int httpStatus, const QString& explanation)
{
    m_log.error(stream, explanation);
    const QByteArray body = explanation.toUtf8() + '\n';
    // grpc-status as well, for gRPC clients that read it; the HTTP status is what tells plain clients.
    HeaderList headers{{":status", QByteArray::number(httpStatus)},
                       {"content-type", "text/plain; charset=utf-8"},
                       {"content-length", QByteArray::number(body.size())},
                       {"grpc-status", QByteArray::number(int(GrpcStatusCode::Internal))},
                       {"grpc-message", GrpcStatus::encodeMessage(explanation)}};
    if (httpStatus == 405)
        headers.emplaceBack("allow", "POST");
    if (m_session->submitResponse(stream, headers, true))
        m_session->sendData(stream, body, true);
    m_log.callFinished(stream, {GrpcStatusCode::Internal, explanation}, Direction::ServerToClient,
                       GrpcFlag::TrailersOnly | GrpcFlag::HttpError);
}

void GrpcServerConnection::refuseTrailersOnly(qint32 stream, const GrpcStatus& status, HeaderList extra)
{
    HeaderList headers{{":status", "200"},
                       {"content-type", "application/grpc"},
                       {"grpc-status", QByteArray::number(int(status.code))},
                       {"grpc-message", GrpcStatus::encodeMessage(status.message)}};
    headers.append(extra);
    m_session->submitResponse(stream, headers, false);
    m_log.callFinished(stream, status, Direction::ServerToClient, GrpcFlag::TrailersOnly);
}

} // namespace protoviz

#include "core/grpc/grpcwebcall.h"

#include "core/grpc/grpcschema.h"
#include "core/grpc/grpctimeout.h"
#include "core/grpc/grpcwebcodec.h"

#include <QPointer>

#include <limits>

namespace protoviz {

GrpcWebCall::GrpcWebCall(const QByteArray& path, const GrpcCallOptions& options, const GrpcSchema& schema,
                         QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_options(options)
    , m_schema(schema)
    , m_method(schema.method(path))
{
    m_age.start();
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        giveUp({GrpcStatusCode::DeadlineExceeded,
                tr("The deadline of %1 passed before the call finished; the browser closed the HTTP/1.1 "
                   "connection to abandon it.")
                    .arg(GrpcTimeout::describe(m_options.timeoutNs))});
    });
    if (m_options.timeoutNs > 0) {
        const qint64 ms = (m_options.timeoutNs + 999999) / 1000000;
        m_deadline.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    }
}

GrpcWebCall::~GrpcWebCall() = default;

void GrpcWebCall::sendMessage(const QByteArray& message)
{
    if (!m_finished && !m_sendClosed)
        m_messages.append(message);
}

void GrpcWebCall::closeSend()
{
    if (m_finished || m_sendClosed)
        return;
    m_sendClosed = true;
    emit ready();
}

void GrpcWebCall::cancel()
{
    giveUp({GrpcStatusCode::Cancelled, tr("The browser cancelled the call; over HTTP/1.1 that means closing "
                                          "the connection.")});
}

HttpRequest GrpcWebCall::request(const QByteArray& authority)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = m_path;
    request.authority = authority;
    request.headers = {{"content-type", GrpcWebCodec::contentType()},
                       {"accept", GrpcWebCodec::contentType()},
                       {"x-grpc-web", "1"},
                       {"x-user-agent", "grpc-web-protoviz"}};
    if (m_options.timeoutNs > 0) {
        // What is left of the deadline now: waiting for a free connection has used some of it.
        const qint64 left = m_options.timeoutNs - m_age.nsecsElapsed();
        request.headers.append({"grpc-timeout", GrpcTimeout::format(std::max<qint64>(left, 1000000))});
    }
    request.headers.append(m_options.metadata);
    for (const QByteArray& message : std::as_const(m_messages))
        request.body += GrpcMessageReader::frame(message);
    return request;
}

void GrpcWebCall::sent(const GrpcEventLog& log, quint32 message, const HeaderList& headers)
{
    m_log = log;
    m_message = message;
    m_onConnection = true;
    HeaderList logged{{":method", "POST"}, {":path", m_path}};
    logged.append(headers);
    m_log.callStarted(qint32(message), logged, m_method);
    const QString methodName = m_method ? m_method->name : QString::fromUtf8(m_path);
    int sequence = 0;
    for (const QByteArray& bytes : std::as_const(m_messages)) {
        const GrpcFrame frame{GrpcMessageReader::frame(bytes), false, quint32(bytes.size())};
        m_log.sent(qint32(message), frame, m_schema, m_method ? m_method->inputType : QString(), methodName,
                   ++sequence);
    }
    m_messages.clear();
}

void GrpcWebCall::onResponse(const HttpResponse& response)
{
    if (m_finished)
        return;
    m_onConnection = false;
    const qint32 stream = qint32(m_message);
    if (response.status != 200) {
        const GrpcStatus status = GrpcStatus::fromHttpStatus(response.status);
        m_log.error(stream, status.message);
        end(status, Direction::ServerToClient, quint8(GrpcFlag::HttpError | GrpcFlag::Local));
        return;
    }
    const QByteArray contentType = headerValue(response.headers, "content-type");
    // A status in the HTTP headers (the proxy's Trailers-Only) ends the call without a body.
    const QByteArray headerStatus = headerValue(response.headers, "grpc-status");
    if (!GrpcWebCodec::isGrpcWebContentType(contentType) && headerStatus.isNull()) {
        const GrpcStatus status{GrpcStatusCode::Unknown,
                                tr("The response's content-type is \"%1\", not application/grpc-web.")
                                    .arg(QString::fromUtf8(contentType))};
        m_log.error(stream, status.message);
        end(status, Direction::None, GrpcFlag::Local);
        return;
    }
    const GrpcWebBody body = GrpcWebCodec::decodeBody(response.body);
    const QString type = m_method ? m_method->outputType : QString();
    const QString methodName = m_method ? m_method->name : QString::fromUtf8(m_path);
    QPointer<GrpcWebCall> guard(this);
    int sequence = 0;
    for (const GrpcFrame& frame : body.messages) {
        ++sequence;
        QString invalid;
        if (!m_log.received(stream, frame, m_schema, type, methodName, sequence, &invalid)) {
            const GrpcStatus status{
                GrpcStatusCode::Internal,
                tr("Response message %1 is not a valid %2: %3").arg(sequence).arg(type, invalid)};
            m_log.error(stream, status.message, frame.bytes, GrpcMessageReader::prefixFields(frame.bytes));
            end(status, Direction::None, GrpcFlag::Local);
            return;
        }
        emit messageReceived(frame.message());
        if (!guard || m_finished)
            return;
    }
    if (!body.error.isEmpty() && (body.trailerFrame.isEmpty() ? headerStatus.isNull() : true)) {
        const GrpcStatus status{GrpcStatusCode::Internal, body.error};
        m_log.error(stream, body.error, body.errorBytes, GrpcMessageReader::prefixFields(body.errorBytes));
        end(status, Direction::None, GrpcFlag::Local);
        return;
    }
    const HeaderList& trailers = body.trailerFrame.isEmpty() ? response.headers : body.trailers;
    const QByteArray code = headerValue(trailers, "grpc-status");
    bool valid = false;
    GrpcStatus status{GrpcStatus::codeFromHeader(code, &valid),
                      GrpcStatus::decodeMessage(headerValue(trailers, "grpc-message"))};
    if (!valid)
        status = {
            GrpcStatusCode::Internal,
            tr("The trailer frame carries no valid grpc-status (\"%1\").").arg(QString::fromUtf8(code))};
    HeaderList shown = trailers;
    if (!body.trailerFrame.isEmpty())
        shown.append(
            {"trailer frame",
             tr("%1 bytes at the end of the body, flag 0x80").arg(body.trailerFrame.size()).toUtf8()});
    end(status, Direction::ServerToClient, body.trailerFrame.isEmpty() ? GrpcFlag::TrailersOnly : quint8(0),
        shown);
}

void GrpcWebCall::onFailed(const QString& reason)
{
    if (m_finished)
        return;
    m_onConnection = false;
    end({GrpcStatusCode::Unavailable, reason}, Direction::None, GrpcFlag::Local);
}

void GrpcWebCall::giveUp(const GrpcStatus& status)
{
    if (m_finished)
        return;
    const bool onConnection = m_onConnection;
    m_onConnection = false;
    // The client closes the connection first, so that nothing it reports afterwards reaches this call.
    QPointer<GrpcWebCall> guard(this);
    if (onConnection)
        emit abandoned();
    if (guard)
        end(status, onConnection ? Direction::ClientToServer : Direction::None, GrpcFlag::Local);
}

void GrpcWebCall::end(const GrpcStatus& status, Direction direction, quint8 flags, const HeaderList& trailers)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_deadline.stop();
    m_log.callFinished(qint32(m_message), status, direction, flags, trailers);
    emit finished(status);
}

} // namespace protoviz

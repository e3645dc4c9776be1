#include "core/grpc/grpcclientcall.h"

#include "core/grpc/grpcschema.h"
#include "core/grpc/grpctimeout.h"
#include "core/http2/http2session.h"

#include <QPointer>

#include <limits>

namespace protoviz {

namespace {

constexpr quint32 Http2Cancel = 0x8;

QString methodLabel(const std::optional<GrpcMethod>& method, const QByteArray& path)
{
    return method ? method->name : QString::fromUtf8(path);
}

} // namespace

GrpcClientCall::GrpcClientCall(const QByteArray& path, const GrpcCallOptions& options,
                               const GrpcSchema& schema, QObject* parent)
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
        if (m_finished)
            return;
        const bool reset = m_stream > 0;
        if (reset)
            m_session->resetStream(m_stream, Http2Cancel);
        end({GrpcStatusCode::DeadlineExceeded, tr("The deadline of %1 passed before the call finished.")
                                                   .arg(GrpcTimeout::describe(m_options.timeoutNs))},
            Direction::None, quint8(GrpcFlag::Local | (reset ? GrpcFlag::Reset : 0)));
    });
    if (m_options.timeoutNs > 0) {
        const qint64 ms = (m_options.timeoutNs + 999999) / 1000000;
        m_deadline.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    }
}

GrpcClientCall::~GrpcClientCall() = default;

void GrpcClientCall::submit(Http2Session* session, const QByteArray& scheme, const QByteArray& authority,
                            const GrpcEventLog& log)
{
    if (m_finished || m_stream > 0)
        return;
    m_session = session;
    m_log = log;
    HeaderList headers{{":method", "POST"},
                       {":scheme", scheme},
                       {":path", m_path},
                       {":authority", authority},
                       {"te", "trailers"},
                       {"content-type", "application/grpc"},
                       {"grpc-accept-encoding", "identity"},
                       {"user-agent", "grpc-protoviz"}};
    if (m_options.timeoutNs > 0) {
        // What is left of the deadline now; the connection's set-up has used some of it.
        const qint64 left = m_options.timeoutNs - m_age.nsecsElapsed();
        headers.append({"grpc-timeout", GrpcTimeout::format(std::max<qint64>(left, 1000000))});
    }
    headers.append(m_options.metadata);
    m_stream = session->submitRequest(headers, true);
    if (m_stream < 0) {
        end({GrpcStatusCode::Unavailable, tr("The request could not be sent on the HTTP/2 connection.")},
            Direction::None, GrpcFlag::Local);
        return;
    }
    m_log.callStarted(m_stream, headers, m_method);
    // What the caller sent while the connection opened leaves together, the half-close on its last DATA.
    QByteArray waiting;
    const QList<QByteArray> unsent = std::exchange(m_unsent, {});
    for (const QByteArray& message : unsent)
        waiting += frame(message);
    if (!waiting.isEmpty() || m_sendClosed)
        m_session->sendData(m_stream, waiting, m_sendClosed);
}

void GrpcClientCall::sendMessage(const QByteArray& message)
{
    if (m_finished || m_sendClosed)
        return;
    if (m_stream < 0)
        m_unsent.append(message);
    else
        m_session->sendData(m_stream, frame(message), false);
}

QByteArray GrpcClientCall::frame(const QByteArray& message)
{
    const GrpcFrame frame{GrpcMessageReader::frame(message), false, quint32(message.size())};
    m_log.sent(m_stream, frame, m_schema, m_method ? m_method->inputType : QString(),
               methodLabel(m_method, m_path), ++m_sent);
    return frame.bytes;
}

void GrpcClientCall::closeSend()
{
    if (m_finished || m_sendClosed)
        return;
    m_sendClosed = true;
    if (m_stream > 0)
        m_session->sendData(m_stream, {}, true);
}

void GrpcClientCall::cancel()
{
    if (m_finished)
        return;
    const bool reset = m_stream > 0;
    if (reset)
        m_session->resetStream(m_stream, Http2Cancel);
    end({GrpcStatusCode::Cancelled, tr("The client cancelled the call.")}, Direction::ClientToServer,
        quint8(GrpcFlag::Local | (reset ? GrpcFlag::Reset : 0)));
}

GrpcStatus GrpcClientCall::statusFrom(const HeaderList& headers)
{
    const QByteArray value = headerValue(headers, "grpc-status");
    if (value.isNull())
        return {GrpcStatusCode::Internal, tr("The server's trailers carry no grpc-status.")};
    bool valid = false;
    GrpcStatus status{GrpcStatus::codeFromHeader(value, &valid),
                      GrpcStatus::decodeMessage(headerValue(headers, "grpc-message"))};
    if (!valid)
        status.message = tr("grpc-status \"%1\" is not a status code.").arg(QString::fromUtf8(value));
    return status;
}

void GrpcClientCall::onHeaders(const HeaderList& headers, bool trailers, bool endStream)
{
    if (m_finished)
        return;
    m_remoteEnded = endStream;
    if (trailers) {
        m_trailers = headers;
        if (!m_reader.finish()) {
            failLocally(m_reader.errorStatus(), m_reader.errorBytes());
            return;
        }
        if (headerValue(headers, "grpc-status").isNull()) {
            failLocally(statusFrom(headers));
            return;
        }
        end(statusFrom(headers), Direction::ServerToClient, 0);
        return;
    }
    const int httpStatus = headerValue(headers, ":status").toInt();
    if (httpStatus >= 100 && httpStatus < 200)
        return;
    if (httpStatus != 200) {
        // The HTTP status decides (gRPC's mapping); a grpc-message, if any, still says why.
        m_trailers = headers;
        GrpcStatus status = GrpcStatus::fromHttpStatus(httpStatus);
        const QString detail = GrpcStatus::decodeMessage(headerValue(headers, "grpc-message"));
        if (!detail.isEmpty())
            status.message += QLatin1Char(' ') + detail;
        m_log.error(m_stream, status.message);
        if (!endStream)
            m_session->resetStream(m_stream, Http2Cancel);
        end(status, Direction::ServerToClient,
            quint8(GrpcFlag::HttpError | GrpcFlag::Local |
                   (endStream ? GrpcFlag::TrailersOnly : GrpcFlag::Reset)));
        return;
    }
    const QByteArray contentType = headerValue(headers, "content-type");
    if (!GrpcMessageReader::isGrpcContentType(contentType)) {
        failLocally(
            {GrpcStatusCode::Unknown, tr("The response's content-type is \"%1\", not application/grpc.")
                                          .arg(QString::fromUtf8(contentType))});
        return;
    }
    if (endStream) {
        m_trailers = headers;
        end(statusFrom(headers), Direction::ServerToClient, GrpcFlag::TrailersOnly);
        return;
    }
    emit headersReceived(headers);
}

void GrpcClientCall::onData(const QByteArray& data)
{
    if (m_finished)
        return;
    const QList<GrpcFrame> frames = m_reader.feed(data);
    QPointer<GrpcClientCall> guard(this);
    for (const GrpcFrame& frame : frames) {
        ++m_received;
        const QByteArray message = frame.message();
        QString invalid;
        const QString type = m_method ? m_method->outputType : QString();
        if (!m_log.received(m_stream, frame, m_schema, type, methodLabel(m_method, m_path), m_received,
                            &invalid)) {
            failLocally({GrpcStatusCode::Internal,
                         tr("Response message %1 is not a valid %2: %3").arg(m_received).arg(type, invalid)},
                        frame.bytes);
            return;
        }
        if (m_method && !m_method->serverStreaming && m_received > 1) {
            failLocally({GrpcStatusCode::Internal,
                         tr("%1 is a %2 method, which answers with one message; a second one arrived.")
                             .arg(m_method->name, GrpcMethod::typeName(m_method->type()))},
                        frame.bytes);
            return;
        }
        emit messageReceived(message);
        if (!guard || m_finished)
            return;
    }
    if (m_reader.hasError())
        failLocally(m_reader.errorStatus(), m_reader.errorBytes());
}

void GrpcClientCall::onEnded()
{
    m_remoteEnded = true;
    if (m_finished)
        return;
    failLocally({GrpcStatusCode::Internal,
                 tr("The server ended the stream without trailers, so the call has no status.")});
}

void GrpcClientCall::onClosed(quint32 errorCode)
{
    if (m_finished)
        return;
    GrpcStatus status = GrpcStatus::fromHttp2ErrorCode(errorCode);
    if (errorCode == 0)
        status = {GrpcStatusCode::Internal, tr("The stream closed before the server sent a status.")};
    end(status, Direction::ServerToClient, GrpcFlag::Reset);
}

void GrpcClientCall::onConnectionLost(const QString& reason)
{
    if (m_finished)
        return;
    end({GrpcStatusCode::Unavailable, reason}, Direction::None, GrpcFlag::Local);
}

void GrpcClientCall::failLocally(const GrpcStatus& status, const QByteArray& bytes)
{
    // The response broke gRPC's rules: say why, stop the stream, and end with the status that
    // the specification gives such a response.
    m_log.error(m_stream, status.message, bytes, GrpcMessageReader::prefixFields(bytes));
    const bool reset = m_stream > 0 && !m_remoteEnded;
    if (reset)
        m_session->resetStream(m_stream, Http2Cancel);
    end(status, Direction::None, quint8(GrpcFlag::Local | (reset ? GrpcFlag::Reset : 0)));
}

void GrpcClientCall::end(const GrpcStatus& status, Direction direction, quint8 flags)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_deadline.stop();
    m_unsent.clear();
    m_log.callFinished(m_stream > 0 ? m_stream : 0, status, direction, flags, m_trailers);
    // A call the server ended while this side still had its request open: close the stream too.
    if (m_stream > 0 && !m_sendClosed && !(flags & GrpcFlag::Reset))
        m_session->resetStream(m_stream, Http2Cancel);
    emit finished(status);
}

} // namespace protoviz

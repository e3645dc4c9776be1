#include "core/grpc/grpcservercall.h"

#include "core/grpc/grpcschema.h"
#include "core/grpc/grpctimeout.h"
#include "core/http2/http2session.h"

#include <QPointer>

#include <limits>

namespace protoviz {

GrpcServerCall::GrpcServerCall(Http2Session* session, qint32 stream, GrpcMethod method,
                               const GrpcSchema& schema, GrpcEventLog log, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_stream(stream)
    , m_method(std::move(method))
    , m_schema(schema)
    , m_log(std::move(log))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abort({GrpcStatusCode::DeadlineExceeded,
               tr("The client's deadline of %1 passed before the call finished.")
                   .arg(GrpcTimeout::describe(m_timeoutNs))});
    });
}

GrpcServerCall::~GrpcServerCall() = default;

void GrpcServerCall::startDeadline(qint64 timeoutNs)
{
    m_timeoutNs = timeoutNs;
    // Round up: expiring a little late is harmless, early is not.
    const qint64 ms = (timeoutNs + 999999) / 1000000;
    m_deadline.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void GrpcServerCall::sendMessage(const QByteArray& message)
{
    if (m_finished)
        return;
    if (!m_headersSent) {
        m_headersSent = true;
        const HeaderList headers{
            {":status", "200"}, {"content-type", "application/grpc"}, {"grpc-accept-encoding", "identity"}};
        if (!m_session->submitResponse(m_stream, headers, true)) {
            abort({GrpcStatusCode::Internal, tr("The response headers could not be sent.")});
            return;
        }
    }
    const GrpcFrame frame{GrpcMessageReader::frame(message), false, quint32(message.size())};
    m_log.sent(m_stream, frame, m_schema, m_method.outputType, m_method.name, ++m_sent);
    m_session->sendData(m_stream, frame.bytes, false);
}

void GrpcServerCall::finish(const GrpcStatus& status)
{
    if (m_finished)
        return;
    HeaderList trailers{{"grpc-status", QByteArray::number(int(status.code))}};
    if (!status.message.isEmpty())
        trailers.append({"grpc-message", GrpcStatus::encodeMessage(status.message)});
    if (m_headersSent) {
        m_session->sendTrailers(m_stream, trailers);
        end(status, Direction::ServerToClient, 0);
        return;
    }
    // Trailers-Only: nothing was sent, so the status travels in the response's one header block.
    HeaderList headers{{":status", "200"}, {"content-type", "application/grpc"}};
    headers.append(trailers);
    m_headersSent = true;
    m_session->submitResponse(m_stream, headers, false);
    end(status, Direction::ServerToClient, GrpcFlag::TrailersOnly);
}

void GrpcServerCall::abort(const GrpcStatus& status)
{
    if (m_finished)
        return;
    finish(status);
    emit cancelled();
}

void GrpcServerCall::end(const GrpcStatus& status, Direction direction, quint8 flags)
{
    m_finished = true;
    m_deadline.stop();
    m_log.callFinished(m_stream, status, direction, flags);
}

void GrpcServerCall::onData(const QByteArray& data)
{
    if (m_finished)
        return;
    const QList<GrpcFrame> frames = m_reader.feed(data);
    QPointer<GrpcServerCall> guard(this);
    int sequence = m_reader.messageCount() - int(frames.size());
    for (const GrpcFrame& frame : frames) {
        ++sequence;
        const QByteArray message = frame.message();
        QString invalid;
        if (!m_log.received(m_stream, frame, m_schema, m_method.inputType, m_method.name, sequence,
                            &invalid)) {
            const QString why =
                tr("Request message %1 is not a valid %2: %3").arg(sequence).arg(m_method.inputType, invalid);
            m_log.error(m_stream, why, frame.bytes);
            abort({GrpcStatusCode::Internal, why});
            return;
        }
        if (!m_method.clientStreaming && sequence > 1) {
            const QString why = tr("%1 is a %2 method, which takes exactly one request message; a second one "
                                   "arrived.")
                                    .arg(m_method.name, GrpcMethod::typeName(m_method.type()));
            m_log.error(m_stream, why, frame.bytes);
            abort({GrpcStatusCode::Internal, why});
            return;
        }
        if (!m_method.clientStreaming) {
            // The one request is handed over with the half-close, as gRPC delivers it: only then is it
            // known to be the only one.
            m_request = message;
            continue;
        }
        emit messageReceived(message);
        if (!guard || m_finished)
            return;
    }
    if (m_reader.hasError()) {
        const GrpcStatus status = m_reader.errorStatus();
        const QByteArray bytes = m_reader.errorBytes();
        m_log.error(m_stream, status.message, bytes, GrpcMessageReader::prefixFields(bytes));
        abort(status);
    }
}

void GrpcServerCall::onEnded()
{
    if (m_finished)
        return;
    if (!m_reader.finish()) {
        const GrpcStatus status = m_reader.errorStatus();
        const QByteArray bytes = m_reader.errorBytes();
        m_log.error(m_stream, status.message, bytes, GrpcMessageReader::prefixFields(bytes));
        abort(status);
        return;
    }
    if (!m_method.clientStreaming && m_reader.messageCount() == 0) {
        const QString why =
            tr("%1 is a %2 method, which takes exactly one request message; the client sent none.")
                .arg(m_method.name, GrpcMethod::typeName(m_method.type()));
        m_log.error(m_stream, why);
        abort({GrpcStatusCode::Internal, why});
        return;
    }
    QPointer<GrpcServerCall> guard(this);
    if (!m_method.clientStreaming) {
        emit messageReceived(m_request);
        if (!guard || m_finished)
            return;
    }
    emit halfClosed();
}

void GrpcServerCall::onClosed(quint32 errorCode)
{
    if (m_finished)
        return;
    // The client reset the stream before the call had a status: cancellation (RST_STREAM CANCEL), or
    // what the error code says.
    GrpcStatus status = GrpcStatus::fromHttp2ErrorCode(errorCode);
    if (errorCode == 0x8)
        status.message = tr("The client cancelled the call (RST_STREAM CANCEL).");
    // A client gives up when its deadline passes, which is when this side's timer is due too (it started
    // one one-way delay later, with as much less time): a cancel that arrives then is the deadline.
    if (errorCode == 0x8 && m_deadline.isActive() && m_deadline.remainingTime() <= DeadlineSlackMs)
        status = {
            GrpcStatusCode::DeadlineExceeded,
            tr("The client's deadline of %1 passed; it reset the stream (RST_STREAM CANCEL) as it gave up.")
                .arg(GrpcTimeout::describe(m_timeoutNs))};
    end(status, Direction::ClientToServer, GrpcFlag::Reset);
    emit cancelled();
}

void GrpcServerCall::onConnectionLost()
{
    if (m_finished)
        return;
    end({GrpcStatusCode::Unavailable, tr("The connection ended before the call finished.")}, Direction::None,
        GrpcFlag::Local);
    emit cancelled();
}

} // namespace protoviz

#include "core/grpc/grpceventlog.h"

#include "core/grpc/grpctimeout.h"

namespace protoviz {

void GrpcEventLog::callStarted(qint32 stream, const HeaderList& headers,
                               const std::optional<GrpcMethod>& method) const
{
    if (!isActive())
        return;
    EventDetail detail;
    const QByteArray path = headerValue(headers, ":path");
    detail.text = QString::fromUtf8(path);
    if (method) {
        detail.fields.append({tr("service"), method->service});
        detail.fields.append({tr("method"), method->name});
        detail.fields.append({tr("call type"), GrpcMethod::typeName(method->type())});
        detail.fields.append({tr("request type"), method->inputType});
        detail.fields.append({tr("response type"), method->outputType});
    } else {
        detail.fields.append({tr("method"), tr("not in ProtoViz's schema")});
    }
    for (const auto& [name, value] : headers) {
        QString text = QString::fromUtf8(value);
        if (name == "grpc-timeout") {
            if (const std::optional<qint64> timeout = GrpcTimeout::parse(value))
                text += QLatin1String(" (") + GrpcTimeout::describe(*timeout) + QLatin1Char(')');
            else
                text += tr(" (malformed)");
        }
        detail.fields.append({QString::fromUtf8(name), text});
    }
    m_recorder.record({.layer = Layer::Grpc,
                       .kind = kindOf(GrpcKind::CallStarted),
                       .direction = Direction::ClientToServer,
                       .stream = quint32(stream)},
                      std::move(detail));
}

void GrpcEventLog::sent(qint32 stream, const GrpcFrame& frame, const GrpcSchema& schema,
                        const QString& typeName, const QString& methodName, int sequence) const
{
    if (isActive())
        message(stream, frame, schema.decode(typeName, frame.message(), 1), m_recorder.outgoing(), methodName,
                sequence);
}

bool GrpcEventLog::received(qint32 stream, const GrpcFrame& frame, const GrpcSchema& schema,
                            const QString& typeName, const QString& methodName, int sequence,
                            QString* error) const
{
    if (!isActive())
        return typeName.isEmpty() || schema.validate(typeName, frame.message(), error);
    const DecodedMessage decoded = schema.decode(typeName, frame.message(), 1);
    message(stream, frame, decoded, m_recorder.incoming(), methodName, sequence);
    if (!typeName.isEmpty() && !decoded.valid) {
        *error = decoded.error;
        return false;
    }
    return true;
}

void GrpcEventLog::message(qint32 stream, const GrpcFrame& frame, const DecodedMessage& decoded,
                           Direction direction, const QString& methodName, int sequence) const
{
    if (!isActive())
        return;
    EventDetail detail;
    detail.bytes = frame.bytes;
    detail.fields = GrpcMessageReader::prefixFields(frame.bytes);
    const QString type = decoded.typeName.isEmpty() ? tr("message (no schema)") : decoded.typeName;
    detail.fields.append({tr("message"), tr("%1, %2 bytes").arg(type).arg(frame.length),
                          GrpcFrame::PrefixSize, int(frame.length), 0});
    for (Field field : decoded.fields) {
        if (field.offset >= 0)
            field.offset += GrpcFrame::PrefixSize;
        detail.fields.append(std::move(field));
    }
    if (!decoded.valid)
        detail.fields.append({tr("error"), decoded.error});
    if (decoded.jsonSize >= 0)
        detail.fields.append({tr("as JSON"), tr("%1 bytes").arg(decoded.jsonSize)});
    const bool request = direction == Direction::ClientToServer;
    const QString what = request ? tr("%1 request %2").arg(methodName).arg(sequence)
                                 : tr("%1 response %2").arg(methodName).arg(sequence);
    detail.text = decoded.jsonSize >= 0
                      ? tr("%1: %2 bytes of protobuf + 5 bytes of prefix; %3 bytes as JSON")
                            .arg(what)
                            .arg(frame.length)
                            .arg(decoded.jsonSize)
                      : tr("%1: %2 bytes of protobuf + 5 bytes of prefix").arg(what).arg(frame.length);
    m_recorder.record({.layer = Layer::Grpc,
                       .kind = kindOf(GrpcKind::Message),
                       .direction = direction,
                       .flags = frame.compressed ? GrpcFlag::Compressed : quint8(0),
                       .stream = quint32(stream),
                       .size = quint32(frame.bytes.size()),
                       .overhead = quint32(GrpcFrame::PrefixSize),
                       .value = decoded.jsonSize},
                      std::move(detail));
}

void GrpcEventLog::callFinished(qint32 stream, const GrpcStatus& status, Direction direction, quint8 flags,
                                const HeaderList& trailers) const
{
    if (!isActive())
        return;
    EventDetail detail;
    detail.text = status.toString();
    detail.fields.append(
        {QStringLiteral("grpc-status"),
         QStringLiteral("%1 (%2)").arg(int(status.code)).arg(GrpcStatus::codeName(status.code))});
    if (!status.message.isEmpty())
        detail.fields.append({QStringLiteral("grpc-message"), status.message});
    if (flags & GrpcFlag::TrailersOnly)
        detail.fields.append(
            {tr("form"), tr("Trailers-Only: the status came in the response's only header block")});
    if (flags & GrpcFlag::Reset)
        detail.fields.append({tr("form"), tr("the stream was reset (RST_STREAM)")});
    if (flags & GrpcFlag::Local)
        detail.fields.append({tr("decided by"), tr("this side, without a status from the peer")});
    for (const auto& [name, value] : trailers) {
        if (name != "grpc-status" && name != "grpc-message")
            detail.fields.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    m_recorder.record({.layer = Layer::Grpc,
                       .kind = kindOf(GrpcKind::CallFinished),
                       .direction = direction,
                       .flags = flags,
                       .stream = quint32(stream),
                       .value = qint64(status.code)},
                      std::move(detail));
}

void GrpcEventLog::error(qint32 stream, const QString& text, const QByteArray& bytes,
                         const QList<Field>& fields) const
{
    if (!isActive())
        return;
    EventDetail detail;
    detail.text = text;
    detail.bytes = bytes;
    detail.fields = fields;
    m_recorder.record({.layer = Layer::Grpc,
                       .kind = kindOf(GrpcKind::Error),
                       .direction = Direction::None,
                       .stream = quint32(stream)},
                      std::move(detail));
}

} // namespace protoviz

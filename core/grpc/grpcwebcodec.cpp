#include "core/grpc/grpcwebcodec.h"

#include <QtEndian>

namespace protoviz {

namespace {

quint32 lengthAt(QByteArrayView bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.data() + offset);
}

} // namespace

QByteArray GrpcWebCodec::contentType()
{
    return QByteArrayLiteral("application/grpc-web+proto");
}

bool GrpcWebCodec::isGrpcWebContentType(QByteArrayView contentType)
{
    const QByteArray value = contentType.toByteArray().trimmed().toLower();
    constexpr QByteArrayView Base("application/grpc-web");
    if (!value.startsWith(Base))
        return false;
    const QByteArrayView rest = QByteArrayView(value).sliced(Base.size());
    return rest.isEmpty() || rest == "+proto" || rest.startsWith(';') || rest.startsWith("+proto;");
}

QByteArray GrpcWebCodec::trailerFrame(const HeaderList& trailers)
{
    QByteArray payload;
    for (const auto& [name, value] : trailers) {
        if (name.isEmpty() || name.contains('\r') || name.contains('\n') || name.contains(':') ||
            value.contains('\r') || value.contains('\n'))
            continue;
        payload += name.toLower() + ": " + value + "\r\n";
    }
    QByteArray frame(GrpcFrame::PrefixSize, Qt::Uninitialized);
    frame[0] = char(TrailerFlag);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data() + 1);
    return frame + payload;
}

bool GrpcWebCodec::parseTrailers(QByteArrayView payload, HeaderList* trailers, QString* error)
{
    trailers->clear();
    qsizetype offset = 0;
    while (offset < payload.size()) {
        const qsizetype end = payload.indexOf("\r\n", offset);
        // The last line may lack its CR LF: implementations differ, and nothing is ambiguous.
        const QByteArrayView line = payload.sliced(offset, (end < 0 ? payload.size() : end) - offset);
        offset = end < 0 ? payload.size() : end + 2;
        if (line.isEmpty())
            continue;
        if (line.contains('\r') || line.contains('\n')) {
            *error = tr("A trailer line holds a stray CR or LF.");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.first(colon).trimmed().isEmpty()) {
            *error = tr("The trailer line \"%1\" is not \"name: value\".")
                         .arg(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 64))));
            return false;
        }
        trailers->append({line.first(colon).toByteArray().trimmed().toLower(),
                          line.sliced(colon + 1).toByteArray().trimmed()});
    }
    return true;
}

GrpcWebBody GrpcWebCodec::decodeBody(QByteArrayView body, quint32 maxMessageSize)
{
    GrpcWebBody result;
    qsizetype offset = 0;
    while (offset < body.size()) {
        if (!result.trailerFrame.isEmpty()) {
            result.error = tr("%n byte(s) follow the trailer frame, which must end the body.", nullptr,
                              int(std::min<qsizetype>(body.size() - offset, 1 << 30)));
            result.errorBytes =
                body.sliced(offset, std::min<qsizetype>(body.size() - offset, 64)).toByteArray();
            return result;
        }
        if (body.size() - offset < GrpcFrame::PrefixSize) {
            result.error = tr("The body ends inside a frame's 5-byte prefix.");
            result.errorBytes = body.sliced(offset).toByteArray();
            return result;
        }
        const auto flags = quint8(body[offset]);
        const quint32 length = lengthAt(body, offset + 1);
        const QByteArray prefix = body.sliced(offset, GrpcFrame::PrefixSize).toByteArray();
        if (flags & ~(TrailerFlag | CompressedFlag)) {
            result.error = tr("The frame flag byte is 0x%1; only 0x00 (message) and 0x80 (trailers) are "
                              "defined.")
                               .arg(flags, 2, 16, QLatin1Char('0'));
            result.errorBytes = prefix;
            return result;
        }
        if (flags & CompressedFlag) {
            result.error = tr("The frame is marked compressed, but no compression was agreed.");
            result.errorBytes = prefix;
            return result;
        }
        if (length > maxMessageSize) {
            result.error =
                tr("A frame announces %1 bytes, more than the limit of %2.").arg(length).arg(maxMessageSize);
            result.errorBytes = prefix;
            return result;
        }
        if (body.size() - offset - GrpcFrame::PrefixSize < qsizetype(length)) {
            result.error = tr("The body ends %n byte(s) short of the frame its prefix announces.", nullptr,
                              int(qsizetype(length) - (body.size() - offset - GrpcFrame::PrefixSize)));
            result.errorBytes =
                body.sliced(offset, std::min<qsizetype>(body.size() - offset, 64)).toByteArray();
            return result;
        }
        const QByteArrayView frame = body.sliced(offset, GrpcFrame::PrefixSize + qsizetype(length));
        offset += frame.size();
        if (flags & TrailerFlag) {
            result.trailerFrame = frame.toByteArray();
            QString why;
            if (!parseTrailers(frame.sliced(GrpcFrame::PrefixSize), &result.trailers, &why)) {
                result.error = why;
                result.errorBytes = result.trailerFrame;
                return result;
            }
        } else {
            result.messages.append({frame.toByteArray(), false, length});
        }
    }
    if (result.trailerFrame.isEmpty())
        result.error = tr("The body has no trailer frame (flag 0x80), so the call has no status.");
    return result;
}

QList<Field> GrpcWebCodec::trailerFrameFields(QByteArrayView frame)
{
    QList<Field> fields;
    if (frame.size() < GrpcFrame::PrefixSize)
        return fields;
    fields.append(
        {tr("flags"), tr("0x%1: trailer frame").arg(quint8(frame[0]), 2, 16, QLatin1Char('0')), 0, 1, 0});
    fields.append({tr("length"), QString::number(lengthAt(frame, 1)), 1, 4, 0});
    qsizetype offset = GrpcFrame::PrefixSize;
    while (offset < frame.size()) {
        const qsizetype end = frame.indexOf("\r\n", offset);
        const qsizetype lineEnd = end < 0 ? frame.size() : end;
        const QByteArrayView line = frame.sliced(offset, lineEnd - offset);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            fields.append({QString::fromUtf8(line.first(colon)),
                           QString::fromUtf8(line.sliced(colon + 1).trimmed()), int(offset), int(line.size()),
                           1});
        offset = end < 0 ? frame.size() : end + 2;
    }
    return fields;
}

} // namespace protoviz

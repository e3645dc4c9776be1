#include "core/grpc/grpcmessagereader.h"

#include <QtEndian>

namespace protoviz {

GrpcMessageReader::GrpcMessageReader(quint32 maxMessageSize)
    : m_maxMessageSize(maxMessageSize)
{
}

QList<GrpcFrame> GrpcMessageReader::feed(QByteArrayView data)
{
    QList<GrpcFrame> frames;
    if (hasError())
        return frames;
    m_buffer.append(data);
    qsizetype offset = 0;
    while (m_buffer.size() - offset >= GrpcFrame::PrefixSize) {
        const auto flag = quint8(m_buffer[offset]);
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + offset + 1);
        const QByteArray prefix = m_buffer.sliced(offset, GrpcFrame::PrefixSize);
        if (flag > 1) {
            fail(Error::BadCompressedFlag, prefix);
            break;
        }
        if (flag == 1) {
            fail(Error::CompressedWithoutEncoding, prefix);
            break;
        }
        if (length > m_maxMessageSize) {
            m_announced = length;
            fail(Error::TooLarge, prefix);
            break;
        }
        const qsizetype total = GrpcFrame::PrefixSize + qsizetype(length);
        if (m_buffer.size() - offset < total)
            break;
        frames.append({m_buffer.sliced(offset, total), false, length});
        offset += total;
        ++m_count;
    }
    if (hasError())
        m_buffer.clear();
    else if (offset > 0)
        m_buffer.remove(0, offset);
    return frames;
}

bool GrpcMessageReader::finish()
{
    if (hasError())
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (m_buffer.size() >= GrpcFrame::PrefixSize)
        m_announced = qFromBigEndian<quint32>(m_buffer.constData() + 1);
    fail(Error::Truncated, std::exchange(m_buffer, {}));
    return false;
}

void GrpcMessageReader::fail(Error error, QByteArray bytes)
{
    m_error = error;
    m_errorBytes = std::move(bytes);
}

GrpcStatus GrpcMessageReader::errorStatus() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::BadCompressedFlag:
        return {GrpcStatusCode::Internal,
                tr("The compressed flag of a message is %1; gRPC allows only 0 (plain) and 1 (compressed).")
                    .arg(quint8(m_errorBytes.at(0)))};
    case Error::CompressedWithoutEncoding:
        return {GrpcStatusCode::Internal,
                tr("A message has the compressed flag set, but the stream's grpc-encoding is identity: "
                   "there is no compression it could have used.")};
    case Error::TooLarge:
        return {GrpcStatusCode::ResourceExhausted,
                tr("A message announces %1 bytes, more than the %2 bytes this endpoint accepts.")
                    .arg(m_announced)
                    .arg(m_maxMessageSize)};
    case Error::Truncated:
        if (m_errorBytes.size() < GrpcFrame::PrefixSize)
            return {GrpcStatusCode::Internal,
                    tr("The stream ended inside a message prefix: %n of its 5 bytes arrived.", nullptr,
                       int(m_errorBytes.size()))};
        return {GrpcStatusCode::Internal,
                tr("A message announces %1 bytes, but the stream ended after %2 of them: the length is "
                   "beyond the data.")
                    .arg(m_announced)
                    .arg(m_errorBytes.size() - GrpcFrame::PrefixSize)};
    }
    return {};
}

bool GrpcMessageReader::isGrpcContentType(QByteArrayView contentType)
{
    constexpr QByteArrayView base("application/grpc");
    if (contentType.size() < base.size() ||
        contentType.first(base.size()).compare(base, Qt::CaseInsensitive) != 0)
        return false;
    return contentType.size() == base.size() || contentType[base.size()] == '+' ||
           contentType[base.size()] == ';';
}

QByteArray GrpcMessageReader::frame(QByteArrayView message)
{
    QByteArray framed(GrpcFrame::PrefixSize, '\0');
    qToBigEndian<quint32>(quint32(message.size()), framed.data() + 1);
    framed.append(message);
    return framed;
}

QList<Field> GrpcMessageReader::prefixFields(QByteArrayView prefix)
{
    QList<Field> fields;
    if (prefix.isEmpty())
        return fields;
    const auto flag = quint8(prefix[0]);
    const QString flagText = flag == 0   ? tr("0 (not compressed)")
                             : flag == 1 ? tr("1 (compressed)")
                                         : tr("%1 (invalid: only 0 and 1 are defined)").arg(flag);
    fields.append({tr("compressed flag"), flagText, 0, 1, 0});
    if (prefix.size() >= GrpcFrame::PrefixSize) {
        const quint32 length = qFromBigEndian<quint32>(prefix.data() + 1);
        fields.append({tr("message length"), tr("%1 bytes").arg(length), 1, 4, 0});
    }
    return fields;
}

} // namespace protoviz

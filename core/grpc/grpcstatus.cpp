#include "core/grpc/grpcstatus.h"

#include <algorithm>
#include <array>

namespace protoviz {

namespace {

constexpr std::array codeNames{
    u"OK",        u"CANCELLED",       u"UNKNOWN",           u"INVALID_ARGUMENT",   u"DEADLINE_EXCEEDED",
    u"NOT_FOUND", u"ALREADY_EXISTS",  u"PERMISSION_DENIED", u"RESOURCE_EXHAUSTED", u"FAILED_PRECONDITION",
    u"ABORTED",   u"OUT_OF_RANGE",    u"UNIMPLEMENTED",     u"INTERNAL",           u"UNAVAILABLE",
    u"DATA_LOSS", u"UNAUTHENTICATED",
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QString GrpcStatus::codeName(GrpcStatusCode code)
{
    const auto index = std::size_t(code);
    return index < codeNames.size() ? QString::fromUtf16(codeNames[index]) : QStringLiteral("UNKNOWN");
}

QString GrpcStatus::toString() const
{
    const QString head = QStringLiteral("%1 (%2)").arg(codeName(code)).arg(int(code));
    return message.isEmpty() ? head : head + QLatin1String(": ") + message;
}

GrpcStatusCode GrpcStatus::codeFromHeader(QByteArrayView value, bool* valid)
{
    // The gRPC spec's grammar is 1*DIGIT: no sign and no whitespace, which QByteArray::toInt() would
    // both let through.
    const bool digitsOnly = !value.isEmpty() && std::all_of(value.begin(), value.end(),
                                                            [](char c) { return c >= '0' && c <= '9'; });
    bool ok = false;
    const int number = digitsOnly ? QByteArray(value.data(), value.size()).toInt(&ok) : -1;
    ok = ok && number >= 0 && number <= 16;
    if (valid)
        *valid = ok;
    return ok ? GrpcStatusCode(number) : GrpcStatusCode::Unknown;
}

GrpcStatus GrpcStatus::fromHttpStatus(int httpStatus)
{
    GrpcStatusCode code = GrpcStatusCode::Unknown;
    switch (httpStatus) {
    case 400:
        code = GrpcStatusCode::Internal;
        break;
    case 401:
        code = GrpcStatusCode::Unauthenticated;
        break;
    case 403:
        code = GrpcStatusCode::PermissionDenied;
        break;
    case 404:
        code = GrpcStatusCode::Unimplemented;
        break;
    case 429:
    case 502:
    case 503:
    case 504:
        code = GrpcStatusCode::Unavailable;
        break;
    default:
        break;
    }
    return {code, tr("The server answered with HTTP status %1 instead of 200.").arg(httpStatus)};
}

GrpcStatus GrpcStatus::fromHttp2ErrorCode(quint32 errorCode)
{
    // RFC 9113 error codes: REFUSED_STREAM (7), CANCEL (8), ENHANCE_YOUR_CALM (11), INADEQUATE_SECURITY
    // (12); every other code means the transport broke, which gRPC reports as INTERNAL.
    switch (errorCode) {
    case 0x7:
        return {GrpcStatusCode::Unavailable,
                tr("The server refused the stream (RST_STREAM REFUSED_STREAM).")};
    case 0x8:
        return {GrpcStatusCode::Cancelled, tr("The stream was cancelled (RST_STREAM CANCEL).")};
    case 0xb:
        return {GrpcStatusCode::ResourceExhausted,
                tr("The server asked to slow down (RST_STREAM ENHANCE_YOUR_CALM).")};
    case 0xc:
        return {GrpcStatusCode::PermissionDenied,
                tr("The connection's security is inadequate (INADEQUATE_SECURITY).")};
    default:
        return {GrpcStatusCode::Internal,
                tr("The stream was reset with HTTP/2 error code %1 before the call had a status.")
                    .arg(errorCode)};
    }
}

QByteArray GrpcStatus::encodeMessage(const QString& message)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = message.toUtf8();
    QByteArray encoded;
    encoded.reserve(utf8.size());
    for (const char c : utf8) {
        const auto byte = quint8(c);
        if (byte >= 0x20 && byte <= 0x7e && byte != '%') {
            encoded.append(c);
        } else {
            encoded.append('%');
            encoded.append(hex[byte >> 4]);
            encoded.append(hex[byte & 0xf]);
        }
    }
    return encoded;
}

QString GrpcStatus::decodeMessage(QByteArrayView value)
{
    QByteArray decoded;
    decoded.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '%' && i + 2 < value.size()) {
            const int high = hexValue(value[i + 1]);
            const int low = hexValue(value[i + 2]);
            if (high >= 0 && low >= 0) {
                decoded.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        }
        decoded.append(value[i]);
    }
    return QString::fromUtf8(decoded);
}

} // namespace protoviz

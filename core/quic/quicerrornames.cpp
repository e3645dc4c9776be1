#include "core/quic/quicerrornames.h"

#include <map>

namespace protoviz::QuicErrorNames {

QString transport(quint64 code)
{
    static const std::map<quint64, const char*> names{
        {0x0, "NO_ERROR"},
        {0x1, "INTERNAL_ERROR"},
        {0x2, "CONNECTION_REFUSED"},
        {0x3, "FLOW_CONTROL_ERROR"},
        {0x4, "STREAM_LIMIT_ERROR"},
        {0x5, "STREAM_STATE_ERROR"},
        {0x6, "FINAL_SIZE_ERROR"},
        {0x7, "FRAME_ENCODING_ERROR"},
        {0x8, "TRANSPORT_PARAMETER_ERROR"},
        {0x9, "CONNECTION_ID_LIMIT_ERROR"},
        {0xa, "PROTOCOL_VIOLATION"},
        {0xb, "INVALID_TOKEN"},
        {0xc, "APPLICATION_ERROR"},
        {0xd, "CRYPTO_BUFFER_EXCEEDED"},
        {0xe, "KEY_UPDATE_ERROR"},
        {0xf, "AEAD_LIMIT_REACHED"},
        {0x10, "NO_VIABLE_PATH"},
    };
    if (const auto found = names.find(code); found != names.end())
        return QString::fromLatin1(found->second);
    // 0x0100-0x01ff carry a TLS alert in their low byte (RFC 9001 section 4.8).
    if (code >= 0x100 && code <= 0x1ff)
        return QStringLiteral("CRYPTO_ERROR (TLS alert %1)").arg(code & 0xff);
    return QStringLiteral("0x%1").arg(code, 0, 16);
}

QString http3(quint64 code)
{
    static const std::map<quint64, const char*> names{
        {0x100, "H3_NO_ERROR"},
        {0x101, "H3_GENERAL_PROTOCOL_ERROR"},
        {0x102, "H3_INTERNAL_ERROR"},
        {0x103, "H3_STREAM_CREATION_ERROR"},
        {0x104, "H3_CLOSED_CRITICAL_STREAM"},
        {0x105, "H3_FRAME_UNEXPECTED"},
        {0x106, "H3_FRAME_ERROR"},
        {0x107, "H3_EXCESSIVE_LOAD"},
        {0x108, "H3_ID_ERROR"},
        {0x109, "H3_SETTINGS_ERROR"},
        {0x10a, "H3_MISSING_SETTINGS"},
        {0x10b, "H3_REQUEST_REJECTED"},
        {0x10c, "H3_REQUEST_CANCELLED"},
        {0x10d, "H3_REQUEST_INCOMPLETE"},
        {0x10e, "H3_MESSAGE_ERROR"},
        {0x10f, "H3_CONNECT_ERROR"},
        {0x110, "H3_VERSION_FALLBACK"},
        {0x200, "QPACK_DECOMPRESSION_FAILED"},
        {0x201, "QPACK_ENCODER_STREAM_ERROR"},
        {0x202, "QPACK_DECODER_STREAM_ERROR"},
    };
    if (const auto found = names.find(code); found != names.end())
        return QString::fromLatin1(found->second);
    return QStringLiteral("0x%1").arg(code, 0, 16);
}

} // namespace protoviz::QuicErrorNames

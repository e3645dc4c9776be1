#pragma once

#include <QString>
#include <QtGlobal>

namespace protoviz {

/// The names of the error codes a QUIC CONNECTION_CLOSE carries, for the timeline and for the messages
/// an endpoint gives when its connection ends: the transport codes of RFC 9000 section 20.1 (with the
/// TLS alert inside a CRYPTO_ERROR, RFC 9001 section 4.8) and the application codes of HTTP/3 (RFC 9114
/// section 8.1) and QPACK (RFC 9204 section 6). Pure functions; any thread.
namespace QuicErrorNames {

/// "PROTOCOL_VIOLATION", "CRYPTO_ERROR (TLS alert 42)"..., the code in hex when it has no name.
QString transport(quint64 code);
/// "H3_ID_ERROR", "QPACK_DECOMPRESSION_FAILED"..., the code in hex when it has no name.
QString http3(quint64 code);

} // namespace QuicErrorNames

} // namespace protoviz

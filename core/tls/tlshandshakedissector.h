#pragma once

#include "core/timeline/eventdetail.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace protoviz {

/// The decoded form of one TLS handshake message.
struct TlsHandshakeDissection
{
    quint8 type = 0;         ///< handshake type (1 = ClientHello, 2 = ServerHello, ...)
    quint32 length = 0;      ///< body length the 4-byte header declares
    QString name;            ///< "ClientHello", or "HelloRetryRequest" for a ServerHello that is one
    QList<Field> fields;     ///< located in the message bytes: offset 0 is the type byte
    bool complete = false;   ///< the header and every body byte it declares are present
    bool wellFormed = false; ///< complete, every nested length fit and no byte was left over
};

/// Decodes TLS handshake messages from their bytes alone, for the inspector: ClientHello and
/// ServerHello in depth (legacy version, random, session id, cipher suites, compression, extensions
/// with server_name, supported_versions, supported_groups, key_share, ALPN, signature_algorithms,
/// pre_shared_key and more), the other messages of TLS 1.2 and 1.3 in outline. Made for untrusted
/// input: it never reads outside the given bytes, stops where they stop, and says how whole they were.
/// Stateless and thread-safe.
class TlsHandshakeDissector
{
public:
    /// Dissects one message whose 4-byte header starts at the first byte. negotiatedVersion (0x0304,
    /// 0x0303, or 0 when not known) picks the layout of messages that differ between TLS 1.2 and 1.3
    /// (Certificate, NewSessionTicket); when 0 the layout is inferred from the lengths.
    static TlsHandshakeDissection dissect(QByteArrayView message, quint16 negotiatedVersion = 0);
};

} // namespace protoviz

#pragma once

#include "core/http/httpmessage.h"
#include "core/timeline/eventdetail.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace protoviz {

/// The opening handshake of RFC 6455 section 4: what makes an HTTP/1.1 request a valid WebSocket
/// upgrade, the server's Sec-WebSocket-Accept proof, and the explanations ProtoViz shows for both.
/// Stateless.
class WebSocketHandshake
{
public:
    /// The GUID RFC 6455 appends to the client's key.
    static constexpr QByteArrayView Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /// The only protocol version RFC 6455 defines.
    static constexpr int Version = 13;

    /// base64(SHA-1(key + GUID)): the Sec-WebSocket-Accept value for a Sec-WebSocket-Key.
    static QByteArray accept(QByteArrayView key);

    /// How a server answers an upgrade request.
    struct Verdict
    {
        int status = 101;    ///< 101, or the HTTP error to answer with (400, 426)
        QString explanation; ///< why the request is refused (translated); empty for 101
        HeaderList headers;  ///< fields the error response must carry (426: Sec-WebSocket-Version: 13)

        bool accepted() const { return status == 101; }
    };

    /// Checks a request for a WebSocket endpoint: GET, "Upgrade: websocket", "Connection: Upgrade", a
    /// Sec-WebSocket-Key that is 16 bytes in base64, Sec-WebSocket-Version 13. A request without the
    /// upgrade fields, or with another version, gets 426 Upgrade Required; other faults 400.
    static Verdict check(const HttpRequest& request);

    /// The fields of the 101 response for key (Upgrade, Connection, Sec-WebSocket-Accept).
    static HeaderList switchingHeaders(QByteArrayView key);

    /// The accept value recomputed step by step: the key, key + GUID, its SHA-1 in hex, base64 of that,
    /// and the value the server sent, said to match or not.
    static QList<Field> acceptFields(QByteArrayView key, QByteArrayView sentAccept);
    /// One sentence that explains the proof and whether sentAccept is right.
    static QString acceptExplanation(QByteArrayView key, QByteArrayView sentAccept);

    /// True if a list field (Connection, Upgrade) with this name holds token, ASCII case-insensitive.
    static bool hasToken(const HeaderList& headers, QByteArrayView name, QByteArrayView token);
};

} // namespace protoviz

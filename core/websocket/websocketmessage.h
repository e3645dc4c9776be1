#pragma once

#include "core/websocket/websocketframe.h"

#include <QByteArray>
#include <QtGlobal>

namespace protoviz {

/// A complete WebSocket data message, reassembled from its frames. A value type.
struct WebSocketMessage
{
    quint8 opcode = WebSocketOpcode::Text; ///< Text or Binary
    QByteArray payload;                    ///< unmasked; valid UTF-8 for Text
    quint32 number = 0;                    ///< 1-based number of the message on its direction
    int frames = 0;                        ///< 1 unless the message was fragmented
    quint64 wireBytes = 0;                 ///< bytes of all its frames, headers included
    bool compressed = false;               ///< permessage-deflate: its first frame set RSV1
    quint64 compressedBytes = 0; ///< compressed: the payload bytes on the wire (payload is inflated)

    bool isText() const { return opcode == WebSocketOpcode::Text; }
};

} // namespace protoviz

#pragma once

#include "core/websocket/websocketframe.h"

#include <QString>
#include <QtGlobal>

namespace protoviz {

/// Why a WebSocket peer's input was refused: the close code to fail the connection with, a sentence for
/// people, and the frame concerned (complete, or as much of it as had arrived).
struct WebSocketProtocolError
{
    quint16 closeCode = WebSocketCloseCode::ProtocolError; ///< 1002, 1007 or 1009
    QString explanation;                                   ///< translated, plain language
    qint64 offset = 0;           ///< bytes of the direction consumed before the offending byte
    WebSocketFrame frame;        ///< the frame concerned; wire holds what had arrived of it
    bool frameComplete = false;  ///< the whole frame had arrived (a Close frame with a bad code, ...)
    bool headerComplete = false; ///< the frame's header had arrived: its fields are decoded
};

} // namespace protoviz

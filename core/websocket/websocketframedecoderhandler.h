#pragma once

#include "core/websocket/websocketframe.h"
#include "core/websocket/websocketmessage.h"
#include "core/websocket/websocketprotocolerror.h"

namespace protoviz {

/// What a WebSocketFrameDecoder reports, in wire order. Calls are made from inside
/// WebSocketFrameDecoder::feed(); a handler may call WebSocketFrameDecoder::stop() but must not
/// destroy the decoder.
class WebSocketFrameDecoderHandler
{
public:
    virtual ~WebSocketFrameDecoderHandler() = default;

    /// A complete, valid frame.
    virtual void onFrame(const WebSocketFrame& frame) = 0;

    /// A data message is complete (right after onFrame() for its final frame).
    virtual void onMessage(const WebSocketMessage& message) = 0;

    /// The input breaks RFC 6455; the decoder consumes nothing more. Reported as soon as the offending
    /// byte arrives, which for invalid UTF-8 can be in the middle of a frame.
    virtual void onError(const WebSocketProtocolError& error) = 0;
};

} // namespace protoviz

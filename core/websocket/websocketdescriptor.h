#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::WebSocket: the upgrade, frames, messages and the closing handshake.
const ProtocolDescriptor& webSocketDescriptor();

} // namespace protoviz

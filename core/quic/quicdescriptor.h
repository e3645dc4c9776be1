#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::Quic: the packets one endpoint seals and opens, and the milestones of its handshake.
const ProtocolDescriptor& quicDescriptor();

} // namespace protoviz

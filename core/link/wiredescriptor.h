#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::Wire: TCP on the emulated link (handshake, segments, losses, close), UDP datagrams it relays (sent,
/// lost, delivered), and what an eavesdropper or an attacker on the link did.
const ProtocolDescriptor& wireDescriptor();

} // namespace protoviz

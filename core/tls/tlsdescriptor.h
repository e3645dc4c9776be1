#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::Tls: TLS records, handshake messages, alerts and early data.
const ProtocolDescriptor& tlsDescriptor();

} // namespace protoviz

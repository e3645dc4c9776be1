#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::Grpc: calls, their length-prefixed messages and their status.
const ProtocolDescriptor& grpcDescriptor();

} // namespace protoviz

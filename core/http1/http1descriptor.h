#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::Http1: HTTP/1.1 request and response heads and bodies.
const ProtocolDescriptor& http1Descriptor();

} // namespace protoviz

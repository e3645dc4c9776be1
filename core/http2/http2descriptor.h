#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::Http2: the frames of RFC 9113 and the connection preface.
const ProtocolDescriptor& http2Descriptor();

} // namespace protoviz

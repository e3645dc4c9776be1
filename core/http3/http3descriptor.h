#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::Http3: the frames of RFC 9114 on QUIC streams and the header fields QPACK carries.
const ProtocolDescriptor& http3Descriptor();

} // namespace protoviz

#pragma once

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

/// Layer::Session: the scenario's life cycle, page objects, updates, notes and errors.
const ProtocolDescriptor& sessionDescriptor();

} // namespace protoviz

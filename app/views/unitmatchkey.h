#pragma once

#include "core/timeline/event.h"
#include "core/timeline/protocoldescriptor.h"

#include <QHashFunctions>

namespace protoviz {

/// What a protocol unit's "sent" event and its "received" event have in common, so that views can pair
/// the two records of one unit (the sender's and the receiver's) into one flight: the same connection,
/// stream, size, layer, kind as the sender records it, direction and, where the protocol numbers its units
/// (QUIC packets), number.
struct UnitMatchKey
{
    quint32 connection = 0;
    quint32 stream = 0;
    quint32 size = 0;
    Layer layer = {};
    quint8 kind = 0;
    Direction direction = Direction::None;
    quint64 number = 0;

    static UnitMatchKey of(const Event& e)
    {
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(e);
        return {.connection = e.connection,
                .stream = e.stream,
                .size = e.size,
                .layer = e.layer,
                .kind = protocol.sentKind(e),
                .direction = e.direction,
                .number = protocol.flightNumber(e)};
    }

    friend bool operator==(const UnitMatchKey&, const UnitMatchKey&) = default;
    friend size_t qHash(const UnitMatchKey& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.connection, key.stream, key.size, quint8(key.layer), key.kind,
                          quint8(key.direction), key.number);
    }
};

} // namespace protoviz

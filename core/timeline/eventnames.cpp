#include "core/timeline/eventnames.h"

#include "core/timeline/protocoldescriptor.h"

namespace protoviz {

QString layerName(Layer layer)
{
    for (const ProtocolDescriptor* protocol : ProtocolRegistry::all()) {
        if (protocol->layer() == layer)
            return protocol->id().toString();
    }
    return QStringLiteral("unknown");
}

QString kindName(Layer layer, quint8 kind)
{
    return ProtocolRegistry::of(layer).kindName(kind);
}

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Link:
        return QStringLiteral("link");
    case Origin::Client:
        return QStringLiteral("client");
    case Origin::Server:
        return QStringLiteral("server");
    }
    return QStringLiteral("unknown");
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::None:
        return QStringLiteral("none");
    case Direction::ClientToServer:
        return QStringLiteral("c2s");
    case Direction::ServerToClient:
        return QStringLiteral("s2c");
    }
    return QStringLiteral("unknown");
}

std::optional<Layer> layerFromName(QStringView name)
{
    for (const ProtocolDescriptor* protocol : ProtocolRegistry::all()) {
        if (name == protocol->id())
            return protocol->layer();
    }
    return std::nullopt;
}

std::optional<quint8> kindFromName(Layer layer, QStringView name)
{
    return ProtocolRegistry::of(layer).kindFromName(name);
}

std::optional<Origin> originFromName(QStringView name)
{
    for (const Origin origin : {Origin::Link, Origin::Client, Origin::Server}) {
        if (name == originName(origin))
            return origin;
    }
    return std::nullopt;
}

std::optional<Direction> directionFromName(QStringView name)
{
    for (const Direction direction :
         {Direction::None, Direction::ClientToServer, Direction::ServerToClient}) {
        if (name == directionName(direction))
            return direction;
    }
    return std::nullopt;
}

} // namespace protoviz

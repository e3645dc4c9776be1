#pragma once

#include "core/timeline/event.h"

#include <QString>

#include <optional>

namespace protoviz {

/// Stable, untranslated identifiers for the event vocabulary, as recordings and JSON exports spell them
/// ("http2", "HEADERS", "client", "c2s"). Views translate for display; these never change meaning.
QString layerName(Layer layer);
QString kindName(Layer layer, quint8 kind);
QString originName(Origin origin);
QString directionName(Direction direction);

std::optional<Layer> layerFromName(QStringView name);
std::optional<quint8> kindFromName(Layer layer, QStringView name);
std::optional<Origin> originFromName(QStringView name);
std::optional<Direction> directionFromName(QStringView name);

} // namespace protoviz

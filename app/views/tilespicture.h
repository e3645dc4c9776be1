#pragma once

#include <QRectF>

class QPainter;

namespace protoviz {

class ViewTheme;

/// The picture the tiles together form once every object has arrived, as the classic tile demos show
/// one image cut into the page's objects: a landscape (sky, sun, mountains, lake, hills) of large shapes
/// that stays recognisable when cut into 100 coarse tiles, drawn procedurally in the theme's colours
/// (a day scene in the light theme, dusk in the dark one). Deterministic: the same area and theme
/// always give the same picture.
class TilesPicture
{
public:
    /// Paints the whole picture into area.
    static void paint(QPainter& painter, const QRectF& area, const ViewTheme& theme);
};

} // namespace protoviz

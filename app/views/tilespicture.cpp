#include "app/views/tilespicture.h"

#include "app/views/viewtheme.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <tuple>

namespace protoviz {

namespace {

QColor mix(const QColor& a, const QColor& b, double towardsB)
{
    const double t = std::clamp(towardsB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

void TilesPicture::paint(QPainter& painter, const QRectF& area, const ViewTheme& theme)
{
    // The picture's hues are the theme's own unit colours, so that it sits well in both themes.
    const QColor blue = theme.colorFor(UnitRole::Data);
    const QColor orange = theme.colorFor(UnitRole::Headers);
    const QColor purple = theme.colorFor(UnitRole::StreamReset);
    const QColor green = theme.colorFor(UnitRole::TlsHandshake);
    const QColor gold = theme.colorFor(UnitRole::Push);
    const QColor bg = theme.background();
    const QColor fg = theme.foreground();
    // The rocks: the meadows' green towards the foreground.
    const QColor teal = mix(green, fg, 0.2);
    const bool dark = theme.mode() == ViewTheme::Mode::Dark;

    auto at = [&area](double x, double y) {
        return QPointF(area.left() + x * area.width(), area.top() + y * area.height());
    };
    auto polygon = [&at](std::initializer_list<std::pair<double, double>> points) {
        QPainterPath path;
        bool first = true;
        for (const auto& [x, y] : points) {
            if (first)
                path.moveTo(at(x, y));
            else
                path.lineTo(at(x, y));
            first = false;
        }
        path.closeSubpath();
        return path;
    };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setClipRect(area);

    // Sky: blue by day; by dusk a deep blue that glows orange towards the horizon.
    QLinearGradient sky(at(0, 0), at(0, 0.62));
    if (dark) {
        sky.setColorAt(0.0, mix(blue, bg, 0.78));
        sky.setColorAt(0.55, mix(purple, bg, 0.55));
        sky.setColorAt(1.0, mix(orange, bg, 0.2));
    } else {
        sky.setColorAt(0.0, mix(blue, bg, 0.2));
        sky.setColorAt(1.0, mix(blue, bg, 0.82));
    }
    painter.fillRect(area, sky);

    const double span = std::min(area.width(), area.height() * 1.4);
    const double radius = 0.12 * span;
    const QPointF sun = at(0.72, dark ? 0.44 : 0.27);
    if (dark) {
        // Stars high in the sky, always the same ones (a fixed linear congruential sequence), none in the
        // sun's glow.
        painter.setBrush(withAlpha(fg, 170));
        quint32 seed = 20240611;
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return double(seed >> 8) / double(1u << 24);
        };
        for (int i = 0; i < 30; ++i) {
            const QPointF star = at(next(), next() * 0.27);
            const double size = span * (0.002 + 0.0025 * next());
            const QPointF away = star - sun;
            if (std::hypot(away.x(), away.y()) > radius * 2.2)
                painter.drawEllipse(star, size, size);
        }
    } else {
        // A few clouds, each a cluster of discs.
        painter.setBrush(withAlpha(bg, 230));
        for (const auto& [x, y, size] :
             {std::tuple{0.16, 0.13, 1.0}, std::tuple{0.46, 0.08, 0.75}, std::tuple{0.90, 0.15, 0.8}}) {
            const double r = span * 0.045 * size;
            const QPointF c = at(x, y);
            painter.drawEllipse(c, r * 1.3, r * 1.1);
            painter.drawEllipse(c + QPointF(-r * 1.4, r * 0.35), r * 0.95, r * 0.8);
            painter.drawEllipse(c + QPointF(r * 1.4, r * 0.3), r * 1.05, r * 0.85);
            painter.drawRoundedRect(QRectF(c.x() - r * 2.3, c.y() + r * 0.1, r * 4.6, r * 1.0), r * 0.5,
                                    r * 0.5);
        }
    }

    // The sun (setting, in the dark theme), large enough to stay a disc when cut into a dozen tiles. Its
    // colour is the push colour's hue at full brightness.
    const QColor sunny = QColor::fromHsvF(gold.hsvHueF(), dark ? 0.7f : 0.78f, 1.0f);
    QRadialGradient halo(sun, radius * (dark ? 2.4 : 1.7));
    halo.setColorAt(0.0, withAlpha(sunny, dark ? 200 : 150));
    halo.setColorAt(0.5, withAlpha(sunny, dark ? 70 : 40));
    halo.setColorAt(1.0, withAlpha(sunny, 0));
    painter.setBrush(halo);
    painter.drawEllipse(sun, radius * 2.4, radius * 2.4);
    painter.setBrush(sunny);
    painter.drawEllipse(sun, radius, radius);

    // Far mountains, hazy.
    painter.setBrush(dark ? mix(purple, bg, 0.5) : mix(purple, bg, 0.55));
    painter.drawPath(polygon({{0.0, 0.50},
                              {0.07, 0.41},
                              {0.15, 0.47},
                              {0.30, 0.31},
                              {0.41, 0.44},
                              {0.52, 0.37},
                              {0.62, 0.47},
                              {0.80, 0.36},
                              {0.90, 0.45},
                              {1.0, 0.39},
                              {1.0, 0.66},
                              {0.0, 0.66}}));

    // Near mountains with snow on their peaks.
    const QColor rock = dark ? mix(teal, bg, 0.45) : mix(teal, fg, 0.3);
    painter.setBrush(rock);
    painter.drawPath(polygon({{0.0, 0.60},
                              {0.10, 0.47},
                              {0.22, 0.22},
                              {0.33, 0.44},
                              {0.42, 0.38},
                              {0.55, 0.58},
                              {0.66, 0.50},
                              {0.78, 0.64},
                              {0.92, 0.50},
                              {1.0, 0.57},
                              {1.0, 0.66},
                              {0.0, 0.66}}));
    painter.setBrush(dark ? mix(fg, purple, 0.25) : mix(bg, blue, 0.06));
    painter.drawPath(
        polygon({{0.22, 0.22}, {0.265, 0.31}, {0.24, 0.295}, {0.22, 0.33}, {0.20, 0.30}, {0.175, 0.315}}));
    painter.drawPath(polygon({{0.42, 0.38}, {0.455, 0.43}, {0.43, 0.42}, {0.41, 0.44}, {0.395, 0.415}}));
    painter.drawPath(polygon({{0.92, 0.50}, {0.955, 0.535}, {0.925, 0.53}, {0.905, 0.545}, {0.89, 0.53}}));

    // A lake that mirrors the sky, with the sun's reflection in streaks.
    const QRectF lake(at(0, 0.66), at(1, 0.84));
    QLinearGradient water(lake.topLeft(), lake.bottomLeft());
    water.setColorAt(0.0, dark ? mix(orange, bg, 0.45) : mix(blue, bg, 0.55));
    water.setColorAt(1.0, dark ? mix(blue, bg, 0.7) : mix(blue, fg, 0.15));
    painter.fillRect(lake, water);
    painter.setBrush(withAlpha(sunny, dark ? 190 : 210));
    const double streak = lake.height() / 9.0;
    for (int i = 0; i < 4; ++i) {
        const double half = radius * (1.0 - 0.2 * i);
        painter.drawRoundedRect(
            QRectF(sun.x() - half, lake.top() + streak * (1 + 2 * i), 2 * half, streak * 0.8), streak * 0.4,
            streak * 0.4);
    }

    // Rolling hills in front, the nearer darker.
    QPainterPath backHill;
    backHill.moveTo(at(0, 0.80));
    backHill.cubicTo(at(0.18, 0.70), at(0.36, 0.72), at(0.52, 0.80));
    backHill.cubicTo(at(0.64, 0.85), at(0.80, 0.74), at(1.0, 0.77));
    backHill.lineTo(at(1, 1));
    backHill.lineTo(at(0, 1));
    backHill.closeSubpath();
    painter.setBrush(dark ? mix(green, bg, 0.45) : mix(green, bg, 0.25));
    painter.drawPath(backHill);
    QPainterPath frontHill;
    frontHill.moveTo(at(0, 0.92));
    frontHill.cubicTo(at(0.25, 0.82), at(0.48, 0.86), at(0.66, 0.93));
    frontHill.cubicTo(at(0.80, 0.98), at(0.90, 0.88), at(1.0, 0.87));
    frontHill.lineTo(at(1, 1));
    frontHill.lineTo(at(0, 1));
    frontHill.closeSubpath();
    painter.setBrush(dark ? mix(green, bg, 0.62) : mix(green, fg, 0.25));
    painter.drawPath(frontHill);

    painter.restore();
}

} // namespace protoviz

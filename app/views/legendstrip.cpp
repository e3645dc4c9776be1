#include "app/views/legendstrip.h"

#include "app/views/viewtheme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>

#include <cmath>

namespace protoviz {

namespace {

constexpr qreal Margin = 4;

// Where one entry of the key goes: its mark, its label and the text that fits there.
struct PlacedEntry
{
    QRectF swatch;
    QRectF label;
    QString text;
};

// Lays the entries out line after line from the top left of a box width wide; an entry starts a new
// line when it would not fit on the current one, and only a label wider than a line of its own is
// elided (at the end, so the entry keeps its first words).
QList<PlacedEntry> placeEntries(const QList<LegendSwatch>& swatches, const QFont& font, qreal width)
{
    const QFontMetricsF metrics(font);
    const qreal lineHeight = std::ceil(metrics.height() * 1.3);
    const qreal swatchWidth = metrics.height() * 2;
    const qreal gap = metrics.averageCharWidth() * 0.6;
    const qreal spacing = metrics.averageCharWidth() * 2.5;
    const qreal right = std::max(width - Margin, Margin + swatchWidth + gap + metrics.averageCharWidth());
    QList<PlacedEntry> placed;
    qreal x = Margin;
    qreal y = Margin;
    for (const LegendSwatch& swatch : swatches) {
        qreal textWidth = metrics.horizontalAdvance(swatch.label);
        const qreal entryWidth = swatchWidth + gap + textWidth;
        if (x > Margin && x + entryWidth > right) {
            x = Margin;
            y += lineHeight;
        }
        QString text = swatch.label;
        const qreal room = right - x - swatchWidth - gap;
        if (textWidth > room) {
            text = metrics.elidedText(swatch.label, Qt::ElideRight, room);
            textWidth = metrics.horizontalAdvance(text);
        }
        const QRectF mark(x, y + (lineHeight - metrics.height()) / 2, swatchWidth, metrics.height());
        const QRectF label(x + swatchWidth + gap, y, std::ceil(textWidth) + 1, lineHeight);
        placed.append({mark, label, text});
        x = label.right() + spacing;
    }
    return placed;
}

} // namespace

LegendStrip::LegendStrip(const ViewTheme* theme, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
{
    setObjectName(QStringLiteral("legendStrip"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(theme, &ViewTheme::changed, this, [this] {
        updateGeometry();
        update();
    });
    setVisible(false);
}

void LegendStrip::setSwatches(const QList<LegendSwatch>& swatches)
{
    QList<LegendSwatch> shown = deduplicated(swatches);
    const auto same = [](const LegendSwatch& a, const LegendSwatch& b) {
        return a.label == b.label && a.look == b.look;
    };
    if (std::equal(shown.begin(), shown.end(), m_swatches.begin(), m_swatches.end(), same))
        return;
    m_swatches = std::move(shown);
    setVisible(!m_swatches.isEmpty());
    updateGeometry();
    update();
}

QList<LegendSwatch> LegendStrip::deduplicated(const QList<LegendSwatch>& swatches)
{
    QList<LegendSwatch> kept;
    QSet<QString> seen;
    for (const LegendSwatch& swatch : swatches) {
        // The label and the look together are the entry: the same name drawn two ways stays twice.
        const QString key = swatch.label + QChar(0) + swatch.look;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        kept.append(swatch);
    }
    return kept;
}

qreal LegendStrip::keyHeight(const QList<LegendSwatch>& swatches, const QFont& font, qreal width)
{
    if (swatches.isEmpty())
        return 0;
    const QList<PlacedEntry> placed = placeEntries(swatches, font, width);
    return placed.back().label.bottom() + Margin;
}

void LegendStrip::drawKey(QPainter& painter, const QRectF& area, const QList<LegendSwatch>& swatches,
                          const QFont& font, const QColor& colour, QList<DrawnLabel>* noted)
{
    const QList<PlacedEntry> placed = placeEntries(swatches, font, area.width());
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const PlacedEntry& entry = placed.at(i);
        const QRectF mark = entry.swatch.translated(area.topLeft());
        const QRectF label = entry.label.translated(area.topLeft());
        if (const auto& paint = swatches.at(i).paint) {
            painter.save();
            paint(painter, mark);
            painter.restore();
        }
        painter.save();
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, entry.text);
        painter.restore();
        if (noted)
            noted->append({entry.text, label, font});
    }
}

QFont LegendStrip::keyFont() const
{
    return m_theme->font(9.5);
}

int LegendStrip::heightForWidth(int width) const
{
    return int(std::ceil(keyHeight(m_swatches, keyFont(), width)));
}

QSize LegendStrip::sizeHint() const
{
    // Before the layout has given the strip its width (hidden until now), a typical one.
    const int width = isVisible() && this->width() >= 400 ? this->width() : 800;
    return {width, heightForWidth(width)};
}

QSize LegendStrip::minimumSizeHint() const
{
    // Any width will do: the entries wrap onto more lines, whose height the layout asks
    // heightForWidth() for. A minimum measured at a narrow width would grow the window for good.
    return {100, int(std::ceil(keyHeight(m_swatches.mid(0, 1), keyFont(), 800)))};
}

void LegendStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme->background());
    m_drawnLabels.clear();
    drawKey(painter, rect(), m_swatches, keyFont(), m_theme->foreground(), &m_drawnLabels);
}

} // namespace protoviz

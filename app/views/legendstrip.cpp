#include "app/views/legendstrip.h"

#include "app/views/viewtheme.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStringList>

#include <algorithm>
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

// Lays the entries out line after line from the top left of a box width wide. An entry goes on the first
// line with room for it, so that short entries fill the ends of earlier lines and the key takes as few
// lines as it can (on a projector every line of key is a line less of the lanes it explains); only a
// label wider than a line of its own is elided (at the end, so the entry keeps its first words).
QList<PlacedEntry> placeEntries(const QList<LegendSwatch>& swatches, const QFont& font, qreal width)
{
    const QFontMetricsF metrics(font);
    const qreal lineHeight = std::ceil(metrics.height() * 1.2);
    const qreal swatchWidth = metrics.height() * 2;
    const qreal gap = metrics.averageCharWidth() * 0.6;
    const qreal spacing = metrics.averageCharWidth() * 2.5;
    const qreal right = std::max(width - Margin, Margin + swatchWidth + gap + metrics.averageCharWidth());
    QList<PlacedEntry> placed;
    QList<qreal> lineEnds; // where the next entry of each line would start
    for (const LegendSwatch& swatch : swatches) {
        qreal textWidth = metrics.horizontalAdvance(swatch.label);
        const qreal entryWidth = swatchWidth + gap + textWidth;
        qsizetype line = 0;
        while (line < lineEnds.size() && lineEnds.at(line) > Margin && lineEnds.at(line) + entryWidth > right)
            ++line;
        if (line == lineEnds.size())
            lineEnds.append(Margin);
        const qreal x = lineEnds.at(line);
        const qreal y = Margin + qreal(line) * lineHeight;
        QString text = swatch.label;
        const qreal room = right - x - swatchWidth - gap;
        if (textWidth > room) {
            text = metrics.elidedText(swatch.label, Qt::ElideRight, room);
            textWidth = metrics.horizontalAdvance(text);
        }
        const QRectF mark(x, y + (lineHeight - metrics.height()) / 2, swatchWidth, metrics.height());
        const QRectF label(x + swatchWidth + gap, y, std::ceil(textWidth) + 1, lineHeight);
        placed.append({mark, label, text});
        lineEnds[line] = label.right() + spacing;
    }
    return placed;
}

// Two labels of one look as one label: the words they share at the start and at the end once, the words
// that differ side by side ("lost segment" and "lost datagram": "lost segment / datagram"). A label that
// another already says in full adds nothing.
QString mergedLabel(const QString& first, const QString& second)
{
    const QStringList a = first.split(u' ', Qt::SkipEmptyParts);
    const QStringList b = second.split(u' ', Qt::SkipEmptyParts);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const QStringList aMiddle = a.mid(head, a.size() - head - tail);
    const QStringList bMiddle = b.mid(head, b.size() - head - tail);
    if (bMiddle.isEmpty() || aMiddle.join(u' ').split(QStringLiteral(" / ")).contains(bMiddle.join(u' ')))
        return first;
    if (aMiddle.isEmpty())
        return first + QStringLiteral(" / ") + second;
    QStringList words = a.mid(0, head);
    words.append(aMiddle.join(u' ') + QStringLiteral(" / ") + bMiddle.join(u' '));
    words += a.mid(a.size() - tail);
    return words.join(u' ');
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
    QList<LegendSwatch> shown = merged(swatches);
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

QList<LegendSwatch> LegendStrip::merged(const QList<LegendSwatch>& swatches)
{
    QList<LegendSwatch> kept;
    QHash<QString, qsizetype> byLook;
    for (const LegendSwatch& swatch : swatches) {
        const auto known = byLook.constFind(swatch.look);
        if (known == byLook.constEnd()) {
            byLook.insert(swatch.look, kept.size());
            kept.append(swatch);
            continue;
        }
        // A look means one thing (the theme gives one look to units that mean the same on TCP and on
        // UDP): one entry says it for all the panes, which keeps the key short enough to leave the
        // lanes room on a projector.
        LegendSwatch& entry = kept[*known];
        if (entry.label != swatch.label)
            entry.label = mergedLabel(entry.label, swatch.label);
    }
    return kept;
}

qreal LegendStrip::keyHeight(const QList<LegendSwatch>& swatches, const QFont& font, qreal width)
{
    if (swatches.isEmpty())
        return 0;
    const QList<PlacedEntry> placed = placeEntries(swatches, font, width);
    const auto lowest =
        std::max_element(placed.begin(), placed.end(), [](const PlacedEntry& a, const PlacedEntry& b) {
            return a.label.bottom() < b.label.bottom();
        });
    return lowest->label.bottom() + Margin;
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

#include "app/views/hexview.h"

#include "app/views/viewtheme.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace protoviz {

namespace {

constexpr qreal MonoPointSize = 10;

bool isPrintable(char byte)
{
    return byte >= 0x20 && byte < 0x7f;
}

// WCAG relative luminance, to pick the text colour that reads best on a filled highlight.
qreal luminance(const QColor& color)
{
    auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

QString hexByte(char byte)
{
    return QStringLiteral("%1").arg(uchar(byte), 2, 16, QLatin1Char('0'));
}

} // namespace

HexView::HexView(ViewTheme* theme, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_theme(theme)
{
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::PointingHandCursor);
    if (m_theme)
        connect(m_theme, &ViewTheme::changed, this, [this] {
            updateMetrics();
            viewport()->update();
        });
    updateMetrics();
}

QColor HexView::readableTextOn(const QColor& fill)
{
    const qreal l = luminance(fill);
    const qreal againstWhite = 1.05 / (l + 0.05);
    const qreal againstBlack = (l + 0.05) / 0.05;
    return againstWhite >= againstBlack ? QColor(Qt::white) : QColor(Qt::black);
}

void HexView::setBytes(const QByteArray& bytes)
{
    m_bytes = bytes;
    m_highlight = {};
    m_context = {};
    updateMetrics();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void HexView::setPlaceholderText(const QString& text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

HexView::Range HexView::clipped(int offset, int length) const
{
    if (offset < 0 || length <= 0 || offset >= m_bytes.size())
        return {};
    return {offset, int(std::min<qsizetype>(length, m_bytes.size() - offset))};
}

void HexView::setHighlight(int offset, int length)
{
    const Range range = clipped(offset, length);
    if (range == m_highlight)
        return;
    m_highlight = range;
    if (!range.isEmpty())
        ensureVisible(range);
    viewport()->update();
}

void HexView::setContext(int offset, int length)
{
    const Range range = clipped(offset, length);
    if (range == m_context)
        return;
    m_context = range;
    viewport()->update();
}

void HexView::setAccentColor(const QColor& color)
{
    if (m_accent == color)
        return;
    m_accent = color;
    viewport()->update();
}

int HexView::rowCount() const
{
    return int((m_bytes.size() + BytesPerRow - 1) / BytesPerRow);
}

void HexView::updateMetrics()
{
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setStyleHint(QFont::Monospace);
    m_font.setPointSizeF(MonoPointSize * (m_theme ? m_theme->fontScale() : 1.0));
    const QFontMetrics metrics(m_font);
    Metrics& m = m_metrics;
    m.charWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('0')));
    // Some air between rows keeps 16 columns of digits apart on a projector.
    m.lineHeight = int(std::ceil(metrics.height() * 1.3));
    m.ascent = metrics.ascent() + (m.lineHeight - metrics.height()) / 2;
    const qsizetype lastRowOffset = std::max<qsizetype>(0, qsizetype(rowCount() - 1) * BytesPerRow);
    m.offsetDigits = std::max(4, int(QString::number(lastRowOffset).size()));
    m.margin = m.charWidth;
    m.offsetLeft = m.margin;
    m.hexLeft = m.offsetLeft + (m.offsetDigits + 2) * m.charWidth;
    m.asciiLeft = hexCellX(BytesPerRow - 1) + 5 * m.charWidth;
    m.width = m.asciiLeft + BytesPerRow * m.charWidth + m.margin;
    updateScrollBars();
    updateGeometry();
}

int HexView::hexCellX(int column) const
{
    // Three characters a byte ("1d "), with one more after the eighth so that the halves of a row read
    // apart.
    const int cw = m_metrics.charWidth;
    return m_metrics.hexLeft + column * 3 * cw + (column >= BytesPerRow / 2 ? cw : 0);
}

void HexView::updateScrollBars()
{
    const int visibleRows = std::max(1, (viewport()->height() - m_metrics.lineHeight) / m_metrics.lineHeight);
    verticalScrollBar()->setRange(0, std::max(0, rowCount() - visibleRows));
    verticalScrollBar()->setPageStep(visibleRows);
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setRange(0, std::max(0, m_metrics.width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_metrics.charWidth);
}

void HexView::ensureVisible(const Range& range)
{
    const int first = range.offset / BytesPerRow;
    const int last = (range.offset + range.length - 1) / BytesPerRow;
    const int top = verticalScrollBar()->value();
    const int visibleRows = verticalScrollBar()->pageStep();
    if (first >= top && last < top + visibleRows)
        return;
    // One row above the range shows what it follows, where that leaves the whole range in view; a short
    // dump (a docked inspector in a small window) starts at the range itself.
    const int above = last - first + 1 < visibleRows ? 1 : 0;
    verticalScrollBar()->setValue(std::max(0, first - above));
}

QRect HexView::hexCellRect(int offset) const
{
    if (offset < 0 || offset >= m_bytes.size())
        return {};
    const int row = offset / BytesPerRow - verticalScrollBar()->value();
    const int x = hexCellX(offset % BytesPerRow) - horizontalScrollBar()->value();
    const int y = m_metrics.lineHeight * (row + 1);
    return {x, y, 2 * m_metrics.charWidth, m_metrics.lineHeight};
}

QRect HexView::asciiCellRect(int offset) const
{
    if (offset < 0 || offset >= m_bytes.size())
        return {};
    const int row = offset / BytesPerRow - verticalScrollBar()->value();
    const int x =
        m_metrics.asciiLeft + (offset % BytesPerRow) * m_metrics.charWidth - horizontalScrollBar()->value();
    const int y = m_metrics.lineHeight * (row + 1);
    return {x, y, m_metrics.charWidth, m_metrics.lineHeight};
}

int HexView::byteAt(const QPoint& point) const
{
    const Metrics& m = m_metrics;
    if (point.y() < m.lineHeight || m_bytes.isEmpty())
        return -1;
    const int row = (point.y() - m.lineHeight) / m.lineHeight + verticalScrollBar()->value();
    const int x = point.x() + horizontalScrollBar()->value();
    int column = -1;
    if (x >= m.asciiLeft && x < m.asciiLeft + BytesPerRow * m.charWidth) {
        column = (x - m.asciiLeft) / m.charWidth;
    } else {
        // A byte's target spans half a character either side of its two digits, so that the gaps
        // between bytes still hit one.
        for (int c = 0; c < BytesPerRow; ++c) {
            const int left = hexCellX(c) - m.charWidth / 2;
            if (x >= left && x < left + 3 * m.charWidth) {
                column = c;
                break;
            }
        }
    }
    if (column < 0)
        return -1;
    const qsizetype offset = qsizetype(row) * BytesPerRow + column;
    return offset < m_bytes.size() ? int(offset) : -1;
}

QString HexView::dumpText() const
{
    QString text;
    for (int row = 0; row < rowCount(); ++row) {
        const int first = row * BytesPerRow;
        const int end = std::min(int(m_bytes.size()), first + BytesPerRow);
        QString hex;
        QString ascii;
        for (int i = first; i < first + BytesPerRow; ++i) {
            if (i == first + BytesPerRow / 2)
                hex += u' ';
            if (i < end) {
                hex += hexByte(m_bytes.at(i)) + u' ';
                ascii += isPrintable(m_bytes.at(i)) ? QChar(QLatin1Char(m_bytes.at(i))) : QChar(u'.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        text += QStringLiteral("%1  %2 %3\n")
                    .arg(first, m_metrics.offsetDigits, 10, QLatin1Char('0'))
                    .arg(hex, ascii);
    }
    return text;
}

QSize HexView::sizeHint() const
{
    const int rows = std::clamp(rowCount(), 4, 12) + 1;
    return {m_metrics.width + verticalScrollBar()->sizeHint().width(), rows * m_metrics.lineHeight};
}

QSize HexView::minimumSizeHint() const
{
    return {m_metrics.hexLeft + 8 * 3 * m_metrics.charWidth, 3 * m_metrics.lineHeight};
}

void HexView::fillRun(QPainter& painter, const Range& range, int row, int y, const QColor& color) const
{
    const int rowStart = row * BytesPerRow;
    const int first = std::max(range.offset, rowStart);
    const int last = std::min(range.offset + range.length, rowStart + BytesPerRow) - 1;
    if (first > last)
        return;
    const Metrics& m = m_metrics;
    const int scroll = horizontalScrollBar()->value();
    const int half = m.charWidth / 2;
    // One block per row and column, so that a field reads as one shape rather than separate cells.
    const int hexLeft = hexCellX(first - rowStart) - half - scroll;
    const int hexRight = hexCellX(last - rowStart) + 2 * m.charWidth + half - scroll;
    painter.fillRect(QRect(hexLeft, y, hexRight - hexLeft, m.lineHeight), color);
    const int asciiLeft = m.asciiLeft + (first - rowStart) * m.charWidth - scroll;
    painter.fillRect(QRect(asciiLeft, y, (last - first + 1) * m.charWidth, m.lineHeight), color);
}

void HexView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QColor background = m_theme ? m_theme->background() : palette().color(QPalette::Base);
    const QColor foreground = m_theme ? m_theme->foreground() : palette().color(QPalette::Text);
    const QColor muted = m_theme ? m_theme->muted() : palette().color(QPalette::PlaceholderText);
    const QColor grid = m_theme ? m_theme->grid() : palette().color(QPalette::Midlight);
    painter.fillRect(viewport()->rect(), background);

    if (m_bytes.isEmpty()) {
        painter.setPen(muted);
        painter.setFont(m_theme ? m_theme->font(10) : font());
        const int margin = m_metrics.margin;
        painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
        return;
    }

    const Metrics& m = m_metrics;
    const int scroll = horizontalScrollBar()->value();
    const QColor accent = m_accent.isValid() ? m_accent : foreground;
    const QColor onAccent = readableTextOn(accent);
    QColor tint = accent;
    tint.setAlphaF(m_theme && m_theme->mode() == ViewTheme::Mode::Dark ? 0.32 : 0.2);
    painter.setFont(m_font);

    const int firstRow = verticalScrollBar()->value();
    const int rows = std::min(rowCount() - firstRow, viewport()->height() / m.lineHeight + 1);
    for (int r = 0; r < rows; ++r) {
        const int row = firstRow + r;
        const int y = m.lineHeight * (r + 1);
        if (!m_context.isEmpty())
            fillRun(painter, m_context, row, y, tint);
        if (!m_highlight.isEmpty())
            fillRun(painter, m_highlight, row, y, accent);
        const int rowStart = row * BytesPerRow;
        painter.setPen(muted);
        painter.drawText(m.offsetLeft - scroll, y + m.ascent,
                         QStringLiteral("%1").arg(rowStart, m.offsetDigits, 10, QLatin1Char(' ')));
        const int end = std::min(int(m_bytes.size()), rowStart + BytesPerRow);
        for (int i = rowStart; i < end; ++i) {
            const char byte = m_bytes.at(i);
            const bool lit = m_highlight.contains(i);
            const int column = i - rowStart;
            painter.setPen(lit ? onAccent : foreground);
            painter.drawText(hexCellX(column) - scroll, y + m.ascent, hexByte(byte));
            const bool printable = isPrintable(byte);
            painter.setPen(lit ? onAccent : printable ? foreground : muted);
            painter.drawText(m.asciiLeft + column * m.charWidth - scroll, y + m.ascent,
                             printable ? QString(QLatin1Char(byte)) : QStringLiteral("·"));
        }
    }

    // The column numbers stay on top while the rows scroll: offset of a byte = row offset + column.
    painter.fillRect(QRect(0, 0, viewport()->width(), m.lineHeight), background);
    painter.setPen(muted);
    for (int c = 0; c < BytesPerRow; ++c) {
        const QRect cell(hexCellX(c) - m.charWidth / 2 - scroll, 0, 3 * m.charWidth, m.lineHeight);
        painter.drawText(cell, Qt::AlignCenter, QString::number(c));
    }
    painter.setPen(grid);
    painter.drawLine(0, m.lineHeight - 1, viewport()->width(), m.lineHeight - 1);
    const int separator1 = m.hexLeft - m.charWidth - scroll;
    const int separator2 = m.asciiLeft - 2 * m.charWidth - scroll;
    painter.drawLine(separator1, 0, separator1, viewport()->height());
    painter.drawLine(separator2, 0, separator2, viewport()->height());
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int offset = byteAt(event->position().toPoint());
    if (offset >= 0)
        emit byteClicked(offset);
    event->accept();
}

QString HexView::byteToolTip(int offset) const
{
    const uchar byte = uchar(m_bytes.at(offset));
    const QString bits = QStringLiteral("%1 %2")
                             .arg(byte >> 4, 4, 2, QLatin1Char('0'))
                             .arg(byte & 0xf, 4, 2, QLatin1Char('0'));
    QString tip = tr("Byte %1: 0x%2 = %3 = %4 in bits")
                      .arg(QLocale().toString(offset), hexByte(char(byte)), QString::number(byte), bits);
    if (isPrintable(char(byte)))
        tip += u'\n' + tr("As text: \u201c%1\u201d").arg(QLatin1Char(char(byte)));
    tip += u'\n' + tr("Click to select the field it belongs to; click again for the fields around it.");
    return tip;
}

bool HexView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int offset = byteAt(help->pos());
        if (offset >= 0)
            QToolTip::showText(help->globalPos(), byteToolTip(offset), viewport(), hexCellRect(offset));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void HexView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMetrics();
}

} // namespace protoviz

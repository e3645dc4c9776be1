#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QColor>
#include <QPointer>

namespace protoviz {

class ViewTheme;

/// A hex dump of one protocol unit's bytes, as the inspector shows it: a decimal offset column (the same
/// numbers the field tree gives), 16 bytes a row in hex with their column numbers above, and the same
/// bytes as ASCII. One range is highlighted (the selected field) in the accent colour and one enclosing
/// range is tinted (the field it belongs to), in both columns.
///
/// Draws with the theme's colours and a monospace font scaled by the theme's font scale; repaints when
/// the theme changes. A click on a byte emits byteClicked(). GUI thread.
class HexView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)

public:
    static constexpr int BytesPerRow = 16;

    /// A run of bytes; empty when length is 0.
    struct Range
    {
        int offset = 0;
        int length = 0;

        bool isEmpty() const { return length <= 0; }
        bool contains(int byte) const { return byte >= offset && byte - offset < length; }
        friend bool operator==(const Range&, const Range&) = default;
    };

    /// theme must outlive the view (the main window owns both).
    explicit HexView(ViewTheme* theme, QWidget* parent = nullptr);

    /// Shows bytes; clears both ranges.
    void setBytes(const QByteArray& bytes);
    const QByteArray& bytes() const { return m_bytes; }

    /// What to say when there are no bytes (why this unit has none).
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    /// Highlights bytes [offset, offset + length), clipped to the bytes shown, and scrolls them into
    /// view. A negative offset or a length of 0 clears the highlight.
    void setHighlight(int offset, int length);
    /// The highlighted range after clipping.
    Range highlight() const { return m_highlight; }

    /// Tints bytes [offset, offset + length) more faintly (the selected field's parent), clipped.
    void setContext(int offset, int length);
    Range context() const { return m_context; }

    /// The colour the highlight is filled with (the selected event's colour); the text on it is black or
    /// white, whichever reads better.
    void setAccentColor(const QColor& color);
    QColor accentColor() const { return m_accent; }

    /// The byte drawn at a point of the viewport (in the hex or the ASCII column); -1 if none.
    int byteAt(const QPoint& viewportPoint) const;
    /// Where byte `offset` is drawn in the hex column, in viewport coordinates (empty if out of range).
    QRect hexCellRect(int offset) const;
    /// Where byte `offset` is drawn in the ASCII column, in viewport coordinates.
    QRect asciiCellRect(int offset) const;

    /// The offset, hex and ASCII text of the rows, as the view draws them (for copying and tests).
    QString dumpText() const;

    /// Black or white, whichever reads better on fill (the highlight's text; the inspector's tree uses
    /// it for its selected row too).
    static QColor readableTextOn(const QColor& fill);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user clicked byte `offset` (with the left button).
    void byteClicked(int offset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Metrics
    {
        int charWidth = 8;
        int lineHeight = 16;
        int ascent = 12;
        int offsetDigits = 4;
        int margin = 8;
        int offsetLeft = 0;
        int hexLeft = 0;
        int asciiLeft = 0;
        int width = 0;
    };

    void updateMetrics();
    void updateScrollBars();
    int rowCount() const;
    int hexCellX(int column) const;
    Range clipped(int offset, int length) const;
    void fillRun(QPainter& painter, const Range& range, int row, int y, const QColor& color) const;
    void ensureVisible(const Range& range);
    QString byteToolTip(int offset) const;

    QPointer<ViewTheme> m_theme;
    QByteArray m_bytes;
    QString m_placeholder;
    Range m_highlight;
    Range m_context;
    QColor m_accent;
    QFont m_font;
    Metrics m_metrics;
};

} // namespace protoviz

#pragma once

#include "core/timeline/event.h"

#include <QColor>
#include <QFont>
#include <QObject>

namespace protoviz {

/// Colours and fonts every view draws with: a light and a dark theme, both high-contrast so that they
/// read on a projector, and a presentation scale for large fonts. Each protocol unit has one colour
/// everywhere (a HEADERS frame is the same colour in lanes, ladder and legend). Lives on the GUI thread.
class ViewTheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewTheme)

public:
    enum class Mode { Light, Dark };

    /// One entry of a legend: what a colour means.
    struct LegendEntry
    {
        QString label;
        QColor color;
    };

    explicit ViewTheme(QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    /// Font scale: 1 at the desk, larger in presentation mode.
    qreal fontScale() const { return m_fontScale; }
    void setFontScale(qreal scale);

    QColor background() const;
    QColor foreground() const;
    QColor muted() const; ///< secondary text, axes, lifelines
    QColor grid() const;
    QColor selection() const; ///< the selected event's outline
    QColor waiting() const;   ///< time spent waiting (handshake round trips, blocked segments)
    QColor lost() const;      ///< a lost segment
    QColor playhead() const;
    /// The colour that stands for pane index (0 = A, 1 = B, 2 = C, 3 = D) in charts, headings and tables:
    /// four hues that colour-blind readers still tell apart; index wraps past D.
    QColor paneColor(int index) const;

    /// The colour of an event's unit (frame type, record type, segment, ...).
    QColor colorFor(const Event& event) const;

    /// What the colours of a layer mean, for legends (translated).
    QList<LegendEntry> legend(Layer layer) const;

    /// A font for drawing, scaled: pointSize at scale 1.
    QFont font(qreal pointSize = 9, bool bold = false) const;

signals:
    void changed();

private:
    Mode m_mode = Mode::Light;
    qreal m_fontScale = 1.0;
};

} // namespace protoviz

#pragma once

#include "core/timeline/event.h"
#include "core/timeline/protocoldescriptor.h"

#include "app/views/legendswatch.h"

#include <QColor>
#include <QFont>
#include <QObject>

namespace protoviz {

/// Colours, marks and fonts every view draws with: a light and a dark theme, both high-contrast so that
/// they read on a projector, and a presentation scale for large fonts. Each kind of protocol unit has one
/// look everywhere (a HEADERS frame is the same in lanes, ladder and legend), and each look means one
/// thing: within what one lane shows, two meanings differ in colour for every common colour-vision
/// deficiency or else in their mark (tests/app/tst_viewtheme.cpp checks it). Lives on the GUI thread.
class ViewTheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewTheme)

public:
    enum class Mode { Light, Dark };

    /// What a unit carries besides its colour, so that no meaning rests on colour alone. Fills and lines
    /// show Dotted and Hatched as patterns (dotted and dashed lines); the end marks are drawn where the
    /// unit ends (a block's right edge, an arrow's head): see MarkPainter.
    enum class Mark : quint8 {
        Solid,   ///< a plain fill or line: most units
        Dotted,  ///< a dotted fill or line: connection control (SETTINGS, PING, WINDOW_UPDATE, call headers)
        Hatched, ///< diagonal hatching or a dashed line: time spent waiting
        Cross,   ///< an X at the end: a lost segment
        Diamond, ///< a diamond at the end: an error or a fatal alert
        Bar,     ///< a bar across the end: a polite close (FIN, close_notify, WebSocket close)
        Stop,    ///< a square at the end: an abort (RST, RST_STREAM, GOAWAY)
    };

    /// One entry of a legend: what a colour and mark mean.
    struct LegendEntry
    {
        QString label;
        QColor color;
        Mark mark = Mark::Solid;
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
    QColor lost() const;      ///< a lost segment (drawn with Mark::Cross)
    QColor playhead() const;
    /// The colour that stands for pane index (0 = A, 1 = B, 2 = C, 3 = D) in charts, headings and tables:
    /// four hues that colour-blind readers still tell apart, dark or light enough to write text in; index
    /// wraps past D.
    QColor paneColor(int index) const;

    /// The legend entry of an event's unit (frame type, record type, segment, alert level, ...): its
    /// translated meaning, colour and mark. Units with the same meaning share one entry.
    LegendEntry entryFor(const Event& event) const;
    /// The legend entry of a role (see ProtocolDescriptor::role()).
    LegendEntry entryFor(UnitRole role) const;
    /// The colour of an event's unit: entryFor(event).color.
    QColor colorFor(const Event& event) const;
    /// The colour of a role, for pictures that draw a kind of unit rather than one event.
    QColor colorFor(UnitRole role) const;
    /// The mark of an event's unit: entryFor(event).mark.
    Mark markFor(const Event& event) const;
    /// The pen style of a line (an arrow) standing for an event's unit: dotted for control, dashed for
    /// waiting, solid otherwise (the end marks go at the arrow's head).
    Qt::PenStyle penStyleFor(const Event& event) const;

    /// What the looks of a layer mean, for legends (translated), each entry once.
    QList<LegendEntry> legend(Layer layer) const;
    /// The entry "waiting" (a wait drawn hatched), which belongs to no single layer.
    LegendEntry waitingEntry() const;

    /// A key entry drawing entry's colour and mark (see LegendSwatch), in this theme's colours.
    LegendSwatch swatchFor(const LegendEntry& entry) const;

    /// A font for drawing, scaled: pointSize at scale 1.
    QFont font(qreal pointSize = 9, bool bold = false) const;

signals:
    void changed();

private:
    Mode m_mode = Mode::Light;
    qreal m_fontScale = 1.0;
};

} // namespace protoviz

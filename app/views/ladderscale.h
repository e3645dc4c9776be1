#pragma once

#include <QHash>
#include <QObject>

namespace protoviz {

/// The vertical scale the ladders of one window share, so that a round trip is equally tall in every
/// pane even where the panes' heights differ: each ladder on screen offers the scale its own height
/// allows, and all draw at the smallest offer. Owned by the main window (ViewContext::ladderScale);
/// GUI thread.
class LadderScale final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LadderScale)

public:
    explicit LadderScale(QObject* parent = nullptr);

    /// Records the pixels per nanosecond a ladder could draw at, and returns the scale all draw at.
    double offer(const QObject* ladder, double pixelsPerNs);
    /// Forgets a ladder's offer (hidden or gone).
    void withdraw(const QObject* ladder);

signals:
    /// The shared scale changed: every ladder redraws. Emitted from offer() and withdraw().
    void changed();

private:
    void settle();

    QHash<const QObject*, double> m_offers;
    double m_shared = 0;
};

} // namespace protoviz

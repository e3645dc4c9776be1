#pragma once

#include "app/views/viewcontext.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace protoviz {

/// The controls of the playback clock both panes are drawn at: step back, play/pause, step forward
/// (event to event), a scrubber over the whole run that follows the clock, the time ("412.3 ms /
/// 1,204.0 ms"), the speed (0.05× to 4×) and, while sessions run, a Live button that follows them.
///
/// Owns nothing but its widgets; reads and drives context.clock, takes its fonts from context.theme
/// (presentation mode scales them). GUI thread. Child widgets are named (playButton, stepBackButton,
/// stepForwardButton, scrubber, timeLabel, speedBox, liveButton) for style sheets and tests.
class PlaybackBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackBar)

public:
    /// The scrubber's resolution: the run is divided into this many steps.
    static constexpr int ScrubberSteps = 10000;

    explicit PlaybackBar(const ViewContext& context, QWidget* parent = nullptr);
    ~PlaybackBar() override;

    /// Whether sessions are running (the main window says so when a comparison starts and when it
    /// finishes): the Live button shows only then.
    void setSessionsRunning(bool running);
    bool sessionsRunning() const { return m_running; }

    /// The bar's actions, for menus: play/pause (Space), step back (Left), step forward (Right), live.
    /// Their shortcuts act while the bar has focus (Qt::WidgetWithChildrenShortcut); a window that adds
    /// them to its menus may widen the context.
    QAction* playAction() const { return m_play; }
    QAction* stepBackwardAction() const { return m_stepBackward; }
    QAction* stepForwardAction() const { return m_stepForward; }
    QAction* liveAction() const { return m_live; }

    /// The speeds the speed box offers, ascending, from PlaybackClock::MinSpeed to MaxSpeed.
    static QList<double> speedStops();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyTheme();
    void syncState();
    void syncPosition();
    void onScrubbed(int value);
    void onSpeedChosen(int index);

    const ViewContext m_context;
    QAction* m_play = nullptr;
    QAction* m_stepBackward = nullptr;
    QAction* m_stepForward = nullptr;
    QAction* m_live = nullptr;
    QToolButton* m_playButton = nullptr;
    QToolButton* m_stepBackButton = nullptr;
    QToolButton* m_stepForwardButton = nullptr;
    QToolButton* m_liveButton = nullptr;
    QSlider* m_scrubber = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_speedLabel = nullptr;
    QComboBox* m_speed = nullptr;
    QTimer m_refresh; ///< while sessions run, the end of the run moves even when the clock does not
    bool m_running = false;
    bool m_syncing = false; ///< the bar is following the clock, not the user
    bool m_resumeAfterScrub = false;
};

} // namespace protoviz

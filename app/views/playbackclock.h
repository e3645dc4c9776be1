#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace protoviz {

class Timeline;

/// The one clock both panes are drawn at: a position on the sessions' shared time axis. While sessions
/// run it follows them live; afterwards it replays at 0.05× to 4×, steps from event to event, or jumps
/// where the scrubber puts it. Views draw what happened up to position(). GUI thread.
class PlaybackClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackClock)

public:
    static constexpr double MinSpeed = 0.05;
    static constexpr double MaxSpeed = 4.0;

    explicit PlaybackClock(QObject* parent = nullptr);

    /// The timelines played (they share one clock); resets to the start, not playing.
    void setTimelines(const QList<const Timeline*>& timelines);
    QList<const Timeline*> timelines() const;

    /// Nanoseconds on the shared clock.
    qint64 position() const { return m_position; }
    /// The time of the latest event of any timeline (what the scrubber's end stands for).
    qint64 end() const;

    bool isPlaying() const { return m_playing; }
    /// Following the sessions as they run: the position is "now".
    bool isLive() const { return m_live; }
    double speed() const { return m_speed; }

    /// Follows running sessions in real time until they end (or the user takes over).
    void goLive();
    void play();
    void pause();
    void togglePlaying();
    /// Clamped to [MinSpeed, MaxSpeed].
    void setSpeed(double speed);
    /// Moves to a time (clamped to [0, end()]); stops following live.
    void seek(qint64 position);
    /// Moves to the next (previous) event of any timeline after (before) the position.
    void stepForward();
    void stepBackward();

    /// The index of the last event of timeline at or before the position, or -1 (what a view draws up to).
    qsizetype lastVisibleEvent(const Timeline* timeline) const;

signals:
    void positionChanged(qint64 position);
    /// Playing, live or speed changed.
    void stateChanged();

private:
    void tick();
    void setPosition(qint64 position);
    void updateTimer();

    QList<QPointer<const Timeline>> m_timelines;
    qint64 m_position = 0;
    double m_speed = 1.0;
    bool m_playing = false;
    bool m_live = false;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
};

} // namespace protoviz

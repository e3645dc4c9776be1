#include "app/views/playbackclock.h"

#include "core/timeline/timeline.h"

#include <algorithm>
#include <limits>

namespace protoviz {

PlaybackClock::PlaybackClock(QObject* parent)
    : QObject(parent)
{
    // About 60 frames a second, as smooth as a projector shows; the position advances by the time that
    // really passed, so a late tick does not slow the replay down.
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackClock::tick);
}

void PlaybackClock::setTimelines(const QList<const Timeline*>& timelines)
{
    m_timelines.clear();
    for (const Timeline* timeline : timelines) {
        if (timeline)
            m_timelines.append(timeline);
    }
    m_playing = false;
    m_live = false;
    updateTimer();
    setPosition(0);
    emit stateChanged();
}

QList<const Timeline*> PlaybackClock::timelines() const
{
    QList<const Timeline*> result;
    for (const QPointer<const Timeline>& timeline : m_timelines) {
        if (timeline)
            result.append(timeline);
    }
    return result;
}

qint64 PlaybackClock::end() const
{
    qint64 end = 0;
    for (const Timeline* timeline : timelines()) {
        if (!timeline->isEmpty())
            end = std::max(end, timeline->at(timeline->size() - 1).timeNs);
    }
    return end;
}

void PlaybackClock::goLive()
{
    m_live = true;
    m_playing = true;
    updateTimer();
    tick();
    emit stateChanged();
}

void PlaybackClock::play()
{
    m_live = false;
    if (m_position >= end())
        setPosition(0); // play from the start after the end, as players do
    m_playing = true;
    updateTimer();
    emit stateChanged();
}

void PlaybackClock::pause()
{
    if (!m_playing && !m_live)
        return;
    m_playing = false;
    m_live = false;
    updateTimer();
    emit stateChanged();
}

void PlaybackClock::togglePlaying()
{
    if (m_playing)
        pause();
    else
        play();
}

void PlaybackClock::setSpeed(double speed)
{
    speed = std::clamp(speed, MinSpeed, MaxSpeed);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    // Live means real time: another speed is a replay.
    m_live = false;
    emit stateChanged();
}

void PlaybackClock::seek(qint64 position)
{
    const bool wasLive = m_live;
    m_live = false;
    setPosition(std::clamp<qint64>(position, 0, end()));
    if (wasLive)
        emit stateChanged();
}

void PlaybackClock::stepForward()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Timeline* timeline : timelines()) {
        const qsizetype index = timeline->lowerBound(m_position + 1);
        if (index < timeline->size())
            next = std::min(next, timeline->at(index).timeNs);
    }
    pause();
    if (next != std::numeric_limits<qint64>::max())
        setPosition(next);
}

void PlaybackClock::stepBackward()
{
    qint64 previous = -1;
    for (const Timeline* timeline : timelines()) {
        const qsizetype index = timeline->lowerBound(m_position) - 1;
        if (index >= 0)
            previous = std::max(previous, timeline->at(index).timeNs);
    }
    pause();
    if (previous >= 0)
        setPosition(previous);
}

qsizetype PlaybackClock::lastVisibleEvent(const Timeline* timeline) const
{
    return timeline ? timeline->lowerBound(m_position + 1) - 1 : -1;
}

void PlaybackClock::tick()
{
    const qint64 elapsedNs = m_sinceTick.isValid() ? m_sinceTick.nsecsElapsed() : 0;
    m_sinceTick.restart();
    if (m_live) {
        const QList<const Timeline*> all = timelines();
        if (all.isEmpty())
            return;
        setPosition(all.constFirst()->clock().elapsedNs());
        return;
    }
    if (!m_playing)
        return;
    const qint64 target = m_position + qint64(double(elapsedNs) * m_speed);
    const qint64 last = end();
    if (target >= last) {
        setPosition(last);
        pause();
        return;
    }
    setPosition(target);
}

void PlaybackClock::setPosition(qint64 position)
{
    if (position == m_position)
        return;
    m_position = position;
    emit positionChanged(position);
}

void PlaybackClock::updateTimer()
{
    if (m_playing || m_live) {
        m_sinceTick.restart();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

} // namespace protoviz

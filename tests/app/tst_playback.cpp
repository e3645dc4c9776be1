#include "tests/support/testsupport.h"

// The playback clock and its bar over a real comparison (HTTP/1.1 against HTTP/2, RTT 10 ms): stepping
// lands on the next event of either timeline, positions map to events, speeds are clamped, the scrubber
// and the clock follow each other, and playing runs to the end and stops.

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/playbackbar.h"
#include "app/views/playbackclock.h"
#include "app/views/viewtheme.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <limits>
#include <memory>

using namespace protoviz;

class PlaybackTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void stepForwardLandsOnTheNextEventOfEitherTimeline();
    void stepBackwardLandsOnThePreviousEvent();
    void positionMapsToEvents();
    void speedIsClampedAndChosenFromTheBar();
    void scrubberAndClockFollowEachOther();
    void playRunsToTheEndAndStops();
    void liveButtonOnlyWhileSessionsRun();

private:
    QList<const Timeline*> timelines() const
    {
        return {m_comparison->timelineA(), m_comparison->timelineB()};
    }
    qint64 nextEventAfter(qint64 position) const;

    std::unique_ptr<Comparison> m_comparison;
    PlaybackClock m_clock;
    ViewTheme m_theme;
    EventSelection m_selection;
    std::unique_ptr<PlaybackBar> m_bar;
};

void PlaybackTest::initTestCase()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10'000'000;
    knobs.objects = 4;
    knobs.objectSize = 500;
    knobs.timeoutSeconds = 60;
    m_comparison = test::runComparison(QStringLiteral("h1-vs-h2"), knobs);
    QVERIFY(m_comparison);
    m_bar = std::make_unique<PlaybackBar>(ViewContext{&m_clock, &m_theme, &m_selection});
    m_bar->show();
}

void PlaybackTest::init()
{
    m_clock.setTimelines(timelines());
    m_clock.setSpeed(1.0);
}

qint64 PlaybackTest::nextEventAfter(qint64 position) const
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Timeline* timeline : timelines()) {
        for (const Event& event : timeline->events()) {
            if (event.timeNs > position) {
                next = std::min(next, event.timeNs);
                break;
            }
        }
    }
    return next;
}

void PlaybackTest::stepForwardLandsOnTheNextEventOfEitherTimeline()
{
    QCOMPARE(m_clock.position(), qint64(0));
    int fromA = 0;
    int fromB = 0;
    QAction* step = m_bar->stepForwardAction();
    for (int i = 0; i < 120 && m_clock.position() < m_clock.end(); ++i) {
        const qint64 expected = nextEventAfter(m_clock.position());
        // Alternate the clock's own call and the bar's button: both step the same way.
        if (i % 2 == 0)
            m_clock.stepForward();
        else
            step->trigger();
        QCOMPARE(m_clock.position(), expected);
        QVERIFY(!m_clock.isPlaying());
        const qsizetype a = m_clock.lastVisibleEvent(m_comparison->timelineA());
        const qsizetype b = m_clock.lastVisibleEvent(m_comparison->timelineB());
        fromA += int(a >= 0 && m_comparison->timelineA()->at(a).timeNs == expected);
        fromB += int(b >= 0 && m_comparison->timelineB()->at(b).timeNs == expected);
    }
    // The steps visited events of both sessions.
    QVERIFY(fromA > 0);
    QVERIFY(fromB > 0);
}

void PlaybackTest::stepBackwardLandsOnThePreviousEvent()
{
    m_clock.seek(m_clock.end());
    for (int i = 0; i < 60; ++i) {
        qint64 expected = -1;
        for (const Timeline* timeline : timelines()) {
            const qsizetype before = timeline->lowerBound(m_clock.position()) - 1;
            if (before >= 0)
                expected = std::max(expected, timeline->at(before).timeNs);
        }
        if (expected < 0)
            break;
        m_bar->stepBackwardAction()->trigger();
        QCOMPARE(m_clock.position(), expected);
    }
}

void PlaybackTest::positionMapsToEvents()
{
    const Timeline* timeline = m_comparison->timelineB();
    const QList<Event> events = timeline->events();
    for (int sample = 0; sample <= 20; ++sample) {
        const qint64 position = m_clock.end() * sample / 20;
        m_clock.seek(position);
        qsizetype expected = -1;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).timeNs <= position)
                expected = i;
        }
        QCOMPARE(m_clock.lastVisibleEvent(timeline), expected);
    }
    // Exactly at an event's time, the event has happened.
    const qsizetype middle = events.size() / 2;
    m_clock.seek(events.at(middle).timeNs);
    QVERIFY(m_clock.lastVisibleEvent(timeline) >= middle);
    QCOMPARE(timeline->at(m_clock.lastVisibleEvent(timeline)).timeNs, events.at(middle).timeNs);
    QCOMPARE(m_clock.lastVisibleEvent(nullptr), qsizetype(-1));
}

void PlaybackTest::speedIsClampedAndChosenFromTheBar()
{
    m_clock.setSpeed(10.0);
    QCOMPARE(m_clock.speed(), PlaybackClock::MaxSpeed);
    m_clock.setSpeed(0.001);
    QCOMPARE(m_clock.speed(), PlaybackClock::MinSpeed);

    const QList<double> stops = PlaybackBar::speedStops();
    QCOMPARE(stops.constFirst(), PlaybackClock::MinSpeed);
    QCOMPARE(stops.constLast(), PlaybackClock::MaxSpeed);
    QVERIFY(stops.contains(1.0));
    auto* box = m_bar->findChild<QComboBox*>(QStringLiteral("speedBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), stops.size());
    for (int i = 0; i < box->count(); ++i) {
        box->setCurrentIndex(i);
        emit box->activated(i);
        QCOMPARE(m_clock.speed(), stops.at(i));
        QVERIFY(box->itemText(i).endsWith(QStringLiteral("×")));
    }
    // The box shows the clock's speed when someone else sets it.
    m_clock.setSpeed(0.5);
    QCOMPARE(box->currentData().toDouble(), 0.5);
}

void PlaybackTest::scrubberAndClockFollowEachOther()
{
    auto* scrubber = m_bar->findChild<QSlider*>(QStringLiteral("scrubber"));
    auto* time = m_bar->findChild<QLabel*>(QStringLiteral("timeLabel"));
    QVERIFY(scrubber);
    QVERIFY(time);
    QVERIFY(scrubber->isEnabled());
    const qint64 end = m_clock.end();

    scrubber->setValue(PlaybackBar::ScrubberSteps / 4);
    QVERIFY(std::abs(m_clock.position() - end / 4) <= 1);
    scrubber->setValue(PlaybackBar::ScrubberSteps);
    QCOMPARE(m_clock.position(), end);

    m_clock.seek(end / 2);
    QVERIFY(std::abs(scrubber->value() - PlaybackBar::ScrubberSteps / 2) <= 1);
    const auto ms = [](qint64 ns) -> QString {
        return QLocale().toString(double(ns) / 1e6, 'f', 1) + QStringLiteral(" ms");
    };
    const QString expected = ms(end / 2) + QStringLiteral(" / ") + ms(end);
    QCOMPARE(time->text(), expected);
}

void PlaybackTest::playRunsToTheEndAndStops()
{
    const qint64 end = m_clock.end();
    // A speed at which the second half takes about 200 ms of wall time: several ticks of the clock.
    m_clock.setSpeed(double(end / 2) / 200e6);
    m_clock.seek(end / 2);
    QSignalSpy moved(&m_clock, &PlaybackClock::positionChanged);
    auto* play = m_bar->findChild<QToolButton*>(QStringLiteral("playButton"));
    QVERIFY(play);
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(m_clock.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!m_clock.isPlaying(), 10000);
    QCOMPARE(m_clock.position(), end);
    // It advanced in steps, never backwards.
    QVERIFY(moved.size() >= 2);
    qint64 previous = end / 2;
    for (const QList<QVariant>& arguments : std::as_const(moved)) {
        const qint64 position = arguments.at(0).toLongLong();
        QVERIFY(position >= previous);
        previous = position;
    }
    // Playing again after the end starts over.
    m_clock.play();
    QVERIFY(m_clock.position() < end);
    m_clock.pause();
}

void PlaybackTest::liveButtonOnlyWhileSessionsRun()
{
    auto* live = m_bar->findChild<QToolButton*>(QStringLiteral("liveButton"));
    QVERIFY(live);
    QVERIFY(!live->isVisible());
    m_bar->setSessionsRunning(true);
    QVERIFY(live->isVisible());
    m_bar->liveAction()->trigger();
    QVERIFY(m_clock.isLive());
    QVERIFY(m_bar->liveAction()->isChecked());
    m_bar->liveAction()->trigger();
    QVERIFY(!m_clock.isLive());
    QVERIFY(!m_bar->liveAction()->isChecked());
    m_bar->setSessionsRunning(false);
    QVERIFY(!live->isVisible());
}

QTEST_MAIN(PlaybackTest)
#include "tst_playback.moc"

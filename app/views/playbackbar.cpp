#include "app/views/playbackbar.h"

#include "app/views/playbackclock.h"
#include "app/views/viewtheme.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace protoviz {

namespace {

QString milliseconds(qint64 ns)
{
    return QLocale().toString(double(ns) / 1e6, 'f', 1);
}

enum class Glyph { Play, Pause, StepBackward, StepForward };

// The media glyphs drawn in the theme's foreground: the style's own icons are dark on any palette and
// vanish in the dark theme.
QIcon glyphIcon(Glyph glyph, const QColor& color, int size)
{
    QPixmap pixmap(size * 2, size * 2); // drawn at twice the size, sharp on high-resolution screens
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal s = size;
    const auto triangle = [&](qreal left, qreal right) {
        painter.drawPolygon(
            QPolygonF{QPointF(left, s * 0.2), QPointF(right, s * 0.5), QPointF(left, s * 0.8)});
    };
    switch (glyph) {
    case Glyph::Play:
        triangle(s * 0.25, s * 0.8);
        break;
    case Glyph::Pause:
        painter.drawRect(QRectF(s * 0.25, s * 0.2, s * 0.18, s * 0.6));
        painter.drawRect(QRectF(s * 0.57, s * 0.2, s * 0.18, s * 0.6));
        break;
    case Glyph::StepBackward:
        painter.drawRect(QRectF(s * 0.2, s * 0.2, s * 0.12, s * 0.6));
        triangle(s * 0.8, s * 0.35);
        break;
    case Glyph::StepForward:
        triangle(s * 0.2, s * 0.65);
        painter.drawRect(QRectF(s * 0.68, s * 0.2, s * 0.12, s * 0.6));
        break;
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

PlaybackBar::PlaybackBar(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_stepBackward = new QAction(this);
    m_play = new QAction(this);
    m_stepForward = new QAction(this);
    m_live = new QAction(this);
    m_live->setCheckable(true);
    // No shortcuts here: the window's Space, Left and Right drive the same clock wherever the focus is,
    // and the same keys on the bar too would make them ambiguous while it has the focus.

    const auto button = [this](QAction* action, const char* name) {
        auto* tool = new QToolButton(this);
        tool->setDefaultAction(action);
        tool->setAutoRaise(true);
        tool->setObjectName(QLatin1String(name));
        return tool;
    };
    m_stepBackButton = button(m_stepBackward, "stepBackButton");
    m_playButton = button(m_play, "playButton");
    m_stepForwardButton = button(m_stepForward, "stepForwardButton");
    m_liveButton = button(m_live, "liveButton");
    m_liveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_liveButton->setVisible(false);

    m_scrubber = new QSlider(Qt::Horizontal, this);
    m_scrubber->setObjectName(QStringLiteral("scrubber"));
    m_scrubber->setRange(0, ScrubberSteps);
    m_scrubber->setPageStep(ScrubberSteps / 20);
    m_scrubber->setSingleStep(ScrubberSteps / 200);

    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_speedLabel = new QLabel(this);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speedLabel->setBuddy(m_speed);
    for (double speed : speedStops())
        m_speed->addItem(QString(), speed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_stepBackButton);
    layout->addWidget(m_playButton);
    layout->addWidget(m_stepForwardButton);
    layout->addWidget(m_scrubber, 1);
    layout->addWidget(m_time);
    layout->addSpacing(8);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed);
    layout->addWidget(m_liveButton);

    PlaybackClock* clock = m_context.clock;
    connect(m_play, &QAction::triggered, clock, &PlaybackClock::togglePlaying);
    connect(m_stepBackward, &QAction::triggered, clock, &PlaybackClock::stepBackward);
    connect(m_stepForward, &QAction::triggered, clock, &PlaybackClock::stepForward);
    connect(m_live, &QAction::triggered, this, [this] {
        if (m_context.clock->isLive())
            m_context.clock->pause();
        else
            m_context.clock->goLive();
    });
    connect(m_scrubber, &QSlider::valueChanged, this, &PlaybackBar::onScrubbed);
    connect(m_scrubber, &QSlider::sliderPressed, this, [this] {
        // Holding the handle holds the clock; it plays on from where the handle is let go.
        m_resumeAfterScrub = m_context.clock->isPlaying() && !m_context.clock->isLive();
        m_context.clock->pause();
    });
    connect(m_scrubber, &QSlider::sliderReleased, this, [this] {
        if (std::exchange(m_resumeAfterScrub, false))
            m_context.clock->play();
    });
    connect(m_speed, &QComboBox::activated, this, &PlaybackBar::onSpeedChosen);
    connect(clock, &PlaybackClock::positionChanged, this, &PlaybackBar::syncPosition);
    connect(clock, &PlaybackClock::stateChanged, this, &PlaybackBar::syncState);
    connect(m_context.theme, &ViewTheme::changed, this, &PlaybackBar::applyTheme);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &PlaybackBar::syncPosition);

    retranslate();
    applyTheme(); // also syncs the state: the play glyph is drawn in the theme's colour
    syncPosition();
}

PlaybackBar::~PlaybackBar() = default;

QList<double> PlaybackBar::speedStops()
{
    return {PlaybackClock::MinSpeed, 0.1, 0.25, 0.5, 1.0, 2.0, PlaybackClock::MaxSpeed};
}

void PlaybackBar::setSessionsRunning(bool running)
{
    m_running = running;
    m_liveButton->setVisible(running);
    if (running)
        m_refresh.start();
    else
        m_refresh.stop();
    syncState();
    syncPosition();
}

void PlaybackBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaybackBar::retranslate()
{
    m_stepBackward->setText(tr("Previous event"));
    m_stepBackward->setToolTip(tr("Step back to the previous event of either session (←)"));
    m_stepForward->setText(tr("Next event"));
    m_stepForward->setToolTip(tr("Step forward to the next event of either session (→)"));
    m_live->setText(tr("Live"));
    m_live->setToolTip(tr("Follow the sessions as they run, in real time"));
    m_scrubber->setToolTip(tr("Drag to any moment of the run: every view shows what had happened by then"));
    m_time->setToolTip(tr("The playback position and the end of the run, on the sessions' shared clock"));
    // Named for assistive technology; the tool buttons take their names from their actions' text.
    m_scrubber->setAccessibleName(tr("Playback position"));
    m_time->setAccessibleName(tr("Playback time"));
    m_speed->setAccessibleName(tr("Replay speed"));
    m_speedLabel->setText(tr("&Speed"));
    m_speed->setToolTip(tr("Replay speed: below 1× slows the run down so that each event can be followed"));
    for (int i = 0; i < m_speed->count(); ++i) {
        const double speed = m_speed->itemData(i).toDouble();
        m_speed->setItemText(i, tr("%1×").arg(QLocale().toString(speed, 'g', 3)));
    }
    syncState();
    syncPosition();
}

void PlaybackBar::applyTheme()
{
    const ViewTheme& theme = *m_context.theme;
    setFont(theme.font(9));
    const int icon = int(std::lround(18 * theme.fontScale()));
    for (QToolButton* tool : {m_stepBackButton, m_playButton, m_stepForwardButton, m_liveButton})
        tool->setIconSize(QSize(icon, icon));
    m_stepBackward->setIcon(glyphIcon(Glyph::StepBackward, theme.foreground(), icon));
    m_stepForward->setIcon(glyphIcon(Glyph::StepForward, theme.foreground(), icon));
    syncState();
    // The live dot: the playhead's colour, since live means the playhead is "now".
    QPixmap dot(icon, icon);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.playhead());
    painter.drawEllipse(QRectF(icon * 0.2, icon * 0.2, icon * 0.6, icon * 0.6));
    painter.end();
    m_live->setIcon(QIcon(dot));
    // Wide enough for long runs, so that the bar does not jump as the figures grow.
    const QFontMetrics metrics(font());
    m_time->setMinimumWidth(
        metrics.horizontalAdvance(tr("%1 / %2").arg(tr("%1 ms").arg(QLocale().toString(88888.8, 'f', 1)),
                                                    tr("%1 ms").arg(QLocale().toString(88888.8, 'f', 1)))));
}

void PlaybackBar::syncState()
{
    const PlaybackClock& clock = *m_context.clock;
    const bool playing = clock.isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause the replay (Space)") : tr("Replay the run from here (Space)"));
    m_play->setIcon(glyphIcon(playing ? Glyph::Pause : Glyph::Play, m_context.theme->foreground(),
                              int(std::lround(18 * m_context.theme->fontScale()))));
    m_live->setChecked(clock.isLive());
    // Pick the stop nearest to the clock's speed (it may have been set elsewhere).
    int nearest = 0;
    for (int i = 1; i < m_speed->count(); ++i) {
        if (std::abs(std::log(m_speed->itemData(i).toDouble() / clock.speed())) <
            std::abs(std::log(m_speed->itemData(nearest).toDouble() / clock.speed())))
            nearest = i;
    }
    m_speed->setCurrentIndex(nearest);
    const bool hasRun = clock.end() > 0;
    for (QAction* action : {m_play, m_stepBackward, m_stepForward})
        action->setEnabled(hasRun || m_running);
    m_scrubber->setEnabled(hasRun);
}

void PlaybackBar::syncPosition()
{
    const PlaybackClock& clock = *m_context.clock;
    const qint64 position = clock.position();
    // Live, the clock runs ahead of the last event recorded: the run so far is as long as the clock says.
    const qint64 end = std::max(clock.end(), position);
    m_time->setText(
        tr("%1 / %2").arg(tr("%1 ms").arg(milliseconds(position)), tr("%1 ms").arg(milliseconds(end))));
    if (!m_scrubber->isSliderDown()) {
        m_syncing = true;
        m_scrubber->setValue(end > 0 ? int(std::lround(double(position) / double(end) * ScrubberSteps)) : 0);
        m_syncing = false;
    }
    if (!m_scrubber->isEnabled() && end > 0)
        syncState();
}

void PlaybackBar::onScrubbed(int value)
{
    if (m_syncing)
        return;
    const qint64 end = m_context.clock->end();
    m_context.clock->seek(qint64(std::llround(double(end) * value / ScrubberSteps)));
}

void PlaybackBar::onSpeedChosen(int index)
{
    m_context.clock->setSpeed(m_speed->itemData(index).toDouble());
}

} // namespace protoviz

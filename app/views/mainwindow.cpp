#include "app/views/mainwindow.h"

#include "core/export/recording.h"
#include "core/session/comparison.h"
#include "core/session/securityscenarios.h"
#include "core/timeline/timeline.h"

#include "app/views/captionlabel.h"
#include "app/views/fieldtreemodel.h"
#include "app/views/glossarypanel.h"
#include "app/views/inspectorview.h"
#include "app/views/languageswitcher.h"
#include "app/views/legendstrip.h"
#include "app/views/lessonpanel.h"
#include "app/views/playbackbar.h"
#include "app/views/quizdialog.h"
#include "app/views/scenariocontrols.h"
#include "app/views/statisticsview.h"
#include "app/views/timelinecanvas.h"
#include "app/views/timelinemodel.h"
#include "app/views/tradeoffcardsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <array>

namespace protoviz {

namespace {

// The presentation mode's scale for drawn views and for the window's own widgets.
constexpr qreal PresentationViewScale = 1.6;
constexpr qreal PresentationWidgetScale = 1.4;
// Below this screen height the lesson shares the right-hand column as a tab, not as a split.
constexpr int SplitLessonMinimumHeight = 900;
// The scenario column never takes more than this, however wide its controls would like to be.
constexpr int MaximumScenarioColumn = 480;
// From this window width on, the statistics have room beside the panes from the first start.
constexpr int WideWindow = 1600;

// The next of the playback bar's speeds up (direction > 0) or down from speed.
double nextSpeed(double speed, int direction)
{
    const QList<double> speeds = PlaybackBar::speedStops();
    if (direction > 0) {
        for (double candidate : speeds) {
            if (candidate > speed + 1e-9)
                return candidate;
        }
        return speeds.back();
    }
    for (auto it = speeds.rbegin(); it != speeds.rend(); ++it) {
        if (*it < speed - 1e-9)
            return *it;
    }
    return speeds.front();
}

// Draws a pane's shown view and its title into area: drawn views through their own render(), the
// list of events as the widget paints itself.
void renderPane(QPainter& painter, SessionPane* pane, const QRectF& area, const ViewTheme& theme)
{
    const qreal titleHeight = QFontMetricsF(theme.font(12, true)).height() * 1.6;
    painter.save();
    painter.fillRect(area, theme.background());
    painter.setPen(theme.foreground());
    painter.setFont(theme.font(12, true));
    painter.drawText(area.adjusted(8, 0, -8, 0).topLeft() + QPointF(0, titleHeight * 0.7), pane->title());
    const QRectF body = area.adjusted(0, titleHeight, 0, 0);
    if (TimelineCanvas* canvas = pane->currentCanvas()) {
        painter.translate(body.topLeft());
        canvas->render(painter, QRectF(QPointF(0, 0), body.size()));
    } else {
        QWidget* widget = pane->currentWidget();
        painter.translate(body.topLeft());
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    painter.restore();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_languages(new LanguageSwitcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_controls = new ScenarioControls(this);
    m_scenarioDock = new QDockWidget(this);
    m_scenarioDock->setObjectName(QStringLiteral("scenarioDock"));
    auto* scroll = new QScrollArea(m_scenarioDock);
    scroll->setAccessibleName(tr("Scenario and knobs"));
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scenarioDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_scenarioDock);

    m_rows = new QSplitter(Qt::Vertical, this);
    m_topRow = new QSplitter(Qt::Horizontal, m_rows);
    m_bottomRow = new QSplitter(Qt::Horizontal, m_rows);
    m_rows->addWidget(m_topRow);
    m_rows->addWidget(m_bottomRow);
    const QString letters[MaxPanes] = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                       QStringLiteral("D")};
    for (int i = 0; i < MaxPanes; ++i) {
        QSplitter* row = i < 2 ? m_topRow : m_bottomRow;
        auto* pane = new SessionPane(letters[i], m_context, row);
        row->addWidget(pane);
        m_panes.append(pane);
    }
    // C and D appear only for a scenario of more than two sides.
    m_bottomRow->hide();
    // The scenario's point above the panes, its key below them: both stay in sight in every size.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_caption = new CaptionLabel(2, central);
    m_caption->setObjectName(QStringLiteral("captionLine"));
    m_caption->setContentsMargins(8, 4, 8, 2);
    column->addWidget(m_caption);
    column->addWidget(m_rows, 1);
    m_legend = new LegendStrip(&m_theme, central);
    column->addWidget(m_legend);
    setCentralWidget(central);
    // The key follows what the views draw as the clock moves, a few times a second at most.
    m_legendRefresh.setSingleShot(true);
    m_legendRefresh.setInterval(200);
    connect(&m_legendRefresh, &QTimer::timeout, this, &MainWindow::refreshLegend);
    connect(&m_clock, &PlaybackClock::positionChanged, this, &MainWindow::scheduleLegendRefresh);
    connect(&m_theme, &ViewTheme::changed, this, &MainWindow::scheduleLegendRefresh);
    // The panes are compared by eye: they share the space evenly until the user drags a divider.
    for (QSplitter* splitter : {m_rows, m_topRow, m_bottomRow})
        connect(splitter, &QSplitter::splitterMoved, this, [this] { m_panesSizedByUser = true; });

    loadLessons();
    // The lesson goes on top of the right-hand column, the inspector (where its events show) below.
    m_lessonDock = new QDockWidget(this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonPanel = new LessonPanel(this, m_lessonDock);
    m_lessonDock->setWidget(m_lessonPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();

    m_inspector = new InspectorView(m_context, this);
    // The events table and the inspector explain the glossary's terms on hover. The library is a
    // member that loadLessons() refills in place, so the pointers stay good across languages.
    for (SessionPane* pane : std::as_const(m_panes))
        pane->model()->setGlossary(&m_lessons);
    m_inspector->fieldModel()->setGlossary(&m_lessons);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_statistics = new StatisticsView(m_context, this);
    m_statisticsDock = new QDockWidget(this);
    m_statisticsDock->setObjectName(QStringLiteral("statisticsDock"));
    // The charts need more height than the column has beside a lesson: there they scroll.
    auto* statisticsScroll = new QScrollArea(m_statisticsDock);
    statisticsScroll->setAccessibleName(tr("Statistics"));
    statisticsScroll->setWidget(m_statistics);
    statisticsScroll->setWidgetResizable(true);
    statisticsScroll->setFrameShape(QFrame::NoFrame);
    m_statisticsDock->setWidget(statisticsScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_statisticsDock);
    tabifyDockWidget(m_inspectorDock, m_statisticsDock);
    m_glossary = new GlossaryPanel(&m_lessons, this);
    m_glossaryDock = new QDockWidget(this);
    m_glossaryDock->setObjectName(QStringLiteral("glossaryDock"));
    m_glossaryDock->setWidget(m_glossary);
    addDockWidget(Qt::RightDockWidgetArea, m_glossaryDock);
    tabifyDockWidget(m_statisticsDock, m_glossaryDock);
    m_glossaryDock->hide();
    connect(this, &MainWindow::lessonsChanged, m_glossary, [this] { m_glossary->setLibrary(&m_lessons); });
    // Help → Glossary opens it in front of the docks it shares a tab bar with.
    connect(m_glossaryDock->toggleViewAction(), &QAction::triggered, m_glossaryDock, [this](bool on) {
        if (on)
            m_glossaryDock->raise();
    });
    m_inspectorDock->raise();

    createActions();
    createMenus();
    m_playbackBar = new PlaybackBar(m_context, this);
    m_playbackToolBar = new QToolBar(this);
    m_playbackToolBar->setObjectName(QStringLiteral("playbackToolbar"));
    m_playbackToolBar->addWidget(m_playbackBar);
    addToolBar(Qt::BottomToolBarArea, m_playbackToolBar);

    connect(m_controls, &ScenarioControls::runRequested, this, &MainWindow::run);
    connect(m_controls, &ScenarioControls::scenarioChosen, this, &MainWindow::showViewOfScenario);
    connect(m_controls, &ScenarioControls::scenarioChosen, this, &MainWindow::updateCaption);
    connect(&m_selection, &EventSelection::changed, this, &MainWindow::followSelectionWithInspector);
    connect(m_inspectorDock->toggleViewAction(), &QAction::triggered, this,
            [this](bool on) { m_inspectorOpenedByUser = on; });
    connect(&m_clock, &PlaybackClock::stateChanged, this, &MainWindow::updateActions);
    connect(&m_theme, &ViewTheme::changed, this, &MainWindow::applyPalette);

    m_controls->restoreSettings();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: two panes side by side want the whole screen.
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            resize(screen->availableGeometry().size());
    }
    fitScenarioColumn();
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the two panes get the room, the docks what their contents need. On a laptop's
        // screen the statistics wait in the View menu rather than take a third of the width.
        resizeDocks({m_scenarioDock, m_inspectorDock}, {m_scenarioDock->widget()->minimumWidth(), 400},
                    Qt::Horizontal);
        if (width() < WideWindow)
            m_statisticsDock->hide();
    }
    followSelectionWithInspector();
    setView(SessionPane::View(std::clamp(settings.value(QStringLiteral("window/view"), 0).toInt(), 0, 4)));
    setThemeMode(settings.value(QStringLiteral("window/theme")).toString() == QLatin1String("dark")
                     ? ViewTheme::Mode::Dark
                     : ViewTheme::Mode::Light);
    setLanguage(
        settings.value(QStringLiteral("window/language"), LanguageSwitcher::systemLanguage()).toString());
    retranslate();
    applyPalette();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::loadLessons()
{
    QStringList errors;
    m_lessons = LessonLibrary::load(LessonLibrary::builtInFolder(), &errors);
    // The files are the same in every language: their mistakes are told once, at the first load.
    if (!errors.isEmpty() && !m_lessonPanel) {
        QTimer::singleShot(0, this, [this, errors] {
            QMessageBox::warning(this, tr("Some lessons could not be read"),
                                 tr("These lessons are left out:") + QStringLiteral("\n\n") +
                                     errors.join(QLatin1Char('\n')));
        });
    }
}

void MainWindow::createActions()
{
    m_runAction = new QAction(this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::run);
    m_stopAction = new QAction(this);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::chooseAndSave);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseAndExport);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewGroup = new QActionGroup(this);
    const std::array keys{Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5};
    for (int i = 0; i < int(keys.size()); ++i) {
        auto* action = new QAction(m_viewGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | keys[std::size_t(i)]));
        connect(action, &QAction::triggered, this, [this, i] { setView(SessionPane::View(i)); });
        m_viewActions.append(action);
    }
    auto forCanvases = [this](auto call) {
        for (SessionPane* pane : shownPanes()) {
            if (TimelineCanvas* canvas = pane->currentCanvas())
                call(canvas);
        }
    };
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts(
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_zoomInAction, &QAction::triggered, this,
            [forCanvases] { forCanvases([](TimelineCanvas* c) { c->zoomIn(); }); });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    connect(m_zoomOutAction, &QAction::triggered, this,
            [forCanvases] { forCanvases([](TimelineCanvas* c) { c->zoomOut(); }); });
    m_fitAction = new QAction(this);
    m_fitAction->setShortcut(QKeySequence(Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, this,
            [forCanvases] { forCanvases([](TimelineCanvas* c) { c->fitAll(); }); });
    m_presentationAction = new QAction(this);
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    m_themeGroup = new QActionGroup(this);
    m_lightAction = new QAction(m_themeGroup);
    m_lightAction->setCheckable(true);
    connect(m_lightAction, &QAction::triggered, this, [this] { setThemeMode(ViewTheme::Mode::Light); });
    m_darkAction = new QAction(m_themeGroup);
    m_darkAction->setCheckable(true);
    connect(m_darkAction, &QAction::triggered, this, [this] { setThemeMode(ViewTheme::Mode::Dark); });

    m_languageGroup = new QActionGroup(this);
    for (const LanguageSwitcher::Language& language : LanguageSwitcher::languages()) {
        auto* action = new QAction(language.name, m_languageGroup);
        action->setCheckable(true);
        action->setData(language.code);
        connect(action, &QAction::triggered, this, [this, code = language.code] { setLanguage(code); });
    }

    m_playAction = new QAction(this);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_playAction, &QAction::triggered, &m_clock, &PlaybackClock::togglePlaying);
    m_stepBackAction = new QAction(this);
    m_stepBackAction->setShortcut(QKeySequence(Qt::Key_Left));
    connect(m_stepBackAction, &QAction::triggered, &m_clock, &PlaybackClock::stepBackward);
    m_stepForwardAction = new QAction(this);
    m_stepForwardAction->setShortcut(QKeySequence(Qt::Key_Right));
    connect(m_stepForwardAction, &QAction::triggered, &m_clock, &PlaybackClock::stepForward);
    m_fasterAction = new QAction(this);
    m_fasterAction->setShortcut(QKeySequence(Qt::Key_BracketRight));
    connect(m_fasterAction, &QAction::triggered, this,
            [this] { m_clock.setSpeed(nextSpeed(m_clock.speed(), 1)); });
    m_slowerAction = new QAction(this);
    m_slowerAction->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    connect(m_slowerAction, &QAction::triggered, this,
            [this] { m_clock.setSpeed(nextSpeed(m_clock.speed(), -1)); });
    m_liveAction = new QAction(this);
    connect(m_liveAction, &QAction::triggered, &m_clock, &PlaybackClock::goLive);

    m_lessonsAction = new QAction(this);
    m_lessonsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lessonsAction, &QAction::triggered, this, &MainWindow::showLessons);
    m_quizAction = new QAction(this);
    connect(m_quizAction, &QAction::triggered, this, &MainWindow::openQuiz);
    m_tradeoffsAction = new QAction(this);
    connect(m_tradeoffsAction, &QAction::triggered, this, &MainWindow::openTradeoffs);

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About ProtoViz"),
            tr("<p><b>ProtoViz</b> %1</p><p>Live sessions on real protocol stacks (OpenSSL, nghttp2, "
               "Qt WebSockets, Protobuf) over an emulated link on 127.0.0.1. Every view is drawn "
               "from the events the session recorded: nothing is a canned animation.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    // Window-wide shortcuts, also while the menus are hidden in presentation mode.
    addActions({m_runAction, m_stopAction, m_openAction, m_saveAction, m_exportAction, m_zoomInAction,
                m_zoomOutAction, m_fitAction, m_presentationAction, m_playAction, m_stepBackAction,
                m_stepForwardAction, m_fasterAction, m_slowerAction, m_lessonsAction});
    addActions(m_viewActions);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_runAction, m_stopAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_openAction, m_saveAction, m_exportAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_zoomInAction, m_zoomOutAction, m_fitAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentationAction);
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions({m_lightAction, m_darkAction});
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_scenarioDock->toggleViewAction());
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_viewMenu->addAction(m_statisticsDock->toggleViewAction());
    m_playbackMenu = menuBar()->addMenu(QString());
    m_playbackMenu->addActions(
        {m_playAction, m_stepBackAction, m_stepForwardAction, m_slowerAction, m_fasterAction, m_liveAction});
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions(
        {m_lessonsAction, m_quizAction, m_glossaryDock->toggleViewAction(), m_tradeoffsAction});
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);

    m_runToolBar = addToolBar(QString());
    m_runToolBar->setObjectName(QStringLiteral("runToolbar"));
    m_runToolBar->addActions({m_runAction, m_stopAction});
    m_viewToolBar = addToolBar(QString());
    m_viewToolBar->setObjectName(QStringLiteral("viewToolbar"));
    m_viewToolBar->addActions(m_viewActions);
    m_viewToolBar->addSeparator();
    m_viewToolBar->addActions({m_zoomInAction, m_zoomOutAction, m_fitAction, m_presentationAction});
}

void MainWindow::retranslate()
{
    setWindowTitle(m_scenarioId.isEmpty() ? tr("ProtoViz") : tr("ProtoViz — %1").arg(m_scenarioId));
    m_scenarioDock->setWindowTitle(tr("Scenario"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_statisticsDock->setWindowTitle(tr("Statistics"));
    m_lessonDock->setWindowTitle(tr("Lesson"));
    m_glossaryDock->setWindowTitle(tr("Glossary"));
    // After the dock's title, which the dock also gives its toggle action.
    m_glossaryDock->toggleViewAction()->setText(tr("&Glossary"));
    m_glossaryDock->toggleViewAction()->setToolTip(tr("Look up the terms lessons and views use"));
    m_runToolBar->setWindowTitle(tr("Run"));
    m_viewToolBar->setWindowTitle(tr("Views"));
    m_playbackToolBar->setWindowTitle(tr("Playback"));
    m_fileMenu->setTitle(tr("&Session"));
    m_viewMenu->setTitle(tr("&View"));
    m_playbackMenu->setTitle(tr("&Playback"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_runAction->setText(tr("&Run"));
    m_runAction->setToolTip(tr("Run both sessions live (Ctrl+R)"));
    m_stopAction->setText(tr("S&top"));
    m_stopAction->setToolTip(tr("Stop the running sessions (Esc)"));
    m_openAction->setText(tr("&Open recording…"));
    m_saveAction->setText(tr("&Save recording…"));
    m_exportAction->setText(tr("&Export view as PNG or SVG…"));
    m_quitAction->setText(tr("&Quit"));
    const std::array viewNames{tr("&Lanes"), tr("La&dder"), tr("&Tiles"), tr("&Events"), tr("Ea&vesdropper")};
    const std::array viewTips{tr("Connections and streams over time (Ctrl+1)"),
                              tr("Who sent what, when: the sequence diagram (Ctrl+2)"),
                              tr("The page's objects filling in (Ctrl+3)"),
                              tr("Every event as a list (Ctrl+4)"),
                              tr("What someone on the link reads, and what an attacker changed (Ctrl+5)")};
    for (int i = 0; i < int(viewNames.size()); ++i) {
        m_viewActions[i]->setText(viewNames[std::size_t(i)]);
        m_viewActions[i]->setToolTip(viewTips[std::size_t(i)]);
    }
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomInAction->setToolTip(tr("Zoom in on time (+)"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_zoomOutAction->setToolTip(tr("Zoom out (−)"));
    m_fitAction->setText(tr("&Fit everything"));
    m_fitAction->setToolTip(tr("Show the whole session (0)"));
    m_presentationAction->setText(tr("&Presentation mode"));
    m_presentationAction->setToolTip(tr("Full screen with large fonts, for a projector (F11)"));
    m_lightAction->setText(tr("&Light, high contrast"));
    m_darkAction->setText(tr("&Dark, high contrast"));
    m_playAction->setText(tr("&Play or pause"));
    m_stepBackAction->setText(tr("Step &back to the previous event"));
    m_stepForwardAction->setText(tr("Step &forward to the next event"));
    m_slowerAction->setText(tr("&Slower"));
    m_fasterAction->setText(tr("F&aster"));
    m_liveAction->setText(tr("Follow &live"));
    m_lessonsAction->setText(tr("&Lessons…"));
    m_lessonsAction->setToolTip(tr("Guided lessons on live runs, with questions (Ctrl+L)"));
    m_quizAction->setText(tr("&Quiz…"));
    m_quizAction->setToolTip(tr("Interview practice: questions drawn from every topic"));
    m_tradeoffsAction->setText(tr("&Trade-offs…"));
    m_tradeoffsAction->setToolTip(tr("When to pick each protocol, and when not"));
    m_aboutAction->setText(tr("&About ProtoViz"));
    if (!m_comparison || !m_comparison->isRunning())
        statusBar()->showMessage(tr("Pick a scenario and press Run. Sessions run live on 127.0.0.1."));
    updateCaption();
}

void MainWindow::fitScenarioColumn()
{
    // The knobs are read whole: the scenario column is never narrower than its controls need, in the
    // language and fonts shown now (the panes give up the room; the column scrolls vertically).
    auto* scroll = qobject_cast<QScrollArea*>(m_scenarioDock->widget());
    scroll->setMinimumWidth(std::min(m_controls->minimumSizeHint().width() +
                                         scroll->verticalScrollBar()->sizeHint().width() +
                                         2 * scroll->frameWidth(),
                                     MaximumScenarioColumn));
}

void MainWindow::updateCaption()
{
    // The scenario shown in the panes; before any run, the one picked.
    const bool shown = m_comparison || m_recording;
    const std::optional<ScenarioCatalog::Entry> entry =
        ScenarioCatalog::entry(shown ? m_scenarioId : m_controls->scenarioId());
    m_caption->setFullText(entry ? tr("%1: %2").arg(entry->title, entry->description) : QString());
    m_caption->setVisible(entry.has_value());
}

void MainWindow::scheduleLegendRefresh()
{
    if (!m_legendRefresh.isActive())
        m_legendRefresh.start();
}

void MainWindow::refreshLegend()
{
    QList<LegendSwatch> swatches;
    for (SessionPane* pane : shownPanes()) {
        TimelineCanvas* canvas = pane->currentCanvas();
        if (!canvas)
            continue;
        const QList<LegendSwatch> own = canvas->legendSwatches();
        // A view that gives no entries keeps drawing its own key, whatever it shows.
        canvas->setShowsOwnLegend(own.isEmpty());
        swatches += own;
    }
    m_legend->setSwatches(swatches);
}

void MainWindow::followSelectionWithInspector()
{
    if (!m_selection.isEmpty()) {
        if (m_inspectorDock->isHidden())
            bringForward(m_inspectorDock);
        return;
    }
    if (!m_inspectorOpenedByUser)
        m_inspectorDock->hide();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The lessons' texts are translated when they load.
        loadLessons();
        emit lessonsChanged();
        scheduleLegendRefresh();
        // After the controls have taken their new texts.
        QTimer::singleShot(0, this, &MainWindow::fitScenarioColumn);
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::setLanguage(const QString& code)
{
    const bool switched = m_languages->setLanguage(code);
    // The switcher made the language's number format the default; widgets that format numbers
    // themselves (the knobs' spin boxes) follow their own locale, passed down from the window.
    if (switched)
        setLocale(QLocale());
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->language());
    if (switched)
        QSettings().setValue(QStringLiteral("window/language"), code);
    return switched;
}

void MainWindow::setView(SessionPane::View view)
{
    for (SessionPane* pane : std::as_const(m_panes))
        pane->setView(view);
    m_viewActions[int(view)]->setChecked(true);
    updateActions();
    scheduleLegendRefresh();
}

void MainWindow::showViewOfScenario(const QString& id)
{
    // What an eavesdropper reads is the point of the security scenarios, and says nothing elsewhere.
    const bool eavesdropped = SecurityScenarios::has(id);
    if (eavesdropped)
        setView(SessionPane::View::Eavesdropper);
    else if (paneA()->view() == SessionPane::View::Eavesdropper)
        setView(SessionPane::View::Lanes);
}

void MainWindow::setThemeMode(ViewTheme::Mode mode)
{
    m_theme.setMode(mode);
    m_lightAction->setChecked(mode == ViewTheme::Mode::Light);
    m_darkAction->setChecked(mode == ViewTheme::Mode::Dark);
    applyPalette();
}

void MainWindow::applyPalette()
{
    // The widgets around the views follow the same high-contrast theme as the drawings.
    QPalette palette;
    const QColor background = m_theme.background();
    const QColor foreground = m_theme.foreground();
    const bool dark = m_theme.mode() == ViewTheme::Mode::Dark;
    const QColor panel = dark ? QColor(0x1c1f26) : QColor(0xf0f0f0);
    palette.setColor(QPalette::Window, panel);
    palette.setColor(QPalette::WindowText, foreground);
    palette.setColor(QPalette::Base, background);
    palette.setColor(QPalette::AlternateBase, dark ? QColor(0x181b21) : QColor(0xf6f6f6));
    palette.setColor(QPalette::Text, foreground);
    palette.setColor(QPalette::Button, panel);
    palette.setColor(QPalette::ButtonText, foreground);
    palette.setColor(QPalette::ToolTipBase, background);
    palette.setColor(QPalette::ToolTipText, foreground);
    palette.setColor(QPalette::Highlight, dark ? QColor(0x3d7bd9) : QColor(0x0a58ca));
    palette.setColor(QPalette::HighlightedText, QColor(0xffffff));
    palette.setColor(QPalette::PlaceholderText, m_theme.muted());
    palette.setColor(QPalette::Disabled, QPalette::Text, m_theme.muted());
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, m_theme.muted());
    palette.setColor(QPalette::Disabled, QPalette::WindowText, m_theme.muted());
    QApplication::setPalette(palette);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_presentationAction->setChecked(on);
    QFont font = QApplication::font();
    if (on) {
        m_statesBeforePresentation = windowState();
        m_docksBeforePresentation = saveState();
        m_scenarioDock->hide();
        // The projector's width goes to the panes: the statistics are one click away in the View menu.
        m_statisticsDock->hide();
        // In large fonts the lesson cannot share the column's height with the inspector: it takes the
        // whole column, as a tab beside the inspector and the statistics.
        tabifyDockWidget(m_inspectorDock, m_lessonDock);
        m_lessonDock->raise();
        menuBar()->hide();
        // The large fonts come after the docks have gone, so that the window never needs more than
        // the screen on the way.
        m_theme.setFontScale(PresentationViewScale);
        font.setPointSizeF(font.pointSizeF() * PresentationWidgetScale);
        setFont(font);
        showFullScreen();
    } else {
        const bool lesson = m_lessonDock->isVisible();
        m_theme.setFontScale(1.0);
        setFont(font);
        restoreState(m_docksBeforePresentation);
        m_scenarioDock->show();
        menuBar()->show();
        setWindowState(m_statesBeforePresentation);
        if (lesson)
            showLessons();
    }
    followSelectionWithInspector();
    scheduleLegendRefresh();
}

bool MainWindow::run()
{
    if (m_comparison && m_comparison->isRunning())
        return false;
    QString error;
    const std::optional<ScenarioKnobs> knobs = m_controls->knobs(&error);
    std::optional<Scenario> scenario;
    if (knobs)
        scenario = ScenarioCatalog::make(m_controls->scenarioId(), *knobs, &error);
    if (!scenario) {
        QMessageBox::warning(this, tr("Cannot run"), error);
        return false;
    }
    m_controls->saveSettings();
    showTimelines({});
    delete m_comparison;
    m_recording.reset();
    m_scenarioId = scenario->id;
    m_comparisonKnobs = *knobs;
    m_comparison = new Comparison(*scenario, this);
    connect(m_comparison, &Comparison::finished, this, &MainWindow::onFinished);
    QList<const Timeline*> timelines;
    for (const Timeline* timeline : m_comparison->timelines())
        timelines.append(timeline);
    showTimelines(timelines);
    statusBar()->showMessage(tr("Running %1 live…").arg(scenario->title));
    m_comparison->start();
    m_clock.goLive();
    m_playbackBar->setSessionsRunning(true);
    retranslate();
    updateActions();
    return true;
}

void MainWindow::stop()
{
    if (m_comparison)
        m_comparison->cancel();
}

void MainWindow::runScenario(const QString& id, const ScenarioKnobs& knobs)
{
    m_controls->setScenarioId(id);
    m_controls->setKnobs(knobs);
    if (!m_comparison || !m_comparison->isRunning()) {
        run();
        return;
    }
    // One run at a time: the one going on stops first. The new run starts from the event loop, not
    // inside the finished comparison's own signal, because run() deletes that comparison.
    connect(
        this, &MainWindow::comparisonFinished, this,
        [this] { QTimer::singleShot(0, this, [this] { run(); }); }, Qt::SingleShotConnection);
    stop();
}

void MainWindow::showLessons()
{
    const bool opening = m_lessonDock->isHidden();
    m_lessonDock->show();
    m_lessonDock->raise();
    if (opening && !m_lessonDock->isFloating() && !m_presentation &&
        screen()->availableGeometry().height() < SplitLessonMinimumHeight) {
        // On a laptop's screen a lesson above the inspector would leave both a few lines: the lesson
        // takes the whole column as a tab beside the inspector, as in presentation mode.
        tabifyDockWidget(m_inspectorDock, m_lessonDock);
        m_lessonDock->raise();
    } else if (opening && !m_lessonDock->isFloating() && !m_presentation) {
        // The lesson is read for minutes at a time: it gets most of the column it shares, once the
        // layout has made room for it.
        QTimer::singleShot(0, this, [this] {
            const int height = m_lessonDock->height() + m_inspectorDock->height();
            resizeDocks({m_lessonDock, m_inspectorDock}, {height * 2 / 3, height / 3}, Qt::Vertical);
            resizeDocks({m_lessonDock}, {std::max(m_lessonDock->width(), width() * 3 / 10)}, Qt::Horizontal);
        });
    }
}

bool MainWindow::startLesson(const QString& id, int step)
{
    showLessons();
    return m_lessonPanel->startLesson(id, step);
}

void MainWindow::showInspector()
{
    bringForward(m_inspectorDock);
}

void MainWindow::showStatistics()
{
    bringForward(m_statisticsDock);
}

void MainWindow::bringForward(QDockWidget* dock)
{
    dock->show();
    // Where the lesson shares the dock's tabs (presentation mode) it stays in front: the views outline
    // the selected event, and the dock is one click away.
    if (m_lessonDock->isVisible() && tabifiedDockWidgets(dock).contains(m_lessonDock))
        return;
    dock->raise();
}

void MainWindow::openQuiz()
{
    // One quiz at a time, beside the window: its "Show the run" runs in the window.
    if (!m_quiz) {
        m_quiz = new QuizDialog(m_lessons, this);
        m_quiz->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_quiz->show();
    m_quiz->raise();
    m_quiz->activateWindow();
}

void MainWindow::openTradeoffs()
{
    if (!m_tradeoffs) {
        m_tradeoffs = new TradeoffCardsDialog(m_lessons, this);
        m_tradeoffs->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_tradeoffs->show();
    m_tradeoffs->raise();
    m_tradeoffs->activateWindow();
}

void MainWindow::showTimelines(const QList<const Timeline*>& timelines)
{
    m_selection.clear();
    for (int i = 0; i < MaxPanes; ++i)
        m_panes[i]->setTimeline(timelines.value(i));
    const bool moreSides = timelines.size() > 2;
    if (moreSides != m_bottomRow->isVisible()) {
        m_bottomRow->setVisible(moreSides);
        m_panesSizedByUser = false;
        sharePanesEvenly();
    }
    const QList<const Timeline*> shown = timelines.mid(0, MaxPanes);
    m_statistics->setTimelines(shown);
    m_statistics->setScenarioId(m_scenarioId);
    m_clock.setTimelines(shown);
    scheduleLegendRefresh();
}

void MainWindow::onFinished()
{
    // The run is over: show all of it; Play replays it from the start at the chosen speed.
    m_clock.pause();
    m_clock.seek(m_clock.end());
    m_playbackBar->setSessionsRunning(false);
    statusBar()->showMessage(tr("Finished. Press Space to replay, ← and → to step through the events."));
    updateActions();
    emit comparisonFinished();
}

bool MainWindow::openRecording(const QString& path)
{
    QString error;
    std::optional<Recording> recording = Recording::read(path, &error);
    if (!recording) {
        QMessageBox::warning(this, tr("Cannot open the recording"), error);
        return false;
    }
    const int sessions = int(recording->sessions.size());
    showRecording(std::move(*recording));
    statusBar()->showMessage(tr("Opened %1: %n session(s).", nullptr, sessions).arg(path));
    return true;
}

void MainWindow::showRecording(Recording recording)
{
    // The panes let go of the timelines shown now before their comparison or recording goes.
    showTimelines({});
    if (m_comparison && m_comparison->isRunning())
        m_comparison->cancel();
    delete m_comparison;
    m_comparison = nullptr;
    m_recording = std::make_shared<Recording>(std::move(recording));
    m_scenarioId = m_recording->scenarioId;
    QList<const Timeline*> timelines;
    for (const std::shared_ptr<Timeline>& timeline : std::as_const(m_recording->sessions))
        timelines.append(timeline.get());
    showTimelines(timelines.mid(0, MaxPanes));
    m_playbackBar->setSessionsRunning(false);
    m_clock.seek(m_clock.end());
    retranslate();
    statusBar()->showMessage(
        tr("Showing a recorded run of %1. Press Space to replay it, ← and → to step through the events.")
            .arg(m_scenarioId));
    updateActions();
}

bool MainWindow::saveRecording(const QString& path)
{
    QList<const Timeline*> timelines;
    for (SessionPane* pane : shownPanes()) {
        if (pane->timeline())
            timelines.append(pane->timeline());
    }
    QString error;
    if (timelines.isEmpty() || !Recording::write(path, m_scenarioId, timelines, &error)) {
        QMessageBox::warning(this, tr("Cannot save the recording"),
                             timelines.isEmpty() ? tr("There is no session to save yet.") : error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(path));
    return true;
}

bool MainWindow::exportView(const QString& path, QString* error)
{
    // The panes as they are arranged: A and B in the first row, C and D (if shown) in the second.
    const QList<SessionPane*> panes = shownPanes();
    const qsizetype columns = std::min<qsizetype>(panes.size(), 2);
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    for (SessionPane* pane : panes) {
        cellWidth = std::max<qreal>(cellWidth, std::max(320, pane->currentWidget()->width()));
        cellHeight = std::max<qreal>(cellHeight, std::max(240, pane->currentWidget()->height()));
    }
    cellHeight += QFontMetricsF(m_theme.font(12, true)).height() * 1.6;
    const qsizetype rows = (panes.size() + columns - 1) / columns;
    // One key for all the panes, below them, as the window shows it.
    refreshLegend();
    const QList<LegendSwatch> key = m_legend->swatches();
    const QFont keyFont = m_theme.font(9.5);
    const qreal keyHeight = LegendStrip::keyHeight(key, keyFont, cellWidth * qreal(columns));
    const QSizeF size(cellWidth * qreal(columns), cellHeight * qreal(rows) + keyHeight);
    auto paint = [&](QPainter& painter) {
        if (keyHeight > 0) {
            const QRectF keyArea(0, cellHeight * qreal(rows), size.width(), keyHeight);
            painter.fillRect(keyArea, m_theme.background());
            LegendStrip::drawKey(painter, keyArea, key, keyFont, m_theme.foreground());
        }
        for (qsizetype i = 0; i < panes.size(); ++i) {
            const QRectF cell(cellWidth * qreal(i % columns), cellHeight * qreal(i / columns), cellWidth,
                              cellHeight);
            renderPane(painter, panes[i], cell, m_theme);
            // The dividers between the panes, where each one ends.
            painter.setPen(QPen(m_theme.muted(), 1));
            if (i % columns + 1 < columns)
                painter.drawLine(cell.topRight(), cell.bottomRight());
            if (i / columns + 1 < rows)
                painter.drawLine(cell.bottomLeft(), cell.bottomRight());
        }
    };
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(tr("ProtoViz — %1").arg(m_scenarioId));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        paint(painter);
        // QSvgGenerator reports a failed write only through its device.
        if (!painter.end() || !QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        return true;
    }
    constexpr qreal scale = 2.0; // crisp on high-resolution screens and projectors
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    painter.end();
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void MainWindow::chooseAndExport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the view"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportView(target, &error))
        QMessageBox::warning(this, tr("Cannot export"), error);
    else
        statusBar()->showMessage(tr("Exported %1.").arg(target));
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a recording"), QString(),
                                                      tr("ProtoViz recordings (*.json);;All files (*)"));
    if (!path.isEmpty())
        openRecording(path);
}

void MainWindow::chooseAndSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the recording"), QString(),
                                                tr("ProtoViz recordings (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    saveRecording(path);
}

void MainWindow::updateActions()
{
    const bool running = m_comparison && m_comparison->isRunning();
    m_runAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
    const bool haveSessions = paneA()->timeline() != nullptr;
    m_saveAction->setEnabled(haveSessions && !running);
    m_exportAction->setEnabled(haveSessions);
    const bool canvas = paneA()->currentCanvas() != nullptr;
    m_zoomInAction->setEnabled(canvas);
    m_zoomOutAction->setEnabled(canvas);
    m_fitAction->setEnabled(canvas);
    m_liveAction->setEnabled(running && !m_clock.isLive());
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (!m_panesSizedByUser)
        sharePanesEvenly();
}

QList<SessionPane*> MainWindow::shownPanes() const
{
    return m_bottomRow->isVisible() ? m_panes : m_panes.mid(0, 2);
}

void MainWindow::sharePanesEvenly()
{
    for (QSplitter* row : {m_topRow, m_bottomRow}) {
        const int half = row->width() / 2;
        row->setSizes({half, half});
    }
    const int half = m_rows->height() / 2;
    m_rows->setSizes({half, m_bottomRow->isVisible() ? half : 0});
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_controls->saveSettings();
    QSettings settings;
    if (m_presentation)
        setPresentationMode(false);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/view"), int(paneA()->view()));
    settings.setValue(QStringLiteral("window/theme"), m_theme.mode() == ViewTheme::Mode::Dark
                                                          ? QStringLiteral("dark")
                                                          : QStringLiteral("light"));
    event->accept();
}

} // namespace protoviz

#include "app/views/mainwindow.h"

#include "core/session/comparison.h"

#include "app/views/scenariocontrols.h"
#include "app/views/sessionpane.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace protoviz {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ProtoViz"));
    m_controls = new ScenarioControls(this);
    auto* dock = new QDockWidget(tr("Scenario"), this);
    dock->setObjectName(QStringLiteral("scenarioDock"));
    auto* scroll = new QScrollArea(dock);
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    dock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_paneA = new SessionPane(QStringLiteral("A"), splitter);
    m_paneB = new SessionPane(QStringLiteral("B"), splitter);
    splitter->addWidget(m_paneA);
    splitter->addWidget(m_paneB);
    setCentralWidget(splitter);

    auto* toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolbar"));
    m_runAction = toolbar->addAction(tr("Run"), this, &MainWindow::run);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(tr("Run both sessions live (Ctrl+R)"));
    m_stopAction = toolbar->addAction(tr("Stop"), this, &MainWindow::stop);
    m_stopAction->setEnabled(false);
    connect(m_controls, &ScenarioControls::runRequested, this, &MainWindow::run);

    m_controls->restoreSettings();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    statusBar()->showMessage(tr("Pick a scenario and press Run. Sessions run live on 127.0.0.1."));
}

MainWindow::~MainWindow() = default;

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
    m_paneA->setTimeline(nullptr);
    m_paneB->setTimeline(nullptr);
    delete m_comparison;
    m_comparison = new Comparison(*scenario, this);
    connect(m_comparison, &Comparison::finished, this, &MainWindow::onFinished);
    m_paneA->setTimeline(m_comparison->timelineA());
    m_paneB->setTimeline(m_comparison->timelineB());
    m_runAction->setEnabled(false);
    m_stopAction->setEnabled(true);
    statusBar()->showMessage(tr("Running %1 live...").arg(scenario->title));
    m_comparison->start();
    return true;
}

void MainWindow::stop()
{
    if (m_comparison)
        m_comparison->cancel();
}

void MainWindow::onFinished()
{
    m_runAction->setEnabled(true);
    m_stopAction->setEnabled(false);
    statusBar()->showMessage(tr("Finished."));
    emit comparisonFinished();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_controls->saveSettings();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace protoviz

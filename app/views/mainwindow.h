#pragma once

#include "core/lesson/lessonlibrary.h"
#include "core/session/scenario.h"

#include "app/views/eventselection.h"
#include "app/views/ladderscale.h"
#include "app/views/playbackclock.h"
#include "app/views/sessionpane.h"
#include "app/views/viewcontext.h"
#include "app/views/viewtheme.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QSplitter;
class QToolBar;

namespace protoviz {

class CaptionLabel;
class Comparison;
class GlossaryPanel;
class InspectorView;
class LanguageSwitcher;
class LegendStrip;
class LessonPanel;
class PlaybackBar;
class QuizDialog;
class ScenarioControls;
class StatisticsView;
class Timeline;
class TradeoffCardsDialog;
struct Recording;

/// ProtoViz's window: the scenario and its knobs, panes A and B side by side on one playback clock (small
/// multiples, A B over C D, for a scenario of more sides),
/// the inspector and the statistics, Run and Stop, playback, presentation mode, themes, languages,
/// recordings and export; lessons, the quiz, the glossary and the trade-off cards (Help). Runs
/// comparisons live through the engine and shows only what their timelines record.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Runs the current scenario; returns false (and shows why) if the knobs cannot be run.
    bool run();
    void stop();
    /// Shows scenario id with knobs in the scenario controls and runs it, after the run going on (if
    /// any) has stopped: what trade-off cards' "Run it" does.
    void runScenario(const QString& id, const ScenarioKnobs& knobs);
    /// Opens a recording; returns false (and shows why) for a file that is not one.
    bool openRecording(const QString& path);
    /// Shows recording's sessions (up to four) in panes A, B, ..., as they were recorded: what Open does
    /// after reading the file, and the quiz's "Show the run". Stops and discards the run going on (if
    /// any). The window owns the recording from now on.
    void showRecording(Recording recording);
    bool saveRecording(const QString& path);
    /// Exports the current view of the panes shown, as they are arranged; the format follows the suffix
    /// (.png, .svg).
    bool exportView(const QString& path, QString* error);

    void setView(SessionPane::View view);
    /// Shows the view that makes scenario id's point when the user picks it (the eavesdropper's for the
    /// security scenarios); the user's own choice of view stands otherwise.
    void showViewOfScenario(const QString& id);
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }
    void setThemeMode(ViewTheme::Mode mode);
    bool setLanguage(const QString& code);

    static constexpr int MaxPanes = 4;
    SessionPane* paneA() const { return m_panes[0]; }
    SessionPane* paneB() const { return m_panes[1]; }
    /// Pane index (0 = A), nullptr past MaxPanes.
    SessionPane* pane(int index) const { return m_panes.value(index); }
    /// The panes shown now: A and B, and C and D while a scenario of more sides is shown.
    QList<SessionPane*> shownPanes() const;
    Comparison* comparison() const { return m_comparison; }
    /// The knobs comparison() was made with, whatever the scenario controls show since; only
    /// meaningful while there is a comparison.
    const ScenarioKnobs& comparisonKnobs() const { return m_comparisonKnobs; }
    PlaybackClock* playbackClock() { return &m_clock; }
    EventSelection* selection() { return &m_selection; }
    ViewTheme* theme() { return &m_theme; }
    InspectorView* inspector() const { return m_inspector; }
    StatisticsView* statistics() const { return m_statistics; }
    ScenarioControls* controls() const { return m_controls; }
    LessonPanel* lessonPanel() const { return m_lessonPanel; }
    /// The one key of the shown panes' view, below the panes.
    LegendStrip* legendStrip() const { return m_legend; }
    /// The scenario's description above the panes.
    CaptionLabel* caption() const { return m_caption; }
    PlaybackBar* playbackBar() const { return m_playbackBar; }

    /// The lessons, the quiz bank, the glossary and the trade-off cards, in the language installed
    /// now (loaded again, and lessonsChanged() emitted, when it changes).
    const LessonLibrary& lessons() const { return m_lessons; }
    /// Shows the lesson dock (Help → Lessons…).
    void showLessons();
    /// Shows the lesson dock and starts lesson id at step (0-based); false for an unknown lesson or one
    /// that waits for a scenario.
    bool startLesson(const QString& id, int step = 0);
    /// Bring the inspector's (the statistics') dock to the front, as a lesson step does.
    void showInspector();
    void showStatistics();
signals:
    /// The current comparison finished (both sides).
    void comparisonFinished();
    /// lessons() was loaded again, in the language installed now.
    void lessonsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void createActions();
    void createMenus();
    void loadLessons();
    void openQuiz();
    void openTradeoffs();
    void bringForward(QDockWidget* dock);
    void retranslate();
    void showTimelines(const QList<const Timeline*>& timelines);
    void sharePanesEvenly();
    void onFinished();
    void applyPalette();
    void chooseAndExport();
    void chooseAndOpen();
    void chooseAndSave();
    void updateActions();
    /// Shows the key of the panes' views in the strip and turns their own keys off (now: see
    /// scheduleLegendRefresh()).
    void refreshLegend();
    void scheduleLegendRefresh();
    void updateCaption();
    void fitScenarioColumn();
    /// Shows the inspector when something is selected, and hides it when it would only say that
    /// nothing is (unless the user opened it).
    void followSelectionWithInspector();

    ViewTheme m_theme;
    EventSelection m_selection;
    PlaybackClock m_clock;
    LadderScale m_ladderScale;
    const ViewContext m_context{&m_clock, &m_theme, &m_selection, &m_ladderScale};
    LanguageSwitcher* m_languages = nullptr;
    LessonLibrary m_lessons;

    ScenarioControls* m_controls = nullptr;
    QList<SessionPane*> m_panes; // A, B, C, D
    QSplitter* m_rows = nullptr; // the row of A and B above the row of C and D
    QSplitter* m_topRow = nullptr;
    QSplitter* m_bottomRow = nullptr;
    bool m_panesSizedByUser = false;
    PlaybackBar* m_playbackBar = nullptr;
    CaptionLabel* m_caption = nullptr;
    LegendStrip* m_legend = nullptr;
    QTimer m_legendRefresh;
    bool m_inspectorOpenedByUser = false;
    InspectorView* m_inspector = nullptr;
    StatisticsView* m_statistics = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    GlossaryPanel* m_glossary = nullptr;
    QPointer<QuizDialog> m_quiz;
    QPointer<TradeoffCardsDialog> m_tradeoffs;
    QDockWidget* m_scenarioDock = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    QDockWidget* m_glossaryDock = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    QDockWidget* m_statisticsDock = nullptr;
    QToolBar* m_runToolBar = nullptr;
    QToolBar* m_viewToolBar = nullptr;
    QToolBar* m_playbackToolBar = nullptr;

    Comparison* m_comparison = nullptr;
    ScenarioKnobs m_comparisonKnobs;
    std::shared_ptr<Recording> m_recording; // an opened recording's timelines, while shown
    QString m_scenarioId;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_playbackMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QActionGroup* m_viewGroup = nullptr;
    QList<QAction*> m_viewActions; // Lanes, Ladder, Tiles, Events, Eavesdropper
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_presentationAction = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_lightAction = nullptr;
    QAction* m_darkAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_stepBackAction = nullptr;
    QAction* m_stepForwardAction = nullptr;
    QAction* m_fasterAction = nullptr;
    QAction* m_slowerAction = nullptr;
    QAction* m_liveAction = nullptr;
    QAction* m_lessonsAction = nullptr;
    QAction* m_quizAction = nullptr;
    QAction* m_tradeoffsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    bool m_presentation = false;
    Qt::WindowStates m_statesBeforePresentation;
    QByteArray m_docksBeforePresentation;
};

} // namespace protoviz

#pragma once

#include "core/lesson/lesson.h"
#include "core/lesson/lessonstate.h"
#include "core/lesson/questiongrader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTextBrowser;

namespace protoviz {

class LessonPlayer;
class LessonQuestionView;
class MainWindow;

/// The lesson dock: pick a lesson, read each step's narration while the window performs what the step
/// shows (a live run, a paused playback, a selected event), predict the answer to its question, then
/// reveal what the run measured and the event that proves it. Reads the window's LessonLibrary and
/// follows it when the language changes. GUI thread.
class LessonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPanel)

public:
    explicit LessonPanel(MainWindow* window, QWidget* parent = nullptr);

    /// Starts lesson id at step (0-based), performing the step's actions; false (nothing changes) for
    /// an unknown lesson, a lesson that waits for a scenario, or a step it does not have.
    bool startLesson(const QString& id, int step = 0);
    /// The lesson being taken, or null.
    const Lesson* lesson() const;
    /// The step shown (0-based); -1 before a lesson starts.
    int currentStep() const { return m_step; }
    /// Goes to the next (previous) step as Next (Back) does; false at the end (the start) or while the
    /// step's run goes on.
    bool nextStep();
    bool previousStep();
    /// Whether the step's run goes on; its remaining actions and Reveal wait for its end.
    bool isWaitingForRun() const;
    /// Whether every action of the step is done (stepReady() was emitted for it).
    bool isStepReady() const { return m_stepReady; }
    /// The scenario, knobs and measured run the lesson is at.
    const LessonState& state() const;

    /// Answers the step's question as the learner does: a prediction, or a choice (0-based).
    void setPrediction(double value);
    void choose(int index);
    /// Reveals the step's question as Reveal does and returns what was shown; not available (with a
    /// problem) when the step has no question or its run is not over. A revealed answer is revealed
    /// again when the learner runs the step's scenario themselves (with another knob, say): from that run,
    /// against the prediction already given.
    QuestionReveal reveal();
    /// What the step's question showed at its latest reveal; not available before one.
    const QuestionReveal& revealed() const { return m_reveal; }
    /// Selects the revealed answer's proving event, as its button does.
    void showProof();

signals:
    /// The step's actions are done, after its run if it has one: its question can be revealed.
    void stepReady();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    const LessonStep* step() const;
    void fillPicker();
    /// Widens the picker's list to its longest title, in the font and language now.
    void fitPopup();
    /// Whether the closed picker has room for text whole.
    bool pickerShowsWhole(const QString& text) const;
    /// Writes the chosen lesson's title in full under the picker, where the picker cuts it short.
    void showChosenTitle();
    void showOverview();
    void showStep();
    void setNarration(const QString& markdown);
    void enterStep(int step);
    void onStepReady();
    void onFailed(const QString& message);
    void onLearnersRunMeasured();
    void updateControls();
    void fitQuestion();
    void retranslate();
    void refreshTexts();
    void applyFonts();

    MainWindow* const m_window;
    LessonPlayer* m_player = nullptr;
    QString m_lessonId;
    int m_step = -1;
    bool m_stepReady = false;
    QString m_failure;
    QuestionReveal m_reveal;

    QComboBox* m_picker = nullptr;
    QLabel* m_lessonTitle = nullptr;
    QLabel* m_heading = nullptr;
    QSplitter* m_splitter = nullptr;
    QTextBrowser* m_narration = nullptr;
    QScrollArea* m_questionArea = nullptr;
    LessonQuestionView* m_question = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace protoviz

#pragma once

#include "core/lesson/quiz.h"
#include "core/lesson/runmeasurements.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QHash>
#include <QTimer>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QVBoxLayout;

namespace protoviz {

class AnswerInput;
class Comparison;
class LessonLibrary;
class MainWindow;

/// Interview practice in the GUI, as `protoviz-cli quiz` does it in the terminal. Three pages:
///  - setup: topics, how many questions, timed or not, whether live questions may come up; Start;
///  - a question: "3 of 10 · tls", the time left when timed, the question and its choices or a number to
///    predict (AnswerInput). A live question first runs its scenario in the background (a Comparison of its
///    own); the learner may answer while it runs, and the answer is revealed once the run is over, measured
///    on it;
///  - the results: the score, every wrong answer with the right one and why (and "Show the run" for live
///    ones, which shows in the main window the very run the answer was measured on), and export as
///    Markdown or PDF.
/// When a timed quiz runs out of time, every question not answered counts as wrong (Quiz::expire); an
/// answer given in time still waits for its run.
///
/// The library and the window must outlive the dialog. Runs of live questions are kept, as children of
/// the dialog, until the next quiz starts. GUI thread.
class QuizDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuizDialog)

public:
    enum class Page { Setup, Question, Results };

    QuizDialog(const LessonLibrary& library, MainWindow* window);

    /// Draws a quiz from the library's bank (a fixed options.seed draws the same questions again) and
    /// asks its first question. False, with the reason on the setup page, when no question fits.
    bool start(const Quiz::Options& options);
    /// Asks the questions of a quiz drawn elsewhere (from other questions than the library's).
    void start(Quiz quiz);

    Page page() const;
    /// The quiz started last; only valid after start().
    const Quiz& quiz() const { return *m_quiz; }
    /// The question shown on the question page (its index in quiz().questions()).
    qsizetype currentQuestion() const { return m_current; }
    /// Whether the current question can be revealed: it needs no run, or its run is over.
    bool isQuestionReady() const { return m_ready; }
    /// The run made for a live question of the current quiz, or null (conceptual, not reached yet).
    const Comparison* runOf(qsizetype question) const { return m_runs.value(question); }

    /// Answer the current question, as the Answer button does: a choice's index, or a prediction. The
    /// reveal follows at once, or when the question's run is over.
    void answer(int choice);
    void answerNumber(double value);
    /// Goes on to the next question, or to the results after the last (the Next button).
    void next();

    /// Writes the results: a PDF when path ends in .pdf, Markdown otherwise. False and *error if the file
    /// cannot be written.
    bool exportResults(const QString& path, QString* error) const;

signals:
    /// The question can be revealed now: shown without a run to wait for, or its run finished.
    void questionReady(qsizetype question);
    /// The answer to the question was graded and the right answer shown.
    void answerRevealed(qsizetype question);
    /// The results page is shown: every question answered, or the time ran out.
    void resultsShown();

private:
    QWidget* createSetupPage();
    QWidget* createQuestionPage();
    QWidget* createResultsPage();
    Quiz::Options setupOptions() const;
    void showSetup();
    void startFromSetup();
    void clearRuns();

    void showQuestion(qsizetype question);
    void startRun(const Question& question);
    void onRunFinished(qsizetype question);
    void submit(const Quiz::Answer& answer);
    void submitFromInputs();
    void reveal(const Quiz::Answer& answer);
    void updateAnswerButton();

    void tick();
    void finishQuiz();
    void showResults();
    QWidget* createReviewItem(qsizetype index, int number);
    void showRun(qsizetype question);
    void chooseAndExport();

    const LessonLibrary& m_library;
    MainWindow* m_window = nullptr;
    std::optional<Quiz> m_quiz;
    qsizetype m_current = -1;
    bool m_ready = false;
    bool m_timeUp = false;
    std::optional<Quiz::Answer> m_pending; // given while the question's run was still going
    std::optional<RunMeasurements> m_measurements;
    QHash<qsizetype, Comparison*> m_runs;
    QDeadlineTimer m_deadline;
    QTimer m_clock;

    QStackedWidget* m_pages = nullptr;

    QList<QCheckBox*> m_topics;
    QSpinBox* m_count = nullptr;
    QCheckBox* m_timed = nullptr;
    QSpinBox* m_minutes = nullptr;
    QCheckBox* m_live = nullptr;
    QLabel* m_setupProblem = nullptr;
    QPushButton* m_startButton = nullptr;

    QLabel* m_progress = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_ask = nullptr;
    AnswerInput* m_answerInput = nullptr;
    QWidget* m_busy = nullptr;
    QProgressBar* m_spinner = nullptr;
    QLabel* m_busyText = nullptr;
    QPushButton* m_answerButton = nullptr;
    QLabel* m_verdict = nullptr;
    QTextBrowser* m_feedback = nullptr;
    QPushButton* m_nextButton = nullptr;

    QLabel* m_score = nullptr;
    QLabel* m_resultsNote = nullptr;
    QWidget* m_review = nullptr;
    QVBoxLayout* m_reviewLayout = nullptr;
};

} // namespace protoviz

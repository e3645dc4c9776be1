#pragma once

#include "core/lesson/lesson.h"
#include "core/lesson/questiongrader.h"

#include <QCoreApplication>
#include <QLocale>

namespace protoviz {

/// One round of interview practice: questions drawn at random from the bank by topic, the answers
/// given, and the score. The front-end asks, runs what a live question needs, and records; the quiz
/// grades and reports. A value type.
class Quiz
{
    Q_DECLARE_TR_FUNCTIONS(Quiz)

public:
    struct Options
    {
        QStringList topics;       ///< empty: every topic
        int count = 10;           ///< questions to draw (fewer if the bank has fewer)
        quint32 seed = 0;         ///< 0: a new draw every time
        bool live = true;         ///< include questions answered by a run
        int timeLimitSeconds = 0; ///< 0: untimed; else for the whole quiz (the front-end keeps time)
    };

    /// What the learner answered: a choice's index or a number; neither when time ran out.
    struct Answer
    {
        int choice = -1;
        std::optional<double> number;
        bool timedOut = false;
    };

    struct Result
    {
        Question question;
        Answer answer;
        QuestionReveal reveal;
        bool right = false;
    };

    /// Draws from bank; nullopt and *error when no question fits the options.
    static std::optional<Quiz> draw(const QList<Question>& bank, const Options& options, QString* error);

    const Options& options() const { return m_options; }
    const QList<Question>& questions() const { return m_questions; }

    /// The question to answer next: results().size(), questions().size() when done.
    qsizetype next() const { return m_results.size(); }
    /// Grades and keeps the answer to the next question; reveal comes from QuestionGrader.
    const Result& record(const Answer& answer, const QuestionReveal& reveal);
    /// Every question not answered yet counts as wrong, with time run out.
    void expire(const QLocale& locale);

    const QList<Result>& results() const { return m_results; }
    int score() const;
    bool isComplete() const { return m_results.size() == m_questions.size(); }

    /// The results as a Markdown document: score, then every question with the answer given, the
    /// right one and why; wrong answers first under their own heading.
    QString toMarkdown(const QLocale& locale) const;

private:
    QString answerGiven(const Result& result, const QLocale& locale) const;

    Options m_options;
    QList<Question> m_questions;
    QList<Result> m_results;
};

} // namespace protoviz

#pragma once

#include "core/lesson/lesson.h"
#include "core/lesson/runmeasurements.h"

#include <QCoreApplication>
#include <QLocale>

namespace protoviz {

/// What a question reveals once it is answered: the measured answer of a number question, the right
/// choice, the explanation with the run's values filled in and the event that proves it. Computed from
/// the run, never stored (docs/lessons.md). A value type.
struct QuestionReveal
{
    bool available = false; ///< false when the run could not answer (a failed run, a division by zero)
    QString problem;        ///< why not, when not available
    double measured = 0.0;  ///< Number: the answer the run measured
    int correctChoice = -1; ///< Choice: index of the right choice
    QString explanation;    ///< the question's explain: text, placeholders filled in
    RunMeasurements::Side proofSide = RunMeasurements::Side::A;
    qsizetype proofIndex = -1; ///< the proving event's index in its side's events, -1 if none
};

/// Grades questions against a run. Stateless.
class QuestionGrader
{
    Q_DECLARE_TR_FUNCTIONS(QuestionGrader)

public:
    /// Reveals question's answer. run may be null only for a conceptual question.
    static QuestionReveal reveal(const Question& question, const RunMeasurements* run, const QLocale& locale);

    /// Whether a predicted number is within the question's tolerance of the measured answer.
    static bool isRight(const Question& question, const QuestionReveal& reveal, double predicted);
    /// Whether the chosen index is the right choice.
    static bool isRight(const QuestionReveal& reveal, int choice)
    {
        return reveal.available && choice == reveal.correctChoice;
    }

    /// A measured value as lessons show it: whole numbers without decimals, others with one, in locale.
    static QString format(double value, const QLocale& locale, int decimals = -1);
    /// text with every {expression[:decimals]} replaced by its value in run.
    static QString fill(const QString& text, const RunMeasurements& run, const QLocale& locale);
    /// The answer of a number question as "3 round trips" in locale.
    static QString answerText(const Question& question, const QuestionReveal& reveal, const QLocale& locale);

private:
    static void locateProof(const Question& question, const RunMeasurements& run, QuestionReveal* reveal);
};

} // namespace protoviz

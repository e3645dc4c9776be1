#pragma once

#include "core/lesson/lesson.h"
#include "core/lesson/questiongrader.h"

#include <QCoreApplication>

class QTextStream;

namespace protoviz::cli {

/// Prints questions, reads answers typed at the prompt and prints what they reveal: shared by
/// `protoviz-cli lesson run` and `protoviz-cli quiz`.
class QuestionPrinter
{
    Q_DECLARE_TR_FUNCTIONS(QuestionPrinter)

public:
    /// The question and its choices (numbered from 1) or its unit.
    static void ask(const Question& question, QTextStream& out);
    /// Reads the learner's answer from in: a choice's number or a prediction. Asks again on a line
    /// that is neither; nullopt at the end of the input.
    static std::optional<std::pair<int, double>> readAnswer(const Question& question, QTextStream& in,
                                                            QTextStream& out);
    /// The right answer, why, and the event that proves it.
    static void reveal(const Question& question, const QuestionReveal& reveal, const RunMeasurements* run,
                       QTextStream& out);
};

} // namespace protoviz::cli

// Fuzzes LessonReader, which reads the lesson files a teacher writes and `protoviz-cli lesson check`
// reads from any folder: text from anywhere. Beyond memory safety (ASan, UBSan), every input checks that
//  - a refused file comes with a message that names the file and a line ("fuzz.lesson:12: ...");
//  - an accepted lesson has steps, and every expression it keeps (answers, conditions) parses again
//    and evaluates against the checker, as grading will need;
//  - the other three kinds of file (quiz bank, glossary, cards) refuse with a message or read, too.
//
// Input: the file's bytes.

#include "fuzzcheck.h"

#include "core/lesson/expression.h"
#include "core/lesson/lessonreader.h"
#include "core/lesson/runmeasurements.h"

#include <QByteArray>
#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

bool namesFileAndLine(const QString& error, const QString& file)
{
    static const QRegularExpression located(QStringLiteral("^[^:]+:(\\d+: |\\s)"));
    return error.startsWith(file + QLatin1Char(':')) && located.match(error).hasMatch();
}

bool evaluates(const QString& text)
{
    QString error;
    const std::optional<Expression> expression = Expression::parse(text, &error);
    return expression && expression->evaluate(RunMeasurements::checker(), &error).has_value();
}

void checkQuestion(const Question& question)
{
    if (question.kind == Question::Kind::Number)
        require(evaluates(question.answer), "an accepted number question's answer evaluates");
    for (const QuestionChoice& choice : question.choices)
        require(choice.condition.isEmpty() || evaluates(choice.condition), "an accepted condition evaluates");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString lessonFile = QStringLiteral("fuzz.lesson");
    QString error;
    if (const std::optional<Lesson> lesson = LessonReader::readLesson(bytes, lessonFile, &error)) {
        require(!lesson->steps.isEmpty(), "an accepted lesson has steps");
        for (const Question& question : lesson->questions())
            checkQuestion(question);
    } else {
        require(namesFileAndLine(error, lessonFile), "a refused lesson names its file and line");
    }

    error.clear();
    if (const auto questions = LessonReader::readQuestions(bytes, QStringLiteral("fuzz.questions"), &error)) {
        for (const Question& question : *questions)
            checkQuestion(question);
    } else {
        require(!error.isEmpty(), "a refused quiz bank says why");
    }
    error.clear();
    if (!LessonReader::readGlossary(bytes, QStringLiteral("fuzz.terms"), &error))
        require(!error.isEmpty(), "a refused glossary says why");
    error.clear();
    if (!LessonReader::readCards(bytes, QStringLiteral("fuzz.cards"), &error))
        require(!error.isEmpty(), "a refused cards file says why");
    // An expression on its own, as a line of a file would give it.
    evaluates(QString::fromUtf8(bytes.left(200)));
    return 0;
}

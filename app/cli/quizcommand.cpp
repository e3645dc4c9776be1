#include "core/lesson/knobsettings.h"
#include "core/lesson/lessonlibrary.h"
#include "core/lesson/lessonreader.h"
#include "core/lesson/quiz.h"
#include "core/lesson/scenariorun.h"

#include "app/cli/commands.h"
#include "app/cli/knobparser.h"
#include "app/cli/questionprinter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace protoviz::cli {

namespace {

class QuizCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuizCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static bool readOptions(const QCommandLineParser& parser, Quiz::Options* options, QString* error);
};

bool QuizCommand::readOptions(const QCommandLineParser& parser, Quiz::Options* options, QString* error)
{
    if (parser.isSet(QStringLiteral("topic"))) {
        for (const QString& topic :
             parser.value(QStringLiteral("topic")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!LessonReader::topics().contains(topic.trimmed())) {
                *error = tr("--topic: \"%1\" is not a topic (%2).")
                             .arg(topic, LessonReader::topics().join(QLatin1String(", ")));
                return false;
            }
            options->topics.append(topic.trimmed());
        }
    }
    options->live = !parser.isSet(QStringLiteral("conceptual"));
    int seed = 0;
    if (!KnobParser::readInt(parser, QStringLiteral("count"), 1, 200, &options->count, error) ||
        !KnobParser::readInt(parser, QStringLiteral("seed"), 0, std::numeric_limits<int>::max(), &seed,
                             error) ||
        !KnobParser::readInt(parser, QStringLiteral("time-limit"), 0, 24 * 3600, &options->timeLimitSeconds,
                             error))
        return false;
    options->seed = quint32(seed);
    return true;
}

int QuizCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Interview practice in the terminal: questions drawn at random by topic, "
           "live ones answered by a run made for them, scored, with a review of "
           "every wrong answer at the end."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("topic"),
         tr("Only these topics, separated by commas (%1).")
             .arg(LessonReader::topics().join(QLatin1String(", "))),
         tr("topics")},
        {QStringLiteral("count"), tr("How many questions (default 10)."), tr("n")},
        {QStringLiteral("seed"), tr("Draw the same questions again with the same seed."), tr("n")},
        {QStringLiteral("time-limit"),
         tr("Seconds for the whole quiz; answers after it do not count (default: untimed)."), tr("seconds")},
        {QStringLiteral("conceptual"), tr("Only questions that need no run.")},
        {QStringLiteral("markdown"), tr("Write the results as Markdown to this file."), tr("file")},
    });
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("protoviz-cli quiz"));
    if (!parser.parse(withProgram)) {
        err << parser.errorText() << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    Quiz::Options options;
    QString error;
    if (!readOptions(parser, &options, &error)) {
        err << error << '\n';
        return BadArguments;
    }
    QStringList errors;
    const LessonLibrary library = LessonLibrary::load(LessonLibrary::builtInFolder(), &errors);
    for (const QString& problem : std::as_const(errors))
        err << problem << '\n';
    std::optional<Quiz> quiz = Quiz::draw(library.quizBank(), options, &error);
    if (!quiz) {
        err << error << '\n';
        return BadArguments;
    }
    const QLocale locale;
    QTextStream in(stdin);
    QElapsedTimer clock;
    clock.start();
    const auto timeIsUp = [&] {
        return options.timeLimitSeconds > 0 && clock.elapsed() > options.timeLimitSeconds * 1000LL;
    };
    while (!quiz->isComplete() && !timeIsUp()) {
        const Question& question = quiz->questions()[quiz->next()];
        out << '\n'
            << tr("%1 of %2 · %3").arg(quiz->next() + 1).arg(quiz->questions().size()).arg(question.topic)
            << '\n';
        std::optional<RunMeasurements> run;
        if (question.isLive()) {
            ScenarioKnobs knobs;
            KnobSettings::apply(question.knobs, &knobs, &error);
            out << tr("(a live question: running %1 %2 first …)").arg(question.scenario, question.knobs)
                << '\n';
            out.flush();
            run = ScenarioRun::runToEnd(question.scenario, knobs, &error);
        }
        QuestionPrinter::ask(question, out);
        const std::optional<std::pair<int, double>> given = QuestionPrinter::readAnswer(question, in, out);
        if (!given)
            break;
        Quiz::Answer answer;
        answer.choice = given->first;
        if (question.kind == Question::Kind::Number)
            answer.number = given->second;
        answer.timedOut = timeIsUp();
        const QuestionReveal reveal = QuestionGrader::reveal(question, run ? &*run : nullptr, locale);
        const Quiz::Result& result = quiz->record(answer, reveal);
        out << (result.answer.timedOut ? tr("Too late: the time is up.")
                : result.right         ? tr("Right.")
                                       : tr("Not quite."))
            << '\n';
        QuestionPrinter::reveal(question, reveal, run ? &*run : nullptr, out);
    }
    quiz->expire(locale);
    const QString markdown = quiz->toMarkdown(locale);
    out << '\n' << tr("Score: %1 of %2.").arg(quiz->score()).arg(quiz->questions().size()) << '\n';
    if (parser.isSet(QStringLiteral("markdown"))) {
        QFile file(parser.value(QStringLiteral("markdown")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(markdown.toUtf8()) < 0) {
            err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return Unavailable;
        }
        out << tr("Results written to %1.").arg(file.fileName()) << '\n';
    } else {
        out << '\n' << markdown;
    }
    return Success;
}

} // namespace

int quizCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return QuizCommand::run(arguments, out, err);
}

} // namespace protoviz::cli

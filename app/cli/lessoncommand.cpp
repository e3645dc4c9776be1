#include "core/lesson/lessonlibrary.h"
#include "core/lesson/lessonstate.h"
#include "core/lesson/questiongrader.h"
#include "core/lesson/scenariorun.h"

#include "app/cli/commands.h"
#include "app/cli/eventprinter.h"
#include "app/cli/questionprinter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace protoviz::cli {

namespace {

class LessonCommand
{
    Q_DECLARE_TR_FUNCTIONS(LessonCommand)

public:
    static int list(const LessonLibrary& library, QTextStream& out);
    /// Prints the lesson; with run, performs its actions live and reveals each answer from the run;
    /// with in, asks for the learner's answer first.
    static int walk(const Lesson& lesson, bool run, QTextStream* in, QTextStream& out, QTextStream& err);
    static QString usage();

private:
    static QString describe(const LessonAction& action);
};

QString LessonCommand::usage()
{
    return tr(
        "Usage: protoviz-cli lesson list\n"
        "       protoviz-cli lesson show ID            the lesson's text, steps and questions\n"
        "       protoviz-cli lesson run ID [--ask]     runs it live and fills in the measured answers;\n"
        "                                              --ask asks for your answer before each reveal\n"
        "       protoviz-cli lesson check [FOLDER]     checks every lesson file (default: the built-in "
        "ones)\n"
        "       protoviz-cli lesson strings [FOLDER]   the lessons' texts as C++ for lupdate "
        "(translators)\n");
}

int LessonCommand::list(const LessonLibrary& library, QTextStream& out)
{
    qsizetype width = 0;
    for (const Lesson& lesson : library.lessons())
        width = std::max(width, lesson.id.size() + 2);
    for (const Lesson& lesson : library.lessons()) {
        out << lesson.id.leftJustified(width)
            << tr("%1 (%2, %n min)", nullptr, lesson.minutes).arg(lesson.title, lesson.topic) << '\n'
            << QString(width, QLatin1Char(' ')) << lesson.summary << '\n';
        if (lesson.isWaiting())
            out << QString(width, QLatin1Char(' '))
                << tr("Waiting for the scenario \"%1\", which ProtoViz does not have yet: not counted, not "
                      "run.")
                       .arg(lesson.needs)
                << '\n';
        out << '\n';
    }
    return Success;
}

QString LessonCommand::describe(const LessonAction& action)
{
    switch (action.type) {
    case LessonAction::Type::Scenario:
        return tr("scenario %1").arg(action.argument);
    case LessonAction::Type::Knobs:
        return tr("knobs %1").arg(action.argument);
    case LessonAction::Type::Run:
        return tr("run");
    case LessonAction::Type::PauseAt:
        return tr("pause at %1").arg(action.argument);
    case LessonAction::Type::View:
        return tr("view %1").arg(action.argument);
    case LessonAction::Type::Select:
        return tr("select %1").arg(action.argument);
    case LessonAction::Type::Field:
        return tr("show the field %1 of the selected event in the inspector").arg(action.argument);
    case LessonAction::Type::Zoom:
        return tr("zoom %1").arg(action.argument);
    }
    return {};
}

int LessonCommand::walk(const Lesson& lesson, bool run, QTextStream* in, QTextStream& out, QTextStream& err)
{
    const QLocale locale;
    out << "# " << lesson.title << "\n\n"
        << lesson.summary << '\n'
        << tr("Topic: %1 · about %n minute(s)", nullptr, lesson.minutes).arg(lesson.topic) << "\n\n";
    if (run && lesson.isWaiting()) {
        err << tr("The lesson \"%1\" waits for the scenario \"%2\", which ProtoViz does not have yet.")
                   .arg(lesson.id, lesson.needs)
            << '\n';
        return Unavailable;
    }
    LessonState state;
    int stepNumber = 0;
    for (const LessonStep& step : lesson.steps) {
        out << "## " << tr("Step %1 of %2: %3").arg(++stepNumber).arg(lesson.steps.size()).arg(step.title)
            << "\n\n";
        for (const LessonAction& action : step.actions) {
            out << "  → " << describe(action);
            QString error;
            if (!state.apply(action, &error)) {
                err << '\n' << error << '\n';
                return BadArguments;
            }
            if (run && action.type == LessonAction::Type::Run) {
                out.flush();
                std::optional<RunMeasurements> measured =
                    ScenarioRun::runToEnd(state.scenarioId(), state.knobs(), &error);
                if (!measured) {
                    err << '\n' << error << '\n';
                    return BadArguments;
                }
                state.setRun(std::move(*measured));
                QStringList counts;
                for (int side = 0; side < state.run()->sideCount(); ++side)
                    counts.append(tr("%1 %2 events")
                                      .arg(QChar(u'A' + side))
                                      .arg(state.run()->events(RunMeasurements::Side(side)).size()));
                out << ": " << counts.join(QLatin1String(", "));
            } else if (run && (action.type == LessonAction::Type::PauseAt ||
                               action.type == LessonAction::Type::Select)) {
                const LessonState::Location location = state.locate(action);
                out << ": "
                    << (location.index < 0
                            ? tr("no such event in this run")
                            : EventPrinter::format(state.run()->events(location.side)[location.index],
                                                   QString())
                                  .simplified());
            } else if (run && action.type == LessonAction::Type::Zoom) {
                const std::optional<std::pair<double, double>> range = state.range(action, &error);
                out << ": "
                    << (range ? tr("%1 ms to %2 ms")
                                    .arg(QuestionGrader::format(range->first, locale),
                                         QuestionGrader::format(range->second, locale))
                              : error);
            }
            out << '\n';
        }
        if (!step.actions.isEmpty())
            out << '\n';
        out << step.text << "\n\n";
        if (!step.question)
            continue;
        const Question& question = *step.question;
        QuestionPrinter::ask(question, out);
        if (in && !QuestionPrinter::readAnswer(question, *in, out))
            return Success;
        if (run || !question.isLive())
            QuestionPrinter::reveal(question, QuestionGrader::reveal(question, state.run(), locale),
                                    state.run(), out);
        else
            out << "  "
                << tr("(the answer is measured when the lesson runs: protoviz-cli lesson run %1)")
                       .arg(lesson.id)
                << '\n';
        out << '\n';
    }
    return Success;
}

} // namespace

int lessonCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("ask"), LessonCommand::tr("Ask for your answer before revealing each one.")});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 LessonCommand::tr("list, show, run, check or strings"));
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("protoviz-cli lesson"));
    if (!parser.parse(withProgram)) {
        err << parser.errorText() << "\n\n" << LessonCommand::usage();
        return BadArguments;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || words.isEmpty()) {
        (words.isEmpty() && !parser.isSet(QStringLiteral("help")) ? err : out) << LessonCommand::usage();
        return parser.isSet(QStringLiteral("help")) ? Success : BadArguments;
    }
    const QString action = words.first();
    if (action == QLatin1String("check") || action == QLatin1String("strings")) {
        const QString folder = words.value(1, LessonLibrary::builtInFolder());
        QStringList errors;
        if (action == QLatin1String("strings")) {
            const QByteArray source = LessonLibrary::translatableSource(folder, &errors);
            for (const QString& error : std::as_const(errors))
                err << error << '\n';
            if (!errors.isEmpty())
                return BadArguments;
            QFile file(words.value(2));
            const bool opened = words.size() > 2 ? file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                                                 : file.open(stdout, QIODevice::WriteOnly);
            out.flush();
            if (!opened || file.write(source) != source.size()) {
                err << LessonCommand::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())
                    << '\n';
                return Unavailable;
            }
            return Success;
        }
        const LessonLibrary library = LessonLibrary::load(folder, &errors);
        for (const QString& error : std::as_const(errors))
            err << error << '\n';
        if (!errors.isEmpty())
            return BadArguments;
        qsizetype waiting = 0;
        for (const Lesson& lesson : library.lessons())
            waiting += lesson.isWaiting() ? 1 : 0;
        out << LessonCommand::tr(
                   "%1 lessons (%2 waiting for a scenario), %3 quiz questions, %4 glossary terms, %5 "
                   "trade-off cards: all read.")
                   .arg(library.lessons().size())
                   .arg(waiting)
                   .arg(library.quizBank().size())
                   .arg(library.glossary().size())
                   .arg(library.cards().size())
            << '\n';
        return Success;
    }
    QStringList errors;
    const LessonLibrary library = LessonLibrary::load(LessonLibrary::builtInFolder(), &errors);
    for (const QString& error : std::as_const(errors))
        err << error << '\n';
    if (action == QLatin1String("list"))
        return LessonCommand::list(library, out);
    if (action != QLatin1String("show") && action != QLatin1String("run")) {
        err << LessonCommand::tr("Unknown action \"%1\".").arg(action) << "\n\n" << LessonCommand::usage();
        return BadArguments;
    }
    const Lesson* lesson = library.lesson(words.value(1));
    if (!lesson) {
        QStringList ids;
        for (const Lesson& known : library.lessons())
            ids.append(known.id);
        err << LessonCommand::tr("There is no lesson \"%1\". Lessons: %2.")
                   .arg(words.value(1), ids.join(QLatin1String(", ")))
            << '\n';
        return BadArguments;
    }
    QTextStream in(stdin);
    return LessonCommand::walk(*lesson, action == QLatin1String("run"),
                               parser.isSet(QStringLiteral("ask")) ? &in : nullptr, out, err);
}

} // namespace protoviz::cli

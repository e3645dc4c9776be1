#include "core/export/recording.h"
#include "core/session/comparison.h"
#include "core/timeline/timeline.h"

#include "app/cli/commands.h"
#include "app/cli/comparisontable.h"
#include "app/cli/knobparser.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

namespace protoviz::cli {

namespace {

class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

int RunCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a scenario's two sessions live, side by side, over the emulated "
           "link, and prints what was measured."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("scenario"), tr("The scenario to run (see `protoviz-cli scenarios`)."),
                      tr("id"), QStringLiteral("h1-vs-h2")});
    parser.addOption({QStringLiteral("json"),
                      tr("Write the recording (every event of both sessions) to this file."), tr("file")});
    KnobParser::addLinkOptions(parser);
    KnobParser::addWorkloadOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("protoviz-cli run")} + arguments)) {
        err << parser.errorText() << '\n' << tr("Try `protoviz-cli run --help`.") << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()) << '\n';
        return BadArguments;
    }
    ScenarioKnobs knobs;
    QString error;
    if (!KnobParser::read(parser, &knobs, &error)) {
        err << error << '\n';
        return BadArguments;
    }
    const std::optional<Scenario> scenario =
        ScenarioCatalog::make(parser.value(QStringLiteral("scenario")), knobs, &error);
    if (!scenario) {
        err << error << '\n';
        return BadArguments;
    }

    out << scenario->title << '\n';
    out << tr("Link: %1.").arg(KnobParser::describeLink(knobs.link)) << ' '
        << tr("Page: %n object(s) of %1 bytes.", nullptr, knobs.objects).arg(knobs.objectSize) << '\n';
    out << tr("Running A (%1) and B (%2) live on 127.0.0.1 ...").arg(scenario->a.title, scenario->b.title)
        << '\n';
    out.flush();

    Comparison comparison(*scenario);
    QEventLoop loop;
    QObject::connect(&comparison, &Comparison::finished, &loop, &QEventLoop::quit);
    comparison.start();
    loop.exec();

    const QList<const Timeline*> timelines{comparison.timelineA(), comparison.timelineB()};
    QList<ComparisonTable::Column> columns;
    bool allCompleted = true;
    const QStringList names{tr("A: %1").arg(scenario->a.title), tr("B: %1").arg(scenario->b.title)};
    for (qsizetype i = 0; i < timelines.size(); ++i) {
        const SessionStatistics statistics = SessionStatistics::compute(*timelines[i]);
        allCompleted = allCompleted && statistics.finished && statistics.outcome == SessionOutcome::Completed;
        columns.append({names[i], statistics, knobs.objects});
    }
    out << '\n' << ComparisonTable::render(columns);
    for (const Timeline* timeline : timelines) {
        for (const Event& event : timeline->events()) {
            if (event.is(Layer::Session, SessionKind::Error) ||
                event.is(Layer::Session, SessionKind::Finished)) {
                const QString text = timeline->detail(event).text;
                if (!text.isEmpty() && event.flags != quint8(SessionOutcome::Completed))
                    err << timeline->title() << ": " << text << '\n';
            }
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QString path = parser.value(QStringLiteral("json"));
        if (!Recording::write(path, scenario->id, timelines, &error)) {
            err << error << '\n';
            return Unavailable;
        }
        out << '\n'
            << tr("Every event (%1 in A, %2 in B) is in %3.")
                   .arg(timelines[0]->size())
                   .arg(timelines[1]->size())
                   .arg(path)
            << '\n';
    }
    return allCompleted ? Success : SessionFailed;
}

} // namespace

int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return RunCommand::run(arguments, out, err);
}

} // namespace protoviz::cli

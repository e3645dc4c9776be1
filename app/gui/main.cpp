#include "core/lesson/lessonlibrary.h"
#include "core/session/scenario.h"

#include "app/views/lessonpanel.h"
#include "app/views/mainwindow.h"
#include "app/views/scenariocontrols.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStyleFactory>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

// What the command line can ask of the window: a teacher's launcher, and scripted screenshots.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    QString scenario;
    QString lesson;
    int step = 1; ///< the lesson's step to start at, from 1
    QString recording;
    QString view;
    QString theme;
    QString screenshot;
    QString error; ///< what is wrong with the command line, for the user; empty if nothing
    bool run = false;
    bool presentation = false;

    static LaunchOptions parse(QApplication& app, const protoviz::LessonLibrary& lessons)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Live, measured visualisations of web protocols."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({
            {QStringLiteral("scenario"), tr("Select this scenario (see protoviz-cli scenarios)."), tr("id")},
            {QStringLiteral("run"), tr("Start the selected scenario at once.")},
            {QStringLiteral("lesson"), tr("Start this lesson (see protoviz-cli lesson list)."), tr("id")},
            {QStringLiteral("step"), tr("Start the lesson at this step (from 1)."), tr("number")},
            {QStringLiteral("open"), tr("Open a recording."), tr("file")},
            {QStringLiteral("view"), tr("Show lanes, ladder, tiles, events or eavesdropper."), tr("view")},
            {QStringLiteral("theme"), tr("light or dark."), tr("theme")},
            {QStringLiteral("presentation"), tr("Start in presentation mode (full screen, large fonts).")},
            {QStringLiteral("screenshot"),
             tr("Save the current view as an image (PNG or SVG) once the run is over, then quit."),
             tr("file")},
        });
        parser.process(app);
        LaunchOptions options;
        options.scenario = parser.value(QStringLiteral("scenario"));
        options.lesson = parser.value(QStringLiteral("lesson"));
        bool stepIsNumber = true;
        if (parser.isSet(QStringLiteral("step")))
            options.step = parser.value(QStringLiteral("step")).toInt(&stepIsNumber);
        options.recording = parser.value(QStringLiteral("open"));
        options.view = parser.value(QStringLiteral("view"));
        options.theme = parser.value(QStringLiteral("theme"));
        options.screenshot = parser.value(QStringLiteral("screenshot"));
        options.run = parser.isSet(QStringLiteral("run"));
        options.presentation = parser.isSet(QStringLiteral("presentation"));
        options.error =
            stepIsNumber ? options.check(lessons)
                         : tr("The step \"%1\" is not a number.").arg(parser.value(QStringLiteral("step")));
        if (options.error.isEmpty() && parser.isSet(QStringLiteral("step")) && options.lesson.isEmpty())
            options.error = tr("--step needs --lesson: it is a step of a lesson.");
        return options;
    }

    static QStringList viewNames()
    {
        return {QStringLiteral("lanes"), QStringLiteral("ladder"), QStringLiteral("tiles"),
                QStringLiteral("events"), QStringLiteral("eavesdropper")};
    }

private:
    // A mistyped option must say so, not start a window that silently does something else.
    QString check(const protoviz::LessonLibrary& lessons) const
    {
        if (!view.isEmpty() && !viewNames().contains(view))
            return tr("Unknown view \"%1\": use lanes, ladder, tiles, events or eavesdropper.").arg(view);
        if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
            return tr("Unknown theme \"%1\": use light or dark.").arg(theme);
        if (!scenario.isEmpty()) {
            const QList<protoviz::ScenarioCatalog::Entry> entries = protoviz::ScenarioCatalog::entries();
            const bool known = std::any_of(entries.begin(), entries.end(),
                                           [this](const auto& entry) { return entry.id == scenario; });
            if (!known)
                return tr("Unknown scenario \"%1\": protoviz-cli scenarios lists them.").arg(scenario);
        }
        if (run && !recording.isEmpty())
            return tr("--run and --open exclude each other: a window shows either a new run or a recording.");
        if (!lesson.isEmpty()) {
            const protoviz::Lesson* found = lessons.lesson(lesson);
            if (!found)
                return tr("Unknown lesson \"%1\": protoviz-cli lesson list lists them.").arg(lesson);
            if (found->isWaiting())
                return tr("The lesson \"%1\" waits for the scenario \"%2\", which ProtoViz does not have "
                          "yet.")
                    .arg(lesson, found->needs);
            if (step < 1 || step > found->steps.size())
                return tr("The lesson \"%1\" has steps 1 to %2, not %3.")
                    .arg(lesson)
                    .arg(found->steps.size())
                    .arg(step);
            if (run || !recording.isEmpty())
                return tr("--lesson runs what its steps show: leave out --run and --open.");
        }
        const QString suffix = QFileInfo(screenshot).suffix().toLower();
        if (!screenshot.isEmpty() && suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
            return tr("The screenshot \"%1\" must end in .png or .svg.").arg(screenshot);
        return {};
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ProtoViz"));
    QApplication::setOrganizationName(QStringLiteral("ProtoViz"));
    QApplication::setApplicationVersion(QStringLiteral(PROTOVIZ_VERSION));
    // Fusion draws with the palette everywhere, so the high-contrast themes reach every widget.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    // The window installs the user's language: made first, it also translates the command line's help.
    protoviz::MainWindow window;
    const LaunchOptions options = LaunchOptions::parse(app, window.lessons());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "protoviz: %s\n", qPrintable(options.error));
        return 2;
    }
    if (!options.scenario.isEmpty()) {
        // Named on the command line is chosen: the scenario brings its own workload, as in the CLI.
        window.controls()->setScenarioId(options.scenario);
        window.controls()->resetToScenarioDefaults();
    }
    if (!options.view.isEmpty())
        window.setView(protoviz::SessionPane::View(LaunchOptions::viewNames().indexOf(options.view)));
    if (!options.theme.isEmpty())
        window.setThemeMode(options.theme == QLatin1String("dark") ? protoviz::ViewTheme::Mode::Dark
                                                                   : protoviz::ViewTheme::Mode::Light);
    window.show();
    if (options.presentation)
        window.setPresentationMode(true);
    if (!options.recording.isEmpty())
        window.openRecording(options.recording);
    if (!options.lesson.isEmpty())
        window.startLesson(options.lesson, options.step - 1);
    if (options.run) {
        QTimer::singleShot(0, &window, [&window, scripted = !options.screenshot.isEmpty()] {
            // A scripted screenshot waits for the run's end: if the run cannot start, there is none.
            if (!window.run() && scripted)
                QApplication::exit(1);
        });
    }
    if (!options.screenshot.isEmpty()) {
        auto take = [&window, path = options.screenshot] {
            // Give the views a moment to lay out and paint the final state.
            QTimer::singleShot(500, &window, [&window, path] {
                QString error;
                if (!window.exportView(path, &error)) {
                    std::fprintf(stderr, "protoviz: %s\n", qPrintable(error));
                    QApplication::exit(1);
                    return;
                }
                QApplication::quit();
            });
        };
        if (options.run)
            QObject::connect(&window, &protoviz::MainWindow::comparisonFinished, &window, take);
        else if (!options.lesson.isEmpty() && !window.lessonPanel()->isStepReady())
            QObject::connect(window.lessonPanel(), &protoviz::LessonPanel::stepReady, &window, take,
                             Qt::SingleShotConnection);
        else
            take();
    }
    return QApplication::exec();
}

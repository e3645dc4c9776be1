#include "core/session/scenario.h"

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
    QString recording;
    QString view;
    QString theme;
    QString screenshot;
    QString error; ///< what is wrong with the command line, for the user; empty if nothing
    bool run = false;
    bool presentation = false;

    static LaunchOptions parse(QApplication& app)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Live, measured visualisations of web protocols."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({
            {QStringLiteral("scenario"), tr("Select this scenario (see protoviz-cli scenarios)."), tr("id")},
            {QStringLiteral("run"), tr("Start the selected scenario at once.")},
            {QStringLiteral("open"), tr("Open a recording."), tr("file")},
            {QStringLiteral("view"), tr("Show lanes, ladder, tiles or events."), tr("view")},
            {QStringLiteral("theme"), tr("light or dark."), tr("theme")},
            {QStringLiteral("presentation"), tr("Start in presentation mode (full screen, large fonts).")},
            {QStringLiteral("screenshot"),
             tr("Save the current view as an image (PNG or SVG) once the run is over, then quit."),
             tr("file")},
        });
        parser.process(app);
        LaunchOptions options;
        options.scenario = parser.value(QStringLiteral("scenario"));
        options.recording = parser.value(QStringLiteral("open"));
        options.view = parser.value(QStringLiteral("view"));
        options.theme = parser.value(QStringLiteral("theme"));
        options.screenshot = parser.value(QStringLiteral("screenshot"));
        options.run = parser.isSet(QStringLiteral("run"));
        options.presentation = parser.isSet(QStringLiteral("presentation"));
        options.error = options.check();
        return options;
    }

    static QStringList viewNames()
    {
        return {QStringLiteral("lanes"), QStringLiteral("ladder"), QStringLiteral("tiles"),
                QStringLiteral("events")};
    }

private:
    // A mistyped option must say so, not start a window that silently does something else.
    QString check() const
    {
        if (!view.isEmpty() && !viewNames().contains(view))
            return tr("Unknown view \"%1\": use lanes, ladder, tiles or events.").arg(view);
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
    const LaunchOptions options = LaunchOptions::parse(app);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "protoviz: %s\n", qPrintable(options.error));
        return 2;
    }
    if (!options.scenario.isEmpty())
        window.controls()->setScenarioId(options.scenario);
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
        else
            take();
    }
    return QApplication::exec();
}

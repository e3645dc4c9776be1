#include "app/views/mainwindow.h"
#include "app/views/scenariocontrols.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>
#include <QTimer>

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
    int screenshotDelayMs = 0;
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
             tr("Save the current view as an image (PNG or SVG) once the run is over, then quit."), tr("file")},
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
        return options;
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

    const LaunchOptions options = LaunchOptions::parse(app);
    protoviz::MainWindow window;
    window.resize(1600, 1000);
    if (!options.scenario.isEmpty())
        window.controls()->setScenarioId(options.scenario);
    const QStringList views{QStringLiteral("lanes"), QStringLiteral("ladder"), QStringLiteral("tiles"),
                            QStringLiteral("events")};
    if (views.contains(options.view))
        window.setView(protoviz::SessionPane::View(views.indexOf(options.view)));
    if (options.theme == QLatin1String("dark") || options.theme == QLatin1String("light"))
        window.setThemeMode(options.theme == QLatin1String("dark") ? protoviz::ViewTheme::Mode::Dark
                                                                   : protoviz::ViewTheme::Mode::Light);
    window.show();
    if (options.presentation)
        window.setPresentationMode(true);
    if (!options.recording.isEmpty())
        window.openRecording(options.recording);
    if (options.run)
        QTimer::singleShot(0, &window, [&window] { window.run(); });
    if (!options.screenshot.isEmpty()) {
        auto take = [&window, path = options.screenshot] {
            // Give the views a moment to lay out and paint the final state.
            QTimer::singleShot(500, &window, [&window, path] {
                QString error;
                if (!window.exportView(path, &error))
                    qWarning("%s", qPrintable(error));
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

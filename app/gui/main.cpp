#include "app/views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ProtoViz"));
    QApplication::setOrganizationName(QStringLiteral("ProtoViz"));
    QApplication::setApplicationVersion(QStringLiteral(PROTOVIZ_VERSION));

    // The translations are compiled into the program (qt_add_translations); Qt's own come from Qt.
    QTranslator protoviz;
    if (protoviz.load(QLocale(), QStringLiteral("protoviz"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&protoviz);
    QTranslator qt;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Live, measured visualisations of web protocols."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption runOption(
        QStringLiteral("run"), QApplication::translate("main", "Start the selected scenario at once."));
    parser.addOption(runOption);
    parser.process(app);

    protoviz::MainWindow window;
    window.resize(1500, 900);
    window.show();
    if (parser.isSet(runOption))
        QMetaObject::invokeMethod(
            &window, [&window] { window.run(); }, Qt::QueuedConnection);
    return QApplication::exec();
}

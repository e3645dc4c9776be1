#include "core/session/scenario.h"

#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)

public:
    static QString usage()
    {
        return tr("Usage: protoviz-cli <command> [options]\n"
                  "\n"
                  "Commands:\n"
                  "  run        Run a scenario live, A against B, and print what was measured\n"
                  "  serve      Serve ProtoViz's page to real clients (curl, nghttp, browsers)\n"
                  "  fetch      Load a page from any HTTP server through the emulated link\n"
                  "  grpc       Call a gRPC method on any server with ProtoViz's gRPC client\n"
                  "  scenarios  List the scenarios\n"
                  "  lesson     List, read and run the lessons, with answers measured live\n"
                  "  quiz       Interview practice: questions by topic, scored, with a review\n"
                  "\n"
                  "`protoviz-cli <command> --help` describes a command's options.\n");
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("protoviz-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ProtoViz"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROTOVIZ_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("protoviz"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help") ||
        arguments.constFirst() == QLatin1String("-h") || arguments.constFirst() == QLatin1String("help")) {
        (arguments.isEmpty() ? err : out) << Main::usage();
        return arguments.isEmpty() ? protoviz::cli::BadArguments : protoviz::cli::Success;
    }
    if (arguments.constFirst() == QLatin1String("--version")) {
        out << "protoviz-cli " << QCoreApplication::applicationVersion() << '\n';
        return protoviz::cli::Success;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("run"))
        return protoviz::cli::runCommand(arguments, out, err);
    if (command == QLatin1String("serve"))
        return protoviz::cli::serveCommand(arguments, out, err);
    if (command == QLatin1String("fetch"))
        return protoviz::cli::fetchCommand(arguments, out, err);
    if (command == QLatin1String("grpc"))
        return protoviz::cli::grpcCommand(arguments, out, err);
    if (command == QLatin1String("lesson"))
        return protoviz::cli::lessonCommand(arguments, out, err);
    if (command == QLatin1String("quiz"))
        return protoviz::cli::quizCommand(arguments, out, err);
    if (command == QLatin1String("scenarios"))
        return protoviz::cli::scenariosCommand(out);
    err << Main::tr("Unknown command \"%1\".").arg(command) << "\n\n" << Main::usage();
    return protoviz::cli::BadArguments;
}

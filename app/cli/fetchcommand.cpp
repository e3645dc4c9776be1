#include "core/export/recording.h"
#include "core/session/http3pageloadsession.h"
#include "core/session/pageloadsession.h"
#include "core/session/sessionrunner.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlskeylogfile.h"

#include "app/cli/commands.h"
#include "app/cli/comparisontable.h"
#include "app/cli/eventprinter.h"
#include "app/cli/knobparser.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <optional>

namespace protoviz::cli {

namespace {

class FetchCommand
{
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

int FetchCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Loads a page and the objects it references from any HTTP server, as a "
           "browser would, through the emulated link; prints what was measured."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"), tr("The page, e.g. https://127.0.0.1:8443/"));
    parser.addOptions({
        {QStringLiteral("http1.1"), tr("Use HTTP/1.1 (a pool of connections).")},
        {QStringLiteral("http2"),
         tr("Use HTTP/2 (the default): over TLS by ALPN, over http:// with prior knowledge.")},
        {QStringLiteral("http3"),
         tr("Use HTTP/3 over QUIC (https:// only): one connection, the page's objects as streams on it.")},
        {QStringLiteral("output"),
         tr("With --http3: write the body of the address's own response to this file."), tr("file")},
        {QStringLiteral("cacert"), tr("Trust the authorities in this PEM file (default: the system's)."),
         tr("file")},
        {QStringLiteral("connections"), tr("HTTP/1.1 connections per host (default 6)."), tr("count")},
        {QStringLiteral("pipelining"), tr("Let HTTP/1.1 pipeline requests.")},
        {QStringLiteral("timeout"), tr("Give up after this many seconds (default 120)."), tr("seconds")},
        {QStringLiteral("events"), tr("Which events to print: all, errors or none (default none)."),
         tr("which"), QStringLiteral("none")},
        {QStringLiteral("json"), tr("Write the recording of every event to this file."), tr("file")},
        {QStringLiteral("keylog"),
         tr("Append the TLS secrets to this file (SSLKEYLOGFILE format, for Wireshark)."), tr("file")},
    });
    KnobParser::addOptions(parser, KnobParser::LinkGroup);
    if (!parser.parse(QStringList{QStringLiteral("protoviz-cli fetch")} + arguments)) {
        err << parser.errorText() << '\n' << tr("Try `protoviz-cli fetch --help`.") << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("fetch takes one address, such as https://127.0.0.1:8443/.") << '\n';
        return BadArguments;
    }
    ScenarioKnobs knobs;
    QString error;
    if (!KnobParser::read(parser, KnobParser::LinkGroup, &knobs, &error)) {
        err << error << '\n';
        return BadArguments;
    }
    const QStringList filters{QStringLiteral("all"), QStringLiteral("errors"), QStringLiteral("none")};
    const QString eventsChoice = parser.value(QStringLiteral("events"));
    if (!filters.contains(eventsChoice)) {
        err << tr("--events takes all, errors or none, not \"%1\".").arg(eventsChoice) << '\n';
        return BadArguments;
    }
    const int versions = int(parser.isSet(QStringLiteral("http1.1"))) +
                         int(parser.isSet(QStringLiteral("http2"))) +
                         int(parser.isSet(QStringLiteral("http3")));
    if (versions > 1) {
        err << tr("Choose one of --http1.1, --http2 and --http3.") << '\n';
        return BadArguments;
    }

    SessionConfig config;
    config.target = QUrl(parser.positionalArguments().constFirst(), QUrl::StrictMode);
    config.tls = config.target.scheme() == QLatin1String("https");
    config.http = parser.isSet(QStringLiteral("http1.1")) ? HttpVersion::Http1 : HttpVersion::Http2;
    config.link = knobs.link;
    config.pipelining = parser.isSet(QStringLiteral("pipelining"));
    if (parser.isSet(QStringLiteral("connections")))
        config.connectionsPerHost = parser.value(QStringLiteral("connections")).toInt();
    if (parser.isSet(QStringLiteral("timeout")))
        config.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt();
    if (parser.isSet(QStringLiteral("cacert"))) {
        QFile file(parser.value(QStringLiteral("cacert")));
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return BadArguments;
        }
        config.trustedCaPem = file.readAll();
    }
    if (parser.isSet(QStringLiteral("keylog"))) {
        config.keyLogPath = parser.value(QStringLiteral("keylog"));
        if (!TlsKeyLogFile::appender(config.keyLogPath, &error)) {
            err << error << '\n';
            return Unavailable;
        }
    }
    if (parser.isSet(QStringLiteral("http3"))) {
        if (!config.tls || config.target.host().isEmpty()) {
            err << tr("--http3 needs an https:// address such as https://127.0.0.1:8443/: HTTP/3 runs over "
                      "QUIC, whose TLS is part of the protocol, so there is no cleartext HTTP/3.")
                << '\n';
            return BadArguments;
        }
        if (parser.isSet(QStringLiteral("connections")) || parser.isSet(QStringLiteral("pipelining"))) {
            err << tr("--connections and --pipelining are HTTP/1.1's: HTTP/3 uses one connection.") << '\n';
            return BadArguments;
        }
        config.http = HttpVersion::Http3;
    } else if (parser.isSet(QStringLiteral("output"))) {
        err << tr("--output works with --http3 only.") << '\n';
        return BadArguments;
    }
    config.title = config.protocolLabel();
    if (const QString why = config.validationError(); !why.isEmpty()) {
        err << why << '\n';
        return BadArguments;
    }

    Timeline timeline(SessionClock::startingNow());
    timeline.setTitle(config.title);
    timeline.setSettings(config.toVariantMap());
    EventPrinter printer(&timeline, &out, EventPrinter::Filter(filters.indexOf(eventsChoice)));
    // The page's own body, for --output: the session hands it over from its thread, through this
    // thread's event loop, before it finishes.
    QObject documentReceiver;
    std::optional<QByteArray> document;
    SessionRunner runner(
        [config, &documentReceiver, &document](Timeline* t) -> SessionWorker* {
            if (config.http != HttpVersion::Http3)
                return new PageLoadSession(config, t);
            auto* session = new Http3PageLoadSession(config, t);
            QObject::connect(session, &Http3PageLoadSession::documentReceived, &documentReceiver,
                             [&document](const QByteArray& body) { document = body; });
            return session;
        },
        &timeline);
    QEventLoop loop;
    QObject::connect(&runner, &SessionRunner::finished, &loop, &QEventLoop::quit);
    out << tr("Loading %1 with %2 ...").arg(config.target.toString(), config.title) << '\n';
    out.flush();
    runner.start();
    loop.exec();
    QCoreApplication::processEvents(); // the last events print before the table

    const SessionStatistics statistics = SessionStatistics::compute(timeline);
    int expected = statistics.objectsPushed;
    for (const Event& event : timeline.events())
        expected += event.is(SessionKind::ObjectRequested) && event.flags == 0 ? 1 : 0;
    out << '\n' << ComparisonTable::render({{config.title, statistics, expected}});
    if (runner.outcome() != SessionOutcome::Completed) {
        err << runner.reason() << '\n';
        if (config.tls && statistics.timeToFirstByteNs < 0 && !parser.isSet(QStringLiteral("cacert")))
            err << tr("If the server's certificate comes from an authority this system does not trust (as "
                      "serve's does), give that authority with --cacert.")
                << '\n';
    }
    if (parser.isSet(QStringLiteral("json")) &&
        !Recording::write(parser.value(QStringLiteral("json")), QStringLiteral("fetch"), {&timeline},
                          &error)) {
        err << error << '\n';
        return Unavailable;
    }
    if (parser.isSet(QStringLiteral("output")) && document) {
        QFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(*document) != document->size()) {
            err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return Unavailable;
        }
    }
    return runner.outcome() == SessionOutcome::Completed ? Success : SessionFailed;
}

} // namespace

int fetchCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return FetchCommand::run(arguments, out, err);
}

} // namespace protoviz::cli

#include "core/export/recording.h"
#include "core/grpc/grpcstatus.h"
#include "core/session/balancingscenarios.h"
#include "core/session/comparison.h"
#include "core/session/grpcstatistics.h"
#include "core/session/outcomeexplanation.h"
#include "core/session/pollingscenarios.h"
#include "core/session/pollingsessionconfig.h"
#include "core/session/pollingstatistics.h"
#include "core/session/scalingscenarios.h"
#include "core/session/securityscenarios.h"
#include "core/session/shootoutscenarios.h"
#include "core/session/tlsscenarios.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlskeylogfile.h"

#include "app/cli/commands.h"
#include "app/cli/comparisontable.h"
#include "app/cli/eavesdropperprinter.h"
#include "app/cli/knobparser.h"
#include "app/cli/ladderprinter.h"
#include "app/cli/shootoutreport.h"
#include "app/cli/texttable.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace protoviz::cli {

namespace {

class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

/// The options and the table of the polling-against-WebSocket scenarios (PollingScenarios).
class PollingReport
{
    Q_DECLARE_TR_FUNCTIONS(PollingReport)

public:
    static void addOptions(QCommandLineParser& parser);
    static bool readOptions(const QCommandLineParser& parser, ScenarioKnobs* knobs, QString* error);
    static QString render(const QStringList& names, const QList<const Timeline*>& timelines, int expected);
};

void PollingReport::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("clients"),
         tr("Polling against WebSocket: clients that get every update (default: the scenario's)."),
         tr("count")},
        {QStringLiteral("updates-per-second"),
         tr("Polling against WebSocket: ticker updates, or chat messages, a second (default: the "
            "scenario's)."),
         tr("rate")},
        {QStringLiteral("duration"),
         tr("Polling against WebSocket: seconds the updates go on (default: the scenario's)."),
         tr("seconds")},
        {QStringLiteral("poll-interval"),
         tr("Short polling: milliseconds between one client's polls (default: the scenario's)."), tr("ms")},
        {QStringLiteral("ws-compression"),
         tr("WebSocket sides: compress messages with permessage-deflate (RFC 7692); the report shows the "
            "bytes saved.")},
    });
}

bool PollingReport::readOptions(const QCommandLineParser& parser, ScenarioKnobs* knobs, QString* error)
{
    if (parser.isSet(QStringLiteral("ws-compression")))
        knobs->webSocketCompression = true;
    return KnobParser::readInt(parser, QStringLiteral("clients"), 1, PollingSessionConfig::MaxClients,
                               &knobs->clients, error) &&
           KnobParser::readInt(parser, QStringLiteral("updates-per-second"), 1,
                               PollingSessionConfig::MaxUpdatesPerSecond, &knobs->updatesPerSecond, error) &&
           KnobParser::readInt(parser, QStringLiteral("duration"), 1,
                               PollingSessionConfig::MaxDurationSeconds, &knobs->durationSeconds, error) &&
           KnobParser::readInt(parser, QStringLiteral("poll-interval"),
                               PollingSessionConfig::MinPollIntervalMs,
                               PollingSessionConfig::MaxPollIntervalMs, &knobs->pollIntervalMs, error);
}

QString PollingReport::render(const QStringList& names, const QList<const Timeline*>& timelines, int expected)
{
    const QLocale locale = QLocale::c();
    const auto ms = [&](qint64 ns) -> QString {
        return ns < 0 ? QStringLiteral("—")
                      : locale.toString(double(ns) / 1e6, 'f', 1) + QLatin1String(" ms");
    };
    const auto number = [&](qint64 value) {
        QLocale grouped = QLocale::c();
        grouped.setNumberOptions(QLocale::DefaultNumberOptions);
        return grouped.toString(value);
    };
    QList<PollingStatistics> columns;
    for (const Timeline* timeline : timelines)
        columns.append(PollingStatistics::compute(*timeline));
    using Cell = std::function<QString(const PollingStatistics&)>;
    QList<std::pair<QString, Cell>> rows{
        {tr("Updates delivered"),
         [&](const PollingStatistics& s) {
             // A WebSocket chat counts what it owed itself (every post to every member); other sides owe
             // what the knobs asked for.
             const int owed = s.expectedDeliveries() > 0 ? s.expectedDeliveries() : expected;
             return tr("%1 of %2 (%3 %)")
                 .arg(s.deliveries)
                 .arg(owed)
                 .arg(locale.toString(owed > 0 ? 100.0 * s.deliveries / owed : 0.0, 'f', 1));
         }},
        {tr("Latency, mean"), [&](const PollingStatistics& s) { return ms(s.latencyMeanNs); }},
        {tr("  median"), [&](const PollingStatistics& s) { return ms(s.latencyMedianNs); }},
        {tr("  95th percentile"), [&](const PollingStatistics& s) { return ms(s.latency95Ns); }},
        {tr("  min / max"),
         [&](const PollingStatistics& s) -> QString {
             return ms(s.latencyMinNs) + QLatin1String(" / ") + ms(s.latencyMaxNs);
         }},
        {tr("Connections"), [](const PollingStatistics& s) { return QString::number(s.connections); }},
        {tr("HTTP requests"), [](const PollingStatistics& s) { return QString::number(s.httpRequests); }},
        {tr("HTTP head bytes"), [&](const PollingStatistics& s) { return number(s.httpHeadBytes); }},
        {tr("WebSocket frames"),
         [](const PollingStatistics& s) { return QString::number(s.webSocketFrames); }},
        {tr("Frame header bytes"), [&](const PollingStatistics& s) { return number(s.frameHeaderBytes); }},
        {tr("Control frame bytes"), [&](const PollingStatistics& s) { return number(s.controlFrameBytes); }},
        {tr("Update payload bytes"),
         [&](const PollingStatistics& s) { return number(s.updatePayloadBytes); }},
        {tr("Overhead per update delivered"),
         [&](const PollingStatistics& s) {
             return tr("%1 B").arg(locale.toString(s.overheadPerDelivery(), 'f', 1));
         }},
        {tr("Wire bytes per update delivered"),
         [&](const PollingStatistics& s) {
             return tr("%1 B").arg(locale.toString(s.wireBytesPerDelivery(), 'f', 1));
         }},
    };
    // Polls behind a balancer that lose their server-side session (long-polling-balancing).
    if (std::any_of(columns.cbegin(), columns.cend(),
                    [](const PollingStatistics& s) { return s.tickerDeliveriesOwed > 0; })) {
        rows.insert(1, {tr("Failed polls (400, unknown session)"),
                        [](const PollingStatistics& s) { return QString::number(s.failedPolls); }});
        rows.insert(2, {tr("New handshakes (started over)"),
                        [](const PollingStatistics& s) { return QString::number(s.reHandshakes); }});
        rows.insert(3, {tr("Updates skipped by new sessions"),
                        [](const PollingStatistics& s) { return QString::number(s.updatesSkipped); }});
    }
    // permessage-deflate: the payload bytes on the wire against the inflated ones, from the events.
    if (std::any_of(columns.cbegin(), columns.cend(),
                    [](const PollingStatistics& s) { return s.compressedMessages > 0; })) {
        rows.append({tr("Compressed messages"),
                     [](const PollingStatistics& s) { return QString::number(s.compressedMessages); }});
        rows.append(
            {tr("  payload bytes compressed / inflated"), [number](const PollingStatistics& s) -> QString {
                 return number(s.compressedPayloadBytes) + QLatin1String(" / ") +
                        number(s.inflatedPayloadBytes);
             }});
        rows.append({tr("  bytes saved by compression"),
                     [number](const PollingStatistics& s) { return number(s.bytesSavedByCompression()); }});
    }
    QList<TextTable::Row> cells;
    for (const auto& [label, cell] : rows) {
        TextTable::Row row{label, {}};
        for (const PollingStatistics& column : columns)
            row.cells.append(cell(column));
        cells.append(row);
    }
    QString text = TextTable::render(names, cells);
    text += tr("Latency: from the server having an update to the client having it. Overhead: HTTP heads, "
               "WebSocket frame headers and control frames, counted once, as the clients saw them.") +
            QLatin1Char('\n');
    return text;
}

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
    parser.addOption(
        {QStringLiteral("keylog"),
         tr("Append the TLS secrets of every session to this file (SSLKEYLOGFILE format, for "
            "Wireshark). Without it, the file the SSLKEYLOGFILE variable names, as browsers do."),
         tr("file")});
    KnobParser::addOptions(parser, KnobParser::LinkGroup | KnobParser::PageGroup | KnobParser::ClientGroup);
    PollingReport::addOptions(parser);
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
    // The scenario's own workload shows its point; the options the user gives override it.
    const std::optional<ScenarioCatalog::Entry> entry =
        ScenarioCatalog::entry(parser.value(QStringLiteral("scenario")));
    ScenarioKnobs knobs = entry ? entry->defaults : ScenarioKnobs{};
    QString error;
    if (!KnobParser::read(parser, KnobParser::LinkGroup | KnobParser::PageGroup | KnobParser::ClientGroup,
                          &knobs, &error) ||
        !PollingReport::readOptions(parser, &knobs, &error)) {
        err << error << '\n';
        return BadArguments;
    }
    if (entry) {
        for (const QString& note : KnobParser::ignoredOptionNotes(parser, *entry))
            err << note << '\n';
        err.flush(); // before the run's own output, which it explains
    }
    const QString keyLogPath = parser.isSet(QStringLiteral("keylog")) ? parser.value(QStringLiteral("keylog"))
                                                                      : qEnvironmentVariable("SSLKEYLOGFILE");
    if (!keyLogPath.isEmpty()) {
        knobs.keyLogPath = keyLogPath;
        // Refused here rather than by each session, once the clock runs.
        if (!TlsKeyLogFile::appender(knobs.keyLogPath, &error)) {
            err << error << '\n';
            return Unavailable;
        }
    }
    const std::optional<Scenario> scenario =
        ScenarioCatalog::make(parser.value(QStringLiteral("scenario")), knobs, &error);
    if (!scenario) {
        err << error << '\n';
        return BadArguments;
    }

    out << scenario->title << '\n';
    out << tr("Link: %1.").arg(KnobParser::describeLink(knobs.link));
    // Each side is named by its letter: A, B, and C, D in the scenarios of more sides.
    QStringList names;
    QStringList running;
    for (qsizetype i = 0; i < scenario->sides.size(); ++i) {
        const QChar letter(u'A' + int(i));
        names.append(tr("%1: %2").arg(letter, scenario->sides[i].title));
        running.append(tr("%1 (%2)").arg(letter, scenario->sides[i].title));
    }
    // API scenarios say what each side does with its items; page loads describe their page.
    const QString workloadKey = QStringLiteral("workload");
    if (scenario->sides.first().settings.contains(workloadKey)) {
        out << '\n';
        for (qsizetype i = 0; i < scenario->sides.size(); ++i)
            out << tr("%1: %2").arg(QChar(u'A' + int(i)),
                                    scenario->sides[i].settings.value(workloadKey).toString())
                << '\n';
    } else {
        out << ' ' << tr("Page: %n object(s) of %1 bytes.", nullptr, knobs.objects).arg(knobs.objectSize);
        if (knobs.largeObjectSize > 0)
            out << ' ' << tr("Mixed: the first is large, %1 bytes.").arg(knobs.largeObjectSize);
        out << '\n';
    }
    out << tr("Running %1 live on 127.0.0.1 ...").arg(running.join(QLatin1String(", "))) << '\n';
    out.flush();

    Comparison comparison(*scenario);
    comparison.runToEnd();

    QList<const Timeline*> timelines;
    for (const Timeline* timeline : comparison.timelines())
        timelines.append(timeline);
    QList<ComparisonTable::Column> columns;
    bool allCompleted = true;
    for (qsizetype i = 0; i < timelines.size(); ++i) {
        const SessionStatistics statistics = SessionStatistics::compute(*timelines[i]);
        allCompleted = allCompleted && statistics.finished && statistics.outcome == SessionOutcome::Completed;
        columns.append({names[i], statistics,
                        scenario->sides[i].settings.value(QStringLiteral("objects"), knobs.objects).toInt()});
    }
    if (PollingScenarios::has(scenario->id) || ScalingScenarios::has(scenario->id) ||
        BalancingScenarios::has(scenario->id))
        out << '\n'
            << PollingReport::render(names, timelines,
                                     knobs.clients * knobs.updatesPerSecond * knobs.durationSeconds);
    if (ShootoutScenarios::has(scenario->id))
        out << '\n' << ShootoutReport::render(names, timelines);
    else if (!PollingScenarios::has(scenario->id) && !ScalingScenarios::has(scenario->id) &&
             !BalancingScenarios::has(scenario->id))
        out << '\n' << ComparisonTable::render(columns);
    // Results say why: the mechanisms behind the figures above, counted from the same events.
    if (const QStringList why = OutcomeExplanation::sentences(OutcomeExplanation::explain(comparison));
        !why.isEmpty())
        out << '\n' << tr("Why:") << '\n' << QLatin1String("  ") << why.join(QLatin1String("\n  ")) << '\n';
    for (qsizetype i = 0; i < timelines.size(); ++i) {
        const GrpcStatistics grpc = GrpcStatistics::compute(*timelines[i]);
        if (grpc.calls == 0)
            continue;
        out << '\n'
            << tr("%1: %n gRPC call(s), %2 ended OK; %3 messages sent, %4 received.", nullptr, grpc.calls)
                   .arg(names[i])
                   .arg(grpc.callsOk)
                   .arg(grpc.messagesSent)
                   .arg(grpc.messagesReceived)
            << '\n'
            << tr("   Messages: %1 bytes of protobuf and %2 bytes of length prefixes; as JSON they "
                  "would take %3 bytes.")
                   .arg(grpc.messageBytes - grpc.prefixBytes)
                   .arg(grpc.prefixBytes)
                   .arg(grpc.jsonBytes)
            << '\n';
        if (grpc.callsOk != grpc.calls) {
            QStringList counts;
            for (auto it = grpc.statuses.cbegin(); it != grpc.statuses.cend(); ++it)
                counts.append(
                    tr("%1 %2").arg(GrpcStatus::codeName(GrpcStatusCode(it.key()))).arg(it.value()));
            out << tr("   Statuses: %1.").arg(counts.join(QLatin1String(", "))) << '\n';
        }
    }
    if (TlsScenarios::has(scenario->id)) {
        for (qsizetype i = 0; i < timelines.size(); ++i)
            out << '\n' << LadderPrinter::render(*timelines[i], names[i]);
    }
    if (SecurityScenarios::has(scenario->id)) {
        for (qsizetype i = 0; i < timelines.size(); ++i)
            out << '\n' << EavesdropperPrinter::render(*timelines[i], names[i]);
    }
    for (const Timeline* timeline : timelines) {
        for (const Event& event : timeline->events()) {
            if (event.is(SessionKind::Error) || event.is(SessionKind::Finished)) {
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
        QStringList counts;
        for (qsizetype i = 0; i < timelines.size(); ++i)
            counts.append(tr("%1 in %2").arg(timelines[i]->size()).arg(QChar(u'A' + int(i))));
        out << '\n' << tr("Every event (%1) is in %2.").arg(counts.join(QLatin1String(", ")), path) << '\n';
    }
    return allCompleted ? Success : SessionFailed;
}

} // namespace

int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return RunCommand::run(arguments, out, err);
}

} // namespace protoviz::cli

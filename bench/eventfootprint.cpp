// Event-footprint benchmark: runs real page-load sessions and reports what each recorded event costs in
// the timeline (Timeline::footprint()). The fixed record plus the detail index is the per-event cost the
// target bounds; decoded fields and raw bytes are payload, reported beside it.

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/event.h"
#include "core/timeline/timeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace {

using namespace protoviz;

// The target: fixed record plus detail index, averaged over a session's events.
constexpr double MaxRecordBytesPerEvent = 64.0;

enum ExitCode : int {
    Passed = 0,
    TargetExceeded = 1,
    SessionFailed = 2,
    BadArguments = 3,
};

/// One comparison to run: a scenario of the catalogue with its workload. The link is left at its
/// defaults (RTT 0, unlimited bandwidth, no loss) so that the sessions run as fast as loopback allows.
struct Workpiece
{
    QString scenario;
    int objects;
    int objectSize;
    bool tls;
};

struct SessionResult
{
    QString scenario;
    QString side;
    QString title;
    int objects = 0;
    int objectSize = 0;
    bool tls = true;
    bool completed = false;
    int objectsCompleted = 0;
    qint64 sessionTimeNs = 0;
    int rawByteLimit = 0;
    Timeline::Footprint footprint;

    double perEvent(qsizetype bytes) const
    {
        return footprint.events > 0 ? double(bytes) / double(footprint.events) : 0.0;
    }
    double recordBytesPerEvent() const { return perEvent(footprint.recordBytes); }
    bool meetsTarget() const { return recordBytesPerEvent() <= MaxRecordBytesPerEvent; }
};

SessionResult resultOf(const Workpiece& piece, const QString& side, const Timeline& timeline)
{
    const SessionStatistics statistics = SessionStatistics::compute(timeline);
    SessionResult result;
    result.scenario = piece.scenario;
    result.side = side;
    result.title = timeline.title();
    result.objects = piece.objects;
    result.objectSize = piece.objectSize;
    result.tls = piece.tls;
    result.objectsCompleted = statistics.objectsCompleted;
    // A session that did not load every object recorded less than a real one: its figures would flatter.
    result.completed = statistics.finished && statistics.outcome == SessionOutcome::Completed &&
                       statistics.objectsCompleted == piece.objects;
    result.sessionTimeNs = statistics.totalTimeNs;
    result.rawByteLimit = timeline.byteLimit();
    result.footprint = timeline.footprint();
    return result;
}

std::optional<QList<SessionResult>> runComparison(const Workpiece& piece, QString* error)
{
    ScenarioKnobs knobs;
    knobs.objects = piece.objects;
    knobs.objectSize = piece.objectSize;
    knobs.tls = piece.tls;
    const std::optional<Scenario> scenario = ScenarioCatalog::make(piece.scenario, knobs, error);
    if (!scenario)
        return std::nullopt;

    Comparison comparison(*scenario);
    comparison.runToEnd();
    return QList<SessionResult>{resultOf(piece, QStringLiteral("A"), *comparison.timelineA()),
                                resultOf(piece, QStringLiteral("B"), *comparison.timelineB())};
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString renderTable(const QList<SessionResult>& results, int byteLimit)
{
    const QStringList headings{
        QStringLiteral("Session"),      QStringLiteral("Objects"),      QStringLiteral("Events"),
        QStringLiteral("Record B/ev"),  QStringLiteral("Decoded B/ev"), QStringLiteral("Raw B/ev"),
        QStringLiteral("Timeline KiB"), QStringLiteral("Load ms"),      QStringLiteral("Record target")};
    QList<QStringList> rows;
    for (const SessionResult& r : results) {
        const Timeline::Footprint& f = r.footprint;
        const qsizetype total = f.recordBytes + f.decodedBytes + f.rawBytes;
        rows.append({r.scenario + QLatin1Char(' ') + r.side + QStringLiteral(": ") + r.title,
                     QString::number(r.objects) + QStringLiteral(" x ") + QString::number(r.objectSize) +
                         QStringLiteral(" B"),
                     QString::number(f.events), fixed(r.recordBytesPerEvent(), 1),
                     fixed(r.perEvent(f.decodedBytes), 1), fixed(r.perEvent(f.rawBytes), 1),
                     fixed(double(total) / 1024.0, 0), fixed(double(r.sessionTimeNs) / 1e6, 1),
                     !r.completed      ? QStringLiteral("INCOMPLETE")
                     : r.meetsTarget() ? QStringLiteral("ok")
                                       : QStringLiteral("EXCEEDED")});
    }
    QList<qsizetype> widths;
    for (const QString& heading : headings)
        widths.append(heading.size());
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            // The first column is text, the others figures: left- and right-aligned as one reads them.
            text += i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]);
            text += i + 1 < cells.size() ? QStringLiteral("  ") : QStringLiteral("\n");
        }
        return text;
    };
    QString table = line(headings);
    for (const QStringList& row : std::as_const(rows))
        table += line(row);
    table += QStringLiteral("\nRecord B/ev: fixed %1-byte Event record plus the 4-byte detail index entry of "
                            "events with a detail; target <= %2 per session.\n"
                            "Decoded B/ev: decoded fields and texts; Raw B/ev: raw unit bytes kept for the "
                            "inspector (at most %3 per unit). Both are payload, outside the target.\n")
                 .arg(sizeof(Event))
                 .arg(MaxRecordBytesPerEvent)
                 .arg(byteLimit);
    return table;
}

QJsonDocument renderJson(const QList<SessionResult>& results, int byteLimit, bool passed)
{
    QJsonArray sessions;
    for (const SessionResult& r : results) {
        const Timeline::Footprint& f = r.footprint;
        sessions.append(QJsonObject{
            {QStringLiteral("scenario"), r.scenario},
            {QStringLiteral("side"), r.side},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("objects"), r.objects},
            {QStringLiteral("objectSize"), r.objectSize},
            {QStringLiteral("tls"), r.tls},
            {QStringLiteral("completed"), r.completed},
            {QStringLiteral("objectsCompleted"), r.objectsCompleted},
            {QStringLiteral("sessionTimeMs"), double(r.sessionTimeNs) / 1e6},
            {QStringLiteral("events"), double(f.events)},
            {QStringLiteral("recordBytes"), double(f.recordBytes)},
            {QStringLiteral("decodedBytes"), double(f.decodedBytes)},
            {QStringLiteral("rawBytes"), double(f.rawBytes)},
            {QStringLiteral("recordBytesPerEvent"), r.recordBytesPerEvent()},
            {QStringLiteral("decodedBytesPerEvent"), r.perEvent(f.decodedBytes)},
            {QStringLiteral("rawBytesPerEvent"), r.perEvent(f.rawBytes)},
            {QStringLiteral("meetsTarget"), r.meetsTarget()},
        });
    }
    return QJsonDocument(QJsonObject{
        {QStringLiteral("eventRecordBytes"), int(sizeof(Event))},
        {QStringLiteral("maxRecordBytesPerEvent"), MaxRecordBytesPerEvent},
        {QStringLiteral("rawByteLimit"), byteLimit},
        {QStringLiteral("passed"), passed},
        {QStringLiteral("sessions"), sessions},
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("protoviz_bench_eventfootprint"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs live page-load sessions (RTT 0, unlimited bandwidth) and reports the timeline's "
                       "memory per event. Exits 1 if a session's record bytes per event exceed %1, 2 if a "
                       "session did not complete.")
            .arg(MaxRecordBytesPerEvent));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Print the figures as JSON instead of a table.")});
    parser.addOption(
        {QStringLiteral("cleartext"),
         QStringLiteral("Run the sessions without TLS (HTTP/1.1 and h2c) instead of over TLS.")});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Passed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "Unexpected argument \"" << parser.positionalArguments().constFirst() << "\".\n";
        return BadArguments;
    }
    const bool tls = !parser.isSet(QStringLiteral("cleartext"));
    const bool json = parser.isSet(QStringLiteral("json"));

    // Two page sizes show how the cost per event holds as sessions grow; many tiny objects are the worst
    // case for the record's share, since every frame and message then carries little payload.
    const QList<Workpiece> workpieces{
        {QStringLiteral("h1-vs-h2"), 100, 4096, tls},
        {QStringLiteral("h1-vs-h2"), 1000, 4096, tls},
        {QStringLiteral("h1-vs-h2"), 5000, 100, tls},
    };
    QList<SessionResult> results;
    QElapsedTimer wallClock;
    wallClock.start();
    for (const Workpiece& piece : workpieces) {
        if (!json) {
            out << "Running " << piece.scenario << " with " << piece.objects << " objects of "
                << piece.objectSize << " bytes" << (tls ? " over TLS" : " in cleartext") << " ...\n";
            out.flush();
        }
        QString error;
        const std::optional<QList<SessionResult>> pieceResults = runComparison(piece, &error);
        if (!pieceResults) {
            err << error << '\n';
            return BadArguments;
        }
        results.append(*pieceResults);
    }

    // Comparisons keep the timeline's default limit, so every session shares it.
    const int byteLimit = results.constFirst().rawByteLimit;
    bool allCompleted = true;
    bool allMeetTarget = true;
    for (const SessionResult& r : std::as_const(results)) {
        allCompleted = allCompleted && r.completed;
        allMeetTarget = allMeetTarget && r.meetsTarget();
    }
    if (json) {
        out << renderJson(results, byteLimit, allCompleted && allMeetTarget).toJson(QJsonDocument::Indented);
    } else {
        out << '\n' << renderTable(results, byteLimit);
        out << "Wall time for all sessions: " << fixed(double(wallClock.nsecsElapsed()) / 1e9, 2) << " s\n";
    }
    for (const SessionResult& r : std::as_const(results)) {
        if (!r.completed)
            err << r.scenario << ' ' << r.side << " (" << r.title
                << ") did not complete: " << r.objectsCompleted << " of " << r.objects
                << " objects arrived.\n";
        else if (!r.meetsTarget())
            err << r.scenario << ' ' << r.side << " (" << r.title << ") records "
                << fixed(r.recordBytesPerEvent(), 1) << " bytes per event, above the target of "
                << MaxRecordBytesPerEvent << ".\n";
    }
    if (!allCompleted)
        return SessionFailed;
    return allMeetTarget ? Passed : TargetExceeded;
}

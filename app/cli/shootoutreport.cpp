#include "app/cli/shootoutreport.h"

#include "core/session/shootoutprotocol.h"
#include "core/session/shootoutstatistics.h"
#include "core/timeline/timeline.h"

#include "app/cli/texttable.h"

#include <QLocale>

#include <functional>

namespace protoviz::cli {

namespace {

QString milliseconds(qint64 ns)
{
    return ns < 0 ? QStringLiteral("—")
                  : QLocale::c().toString(double(ns) / 1e6, 'f', 1) + QLatin1String(" ms");
}

QString grouped(qint64 value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value);
}

struct Side
{
    ShootoutStatistics statistics;
    bool knownProtocol = false; ///< the side's settings name a shoot-out protocol
    ShootoutProtocolFacts facts;
};

} // namespace

QString ShootoutReport::render(const QStringList& names, const QList<const Timeline*>& timelines)
{
    QList<Side> sides;
    for (const Timeline* timeline : timelines) {
        Side side;
        side.statistics = ShootoutStatistics::compute(*timeline);
        if (const std::optional<ShootoutProtocol> protocol = ShootoutProtocolFacts::fromName(
                timeline->settings().value(QStringLiteral("protocol")).toString())) {
            side.knownProtocol = true;
            side.facts = ShootoutProtocolFacts::of(*protocol);
        }
        sides.append(side);
    }
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    using Cell = std::function<QString(const Side&)>;
    const QList<std::pair<QString, Cell>> rows{
        {tr("Exchanges answered"), [](const Side& s) { return QString::number(s.statistics.exchanges); }},
        {tr("Request latency, median"),
         [](const Side& s) { return milliseconds(s.statistics.requestLatencyMedianNs); }},
        {tr("  mean / max"),
         [](const Side& s) -> QString {
             return milliseconds(s.statistics.requestLatencyMeanNs) + QLatin1String(" / ") +
                    milliseconds(s.statistics.requestLatencyMaxNs);
         }},
        {tr("All exchanges done"), [](const Side& s) { return milliseconds(s.statistics.exchangesTimeNs); }},
        {tr("Updates delivered"), [](const Side& s) { return QString::number(s.statistics.deliveries); }},
        {tr("Update latency, median"),
         [](const Side& s) { return milliseconds(s.statistics.updateLatencyMedianNs); }},
        {tr("  mean / max"),
         [](const Side& s) -> QString {
             return milliseconds(s.statistics.updateLatencyMeanNs) + QLatin1String(" / ") +
                    milliseconds(s.statistics.updateLatencyMaxNs);
         }},
        {tr("Connections"), [](const Side& s) { return QString::number(s.statistics.connections); }},
        {tr("Client requests"), [](const Side& s) { return QString::number(s.statistics.clientRequests); }},
        {tr("Bytes on the wire"), [](const Side& s) { return grouped(s.statistics.wireBytes()); }},
        {tr("  up / down"),
         [](const Side& s) -> QString {
             return grouped(s.statistics.wireBytesUp) + QLatin1String(" / ") +
                    grouped(s.statistics.wireBytesDown);
         }},
        {tr("Server push (measured)"),
         [&](const Side& s) {
             return tr("%1 (%2 of %3 updates)")
                 .arg(yesNo(s.statistics.serverPush()))
                 .arg(s.statistics.pushedUpdates)
                 .arg(s.statistics.deliveries);
         }},
        {tr("Streaming (measured)"),
         [&](const Side& s) {
             return tr("%1 (%2 of %3 updates)")
                 .arg(yesNo(s.statistics.streaming()))
                 .arg(s.statistics.streamedUpdates)
                 .arg(s.statistics.deliveries);
         }},
        {tr("Human-readable (fact)"),
         [&](const Side& s) { return s.knownProtocol ? yesNo(s.facts.humanReadable) : QStringLiteral("—"); }},
        {tr("Browser-native (fact)"),
         [&](const Side& s) { return s.knownProtocol ? yesNo(s.facts.browserNative) : QStringLiteral("—"); }},
    };
    QList<TextTable::Row> cells;
    for (const auto& [label, cell] : rows) {
        TextTable::Row row{label, {}};
        for (const Side& side : sides)
            row.cells.append(cell(side));
        cells.append(row);
    }
    QString text = TextTable::render(names, cells);
    // The facts' reasons, once per side: a table cell has no room for them.
    for (qsizetype i = 0; i < sides.size(); ++i) {
        if (!sides[i].knownProtocol)
            continue;
        text += tr("%1 — human-readable: %2; in a browser: %3.")
                    .arg(names[i], sides[i].facts.humanReadableNote, sides[i].facts.browserNativeNote) +
                QLatin1Char('\n');
    }
    text += tr("Request latency: from the client's request to its answer. Update latency: from the server "
               "having an update to the client having it. Server push and streaming are what this run "
               "showed; human-readable and browser-native are facts about the protocol, not measured.") +
            QLatin1Char('\n');
    return text;
}

} // namespace protoviz::cli

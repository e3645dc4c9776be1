#include "app/cli/comparisontable.h"

#include "app/cli/texttable.h"

#include <QLocale>

#include <algorithm>
#include <functional>

namespace protoviz::cli {

namespace {

QString milliseconds(qint64 ns)
{
    if (ns < 0)
        return QStringLiteral("—");
    return QLocale::c().toString(double(ns) / 1e6, 'f', 1) + QLatin1String(" ms");
}

QString bytes(qint64 count)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(count);
}

} // namespace

QString ComparisonTable::render(const QList<Column>& columns)
{
    using Cell = std::function<QString(const Column&)>;
    QList<std::pair<QString, Cell>> rows{
        {tr("Outcome"),
         [](const Column& c) {
             if (!c.statistics.finished)
                 return tr("unfinished");
             switch (c.statistics.outcome) {
             case SessionOutcome::Completed:
                 return tr("completed");
             case SessionOutcome::Failed:
                 return tr("failed");
             case SessionOutcome::TimedOut:
                 return tr("timed out");
             case SessionOutcome::Cancelled:
                 return tr("cancelled");
             }
             return QString();
         }},
        {tr("Total time"), [](const Column& c) { return milliseconds(c.statistics.totalTimeNs); }},
        {tr("Time to first byte"),
         [](const Column& c) { return milliseconds(c.statistics.timeToFirstByteNs); }},
        {tr("Connections"), [](const Column& c) { return QString::number(c.statistics.connections); }},
        {tr("Round trips"), [](const Column& c) { return QString::number(c.statistics.roundTrips); }},
        {tr("Objects"),
         [](const Column& c) {
             QString text = tr("%1 of %2").arg(c.statistics.objectsCompleted).arg(c.objectsExpected);
             if (c.statistics.objectsPushed > 0)
                 text += tr(" (%1 pushed)").arg(c.statistics.objectsPushed);
             return text;
         }},
        {tr("Bytes on the wire"), [](const Column& c) { return bytes(c.statistics.wireBytes()); }},
        {tr("  headers"), [](const Column& c) { return bytes(c.statistics.headerBytes); }},
        {tr("  bodies"), [](const Column& c) { return bytes(c.statistics.bodyBytes); }},
        {tr("  framing"), [](const Column& c) { return bytes(c.statistics.framingBytes); }},
        {tr("  TLS"), [](const Column& c) { return bytes(c.statistics.tlsBytes); }},
        {tr("Header compression"),
         [](const Column& c) {
             if (c.statistics.headerTextBytes == 0 ||
                 c.statistics.headerTextBytes == c.statistics.headerBytes)
                 return tr("none");
             return tr("%1 % saved (%2 of %3 bytes)")
                 .arg(QLocale::c().toString(c.statistics.headerCompression() * 100.0, 'f', 1))
                 .arg(bytes(c.statistics.headerBytes), bytes(c.statistics.headerTextBytes));
         }},
        {tr("Segments lost / held back"),
         [](const Column& c) {
             return tr("%1 / %2").arg(c.statistics.segmentsLost).arg(c.statistics.segmentsBlocked);
         }},
    };
    // QUIC's datagrams: a lost one stalls only the streams whose data it carried, nothing is held back.
    const bool datagramsSent = std::any_of(columns.cbegin(), columns.cend(),
                                           [](const Column& c) { return c.statistics.datagrams > 0; });
    if (datagramsSent)
        rows.append({tr("Datagrams lost"), [](const Column& c) {
                         if (c.statistics.datagrams == 0 && c.statistics.datagramsLost == 0)
                             return tr("none sent");
                         return tr("%1 of %2")
                             .arg(c.statistics.datagramsLost)
                             .arg(c.statistics.datagrams + c.statistics.datagramsLost);
                     }});
    // A proxy's, a balancer's or a broker's hop: real bytes, but not what the client waited for.
    const bool hopsBehind = std::any_of(columns.cbegin(), columns.cend(), [](const Column& c) {
        return c.statistics.connectionsBehindServer > 0;
    });
    if (hopsBehind)
        rows.append({tr("Behind the server"), [](const Column& c) {
                         if (c.statistics.connectionsBehindServer == 0)
                             return tr("none");
                         return tr("%n connection(s), %1 bytes", nullptr,
                                   c.statistics.connectionsBehindServer)
                             .arg(bytes(c.statistics.bytesBehindServer));
                     }});

    QStringList titles;
    for (const Column& column : columns)
        titles.append(column.title);
    QList<TextTable::Row> cells;
    for (const auto& [label, cell] : rows) {
        TextTable::Row row{label, {}};
        for (const Column& column : columns)
            row.cells.append(cell(column));
        cells.append(row);
    }
    return TextTable::render(titles, cells);
}

} // namespace protoviz::cli

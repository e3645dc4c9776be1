#include "core/lesson/runmeasurements.h"

#include "core/lesson/knobsettings.h"
#include "core/session/grpcstatistics.h"
#include "core/session/pollingstatistics.h"
#include "core/session/sessionstatistics.h"
#include "core/session/shootoutstatistics.h"
#include "core/timeline/timeline.h"

#include <cmath>

namespace protoviz {

namespace {

QVariantMap grpcFigures(const GrpcStatistics& stats)
{
    return {
        {QStringLiteral("calls"), stats.calls},
        {QStringLiteral("callsOk"), stats.callsOk},
        {QStringLiteral("messagesSent"), stats.messagesSent},
        {QStringLiteral("messagesReceived"), stats.messagesReceived},
        {QStringLiteral("messageBytes"), stats.messageBytes},
        {QStringLiteral("prefixBytes"), stats.prefixBytes},
        {QStringLiteral("jsonBytes"), stats.jsonBytes},
        {QStringLiteral("messageBytesReceived"), stats.messageBytesReceived},
        {QStringLiteral("items"), stats.items},
        {QStringLiteral("itemBytes"), stats.itemBytes},
        {QStringLiteral("itemProtobufBytes"), stats.itemProtobufBytes},
        {QStringLiteral("itemJsonBytes"), stats.itemJsonBytes},
    };
}

} // namespace

RunMeasurements::SideFigures RunMeasurements::figuresOf(QList<Event> events)
{
    SideFigures figures;
    const SessionStatistics page = SessionStatistics::compute(events);
    figures.page = page.toVariantMap();
    figures.page.insert(QStringLiteral("wireBytes"), page.wireBytes());
    figures.page.insert(QStringLiteral("failed"), page.outcome == SessionOutcome::Completed ? 0 : 1);
    // "finished" and "outcome" are the engine's bookkeeping, not figures a lesson asks about.
    figures.page.remove(QStringLiteral("finished"));
    figures.page.remove(QStringLiteral("outcome"));
    figures.polling = PollingStatistics::compute(events).toVariantMap();
    figures.polling.remove(QStringLiteral("finished"));
    figures.polling.remove(QStringLiteral("outcome"));
    figures.grpc = grpcFigures(GrpcStatistics::compute(events));
    figures.shootout = ShootoutStatistics::compute(events).toVariantMap();
    figures.shootout.remove(QStringLiteral("finished"));
    figures.shootout.remove(QStringLiteral("outcome"));
    figures.events = std::move(events);
    return figures;
}

RunMeasurements::RunMeasurements(const ScenarioKnobs& knobs, const QList<QList<Event>>& sides)
    : m_knobs(knobs)
{
    for (const QList<Event>& events : sides.first(std::min<qsizetype>(sides.size(), MaxSides)))
        m_sides.append(figuresOf(events));
}

RunMeasurements::RunMeasurements(const ScenarioKnobs& knobs, const QList<Timeline*>& sides)
    : m_knobs(knobs)
{
    for (const Timeline* timeline : sides.first(std::min<qsizetype>(sides.size(), MaxSides)))
        m_sides.append(figuresOf(timeline->events()));
}

RunMeasurements::RunMeasurements(const ScenarioKnobs& knobs, QList<Event> eventsA, QList<Event> eventsB)
    : RunMeasurements(knobs, QList<QList<Event>>{std::move(eventsA), std::move(eventsB)})
{
}

RunMeasurements::RunMeasurements(const ScenarioKnobs& knobs, const Timeline& a, const Timeline& b)
    : RunMeasurements(knobs, a.events(), b.events())
{
}

const QList<Event>& RunMeasurements::events(Side side) const
{
    static const QList<Event> none;
    const qsizetype index = qsizetype(side);
    return index < m_sides.size() ? m_sides[index].events : none;
}

const RunMeasurements& RunMeasurements::checker()
{
    static const RunMeasurements instance = [] {
        RunMeasurements checking;
        checking.m_checking = true;
        checking.m_sides = QList<SideFigures>(MaxSides, figuresOf({}));
        return checking;
    }();
    return instance;
}

std::optional<RunMeasurements::Side> RunMeasurements::sideFromName(QStringView name)
{
    if (name.size() != 1 || name[0] < u'a' || name[0] >= QChar(u'a' + MaxSides))
        return std::nullopt;
    return Side(name[0].unicode() - u'a');
}

std::optional<double> RunMeasurements::variable(const QString& name, QString* error) const
{
    const QStringList parts = name.split(QLatin1Char('.'));
    if (parts.size() == 2 && parts[0] == QLatin1String("knob")) {
        if (const std::optional<double> value = KnobSettings::value(m_knobs, parts[1]))
            return m_checking ? 1.0 : *value;
        *error = tr("there is no knob \"%1\" (%2)")
                     .arg(parts[1], KnobSettings::readableNames().join(QLatin1String(", ")));
        return std::nullopt;
    }
    const std::optional<Side> side = parts.isEmpty() ? std::nullopt : sideFromName(parts[0]);
    if (side && qsizetype(*side) >= m_sides.size()) {
        *error = tr("\"%1\" names side %2, but this run has %n side(s)", nullptr, int(m_sides.size()))
                     .arg(name, parts[0].toUpper());
        return std::nullopt;
    }
    static const SideFigures none;
    const SideFigures& figures = side ? m_sides[qsizetype(*side)] : none;
    const QVariantMap* map = nullptr;
    QString key;
    if (side && parts.size() == 2) {
        map = &figures.page;
        key = parts[1];
    } else if (side && parts.size() == 3 && parts[1] == QLatin1String("polling")) {
        map = &figures.polling;
        key = parts[2];
    } else if (side && parts.size() == 3 && parts[1] == QLatin1String("grpc")) {
        map = &figures.grpc;
        key = parts[2];
    } else if (side && parts.size() == 3 && parts[1] == QLatin1String("shootout")) {
        map = &figures.shootout;
        key = parts[2];
    }
    if (!map) {
        *error = tr("\"%1\" names nothing: write a.NAME, b.NAME (c.NAME, d.NAME in scenarios of more sides), "
                    "a.polling.NAME, a.grpc.NAME, a.shootout.NAME or knob.NAME")
                     .arg(name);
        return std::nullopt;
    }
    const auto found = map->constFind(key);
    if (found == map->constEnd()) {
        *error =
            tr("\"%1\" is not a statistic; there are: %2").arg(name, map->keys().join(QLatin1String(", ")));
        return std::nullopt;
    }
    return m_checking ? 1.0 : found->toDouble();
}

std::optional<double> RunMeasurements::call(const QString& function, const QVariantList& arguments,
                                            QString* error) const
{
    const auto numbers = [&](qsizetype count) {
        bool ok = arguments.size() == count;
        for (const QVariant& argument : arguments)
            ok = ok && argument.typeId() == QMetaType::Double;
        if (!ok)
            *error = tr("%1() takes %n number(s)", nullptr, int(count)).arg(function);
        return ok;
    };
    if (function == QLatin1String("min") || function == QLatin1String("max")) {
        if (!numbers(2))
            return std::nullopt;
        const double x = arguments[0].toDouble();
        const double y = arguments[1].toDouble();
        return function == QLatin1String("min") ? std::min(x, y) : std::max(x, y);
    }
    if (function == QLatin1String("abs") || function == QLatin1String("round")) {
        if (!numbers(1))
            return std::nullopt;
        const double x = arguments[0].toDouble();
        return function == QLatin1String("abs") ? std::abs(x) : std::round(x);
    }
    const bool overEvents = function == QLatin1String("count") || function == QLatin1String("firstMs") ||
                            function == QLatin1String("lastMs") || function == QLatin1String("bytes");
    if (!overEvents) {
        *error = tr("there is no function %1() (count, firstMs, lastMs, bytes, min, max, abs, round)")
                     .arg(function);
        return std::nullopt;
    }
    const std::optional<Side> side =
        arguments.size() == 2 ? sideFromName(arguments[0].toString()) : std::optional<Side>();
    if (!side || arguments[1].typeId() != QMetaType::QString) {
        *error = tr("%1() takes a side and an event filter: %1(b, \"tls.Alert\")").arg(function);
        return std::nullopt;
    }
    QString why;
    const std::optional<EventFilter> filter = EventFilter::parse(arguments[1].toString(), &why);
    if (!filter) {
        *error = why;
        return std::nullopt;
    }
    if (m_checking)
        return 1.0;
    qint64 count = 0;
    qint64 bytes = 0;
    qint64 first = -1;
    qint64 last = -1;
    for (const Event& event : events(*side)) {
        if (!filter->matches(event))
            continue;
        ++count;
        bytes += event.size;
        if (first < 0)
            first = event.timeNs;
        last = event.timeNs;
    }
    if (function == QLatin1String("count"))
        return double(count);
    if (function == QLatin1String("bytes"))
        return double(bytes);
    const qint64 at = function == QLatin1String("firstMs") ? first : last;
    return at < 0 ? -1.0 : double(at) / 1e6;
}

qsizetype RunMeasurements::find(Side side, const EventFilter& filter) const
{
    const QList<Event>& list = events(side);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (filter.matches(list[i]))
            return i;
    }
    return -1;
}

} // namespace protoviz

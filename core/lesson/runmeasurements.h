#pragma once

#include "core/lesson/eventfilter.h"
#include "core/lesson/expression.h"
#include "core/session/scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace protoviz {

class Timeline;

/// The figures of one finished run, A and B (and C, D for the scenarios with more sides), as lessons'
/// expressions name them (docs/lessons.md): a.totalTimeMs, b.polling.latencyMeanMs, c.grpc.jsonBytes,
/// knob.rttMs, count(b, "tls.Alert"), ... Everything is computed from the sides' events (SessionStatistics,
/// PollingStatistics, GrpcStatistics, ShootoutStatistics and the events themselves), never from a table.
/// A value type; copies the events.
class RunMeasurements final : public ExpressionContext
{
    Q_DECLARE_TR_FUNCTIONS(RunMeasurements)

public:
    /// The side of a comparison an expression or a proof names.
    enum class Side { A, B, C, D };
    static constexpr int MaxSides = 4;

    /// One list of events per side, A first (at most MaxSides; further sides are ignored).
    RunMeasurements(const ScenarioKnobs& knobs, const QList<QList<Event>>& sides);
    RunMeasurements(const ScenarioKnobs& knobs, const QList<Timeline*>& sides);
    RunMeasurements(const ScenarioKnobs& knobs, QList<Event> eventsA, QList<Event> eventsB);
    RunMeasurements(const ScenarioKnobs& knobs, const Timeline& a, const Timeline& b);

    /// A context that knows every name and function but has no run: each value is 1. Lessons are
    /// checked against it when they load, so a misspelt statistic is found before anyone runs it.
    static const RunMeasurements& checker();

    std::optional<double> variable(const QString& name, QString* error) const override;
    std::optional<double> call(const QString& function, const QVariantList& arguments,
                               QString* error) const override;

    /// The side's events; empty for a side the run does not have.
    const QList<Event>& events(Side side) const;
    int sideCount() const { return int(m_sides.size()); }
    /// Index of the first event of side that matches filter, -1 if none.
    qsizetype find(Side side, const EventFilter& filter) const;

    /// Parses "a", "b", "c" or "d".
    static std::optional<Side> sideFromName(QStringView name);

private:
    struct SideFigures
    {
        QList<Event> events;
        QVariantMap page;     ///< SessionStatistics
        QVariantMap polling;  ///< PollingStatistics
        QVariantMap grpc;     ///< GrpcStatistics
        QVariantMap shootout; ///< ShootoutStatistics
    };
    RunMeasurements() = default;
    static SideFigures figuresOf(QList<Event> events);

    bool m_checking = false;
    ScenarioKnobs m_knobs;
    QList<SideFigures> m_sides;
};

} // namespace protoviz

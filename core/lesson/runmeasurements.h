#pragma once

#include "core/lesson/eventfilter.h"
#include "core/lesson/expression.h"
#include "core/session/scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace protoviz {

class Timeline;

/// The figures of one finished run, A and B, as lessons' expressions name them (docs/lessons.md):
/// a.totalTimeMs, b.polling.latencyMeanMs, a.grpc.jsonBytes, knob.rttMs, count(b, "tls.Alert"), ...
/// Everything is computed from the two sides' events (SessionStatistics, PollingStatistics,
/// GrpcStatistics and the events themselves), never from a table. A value type; copies the events.
class RunMeasurements final : public ExpressionContext
{
    Q_DECLARE_TR_FUNCTIONS(RunMeasurements)

public:
    /// The side of a comparison an expression or a proof names.
    enum class Side { A, B };

    RunMeasurements(const ScenarioKnobs& knobs, QList<Event> eventsA, QList<Event> eventsB);
    RunMeasurements(const ScenarioKnobs& knobs, const Timeline& a, const Timeline& b);

    /// A context that knows every name and function but has no run: each value is 1. Lessons are
    /// checked against it when they load, so a misspelt statistic is found before anyone runs it.
    static const RunMeasurements& checker();

    std::optional<double> variable(const QString& name, QString* error) const override;
    std::optional<double> call(const QString& function, const QVariantList& arguments,
                               QString* error) const override;

    const QList<Event>& events(Side side) const { return side == Side::A ? m_a.events : m_b.events; }
    /// Index of the first event of side that matches filter, -1 if none.
    qsizetype find(Side side, const EventFilter& filter) const;

    /// Parses "a" or "b".
    static std::optional<Side> sideFromName(QStringView name);

private:
    struct SideFigures
    {
        QList<Event> events;
        QVariantMap page;    ///< SessionStatistics
        QVariantMap polling; ///< PollingStatistics
        QVariantMap grpc;    ///< GrpcStatistics
    };
    RunMeasurements() = default;
    static SideFigures figuresOf(QList<Event> events);

    bool m_checking = false;
    ScenarioKnobs m_knobs;
    SideFigures m_a;
    SideFigures m_b;
};

} // namespace protoviz

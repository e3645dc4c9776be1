#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The scale-out scenario of the catalog, websocket-scaling: a WebSocket chat whose clients a round-robin
/// load balancer spreads over two server instances; A keeps each instance's members to itself, B joins
/// the instances with a pub/sub broker. Each side is a ScalingSession on the same link and chat.
/// Stateless; ScenarioCatalog lists and builds it through this class.
class ScalingScenarios
{
    Q_DECLARE_TR_FUNCTIONS(ScalingScenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();

    /// Whether id names one of these scenarios.
    static bool has(const QString& id);

    /// Sets the sides of scenario (whose id, title and description are set) from knobs. Returns false and
    /// sets *error when the knobs cannot run it.
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz

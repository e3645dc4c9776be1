#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The balancing scenario of the catalog, long-polling-balancing: clients long-poll a ticker through a
/// layer 7 balancer over two server instances that each keep their own sessions; A routes every request
/// round robin, B keeps each client on its instance with a sticky cookie. Each side is a
/// BalancingSession on the same link and ticker. Stateless; ScenarioCatalog lists and builds it through
/// this class.
class BalancingScenarios
{
    Q_DECLARE_TR_FUNCTIONS(BalancingScenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();

    /// Whether id names one of these scenarios.
    static bool has(const QString& id);

    /// Sets the sides of scenario (whose id, title and description are set) from knobs. Returns false and
    /// sets *error when the knobs cannot run it.
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz

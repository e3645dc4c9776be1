#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The protocol shoot-outs of the catalog: one workload — request/response exchanges, then updates the
/// server has news of — run by four ShootoutSessions on the same link. protocol-shootout: HTTP/1.1,
/// HTTPS, gRPC and WebSocket, sides A to D in that order; protocol-shootout-h3, every side encrypted:
/// HTTPS, HTTP/3, gRPC and WebSocket. Stateless; ScenarioCatalog lists and builds it
/// through this class.
class ShootoutScenarios
{
    Q_DECLARE_TR_FUNCTIONS(ShootoutScenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();

    /// Whether id names one of these scenarios.
    static bool has(const QString& id);

    /// Sets the four sides of scenario (whose id, title and description are set) from knobs: objects
    /// are the exchanges, object size the items' thumbnail bytes, updatesPerSecond * durationSeconds
    /// the updates, connectionsPerHost the HTTP/1.1 pools. Returns false and sets *error when the knobs
    /// cannot run it.
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz

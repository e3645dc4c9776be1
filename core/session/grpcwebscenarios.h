#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The grpc-web scenario of the catalog: the same unary calls from a browser speaking gRPC-Web through
/// a translating proxy (A) and from a native gRPC client (B), with the gRPC deadline, server work and
/// cancellation knobs on both sides (see GrpcWebSession). Stateless; ScenarioCatalog lists and builds
/// it through this class.
class GrpcWebScenarios
{
    Q_DECLARE_TR_FUNCTIONS(GrpcWebScenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();
    static bool has(const QString& id);
    /// Sets the sides of scenario from knobs (objects are the calls, object size the items' thumbnail
    /// bytes). Returns false and sets *error when the knobs cannot run it.
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz

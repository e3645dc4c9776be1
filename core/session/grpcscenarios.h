#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The API scenarios of the catalog, each comparing GrpcSessions on the same link and items:
/// rest-vs-grpc (four sides: REST/JSON over HTTP/1.1, REST/JSON over HTTP/2, REST/Protobuf over
/// HTTP/1.1 and unary gRPC over HTTP/2) and grpc-streaming (two sides, the four gRPC call types: one
/// message per exchange against streams). Stateless; ScenarioCatalog lists and
/// builds them through this class.
class GrpcScenarios
{
    Q_DECLARE_TR_FUNCTIONS(GrpcScenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();

    /// Whether id names one of these scenarios.
    static bool has(const QString& id);

    /// Sets the sides of scenario (whose id, title and description are set) from knobs: objects are
    /// the items, object size their thumbnail bytes. Returns false and sets *error when the knobs cannot
    /// run it.
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz

#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The HTTP/3 scenarios of the catalog: h2-vs-h3 (the same page over HTTP/2 on one TCP connection and
/// over HTTP/3 on one QUIC connection) and h3-0rtt (a first visit against a returning client that resumes
/// with 0-RTT early data). Stateless; ScenarioCatalog lists and builds them through this class.
class Http3Scenarios
{
    Q_DECLARE_TR_FUNCTIONS(Http3Scenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();

    /// Whether id names one of these scenarios.
    static bool has(const QString& id);

    /// Sets the two sides of scenario (whose id, title and description are set) from knobs. Returns false
    /// and sets *error when the knobs cannot run it (an impossible link or workload).
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz

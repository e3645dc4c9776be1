#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The TLS handshake scenarios of the catalog: each compares two TlsHandshakeSessions on the same link
/// (TLS 1.2 against 1.3, full against resumed, resumed against 0-RTT, with a HelloRetryRequest, and two
/// that fail on purpose). Stateless; ScenarioCatalog lists and builds them through this class.
class TlsScenarios
{
    Q_DECLARE_TR_FUNCTIONS(TlsScenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();

    /// Whether id names one of these scenarios.
    static bool has(const QString& id);

    /// Sets the two sides of scenario (whose id, title and description are set) from knobs. Returns false
    /// and sets *error when the knobs cannot run it (cleartext, an impossible link).
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz

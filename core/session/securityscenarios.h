#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The security scenarios of the catalog, each a login over the emulated link with someone on it
/// (SecuritySession): "http-vs-https" puts a passive eavesdropper on the link of a cleartext and an HTTPS
/// login; "tamper" lets an attacker flip a byte of the account page on both. Stateless; ScenarioCatalog
/// lists and builds them through this class.
class SecurityScenarios
{
    Q_DECLARE_TR_FUNCTIONS(SecurityScenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();

    /// Whether id names one of these scenarios.
    static bool has(const QString& id);

    /// Sets the sides of scenario (whose id, title and description are set) from knobs. Returns false and
    /// sets *error when the knobs cannot run it.
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz

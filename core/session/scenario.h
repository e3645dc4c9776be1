#pragma once

#include "core/link/linkconditions.h"
#include "core/session/sessionworker.h"
#include "core/tls/tlsconfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace protoviz {

/// The knobs a user turns, shared by every scenario (each uses those that matter to it).
struct ScenarioKnobs
{
    LinkConditions link;
    int objects = 100;
    int objectSize = 4096;
    int connectionsPerHost = 6;
    bool pipelining = false;
    bool serverPush = false;
    bool tls = true;
    int timeoutSeconds = 120;
    // Polling against WebSocket (see PollingScenarios):
    int clients = 3;                              ///< clients that each get every update
    int updatesPerSecond = 10;                    ///< ticker updates, or chat messages, a second
    int durationSeconds = 5;                      ///< how long the updates go on
    int pollIntervalMs = 1000;                    ///< short polling: one request per client this often
    TlsVersion maxTlsVersion = TlsVersion::Tls13; ///< the newest TLS the clients of page loads offer
    QString keyLogPath; ///< every session appends its TLS secrets here (SSLKEYLOGFILE format); empty: none
};

/// One pane of a comparison: what it is called and how to start it.
struct ScenarioSide
{
    QString title;
    QVariantMap settings;
    SessionWorkerFactory factory;
};

/// A comparison of two live sessions, A against B, on the same link and workload.
struct Scenario
{
    QString id;
    QString title;
    QString description;
    ScenarioSide a;
    ScenarioSide b;
};

/// The scenarios the engine offers, by id ("h1-vs-h2", ...).
class ScenarioCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioCatalog)

public:
    struct Entry
    {
        QString id;
        QString title;
        QString description;
    };

    static QList<Entry> entries();

    /// Builds the scenario, or returns nullopt and sets *error (unknown id, knobs it cannot run).
    static std::optional<Scenario> make(const QString& id, const ScenarioKnobs& knobs, QString* error);
};

} // namespace protoviz

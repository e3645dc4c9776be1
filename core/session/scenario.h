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
    int largeObjectSize = 0; ///< page loads: > 0 makes the first object this large (a mixed page)
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
    // gRPC-Web against native gRPC (see GrpcWebScenarios):
    int grpcDeadlineMs = 0;    ///< each call's deadline (grpc-timeout); 0: none
    int grpcWorkMs = 0;        ///< the server's work per call rises from 0 to this across the calls
    int grpcCancelAfterMs = 0; ///< the client cancels calls still running after this long; 0: never
};

/// One pane of a comparison: what it is called and how to start it.
struct ScenarioSide
{
    QString title;
    QVariantMap settings;
    SessionWorkerFactory factory;
};

/// A comparison of live sessions on the same link and workload: A against B, and for a few scenarios
/// (the protocol shoot-out, REST against gRPC with the steps between) C and D as well.
struct Scenario
{
    QString id;
    QString title;
    QString description;
    QList<ScenarioSide> sides; ///< A, B, ... in the order they are shown
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

#pragma once

#include "core/link/linkconditions.h"
#include "core/session/sessionworker.h"
#include "core/tls/tlsconfig.h"

#include <QCoreApplication>
#include <QMap>
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
    int clients = 3;                   ///< clients that each get every update
    int updatesPerSecond = 10;         ///< ticker updates, or chat messages, a second
    int durationSeconds = 5;           ///< how long the updates go on
    int pollIntervalMs = 1000;         ///< short polling: one request per client this often
    bool webSocketCompression = false; ///< WebSocket sides offer and accept permessage-deflate (RFC 7692)
    TlsVersion maxTlsVersion = TlsVersion::Tls13; ///< the newest TLS the clients of page loads offer
    QString keyLogPath; ///< every session appends its TLS secrets here (SSLKEYLOGFILE format); empty: none
    // gRPC-Web against native gRPC (see GrpcWebScenarios):
    int grpcDeadlineMs = 0;    ///< each call's deadline (grpc-timeout); 0: none
    int grpcWorkMs = 0;        ///< the server's work per call rises from 0 to this across the calls
    int grpcCancelAfterMs = 0; ///< the client cancels calls still running after this long; 0: never
};

/// A workload knob of ScenarioKnobs that a scenario may use or ignore. The link's knobs (round trip,
/// jitter, bandwidth, loss, seed) and the timeout apply to every scenario and are not listed.
enum class ScenarioKnob {
    Objects,
    ObjectSize,
    LargeObjectSize,
    Connections,
    MaxTlsVersion,
    Pipelining,
    ServerPush,
    Tls,
    Clients,
    UpdatesPerSecond,
    Duration,
    PollInterval,
    WebSocketCompression,
    GrpcDeadline,
    GrpcWork,
    GrpcCancelAfter,
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
        /// Why each knob this scenario ignores does not apply, in words for the user; a knob not listed
        /// is one the scenario reads.
        QMap<ScenarioKnob, QString> ignoredKnobs;
        /// The workload knobs that show the scenario's point (few objects for pipelining, polls more
        /// often than updates come...). Only the workload knobs count: the link stays the user's.
        ScenarioKnobs defaults;

        bool applies(ScenarioKnob knob) const { return !ignoredKnobs.contains(knob); }
    };

    static QList<Entry> entries();
    /// The entry of the scenario id, or nullopt if there is none.
    static std::optional<Entry> entry(const QString& id);
    /// Sets the workload knobs of *knobs (objects, sizes, protocols, updates, gRPC calls) to those of
    /// defaults, keeping its link, timeout and key log.
    static void applyWorkloadDefaults(const ScenarioKnobs& defaults, ScenarioKnobs* knobs);

    /// Builds the scenario, or returns nullopt and sets *error (unknown id, knobs it cannot run).
    static std::optional<Scenario> make(const QString& id, const ScenarioKnobs& knobs, QString* error);
};

} // namespace protoviz

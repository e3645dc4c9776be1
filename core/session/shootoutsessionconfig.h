#pragma once

#include "core/link/linkconditions.h"
#include "core/session/shootoutprotocol.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace protoviz {

/// One side of the protocol shoot-out: the protocol, and the workload every side runs alike —
/// `exchanges` request/response exchanges (the client asks for item N, the server answers it), then
/// updatesPerSecond * durationSeconds updates the server has news of at a fixed rate and the client must
/// learn. A value type; validationError() says in plain words what cannot be run.
struct ShootoutSessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(ShootoutSessionConfig)

public:
    static constexpr int MaxExchanges = 10000;
    static constexpr int MaxItemSize = 1024 * 1024;
    static constexpr int MaxUpdatesPerSecond = 200;
    static constexpr int MaxDurationSeconds = 600;
    static constexpr int MaxTimeoutSeconds = 3600;

    QString title; ///< what the pane is labelled with
    ShootoutProtocol protocol = ShootoutProtocol::Http;
    LinkConditions link;
    int exchanges = 10;         ///< request/response exchanges
    int itemSize = 1024;        ///< thumbnail bytes of every item an exchange answers
    int updatesPerSecond = 10;  ///< the rate at which the server has news
    int durationSeconds = 2;    ///< how long the news goes on
    int connectionsPerHost = 6; ///< HTTP/1.1 and HTTPS: the request pool's size
    int timeoutSeconds = 120;
    QString keyLogPath; ///< append the client's TLS secrets here (SSLKEYLOGFILE format); empty: none

    /// Updates the server publishes in all.
    int updateCount() const { return updatesPerSecond * durationSeconds; }
    bool tls() const { return ShootoutProtocolFacts::usesTls(protocol); }

    /// Empty when the configuration can run; else an explanation.
    QString validationError() const;
    /// The configuration as plain values (for recordings, JSON and the GUI); "protocol" is
    /// ShootoutProtocolFacts::name().
    QVariantMap toVariantMap() const;
    /// "10 exchanges of 1024-byte items, then 20 updates (10 a second for 2 s)".
    QString workloadLabel() const;
};

} // namespace protoviz

#pragma once

#include "core/link/httpbalancer.h"
#include "core/session/pollingsessionconfig.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace protoviz {

/// One side of the long-polling-balancing comparison: a ticker that clients follow by long polling over
/// cleartext HTTP/1.1 (PollingSessionConfig: clients, updates a second, duration, link), served by
/// several instances that each keep their own sessions, behind a layer 7 balancer with one rule. A value
/// type.
struct BalancingSessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(BalancingSessionConfig)

public:
    static constexpr int Instances = 2;
    /// The balancer and the instances sit in the data centre: a short hop, not the user's link.
    static constexpr qint64 DataCentreRttNs = 2'000'000;

    PollingSessionConfig ticker; ///< job Ticker, transport LongPolling, no TLS
    BalancingRule rule = BalancingRule::RoundRobin;

    /// Update arrivals when every client gets every update.
    int expectedDeliveries() const { return ticker.expectedDeliveries(); }

    /// Empty when the configuration can run; else an explanation.
    QString validationError() const;
    /// The configuration as plain values (for recordings, JSON and the GUI).
    QVariantMap toVariantMap() const;
    /// "Round robin per request", "Sticky sessions (cookie)".
    QString label() const;
};

} // namespace protoviz

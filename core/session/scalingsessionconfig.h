#pragma once

#include "core/session/pollingsessionconfig.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace protoviz {

/// One side of the websocket-scaling comparison: the WebSocket chat of PollingSessionConfig (its clients,
/// messages a second, duration, TLS and link) served by several instances behind a round-robin load
/// balancer, with or without a pub/sub broker between them. A value type.
struct ScalingSessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(ScalingSessionConfig)

public:
    static constexpr int Instances = 2;
    /// The broker sits in the data centre, next to the instances: a short hop, not the user's link.
    static constexpr qint64 BrokerRttNs = 2'000'000;

    PollingSessionConfig chat; ///< job Chat, transport WebSocket
    bool broker = false;       ///< the instances share messages through a pub/sub broker

    /// Update arrivals when every client gets every message.
    int expectedDeliveries() const { return chat.expectedDeliveries(); }

    /// Empty when the configuration can run; else an explanation.
    QString validationError() const;
    /// The configuration as plain values (for recordings, JSON and the GUI).
    QVariantMap toVariantMap() const;
    /// "2 instances, no shared state", "2 instances and a pub/sub broker".
    QString label() const;
};

} // namespace protoviz

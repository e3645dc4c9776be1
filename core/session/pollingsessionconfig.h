#pragma once

#include "core/link/linkconditions.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace protoviz {

/// How the updates of a polling-against-WebSocket session reach the clients.
enum class PollingTransport : quint8 {
    WebSocket,    ///< the server pushes each update as a WebSocket message
    ShortPolling, ///< each client asks over HTTP/1.1 every poll interval; the server answers at once
    LongPolling,  ///< each client asks over HTTP/1.1 again as soon as an answer arrives; the server holds
                  ///< the request until there is an update
};

/// The job a polling-against-WebSocket session does.
enum class PollingJob : quint8 {
    Ticker, ///< the server publishes updatesPerSecond updates a second for durationSeconds
    Chat,   ///< the clients take turns posting updatesPerSecond messages a second; every message goes to
            ///< every client, the sender included
};

/// One side of a polling-against-WebSocket comparison (the WebSocket side included): transport, job,
/// link and load. A value type; validationError() says in plain words what cannot be run.
struct PollingSessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(PollingSessionConfig)

public:
    static constexpr int MaxClients = 50;
    static constexpr int MaxUpdatesPerSecond = 200;
    static constexpr int MaxDurationSeconds = 600;
    static constexpr int MinPollIntervalMs = 10;
    static constexpr int MaxPollIntervalMs = 60000;
    static constexpr int MaxTimeoutSeconds = 3600;
    /// How long a long poll may wait at the server before it is answered empty (and asked again).
    static constexpr int LongPollHoldSeconds = 20;

    QString title; ///< what the pane is labelled with
    PollingTransport transport = PollingTransport::WebSocket;
    PollingJob job = PollingJob::Ticker;
    bool tls = true; ///< wss:// and https://
    LinkConditions link;
    int clients = 3;
    int updatesPerSecond = 10;
    int durationSeconds = 5;
    int pollIntervalMs = 1000; ///< short polling
    /// WebSocket: the clients offer permessage-deflate (RFC 7692) and the server accepts it.
    bool webSocketCompression = false;
    int timeoutSeconds = 120;
    QString keyLogPath; ///< append the clients' TLS secrets here (SSLKEYLOGFILE format); empty: none

    /// Updates the job publishes in all.
    int updateCount() const { return updatesPerSecond * durationSeconds; }
    /// Update arrivals when every client gets every update.
    int expectedDeliveries() const { return updateCount() * clients; }

    /// Empty when the configuration can run; else an explanation.
    QString validationError() const;
    /// The configuration as plain values (for recordings, JSON and the GUI).
    QVariantMap toVariantMap() const;
    /// "WebSocket over TLS (wss://)", "HTTP/1.1 short polling every 1000 ms", ...
    QString transportLabel() const;
    /// "ticker: 10 updates a second for 5 s to 3 clients".
    QString workloadLabel() const;
    /// "ticker", "chat".
    static QString jobName(PollingJob job);
};

} // namespace protoviz

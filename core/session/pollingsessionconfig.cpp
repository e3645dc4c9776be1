#include "core/session/pollingsessionconfig.h"

namespace protoviz {

QString PollingSessionConfig::validationError() const
{
    if (const QString linkError = link.validationError(); !linkError.isEmpty())
        return linkError;
    if (clients < 1 || clients > MaxClients)
        return tr("There must be between 1 and %1 clients.").arg(MaxClients);
    if (updatesPerSecond < 1 || updatesPerSecond > MaxUpdatesPerSecond)
        return tr("Between 1 and %1 updates a second can be sent.").arg(MaxUpdatesPerSecond);
    if (durationSeconds < 1 || durationSeconds > MaxDurationSeconds)
        return tr("The updates must last between 1 second and %1 seconds.").arg(MaxDurationSeconds);
    if (pollIntervalMs < MinPollIntervalMs || pollIntervalMs > MaxPollIntervalMs)
        return tr("The poll interval must be between %1 ms and %2 ms.")
            .arg(MinPollIntervalMs)
            .arg(MaxPollIntervalMs);
    if (timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
        return tr("The time limit must be between 1 second and %1 seconds.").arg(MaxTimeoutSeconds);
    if (timeoutSeconds <= durationSeconds)
        return tr("The time limit (%1 s) must be longer than the updates last (%2 s).")
            .arg(timeoutSeconds)
            .arg(durationSeconds);
    return {};
}

QVariantMap PollingSessionConfig::toVariantMap() const
{
    static const char* const transports[] = {"websocket", "short-polling", "long-polling"};
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("transport"), QString::fromLatin1(transports[int(transport)])},
        {QStringLiteral("job"), jobName(job)},
        {QStringLiteral("workload"), workloadLabel()},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("rttMs"), double(link.rttNs) / 1e6},
        {QStringLiteral("jitterMs"), double(link.jitterNs) / 1e6},
        {QStringLiteral("upstreamBitsPerSecond"), link.upstreamBitsPerSecond},
        {QStringLiteral("downstreamBitsPerSecond"), link.downstreamBitsPerSecond},
        {QStringLiteral("loss"), link.lossRate},
        {QStringLiteral("seed"), link.seed},
        {QStringLiteral("clients"), clients},
        {QStringLiteral("updatesPerSecond"), updatesPerSecond},
        {QStringLiteral("durationSeconds"), durationSeconds},
        {QStringLiteral("pollIntervalMs"), pollIntervalMs},
        {QStringLiteral("webSocketCompression"), webSocketCompression},
    };
}

QString PollingSessionConfig::transportLabel() const
{
    switch (transport) {
    case PollingTransport::WebSocket:
        if (webSocketCompression)
            return tls ? tr("WebSocket over TLS (wss://), compressed") : tr("WebSocket (ws://), compressed");
        return tls ? tr("WebSocket over TLS (wss://)") : tr("WebSocket (ws://)");
    case PollingTransport::ShortPolling:
        return (tls ? tr("HTTPS short polling every %1 ms") : tr("HTTP/1.1 short polling every %1 ms"))
            .arg(pollIntervalMs);
    case PollingTransport::LongPolling:
        return tls ? tr("HTTPS long polling") : tr("HTTP/1.1 long polling");
    }
    return {};
}

QString PollingSessionConfig::workloadLabel() const
{
    const QString what =
        job == PollingJob::Ticker
            ? tr("ticker, %1 updates a second for %2 s to %n client(s)", nullptr, clients)
            : tr("chat, %1 messages a second for %2 s between %n client(s)", nullptr, clients);
    return what.arg(updatesPerSecond).arg(durationSeconds) + QStringLiteral(", ") + transportLabel();
}

QString PollingSessionConfig::jobName(PollingJob job)
{
    return job == PollingJob::Ticker ? QStringLiteral("ticker") : QStringLiteral("chat");
}

} // namespace protoviz

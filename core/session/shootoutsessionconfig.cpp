#include "core/session/shootoutsessionconfig.h"

namespace protoviz {

QString ShootoutSessionConfig::validationError() const
{
    if (const QString linkError = link.validationError(); !linkError.isEmpty())
        return linkError;
    if (exchanges < 1 || exchanges > MaxExchanges)
        return tr("The shoot-out needs between 1 and %1 request/response exchanges.").arg(MaxExchanges);
    if (itemSize < 0 || itemSize > MaxItemSize)
        return tr("Items must carry between 0 and %1 bytes.").arg(MaxItemSize);
    if (updatesPerSecond < 1 || updatesPerSecond > MaxUpdatesPerSecond)
        return tr("Between 1 and %1 updates a second can be sent.").arg(MaxUpdatesPerSecond);
    if (durationSeconds < 1 || durationSeconds > MaxDurationSeconds)
        return tr("The updates must last between 1 second and %1 seconds.").arg(MaxDurationSeconds);
    if (connectionsPerHost < 1 || connectionsPerHost > 64)
        return tr("The HTTP/1.1 pool must have between 1 and 64 connections.");
    if (timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
        return tr("The time limit must be between 1 second and %1 seconds.").arg(MaxTimeoutSeconds);
    if (timeoutSeconds <= durationSeconds)
        return tr("The time limit (%1 s) must be longer than the updates last (%2 s).")
            .arg(timeoutSeconds)
            .arg(durationSeconds);
    return {};
}

QVariantMap ShootoutSessionConfig::toVariantMap() const
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("protocol"), ShootoutProtocolFacts::name(protocol)},
        {QStringLiteral("workload"), workloadLabel()},
        {QStringLiteral("tls"), tls()},
        {QStringLiteral("rttMs"), double(link.rttNs) / 1e6},
        {QStringLiteral("jitterMs"), double(link.jitterNs) / 1e6},
        {QStringLiteral("upstreamBitsPerSecond"), link.upstreamBitsPerSecond},
        {QStringLiteral("downstreamBitsPerSecond"), link.downstreamBitsPerSecond},
        {QStringLiteral("loss"), link.lossRate},
        {QStringLiteral("seed"), link.seed},
        {QStringLiteral("objects"), exchanges},
        {QStringLiteral("objectSize"), itemSize},
        {QStringLiteral("updatesPerSecond"), updatesPerSecond},
        {QStringLiteral("durationSeconds"), durationSeconds},
        {QStringLiteral("connectionsPerHost"), connectionsPerHost},
    };
}

QString ShootoutSessionConfig::workloadLabel() const
{
    return tr("%n exchange(s) of %1-byte items, then %2 updates (%3 a second for %4 s)", nullptr, exchanges)
        .arg(itemSize)
        .arg(updateCount())
        .arg(updatesPerSecond)
        .arg(durationSeconds);
}

} // namespace protoviz

#include "core/session/grpcwebsessionconfig.h"

#include "core/grpc/lessonmessages.h"

namespace protoviz {

QString GrpcWebSessionConfig::validationError() const
{
    if (const QString linkError = link.validationError(); !linkError.isEmpty())
        return linkError;
    if (calls < 1 || calls > MaxCalls)
        return tr("Between 1 and %1 gRPC calls can be made.").arg(MaxCalls);
    if (itemSize < 0 || itemSize > LessonMessages::MaxThumbnailSize)
        return tr("Items may carry between 0 and %1 bytes.").arg(LessonMessages::MaxThumbnailSize);
    if (connectionsPerHost < 1 || connectionsPerHost > 64)
        return tr("HTTP/1.1 may use between 1 and %1 connections per host.").arg(64);
    if (deadlineMs < 0 || deadlineMs > MaxMs)
        return tr("The gRPC deadline must be between 0 (none) and %1 ms.").arg(MaxMs);
    if (workMs < 0 || workMs > MaxMs)
        return tr("The server's work per call must be between 0 and %1 ms.").arg(MaxMs);
    if (cancelAfterMs < 0 || cancelAfterMs > MaxMs)
        return tr("Cancelling after must be between 0 (never) and %1 ms.").arg(MaxMs);
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        return tr("The time limit must be between 1 second and %1 seconds.").arg(3600);
    return {};
}

int GrpcWebSessionConfig::workFor(int index) const
{
    if (calls <= 1)
        return workMs;
    return int(qint64(workMs) * index / (calls - 1));
}

QString GrpcWebSessionConfig::protocolLabel() const
{
    return client == Client::Browser ? tr("gRPC-Web via a proxy (HTTP/1.1, then HTTP/2)")
                                     : tr("native gRPC over HTTP/2");
}

QString GrpcWebSessionConfig::workloadDescription() const
{
    QString text = tr("%n unary GetItem call(s)", nullptr, calls);
    if (workMs > 0)
        text += tr(", the server working 0 to %1 ms on each").arg(workMs);
    if (deadlineMs > 0)
        text += tr(", a %1 ms deadline").arg(deadlineMs);
    if (cancelAfterMs > 0)
        text += tr(", cancelled after %1 ms").arg(cancelAfterMs);
    return client == Client::Browser
               ? tr("%1; a browser's HTTP/1.1 pool of %2 to the proxy").arg(text).arg(connectionsPerHost)
               : tr("%1; one HTTP/2 connection").arg(text);
}

QVariantMap GrpcWebSessionConfig::toVariantMap() const
{
    const bool browser = client == Client::Browser;
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("api"), QStringLiteral("grpc")},
        {QStringLiteral("client"), browser ? QStringLiteral("grpc-web") : QStringLiteral("grpc")},
        {QStringLiteral("protocol"), browser ? QStringLiteral("http/1.1") : QStringLiteral("h2")},
        {QStringLiteral("encoding"), QStringLiteral("protobuf")},
        {QStringLiteral("tls"), false},
        {QStringLiteral("rttMs"), double(link.rttNs) / 1e6},
        {QStringLiteral("jitterMs"), double(link.jitterNs) / 1e6},
        {QStringLiteral("upstreamBitsPerSecond"), link.upstreamBitsPerSecond},
        {QStringLiteral("downstreamBitsPerSecond"), link.downstreamBitsPerSecond},
        {QStringLiteral("loss"), link.lossRate},
        {QStringLiteral("seed"), link.seed},
        {QStringLiteral("items"), calls},
        {QStringLiteral("itemSize"), itemSize},
        {QStringLiteral("objects"), calls},
        {QStringLiteral("connectionsPerHost"), connectionsPerHost},
        {QStringLiteral("grpcDeadlineMs"), deadlineMs},
        {QStringLiteral("grpcWorkMs"), workMs},
        {QStringLiteral("grpcCancelAfterMs"), cancelAfterMs},
        {QStringLiteral("workload"), workloadDescription()},
    };
}

} // namespace protoviz

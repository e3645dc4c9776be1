#include "core/session/sessionconfig.h"

#include "core/http/workload.h"

namespace protoviz {

QHostAddress SessionConfig::targetAddress(QString* error) const
{
    const QString host = target.host();
    const QHostAddress address =
        host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        *error = tr("Give the server as an IP address or localhost, not \"%1\".").arg(host);
    return address;
}

QString SessionConfig::validationError() const
{
    if (const QString linkError = link.validationError(); !linkError.isEmpty())
        return linkError;
    if (objects < 1 || objects > Workload::MaxObjects)
        return tr("The page must have between 1 and %1 objects.").arg(Workload::MaxObjects);
    if (objectSize < 0 || objectSize > Workload::MaxObjectSize)
        return tr("Objects must be between 0 bytes and %1 MiB.").arg(Workload::MaxObjectSize / (1024 * 1024));
    if (largeObjectSize < 0 || largeObjectSize > Workload::MaxObjectSize)
        return tr("The large object must be between 0 bytes (none) and %1 MiB.")
            .arg(Workload::MaxObjectSize / (1024 * 1024));
    if (connectionsPerHost < 1 || connectionsPerHost > MaxConnectionsPerHost)
        return tr("HTTP/1.1 may use between 1 and %1 connections per host.").arg(MaxConnectionsPerHost);
    if (timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
        return tr("The time limit must be between 1 second and %1 seconds.").arg(MaxTimeoutSeconds);
    if (!target.isEmpty()) {
        const QString scheme = target.scheme();
        if (!target.isValid() || target.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("\"%1\" is not an http:// or https:// address.").arg(target.toString());
        if ((scheme == QLatin1String("https")) != tls)
            return tr("The address's scheme and the TLS setting disagree.");
    }
    if (serverPush && http != HttpVersion::Http2)
        return tr("Server push exists only in HTTP/2.");
    if (http == HttpVersion::Http3 && !tls)
        return tr("HTTP/3 always runs over QUIC, which always encrypts: it needs TLS.");
    if (earlyData && http != HttpVersion::Http3)
        return tr("Only HTTP/3 page loads resume with 0-RTT early data.");
    if (earlyData && !target.isEmpty())
        return tr("0-RTT early data is shown with ProtoViz's own server only.");
    return {};
}

QVariantMap SessionConfig::toVariantMap() const
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("protocol"), http == HttpVersion::Http1   ? QStringLiteral("http/1.1")
                                     : http == HttpVersion::Http2 ? QStringLiteral("h2")
                                                                  : QStringLiteral("h3")},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("maxTlsVersion"),
         maxTlsVersion == TlsVersion::Tls12 ? QStringLiteral("TLSv1.2") : QStringLiteral("TLSv1.3")},
        {QStringLiteral("rttMs"), double(link.rttNs) / 1e6},
        {QStringLiteral("jitterMs"), double(link.jitterNs) / 1e6},
        {QStringLiteral("upstreamBitsPerSecond"), link.upstreamBitsPerSecond},
        {QStringLiteral("downstreamBitsPerSecond"), link.downstreamBitsPerSecond},
        {QStringLiteral("loss"), link.lossRate},
        {QStringLiteral("seed"), link.seed},
        {QStringLiteral("objects"), objects},
        {QStringLiteral("objectSize"), objectSize},
        {QStringLiteral("largeObjectSize"), largeObjectSize},
        {QStringLiteral("connectionsPerHost"), connectionsPerHost},
        {QStringLiteral("pipelining"), pipelining},
        {QStringLiteral("serverPush"), serverPush},
        {QStringLiteral("target"), target.toString()},
        {QStringLiteral("earlyData"), earlyData},
    };
}

QString SessionConfig::protocolLabel() const
{
    if (http == HttpVersion::Http3)
        return earlyData ? tr("HTTP/3 with 0-RTT resumption") : tr("HTTP/3");
    if (http == HttpVersion::Http1)
        return !tls                                 ? tr("HTTP/1.1 cleartext")
               : maxTlsVersion == TlsVersion::Tls12 ? tr("HTTP/1.1 over TLS 1.2")
                                                    : tr("HTTP/1.1 over TLS");
    return !tls                                 ? tr("HTTP/2 cleartext (h2c)")
           : maxTlsVersion == TlsVersion::Tls12 ? tr("HTTP/2 over TLS 1.2")
                                                : tr("HTTP/2 over TLS");
}

} // namespace protoviz

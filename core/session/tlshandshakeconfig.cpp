#include "core/session/tlshandshakeconfig.h"

#include "core/http/workload.h"

namespace protoviz {

namespace {

QString versionText(TlsVersion version)
{
    return version == TlsVersion::Tls12 ? QStringLiteral("TLSv1.2") : QStringLiteral("TLSv1.3");
}

QStringList names(const QList<QByteArray>& list)
{
    QStringList texts;
    for (const QByteArray& name : list)
        texts.append(QString::fromLatin1(name));
    return texts;
}

} // namespace

QString TlsHandshakeConfig::validationError() const
{
    if (const QString linkError = link.validationError(); !linkError.isEmpty())
        return linkError;
    if (objects < 1 || objects > Workload::MaxObjects)
        return tr("The page must have between 1 and %1 objects.").arg(Workload::MaxObjects);
    if (objectSize < 0 || objectSize > Workload::MaxObjectSize)
        return tr("Objects must be between 0 bytes and %1 MiB.").arg(Workload::MaxObjectSize / (1024 * 1024));
    if (timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
        return tr("The time limit must be between 1 second and %1 seconds.").arg(MaxTimeoutSeconds);
    if (clientMinVersion > clientMaxVersion || serverMinVersion > serverMaxVersion)
        return tr("The lowest TLS version is above the highest one.");
    if (resumption == Resumption::EarlyData &&
        (clientMaxVersion != TlsVersion::Tls13 || serverMaxVersion != TlsVersion::Tls13))
        return tr("Early data (0-RTT) exists only in TLS 1.3: both sides must allow TLS 1.3.");
    return {};
}

QString TlsHandshakeConfig::workloadText() const
{
    const QString client =
        clientMinVersion == clientMaxVersion
            ? tr("client %1").arg(versionText(clientMinVersion))
            : tr("client %1 to %2").arg(versionText(clientMinVersion), versionText(clientMaxVersion));
    const QString server =
        serverMinVersion == serverMaxVersion
            ? tr("server %1").arg(versionText(serverMinVersion))
            : tr("server %1 to %2").arg(versionText(serverMinVersion), versionText(serverMaxVersion));
    QStringList parts{tr("one HTTPS GET / (a page listing %n object(s))", nullptr, objects),
                      client + u", " + server};
    switch (resumption) {
    case Resumption::None:
        parts.append(tr("full handshake"));
        break;
    case Resumption::Resume:
        parts.append(tr("resumes a session from a ticket"));
        break;
    case Resumption::EarlyData:
        parts.append(tr("resumes a session and sends the request as 0-RTT early data"));
        break;
    }
    if (!clientGroups.isEmpty())
        parts.append(
            tr("client groups %1 (key share for %2)")
                .arg(names(clientGroups).join(u':'), QString::fromLatin1(clientGroups.constFirst())));
    if (!serverGroups.isEmpty())
        parts.append(tr("server groups %1").arg(names(serverGroups).join(u':')));
    if (!clientTrustsServer)
        parts.append(tr("the client does not trust the server's certificate authority"));
    return parts.join(QStringLiteral("; "));
}

QVariantMap TlsHandshakeConfig::toVariantMap() const
{
    static const QStringList resumptions{QStringLiteral("none"), QStringLiteral("resume"),
                                         QStringLiteral("early-data")};
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("protocol"), QStringLiteral("http/1.1")},
        {QStringLiteral("tls"), true},
        {QStringLiteral("rttMs"), double(link.rttNs) / 1e6},
        {QStringLiteral("jitterMs"), double(link.jitterNs) / 1e6},
        {QStringLiteral("upstreamBitsPerSecond"), link.upstreamBitsPerSecond},
        {QStringLiteral("downstreamBitsPerSecond"), link.downstreamBitsPerSecond},
        {QStringLiteral("loss"), link.lossRate},
        {QStringLiteral("seed"), link.seed},
        // The session fetches the page alone; none of the objects it lists.
        {QStringLiteral("objects"), 0},
        {QStringLiteral("pageObjects"), objects},
        {QStringLiteral("objectSize"), objectSize},
        {QStringLiteral("workload"), workloadText()},
        {QStringLiteral("clientVersions"),
         QStringList{versionText(clientMinVersion), versionText(clientMaxVersion)}},
        {QStringLiteral("serverVersions"),
         QStringList{versionText(serverMinVersion), versionText(serverMaxVersion)}},
        {QStringLiteral("resumption"), resumptions.value(int(resumption))},
        {QStringLiteral("clientGroups"), names(clientGroups)},
        {QStringLiteral("serverGroups"), names(serverGroups)},
        {QStringLiteral("clientTrustsServer"), clientTrustsServer},
    };
}

} // namespace protoviz

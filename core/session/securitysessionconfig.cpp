#include "core/session/securitysessionconfig.h"

namespace protoviz {

QString SecuritySessionConfig::validationError() const
{
    if (const QString linkError = link.validationError(); !linkError.isEmpty())
        return linkError;
    if (timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
        return tr("The timeout must be between 1 and %1 seconds.").arg(MaxTimeoutSeconds);
    if (user.isEmpty() || password.isEmpty())
        return tr("The login needs a user name and a password.");
    return {};
}

QString SecuritySessionConfig::workloadText() const
{
    const QString scheme =
        tls ? (maxTlsVersion == TlsVersion::Tls12 ? tr("HTTPS (TLS 1.2)") : tr("HTTPS (TLS 1.3)"))
            : tr("HTTP in cleartext");
    QString text =
        tr("log in (POST /login with a password), then GET /account with the session cookie, over %1")
            .arg(scheme);
    if (eavesdrop)
        text += tr("; an eavesdropper reads the link");
    if (tamper)
        text += tr("; an attacker on the link flips a byte of the account page");
    return text;
}

QVariantMap SecuritySessionConfig::toVariantMap() const
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("protocol"), QStringLiteral("http/1.1")},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("maxTlsVersion"),
         maxTlsVersion == TlsVersion::Tls12 ? QStringLiteral("TLSv1.2") : QStringLiteral("TLSv1.3")},
        {QStringLiteral("rttMs"), double(link.rttNs) / 1e6},
        {QStringLiteral("jitterMs"), double(link.jitterNs) / 1e6},
        {QStringLiteral("upstreamBitsPerSecond"), link.upstreamBitsPerSecond},
        {QStringLiteral("downstreamBitsPerSecond"), link.downstreamBitsPerSecond},
        {QStringLiteral("loss"), link.lossRate},
        {QStringLiteral("seed"), link.seed},
        // Two requests: the login and the account page.
        {QStringLiteral("objects"), 2},
        {QStringLiteral("eavesdropper"), eavesdrop},
        {QStringLiteral("tamperer"), tamper},
        {QStringLiteral("workload"), workloadText()},
    };
}

} // namespace protoviz

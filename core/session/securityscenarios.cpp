#include "core/session/securityscenarios.h"

#include "core/session/ignoredknobs.h"
#include "core/session/securitysession.h"
#include "core/session/securitysessionconfig.h"

namespace protoviz {

namespace {

const QString HttpVsHttps = QStringLiteral("http-vs-https");
const QString Tamper = QStringLiteral("tamper");

SecuritySessionConfig baseConfig(const ScenarioKnobs& knobs, bool tls)
{
    SecuritySessionConfig config;
    config.link = knobs.link;
    config.tls = tls;
    config.maxTlsVersion = knobs.maxTlsVersion;
    config.timeoutSeconds = std::min(knobs.timeoutSeconds, SecuritySessionConfig::MaxTimeoutSeconds);
    config.keyLogPath = knobs.keyLogPath;
    const QString version =
        knobs.maxTlsVersion == TlsVersion::Tls12 ? QStringLiteral("TLS 1.2") : QStringLiteral("TLS 1.3");
    config.title =
        tls ? SecurityScenarios::tr("HTTPS (%1)").arg(version) : SecurityScenarios::tr("HTTP, cleartext");
    return config;
}

std::optional<ScenarioSide> side(const SecuritySessionConfig& config, QString* error)
{
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return ScenarioSide{config.title, config.toVariantMap(), [config](Timeline* timeline) -> SessionWorker* {
                            return new SecuritySession(config, timeline);
                        }};
}

} // namespace

QList<ScenarioCatalog::Entry> SecurityScenarios::entries()
{
    QMap<ScenarioKnob, QString> ignored =
        IgnoredKnobs::reasons(IgnoredKnobs::Objects + IgnoredKnobs::PageOnly + IgnoredKnobs::Updates +
                              IgnoredKnobs::GrpcCalls + QList{ScenarioKnob::Connections});
    ignored.insert(ScenarioKnob::Tls,
                   tr("A is always cleartext HTTP and B always HTTPS: that is the comparison."));
    ignored.insert(ScenarioKnob::Objects,
                   tr("The login site has its own pages: a form, a login and an account page."));
    ignored.insert(ScenarioKnob::ObjectSize, ignored.value(ScenarioKnob::Objects));
    const ScenarioKnobs defaults;
    return {
        {HttpVsHttps, tr("HTTP against HTTPS, with an eavesdropper"),
         tr("The same login over cleartext HTTP and over HTTPS, with a passive eavesdropper on the link. "
            "Over HTTP it reads the password and the session cookie; over HTTPS only addresses, ports, the "
            "server name (SNI), record sizes and timing — and, when the newest TLS version is 1.2, the "
            "certificate."),
         ignored, defaults},
        {Tamper, tr("Tampering: HTTP against HTTPS"),
         tr("An attacker on the link flips one byte of the account page in flight. HTTP delivers the altered "
            "page without noticing; TLS's record protection fails, the client sends bad_record_mac and "
            "closes. (Authenticity is the untrusted-certificate scenario.)"),
         ignored, defaults},
    };
}

bool SecurityScenarios::has(const QString& id)
{
    return id == HttpVsHttps || id == Tamper;
}

bool SecurityScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    SecuritySessionConfig a = baseConfig(knobs, false);
    SecuritySessionConfig b = baseConfig(knobs, true);
    if (scenario->id == Tamper) {
        a.tamper = b.tamper = true;
        a.title = tr("HTTP, altered in flight");
        b.title = tr("%1, altered in flight").arg(b.title);
    }
    const std::optional<ScenarioSide> sideA = side(a, error);
    if (!sideA)
        return false;
    const std::optional<ScenarioSide> sideB = side(b, error);
    if (!sideB)
        return false;
    scenario->sides = {*sideA, *sideB};
    return true;
}

} // namespace protoviz

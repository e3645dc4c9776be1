#include "core/session/scenario.h"

#include "core/session/balancingscenarios.h"
#include "core/session/grpcscenarios.h"
#include "core/session/grpcwebscenarios.h"
#include "core/session/http3scenarios.h"
#include "core/session/ignoredknobs.h"
#include "core/session/pageloadsession.h"
#include "core/session/pollingscenarios.h"
#include "core/session/scalingscenarios.h"
#include "core/session/securityscenarios.h"
#include "core/session/shootoutscenarios.h"
#include "core/session/tlsscenarios.h"

namespace protoviz {

namespace {

SessionConfig pageLoadConfig(const ScenarioKnobs& knobs, HttpVersion http)
{
    SessionConfig config;
    config.http = http;
    config.tls = knobs.tls;
    config.link = knobs.link;
    config.objects = knobs.objects;
    config.objectSize = knobs.objectSize;
    config.largeObjectSize = knobs.largeObjectSize;
    // Only HTTP/1.1 keeps a pool: an HTTP/2 side's settings must not vary with a knob it ignores.
    if (http == HttpVersion::Http1)
        config.connectionsPerHost = knobs.connectionsPerHost;
    config.pipelining = knobs.pipelining && http == HttpVersion::Http1;
    config.serverPush = knobs.serverPush && http == HttpVersion::Http2;
    config.timeoutSeconds = knobs.timeoutSeconds;
    config.keyLogPath = knobs.keyLogPath;
    config.maxTlsVersion = knobs.maxTlsVersion;
    config.title = config.protocolLabel();
    return config;
}

std::optional<ScenarioSide> pageLoadSide(const SessionConfig& config, QString* error)
{
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return ScenarioSide{config.title, config.toVariantMap(),
                        [config](Timeline* timeline) { return PageLoadSession::create(config, timeline); }};
}

} // namespace

QList<ScenarioCatalog::Entry> ScenarioCatalog::entries()
{
    const QMap<ScenarioKnob, QString> notPageLoads =
        IgnoredKnobs::reasons(IgnoredKnobs::Updates + IgnoredKnobs::GrpcCalls);
    QMap<ScenarioKnob, QString> push = notPageLoads;
    push.insert(IgnoredKnobs::reasons({ScenarioKnob::Pipelining, ScenarioKnob::ServerPush}));
    push.insert(ScenarioKnob::Connections, tr("HTTP/2 needs one connection, whatever the HTTP/1.1 pool."));
    QMap<ScenarioKnob, QString> pipelining = notPageLoads;
    pipelining.insert(IgnoredKnobs::reasons({ScenarioKnob::Pipelining, ScenarioKnob::ServerPush}));
    pipelining.insert(ScenarioKnob::Connections,
                      tr("Pipelining is compared on one connection, so both sides use exactly one."));
    ScenarioKnobs fewObjects;
    // Twenty objects keep the push promises, or the requests queued on one connection, countable.
    fewObjects.objects = 20;
    ScenarioKnobs pipelined = fewObjects;
    // On one connection without pipelining every object costs a round trip: ten keep the run short.
    pipelined.objects = 10;

    QList<Entry> list{
        {QStringLiteral("h1-vs-h2"), tr("HTTP/1.1 against HTTP/2"),
         tr("The same page of objects loaded over HTTP/1.1 (a browser's pool of connections per host) and "
            "over HTTP/2 (one connection, every request a multiplexed stream)."),
         notPageLoads, ScenarioKnobs{}},
        {QStringLiteral("h2-push"), tr("HTTP/2 without and with server push"),
         tr("HTTP/2 loading the page, once asking for every object and once with the server pushing them "
            "along with the page."),
         push, fewObjects},
        {QStringLiteral("h1-pipelining"), tr("HTTP/1.1 without and with pipelining"),
         tr("HTTP/1.1 over one connection, waiting for each response before the next request, against "
            "sending requests back to back (pipelining), where responses still come back in order."),
         pipelining, pipelined},
    };
    list += Http3Scenarios::entries();
    list += TlsScenarios::entries();
    list += GrpcScenarios::entries();
    list += GrpcWebScenarios::entries();
    list += PollingScenarios::entries();
    list += SecurityScenarios::entries();
    list += ScalingScenarios::entries();
    list += BalancingScenarios::entries();
    list += ShootoutScenarios::entries();
    return list;
}

std::optional<ScenarioCatalog::Entry> ScenarioCatalog::entry(const QString& id)
{
    for (const Entry& candidate : entries()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

void ScenarioCatalog::applyWorkloadDefaults(const ScenarioKnobs& defaults, ScenarioKnobs* knobs)
{
    const ScenarioKnobs kept = *knobs;
    *knobs = defaults;
    knobs->link = kept.link;
    knobs->timeoutSeconds = kept.timeoutSeconds;
    knobs->keyLogPath = kept.keyLogPath;
}

std::optional<Scenario> ScenarioCatalog::make(const QString& id, const ScenarioKnobs& knobs, QString* error)
{
    Scenario scenario;
    scenario.id = id;
    bool known = false;
    for (const Entry& entry : entries()) {
        if (entry.id == id) {
            scenario.title = entry.title;
            scenario.description = entry.description;
            known = true;
        }
    }
    if (!known) {
        QStringList ids;
        for (const Entry& entry : entries())
            ids.append(entry.id);
        *error = tr("There is no scenario \"%1\". Scenarios: %2.").arg(id, ids.join(QLatin1String(", ")));
        return std::nullopt;
    }

    if (PollingScenarios::has(id))
        return PollingScenarios::make(knobs, &scenario, error) ? std::optional<Scenario>(scenario)
                                                               : std::nullopt;
    if (ScalingScenarios::has(id))
        return ScalingScenarios::make(knobs, &scenario, error) ? std::optional<Scenario>(scenario)
                                                               : std::nullopt;
    if (BalancingScenarios::has(id))
        return BalancingScenarios::make(knobs, &scenario, error) ? std::optional<Scenario>(scenario)
                                                                 : std::nullopt;
    if (ShootoutScenarios::has(id))
        return ShootoutScenarios::make(knobs, &scenario, error) ? std::optional<Scenario>(scenario)
                                                                : std::nullopt;
    if (GrpcWebScenarios::has(id))
        return GrpcWebScenarios::make(knobs, &scenario, error) ? std::optional<Scenario>(scenario)
                                                               : std::nullopt;
    if (GrpcScenarios::has(id))
        return GrpcScenarios::make(knobs, &scenario, error) ? std::optional<Scenario>(scenario)
                                                            : std::nullopt;
    if (SecurityScenarios::has(id))
        return SecurityScenarios::make(knobs, &scenario, error) ? std::optional<Scenario>(scenario)
                                                                : std::nullopt;
    if (Http3Scenarios::has(id))
        return Http3Scenarios::make(knobs, &scenario, error) ? std::optional<Scenario>(scenario)
                                                             : std::nullopt;
    if (TlsScenarios::has(id)) {
        if (!TlsScenarios::make(knobs, &scenario, error))
            return std::nullopt;
        return scenario;
    }

    SessionConfig a;
    SessionConfig b;
    if (id == QLatin1String("h1-vs-h2")) {
        a = pageLoadConfig(knobs, HttpVersion::Http1);
        b = pageLoadConfig(knobs, HttpVersion::Http2);
    } else if (id == QLatin1String("h2-push")) {
        ScenarioKnobs withoutPush = knobs;
        withoutPush.serverPush = false;
        ScenarioKnobs withPush = knobs;
        withPush.serverPush = true;
        a = pageLoadConfig(withoutPush, HttpVersion::Http2);
        b = pageLoadConfig(withPush, HttpVersion::Http2);
        b.title = tr("%1 with server push").arg(b.title);
    } else {
        ScenarioKnobs single = knobs;
        single.connectionsPerHost = 1;
        single.pipelining = false;
        a = pageLoadConfig(single, HttpVersion::Http1);
        single.pipelining = true;
        b = pageLoadConfig(single, HttpVersion::Http1);
        a.title = tr("%1, one connection").arg(a.title);
        b.title = tr("%1, one connection, pipelined").arg(b.title);
    }
    const std::optional<ScenarioSide> sideA = pageLoadSide(a, error);
    if (!sideA)
        return std::nullopt;
    const std::optional<ScenarioSide> sideB = pageLoadSide(b, error);
    if (!sideB)
        return std::nullopt;
    scenario.sides = {*sideA, *sideB};
    return scenario;
}

} // namespace protoviz

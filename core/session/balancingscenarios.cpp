#include "core/session/balancingscenarios.h"

#include "core/session/balancingsession.h"
#include "core/session/ignoredknobs.h"

namespace protoviz {

namespace {

const QLatin1String LongPollingBalancing("long-polling-balancing");

BalancingSessionConfig configFor(const ScenarioKnobs& knobs, BalancingRule rule)
{
    BalancingSessionConfig config;
    config.rule = rule;
    PollingSessionConfig& ticker = config.ticker;
    ticker.transport = PollingTransport::LongPolling;
    ticker.job = PollingJob::Ticker;
    // Always cleartext: the balancer reads every request to route it (it would have to end TLS itself).
    ticker.tls = false;
    ticker.link = knobs.link;
    ticker.clients = knobs.clients;
    ticker.updatesPerSecond = knobs.updatesPerSecond;
    ticker.durationSeconds = knobs.durationSeconds;
    ticker.timeoutSeconds = knobs.timeoutSeconds;
    ticker.title = config.label();
    return config;
}

bool side(const BalancingSessionConfig& config, ScenarioSide* side, QString* error)
{
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    *side = {config.label(), config.toVariantMap(), [config](Timeline* timeline) -> SessionWorker* {
                 return new BalancingSession(config, timeline);
             }};
    return true;
}

} // namespace

QList<ScenarioCatalog::Entry> BalancingScenarios::entries()
{
    QMap<ScenarioKnob, QString> ignored =
        IgnoredKnobs::reasons(IgnoredKnobs::Objects + IgnoredKnobs::PageOnly + IgnoredKnobs::GrpcCalls +
                              QList{ScenarioKnob::Connections, ScenarioKnob::MaxTlsVersion,
                                    ScenarioKnob::PollInterval, ScenarioKnob::WebSocketCompression});
    ignored.insert(
        ScenarioKnob::Tls,
        tr("The balancer must read every request to route it, so this scenario runs in cleartext."));
    ignored.insert(ScenarioKnob::PollInterval,
                   tr("Long polling asks again as soon as an answer comes: no side polls at an interval."));
    ScenarioKnobs defaults;
    // Three clients on two instances: round robin sends each one's polls back and forth, so its
    // sessions break; two updates a second leave room to see the missed ones.
    defaults.clients = 3;
    defaults.updatesPerSecond = 2;
    defaults.durationSeconds = 3;
    return {
        {QString(LongPollingBalancing), tr("Balancing long polling: round robin against sticky sessions"),
         tr("Clients follow a ticker by long polling over cleartext HTTP/1.1 (the balancer must read every "
            "request, so there is no TLS here). A layer 7 load balancer sends their requests to two server "
            "instances. Each instance keeps per-client sessions, as Socket.IO does: a client's first request "
            "(the handshake) gets a session id, and every poll must bring it back to the instance that "
            "issued it; any other instance answers 400 and the client must start over, missing the updates "
            "published meanwhile. The ticker publishes every update to both instances, so the balancing rule "
            "is the only difference: A sends each request to the next instance (round robin), B sets a "
            "cookie on the first response and routes by it (sticky sessions). Measured: failed polls, new "
            "handshakes, the share of deliveries that arrived and their latency, and where the balancer sent "
            "each request."),
         ignored, defaults},
    };
}

bool BalancingScenarios::has(const QString& id)
{
    return id == LongPollingBalancing;
}

bool BalancingScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    if (!has(scenario->id)) {
        *error = tr("There is no balancing scenario \"%1\".").arg(scenario->id);
        return false;
    }
    ScenarioSide sideA;
    ScenarioSide sideB;
    if (!side(configFor(knobs, BalancingRule::RoundRobin), &sideA, error) ||
        !side(configFor(knobs, BalancingRule::StickyCookie), &sideB, error))
        return false;
    scenario->sides = {sideA, sideB};
    return true;
}

} // namespace protoviz

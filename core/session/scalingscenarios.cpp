#include "core/session/scalingscenarios.h"

#include "core/session/ignoredknobs.h"
#include "core/session/scalingsession.h"

namespace protoviz {

namespace {

const QLatin1String WebSocketScaling("websocket-scaling");

ScalingSessionConfig configFor(const ScenarioKnobs& knobs, bool broker)
{
    ScalingSessionConfig config;
    config.broker = broker;
    PollingSessionConfig& chat = config.chat;
    chat.transport = PollingTransport::WebSocket;
    chat.job = PollingJob::Chat;
    chat.tls = knobs.tls;
    chat.link = knobs.link;
    chat.clients = knobs.clients;
    chat.updatesPerSecond = knobs.updatesPerSecond;
    chat.durationSeconds = knobs.durationSeconds;
    chat.timeoutSeconds = knobs.timeoutSeconds;
    chat.keyLogPath = knobs.keyLogPath;
    chat.title = config.label();
    return config;
}

bool side(const ScalingSessionConfig& config, ScenarioSide* side, QString* error)
{
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    *side = {config.label(), config.toVariantMap(),
             [config](Timeline* timeline) -> SessionWorker* { return new ScalingSession(config, timeline); }};
    return true;
}

} // namespace

QList<ScenarioCatalog::Entry> ScalingScenarios::entries()
{
    QMap<ScenarioKnob, QString> ignored = IgnoredKnobs::reasons(
        IgnoredKnobs::Objects + IgnoredKnobs::PageOnly + IgnoredKnobs::GrpcCalls +
        QList{ScenarioKnob::Connections, ScenarioKnob::MaxTlsVersion, ScenarioKnob::PollInterval});
    ignored.insert(ScenarioKnob::PollInterval, tr("WebSockets push every message: no side polls."));
    // Scaling is about which instance holds which member; compression would not change that.
    ignored.insert(ScenarioKnob::WebSocketCompression,
                   tr("This scenario is about which instance reaches which member; its messages are sent "
                      "uncompressed."));
    ignored.insert(ScenarioKnob::Connections,
                   tr("Each client opens one WebSocket, whatever the HTTP/1.1 pool."));
    ScenarioKnobs defaults;
    // Four clients, two on each instance, so that in A half of them visibly miss each message.
    defaults.clients = 4;
    defaults.updatesPerSecond = 2;
    defaults.durationSeconds = 3;
    return {
        {QString(WebSocketScaling), tr("Scaling WebSockets: two servers without and with a pub/sub broker"),
         tr("A chat over WebSockets: the clients take turns posting messages at the rate and for the "
            "duration set, each meant for every client. A round-robin load balancer "
            "spreads their connections over two server instances. In A each instance sends a message only "
            "to its own connections, so clients on the other instance miss it; in B the instances publish "
            "every message to a pub/sub broker, which hands it to both. Measured: the share of deliveries "
            "that arrived, their latency, and the bytes of the balancer's and the broker's hops."),
         ignored, defaults},
    };
}

bool ScalingScenarios::has(const QString& id)
{
    return id == WebSocketScaling;
}

bool ScalingScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    if (!has(scenario->id)) {
        *error = tr("There is no scaling scenario \"%1\".").arg(scenario->id);
        return false;
    }
    ScenarioSide sideA;
    ScenarioSide sideB;
    if (!side(configFor(knobs, false), &sideA, error) || !side(configFor(knobs, true), &sideB, error))
        return false;
    scenario->sides = {sideA, sideB};
    return true;
}

} // namespace protoviz

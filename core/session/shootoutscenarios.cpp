#include "core/session/shootoutscenarios.h"

#include "core/session/ignoredknobs.h"
#include "core/session/shootoutsession.h"

namespace protoviz {

namespace {

constexpr QLatin1String ProtocolShootout("protocol-shootout");

} // namespace

QList<ScenarioCatalog::Entry> ShootoutScenarios::entries()
{
    QMap<ScenarioKnob, QString> ignored = IgnoredKnobs::reasons(
        IgnoredKnobs::PageOnly + IgnoredKnobs::GrpcCalls + QList{ScenarioKnob::MaxTlsVersion});
    ignored.insert(ScenarioKnob::Tls,
                   tr("The protocol shoot-out always runs A in cleartext and B–D over TLS."));
    ignored.insert(ScenarioKnob::Clients, tr("The shoot-out has one client per protocol."));
    // Compressing only D would make its bytes incomparable with the other three protocols'.
    ignored.insert(ScenarioKnob::WebSocketCompression,
                   tr("The shoot-out compares the four protocols as they are; its WebSocket side sends "
                      "uncompressed messages."));
    ignored.insert(ScenarioKnob::PollInterval,
                   tr("A and B long-poll, C streams and D is pushed to: no side polls at an interval."));
    ScenarioKnobs defaults;
    // Twenty exchanges and a few updates a second keep the four ladders readable side by side.
    defaults.objects = 20;
    defaults.updatesPerSecond = 5;
    defaults.durationSeconds = 3;
    return {
        {QString(ProtocolShootout), tr("Protocol shoot-out: HTTP/1.1, HTTPS, gRPC and WebSocket"),
         tr("One workload over four protocols on the same link: the client asks for the items (objects) and "
            "the server answers each, then the server has news a number of times a second (updates a "
            "second, for the duration) and the client must learn each. A: HTTP/1.1 (a browser's pool of "
            "connections, updates by long polling); B: the same over TLS; C: gRPC over HTTP/2 and TLS "
            "(unary calls, updates on one server-streaming call); D: a WebSocket over TLS (requests and "
            "answers as messages, updates pushed). Latency, bytes, connections and which protocol pushes "
            "and streams are measured; whether a protocol is human-readable or browser-native is a fact "
            "about it."),
         ignored, defaults},
    };
}

bool ShootoutScenarios::has(const QString& id)
{
    return id == ProtocolShootout;
}

bool ShootoutScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    QList<ScenarioSide> sides;
    for (const ShootoutProtocol protocol : {ShootoutProtocol::Http, ShootoutProtocol::Https,
                                            ShootoutProtocol::Grpc, ShootoutProtocol::WebSocket}) {
        ShootoutSessionConfig config;
        config.protocol = protocol;
        config.title = ShootoutProtocolFacts::label(protocol);
        config.link = knobs.link;
        config.exchanges = knobs.objects;
        config.itemSize = knobs.objectSize;
        config.updatesPerSecond = knobs.updatesPerSecond;
        config.durationSeconds = knobs.durationSeconds;
        config.connectionsPerHost = knobs.connectionsPerHost;
        config.timeoutSeconds = knobs.timeoutSeconds;
        config.keyLogPath = knobs.keyLogPath;
        if (const QString why = config.validationError(); !why.isEmpty()) {
            *error = why;
            return false;
        }
        sides.append({config.title, config.toVariantMap(), [config](Timeline* timeline) -> SessionWorker* {
                          return new ShootoutSession(config, timeline);
                      }});
    }
    scenario->sides = sides;
    return true;
}

} // namespace protoviz

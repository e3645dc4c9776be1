#include "core/session/shootoutscenarios.h"

#include "core/session/ignoredknobs.h"
#include "core/session/shootoutsession.h"

namespace protoviz {

namespace {

constexpr QLatin1String ProtocolShootout("protocol-shootout");
constexpr QLatin1String ProtocolShootoutH3("protocol-shootout-h3");

// The sides A to D of each shoot-out.
QList<ShootoutProtocol> protocolsOf(const QString& id)
{
    if (id == ProtocolShootoutH3)
        return {ShootoutProtocol::Https, ShootoutProtocol::Http3, ShootoutProtocol::Grpc,
                ShootoutProtocol::WebSocket};
    return {ShootoutProtocol::Http, ShootoutProtocol::Https, ShootoutProtocol::Grpc,
            ShootoutProtocol::WebSocket};
}

} // namespace

QList<ScenarioCatalog::Entry> ShootoutScenarios::entries()
{
    QMap<ScenarioKnob, QString> ignored = IgnoredKnobs::reasons(
        IgnoredKnobs::PageOnly + IgnoredKnobs::GrpcCalls + QList{ScenarioKnob::MaxTlsVersion});
    ignored.insert(ScenarioKnob::Clients, tr("The shoot-out has one client per protocol."));
    // Compressing only D would make its bytes incomparable with the other three protocols'.
    ignored.insert(ScenarioKnob::WebSocketCompression,
                   tr("The shoot-out compares the four protocols as they are; its WebSocket side sends "
                      "uncompressed messages."));
    QMap<ScenarioKnob, QString> ignoredH3 = ignored;
    ignored.insert(ScenarioKnob::Tls,
                   tr("The protocol shoot-out always runs A in cleartext and B–D over TLS."));
    ignored.insert(ScenarioKnob::PollInterval,
                   tr("A and B long-poll, C streams and D is pushed to: no side polls at an interval."));
    ignoredH3.insert(ScenarioKnob::Tls, tr("This shoot-out runs every side encrypted: A to D over TLS, B's "
                                           "TLS inside QUIC."));
    ignoredH3.insert(ScenarioKnob::PollInterval,
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
        {QString(ProtocolShootoutH3),
         tr("Protocol shoot-out over TLS and QUIC: HTTPS, HTTP/3, gRPC and WebSocket"),
         tr("The protocol shoot-out with every side encrypted, so that the comparison is fair on security: "
            "the client asks for the items (objects) and the server answers each, then the server has news "
            "a number of times a second (updates a second, for the duration) and the client must learn "
            "each. A: HTTPS (a browser's pool of HTTP/1.1 connections over TLS, updates by long polling); "
            "B: HTTP/3 over QUIC (every request a stream of one connection over UDP, updates by long "
            "polling too, since browsers dropped server push); C: gRPC over HTTP/2 and TLS (unary calls, "
            "updates on one server-streaming call); D: a WebSocket over TLS (requests and answers as "
            "messages, updates pushed). Latency, bytes, connections and which protocol pushes and streams "
            "are measured; whether a protocol is human-readable or browser-native is a fact about it."),
         ignoredH3, defaults},
    };
}

bool ShootoutScenarios::has(const QString& id)
{
    return id == ProtocolShootout || id == ProtocolShootoutH3;
}

bool ShootoutScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    QList<ScenarioSide> sides;
    for (const ShootoutProtocol protocol : protocolsOf(scenario->id)) {
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

#include "core/session/grpcscenarios.h"

#include "core/session/grpcsession.h"
#include "core/session/ignoredknobs.h"

namespace protoviz {

namespace {

constexpr QLatin1String RestVsGrpc("rest-vs-grpc");
constexpr QLatin1String GrpcStreaming("grpc-streaming");

GrpcSessionConfig configFor(const ScenarioKnobs& knobs, GrpcSessionConfig::Api api,
                            GrpcSessionConfig::Pattern pattern)
{
    GrpcSessionConfig config;
    config.api = api;
    config.pattern = pattern;
    config.tls = knobs.tls;
    config.link = knobs.link;
    config.items = knobs.objects;
    config.itemSize = knobs.objectSize;
    // Only the HTTP/1.1 sides keep a pool: HTTP/2 ones must not record a knob they ignore.
    if (!config.usesHttp2())
        config.connectionsPerHost = knobs.connectionsPerHost;
    config.timeoutSeconds = knobs.timeoutSeconds;
    config.keyLogPath = knobs.keyLogPath;
    config.title = config.protocolLabel();
    return config;
}

bool side(const GrpcSessionConfig& config, ScenarioSide* side, QString* error)
{
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    *side = {config.title, config.toVariantMap(),
             [config](Timeline* timeline) -> SessionWorker* { return new GrpcSession(config, timeline); }};
    return true;
}

} // namespace

QList<ScenarioCatalog::Entry> GrpcScenarios::entries()
{
    const QMap<ScenarioKnob, QString> restVsGrpc =
        IgnoredKnobs::reasons(IgnoredKnobs::PageOnly + IgnoredKnobs::Updates + IgnoredKnobs::GrpcCalls +
                              QList{ScenarioKnob::MaxTlsVersion});
    QMap<ScenarioKnob, QString> streaming = restVsGrpc;
    streaming.insert(ScenarioKnob::Connections, tr("Every gRPC call shares one HTTP/2 connection."));
    ScenarioKnobs defaults;
    // Ten small items keep every call and stream readable on the ladder.
    defaults.objects = 10;
    defaults.objectSize = 1024;
    return {
        {QString(RestVsGrpc), tr("REST/JSON over HTTP/1.1 against gRPC over HTTP/2, and the steps between"),
         tr("The same items from the same server, four ways, laid out as a square: left to right the HTTP "
            "version changes, top to bottom the encoding. A reads each item as a JSON document from a REST "
            "API (GET /api/items/N) over a browser's pool of HTTP/1.1 connections. B changes only the "
            "transport: the same JSON requests, each a stream on one HTTP/2 connection. C changes only the "
            "encoding: the same HTTP/1.1 pool, asking for Protobuf (Accept: application/x-protobuf). D "
            "changes both: a unary gRPC call (GetItem) per item on one HTTP/2 connection, every item a "
            "Protobuf message. Each item carries a thumbnail of the Object size knob's bytes, which JSON "
            "must write as base64."),
         restVsGrpc, defaults},
        {QString(GrpcStreaming), tr("gRPC: one message per exchange against streams"),
         tr("The four gRPC call types moving the same items down and back up over one HTTP/2 connection. A "
            "waits for every answer: a unary call (GetItem) per item, one after another, then each item back "
            "through a bidirectional stream (Exchange), the next sent once the last was acknowledged. B "
            "streams: every item in one server-streaming call (ListItems), then all back in one "
            "client-streaming call (UploadItems), answered once. A pays a round trip and, for the unary "
            "calls, a header block and trailers per item; B pays them once per call."),
         streaming, defaults},
    };
}

bool GrpcScenarios::has(const QString& id)
{
    return id == RestVsGrpc || id == GrpcStreaming;
}

bool GrpcScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    using Api = GrpcSessionConfig::Api;
    using Pattern = GrpcSessionConfig::Pattern;
    QList<GrpcSessionConfig> configs;
    if (scenario->id == RestVsGrpc) {
        // A square of one change at a time: A→B changes the transport only, A→C the encoding only, and
        // D (gRPC) both, so that B→D and C→D show each change again from the other side. gRPC comes last
        // because it is where both changes lead.
        configs = {configFor(knobs, Api::Rest, Pattern::Fetch),
                   configFor(knobs, Api::RestJsonHttp2, Pattern::Fetch),
                   configFor(knobs, Api::ProtobufHttp1, Pattern::Fetch),
                   configFor(knobs, Api::Grpc, Pattern::Fetch)};
    } else {
        GrpcSessionConfig a = configFor(knobs, Api::Grpc, Pattern::OneAtATime);
        GrpcSessionConfig b = configFor(knobs, Api::Grpc, Pattern::Streams);
        a.title = tr("%1, one message per exchange").arg(a.title);
        b.title = tr("%1, streams").arg(b.title);
        configs = {a, b};
    }
    QList<ScenarioSide> sides;
    for (const GrpcSessionConfig& config : configs) {
        ScenarioSide built;
        if (!side(config, &built, error))
            return false;
        sides.append(built);
    }
    scenario->sides = sides;
    return true;
}

} // namespace protoviz

#include "core/session/grpcscenarios.h"

#include "core/session/grpcsession.h"

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
    return {
        {QString(RestVsGrpc), tr("REST/JSON over HTTP/1.1 against gRPC over HTTP/2"),
         tr("The same items from the same server: A reads each as a JSON document from a REST API (GET "
            "/api/items/N) over a browser's pool of HTTP/1.1 connections; B asks for each with a unary gRPC "
            "call (GetItem), every call a stream on one HTTP/2 connection, every item a protobuf message. "
            "Items carry --object-size bytes of thumbnail, which JSON must write as base64.")},
        {QString(GrpcStreaming), tr("gRPC: one message per exchange against streams"),
         tr("The four gRPC call types moving the same items down and back up over one HTTP/2 connection. A "
            "waits for every answer: a unary call (GetItem) per item, one after another, then each item back "
            "through a bidirectional stream (Exchange), the next sent once the last was acknowledged. B "
            "streams: every item in one server-streaming call (ListItems), then all back in one "
            "client-streaming call (UploadItems), answered once. A pays a round trip and, for the unary "
            "calls, a header block and trailers per item; B pays them once per call.")},
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
    GrpcSessionConfig a;
    GrpcSessionConfig b;
    if (scenario->id == RestVsGrpc) {
        a = configFor(knobs, Api::Rest, Pattern::Fetch);
        b = configFor(knobs, Api::Grpc, Pattern::Fetch);
    } else {
        a = configFor(knobs, Api::Grpc, Pattern::OneAtATime);
        b = configFor(knobs, Api::Grpc, Pattern::Streams);
        a.title = tr("%1, one message per exchange").arg(a.title);
        b.title = tr("%1, streams").arg(b.title);
    }
    return side(a, &scenario->a, error) && side(b, &scenario->b, error);
}

} // namespace protoviz

#include "core/session/grpcwebscenarios.h"

#include "core/session/grpcwebsession.h"
#include "core/session/ignoredknobs.h"

namespace protoviz {

namespace {

constexpr QLatin1String GrpcWeb("grpc-web");

std::optional<ScenarioSide> side(const ScenarioKnobs& knobs, GrpcWebSessionConfig::Client client,
                                 QString* error)
{
    GrpcWebSessionConfig config;
    config.client = client;
    config.link = knobs.link;
    config.calls = knobs.objects;
    config.itemSize = knobs.objectSize;
    config.connectionsPerHost = knobs.connectionsPerHost;
    config.deadlineMs = knobs.grpcDeadlineMs;
    config.workMs = knobs.grpcWorkMs;
    config.cancelAfterMs = knobs.grpcCancelAfterMs;
    config.timeoutSeconds = knobs.timeoutSeconds;
    config.title = config.protocolLabel();
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return ScenarioSide{config.title, config.toVariantMap(), [config](Timeline* timeline) -> SessionWorker* {
                            return new GrpcWebSession(config, timeline);
                        }};
}

} // namespace

QList<ScenarioCatalog::Entry> GrpcWebScenarios::entries()
{
    QMap<ScenarioKnob, QString> ignored = IgnoredKnobs::reasons(
        IgnoredKnobs::PageOnly + IgnoredKnobs::Updates + QList{ScenarioKnob::MaxTlsVersion});
    ignored.insert(ScenarioKnob::Tls,
                   tr("gRPC-Web against native gRPC runs in cleartext, so every byte can be read."));
    ScenarioKnobs defaults;
    // A few calls whose work outgrows their deadline: the first ones succeed, the last ones end with
    // DEADLINE_EXCEEDED, on both sides.
    defaults.objects = 6;
    defaults.grpcDeadlineMs = 400;
    defaults.grpcWorkMs = 600;
    return {
        {QString(GrpcWeb), tr("gRPC-Web through a proxy against native gRPC"),
         tr("The same unary GetItem calls. A is a browser: it cannot read HTTP/2 trailers, so it speaks "
            "gRPC-Web over HTTP/1.1 to a translating proxy, which calls the server with gRPC over HTTP/2 "
            "and writes the status into a trailer frame (flag 0x80) at the end of the response body. B "
            "calls the server natively over one HTTP/2 connection. A deadline gives each call a time limit "
            "(sent as grpc-timeout), the server's work grows from nothing on the first call to the full "
            "time on the last, and a cancel time gives up on calls still running: DEADLINE_EXCEEDED and "
            "CANCELLED, by RST_STREAM on HTTP/2 and by closing the connection on HTTP/1.1. Cleartext, so "
            "every byte can be read."),
         ignored, defaults}};
}

bool GrpcWebScenarios::has(const QString& id)
{
    return id == GrpcWeb;
}

bool GrpcWebScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    const std::optional<ScenarioSide> a = side(knobs, GrpcWebSessionConfig::Client::Browser, error);
    if (!a)
        return false;
    const std::optional<ScenarioSide> b = side(knobs, GrpcWebSessionConfig::Client::Native, error);
    if (!b)
        return false;
    scenario->sides = {*a, *b};
    return true;
}

} // namespace protoviz

#include "core/session/pollingscenarios.h"

#include "core/session/ignoredknobs.h"
#include "core/session/pollingsession.h"

namespace protoviz {

namespace {

struct Definition
{
    QLatin1String id;
    PollingJob job;
    PollingTransport a;
    PollingTransport b;
};

constexpr Definition definitions[] = {
    {QLatin1String("polling-vs-websocket"), PollingJob::Ticker, PollingTransport::ShortPolling,
     PollingTransport::WebSocket},
    {QLatin1String("long-polling-vs-websocket"), PollingJob::Ticker, PollingTransport::LongPolling,
     PollingTransport::WebSocket},
    {QLatin1String("short-vs-long-polling"), PollingJob::Ticker, PollingTransport::ShortPolling,
     PollingTransport::LongPolling},
    {QLatin1String("chat-polling-vs-websocket"), PollingJob::Chat, PollingTransport::ShortPolling,
     PollingTransport::WebSocket},
    {QLatin1String("chat-long-polling-vs-websocket"), PollingJob::Chat, PollingTransport::LongPolling,
     PollingTransport::WebSocket},
    {QLatin1String("chat-short-vs-long-polling"), PollingJob::Chat, PollingTransport::ShortPolling,
     PollingTransport::LongPolling},
};

const Definition* find(const QString& id)
{
    for (const Definition& definition : definitions) {
        if (definition.id == id)
            return &definition;
    }
    return nullptr;
}

PollingSessionConfig configFor(const ScenarioKnobs& knobs, PollingJob job, PollingTransport transport)
{
    PollingSessionConfig config;
    config.transport = transport;
    config.job = job;
    config.tls = knobs.tls;
    config.link = knobs.link;
    config.clients = knobs.clients;
    config.updatesPerSecond = knobs.updatesPerSecond;
    config.durationSeconds = knobs.durationSeconds;
    // Only short polling asks at an interval; the other transports keep the default, so that their
    // settings do not vary with a knob they ignore.
    if (transport == PollingTransport::ShortPolling)
        config.pollIntervalMs = knobs.pollIntervalMs;
    // Only WebSocket has messages to compress; HTTP polling keeps its settings whatever the knob says.
    if (transport == PollingTransport::WebSocket)
        config.webSocketCompression = knobs.webSocketCompression;
    config.timeoutSeconds = knobs.timeoutSeconds;
    config.keyLogPath = knobs.keyLogPath;
    config.title = config.transportLabel();
    return config;
}

bool side(const PollingSessionConfig& config, ScenarioSide* side, QString* error)
{
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    *side = {config.title, config.toVariantMap(),
             [config](Timeline* timeline) -> SessionWorker* { return new PollingSession(config, timeline); }};
    return true;
}

} // namespace

QList<ScenarioCatalog::Entry> PollingScenarios::entries()
{
    const QString ticker =
        tr("A ticker: the server publishes updates (as many a second and for as long as the "
           "Updates a second and Duration knobs say), and every client must get each one. ");
    const QString chat =
        tr("A chat: the clients take turns posting messages (as many a second and for as long as "
           "the Updates a second and Duration knobs say), and the server sends each to every "
           "client. ");
    const QString measured = tr("Measured per update: the delay from the server having it to the client "
                                "having it, and the bytes of HTTP headers or frame headers it cost.");
    const QString shortAgainstPush =
        tr("A asks with HTTP/1.1 short polling (a request at each Poll every interval, answered at once, "
           "often empty); B keeps a WebSocket open and the server pushes each update as a message. ");
    const QString longAgainstPush =
        tr("A asks with HTTP/1.1 long polling (the server holds each request until there is news, the "
           "client asks again at once); B keeps a WebSocket open and the server pushes each update. ");
    const QString shortAgainstLong = tr("A polls at each Poll every interval (short polling); B long-polls, "
                                        "the server holding each request until there is news. ");
    const QMap<ScenarioKnob, QString> withShortPolling =
        IgnoredKnobs::reasons(IgnoredKnobs::Objects + IgnoredKnobs::PageOnly + IgnoredKnobs::GrpcCalls +
                              QList{ScenarioKnob::Connections, ScenarioKnob::MaxTlsVersion});
    QMap<ScenarioKnob, QString> withoutShortPolling = withShortPolling;
    withoutShortPolling.insert(ScenarioKnob::PollInterval,
                               tr("Long polling asks again as soon as an answer comes, and a WebSocket "
                                  "never asks: no side polls at an interval."));
    QMap<ScenarioKnob, QString> pollingOnly = withShortPolling;
    pollingOnly.insert(ScenarioKnob::WebSocketCompression,
                       tr("Both sides poll over HTTP/1.1: no side speaks WebSocket, so no message is "
                          "compressed."));
    ScenarioKnobs defaults;
    // Updates every half second and polls every 200 ms: most short polls come back empty, which is the
    // waste the comparison shows.
    defaults.clients = 3;
    defaults.updatesPerSecond = 2;
    defaults.durationSeconds = 3;
    defaults.pollIntervalMs = 200;
    return {
        {QString(definitions[0].id), tr("Ticker: HTTP short polling against WebSocket"),
         ticker + shortAgainstPush + measured, withShortPolling, defaults},
        {QString(definitions[1].id), tr("Ticker: HTTP long polling against WebSocket"),
         ticker + longAgainstPush + measured, withoutShortPolling, defaults},
        {QString(definitions[2].id), tr("Ticker: HTTP short polling against long polling"),
         ticker + shortAgainstLong + measured, pollingOnly, defaults},
        {QString(definitions[3].id), tr("Chat: HTTP short polling against WebSocket"),
         chat + shortAgainstPush + measured, withShortPolling, defaults},
        {QString(definitions[4].id), tr("Chat: HTTP long polling against WebSocket"),
         chat + longAgainstPush + measured, withoutShortPolling, defaults},
        {QString(definitions[5].id), tr("Chat: HTTP short polling against long polling"),
         chat + shortAgainstLong + measured, pollingOnly, defaults},
    };
}

bool PollingScenarios::has(const QString& id)
{
    return find(id) != nullptr;
}

bool PollingScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    const Definition* definition = find(scenario->id);
    if (!definition) {
        *error = tr("There is no polling scenario \"%1\".").arg(scenario->id);
        return false;
    }
    ScenarioSide sideA;
    ScenarioSide sideB;
    if (!side(configFor(knobs, definition->job, definition->a), &sideA, error) ||
        !side(configFor(knobs, definition->job, definition->b), &sideB, error))
        return false;
    scenario->sides = {sideA, sideB};
    return true;
}

} // namespace protoviz

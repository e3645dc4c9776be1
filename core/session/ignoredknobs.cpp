#include "core/session/ignoredknobs.h"

namespace protoviz {

const QList<ScenarioKnob> IgnoredKnobs::PageOnly{ScenarioKnob::LargeObjectSize, ScenarioKnob::Pipelining,
                                                 ScenarioKnob::ServerPush};
const QList<ScenarioKnob> IgnoredKnobs::Updates{ScenarioKnob::Clients, ScenarioKnob::UpdatesPerSecond,
                                                ScenarioKnob::Duration, ScenarioKnob::PollInterval,
                                                ScenarioKnob::WebSocketCompression};
const QList<ScenarioKnob> IgnoredKnobs::GrpcCalls{ScenarioKnob::GrpcDeadline, ScenarioKnob::GrpcWork,
                                                  ScenarioKnob::GrpcCancelAfter};
const QList<ScenarioKnob> IgnoredKnobs::Objects{ScenarioKnob::Objects, ScenarioKnob::ObjectSize};

QString IgnoredKnobs::reason(ScenarioKnob knob)
{
    switch (knob) {
    case ScenarioKnob::Objects:
    case ScenarioKnob::ObjectSize:
        return tr("Only page loads and API calls have objects; here the updates make the work.");
    case ScenarioKnob::LargeObjectSize:
        return tr("Only page loads have a large first object.");
    case ScenarioKnob::Connections:
        return tr("This scenario opens no pool of HTTP/1.1 connections.");
    case ScenarioKnob::MaxTlsVersion:
        return tr("Only page loads and the eavesdropper scenarios let you choose the newest TLS version.");
    case ScenarioKnob::Pipelining:
        return tr("Only HTTP/1.1 against HTTP/2 lets you choose pipelining (the pipelining scenario sets it "
                  "itself).");
    case ScenarioKnob::ServerPush:
        return tr("Only HTTP/1.1 against HTTP/2 lets you choose server push (the push scenario sets it "
                  "itself).");
    case ScenarioKnob::Tls:
        return tr("This scenario decides itself which side uses TLS.");
    case ScenarioKnob::Clients:
    case ScenarioKnob::UpdatesPerSecond:
    case ScenarioKnob::Duration:
        return tr("Only the polling, WebSocket and shoot-out scenarios have updates.");
    case ScenarioKnob::PollInterval:
        return tr("Only short polling asks at an interval; here no side polls that way.");
    case ScenarioKnob::WebSocketCompression:
        return tr("No side of this scenario speaks WebSocket, so there are no messages to compress.");
    case ScenarioKnob::GrpcDeadline:
    case ScenarioKnob::GrpcWork:
    case ScenarioKnob::GrpcCancelAfter:
        return tr("Only gRPC-Web against native gRPC sets deadlines, server work and cancelling.");
    }
    return {};
}

QMap<ScenarioKnob, QString> IgnoredKnobs::reasons(const QList<ScenarioKnob>& knobs)
{
    QMap<ScenarioKnob, QString> map;
    for (const ScenarioKnob knob : knobs)
        map.insert(knob, reason(knob));
    return map;
}

} // namespace protoviz

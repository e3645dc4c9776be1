#include "core/session/http3scenarios.h"

#include "core/session/ignoredknobs.h"
#include "core/session/pageloadsession.h"

namespace protoviz {

namespace {

const QString H2VsH3 = QStringLiteral("h2-vs-h3");
const QString H3ZeroRtt = QStringLiteral("h3-0rtt");

SessionConfig pageConfig(const ScenarioKnobs& knobs, HttpVersion http)
{
    SessionConfig config;
    config.http = http;
    // QUIC always carries TLS 1.3: the HTTP/2 side runs over TLS 1.3 too, so that only the transport
    // differs.
    config.tls = true;
    config.maxTlsVersion = TlsVersion::Tls13;
    config.link = knobs.link;
    config.objects = knobs.objects;
    config.objectSize = knobs.objectSize;
    config.largeObjectSize = knobs.largeObjectSize;
    config.timeoutSeconds = knobs.timeoutSeconds;
    config.keyLogPath = knobs.keyLogPath;
    config.title = config.protocolLabel();
    return config;
}

std::optional<ScenarioSide> side(const SessionConfig& config, QString* error)
{
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return ScenarioSide{config.title, config.toVariantMap(),
                        [config](Timeline* timeline) { return PageLoadSession::create(config, timeline); }};
}

} // namespace

QList<ScenarioCatalog::Entry> Http3Scenarios::entries()
{
    QMap<ScenarioKnob, QString> ignored =
        IgnoredKnobs::reasons(IgnoredKnobs::Updates + IgnoredKnobs::GrpcCalls +
                              QList{ScenarioKnob::Pipelining, ScenarioKnob::ServerPush});
    ignored.insert(ScenarioKnob::Connections,
                   tr("Both sides use one connection: HTTP/2 multiplexes on TCP, HTTP/3 on QUIC."));
    ignored.insert(ScenarioKnob::Tls,
                   tr("HTTP/3 always encrypts (QUIC carries TLS), so both sides use TLS."));
    ignored.insert(ScenarioKnob::MaxTlsVersion,
                   tr("QUIC always uses TLS 1.3, so both sides use TLS 1.3 and only the transport differs."));

    ScenarioKnobs atLoss;
    // A lossy, distant path and a page of a couple of dozen objects: enough packets that some are lost
    // in every run, few enough that a run takes seconds.
    atLoss.link.rttNs = 80'000'000;
    atLoss.link.lossRate = 0.02;
    atLoss.objects = 24;
    ScenarioKnobs returning;
    // A clean, distant path and a small page: the handshake's round trip is what differs.
    returning.link.rttNs = 100'000'000;
    returning.objects = 2;

    return {
        {H2VsH3, tr("HTTP/2 against HTTP/3"),
         tr("The same page over HTTP/2 on TLS (one TCP connection) and over HTTP/3 (one QUIC connection). "
            "Both multiplex every request on their one connection, but TCP delivers bytes only in order: "
            "one lost TCP segment stalls every HTTP/2 stream until it is sent again. QUIC knows its "
            "streams apart, so a lost QUIC packet stalls only the streams whose data it carried. QUIC "
            "also folds the TLS handshake into its own, one round trip instead of two."),
         ignored, atLoss},
        {H3ZeroRtt, tr("HTTP/3 first visit against 0-RTT resumption"),
         tr("A is a first visit: a fresh QUIC connection, whose handshake takes one round trip before the "
            "request may go. B is a returning client: it resumes the TLS session of an earlier connection "
            "(made before the clock started) and sends its request as 0-RTT early data with its very "
            "first packet, so the response comes one round trip sooner. Early data can be replayed by an "
            "attacker, which is why only safe requests such as GET should travel in it."),
         ignored, returning},
    };
}

bool Http3Scenarios::has(const QString& id)
{
    return id == H2VsH3 || id == H3ZeroRtt;
}

bool Http3Scenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    SessionConfig a;
    SessionConfig b;
    if (scenario->id == H2VsH3) {
        a = pageConfig(knobs, HttpVersion::Http2);
        b = pageConfig(knobs, HttpVersion::Http3);
    } else {
        a = pageConfig(knobs, HttpVersion::Http3);
        a.title = tr("HTTP/3, first visit");
        b = pageConfig(knobs, HttpVersion::Http3);
        b.earlyData = true;
        b.title = tr("HTTP/3, returning with 0-RTT");
    }
    const std::optional<ScenarioSide> sideA = side(a, error);
    if (!sideA)
        return false;
    const std::optional<ScenarioSide> sideB = side(b, error);
    if (!sideB)
        return false;
    scenario->sides = {*sideA, *sideB};
    return true;
}

} // namespace protoviz

#include "core/session/tlsscenarios.h"

#include "core/session/ignoredknobs.h"
#include "core/session/tlshandshakeconfig.h"
#include "core/session/tlshandshakesession.h"

namespace protoviz {

namespace {

using Resumption = TlsHandshakeConfig::Resumption;

TlsHandshakeConfig baseConfig(const ScenarioKnobs& knobs, const QString& title)
{
    TlsHandshakeConfig config;
    config.title = title;
    config.link = knobs.link;
    config.objects = knobs.objects;
    config.objectSize = knobs.objectSize;
    config.timeoutSeconds = knobs.timeoutSeconds;
    config.keyLogPath = knobs.keyLogPath;
    return config;
}

TlsHandshakeConfig onlyTls12(TlsHandshakeConfig config)
{
    // Both sides stop at 1.2, so that the server's random carries no downgrade sentinel to explain.
    config.clientMaxVersion = config.serverMaxVersion = TlsVersion::Tls12;
    return config;
}

TlsHandshakeConfig onlyTls13(TlsHandshakeConfig config)
{
    config.clientMinVersion = config.serverMinVersion = TlsVersion::Tls13;
    return config;
}

std::optional<ScenarioSide> side(const TlsHandshakeConfig& config, QString* error)
{
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return ScenarioSide{config.title, config.toVariantMap(), [config](Timeline* timeline) -> SessionWorker* {
                            return new TlsHandshakeSession(config, timeline);
                        }};
}

} // namespace

QList<ScenarioCatalog::Entry> TlsScenarios::entries()
{
    QMap<ScenarioKnob, QString> ignored =
        IgnoredKnobs::reasons(IgnoredKnobs::PageOnly + IgnoredKnobs::Updates + IgnoredKnobs::GrpcCalls +
                              QList{ScenarioKnob::Connections});
    ignored.insert(ScenarioKnob::Tls, tr("A TLS scenario always runs over TLS."));
    ignored.insert(ScenarioKnob::MaxTlsVersion,
                   tr("The TLS versions of each side are what this scenario sets."));
    const ScenarioKnobs defaults;
    return {
        {QStringLiteral("tls12-vs-tls13"), tr("TLS 1.2 against TLS 1.3"),
         tr("One HTTPS request after a full handshake: TLS 1.2 needs two round trips before the request "
            "may go, TLS 1.3 one, because its ClientHello already carries a key share. The first response "
            "byte arrives after 4 and 3 round trips (TCP included)."),
         ignored, defaults},
        {QStringLiteral("tls12-full-vs-resumed"), tr("TLS 1.2: full handshake against session ticket"),
         tr("TLS 1.2 with a full handshake, against one resuming a session from a ticket obtained before: "
            "the server skips its certificate and key exchange, and the handshake takes one round trip "
            "instead of two."),
         ignored, defaults},
        {QStringLiteral("tls13-full-vs-resumed"), tr("TLS 1.3: full handshake against resumption (PSK)"),
         tr("TLS 1.3 with a full handshake, against one resuming a session from a ticket (a pre-shared "
            "key): no certificate crosses the wire, yet it still takes one round trip; the gain is bytes "
            "and signature work."),
         ignored, defaults},
        {QStringLiteral("tls13-resumed-vs-0rtt"), tr("TLS 1.3: resumption against 0-RTT early data"),
         tr("Both resume a session; B also sends its request as early data with the ClientHello, so the "
            "response comes one round trip sooner (2 instead of 3). Early data has no forward secrecy and "
            "can be replayed, which is why the server must allow it."),
         ignored, defaults},
        {QStringLiteral("tls13-vs-hrr"), tr("TLS 1.3 against a HelloRetryRequest"),
         tr("The client sends an X25519 key share. In A the server takes it; in B the server accepts only "
            "P-256 and answers with a HelloRetryRequest, so the client must send a second ClientHello: "
            "one round trip more."),
         ignored, defaults},
        {QStringLiteral("tls-untrusted"), tr("TLS 1.3 against an untrusted certificate"),
         tr("A trusts the authority that signed the server's certificate; B trusts another one, so its "
            "client refuses the certificate with the unknown_ca alert and the handshake fails (B fails on "
            "purpose)."),
         ignored, defaults},
        {QStringLiteral("tls-version-mismatch"), tr("TLS 1.3 against a version mismatch"),
         tr("A's client and server share TLS 1.3; B's client allows TLS 1.2 at most while its server "
            "requires TLS 1.3, so the server answers the ClientHello with the protocol_version alert (B "
            "fails on purpose)."),
         ignored, defaults},
    };
}

bool TlsScenarios::has(const QString& id)
{
    for (const ScenarioCatalog::Entry& entry : entries()) {
        if (entry.id == id)
            return true;
    }
    return false;
}

bool TlsScenarios::make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error)
{
    const QString& id = scenario->id;
    TlsHandshakeConfig a;
    TlsHandshakeConfig b;
    if (id == QLatin1String("tls12-vs-tls13")) {
        a = onlyTls12(baseConfig(knobs, tr("TLS 1.2")));
        b = baseConfig(knobs, tr("TLS 1.3"));
    } else if (id == QLatin1String("tls12-full-vs-resumed")) {
        a = onlyTls12(baseConfig(knobs, tr("TLS 1.2, full handshake")));
        b = onlyTls12(baseConfig(knobs, tr("TLS 1.2, resumed (session ticket)")));
        b.resumption = Resumption::Resume;
    } else if (id == QLatin1String("tls13-full-vs-resumed")) {
        a = onlyTls13(baseConfig(knobs, tr("TLS 1.3, full handshake")));
        b = onlyTls13(baseConfig(knobs, tr("TLS 1.3, resumed (PSK)")));
        b.resumption = Resumption::Resume;
    } else if (id == QLatin1String("tls13-resumed-vs-0rtt")) {
        a = onlyTls13(baseConfig(knobs, tr("TLS 1.3, resumed (PSK)")));
        a.resumption = Resumption::Resume;
        b = onlyTls13(baseConfig(knobs, tr("TLS 1.3, resumed, 0-RTT early data")));
        b.resumption = Resumption::EarlyData;
    } else if (id == QLatin1String("tls13-vs-hrr")) {
        const QList<QByteArray> both{QByteArrayLiteral("X25519"), QByteArrayLiteral("P-256")};
        a = onlyTls13(baseConfig(knobs, tr("TLS 1.3, key share accepted")));
        a.clientGroups = a.serverGroups = both;
        b = onlyTls13(baseConfig(knobs, tr("TLS 1.3, HelloRetryRequest")));
        b.clientGroups = both;
        b.serverGroups = {QByteArrayLiteral("P-256")};
    } else if (id == QLatin1String("tls-untrusted")) {
        a = onlyTls13(baseConfig(knobs, tr("TLS 1.3, trusted certificate")));
        b = onlyTls13(baseConfig(knobs, tr("TLS 1.3, untrusted certificate")));
        b.clientTrustsServer = false;
    } else {
        a = onlyTls13(baseConfig(knobs, tr("TLS 1.3 on both sides")));
        b = baseConfig(knobs, tr("client TLS 1.2 at most, server TLS 1.3 only"));
        b.clientMaxVersion = TlsVersion::Tls12;
        b.serverMinVersion = TlsVersion::Tls13;
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

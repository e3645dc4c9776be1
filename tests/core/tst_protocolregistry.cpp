#include "core/timeline/eventnames.h"
#include "core/timeline/protocoldescriptor.h"

#include <QSet>
#include <QTest>

using namespace protoviz;

// Every Layer value, from the first to the last one the enum declares.
QList<Layer> allLayers()
{
    return {Layer::Session,   Layer::Wire, Layer::Tls,  Layer::Http1, Layer::Http2,
            Layer::WebSocket, Layer::Grpc, Layer::Quic, Layer::Http3};
}

class ProtocolRegistryTest : public QObject
{
    Q_OBJECT

private slots:
    void everyLayerHasItsOwnDescriptor();
    void namesRoundTrip();
    void keyEventsAreTheLayersOwnAndDistinct();
    void errorsAreFailuresAndSayWho();
    void everyKindIsDescribedInWords();
    void describesFromTheRecord();
    void picturesOfAConnectionAskTheLayers();
};

void ProtocolRegistryTest::everyLayerHasItsOwnDescriptor()
{
    QCOMPARE(qsizetype(ProtocolRegistry::all().size()), allLayers().size());
    QSet<QString> ids;
    for (const Layer layer : allLayers()) {
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(layer);
        QCOMPARE(protocol.layer(), layer);
        QVERIFY(!protocol.title().isEmpty());
        QVERIFY2(!ids.contains(protocol.id().toString()), qPrintable(protocol.id().toString()));
        ids.insert(protocol.id().toString());
    }
}

void ProtocolRegistryTest::namesRoundTrip()
{
    for (const Layer layer : allLayers()) {
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(layer);
        QCOMPARE(layerFromName(layerName(layer)), std::optional<Layer>(layer));
        QSet<QString> names;
        for (const EventKindName& entry : protocol.kindNames()) {
            const QString name = kindName(layer, entry.kind);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(kindFromName(layer, name), std::optional<quint8>(entry.kind));
        }
        // A kind the layer does not know keeps its number, so a newer recording still loads.
        QCOMPARE(kindName(layer, 0xee), QStringLiteral("kind-238"));
        QCOMPARE(kindFromName(layer, u"kind-238"), std::optional<quint8>(0xee));
        QCOMPARE(kindFromName(layer, u"no such kind"), std::nullopt);
    }
    QCOMPARE(layerFromName(u"no such layer"), std::nullopt);
}

void ProtocolRegistryTest::keyEventsAreTheLayersOwnAndDistinct()
{
    for (const Layer layer : allLayers()) {
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(layer);
        QSet<int> roles;
        for (const Event& sample : protocol.keyEvents()) {
            QCOMPARE(sample.layer, layer);
            // A key lists each look once: two samples with one role would be one entry drawn twice.
            const int role = int(protocol.role(sample));
            QVERIFY2(!roles.contains(role), qPrintable(protocol.kindName(sample.kind)));
            roles.insert(role);
        }
    }
}

void ProtocolRegistryTest::errorsAreFailuresAndSayWho()
{
    for (const Layer layer : allLayers()) {
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(layer);
        for (const EventKindName& entry : protocol.kindNames()) {
            const Event event{.layer = layer, .kind = entry.kind, .origin = Origin::Server};
            if (!protocol.isError(event))
                continue;
            QCOMPARE(protocol.role(event), UnitRole::Failure);
            QVERIFY(!protocol.isUnit(event));
            QVERIFY2(protocol.sentence(event, QStringLiteral("server")).startsWith(u"server "),
                     qPrintable(protocol.kindName(entry.kind)));
        }
    }
}

void ProtocolRegistryTest::everyKindIsDescribedInWords()
{
    for (const Layer layer : allLayers()) {
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(layer);
        for (const EventKindName& entry : protocol.kindNames()) {
            const Event event{.layer = layer, .kind = entry.kind, .origin = Origin::Client};
            const QString words = protocol.sentence(event, QStringLiteral("client"));
            const QString phrase = protocol.unitPhrase(event);
            QVERIFY2(!words.isEmpty() || !phrase.isEmpty(), qPrintable(protocol.kindName(entry.kind)));
            if (protocol.isUnit(event) || protocol.isError(event))
                QVERIFY2(!protocol.unitHeading(event, QStringLiteral("label")).isEmpty(),
                         qPrintable(protocol.kindName(entry.kind)));
            // Words are for people: the engine's identifiers (SegmentSent, HandshakeMessage) never show.
            QVERIFY2(!words.contains(u"Kind") && !phrase.contains(u"Kind"), qPrintable(phrase));
        }
    }
}

void ProtocolRegistryTest::describesFromTheRecord()
{
    const Event held{.layer = Layer::Wire,
                     .kind = kindOf(WireKind::SegmentDelivered),
                     .origin = Origin::Link,
                     .direction = Direction::ServerToClient,
                     .flags = WireFlag::HeadOfLineBlocked,
                     .stream = 7,
                     .size = 1200,
                     .timeNs = 30'000'000,
                     .value = 10'000'000};
    const ProtocolDescriptor& wire = ProtocolRegistry::of(held);
    const QString description = wire.describe(held, EventDetail());
    QVERIFY2(description.contains(u"segment 7") && description.contains(u"1,200 bytes") &&
                 description.contains(u"20.000 ms") && description.contains(u"head-of-line"),
             qPrintable(description));
    QCOMPARE(wire.position(held), QStringLiteral("segment 7"));
    QVERIFY(!wire.whyNoBytes(held).isEmpty());

    const Event settings{.layer = Layer::Http2, .kind = kindOf(Http2Kind::Settings)};
    QCOMPARE(ProtocolRegistry::of(settings).position(settings), QStringLiteral("stream 0 (the connection)"));
    QCOMPARE(ProtocolRegistry::of(settings).describe(settings, EventDetail()),
             QStringLiteral("HTTP/2 SETTINGS"));
    QVERIFY(ProtocolRegistry::of(settings).whyNoBytes(settings).isEmpty());

    EventDetail head;
    head.fields = {{QStringLiteral("method"), QStringLiteral("GET")},
                   {QStringLiteral("target"), QStringLiteral("/")}};
    const Event request{.layer = Layer::Http1, .kind = kindOf(Http1Kind::RequestHead), .stream = 2};
    QCOMPARE(ProtocolRegistry::of(request).describe(request, head),
             QStringLiteral("HTTP/1.1 request head: GET /"));
    QCOMPARE(ProtocolRegistry::of(request).position(request), QStringLiteral("message 2"));
}

void ProtocolRegistryTest::picturesOfAConnectionAskTheLayers()
{
    QCOMPARE(std::size_t(allLayers().size()), LayerCount);
    QCOMPARE(ProtocolRegistry::of(Layer::Session).place(), LayerPlace::Session);
    QCOMPARE(ProtocolRegistry::of(Layer::Wire).place(), LayerPlace::Link);
    // A carrier (TLS, QUIC) runs a handshake whose messages count round trips, which completes and can
    // fail; no other layer steps one.
    for (const Layer layer : allLayers()) {
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(layer);
        bool message = false;
        bool completed = false;
        bool failed = false;
        for (const EventKindName& kind : protocol.kindNames()) {
            for (const Direction direction : {Direction::ClientToServer, Direction::ServerToClient}) {
                const HandshakeStep step =
                    protocol.handshakeStep(Event{.layer = layer, .kind = kind.kind, .direction = direction});
                message = message || step == HandshakeStep::Message;
                completed = completed || step == HandshakeStep::Completed;
                failed = failed || step == HandshakeStep::Failed;
            }
        }
        const bool carrier = protocol.place() == LayerPlace::Carrier;
        QVERIFY2(message == carrier && completed == carrier && failed == carrier,
                 qPrintable(protocol.id().toString()));
    }

    // The layer that names a connection where two meet on it: the WebSocket upgrade, gRPC on HTTP/2;
    // gRPC-Web leaves its connection an HTTP/1.1 one.
    QVERIFY(ProtocolRegistry::of(Layer::WebSocket).takesOver(Layer::Http1));
    QVERIFY(ProtocolRegistry::of(Layer::Grpc).takesOver(Layer::Http2));
    QVERIFY(!ProtocolRegistry::of(Layer::Grpc).takesOver(Layer::Http1));
    QVERIFY(!ProtocolRegistry::of(Layer::Http1).takesOver(Layer::WebSocket));

    // An HTTP/2 HEADERS frame asks for an object from the client and answers from the server; the
    // decoded header block says which object and how long it is.
    const ProtocolDescriptor& http2 = ProtocolRegistry::of(Layer::Http2);
    const Event ask{
        .layer = Layer::Http2, .kind = kindOf(Http2Kind::Headers), .direction = Direction::ClientToServer};
    const Event answer{
        .layer = Layer::Http2, .kind = kindOf(Http2Kind::Headers), .direction = Direction::ServerToClient};
    QCOMPARE(http2.exchangePart(ask), ExchangePart::Request);
    QCOMPARE(http2.exchangePart(answer), ExchangePart::ResponseHead);
    EventDetail block;
    block.fields = {{QStringLiteral(":path"), QStringLiteral("/tiles/3  (literal, indexed name)")},
                    {QStringLiteral("content-length"), QStringLiteral("3000  (literal)")}};
    QCOMPARE(http2.exchangeFacts(ask, block).path, QStringLiteral("/tiles/3"));
    QCOMPARE(http2.exchangeFacts(answer, block).length, 3000);
    // HTTP/1.1 says it with its heads and body runs.
    const ProtocolDescriptor& http1 = ProtocolRegistry::of(Layer::Http1);
    QCOMPARE(http1.exchangePart(Event{.layer = Layer::Http1, .kind = kindOf(Http1Kind::RequestHead)}),
             ExchangePart::Request);
    QCOMPARE(http1.exchangePart(Event{.layer = Layer::Http1, .kind = kindOf(Http1Kind::Body)}),
             ExchangePart::Body);
}

QTEST_GUILESS_MAIN(ProtocolRegistryTest)
#include "tst_protocolregistry.moc"

#include "tests/support/testsupport.h"

#include "core/export/recording.h"
#include "core/http/workload.h"
#include "core/http3/http3client.h"
#include "core/http3/http3server.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quiceventlog.h"
#include "core/quic/quicpacketdecoder.h"
#include "core/quic/quicresumption.h"
#include "core/quic/quictlscontext.h"
#include "core/timeline/eventnames.h"
#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace protoviz;
using protoviz::test::QuicTestTls;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 15000;
// H3_REQUEST_CANCELLED (RFC 9114 section 8.1): the client closes with it, so that both ends record an
// HTTP/3 error.
constexpr quint64 RequestCancelled = 0x10c;

/// Keeps what the endpoint reported and passes it on to the event log under test, so that the events
/// can be checked against the records they came from.
class Tee final : public QuicObserver
{
public:
    explicit Tee(EventRecorder recorder)
        : log(recorder)
    {
    }

    void packet(const QuicPacketRecord& record) override
    {
        packets.append(record);
        log.packet(record);
    }
    void milestone(const QuicMilestoneRecord& record) override { log.milestone(record); }
    void http3Frame(const Http3FrameRecord& record) override
    {
        frames.append(record);
        log.http3Frame(record);
    }
    void http3Headers(const Http3HeadersRecord& record) override { log.http3Headers(record); }
    void keyLogLine(const QByteArray& line) override { log.keyLogLine(line); }

    QuicEventLog log;
    QList<QuicPacketRecord> packets;
    QList<Http3FrameRecord> frames;
};

QList<Event> eventsOf(const Timeline& timeline, Origin origin, Layer layer)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.origin == origin && event.layer == layer)
            found.append(event);
    }
    return found;
}

QSet<quint8> kindsOf(const QList<Event>& events)
{
    QSet<quint8> kinds;
    for (const Event& event : events)
        kinds.insert(event.kind);
    return kinds;
}

} // namespace

class TestQuicEvents final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsAnHttp3Fetch();
    void recordsRejectedEarlyData();
    void recordsATransportError();
    void nothingWithoutATimeline();

private:
    void checkPackets(const Timeline& timeline, Origin origin, const Tee& tee);
    void checkFrames(const Timeline& timeline, Origin origin, const Tee& tee);
    void checkRecordingRoundTrip(const Timeline& timeline);
    void checkWords(const Timeline& timeline);

    std::shared_ptr<QuicTlsContext> m_serverTls;
    std::shared_ptr<QuicTlsContext> m_clientTls;
    QByteArray m_caCertificatePem;
};

void TestQuicEvents::initTestCase()
{
    QString error;
    const QuicTestTls tls = QuicTestTls::make(&error);
    QVERIFY2(tls.isValid(), qPrintable(error));
    m_serverTls = tls.server;
    m_clientTls = tls.client;
    m_caCertificatePem = tls.caCertificatePem;
}

void TestQuicEvents::recordsAnHttp3Fetch()
{
    Timeline timeline(SessionClock::startingNow());
    const Workload workload(3, 3000, 20000);
    Tee serverSide(EventRecorder(&timeline, Origin::Server, 1));
    Tee clientSide(EventRecorder(&timeline, Origin::Client, 1));

    Http3Server server(m_serverTls, workload);
    int accepted = 0;
    connect(&server, &Http3Server::connectionAccepted, this, [&](QuicConnection* connection) {
        ++accepted;
        connection->setObserver(&serverSide);
    });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    Http3Client client(m_clientTls, "localhost");
    client.setObserver(&clientSide);
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    QSignalSpy closed(&client, &Http3Client::closed);
    QSignalSpy ticket(&client, &Http3Client::resumptionAvailable);
    for (int i = 0; i < 3; ++i)
        client.get(Workload::objectPath(i));
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.port(), {}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 3, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!ticket.isEmpty(), TimeoutMs);
    client.connection()->close(RequestCancelled);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
    QCOMPARE(accepted, 1);

    // Milestones: the handshake on both sides in order, the ticket at the client, the end on both.
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> quic = eventsOf(timeline, origin, Layer::Quic);
        const QSet<quint8> kinds = kindsOf(quic);
        for (const QuicKind kind :
             {QuicKind::PacketSent, QuicKind::PacketReceived, QuicKind::HandshakeKeys, QuicKind::OneRttKeys,
              QuicKind::HandshakeComplete, QuicKind::HandshakeConfirmed, QuicKind::ConnectionClosed})
            QVERIFY2(kinds.contains(kindOf(kind)), qPrintable(kindName(Layer::Quic, kindOf(kind))));
        // Every payload decoded, and no transport error: the close was the application's.
        QVERIFY(!kinds.contains(kindOf(QuicKind::Error)));
        const auto indexOf = [&quic](QuicKind kind) {
            return std::find_if(quic.begin(), quic.end(),
                                [kind](const Event& e) { return e.kind == kindOf(kind); }) -
                   quic.begin();
        };
        QVERIFY(indexOf(QuicKind::HandshakeKeys) < indexOf(QuicKind::HandshakeComplete));
        QVERIFY(indexOf(QuicKind::HandshakeComplete) < indexOf(QuicKind::ConnectionClosed));
        for (const Event& event : quic) {
            QCOMPARE(event.connection, 1u);
            if (event.kind != kindOf(QuicKind::PacketSent) && event.kind != kindOf(QuicKind::PacketReceived))
                QCOMPARE(event.direction, Direction::None);
        }
        checkPackets(timeline, origin, origin == Origin::Client ? clientSide : serverSide);
        checkFrames(timeline, origin, origin == Origin::Client ? clientSide : serverSide);
    }
    QVERIFY(
        kindsOf(eventsOf(timeline, Origin::Client, Layer::Quic)).contains(kindOf(QuicKind::SessionTicket)));
    QVERIFY(!kindsOf(eventsOf(timeline, Origin::Client, Layer::Quic))
                 .contains(kindOf(QuicKind::EarlyDataOffered)));

    // The client's close with H3_REQUEST_CANCELLED: an HTTP/3 error at both ends, sent and received, and
    // the packets that carried it marked as closing.
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> http3 = eventsOf(timeline, origin, Layer::Http3);
        const auto closing = std::find_if(http3.begin(), http3.end(),
                                          [](const Event& e) { return e.kind == kindOf(Http3Kind::Error); });
        QVERIFY(closing != http3.end());
        QCOMPARE(closing->value, qint64(RequestCancelled));
        QCOMPARE(closing->direction, Direction::ClientToServer);
        QVERIFY(timeline.detail(*closing).text.contains(u"H3_REQUEST_CANCELLED"_s));
        QVERIFY(ProtocolRegistry::of(*closing).isError(*closing));
        const QList<Event> quic = eventsOf(timeline, origin, Layer::Quic);
        QVERIFY(std::any_of(quic.begin(), quic.end(), [](const Event& e) {
            return (e.flags & QuicPacketFlag::ConnectionClose) != 0 &&
                   ProtocolRegistry::of(e).role(e) == UnitRole::Fin;
        }));
    }

    checkRecordingRoundTrip(timeline);
    checkWords(timeline);
}

void TestQuicEvents::checkPackets(const Timeline& timeline, Origin origin, const Tee& tee)
{
    const Direction outgoing =
        origin == Origin::Client ? Direction::ClientToServer : Direction::ServerToClient;
    const Direction incoming =
        origin == Origin::Client ? Direction::ServerToClient : Direction::ClientToServer;
    QList<Event> packets;
    for (const Event& event : eventsOf(timeline, origin, Layer::Quic)) {
        if (ProtocolRegistry::of(event).isUnit(event))
            packets.append(event);
    }
    // One event per packet the endpoint reported, in the same order and of the same size.
    QVERIFY(tee.packets.size() > 10);
    QCOMPARE(packets.size(), tee.packets.size());
    std::map<std::pair<quint8, int>, qint64> largest; // (kind, packet type) → last packet number
    bool sawStreamFrame = false;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const Event& event = packets[i];
        const QuicPacketRecord& record = tee.packets[i];
        const bool sent = record.direction == QuicDirection::Sent;
        QCOMPARE(event.kind, kindOf(sent ? QuicKind::PacketSent : QuicKind::PacketReceived));
        QCOMPARE(event.direction, sent ? outgoing : incoming);
        QCOMPARE(event.size, quint32(record.size));
        QCOMPARE(event.overhead, quint32(record.size - record.payloadSize));
        QCOMPARE(event.value, qint64(record.packetNumber));
        QCOMPARE(event.flags & QuicPacketFlag::TypeMask, int(record.type));
        // Packet numbers rise in each number space and direction (0-RTT and 1-RTT share one; neither
        // occurs twice here with the other in between).
        qint64& last = largest.try_emplace({event.kind, int(record.type)}, -1).first->second;
        if (sent)
            QVERIFY2(event.value > last, qPrintable(u"packet %1 after %2"_s.arg(event.value).arg(last)));
        last = std::max(last, event.value);
        // The bytes: the unprotected header then the decrypted payload, with a field for every frame
        // located inside them.
        const EventDetail detail = timeline.detail(event);
        QCOMPARE(detail.bytes.size(), record.headerSize + record.payloadSize);
        QCOMPARE(detail.bytes, record.bytes);
        QCOMPARE(detail.fieldValue(u"packet number"), QString::number(record.packetNumber));
        QCOMPARE(detail.fields.size(), (record.longHeader ? 5 : 4) + record.frames.size());
        for (const Field& field : detail.fields) {
            QVERIFY(field.offset >= 0);
            QVERIFY(field.offset + field.length <= record.headerSize + record.payloadSize);
        }
        for (const QuicFrame& frame : record.frames) {
            if (frame.type != QuicFrameType::Stream)
                continue;
            sawStreamFrame = true;
            const auto field = std::find_if(detail.fields.begin(), detail.fields.end(), [&](const Field& f) {
                return f.offset == record.headerSize + frame.offsetInPayload;
            });
            QVERIFY(field != detail.fields.end());
            QCOMPARE(field->name, u"STREAM"_s);
            QVERIFY(field->value.startsWith(u"stream %1,"_s.arg(frame.streamId)));
        }
        QVERIFY(detail.text.startsWith(QuicPacketDecoder::packetTypeName(record.type)));
    }
    QVERIFY(sawStreamFrame);
}

void TestQuicEvents::checkFrames(const Timeline& timeline, Origin origin, const Tee& tee)
{
    QList<Event> frames;
    QList<Event> fields;
    for (const Event& event : eventsOf(timeline, origin, Layer::Http3)) {
        if (event.kind == kindOf(Http3Kind::HeaderFields))
            fields.append(event);
        else if (!ProtocolRegistry::of(event).isError(event))
            frames.append(event);
    }
    QVERIFY(tee.frames.size() >= 6);
    QCOMPARE(frames.size(), tee.frames.size());
    for (qsizetype i = 0; i < frames.size(); ++i) {
        QCOMPARE(frames[i].stream, quint32(tee.frames[i].streamId));
        QCOMPARE(frames[i].value, qint64(tee.frames[i].length));
        QCOMPARE(frames[i].size - frames[i].overhead, quint32(tee.frames[i].length));
        QVERIFY(frames[i].overhead >= 2);
    }
    const QSet<quint8> kinds = kindsOf(frames);
    for (const Http3Kind kind : {Http3Kind::Headers, Http3Kind::Data, Http3Kind::Settings})
        QVERIFY2(kinds.contains(kindOf(kind)), qPrintable(kindName(Layer::Http3, kindOf(kind))));
    // Requests on the client's bidirectional streams 0, 4 and 8: the client asks, the server answers 200.
    const Direction requests = Direction::ClientToServer;
    QSet<quint32> asked;
    for (const Event& event : fields) {
        const QString label = ProtocolRegistry::of(event).unitLabel(timeline, event);
        if (event.direction == requests) {
            QVERIFY2(label.startsWith(u"GET /"_s), qPrintable(label));
            asked.insert(event.stream);
        } else {
            QCOMPARE(label, u"200"_s);
        }
        QCOMPARE(event.value, qint64(timeline.detail(event).fields.size()));
    }
    QCOMPARE(asked, (QSet<quint32>{0, 4, 8}));
    for (const Event& event : frames) {
        if (event.kind == kindOf(Http3Kind::Headers) && event.direction == requests)
            QVERIFY(ProtocolRegistry::of(event).asks(event));
    }
}

void TestQuicEvents::checkRecordingRoundTrip(const Timeline& timeline)
{
    QString error;
    const QByteArray json = QJsonDocument(Recording::toJson(u"http3"_s, {&timeline})).toJson();
    QVERIFY(json.contains("\"quic\""));
    QVERIFY(json.contains("\"PacketSent\""));
    QVERIFY(json.contains("\"HeaderFields\""));
    const std::optional<Recording> back = Recording::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    const Timeline& restored = *back->sessions.first();
    QCOMPARE(restored.size(), timeline.size());
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const Event a = timeline.at(i);
        const Event b = restored.at(i);
        QCOMPARE(b.layer, a.layer);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.origin, a.origin);
        QCOMPARE(b.direction, a.direction);
        QCOMPARE(b.flags, a.flags);
        QCOMPARE(b.stream, a.stream);
        QCOMPARE(b.size, a.size);
        QCOMPARE(b.value, a.value);
        QCOMPARE(restored.detail(b).fields, timeline.detail(a).fields);
    }
}

void TestQuicEvents::checkWords(const Timeline& timeline)
{
    // What the events table says: a sentence of the descriptor, or "<who> sent <unit phrase>", in words
    // rather than the engine's kind names.
    for (const Event& event : timeline.events()) {
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(event);
        const QString sentence = protocol.sentence(event, u"client"_s);
        const QString words = sentence.isEmpty() ? protocol.unitPhrase(event) : sentence;
        QVERIFY(!words.isEmpty());
        QVERIFY2(!words.contains(protocol.kindName(event.kind)) ||
                     protocol.unitName(event) == protocol.kindName(event.kind),
                 qPrintable(words));
        QVERIFY2(words.contains(QLatin1Char(' ')), qPrintable(words));
        if (protocol.isUnit(event))
            QVERIFY(!protocol.unitHeading(event, QString()).isEmpty());
    }
    const Event initial{.layer = Layer::Quic, .kind = kindOf(QuicKind::PacketSent), .flags = 0};
    QCOMPARE(ProtocolRegistry::of(initial).unitPhrase(initial), u"a QUIC Initial packet"_s);
    const Event complete{.layer = Layer::Quic, .kind = kindOf(QuicKind::HandshakeComplete)};
    QCOMPARE(ProtocolRegistry::of(complete).sentence(complete, u"server"_s),
             u"server completed the QUIC handshake"_s);
    const Event data{.layer = Layer::Http3, .kind = kindOf(Http3Kind::Data)};
    QCOMPARE(ProtocolRegistry::of(data).unitPhrase(data), u"an HTTP/3 DATA frame"_s);
    QCOMPARE(layerName(Layer::Quic), u"quic"_s);
    QCOMPARE(layerName(Layer::Http3), u"http3"_s);
}

void TestQuicEvents::recordsRejectedEarlyData()
{
    // A ticket from one server shown to another, whose ticket key cannot read it: the client offers its
    // requests as 0-RTT, the server answers with a full handshake, and the client's timeline says the
    // early data was rejected (and sent again in 1-RTT).
    const Workload workload(1, 500);
    QuicResumption resumption;
    {
        Http3Server issuer(m_serverTls, workload);
        QString error;
        QVERIFY2(issuer.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        Http3Client first(m_clientTls, "localhost");
        QSignalSpy ticket(&first, &Http3Client::resumptionAvailable);
        first.get(Workload::objectPath(0));
        QVERIFY(first.connectToServer(QHostAddress::LocalHost, issuer.port()));
        QTRY_VERIFY_WITH_TIMEOUT(!ticket.isEmpty(), TimeoutMs);
        resumption = first.connection()->resumption();
        first.close();
    }
    QString error;
    const QuicTestTls other = QuicTestTls::make(&error);
    QVERIFY2(other.isValid(), qPrintable(error));
    Http3Server server(other.server, workload);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    Timeline timeline(SessionClock::startingNow());
    QuicEventLog clientLog(EventRecorder(&timeline, Origin::Client, 1));
    Http3Client client(other.client, "localhost");
    client.setObserver(&clientLog);
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    client.get(Workload::objectPath(0));
    QVERIFY(client.connectToServer(QHostAddress::LocalHost, server.port(), resumption));
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 1, TimeoutMs);
    client.close();

    const QList<Event> quic = eventsOf(timeline, Origin::Client, Layer::Quic);
    const QSet<quint8> kinds = kindsOf(quic);
    QVERIFY(kinds.contains(kindOf(QuicKind::EarlyDataOffered)));
    QVERIFY(kinds.contains(kindOf(QuicKind::EarlyDataRejected)));
    QVERIFY(!kinds.contains(kindOf(QuicKind::EarlyDataAccepted)));
    const auto rejected = std::find_if(quic.begin(), quic.end(), [](const Event& e) {
        return e.kind == kindOf(QuicKind::EarlyDataRejected);
    });
    QVERIFY(!ProtocolRegistry::of(*rejected).sentence(*rejected, u"client"_s).isEmpty());
    // The 0-RTT packet that carried the request is on the timeline with its bytes.
    QVERIFY(std::any_of(quic.begin(), quic.end(), [&timeline](const Event& e) {
        return e.kind == kindOf(QuicKind::PacketSent) && (e.flags & QuicPacketFlag::TypeMask) == 1 &&
               !timeline.detail(e).bytes.isEmpty();
    }));
}

void TestQuicEvents::recordsATransportError()
{
    // A client that expects another name than the server's certificate holds refuses it during the
    // handshake: its TLS stack raises alert 42 (bad_certificate), which QUIC carries as the transport
    // error CRYPTO_ERROR 0x12a (RFC 9001 section 4.8) in a CONNECTION_CLOSE of type 0x1c. Both ends
    // record it; both connections end at once, saying why.
    QString error;
    const std::shared_ptr<QuicTlsContext> wrongName =
        QuicTlsContext::forClient(m_caCertificatePem, u"elsewhere.example"_s, &error);
    QVERIFY2(wrongName, qPrintable(error));
    Timeline timeline(SessionClock::startingNow());
    QuicEventLog serverLog(EventRecorder(&timeline, Origin::Server, 1));
    QuicEventLog clientLog(EventRecorder(&timeline, Origin::Client, 1));
    Http3Server server(m_serverTls, Workload(1, 100));
    connect(&server, &Http3Server::connectionAccepted, this,
            [&serverLog](QuicConnection* connection) { connection->setObserver(&serverLog); });
    QSignalSpy serverClosed(&server, &Http3Server::connectionClosed);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    Http3Client client(wrongName, "elsewhere.example");
    client.setObserver(&clientLog);
    QSignalSpy closed(&client, &Http3Client::closed);
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    client.get(Workload::objectPath(0));
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.port(), {}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverClosed.size(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
    QVERIFY(responses.isEmpty());

    constexpr quint64 BadCertificate = 0x100 + 42;
    const QString clientError = closed.first().first().toString();
    QVERIFY2(clientError.contains(u"TLS handshake failed"_s) && clientError.contains(u"42"_s),
             qPrintable(clientError));
    const QString serverError = serverClosed.first().first().toString();
    QVERIFY2(serverError.contains(u"CRYPTO_ERROR (TLS alert 42)"_s), qPrintable(serverError));
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> quic = eventsOf(timeline, origin, Layer::Quic);
        QList<Event> errors;
        std::copy_if(quic.begin(), quic.end(), std::back_inserter(errors),
                     [](const Event& e) { return e.kind == kindOf(QuicKind::Error); });
        QCOMPARE(errors.size(), 1);
        const Event& closing = errors.first();
        QCOMPARE(closing.value, qint64(BadCertificate));
        QCOMPARE(closing.direction, Direction::ClientToServer);
        const EventDetail& detail = timeline.detail(closing);
        QCOMPARE(detail.fieldValue(u"error code"), u"0x12a"_s);
        QVERIFY2(detail.text.contains(u"QUIC transport error CRYPTO_ERROR (TLS alert 42)"_s),
                 qPrintable(detail.text));
        QVERIFY(ProtocolRegistry::of(closing).isError(closing));
        // The CONNECTION_CLOSE went in a packet of the handshake, never in 1-RTT: no keys for that yet.
        QVERIFY(std::any_of(quic.begin(), quic.end(), [](const Event& e) {
            return (e.flags & QuicPacketFlag::ConnectionClose) != 0 &&
                   (e.flags & QuicPacketFlag::TypeMask) != quint8(QuicPacketType::OneRtt);
        }));
        const QSet<quint8> kinds = kindsOf(quic);
        QVERIFY(kinds.contains(kindOf(QuicKind::ConnectionClosed)));
        QVERIFY(!kinds.contains(kindOf(QuicKind::HandshakeComplete)));
    }
}

void TestQuicEvents::nothingWithoutATimeline()
{
    // A log with an inactive recorder (an endpoint run without a timeline) records nothing and is safe.
    QuicEventLog log{EventRecorder()};
    QuicPacketRecord record;
    QuicFrame ping;
    ping.type = QuicFrameType::Ping;
    ping.size = 1;
    record.frames.append(ping);
    log.packet(record);
    log.milestone({});
    log.http3Frame({});
    log.http3Headers({});
}

QTEST_GUILESS_MAIN(TestQuicEvents)
#include "tst_quicevents.moc"

#include "tests/support/testsupport.h"

#include "core/http/workload.h"
#include "core/http3/http3client.h"
#include "core/http3/http3framescanner.h"
#include "core/http3/http3server.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quicobserver.h"
#include "core/quic/quicpacketdecoder.h"
#include "core/quic/quictlscontext.h"
#include "core/tls/certificateauthority.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <map>

using namespace protoviz;
using protoviz::test::QuicTestTls;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 15000;

/// Everything one endpoint reported, in order.
class Recorder final : public QuicObserver
{
public:
    void packet(const QuicPacketRecord& record) override { packets.append(record); }
    void milestone(const QuicMilestoneRecord& record) override { milestones.append(record.milestone); }
    void http3Frame(const Http3FrameRecord& record) override { frames.append(record); }
    void http3Headers(const Http3HeadersRecord& record) override { headers.append(record); }
    void keyLogLine(const QByteArray& line) override { keyLog.append(line); }

    QList<QuicPacketRecord> packets;
    QList<QuicMilestone> milestones;
    QList<Http3FrameRecord> frames;
    QList<Http3HeadersRecord> headers;
    QList<QByteArray> keyLog;

    QList<QuicPacketRecord> packetsOf(QuicDirection direction, QuicPacketType type) const
    {
        QList<QuicPacketRecord> found;
        for (const QuicPacketRecord& packet : packets) {
            if (packet.direction == direction && packet.type == type)
                found.append(packet);
        }
        return found;
    }

    /// STREAM frames on streamId in one direction, de-duplicated by offset (retransmissions count once).
    quint64 streamBytes(QuicDirection direction, quint64 streamId, bool* sawFin = nullptr) const
    {
        std::map<quint64, quint64> pieces;
        for (const QuicPacketRecord& packet : packets) {
            if (packet.direction != direction)
                continue;
            for (const QuicFrame& frame : packet.frames) {
                if (frame.type == QuicFrameType::Stream && frame.streamId == streamId) {
                    pieces[frame.offset] = std::max(pieces[frame.offset], frame.length);
                    if (frame.fin && sawFin)
                        *sawFin = true;
                }
            }
        }
        quint64 end = 0;
        for (const auto& [offset, length] : pieces)
            end = std::max(end, offset + length);
        return end;
    }

    int frameCount(QuicDirection direction, QuicFrameType type) const
    {
        int count = 0;
        for (const QuicPacketRecord& packet : packets) {
            if (packet.direction == direction)
                count += int(std::count_if(packet.frames.begin(), packet.frames.end(),
                                           [type](const QuicFrame& frame) { return frame.type == type; }));
        }
        return count;
    }

    quint64 http3Bytes(QuicDirection direction, quint64 streamId, Http3FrameType type) const
    {
        quint64 total = 0;
        for (const Http3FrameRecord& frame : frames) {
            if (frame.direction == direction && frame.streamId == streamId && frame.type == type)
                total += frame.length;
        }
        return total;
    }

    QSet<QByteArray> keyLogLabels() const
    {
        QSet<QByteArray> labels;
        for (const QByteArray& line : keyLog)
            labels.insert(line.split(' ').value(0));
        return labels;
    }
};

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray result;
    for (int value : values)
        result.append(char(value));
    return result;
}

} // namespace

class TestQuic final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decodesFrames();
    void rejectsMalformedFrames();
    void rejectsStreamDataBeyondMaximumOffset();
    void rejectsFrameEncodingErrors();
    void decodesHeaders();
    void expandsPacketNumbers();
    void scansHttp3Frames();
    void fetchesObjectsOverHttp3();
    void resumesWithEarlyData();
    void resendsRejectedEarlyData();
    void refusesEarlyDataWhenConfigured();
    void servesMoreRequestsThanItsStreamLimit();

private:
    std::shared_ptr<QuicTlsContext> m_serverTls;
    std::shared_ptr<QuicTlsContext> m_clientTls;
};

void TestQuic::initTestCase()
{
    QString error;
    const QuicTestTls tls = QuicTestTls::make(&error);
    QVERIFY2(tls.isValid(), qPrintable(error));
    m_serverTls = tls.server;
    m_clientTls = tls.client;
}

void TestQuic::decodesFrames()
{
    // PADDING x3, PING, ACK (largest 10, delay 5, first range 2, then gap 1 and length 3: 8..10 and
    // 2..5), STREAM with offset, length and FIN on stream 4, CRYPTO, MAX_STREAM_DATA, NEW_CONNECTION_ID,
    // HANDSHAKE_DONE and CONNECTION_CLOSE (transport, frame type 6, reason "bye").
    QByteArray payload = bytes({0, 0, 0, 0x01, 0x02, 10, 5, 1, 2, 1, 3, 0x0f, 4, 0x10, 3, 'a', 'b', 'c'});
    payload += bytes({0x06, 0x00, 0x02, 0x16, 0x03, 0x11, 0x08, 0x44, 0x00});
    payload += bytes({0x18, 0x01, 0x00, 0x04, 1, 2, 3, 4}) + QByteArray(16, '\x07');
    payload += bytes({0x1e, 0x1c, 0x0a, 0x06, 0x03, 'b', 'y', 'e'});
    QString error;
    const std::optional<QList<QuicFrame>> decoded = QuicPacketDecoder::decodeFrames(payload, &error);
    QVERIFY2(decoded, qPrintable(error));
    const QList<QuicFrame>& frames = *decoded;
    QCOMPARE(frames.size(), 9);
    QCOMPARE(frames[0].type, QuicFrameType::Padding);
    QCOMPARE(frames[0].size, 3);
    QCOMPARE(frames[1].type, QuicFrameType::Ping);
    QCOMPARE(frames[2].type, QuicFrameType::Ack);
    QCOMPARE(frames[2].value, 5u);
    QCOMPARE(frames[2].ackRanges, (QList<QuicAckRange>{{8, 10}, {2, 5}}));
    QCOMPARE(frames[3].type, QuicFrameType::Stream);
    QCOMPARE(frames[3].streamId, 4u);
    QCOMPARE(frames[3].offset, 16u);
    QCOMPARE(frames[3].length, 3u);
    QVERIFY(frames[3].fin);
    QCOMPARE(frames[4].type, QuicFrameType::Crypto);
    QCOMPARE(frames[4].length, 2u);
    QCOMPARE(frames[5].type, QuicFrameType::MaxStreamData);
    QCOMPARE(frames[5].streamId, 8u);
    QCOMPARE(frames[5].value, 0x400u);
    QCOMPARE(frames[6].type, QuicFrameType::NewConnectionId);
    QCOMPARE(frames[6].sequence, 1u);
    QCOMPARE(frames[6].connectionId, bytes({1, 2, 3, 4}));
    QCOMPARE(frames[7].type, QuicFrameType::HandshakeDone);
    QCOMPARE(frames[8].type, QuicFrameType::ConnectionClose);
    QCOMPARE(frames[8].errorCode, 0x0au);
    QCOMPARE(frames[8].triggeringFrameType, 6u);
    QCOMPARE(frames[8].reason, "bye"_ba);
    QCOMPARE(QuicPacketDecoder::frameTypeName(frames[8].type), u"CONNECTION_CLOSE"_s);
}

void TestQuic::rejectsMalformedFrames()
{
    QString error;
    // A STREAM frame whose length runs past the payload.
    QVERIFY(!QuicPacketDecoder::decodeFrames(bytes({0x0a, 0x00, 0x05, 'x'}), &error));
    QVERIFY(!error.isEmpty());
    // An ACK range below packet number zero.
    QVERIFY(!QuicPacketDecoder::decodeFrames(bytes({0x02, 1, 0, 0, 2})));
    // A truncated varint.
    QVERIFY(!QuicPacketDecoder::decodeFrames(bytes({0x10, 0x40})));
    // An unknown frame type.
    QVERIFY(!QuicPacketDecoder::decodeFrames(bytes({0x21})));
}

void TestQuic::rejectsStreamDataBeyondMaximumOffset()
{
    // Found by fuzz_quicpackets: STREAM and CRYPTO data may end at 2^62 - 1 in its stream but not beyond
    // (RFC 9000 sections 19.6 and 19.8); the decoder showed such frames as well formed. 0xff x 8 is the
    // offset 2^62 - 1, 0xff x 7 then 0xfe is 2^62 - 2.
    QString error;
    // STREAM (offset, length) and CRYPTO with one byte at 2^62 - 1.
    QVERIFY(!QuicPacketDecoder::decodeFrames(
        bytes({0x0e, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 'x'}), &error));
    QVERIFY(error.contains(u"2^62"_s));
    QVERIFY(!QuicPacketDecoder::decodeFrames(
        bytes({0x06, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 'x'})));
    // Without a length the data runs to the end of the packet: two bytes from 2^62 - 2 are one too many.
    QVERIFY(!QuicPacketDecoder::decodeFrames(
        bytes({0x0c, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 'x', 'y'})));
    // The last byte a stream can have is fine, and so is an empty CRYPTO frame at 2^62 - 1.
    const std::optional<QList<QuicFrame>> last = QuicPacketDecoder::decodeFrames(
        bytes({0x0e, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0x01, 'x'}), &error);
    QVERIFY2(last, qPrintable(error));
    QCOMPARE(last->front().offset, (quint64(1) << 62) - 2);
    QCOMPARE(last->front().length, 1u);
    QVERIFY(
        QuicPacketDecoder::decodeFrames(bytes({0x06, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00})));
}

void TestQuic::rejectsFrameEncodingErrors()
{
    // Found by fuzz_quicpackets: frames RFC 9000 calls a FRAME_ENCODING_ERROR were shown as well formed.
    QString error;
    // An empty NEW_TOKEN (section 19.7).
    QVERIFY(!QuicPacketDecoder::decodeFrames(bytes({0x07, 0x00}), &error));
    QVERIFY(error.contains(u"NEW_TOKEN"_s));
    // MAX_STREAMS and STREAMS_BLOCKED over 2^60 (sections 19.11 and 19.14); 2^60 itself is allowed.
    const QByteArray overMaximum = bytes({0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01});
    const QByteArray maximum = bytes({0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00});
    for (const int type : {0x12, 0x13, 0x16, 0x17}) {
        QVERIFY(!QuicPacketDecoder::decodeFrames(QByteArray(1, char(type)).append(overMaximum)));
        const std::optional<QList<QuicFrame>> atMaximum =
            QuicPacketDecoder::decodeFrames(QByteArray(1, char(type)).append(maximum));
        QVERIFY(atMaximum);
        QCOMPARE(atMaximum->front().value, quint64(1) << 60);
    }
    // A NEW_CONNECTION_ID whose retire prior to (2) is above its own sequence number (1) (section 19.15).
    QVERIFY(!QuicPacketDecoder::decodeFrames(
        bytes({0x18, 0x01, 0x02, 0x04, 1, 2, 3, 4}).append(QByteArray(16, '\x07')), &error));
    QVERIFY(error.contains(u"NEW_CONNECTION_ID"_s));
    QVERIFY(QuicPacketDecoder::decodeFrames(
        bytes({0x18, 0x02, 0x02, 0x04, 1, 2, 3, 4}).append(QByteArray(16, '\x07'))));
}

void TestQuic::decodesHeaders()
{
    // An Initial: version 1, DCID 8 bytes, SCID 0, token 0, length 0x4123 (two-byte varint), 2-byte packet
    // number 0x0102.
    const QByteArray initial =
        bytes({0xc1, 0, 0, 0, 1, 8, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0x41, 0x23, 0x01, 0x02});
    std::optional<QuicPacketRecord> header = QuicPacketDecoder::decodeHeader(initial);
    QVERIFY(header);
    QVERIFY(header->longHeader);
    QCOMPARE(header->type, QuicPacketType::Initial);
    QCOMPARE(header->version, 1u);
    QCOMPARE(header->destinationConnectionId, bytes({1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(header->packetNumber, 0x0102u);
    QCOMPARE(header->packetNumberLength, 2);
    // A 1-RTT packet with key phase 1, a 3-byte DCID and a one-byte packet number.
    header = QuicPacketDecoder::decodeHeader(bytes({0x44, 9, 9, 9, 0x2a}));
    QVERIFY(header);
    QVERIFY(!header->longHeader);
    QCOMPARE(header->type, QuicPacketType::OneRtt);
    QVERIFY(header->keyPhase);
    QCOMPARE(header->destinationConnectionId, bytes({9, 9, 9}));
    QCOMPARE(header->packetNumber, 0x2au);
    // A long header cut inside its connection id.
    QVERIFY(!QuicPacketDecoder::decodeHeader(bytes({0xe0, 0, 0, 0, 1, 20, 1, 2})));
}

void TestQuic::expandsPacketNumbers()
{
    // RFC 9000 appendix A.3's example.
    QCOMPARE(QuicPacketDecoder::expandPacketNumber(0xa82f30ea, 0x9b32, 2), 0xa82f9b32u);
    QCOMPARE(QuicPacketDecoder::expandPacketNumber(-1, 0, 1), 0u);
    QCOMPARE(QuicPacketDecoder::expandPacketNumber(254, 0x01, 1), 257u);
    QCOMPARE(QuicPacketDecoder::expandPacketNumber(300, 0xff, 1), 255u);
}

void TestQuic::scansHttp3Frames()
{
    // A control stream (type 0) with SETTINGS (2 bytes), then a request stream's HEADERS (3) and DATA (2),
    // fed one byte at a time.
    Http3FrameScanner control(true);
    QList<Http3FrameScanner::Frame> found;
    for (char byte : bytes({0x00, 0x04, 0x02, 0x01, 0x40}))
        found += control.feed(QByteArrayView(&byte, 1));
    QCOMPARE(control.streamType(), 0);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].type, Http3FrameType::Settings);
    QCOMPARE(found[0].length, 2u);
    Http3FrameScanner request(false);
    found.clear();
    for (char byte : bytes({0x01, 0x03, 'a', 'b', 'c', 0x00, 0x02, 'x', 'y'}))
        found += request.feed(QByteArrayView(&byte, 1));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].type, Http3FrameType::Headers);
    QCOMPARE(found[1].type, Http3FrameType::Data);
    QCOMPARE(found[1].length, 2u);
    // A QPACK encoder stream carries no frames.
    Http3FrameScanner encoder(true);
    QVERIFY(encoder.feed(bytes({0x02, 0x3f, 0xe1, 0x1f})).isEmpty());
}

void TestQuic::fetchesObjectsOverHttp3()
{
    const Workload workload(3, 5000, 40000);
    Recorder serverSide;
    Recorder clientSide;
    Http3Server server(m_serverTls, workload);
    server.setObserver(&serverSide);
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    Http3Client client(m_clientTls, "localhost");
    client.setObserver(&clientSide);
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    QSignalSpy closed(&client, &Http3Client::closed);
    for (int i = 0; i < 3; ++i)
        client.get(Workload::objectPath(i));
    QVERIFY2(client.connectToServer(QHostAddress::LocalHost, server.port(), {}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 3, TimeoutMs);
    QVERIFY(!client.connection()->offeredEarlyData());

    // Three responses on the client's first three bidirectional streams, whole.
    QSet<qint64> streams;
    for (const QList<QVariant>& arguments : std::as_const(responses)) {
        const auto response = arguments.at(0).value<Http3Response>();
        const int index = workload.objectIndex(response.path);
        QVERIFY2(index >= 0, response.path.constData());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, workload.objectBody(index));
        QVERIFY(!response.sentEarly);
        streams.insert(response.streamId);
    }
    QCOMPARE(streams, (QSet<qint64>{0, 4, 8}));

    // The handshake: Initial and Handshake long-header packets both ways, then short-header 1-RTT ones.
    const QuicDirection sent = QuicDirection::Sent;
    const QuicDirection received = QuicDirection::Received;
    const QList<QuicPacketRecord> initials = clientSide.packetsOf(sent, QuicPacketType::Initial);
    QVERIFY(!initials.isEmpty());
    QCOMPARE(clientSide.packets.first().type, QuicPacketType::Initial);
    QCOMPARE(initials.first().packetNumber, 0u);
    QVERIFY(initials.first().longHeader);
    QCOMPARE(initials.first().version, 1u);
    QVERIFY(std::any_of(initials.first().frames.begin(), initials.first().frames.end(),
                        [](const QuicFrame& frame) { return frame.type == QuicFrameType::Crypto; }));
    // RFC 9000 section 14.1: a client's Initial datagram is padded to 1200 bytes at least.
    QVERIFY(initials.first().size >= 1200 ||
            std::any_of(initials.first().frames.begin(), initials.first().frames.end(),
                        [](const QuicFrame& frame) { return frame.type == QuicFrameType::Padding; }));
    QVERIFY(!clientSide.packetsOf(received, QuicPacketType::Initial).isEmpty());
    QVERIFY(!clientSide.packetsOf(received, QuicPacketType::Handshake).isEmpty());
    QVERIFY(!clientSide.packetsOf(sent, QuicPacketType::Handshake).isEmpty());
    QVERIFY(!serverSide.packetsOf(received, QuicPacketType::Initial).isEmpty());
    QVERIFY(clientSide.packetsOf(sent, QuicPacketType::ZeroRtt).isEmpty());
    const auto firstShort = std::find_if(clientSide.packets.begin(), clientSide.packets.end(),
                                         [](const QuicPacketRecord& packet) { return !packet.longHeader; });
    QVERIFY(firstShort != clientSide.packets.end());
    const auto firstHandshake =
        std::find_if(clientSide.packets.begin(), clientSide.packets.end(),
                     [](const QuicPacketRecord& packet) { return packet.type == QuicPacketType::Handshake; });
    QVERIFY(firstHandshake < firstShort);
    QCOMPARE(firstShort->type, QuicPacketType::OneRtt);
    // Packet numbers rise in each space.
    const QList<QuicPacketRecord> oneRtt = clientSide.packetsOf(sent, QuicPacketType::OneRtt);
    QVERIFY(oneRtt.size() >= 2);
    for (qsizetype i = 1; i < oneRtt.size(); ++i)
        QVERIFY(oneRtt[i].packetNumber > oneRtt[i - 1].packetNumber);

    // Frames: the requests went out on streams 0, 4 and 8 with FIN; the bodies came back on them.
    for (quint64 id : {0u, 4u, 8u}) {
        bool fin = false;
        QVERIFY(clientSide.streamBytes(sent, id, &fin) > 0);
        QVERIFY(fin);
        QVERIFY(serverSide.streamBytes(received, id) == clientSide.streamBytes(sent, id));
        const quint64 body = quint64(workload.objectSizeAt(int(id / 4)));
        // HTTP/3 framing (HEADERS, DATA headers) comes on top of the body.
        QVERIFY(clientSide.streamBytes(received, id) > body);
        QCOMPARE(serverSide.streamBytes(sent, id), clientSide.streamBytes(received, id));
    }
    QVERIFY(clientSide.frameCount(sent, QuicFrameType::Ack) > 0);
    QVERIFY(clientSide.frameCount(received, QuicFrameType::Ack) > 0);
    QVERIFY(clientSide.frameCount(received, QuicFrameType::Crypto) > 0);
    QVERIFY(clientSide.frameCount(received, QuicFrameType::HandshakeDone) == 1);
    QVERIFY(serverSide.frameCount(sent, QuicFrameType::HandshakeDone) == 1);
    QVERIFY(clientSide.frameCount(received, QuicFrameType::NewConnectionId) > 0);

    // Milestones on both sides.
    for (QuicMilestone milestone : {QuicMilestone::HandshakeKeysInstalled, QuicMilestone::OneRttKeysInstalled,
                                    QuicMilestone::HandshakeCompleted, QuicMilestone::HandshakeConfirmed}) {
        QVERIFY2(clientSide.milestones.contains(milestone), qPrintable(QString::number(int(milestone))));
        QVERIFY2(serverSide.milestones.contains(milestone), qPrintable(QString::number(int(milestone))));
    }
    QVERIFY(clientSide.milestones.indexOf(QuicMilestone::HandshakeKeysInstalled) <
            clientSide.milestones.indexOf(QuicMilestone::HandshakeCompleted));

    // HTTP/3: HEADERS then DATA totalling the body on every request stream; :status 200 decoded.
    for (quint64 id : {0u, 4u, 8u}) {
        const quint64 body = quint64(workload.objectSizeAt(int(id / 4)));
        QCOMPARE(clientSide.http3Bytes(received, id, Http3FrameType::Data), body);
        QCOMPARE(serverSide.http3Bytes(sent, id, Http3FrameType::Data), body);
        QVERIFY(clientSide.http3Bytes(received, id, Http3FrameType::Headers) > 0);
        QVERIFY(clientSide.http3Bytes(sent, id, Http3FrameType::Headers) > 0);
        const auto headers = std::find_if(
            clientSide.headers.begin(), clientSide.headers.end(), [id](const Http3HeadersRecord& record) {
                return record.direction == QuicDirection::Received && record.streamId == id;
            });
        QVERIFY(headers != clientSide.headers.end());
        QCOMPARE(headers->fields.value(0), (std::pair<QByteArray, QByteArray>(":status", "200")));
        const auto request = std::find_if(
            serverSide.headers.begin(), serverSide.headers.end(), [id](const Http3HeadersRecord& record) {
                return record.direction == QuicDirection::Received && record.streamId == id;
            });
        QVERIFY(request != serverSide.headers.end());
        QVERIFY(request->fields.contains(
            std::pair<QByteArray, QByteArray>(":path", Workload::objectPath(int(id / 4)))));
    }
    // Both control streams carried SETTINGS.
    QVERIFY(
        std::any_of(clientSide.frames.begin(), clientSide.frames.end(), [](const Http3FrameRecord& frame) {
            return frame.direction == QuicDirection::Received && frame.type == Http3FrameType::Settings;
        }));
    QVERIFY(
        std::any_of(clientSide.frames.begin(), clientSide.frames.end(), [](const Http3FrameRecord& frame) {
            return frame.direction == QuicDirection::Sent && frame.type == Http3FrameType::Settings;
        }));

    // The key log: the four TLS 1.3 traffic secrets, in NSS format, with the same client random on both ends.
    const QSet<QByteArray> expected = {"CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                                       "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"};
    QVERIFY(clientSide.keyLogLabels().contains(expected));
    QVERIFY(serverSide.keyLogLabels().contains(expected));
    const QList<QByteArray> fields = clientSide.keyLog.first().split(' ');
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[1].size(), 64);
    QVERIFY(fields[2].size() >= 64);
    for (const QByteArray& line : std::as_const(serverSide.keyLog))
        QCOMPARE(line.split(' ').value(1), fields[1]);

    // A clean close: CONNECTION_CLOSE reaches the server, which lets the connection go.
    QCOMPARE(server.connectionCount(), 1);
    client.close();
    QCOMPARE(closed.size(), 1);
    QVERIFY(closed.first().at(0).toString().isEmpty());
    QVERIFY(clientSide.frameCount(sent, QuicFrameType::ConnectionClose) == 1);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
    QVERIFY(serverSide.frameCount(received, QuicFrameType::ConnectionClose) == 1);
}

void TestQuic::resumesWithEarlyData()
{
    const Workload workload(3, 3000, 20000);
    Http3Server server(m_serverTls, workload);
    Recorder serverSide;
    server.setObserver(&serverSide);
    QVERIFY(server.listen());

    // The first connection: a full handshake that leaves a session ticket.
    QuicResumption resumption;
    {
        Http3Client first(m_clientTls, "localhost");
        QSignalSpy ticket(&first, &Http3Client::resumptionAvailable);
        QSignalSpy responses(&first, &Http3Client::responseReceived);
        first.get(Workload::objectPath(1));
        QVERIFY(first.connectToServer(QHostAddress::LocalHost, server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 1, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!ticket.isEmpty(), TimeoutMs);
        resumption = first.connection()->resumption();
        QVERIFY(!resumption.isNull());
        first.close();
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
    serverSide = Recorder();

    // The second: resumed, the requests leave in 0-RTT packets before the handshake completes.
    Recorder clientSide;
    Http3Client second(m_clientTls, "localhost");
    second.setObserver(&clientSide);
    QSignalSpy responses(&second, &Http3Client::responseReceived);
    second.get(Workload::objectPath(0));
    second.get(Workload::objectPath(2));
    QVERIFY(second.connectToServer(QHostAddress::LocalHost, server.port(), resumption));
    QVERIFY(second.connection()->offeredEarlyData());
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 2, TimeoutMs);
    for (const QList<QVariant>& arguments : std::as_const(responses)) {
        const auto response = arguments.at(0).value<Http3Response>();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, workload.objectBody(workload.objectIndex(response.path)));
        QVERIFY(response.sentEarly);
    }
    QVERIFY(second.connection()->earlyDataAccepted());
    QVERIFY(clientSide.milestones.contains(QuicMilestone::EarlyDataOffered));
    QVERIFY(clientSide.milestones.contains(QuicMilestone::EarlyDataAccepted));
    QVERIFY(!clientSide.milestones.contains(QuicMilestone::EarlyDataRejected));
    QVERIFY(serverSide.milestones.contains(QuicMilestone::EarlyDataAccepted));

    // The 0-RTT packets: long headers, sent before any 1-RTT packet, carrying the requests' STREAM frames;
    // the server opened them.
    const QList<QuicPacketRecord> early = clientSide.packetsOf(QuicDirection::Sent, QuicPacketType::ZeroRtt);
    QVERIFY(!early.isEmpty());
    QVERIFY(early.first().longHeader);
    QSet<quint64> earlyStreams;
    for (const QuicPacketRecord& packet : early) {
        for (const QuicFrame& frame : packet.frames) {
            if (frame.type == QuicFrameType::Stream)
                earlyStreams.insert(frame.streamId);
        }
    }
    QVERIFY(earlyStreams.contains(0));
    QVERIFY(earlyStreams.contains(4));
    const auto firstEarly =
        std::find_if(clientSide.packets.begin(), clientSide.packets.end(),
                     [](const QuicPacketRecord& p) { return p.type == QuicPacketType::ZeroRtt; });
    const auto firstShort = std::find_if(clientSide.packets.begin(), clientSide.packets.end(),
                                         [](const QuicPacketRecord& p) { return !p.longHeader; });
    QVERIFY(firstEarly < firstShort);
    QVERIFY(!serverSide.packetsOf(QuicDirection::Received, QuicPacketType::ZeroRtt).isEmpty());
    // Both ends log the early secret, which Wireshark needs to decrypt 0-RTT packets.
    QVERIFY(clientSide.keyLogLabels().contains("CLIENT_EARLY_TRAFFIC_SECRET"));
    QVERIFY(serverSide.keyLogLabels().contains("CLIENT_EARLY_TRAFFIC_SECRET"));

    second.close();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
}

void TestQuic::resendsRejectedEarlyData()
{
    const Workload workload(2, 2000);
    // A ticket from one server...
    QuicResumption resumption;
    {
        Http3Server issuer(m_serverTls, workload);
        QVERIFY(issuer.listen());
        Http3Client first(m_clientTls, "localhost");
        QSignalSpy ticket(&first, &Http3Client::resumptionAvailable);
        first.get(Workload::objectPath(0));
        QVERIFY(first.connectToServer(QHostAddress::LocalHost, issuer.port()));
        QTRY_VERIFY_WITH_TIMEOUT(!ticket.isEmpty(), TimeoutMs);
        resumption = first.connection()->resumption();
        first.close();
    }
    // ...shown to another with its own ticket key, which cannot read it: a full handshake, the 0-RTT
    // data refused, and the requests sent again in 1-RTT.
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
    QVERIFY2(credentials, qPrintable(error));
    Http3Server other(QuicTlsContext::forServer(*credentials, &error), workload);
    QVERIFY(other.listen());
    Recorder clientSide;
    Http3Client second(QuicTlsContext::forClient(credentials->caCertificatePem, u"localhost"_s, &error),
                       "localhost");
    second.setObserver(&clientSide);
    QSignalSpy responses(&second, &Http3Client::responseReceived);
    second.get(Workload::objectPath(0));
    second.get(Workload::objectPath(1));
    QVERIFY(second.connectToServer(QHostAddress::LocalHost, other.port(), resumption));
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 2, TimeoutMs);
    for (const QList<QVariant>& arguments : std::as_const(responses)) {
        const auto response = arguments.at(0).value<Http3Response>();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, workload.objectBody(workload.objectIndex(response.path)));
        QVERIFY(!response.sentEarly);
    }
    QVERIFY(!clientSide.packetsOf(QuicDirection::Sent, QuicPacketType::ZeroRtt).isEmpty());
    QVERIFY(clientSide.milestones.contains(QuicMilestone::EarlyDataRejected));
    QVERIFY(!clientSide.milestones.contains(QuicMilestone::EarlyDataAccepted));
    QVERIFY(!second.connection()->earlyDataAccepted());
    second.close();
    QTRY_COMPARE_WITH_TIMEOUT(other.connectionCount(), 0, TimeoutMs);
}

void TestQuic::refusesEarlyDataWhenConfigured()
{
    // A server told not to take 0-RTT (serve --no-early-data) issues tickets that do not allow it: a
    // returning client resumes, but its requests wait for the handshake.
    const Workload workload(2, 2000);
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
    QVERIFY2(credentials, qPrintable(error));
    const std::shared_ptr<QuicTlsContext> refusing =
        QuicTlsContext::forServer(*credentials, &error, QuicTlsContext::EarlyData::Refused);
    QVERIFY2(refusing, qPrintable(error));
    const std::shared_ptr<QuicTlsContext> clientTls =
        QuicTlsContext::forClient(credentials->caCertificatePem, u"localhost"_s, &error);
    Http3Server server(refusing, workload);
    Recorder serverSide;
    server.setObserver(&serverSide);
    QVERIFY(server.listen());
    QuicResumption resumption;
    {
        Http3Client first(clientTls, "localhost");
        QSignalSpy ticket(&first, &Http3Client::resumptionAvailable);
        first.get(Workload::objectPath(0));
        QVERIFY(first.connectToServer(QHostAddress::LocalHost, server.port()));
        QTRY_VERIFY_WITH_TIMEOUT(!ticket.isEmpty(), TimeoutMs);
        resumption = first.connection()->resumption();
        first.close();
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
    serverSide = Recorder();

    Recorder clientSide;
    Http3Client second(clientTls, "localhost");
    second.setObserver(&clientSide);
    QSignalSpy responses(&second, &Http3Client::responseReceived);
    second.get(Workload::objectPath(1));
    QVERIFY(second.connectToServer(QHostAddress::LocalHost, server.port(), resumption));
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 1, TimeoutMs);
    const auto response = responses.first().at(0).value<Http3Response>();
    QCOMPARE(response.status, 200);
    QVERIFY(!response.sentEarly);
    QVERIFY(!second.connection()->earlyDataAccepted());
    QVERIFY(!clientSide.milestones.contains(QuicMilestone::EarlyDataOffered));
    QVERIFY(clientSide.packetsOf(QuicDirection::Sent, QuicPacketType::ZeroRtt).isEmpty());
    QVERIFY(!serverSide.milestones.contains(QuicMilestone::EarlyDataAccepted));
    QVERIFY(serverSide.packetsOf(QuicDirection::Received, QuicPacketType::ZeroRtt).isEmpty());
    second.close();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
}

void TestQuic::servesMoreRequestsThanItsStreamLimit()
{
    // The server allows 100 client streams at a time and gives one back as each closes (MAX_STREAMS):
    // a page and its 100 objects are 101 requests on one connection, and it once stalled at the 101st.
    const Workload workload(150, 100);
    Http3Server server(m_serverTls, workload);
    QVERIFY(server.listen());
    Http3Client client(m_clientTls, "localhost");
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    for (int i = 0; i < workload.objectCount(); ++i)
        client.get(Workload::objectPath(i));
    QVERIFY(client.connectToServer(QHostAddress::LocalHost, server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), workload.objectCount(), TimeoutMs);
    QCOMPARE(server.connectionCount(), 1);
    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, TimeoutMs);
}

QTEST_GUILESS_MAIN(TestQuic)
#include "tst_quic.moc"

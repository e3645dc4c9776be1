#include "core/http2/hpackdissector.h"
#include "core/http2/http2framedissector.h"
#include "core/http2/http2framesplitter.h"

#include <QTest>

using namespace protoviz;

class Http2FramingTest : public QObject
{
    Q_OBJECT

private slots:
    void splitsPrefaceAndFramesWhateverTheChunking();
    void rejectsWrongPreface();
    void rejectsOversizedFrame();
    void reportsPendingPartialFrame();
    void dissectsRfc7541PlainRequest();
    void dissectsRfc7541HuffmanRequest();
    void dissectsLiteralKindsAndTableSizeUpdate();
    void stopsSafelyOnTruncatedBlocks();
    void dissectsSettingsAndWindowUpdate();
    void accountsHeadersPaddingAsOverhead();
    void dissectsMalformedPaddingWithoutOverrun();
};

static QByteArray frame(quint8 type, quint8 flags, quint32 stream, const QByteArray& payload)
{
    QByteArray bytes;
    const auto length = quint32(payload.size());
    bytes.append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    bytes.append(char(type)).append(char(flags));
    bytes.append(char(stream >> 24))
        .append(char(stream >> 16))
        .append(char(stream >> 8))
        .append(char(stream));
    return bytes + payload;
}

void Http2FramingTest::splitsPrefaceAndFramesWhateverTheChunking()
{
    const QByteArray settings = frame(0x4, 0, 0, QByteArray::fromHex("000300000064"));
    const QByteArray headers = frame(0x1, 0x5, 1, QByteArray::fromHex("828684"));
    const QByteArray stream = Http2FrameSplitter::clientPreface() + settings + headers;
    for (int chunk : {1, 2, 7, 24, 1000}) {
        Http2FrameSplitter splitter(true);
        QList<Http2RawFrame> frames;
        for (qsizetype at = 0; at < stream.size(); at += chunk)
            frames += splitter.feed(stream.mid(at, chunk));
        QVERIFY2(!splitter.hasError(), qPrintable(splitter.error()));
        QCOMPARE(frames.size(), 3);
        QVERIFY(frames[0].isPreface);
        QCOMPARE(frames[1].type, quint8(0x4));
        QCOMPARE(frames[1].bytes, settings);
        QCOMPARE(frames[2].type, quint8(0x1));
        QCOMPARE(frames[2].flags, quint8(0x5));
        QCOMPARE(frames[2].streamId, 1u);
        QCOMPARE(frames[2].payloadLength(), 3u);
        QCOMPARE(splitter.pendingBytes(), 0);
    }
}

void Http2FramingTest::rejectsWrongPreface()
{
    Http2FrameSplitter splitter(true);
    QVERIFY(splitter.feed("PRI * HTTP/2").isEmpty());
    QVERIFY(!splitter.hasError());
    QVERIFY(splitter.feed("GET / HTTP/1.1\r\n\r\n").isEmpty());
    QVERIFY(splitter.hasError());
    QVERIFY(splitter.error().contains(QLatin1String("preface")));
    // Nothing more comes out after an error.
    QVERIFY(splitter.feed(frame(0x4, 0, 0, {})).isEmpty());
}

void Http2FramingTest::rejectsOversizedFrame()
{
    Http2FrameSplitter splitter(false, 16384);
    QVERIFY(splitter.feed(frame(0x0, 0, 1, QByteArray(16385, 'x'))).isEmpty());
    QVERIFY(splitter.hasError());
    QVERIFY(splitter.error().contains(QLatin1String("16385")));
}

void Http2FramingTest::reportsPendingPartialFrame()
{
    Http2FrameSplitter splitter(false);
    const QByteArray data = frame(0x0, 0, 1, QByteArray(100, 'x'));
    QVERIFY(splitter.feed(data.left(50)).isEmpty());
    QCOMPARE(splitter.pendingBytes(), 50);
    QCOMPARE(splitter.pendingFrameSize(), 109);
}

void Http2FramingTest::dissectsRfc7541PlainRequest()
{
    // RFC 7541 C.3.1: :method GET, :scheme http, :path /, :authority www.example.com (literal).
    const auto result =
        HpackDissector::dissect(QByteArray::fromHex("828684410f7777772e6578616d706c652e636f6d"));
    QVERIFY(result.complete);
    QCOMPARE(result.representations.size(), 4);
    QCOMPARE(result.representations[0].kind, HpackRepresentation::Kind::Indexed);
    QCOMPARE(result.representations[0].index, 2u);
    QCOMPARE(result.representations[0].staticName(), QByteArray(":method"));
    QCOMPARE(result.representations[0].staticValue(), QByteArray("GET"));
    QCOMPARE(result.representations[2].staticValue(), QByteArray("/"));
    const HpackRepresentation& authority = result.representations[3];
    QCOMPARE(authority.kind, HpackRepresentation::Kind::LiteralIncrementalIndexing);
    QCOMPARE(authority.index, 1u);
    QCOMPARE(authority.staticName(), QByteArray(":authority"));
    QVERIFY(!authority.valueHuffman);
    QCOMPARE(authority.valueLiteral, QByteArray("www.example.com"));
    QCOMPARE(authority.offset, 3);
    QCOMPARE(authority.length, 17);
}

void Http2FramingTest::dissectsRfc7541HuffmanRequest()
{
    // RFC 7541 C.4.1: the same request with a Huffman-coded authority.
    const auto result = HpackDissector::dissect(QByteArray::fromHex("828684418cf1e3c2e5f23a6ba0ab90f4ff"));
    QVERIFY(result.complete);
    QCOMPARE(result.representations.size(), 4);
    QVERIFY(result.representations[3].valueHuffman);
    QCOMPARE(result.representations[3].valueLiteral.size(), 12);
    // RFC 7541 C.3.2: "be" refers to dynamic table entry 62.
    const auto second = HpackDissector::dissect(QByteArray::fromHex("828684be58086e6f2d6361636865"));
    QVERIFY(second.complete);
    QCOMPARE(second.representations[3].index, 62u);
    QCOMPARE(second.representations[4].kind, HpackRepresentation::Kind::LiteralIncrementalIndexing);
    QCOMPARE(second.representations[4].staticName(), QByteArray("cache-control"));
    QCOMPARE(second.representations[4].valueLiteral, QByteArray("no-cache"));
}

void Http2FramingTest::dissectsLiteralKindsAndTableSizeUpdate()
{
    // 0x3f e1 1f: size update to 31 + 4065 = 4096 (5-bit prefix, multi-byte integer);
    // 0x10: never indexed, new name "a" = "b"; 0x04: without indexing, name index 4 (:path) = "/x".
    const auto result = HpackDissector::dissect(QByteArray::fromHex("3fe11f"
                                                                    "10016101620"
                                                                    "4022f78"));
    QVERIFY(result.complete);
    QCOMPARE(result.representations.size(), 3);
    QCOMPARE(result.representations[0].kind, HpackRepresentation::Kind::DynamicTableSizeUpdate);
    QCOMPARE(result.representations[0].index, 4096u);
    QCOMPARE(result.representations[1].kind, HpackRepresentation::Kind::LiteralNeverIndexed);
    QCOMPARE(result.representations[1].nameLiteral, QByteArray("a"));
    QCOMPARE(result.representations[1].valueLiteral, QByteArray("b"));
    QCOMPARE(result.representations[2].kind, HpackRepresentation::Kind::LiteralWithoutIndexing);
    QCOMPARE(result.representations[2].staticName(), QByteArray(":path"));
    QCOMPARE(result.representations[2].valueLiteral, QByteArray("/x"));
}

void Http2FramingTest::stopsSafelyOnTruncatedBlocks()
{
    const QByteArray block = QByteArray::fromHex("828684410f7777772e6578616d706c652e636f6d");
    for (qsizetype length = 0; length < block.size(); ++length) {
        const auto result = HpackDissector::dissect(QByteArrayView(block).first(length));
        QVERIFY(result.representations.size() <= 4);
        if (length > 3)
            QVERIFY(!result.complete);
    }
    // An integer that never ends, and index 0 for an indexed field, are malformed.
    QVERIFY(!HpackDissector::dissect(QByteArray::fromHex("ffffffffffffffff")).complete);
    QVERIFY(!HpackDissector::dissect(QByteArray::fromHex("80")).complete);
}

void Http2FramingTest::dissectsSettingsAndWindowUpdate()
{
    Http2FrameSplitter splitter(false);
    const auto frames = splitter.feed(frame(0x4, 0, 0, QByteArray::fromHex("000300000064000400600000")) +
                                      frame(0x8, 0, 0, QByteArray::fromHex("00010000")));
    QCOMPARE(frames.size(), 2);
    const QList<Field> settings = Http2FrameDissector::dissect(frames[0]);
    auto find = [](const QList<Field>& fields, const QString& name) {
        for (const Field& field : fields) {
            if (field.name == name)
                return field;
        }
        return Field{};
    };
    QCOMPARE(find(settings, QStringLiteral("SETTINGS_MAX_CONCURRENT_STREAMS")).value, QStringLiteral("100"));
    const Field window = find(settings, QStringLiteral("SETTINGS_INITIAL_WINDOW_SIZE"));
    QCOMPARE(window.value, QStringLiteral("6291456"));
    QCOMPARE(window.offset, 15);
    QCOMPARE(window.length, 6);
    QCOMPARE(Http2FrameDissector::overhead(frames[0]), 21u);
    const QList<Field> update = Http2FrameDissector::dissect(frames[1]);
    QCOMPARE(find(update, QStringLiteral("window size increment")).value, QStringLiteral("65536"));
    QCOMPARE(find(update, QStringLiteral("type")).value, QStringLiteral("WINDOW_UPDATE"));
}

void Http2FramingTest::accountsHeadersPaddingAsOverhead()
{
    // PADDED | PRIORITY | END_HEADERS; pad length 2, 5 bytes of priority, 3 bytes of block, 2 of padding.
    const QByteArray payload = QByteArray::fromHex("02"
                                                   "8000000310"
                                                   "828684"
                                                   "0000");
    Http2FrameSplitter splitter(false);
    const auto frames = splitter.feed(frame(0x1, 0x2c, 3, payload));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(Http2FrameDissector::overhead(frames[0]), 9u + 1 + 5 + 2);
    const HeaderList decoded{{":method", "GET"}, {":scheme", "http"}, {":path", "/"}};
    const QList<Field> fields = Http2FrameDissector::dissect(frames[0], &decoded);
    bool sawPath = false;
    for (const Field& field : fields) {
        if (field.name == QLatin1String(":path")) {
            sawPath = true;
            QVERIFY(field.value.startsWith(QLatin1String("/  (indexed")));
            QCOMPARE(field.offset, 9 + 1 + 5 + 2);
            QCOMPARE(field.length, 1);
        }
        if (field.name == QLatin1String("weight"))
            QCOMPARE(field.value, QStringLiteral("17"));
    }
    QVERIFY(sawPath);
    QCOMPARE(Http2FrameDissector::flagNames(0x1, 0x2c), QStringLiteral("END_HEADERS | PADDED | PRIORITY"));
}

void Http2FramingTest::dissectsMalformedPaddingWithoutOverrun()
{
    // Pad length larger than the payload.
    Http2FrameSplitter splitter(false);
    const auto frames = splitter.feed(frame(0x0, 0x8, 1, QByteArray::fromHex("ff0102")));
    QCOMPARE(frames.size(), 1);
    const QList<Field> fields = Http2FrameDissector::dissect(frames[0]);
    bool malformed = false;
    for (const Field& field : fields)
        malformed = malformed || field.name == QLatin1String("malformed");
    QVERIFY(malformed);
    QCOMPARE(Http2FrameDissector::overhead(frames[0]), quint32(frames[0].bytes.size()));
}

QTEST_GUILESS_MAIN(Http2FramingTest)
#include "tst_http2framing.moc"

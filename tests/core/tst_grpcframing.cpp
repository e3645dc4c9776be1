#include "core/grpc/grpcmessagereader.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/grpcstatus.h"
#include "core/grpc/grpctimeout.h"
#include "core/grpc/lessonmessages.h"

#include <QTest>

#include <limits>

using namespace protoviz;

namespace {

const Field* findField(const QList<Field>& fields, const QString& name)
{
    for (const Field& field : fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

} // namespace

class GrpcFramingTest : public QObject
{
    Q_OBJECT

private slots:
    void readerReassemblesMessagesCutAnywhere();
    void readerReadsSeveralMessagesFromOneChunk();
    void readerRefusesBadFraming_data();
    void readerRefusesBadFraming();
    void prefixFieldsHaveOffsets();
    void statusMessagesArePercentEncoded();
    void statusCodesFromHeadersAndHttp();
    void timeoutsParseAndFormat_data();
    void timeoutsParseAndFormat();
    void timeoutsRefuseMalformedValues();
    void schemaFindsMethods();
    void schemaDecodesPackedAndUnknownFields();
    void schemaDecodesWithoutAType();
    void schemaReportsBrokenBytes();
    void schemaMeasuresJson();
    void schemaValidatesWithoutDecoding();
    void schemaListsAtMostMaxFields();
    void schemaReadsJson();
};

void GrpcFramingTest::readerReassemblesMessagesCutAnywhere()
{
    const QByteArray first = LessonMessages::item(1, 40);
    const QByteArray second = LessonMessages::item(2, 0);
    const QByteArray stream = GrpcMessageReader::frame(first) + GrpcMessageReader::frame(second);
    GrpcMessageReader reader;
    QList<GrpcFrame> frames;
    for (const char byte : stream)
        frames += reader.feed(QByteArrayView(&byte, 1));
    QVERIFY(reader.finish());
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].message(), first);
    QCOMPARE(frames[0].length, quint32(first.size()));
    QCOMPARE(frames[0].bytes.size(), first.size() + 5);
    QCOMPARE(frames[1].message(), second);
    QCOMPARE(reader.messageCount(), 2);
}

void GrpcFramingTest::readerReadsSeveralMessagesFromOneChunk()
{
    GrpcMessageReader reader;
    const QByteArray empty = GrpcMessageReader::frame({});
    QCOMPARE(empty, QByteArray::fromHex("0000000000"));
    const QByteArray three = empty + empty + GrpcMessageReader::frame("ab");
    const QList<GrpcFrame> frames = reader.feed(three);
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames[2].message(), QByteArray("ab"));
    QVERIFY(!reader.hasError());
}

void GrpcFramingTest::readerRefusesBadFraming_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");
    QTest::newRow("flag 2") << QByteArray::fromHex("0200000000")
                            << int(GrpcMessageReader::Error::BadCompressedFlag)
                            << int(GrpcStatusCode::Internal);
    QTest::newRow("flag 1, identity")
        << QByteArray::fromHex("0100000001ff") << int(GrpcMessageReader::Error::CompressedWithoutEncoding)
        << int(GrpcStatusCode::Internal);
    QTest::newRow("too large") << QByteArray::fromHex("0000400001") << int(GrpcMessageReader::Error::TooLarge)
                               << int(GrpcStatusCode::ResourceExhausted);
    QTest::newRow("length beyond the data")
        << QByteArray::fromHex("000000000a0102") << int(GrpcMessageReader::Error::Truncated)
        << int(GrpcStatusCode::Internal);
    QTest::newRow("cut in the prefix")
        << QByteArray::fromHex("000000") << int(GrpcMessageReader::Error::Truncated)
        << int(GrpcStatusCode::Internal);
}

void GrpcFramingTest::readerRefusesBadFraming()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, error);
    QFETCH(int, status);
    GrpcMessageReader reader;
    QVERIFY(reader.feed(bytes).isEmpty());
    reader.finish();
    QCOMPARE(int(reader.error()), error);
    QCOMPARE(int(reader.errorStatus().code), status);
    QVERIFY(!reader.errorStatus().message.isEmpty());
    QVERIFY(bytes.startsWith(reader.errorBytes().left(5)));
    // Nothing more is read after an error.
    QVERIFY(reader.feed(GrpcMessageReader::frame("x")).isEmpty());
}

void GrpcFramingTest::prefixFieldsHaveOffsets()
{
    const QList<Field> fields = GrpcMessageReader::prefixFields(QByteArray::fromHex("0700000102"));
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields[0].offset, 0);
    QCOMPARE(fields[0].length, 1);
    QVERIFY(fields[0].value.startsWith(u"7 (invalid"));
    QCOMPARE(fields[1].offset, 1);
    QCOMPARE(fields[1].length, 4);
    QCOMPARE(fields[1].value, QStringLiteral("258 bytes"));
}

void GrpcFramingTest::statusMessagesArePercentEncoded()
{
    const QString message = QStringLiteral("Größe 100% — not ok\n");
    const QByteArray encoded = GrpcStatus::encodeMessage(message);
    QCOMPARE(encoded, QByteArray("Gr%C3%B6%C3%9Fe 100%25 %E2%80%94 not ok%0A"));
    QCOMPARE(GrpcStatus::decodeMessage(encoded), message);
    // Malformed escapes stay as they are.
    QCOMPARE(GrpcStatus::decodeMessage("50%zz%4"), QStringLiteral("50%zz%4"));
}

void GrpcFramingTest::statusCodesFromHeadersAndHttp()
{
    bool valid = false;
    QCOMPARE(GrpcStatus::codeFromHeader("4", &valid), GrpcStatusCode::DeadlineExceeded);
    QVERIFY(valid);
    QCOMPARE(GrpcStatus::codeFromHeader("17", &valid), GrpcStatusCode::Unknown);
    QVERIFY(!valid);
    QCOMPARE(GrpcStatus::codeFromHeader("x", &valid), GrpcStatusCode::Unknown);
    QVERIFY(!valid);
    QCOMPARE(GrpcStatus::codeFromHeader("005", &valid), GrpcStatusCode::NotFound); // digits, however many
    QVERIFY(valid);
    // The grammar is digits only: toInt() alone would let a sign or whitespace through.
    for (const char* value : {"+4", " +4", "\t4", "4 ", "-0", ""}) {
        QCOMPARE(GrpcStatus::codeFromHeader(value, &valid), GrpcStatusCode::Unknown);
        QVERIFY2(!valid, value);
    }
    QCOMPARE(GrpcStatus::fromHttpStatus(404).code, GrpcStatusCode::Unimplemented);
    QCOMPARE(GrpcStatus::fromHttpStatus(400).code, GrpcStatusCode::Internal);
    QCOMPARE(GrpcStatus::fromHttpStatus(503).code, GrpcStatusCode::Unavailable);
    QCOMPARE(GrpcStatus::fromHttpStatus(415).code, GrpcStatusCode::Unknown);
    QCOMPARE(GrpcStatus::fromHttp2ErrorCode(8).code, GrpcStatusCode::Cancelled);
    QCOMPARE(GrpcStatus::fromHttp2ErrorCode(7).code, GrpcStatusCode::Unavailable);
    QCOMPARE(GrpcStatus::fromHttp2ErrorCode(2).code, GrpcStatusCode::Internal);
    QCOMPARE(GrpcStatus::codeName(GrpcStatusCode::Unimplemented), QStringLiteral("UNIMPLEMENTED"));
    QCOMPARE((GrpcStatus{GrpcStatusCode::DeadlineExceeded, QStringLiteral("late")}).toString(),
             QStringLiteral("DEADLINE_EXCEEDED (4): late"));
}

void GrpcFramingTest::timeoutsParseAndFormat_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("ns");
    QTest::newRow("milliseconds") << QByteArrayLiteral("250m") << qint64(250000000);
    QTest::newRow("seconds") << QByteArrayLiteral("3S") << qint64(3000000000);
    QTest::newRow("minutes") << QByteArrayLiteral("2M") << qint64(120000000000);
    QTest::newRow("hours") << QByteArrayLiteral("1H") << qint64(3600000000000);
    QTest::newRow("microseconds") << QByteArrayLiteral("1500u") << qint64(1500000);
    QTest::newRow("nanoseconds") << QByteArrayLiteral("7n") << qint64(7);
}

void GrpcFramingTest::timeoutsParseAndFormat()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, ns);
    QCOMPARE(GrpcTimeout::parse(header), std::optional<qint64>(ns));
    QCOMPARE(GrpcTimeout::parse(GrpcTimeout::format(ns)), std::optional<qint64>(ns));
    QVERIFY(GrpcTimeout::format(ns).size() <= 9);
}

void GrpcFramingTest::timeoutsRefuseMalformedValues()
{
    for (const char* value : {"", "m", "10", "10x", "-5m", "123456789m", "1.5S", " 5m"})
        QVERIFY2(!GrpcTimeout::parse(value), value);
    // The largest timeout parse() reads (saturated) formats without overflowing, rounded up to hours.
    const qint64 largest = *GrpcTimeout::parse("99999999H");
    QCOMPARE(largest, std::numeric_limits<qint64>::max());
    QCOMPARE(GrpcTimeout::format(largest), QByteArrayLiteral("2562048H"));
    QCOMPARE(GrpcTimeout::parse(GrpcTimeout::format(largest)), std::optional<qint64>(largest));
    // Beyond eight digits of the finest exact unit, format rounds up, never down.
    const qint64 odd = 123456789123; // ns: not exact in ms within eight digits
    const std::optional<qint64> parsed = GrpcTimeout::parse(GrpcTimeout::format(odd));
    QVERIFY(parsed && *parsed >= odd && *parsed - odd < 1000000);
}

void GrpcFramingTest::schemaFindsMethods()
{
    const GrpcSchema& schema = GrpcSchema::builtIn();
    const std::optional<GrpcMethod> exchange = schema.method("/protoviz.lesson.v1.Lesson/Exchange");
    QVERIFY(exchange);
    QCOMPARE(exchange->type(), GrpcMethod::Type::Bidirectional);
    QCOMPARE(exchange->inputType, QStringLiteral("protoviz.lesson.v1.Item"));
    QCOMPARE(exchange->outputType, QStringLiteral("protoviz.lesson.v1.Ack"));
    QCOMPARE(schema.method(LessonMessages::path(LessonMessages::Method::ListItems))->type(),
             GrpcMethod::Type::ServerStreaming);
    QCOMPARE(schema.method(LessonMessages::path(LessonMessages::Method::UploadItems))->type(),
             GrpcMethod::Type::ClientStreaming);
    QCOMPARE(schema.method(LessonMessages::path(LessonMessages::Method::GetItem))->type(),
             GrpcMethod::Type::Unary);
    QVERIFY(!schema.method("/protoviz.lesson.v1.Lesson/Nope"));
    QVERIFY(!schema.method("/no.Such/Method"));
    QVERIFY(!schema.method("no-slash"));
}

void GrpcFramingTest::schemaDecodesPackedAndUnknownFields()
{
    // UploadSummary{count: 3, total_bytes: 300, ids: [1, 2, 300]} and an unknown field 9 = 5.
    const QByteArray bytes = QByteArray::fromHex("0803"
                                                 "10ac02"
                                                 "1a040102ac02"
                                                 "4805");
    const DecodedMessage decoded =
        GrpcSchema::builtIn().decode(QStringLiteral("protoviz.lesson.v1.UploadSummary"), bytes);
    QVERIFY2(decoded.valid, qPrintable(decoded.error));
    const Field* totalBytes = findField(decoded.fields, QStringLiteral("total_bytes"));
    QVERIFY(totalBytes);
    QCOMPARE(totalBytes->value, QStringLiteral("300"));
    QCOMPARE(totalBytes->offset, 2);
    QCOMPARE(totalBytes->length, 3);
    const Field* ids = findField(decoded.fields, QStringLiteral("ids"));
    QVERIFY(ids);
    QVERIFY(ids->value.startsWith(u"packed, 3 value"));
    QCOMPARE(ids->offset, 5);
    QCOMPARE(ids->length, 6);
    const Field* third = findField(decoded.fields, QStringLiteral("ids[2]"));
    QVERIFY(third);
    QCOMPARE(third->value, QStringLiteral("300"));
    QCOMPARE(third->offset, 9);
    QCOMPARE(third->length, 2);
    QCOMPARE(third->depth, 1);
    const Field* unknown = findField(decoded.fields, QStringLiteral("#9 (unknown field)"));
    QVERIFY(unknown);
    QCOMPARE(unknown->value, QStringLiteral("5"));
    QCOMPARE(unknown->offset, 11);
    // Each field's tag is a child that points at the key bytes.
    const Field* tag = findField(decoded.fields, QStringLiteral("tag"));
    QVERIFY(tag);
    QCOMPARE(tag->offset, 0);
    QCOMPARE(tag->length, 1);
    QCOMPARE(tag->depth, 1);
    QVERIFY(tag->value.contains(u"varint"));
    QCOMPARE(decoded.json, QStringLiteral("{\"count\":3,\"totalBytes\":\"300\",\"ids\":[1,2,300]}"));
}

void GrpcFramingTest::schemaDecodesWithoutAType()
{
    const DecodedMessage decoded = GrpcSchema::builtIn().decode({}, LessonMessages::itemRequest(5, 10, 20));
    QVERIFY(decoded.valid);
    QVERIFY(decoded.typeName.isEmpty());
    QCOMPARE(decoded.jsonSize, -1);
    QCOMPARE(findField(decoded.fields, QStringLiteral("#1 (unknown field)"))->value, QStringLiteral("5"));
    QCOMPARE(findField(decoded.fields, QStringLiteral("#3 (unknown field)"))->value, QStringLiteral("20"));
}

void GrpcFramingTest::schemaReportsBrokenBytes()
{
    const GrpcSchema& schema = GrpcSchema::builtIn();
    // A string that announces 9 bytes with 2 left.
    DecodedMessage decoded =
        schema.decode(QStringLiteral("protoviz.lesson.v1.Item"), QByteArray::fromHex("1209ab"));
    QVERIFY(!decoded.valid);
    QVERIFY(decoded.error.contains(u"only 1 follow"));
    // A varint that never ends.
    decoded = schema.decode({}, QByteArray::fromHex("08ffffff"));
    QVERIFY(!decoded.valid);
    QVERIFY(!decoded.error.isEmpty());
    // Field number 0.
    decoded = schema.decode({}, QByteArray::fromHex("0001"));
    QVERIFY(!decoded.valid);
    // Wire type 7 does not exist.
    decoded = schema.decode({}, QByteArray::fromHex("0f"));
    QVERIFY(!decoded.valid);
    QVERIFY(decoded.error.contains(u"wire type 7"));
}

void GrpcFramingTest::schemaMeasuresJson()
{
    for (const int size : {0, 10, 3000}) {
        const DecodedMessage decoded = GrpcSchema::builtIn().decode(QStringLiteral("protoviz.lesson.v1.Item"),
                                                                    LessonMessages::item(4, size));
        QVERIFY(decoded.valid);
        QCOMPARE(decoded.jsonSize, qint64(LessonMessages::itemJson(4, size).size()));
        QCOMPARE(decoded.json.toUtf8(), LessonMessages::itemJson(4, size));
        // Base64 makes the thumbnail a third larger in JSON than on the protobuf wire.
        if (size == 3000)
            QVERIFY(decoded.jsonSize > LessonMessages::item(4, size).size() * 4 / 3);
    }
}

void GrpcFramingTest::schemaReadsJson()
{
    QString error;
    const std::optional<QByteArray> bytes = GrpcSchema::builtIn().fromJson(
        QStringLiteral("protoviz.lesson.v1.ItemRequest"),
        QStringLiteral("{\"id\": 5, \"thumbnailSize\": 10, \"delayMs\": 20}"), &error);
    QVERIFY2(bytes, qPrintable(error));
    QCOMPARE(*bytes, LessonMessages::itemRequest(5, 10, 20));
    QVERIFY(!GrpcSchema::builtIn().fromJson(QStringLiteral("protoviz.lesson.v1.ItemRequest"),
                                            QStringLiteral("{\"nope\": 1}"), &error));
    QVERIFY(error.contains(u"ItemRequest"));
    QVERIFY(!GrpcSchema::builtIn().fromJson(QStringLiteral("no.Such"), QStringLiteral("{}"), &error));
}

void GrpcFramingTest::schemaValidatesWithoutDecoding()
{
    const GrpcSchema& schema = GrpcSchema::builtIn();
    QString error;
    QVERIFY(schema.validate(QStringLiteral("protoviz.lesson.v1.Item"), LessonMessages::item(3, 50), &error));
    QVERIFY(error.isEmpty());
    QVERIFY(
        !schema.validate(QStringLiteral("protoviz.lesson.v1.Item"), QByteArray::fromHex("1209ab"), &error));
    QVERIFY(error.contains(u"only 1 follow"));
    QVERIFY(!schema.validate(QStringLiteral("no.Such"), {}, &error));
}

void GrpcFramingTest::schemaListsAtMostMaxFields()
{
    // UploadSummary.ids packed with 5000 values: one field per value would be 5000 fields.
    QByteArray ids;
    for (int i = 0; i < 5000; ++i)
        ids.append(char(i % 100));
    const QByteArray bytes = QByteArray::fromHex("1a") + QByteArray::fromHex("8827") + ids; // length 5000
    const DecodedMessage decoded =
        GrpcSchema::builtIn().decode(QStringLiteral("protoviz.lesson.v1.UploadSummary"), bytes);
    QVERIFY2(decoded.valid, qPrintable(decoded.error));
    QCOMPARE(decoded.fields.size(), GrpcSchema::MaxFields + 1);
    QVERIFY(decoded.fields.constLast().value.contains(u"not listed"));
    QVERIFY(decoded.json.startsWith(u"{\"ids\":[0,1,2,"));
}

QTEST_GUILESS_MAIN(GrpcFramingTest)
#include "tst_grpcframing.moc"

// Fuzzes GrpcSchema, which decodes protobuf messages through the descriptors of the lesson service for
// the inspector (each field with its tag and value located in the bytes) and checks them as a receiver
// does, applied to arbitrary bytes as every method's request and response type, and as bare wire format.
// Beyond memory safety (ASan, UBSan), every input checks that
//  - every located field lies within the bytes and within the field it belongs to (the one before it
//    at the level above); top-level fields follow each other from the first byte, and cover the bytes
//    when the wire format alone decodes; the list stops at GrpcSchema::MaxFields plus a count;
//  - the top-level fields of a typed decode are those of the bare wire-format decode, or a prefix of
//    them (a nested message can stop it early, the framing cannot differ);
//  - decoding the bytes up to the end of the first top-level field lists exactly its fields;
//  - decode() says valid exactly when validate() does, and explains every invalid message;
//  - a valid message has its JSON, jsonSize is that JSON's UTF-8 size, and the JSON read back with
//    fromJson() is a message that decodes to the same JSON.
//
// Input: byte 0 picks the type (bits 0-1: the method, GetItem, ListItems, UploadItems or Exchange; bit 2:
// its response type rather than its request type; bit 3: no type, the wire format alone) and the depth
// of the top-level fields (bit 4: 1, as GrpcEventLog decodes, else 0); the rest is the message.

#include "fuzzcheck.h"

#include "core/grpc/grpcschema.h"
#include "core/grpc/lessonmessages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

QString typeFrom(quint8 flags)
{
    if (flags & 0x8)
        return {};
    using Method = LessonMessages::Method;
    static constexpr Method methods[] = {Method::GetItem, Method::ListItems, Method::UploadItems,
                                         Method::Exchange};
    const std::optional<GrpcMethod> method =
        GrpcSchema::builtIn().method(LessonMessages::path(methods[flags & 0x3]));
    require(method.has_value(), "a lesson method the schema does not know");
    return (flags & 0x4) ? method->outputType : method->inputType;
}

// The [offset, offset + length) ranges of the fields at the top level, in order.
QList<std::pair<int, int>> topLevel(const DecodedMessage& decoded, int depth)
{
    QList<std::pair<int, int>> ranges;
    for (const Field& field : decoded.fields) {
        if (field.depth == depth && field.offset >= 0)
            ranges.append({field.offset, field.length});
    }
    return ranges;
}

void checkFields(QByteArrayView bytes, const DecodedMessage& decoded, int depth)
{
    require(decoded.fields.size() <= GrpcSchema::MaxFields + 1, "more fields listed than the limit");
    // The ranges of the fields currently open at each level below the top.
    QList<std::pair<qint64, qint64>> open;
    for (qsizetype i = 0; i < decoded.fields.size(); ++i) {
        const Field& field = decoded.fields[i];
        require(!field.name.isEmpty(), "a field without a name");
        require(field.depth >= depth, "a field above the top level");
        if (field.offset < 0) {
            require(i == decoded.fields.size() - 1 && decoded.fields.size() == GrpcSchema::MaxFields + 1,
                    "an unlocated field other than the count of those left out");
            continue;
        }
        const qint64 begin = field.offset;
        const qint64 end = begin + field.length;
        require(field.length > 0 && end <= bytes.size(), "a field outside the bytes");
        const qsizetype level = field.depth - depth;
        require(level <= open.size(), "a field nested below no parent");
        open.resize(level);
        if (level > 0)
            require(begin >= open.back().first && end <= open.back().second, "a field outside its parent");
        open.append({begin, end});
    }
    int expected = 0;
    for (const auto& [offset, length] : topLevel(decoded, depth)) {
        require(offset == expected, "top-level fields that do not follow each other");
        expected = offset + length;
    }
}

void checkDecoding(QByteArrayView bytes, const QString& typeName, int depth)
{
    const GrpcSchema& schema = GrpcSchema::builtIn();
    const DecodedMessage decoded = schema.decode(typeName, bytes, depth);
    checkFields(bytes, decoded, depth);
    require(decoded.valid || !decoded.error.isEmpty(), "an invalid message without an explanation");

    const DecodedMessage wire = schema.decode(QString(), bytes, depth);
    require(wire.typeName.isEmpty() && wire.json.isEmpty() && wire.jsonSize == -1,
            "a wire-format decode with a type or JSON");
    checkFields(bytes, wire, depth);
    const QList<std::pair<int, int>> wireFields = topLevel(wire, depth);
    if (wire.valid && wire.fields.size() <= GrpcSchema::MaxFields)
        require(wireFields.isEmpty() ? bytes.isEmpty()
                                     : wireFields.back().first + wireFields.back().second == bytes.size(),
                "a well-formed message whose top-level fields do not cover it");
    const QList<std::pair<int, int>> typedFields = topLevel(decoded, depth);
    require(typedFields.size() <= wireFields.size() && typedFields == wireFields.first(typedFields.size()),
            "typed and wire-format decoding frame the top-level fields differently");

    if (wireFields.size() >= 2) {
        // No look-ahead: the first field alone decodes to the same fields.
        const DecodedMessage first = schema.decode(QString(), bytes.first(wireFields.first().second), depth);
        qsizetype count = 0;
        while (count < wire.fields.size() && wire.fields[count].offset < wireFields[1].first)
            ++count;
        require(first.valid && first.fields == wire.fields.first(count),
                "the first field decoded alone differs from the whole message's");
    }

    if (typeName.isEmpty()) {
        require(decoded.json.isEmpty() && decoded.jsonSize == -1, "JSON without a schema");
        return;
    }
    require(decoded.typeName == typeName, "a decode that names another type");
    QString error;
    require(schema.validate(typeName, bytes, &error) == decoded.valid, "decode() and validate() disagree");
    require(decoded.valid || !error.isEmpty(), "validate() refused a message without an explanation");
    if (!decoded.valid) {
        require(decoded.json.isEmpty() && decoded.jsonSize == -1, "JSON for an invalid message");
        return;
    }
    require(!decoded.json.isEmpty() && decoded.jsonSize == decoded.json.toUtf8().size(),
            "a valid message without its JSON or with a wrong JSON size");
    const std::optional<QByteArray> again = schema.fromJson(typeName, decoded.json, &error);
    require(again.has_value(), "the JSON of a valid message does not read back");
    const DecodedMessage reread = schema.decode(typeName, *again, depth);
    require(reread.valid && reread.json == decoded.json, "the JSON read back decodes to other JSON");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QString typeName = typeFrom(data[0]);
    const int depth = (data[0] & 0x10) ? 1 : 0;
    // An exact-size heap block, so that ASan catches a read past the input.
    const std::vector<char> buffer(data + 1, data + size);
    checkDecoding(QByteArrayView(buffer.data(), qsizetype(buffer.size())), typeName, depth);
    return 0;
}

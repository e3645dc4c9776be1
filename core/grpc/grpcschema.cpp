#include "core/grpc/grpcschema.h"

#include "resources/proto/lesson.pb.h"

#include <QHash>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/message.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/util/json_util.h>

#include <cstdio>
#include <cstring>

namespace protoviz {

namespace pb = google::protobuf;

namespace {

enum class WireType : quint8 {
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
    StartGroup = 3,
    EndGroup = 4,
    Fixed32 = 5
};

QString wireTypeName(WireType type)
{
    switch (type) {
    case WireType::Varint:
        return GrpcSchema::tr("varint");
    case WireType::Fixed64:
        return GrpcSchema::tr("64-bit");
    case WireType::LengthDelimited:
        return GrpcSchema::tr("length-delimited");
    case WireType::StartGroup:
        return GrpcSchema::tr("start group");
    case WireType::EndGroup:
        return GrpcSchema::tr("end group");
    case WireType::Fixed32:
        return GrpcSchema::tr("32-bit");
    }
    return {};
}

// The wire type a field of this type is written with when it is not packed.
WireType wireTypeOf(const pb::FieldDescriptor* field)
{
    switch (field->type()) {
    case pb::FieldDescriptor::TYPE_DOUBLE:
    case pb::FieldDescriptor::TYPE_FIXED64:
    case pb::FieldDescriptor::TYPE_SFIXED64:
        return WireType::Fixed64;
    case pb::FieldDescriptor::TYPE_FLOAT:
    case pb::FieldDescriptor::TYPE_FIXED32:
    case pb::FieldDescriptor::TYPE_SFIXED32:
        return WireType::Fixed32;
    case pb::FieldDescriptor::TYPE_STRING:
    case pb::FieldDescriptor::TYPE_BYTES:
    case pb::FieldDescriptor::TYPE_MESSAGE:
        return WireType::LengthDelimited;
    case pb::FieldDescriptor::TYPE_GROUP:
        return WireType::StartGroup;
    default:
        return WireType::Varint;
    }
}

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString elided(const QString& text, qsizetype max = 60)
{
    return text.size() <= max ? text : text.first(max) + QChar(0x2026);
}

QString bytesPreview(QByteArrayView bytes)
{
    constexpr qsizetype Shown = 12;
    QString text = GrpcSchema::tr("%n byte(s)", nullptr, int(bytes.size()));
    if (bytes.isEmpty())
        return text;
    text += QLatin1String(": ") +
            QString::fromLatin1(QByteArray(bytes.data(), std::min(bytes.size(), Shown)).toHex(' '));
    if (bytes.size() > Shown)
        text += QChar(0x2026);
    return text;
}

// A scalar's value as text, from the raw varint or fixed bits it was written with.
QString scalarText(const pb::FieldDescriptor* field, quint64 bits)
{
    switch (field->type()) {
    case pb::FieldDescriptor::TYPE_INT32:
        return QString::number(qint32(bits));
    case pb::FieldDescriptor::TYPE_INT64:
    case pb::FieldDescriptor::TYPE_SFIXED64:
        return QString::number(qint64(bits));
    case pb::FieldDescriptor::TYPE_SFIXED32:
        return QString::number(qint32(quint32(bits)));
    case pb::FieldDescriptor::TYPE_SINT32:
    case pb::FieldDescriptor::TYPE_SINT64: {
        // ZigZag: 0, -1, 1, -2 ... are written as 0, 1, 2, 3 ...
        const qint64 value = qint64(bits >> 1) ^ -qint64(bits & 1);
        return QString::number(field->type() == pb::FieldDescriptor::TYPE_SINT32 ? qint32(value) : value);
    }
    case pb::FieldDescriptor::TYPE_BOOL:
        return bits ? QStringLiteral("true") : QStringLiteral("false");
    case pb::FieldDescriptor::TYPE_ENUM: {
        const pb::EnumValueDescriptor* value = field->enum_type()->FindValueByNumber(qint32(bits));
        return value ? QStringLiteral("%1 (%2)").arg(fromStd(value->name())).arg(qint32(bits))
                     : GrpcSchema::tr("%1 (not a value of %2)")
                           .arg(qint32(bits))
                           .arg(fromStd(field->enum_type()->name()));
    }
    case pb::FieldDescriptor::TYPE_DOUBLE: {
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return QString::number(value, 'g', 17);
    }
    case pb::FieldDescriptor::TYPE_FLOAT: {
        const auto low = quint32(bits);
        float value = 0;
        std::memcpy(&value, &low, sizeof value);
        return QString::number(double(value), 'g', 9);
    }
    default:
        return QString::number(bits);
    }
}

// Walks protobuf wire format, naming what it finds through the message's descriptor when it has one.
class WireWalker
{
public:
    explicit WireWalker(QList<Field>* fields)
        : m_fields(fields)
    {
    }

    QString error() const { return m_error; }
    int omitted() const { return m_omitted; }

    bool walk(QByteArrayView bytes, qsizetype base, const pb::Descriptor* type, int depth)
    {
        QHash<int, int> repeatCount;
        qsizetype pos = 0;
        while (pos < bytes.size()) {
            const qsizetype start = pos;
            quint64 key = 0;
            if (!readVarint(bytes, &pos, &key))
                return fail(GrpcSchema::tr("A field tag at byte %1 is cut short.").arg(base + start));
            const quint64 number = key >> 3;
            const auto wire = WireType(key & 7);
            if (number == 0 || number > 536870911)
                return fail(GrpcSchema::tr("Byte %1 holds field number %2, which no message can have.")
                                .arg(base + start)
                                .arg(number));
            const qsizetype keyLength = pos - start;
            const pb::FieldDescriptor* field = type ? type->FindFieldByNumber(int(number)) : nullptr;
            const bool packed = field && field->is_packable() && wire == WireType::LengthDelimited;
            if (field && wireTypeOf(field) != wire && !packed)
                field = nullptr; // a mismatching wire type makes it an unknown field, as parsers treat it
            QString name = field ? fromStd(field->name()) : GrpcSchema::tr("#%1 (unknown field)").arg(number);
            if (field && field->is_repeated() && !packed)
                name += QStringLiteral("[%1]").arg(repeatCount[int(number)]++);
            const QString tagText = GrpcSchema::tr("field %1, wire type %2 (%3)")
                                        .arg(number)
                                        .arg(int(wire))
                                        .arg(wireTypeName(wire));

            switch (wire) {
            case WireType::Varint: {
                quint64 value = 0;
                if (!readVarint(bytes, &pos, &value))
                    return fail(GrpcSchema::tr("The varint of %1 at byte %2 is cut short.")
                                    .arg(name)
                                    .arg(base + start));
                add(name, field ? scalarText(field, value) : QString::number(value), base + start,
                    pos - start, depth);
                add(GrpcSchema::tr("tag"), tagText, base + start, keyLength, depth + 1);
                break;
            }
            case WireType::Fixed64:
            case WireType::Fixed32: {
                const qsizetype width = wire == WireType::Fixed64 ? 8 : 4;
                if (bytes.size() - pos < width)
                    return fail(GrpcSchema::tr("The value of %1 at byte %2 is cut short.")
                                    .arg(name)
                                    .arg(base + start));
                quint64 value = 0;
                for (qsizetype i = width - 1; i >= 0; --i)
                    value = (value << 8) | quint8(bytes[pos + i]);
                pos += width;
                add(name, field ? scalarText(field, value) : QString::number(value), base + start,
                    pos - start, depth);
                add(GrpcSchema::tr("tag"), tagText, base + start, keyLength, depth + 1);
                break;
            }
            case WireType::LengthDelimited: {
                quint64 length = 0;
                const qsizetype lengthStart = pos;
                if (!readVarint(bytes, &pos, &length))
                    return fail(GrpcSchema::tr("The length of %1 at byte %2 is cut short.")
                                    .arg(name)
                                    .arg(base + start));
                if (length > quint64(bytes.size() - pos))
                    return fail(GrpcSchema::tr("%1 at byte %2 announces %3 bytes, but only %4 follow.")
                                    .arg(name)
                                    .arg(base + start)
                                    .arg(length)
                                    .arg(bytes.size() - pos));
                const QByteArrayView value = bytes.sliced(pos, qsizetype(length));
                const qsizetype valueStart = pos;
                pos += qsizetype(length);
                if (!lengthDelimited(field, packed, name, value, base, start, valueStart, pos, depth, tagText,
                                     keyLength, valueStart - lengthStart))
                    return false;
                break;
            }
            case WireType::StartGroup:
            case WireType::EndGroup:
                return fail(GrpcSchema::tr("Byte %1 starts a group (wire type %2), an encoding proto3 no "
                                           "longer writes.")
                                .arg(base + start)
                                .arg(int(wire)));
            default:
                return fail(GrpcSchema::tr("Byte %1 holds wire type %2, which does not exist.")
                                .arg(base + start)
                                .arg(int(wire)));
            }
        }
        return true;
    }

private:
    bool lengthDelimited(const pb::FieldDescriptor* field, bool packed, const QString& name,
                         QByteArrayView value, qsizetype base, qsizetype start, qsizetype valueStart,
                         qsizetype end, int depth, const QString& tagText, qsizetype keyLength,
                         qsizetype lengthLength)
    {
        const qsizetype fieldIndex = m_fields->size();
        auto children = [&] {
            add(GrpcSchema::tr("tag"), tagText, base + start, keyLength, depth + 1);
            add(GrpcSchema::tr("length"), GrpcSchema::tr("%n byte(s)", nullptr, int(value.size())),
                base + start + keyLength, lengthLength, depth + 1);
        };
        if (packed) {
            add(name, GrpcSchema::tr("packed, %n byte(s)", nullptr, int(value.size())), base + start,
                end - start, depth);
            children();
            return packedValues(field, value, base + valueStart, depth + 1, fieldIndex);
        }
        if (field && field->type() == pb::FieldDescriptor::TYPE_MESSAGE) {
            add(name,
                GrpcSchema::tr("%1, %n byte(s)", nullptr, int(value.size()))
                    .arg(fromStd(field->message_type()->name())),
                base + start, end - start, depth);
            children();
            if (depth + 1 >= GrpcSchema::MaxDepth)
                return fail(GrpcSchema::tr("Messages nest deeper than %1 levels.").arg(GrpcSchema::MaxDepth));
            return walk(value, base + valueStart, field->message_type(), depth + 1);
        }
        QString text;
        if (field && field->type() == pb::FieldDescriptor::TYPE_STRING)
            text =
                QLatin1Char('"') + elided(QString::fromUtf8(value.data(), value.size())) + QLatin1Char('"');
        else
            text = bytesPreview(value);
        add(name, text, base + start, end - start, depth);
        children();
        return true;
    }

    bool packedValues(const pb::FieldDescriptor* field, QByteArrayView value, qsizetype base, int depth,
                      qsizetype headerIndex)
    {
        const WireType element = wireTypeOf(field);
        const QString name = fromStd(field->name());
        qsizetype pos = 0;
        int count = 0;
        while (pos < value.size()) {
            const qsizetype start = pos;
            quint64 bits = 0;
            if (element == WireType::Varint) {
                if (!readVarint(value, &pos, &bits))
                    return fail(GrpcSchema::tr("A packed value of %1 is cut short.").arg(name));
            } else {
                const qsizetype width = element == WireType::Fixed64 ? 8 : 4;
                if (value.size() - pos < width)
                    return fail(GrpcSchema::tr("A packed value of %1 is cut short.").arg(name));
                for (qsizetype i = width - 1; i >= 0; --i)
                    bits = (bits << 8) | quint8(value[pos + i]);
                pos += width;
            }
            add(QStringLiteral("%1[%2]").arg(name).arg(count++), scalarText(field, bits), base + start,
                pos - start, depth);
        }
        if (headerIndex < m_fields->size())
            (*m_fields)[headerIndex].value = GrpcSchema::tr("packed, %n value(s)", nullptr, count);
        return true;
    }

    static bool readVarint(QByteArrayView bytes, qsizetype* pos, quint64* value)
    {
        quint64 result = 0;
        for (int shift = 0; shift < 70 && *pos < bytes.size(); shift += 7) {
            const auto byte = quint8(bytes[(*pos)++]);
            result |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return false;
    }

    void add(const QString& name, const QString& value, qsizetype offset, qsizetype length, int depth)
    {
        if (m_fields->size() >= GrpcSchema::MaxFields) {
            ++m_omitted;
            return;
        }
        m_fields->append({name, value, int(offset), int(length), depth});
    }

    bool fail(const QString& error)
    {
        m_error = error;
        return false;
    }

    QList<Field>* m_fields;
    QString m_error;
    int m_omitted = 0;
};

GrpcMethod methodFrom(const pb::MethodDescriptor* method)
{
    GrpcMethod result;
    result.service = fromStd(method->service()->full_name());
    result.name = fromStd(method->name());
    result.path = '/' + result.service.toUtf8() + '/' + result.name.toUtf8();
    result.inputType = fromStd(method->input_type()->full_name());
    result.outputType = fromStd(method->output_type()->full_name());
    result.clientStreaming = method->client_streaming();
    result.serverStreaming = method->server_streaming();
    return result;
}

} // namespace

struct GrpcSchema::Private
{
    const pb::DescriptorPool* pool = nullptr;
    pb::DynamicMessageFactory factory;

    const pb::Descriptor* type(const QString& name) const
    {
        return name.isEmpty() ? nullptr : pool->FindMessageTypeByName(name.toStdString());
    }
};

GrpcSchema::GrpcSchema()
    : d(std::make_unique<Private>())
{
    // Naming a generated type links lesson.pb.cc in (it would be dropped from the static library
    // otherwise) and so puts lesson.proto's descriptors in the generated pool.
    d->pool = lesson::v1::Item::descriptor()->file()->pool();
    d->factory.SetDelegateToGeneratedFactory(true);
    // Protobuf logs what it dislikes in parsed bytes to stderr; ProtoViz explains that in events
    // instead, so only fatal messages (which abort anyway) get through.
    pb::SetLogHandler([](pb::LogLevel level, const char* file, int line, const std::string& message) {
        if (level == pb::LOGLEVEL_FATAL)
            std::fprintf(stderr, "[libprotobuf FATAL %s:%d] %s\n", file, line, message.c_str());
    });
}

GrpcSchema::~GrpcSchema() = default;

const GrpcSchema& GrpcSchema::builtIn()
{
    static const GrpcSchema schema;
    return schema;
}

std::optional<GrpcMethod> GrpcSchema::method(QByteArrayView path) const
{
    QString service;
    QString name;
    if (!GrpcMethod::splitPath(path, &service, &name))
        return std::nullopt;
    const pb::ServiceDescriptor* descriptor = d->pool->FindServiceByName(service.toStdString());
    const pb::MethodDescriptor* method =
        descriptor ? descriptor->FindMethodByName(name.toStdString()) : nullptr;
    if (!method)
        return std::nullopt;
    return methodFrom(method);
}

DecodedMessage GrpcSchema::decode(const QString& typeName, QByteArrayView bytes, int depth) const
{
    DecodedMessage decoded;
    const pb::Descriptor* type = d->type(typeName);
    decoded.typeName = type ? fromStd(type->full_name()) : QString();
    WireWalker walker(&decoded.fields);
    const bool wellFormed = walker.walk(bytes, 0, type, depth);
    if (walker.omitted() > 0)
        decoded.fields.append({QString(QChar(0x2026)),
                               tr("%n more field(s) not listed", nullptr, walker.omitted()), -1, 0, depth});
    if (!type) {
        decoded.valid = wellFormed;
        decoded.error = walker.error();
        return decoded;
    }
    std::unique_ptr<pb::Message> message(d->factory.GetPrototype(type)->New());
    if (!message->ParseFromArray(bytes.data(), int(bytes.size()))) {
        decoded.error = wellFormed
                            ? tr("The bytes are not a valid %1.").arg(decoded.typeName)
                            : tr("The bytes are not a valid %1: %2").arg(decoded.typeName, walker.error());
        return decoded;
    }
    decoded.valid = true;
    std::string json;
    if (pb::util::MessageToJsonString(*message, &json).ok()) {
        decoded.json = fromStd(json);
        decoded.jsonSize = qint64(json.size());
    }
    return decoded;
}

bool GrpcSchema::validate(const QString& typeName, QByteArrayView bytes, QString* error) const
{
    const pb::Descriptor* type = d->type(typeName);
    if (!type) {
        *error = tr("The schema has no message type \"%1\".").arg(typeName);
        return false;
    }
    std::unique_ptr<pb::Message> message(d->factory.GetPrototype(type)->New());
    if (message->ParseFromArray(bytes.data(), int(bytes.size())))
        return true;
    // Only now is it worth walking the bytes, to say where they break.
    *error = decode(typeName, bytes).error;
    return false;
}

std::optional<QByteArray> GrpcSchema::fromJson(const QString& typeName, const QString& json,
                                               QString* error) const
{
    const pb::Descriptor* type = d->type(typeName);
    if (!type) {
        *error = tr("The schema has no message type \"%1\".").arg(typeName);
        return std::nullopt;
    }
    std::unique_ptr<pb::Message> message(d->factory.GetPrototype(type)->New());
    const pb::util::Status status = pb::util::JsonStringToMessage(json.toStdString(), message.get());
    if (!status.ok()) {
        const auto text = status.message();
        *error = tr("The JSON is not a %1: %2")
                     .arg(typeName, QString::fromUtf8(text.data(), qsizetype(text.size())));
        return std::nullopt;
    }
    const std::string bytes = message->SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace protoviz

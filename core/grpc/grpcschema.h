#pragma once

#include "core/grpc/grpcmethod.h"
#include "core/timeline/eventdetail.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace protoviz {

/// A protobuf message taken apart: its fields as the inspector lists them and its size in Protobuf's
/// JSON mapping. A value type.
struct DecodedMessage
{
    QString typeName;     ///< fully qualified type, empty when decoded without a schema
    bool valid = false;   ///< the bytes parse as the type (or, without one, as well-formed wire format)
    QString error;        ///< why not, in plain words
    QList<Field> fields;  ///< every field in wire order; offsets count from the message's first byte
    QString json;         ///< the message in Protobuf's JSON mapping (empty without a schema)
    qint64 jsonSize = -1; ///< UTF-8 bytes of json, -1 without a schema
};

/// Protobuf descriptors of the messages and services ProtoViz speaks gRPC with, used generically:
/// methods are found by :path, messages decoded field by field through reflection (names, types,
/// nested messages, enums) and measured in JSON — no code per message type. The wire format is walked
/// as well, so that each field knows where its tag and value lie in the bytes.
///
/// Thread-safe: every session thread shares the one built-in schema.
class GrpcSchema
{
    Q_DECLARE_TR_FUNCTIONS(GrpcSchema)

public:
    /// Nesting beyond this is reported rather than followed (untrusted bytes must not exhaust the stack).
    static constexpr int MaxDepth = 32;
    /// A message lists at most this many fields; the rest are counted (a long repeated field must not
    /// swamp the timeline).
    static constexpr int MaxFields = 4096;

    /// The schema compiled into ProtoViz: resources/proto/lesson.proto.
    static const GrpcSchema& builtIn();

    ~GrpcSchema();
    GrpcSchema(const GrpcSchema&) = delete;
    GrpcSchema& operator=(const GrpcSchema&) = delete;

    /// The method a :path names, or nullopt when no service of the schema has it.
    std::optional<GrpcMethod> method(QByteArrayView path) const;

    /// Decodes message bytes as typeName. An empty or unknown typeName decodes the wire format alone:
    /// field numbers, wire types and raw values. depth is the nesting level of the top-level fields.
    DecodedMessage decode(const QString& typeName, QByteArrayView bytes, int depth = 0) const;

    /// Whether bytes parse as typeName, without taking them apart (what a receiver checks when nothing
    /// records). Sets *error, in plain words, when they do not.
    bool validate(const QString& typeName, QByteArrayView bytes, QString* error) const;

    /// Serializes a message of typeName written in Protobuf's JSON mapping. Returns nullopt and sets
    /// *error if the type is unknown or the JSON does not fit it.
    std::optional<QByteArray> fromJson(const QString& typeName, const QString& json, QString* error) const;

private:
    GrpcSchema();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace protoviz

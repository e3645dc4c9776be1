#pragma once

#include "core/grpc/grpcmessagereader.h"
#include "core/http/httpmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace protoviz {

/// One decoded gRPC-Web response body (application/grpc-web+proto): the length-prefixed messages, then
/// the trailer frame that carries the status. A value type.
struct GrpcWebBody
{
    QList<GrpcFrame> messages; ///< the data frames (flag 0x00), in order
    QByteArray trailerFrame;   ///< the trailer frame as it crossed the wire (prefix included); empty if none
    HeaderList trailers;       ///< its fields, names lower-cased
    QString error;             ///< empty when the body follows the format; else what is wrong
    QByteArray errorBytes;     ///< the bytes the error was found in (a prefix, a line)
};

/// The wire format of gRPC-Web (grpc/doc/PROTOCOL-WEB.md) for HTTP/1.1 peers that cannot read HTTP/2
/// trailers: the same 5-byte length-prefixed messages as gRPC in the body, and the trailers as one more
/// frame at its end whose flag byte has its top bit set (0x80) and whose payload is the trailer fields
/// written as HTTP/1.1 header lines ("grpc-status: 0\r\ngrpc-message: ...\r\n"). Stateless; every
/// function is thread-safe and takes untrusted bytes without crashing.
class GrpcWebCodec
{
    Q_DECLARE_TR_FUNCTIONS(GrpcWebCodec)

public:
    /// The flag bit that marks the trailer frame.
    static constexpr quint8 TrailerFlag = 0x80;
    /// The flag bit that marks a compressed message (ProtoViz only speaks the identity encoding).
    static constexpr quint8 CompressedFlag = 0x01;

    /// "application/grpc-web+proto": what the client sends and the proxy answers.
    static QByteArray contentType();
    /// Whether a content-type names binary gRPC-Web: "application/grpc-web", alone or followed by
    /// "+proto" or ";parameters" (the base64 "-text" variant is not spoken here).
    static bool isGrpcWebContentType(QByteArrayView contentType);

    /// The trailer frame for these fields: flag 0x80, the payload's length, then "name: value\r\n" per
    /// field with the name lower-cased. Fields that would break the lines (CR, LF) are left out.
    static QByteArray trailerFrame(const HeaderList& trailers);
    /// The fields of a trailer frame's payload. Returns false and sets *error for a line without a
    /// colon, an empty name, or a stray CR or LF.
    static bool parseTrailers(QByteArrayView payload, HeaderList* trailers, QString* error);

    /// Splits a complete response body into messages and the trailer frame. Reports, in error: a
    /// compressed or unknown flag, a length above maxMessageSize, bytes after the trailer frame, a body
    /// that ends inside a frame, or one without a trailer frame (a gRPC-Web response must have one,
    /// unless the status came in the HTTP headers).
    static GrpcWebBody decodeBody(QByteArrayView body,
                                  quint32 maxMessageSize = GrpcMessageReader::DefaultMaxMessageSize);

    /// The decoded fields of a trailer frame with their offsets: flag, length, and one per line.
    static QList<Field> trailerFrameFields(QByteArrayView frame);
};

} // namespace protoviz

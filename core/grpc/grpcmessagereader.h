#pragma once

#include "core/grpc/grpcstatus.h"
#include "core/timeline/eventdetail.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace protoviz {

/// One length-prefixed message of a gRPC stream as it crossed the wire: a compressed flag byte, a
/// four-byte big-endian length and the message itself.
struct GrpcFrame
{
    QByteArray bytes; ///< the five prefix bytes followed by the message
    bool compressed = false;
    quint32 length = 0;

    static constexpr int PrefixSize = 5;

    QByteArray message() const { return bytes.sliced(PrefixSize); }
};

/// Splits the bytes of one direction of a gRPC stream (the DATA of one HTTP/2 stream, in order) into
/// length-prefixed messages, however the bytes were cut into frames. Stops at the first framing error:
/// a compressed flag other than 0 or 1, a set flag when no compression was negotiated (ProtoViz only
/// speaks the identity encoding), a length above the receive limit, or — once finish() says the
/// stream ended — a message the data fell short of. A value type; not thread-safe.
class GrpcMessageReader
{
    Q_DECLARE_TR_FUNCTIONS(GrpcMessageReader)

public:
    /// gRPC's default limit on a received message (grpc.max_receive_message_length).
    static constexpr quint32 DefaultMaxMessageSize = 4 * 1024 * 1024;

    enum class Error : quint8 {
        None,
        BadCompressedFlag,         ///< the flag byte is neither 0 nor 1
        CompressedWithoutEncoding, ///< flag 1 while the stream's grpc-encoding is identity
        TooLarge,                  ///< the announced length exceeds the receive limit
        Truncated,                 ///< the stream ended inside a prefix or before the announced length
    };

    explicit GrpcMessageReader(quint32 maxMessageSize = DefaultMaxMessageSize);

    /// Appends data and returns the messages it completed, in order. Returns nothing once an error
    /// has been found.
    QList<GrpcFrame> feed(QByteArrayView data);
    /// The stream ended (END_STREAM): bytes left over are a truncated message. Returns false then.
    bool finish();

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    /// The status a receiver reports for the error: INTERNAL, or RESOURCE_EXHAUSTED for TooLarge,
    /// with an explanation in plain words.
    GrpcStatus errorStatus() const;
    /// The bytes the error was found in (a prefix, or what arrived of a truncated message).
    QByteArray errorBytes() const { return m_errorBytes; }
    /// Messages completed so far.
    int messageCount() const { return m_count; }

    /// Whether a content-type names this framing: "application/grpc", alone or followed by "+proto",
    /// "+json" or ";parameters".
    static bool isGrpcContentType(QByteArrayView contentType);
    /// Frames a message: prefix (flag 0, the length) and the bytes.
    static QByteArray frame(QByteArrayView message);
    /// The decoded fields of a prefix, with their offsets: compressed flag at 0, length at 1..4.
    static QList<Field> prefixFields(QByteArrayView prefix);

private:
    void fail(Error error, QByteArray bytes);

    const quint32 m_maxMessageSize;
    QByteArray m_buffer;
    Error m_error = Error::None;
    QByteArray m_errorBytes;
    quint32 m_announced = 0; // length of the message whose prefix caused the error
    int m_count = 0;
};

} // namespace protoviz

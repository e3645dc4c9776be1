#pragma once

#include "core/grpc/grpcmessagereader.h"
#include "core/grpc/grpcmethod.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/grpcstatus.h"
#include "core/http/httpmessage.h"
#include "core/timeline/eventrecorder.h"

#include <QCoreApplication>

#include <optional>

namespace protoviz {

/// Flags of Layer::Grpc events.
namespace GrpcFlag {
constexpr quint8 Compressed = 0x01; ///< Message: the compressed flag was set
constexpr quint8 TrailersOnly =
    0x01;                      ///< CallFinished: the status came in the only header block (Trailers-Only)
constexpr quint8 Reset = 0x02; ///< CallFinished: the call ended with RST_STREAM, not with trailers
constexpr quint8 Local =
    0x04; ///< CallFinished: this side decided the status (deadline, cancel, bad response)
constexpr quint8 HttpError = 0x08; ///< CallFinished: the response's HTTP status was not 200
} // namespace GrpcFlag

/// What a gRPC endpoint (client or server) records on the timeline: Layer::Grpc events for the start of
/// each call (its request headers), each length-prefixed message — its prefix fields with offsets, its
/// protobuf fields decoded through the schema, its size on the wire and as JSON — the status that ended
/// the call, and framing or protocol errors with the bytes they were found in. stream = HTTP/2 stream id.
/// A value type; records nothing when its recorder is inactive.
class GrpcEventLog
{
    Q_DECLARE_TR_FUNCTIONS(GrpcEventLog)

public:
    GrpcEventLog() = default;
    explicit GrpcEventLog(EventRecorder recorder)
        : m_recorder(recorder)
    {
    }

    bool isActive() const { return m_recorder.isActive(); }

    /// A call's request headers (sent by a client, received by a server). method: what the schema says
    /// of the :path, if anything. The detail text is the :path.
    void callStarted(qint32 stream, const HeaderList& headers, const std::optional<GrpcMethod>& method) const;

    /// A message this side sends, decoded through schema as typeName when recording (an empty typeName
    /// decodes the wire format alone). sequence counts the call's messages in this direction from 1.
    void sent(qint32 stream, const GrpcFrame& frame, const GrpcSchema& schema, const QString& typeName,
              const QString& methodName, int sequence) const;

    /// A message this side received, recorded as sent() records. Returns whether it parses as typeName
    /// (always true without one) and sets *error when not: a receiver checks that even when nothing
    /// records.
    bool received(qint32 stream, const GrpcFrame& frame, const GrpcSchema& schema, const QString& typeName,
                  const QString& methodName, int sequence, QString* error) const;

    /// The call's status. direction: which way the status travelled (trailers go server to client, a
    /// client's RST_STREAM the other way, None when this side decided alone). flags: GrpcFlag.
    void callFinished(qint32 stream, const GrpcStatus& status, Direction direction, quint8 flags,
                      const HeaderList& trailers = {}) const;

    /// A framing or protocol error. bytes: where it was found (a message prefix, say); fields: its
    /// decoded fields, with offsets into bytes.
    void error(qint32 stream, const QString& text, const QByteArray& bytes = {},
               const QList<Field>& fields = {}) const;

private:
    void message(qint32 stream, const GrpcFrame& frame, const DecodedMessage& decoded, Direction direction,
                 const QString& methodName, int sequence) const;

    EventRecorder m_recorder;
};

} // namespace protoviz

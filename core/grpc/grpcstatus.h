#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace protoviz {

/// The status codes of gRPC (grpc/doc/statuscodes.md), as sent in grpc-status.
enum class GrpcStatusCode : quint8 {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
};

/// How a gRPC call ended: a code and a message for people. A value type.
struct GrpcStatus
{
    Q_DECLARE_TR_FUNCTIONS(GrpcStatus)

public:
    GrpcStatusCode code = GrpcStatusCode::Ok;
    QString message;

    bool isOk() const { return code == GrpcStatusCode::Ok; }

    /// "DEADLINE_EXCEEDED", as the specification spells the code.
    static QString codeName(GrpcStatusCode code);
    /// "DEADLINE_EXCEEDED (4)" or "DEADLINE_EXCEEDED (4): message".
    QString toString() const;

    /// The code of a grpc-status value, or Unknown for anything that is not a number from 0 to 16.
    static GrpcStatusCode codeFromHeader(QByteArrayView value, bool* valid = nullptr);

    /// The status a client reports when the response's HTTP status is not 200 (the mapping in
    /// grpc/doc/http-grpc-status-mapping.md: 400 INTERNAL, 401 UNAUTHENTICATED, 404 UNIMPLEMENTED, ...).
    static GrpcStatus fromHttpStatus(int httpStatus);
    /// The status a client reports when the stream was reset with this HTTP/2 error code.
    static GrpcStatus fromHttp2ErrorCode(quint32 errorCode);

    /// grpc-message encoding: UTF-8, with every byte outside printable ASCII (and '%') written as %XX.
    static QByteArray encodeMessage(const QString& message);
    /// The reverse; malformed escapes are kept as they are, as the specification asks.
    static QString decodeMessage(QByteArrayView value);
};

} // namespace protoviz

#pragma once

#include "core/grpc/grpcservice.h"

#include <QCoreApplication>

namespace protoviz {

/// ProtoViz's lesson service (resources/proto/lesson.proto), one method per call type:
/// - GetItem (unary): the item asked for, after delay_ms if the request says so (what deadline lessons
///   exceed);
/// - ListItems (server streaming): count items from first_id, interval_ms apart;
/// - UploadItems (client streaming): counts the items the client streams, answers once it has finished;
/// - Exchange (bidirectional): acknowledges each item as soon as it arrives, ends when the client does.
/// Requests outside the service's limits (a thumbnail beyond 4 MiB, a delay beyond a minute, ...) end
/// with INVALID_ARGUMENT. Stateless: one instance serves every connection.
class LessonService final : public GrpcService
{
    Q_DECLARE_TR_FUNCTIONS(LessonService)

public:
    static constexpr int MaxDelayMs = 60 * 1000;
    static constexpr int MaxListCount = 100000;
    static constexpr qint64 MaxListBytes = 256 * 1024 * 1024;

    QString name() const override;
    void serve(GrpcServerCall* call) const override;

private:
    static void getItem(GrpcServerCall* call);
    static void listItems(GrpcServerCall* call);
    static void uploadItems(GrpcServerCall* call);
    static void exchange(GrpcServerCall* call);
};

} // namespace protoviz

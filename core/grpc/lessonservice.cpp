#include "core/grpc/lessonservice.h"

#include "resources/proto/lesson.pb.h"

#include "core/grpc/grpcservercall.h"
#include "core/grpc/lessonmessages.h"

#include <QTimer>

#include <functional>
#include <memory>

namespace protoviz {

namespace lpb = lesson::v1;

QString LessonService::name() const
{
    return LessonMessages::serviceName();
}

void LessonService::serve(GrpcServerCall* call) const
{
    const QString method = call->method().name;
    if (method == QLatin1String("GetItem"))
        getItem(call);
    else if (method == QLatin1String("ListItems"))
        listItems(call);
    else if (method == QLatin1String("UploadItems"))
        uploadItems(call);
    else if (method == QLatin1String("Exchange"))
        exchange(call);
    else
        call->finish(
            {GrpcStatusCode::Unimplemented, tr("The lesson service does not implement %1.").arg(method)});
}

void LessonService::getItem(GrpcServerCall* call)
{
    QObject::connect(call, &GrpcServerCall::messageReceived, call, [call](const QByteArray& bytes) {
        lpb::ItemRequest request;
        request.ParseFromArray(bytes.constData(), int(bytes.size()));
        if (request.thumbnail_size() > quint32(LessonMessages::MaxThumbnailSize)) {
            call->finish(
                {GrpcStatusCode::InvalidArgument, tr("thumbnail_size %1 is above the limit of %2 bytes.")
                                                      .arg(request.thumbnail_size())
                                                      .arg(LessonMessages::MaxThumbnailSize)});
            return;
        }
        if (request.delay_ms() > quint32(MaxDelayMs)) {
            call->finish(
                {GrpcStatusCode::InvalidArgument,
                 tr("delay_ms %1 is above the limit of %2 ms.").arg(request.delay_ms()).arg(MaxDelayMs)});
            return;
        }
        const quint32 id = request.id();
        const int size = int(request.thumbnail_size());
        auto answer = [call, id, size] {
            call->sendMessage(LessonMessages::item(id, size));
            call->finish({});
        };
        if (request.delay_ms() == 0)
            answer();
        else
            QTimer::singleShot(int(request.delay_ms()), Qt::PreciseTimer, call, answer);
    });
}

void LessonService::listItems(GrpcServerCall* call)
{
    QObject::connect(call, &GrpcServerCall::messageReceived, call, [call](const QByteArray& bytes) {
        lpb::ListRequest request;
        request.ParseFromArray(bytes.constData(), int(bytes.size()));
        const qint64 total = qint64(request.count()) * qint64(request.thumbnail_size());
        if (request.count() > quint32(MaxListCount) ||
            request.thumbnail_size() > quint32(LessonMessages::MaxThumbnailSize) || total > MaxListBytes ||
            request.interval_ms() > quint32(MaxDelayMs)) {
            call->finish({GrpcStatusCode::InvalidArgument,
                          tr("The list is beyond the service's limits: at most %1 items, %2 bytes of "
                             "thumbnails in all, %3 ms between items.")
                              .arg(MaxListCount)
                              .arg(MaxListBytes)
                              .arg(MaxDelayMs)});
            return;
        }
        struct Listing
        {
            quint32 next;
            quint32 end;
            int size;
            int intervalMs;
        };
        const auto listing =
            std::make_shared<Listing>(Listing{request.first_id(), request.first_id() + request.count(),
                                              int(request.thumbnail_size()), int(request.interval_ms())});
        auto sendNext = std::make_shared<std::function<void()>>();
        *sendNext = [call, listing, weakNext = std::weak_ptr(sendNext)] {
            // Without an interval every item is queued at once and HTTP/2 flow control paces them.
            do {
                if (listing->next == listing->end) {
                    call->finish({});
                    return;
                }
                call->sendMessage(LessonMessages::item(listing->next++, listing->size));
            } while (listing->intervalMs == 0);
            if (const auto next = weakNext.lock())
                QTimer::singleShot(listing->intervalMs, Qt::PreciseTimer, call, [next] { (*next)(); });
        };
        // The timer chain holds the function; the call's end (deletion) drops it.
        QTimer::singleShot(0, call, [sendNext] { (*sendNext)(); });
    });
}

void LessonService::uploadItems(GrpcServerCall* call)
{
    auto summary = std::make_shared<lpb::UploadSummary>();
    QObject::connect(call, &GrpcServerCall::messageReceived, call, [summary](const QByteArray& bytes) {
        lpb::Item item;
        item.ParseFromArray(bytes.constData(), int(bytes.size()));
        summary->set_count(summary->count() + 1);
        summary->set_total_bytes(summary->total_bytes() + quint64(bytes.size()));
        summary->add_ids(item.id());
    });
    QObject::connect(call, &GrpcServerCall::halfClosed, call, [call, summary] {
        const std::string bytes = summary->SerializeAsString();
        call->sendMessage(QByteArray(bytes.data(), qsizetype(bytes.size())));
        call->finish({});
    });
}

void LessonService::exchange(GrpcServerCall* call)
{
    QObject::connect(call, &GrpcServerCall::messageReceived, call, [call](const QByteArray& bytes) {
        lpb::Item item;
        item.ParseFromArray(bytes.constData(), int(bytes.size()));
        lpb::Ack ack;
        ack.set_id(item.id());
        ack.set_received_bytes(quint64(bytes.size()));
        const std::string answer = ack.SerializeAsString();
        call->sendMessage(QByteArray(answer.data(), qsizetype(answer.size())));
    });
    QObject::connect(call, &GrpcServerCall::halfClosed, call, [call] { call->finish({}); });
}

} // namespace protoviz

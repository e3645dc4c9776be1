#include "core/session/grpcworkload.h"

#include "core/grpc/grpcchannel.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/lessonmessages.h"
#include "core/session/grpcstatistics.h"

#include <memory>

namespace protoviz {

using Method = LessonMessages::Method;

GrpcWorkload::GrpcWorkload(GrpcChannel* channel, EventRecorder recorder, GrpcSessionConfig::Pattern pattern,
                           int items, int itemSize, QObject* parent)
    : QObject(parent)
    , m_channel(channel)
    , m_recorder(recorder)
    , m_pattern(pattern)
    , m_items(items)
    , m_itemSize(itemSize)
{
}

void GrpcWorkload::start()
{
    switch (m_pattern) {
    case GrpcSessionConfig::Pattern::Fetch:
        fetchConcurrently();
        break;
    case GrpcSessionConfig::Pattern::OneAtATime:
        fetchOneAtATime(0);
        break;
    case GrpcSessionConfig::Pattern::Streams:
        listAll();
        break;
    }
}

void GrpcWorkload::fetchConcurrently()
{
    while (!m_finished && m_inFlight < GrpcSessionConfig::MaxCallsInFlight && m_next < quint32(m_items)) {
        ++m_inFlight;
        fetch(m_next++, [this] {
            --m_inFlight;
            if (m_completed == m_items)
                succeed();
            else
                fetchConcurrently();
        });
    }
}

void GrpcWorkload::fetchOneAtATime(quint32 id)
{
    fetch(id, [this, id] {
        if (id + 1 < quint32(m_items))
            fetchOneAtATime(id + 1);
        else
            exchangeOneAtATime();
    });
}

void GrpcWorkload::fetch(quint32 id, const std::function<void()>& done)
{
    requested(id);
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::GetItem));
    auto size = std::make_shared<ItemSize>();
    connect(call, &GrpcClientCall::messageReceived, this, [this, id, size](const QByteArray& item) {
        if (LessonMessages::itemId(item) == std::optional<quint32>(id))
            *size = measure(item);
        else
            fail(tr("GetItem for item %1 answered another item.").arg(id));
    });
    connect(call, &GrpcClientCall::finished, this, [this, call, id, size, done] {
        if (failIfNotOk(call, tr("GetItem for item %1").arg(id)))
            return;
        if (size->protobufBytes < 0) {
            fail(tr("GetItem for item %1 answered no item.").arg(id));
            return;
        }
        completed(id, *size);
        done();
    });
    call->sendMessage(LessonMessages::itemRequest(id, m_itemSize));
    call->closeSend();
}

void GrpcWorkload::exchangeOneAtATime()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::Exchange));
    auto send = [this, call](quint32 id) {
        const QByteArray item = LessonMessages::item(id, m_itemSize);
        m_uploadSizes.append(measure(item));
        requested(quint32(m_items) + id);
        call->sendMessage(item);
    };
    connect(call, &GrpcClientCall::messageReceived, this, [this, call, send](const QByteArray& ack) {
        const auto expected = quint32(m_uploadSizes.size() - 1);
        if (LessonMessages::ackId(ack) != std::optional<quint32>(expected)) {
            fail(tr("Exchange acknowledged another item than %1.").arg(expected));
            return;
        }
        completed(quint32(m_items) + expected, m_uploadSizes.constLast());
        if (expected + 1 < quint32(m_items))
            send(expected + 1);
        else
            call->closeSend();
    });
    connect(call, &GrpcClientCall::finished, this, [this, call] {
        if (failIfNotOk(call, tr("Exchange")))
            return;
        if (m_completed != 2 * m_items) {
            fail(tr("Exchange ended with %n item(s) unacknowledged.", nullptr, 2 * m_items - m_completed));
            return;
        }
        succeed();
    });
    send(0);
}

void GrpcWorkload::listAll()
{
    for (quint32 id = 0; id < quint32(m_items); ++id)
        requested(id);
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::ListItems));
    connect(call, &GrpcClientCall::messageReceived, this, [this](const QByteArray& item) {
        const auto expected = quint32(m_completed);
        if (LessonMessages::itemId(item) != std::optional<quint32>(expected)) {
            fail(tr("ListItems sent another item than %1.").arg(expected));
            return;
        }
        completed(expected, measure(item));
    });
    connect(call, &GrpcClientCall::finished, this, [this, call] {
        if (failIfNotOk(call, tr("ListItems")))
            return;
        if (m_completed != m_items) {
            fail(tr("ListItems ended after %1 of %2 items.").arg(m_completed).arg(m_items));
            return;
        }
        uploadAll();
    });
    call->sendMessage(LessonMessages::listRequest(0, m_items, m_itemSize));
    call->closeSend();
}

void GrpcWorkload::uploadAll()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(Method::UploadItems));
    connect(call, &GrpcClientCall::messageReceived, this, [this](const QByteArray& summary) {
        if (LessonMessages::uploadCount(summary) != std::optional<quint32>(m_items)) {
            fail(tr("UploadItems did not count the %1 items sent.").arg(m_items));
            return;
        }
        // The one answer acknowledges every item at once.
        for (qsizetype id = 0; id < m_uploadSizes.size(); ++id)
            completed(quint32(m_items + id), m_uploadSizes[id]);
    });
    connect(call, &GrpcClientCall::finished, this, [this, call] {
        if (failIfNotOk(call, tr("UploadItems")))
            return;
        if (m_completed != 2 * m_items) {
            fail(tr("UploadItems ended without its summary."));
            return;
        }
        succeed();
    });
    for (quint32 id = 0; id < quint32(m_items); ++id) {
        const QByteArray item = LessonMessages::item(id, m_itemSize);
        m_uploadSizes.append(measure(item));
        requested(quint32(m_items) + id);
        call->sendMessage(item);
    }
    call->closeSend();
}

bool GrpcWorkload::failIfNotOk(GrpcClientCall* call, const QString& what)
{
    if (m_finished)
        return true;
    if (call->status().isOk())
        return false;
    fail(tr("%1 ended with %2").arg(what, call->status().toString()));
    return true;
}

void GrpcWorkload::requested(quint32 object)
{
    m_recorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectRequested), .stream = object});
}

GrpcWorkload::ItemSize GrpcWorkload::measure(QByteArrayView item)
{
    static const QString itemType = QStringLiteral("protoviz.lesson.v1.Item");
    return {.protobufBytes = item.size(), .jsonBytes = GrpcSchema::builtIn().decode(itemType, item).jsonSize};
}

void GrpcWorkload::completed(quint32 object, ItemSize size)
{
    ++m_completed;
    m_recorder.record({.layer = Layer::Session,
                       .kind = kindOf(SessionKind::ObjectCompleted),
                       .flags = quint8(ApiItemFlag::Item | ApiItemFlag::Protobuf),
                       .stream = object,
                       .size = quint32(size.protobufBytes),
                       .value = size.jsonBytes});
}

void GrpcWorkload::fail(const QString& reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_recorder.explain(Layer::Session, kindOf(SessionKind::Error), reason);
    emit finished(SessionOutcome::Failed, reason);
}

void GrpcWorkload::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(SessionOutcome::Completed, {});
}

} // namespace protoviz

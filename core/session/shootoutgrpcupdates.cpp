#include "core/session/shootoutgrpcupdates.h"

#include "core/grpc/grpcchannel.h"
#include "core/grpc/grpcclientcall.h"
#include "core/grpc/lessonmessages.h"
#include "core/timeline/timeline.h"

namespace protoviz {

ShootoutGrpcUpdates::ShootoutGrpcUpdates(GrpcChannel* channel, const Timeline* timeline,
                                         EventRecorder recorder, quint32 firstId, int count,
                                         int updatesPerSecond, QObject* parent)
    : QObject(parent)
    , m_channel(channel)
    , m_timeline(timeline)
    , m_recorder(recorder)
    , m_firstId(firstId)
    , m_count(count)
    , m_intervalMs(1000 / std::max(1, updatesPerSecond))
{
}

void ShootoutGrpcUpdates::start()
{
    GrpcClientCall* call = m_channel->startCall(LessonMessages::path(LessonMessages::Method::ListItems));
    connect(call, &GrpcClientCall::messageReceived, this,
            [this, call](const QByteArray& item) { onItem(call, item); });
    connect(call, &GrpcClientCall::finished, this, [this, call] {
        if (!call->status().isOk())
            fail(tr("The update stream (ListItems) ended with %1").arg(call->status().toString()));
        else if (m_received < m_count)
            fail(tr("The update stream ended after %1 of %2 updates.").arg(m_received).arg(m_count));
    });
    // Updates are news, not content: they carry no thumbnail.
    call->sendMessage(LessonMessages::listRequest(m_firstId, m_count, 0, m_intervalMs));
    call->closeSend();
}

void ShootoutGrpcUpdates::onItem(GrpcClientCall* call, const QByteArray& item)
{
    if (m_failed)
        return;
    const quint32 expected = m_firstId + quint32(m_received);
    if (LessonMessages::itemId(item) != std::optional<quint32>(expected)) {
        fail(tr("The update stream sent another item than %1.").arg(expected));
        return;
    }
    const qint64 sentNs = nextServerSendTime(call->stream());
    if (sentNs < 0) {
        fail(tr("Update %1 arrived, but the server's sending of it is not on the timeline.")
                 .arg(m_received + 1));
        return;
    }
    ++m_received;
    m_recorder.record({.layer = Layer::Session,
                       .kind = kindOf(SessionKind::UpdateDelivered),
                       .stream = quint32(m_received),
                       .size = quint32(item.size()),
                       .value = sentNs});
    emit updateDelivered();
}

qint64 ShootoutGrpcUpdates::nextServerSendTime(qint32 stream)
{
    // The server's event was recorded before its bytes could cross the link, so it is on the timeline by
    // the time the item arrives; only events not searched before are read.
    const QList<Event> fresh = m_timeline->events(m_scanned);
    m_scanned += fresh.size();
    for (const Event& e : fresh) {
        if (e.layer == Layer::Grpc && e.kind == kindOf(GrpcKind::Message) && e.origin == Origin::Server &&
            e.direction == Direction::ServerToClient && e.stream == quint32(stream))
            m_serverSendTimes.append(e.timeNs);
    }
    return m_serverSendTimes.isEmpty() ? -1 : m_serverSendTimes.takeFirst();
}

void ShootoutGrpcUpdates::fail(const QString& reason)
{
    if (m_failed)
        return;
    m_failed = true;
    emit failed(reason);
}

} // namespace protoviz

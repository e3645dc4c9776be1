#pragma once

#include "core/timeline/eventrecorder.h"

#include <QList>
#include <QObject>

namespace protoviz {

class GrpcChannel;
class GrpcClientCall;
class Timeline;

/// The updates of the shoot-out's gRPC side: one server-streaming call (the lesson service's
/// ListItems) whose server sends an item every 1000 / updatesPerSecond ms, the way a gRPC service
/// streams news to a subscriber. Each item that arrives is recorded as SessionKind::UpdateDelivered
/// (stream = its sequence from 1, size = its protobuf bytes) whose value is the moment the server sent
/// it: the server's own Layer::Grpc Message event for that message on the call's stream, read back
/// from the timeline (an item carries no publication time of its own, unlike PollingFeed's lines).
///
/// Lives on the session thread; does not own the channel or the timeline.
class ShootoutGrpcUpdates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShootoutGrpcUpdates)

public:
    /// firstId: the id of the first update item (after the exchanges' items); recorder: Origin::Client.
    ShootoutGrpcUpdates(GrpcChannel* channel, const Timeline* timeline, EventRecorder recorder,
                        quint32 firstId, int count, int updatesPerSecond, QObject* parent = nullptr);

    /// Starts the call: the server begins sending once it has the request.
    void start();

signals:
    /// An update arrived (recorded already).
    void updateDelivered();
    /// The call ended before every update came, or an update was wrong.
    void failed(const QString& reason);

private:
    void onItem(GrpcClientCall* call, const QByteArray& item);
    qint64 nextServerSendTime(qint32 stream);
    void fail(const QString& reason);

    GrpcChannel* const m_channel;
    const Timeline* const m_timeline;
    const EventRecorder m_recorder;
    const quint32 m_firstId;
    const int m_count;
    const int m_intervalMs;
    qsizetype m_scanned = 0;         // timeline events already searched for the server's sends
    QList<qint64> m_serverSendTimes; // found and not yet matched to an arrival
    int m_received = 0;
    bool m_failed = false;
};

} // namespace protoviz

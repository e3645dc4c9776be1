#pragma once

#include "core/session/grpcsessionconfig.h"
#include "core/timeline/event.h"
#include "core/timeline/eventrecorder.h"

#include <QList>
#include <QObject>

#include <functional>

namespace protoviz {

class GrpcChannel;
class GrpcClientCall;

/// The gRPC client of a GrpcSession: moves the items through the lesson service the way its pattern
/// says (see GrpcSessionConfig::Pattern) and checks every answer. Records SessionKind::ObjectRequested/
/// ObjectCompleted for each item fetched (stream = item id) and each item sent back (stream = items +
/// item id), size = the item's protobuf bytes, flags and value as ApiItemFlag says (the item converted
/// to JSON and measured). Lives on the session thread; does not own the channel.
class GrpcWorkload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcWorkload)

public:
    GrpcWorkload(GrpcChannel* channel, EventRecorder recorder, GrpcSessionConfig::Pattern pattern, int items,
                 int itemSize, QObject* parent = nullptr);

    void start();

signals:
    /// Every item made its way (Completed), or a call failed (Failed, with the reason).
    void finished(protoviz::SessionOutcome outcome, const QString& reason);

private:
    /// An item's size as Protobuf and, converted, as JSON (-1 when it has no JSON form).
    struct ItemSize
    {
        qsizetype protobufBytes = -1;
        qint64 jsonBytes = -1;
    };
    static ItemSize measure(QByteArrayView item);

    void fetchConcurrently();
    void fetchOneAtATime(quint32 id);
    void fetch(quint32 id, const std::function<void()>& done);
    void exchangeOneAtATime();
    void listAll();
    void uploadAll();
    bool failIfNotOk(GrpcClientCall* call, const QString& what);
    void requested(quint32 object);
    void completed(quint32 object, ItemSize size);
    void fail(const QString& reason);
    void succeed();

    GrpcChannel* const m_channel;
    const EventRecorder m_recorder;
    const GrpcSessionConfig::Pattern m_pattern;
    const int m_items;
    const int m_itemSize;
    quint32 m_next = 0;
    int m_inFlight = 0;
    int m_completed = 0;
    QList<ItemSize> m_uploadSizes;
    bool m_finished = false;
};

} // namespace protoviz

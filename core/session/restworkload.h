#pragma once

#include "core/timeline/event.h"
#include "core/timeline/eventrecorder.h"

#include <QObject>

namespace protoviz {

class HttpClient;
struct HttpResponse;

/// The REST side of rest-vs-grpc: asks for every item at once (GET /api/items/N) through an HttpClient
/// — the HTTP/1.1 pool spreads the requests over its connections — and checks that each answer is the
/// JSON of the item asked for. Records SessionKind::ObjectRequested/ObjectCompleted per item (stream =
/// item id, size = JSON bytes). Lives on the session thread; does not own the client.
class RestWorkload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestWorkload)

public:
    RestWorkload(HttpClient* client, EventRecorder recorder, int items, QObject* parent = nullptr);

    void start();

signals:
    /// Every item arrived (Completed), or one failed (Failed, with the reason).
    void finished(protoviz::SessionOutcome outcome, const QString& reason);

private:
    void onResponse(quint32 tag, const HttpResponse& response);
    void fail(const QString& reason);

    HttpClient* const m_client;
    const EventRecorder m_recorder;
    const int m_items;
    int m_completed = 0;
    bool m_finished = false;
};

} // namespace protoviz

#pragma once

#include "core/session/restapi.h"
#include "core/timeline/event.h"
#include "core/timeline/eventrecorder.h"

#include <QObject>

namespace protoviz {

class HttpClient;
struct HttpResponse;

/// The REST sides of rest-vs-grpc: asks for every item at once (GET /api/items/N) through an HttpClient
/// — the HTTP/1.1 pool spreads the requests over its connections, the HTTP/2 client makes each a stream
/// on its one connection — and checks that each answer is the item asked for, in the encoding asked
/// for. Records SessionKind::ObjectRequested/ObjectCompleted per item (stream = item id, size = body
/// bytes, flags and value as ApiItemFlag says: the body is converted to the other encoding and
/// measured). Lives on the session thread; does not own the client, and ignores answers to tags other
/// than its items' (0 to items - 1), so that it may share the client with another requester. The client
/// must already send the Accept field that asks for the encoding (see Http1ClientPool::setRequestHeaders).
class RestWorkload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestWorkload)

public:
    RestWorkload(HttpClient* client, EventRecorder recorder, int items, RestApi::Encoding encoding,
                 QObject* parent = nullptr);

    void start();

signals:
    /// Every item arrived (Completed), or one failed (Failed, with the reason).
    void finished(protoviz::SessionOutcome outcome, const QString& reason);

private:
    void onResponse(quint32 tag, const HttpResponse& response);
    void fail(const QString& reason);
    bool isMine(quint32 tag) const { return tag < quint32(m_items); }
    /// The item's size in the other encoding, or -1 (and *error set) if the body is not item id.
    qint64 measureOtherEncoding(quint32 id, const QByteArray& body, QString* error) const;

    HttpClient* const m_client;
    const EventRecorder m_recorder;
    const int m_items;
    const RestApi::Encoding m_encoding;
    int m_completed = 0;
    bool m_finished = false;
};

} // namespace protoviz

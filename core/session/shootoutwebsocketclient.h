#pragma once

#include "core/timeline/eventrecorder.h"

#include <QByteArray>
#include <QObject>

namespace protoviz {

class ByteStream;
class WebSocketClient;

/// The client of the shoot-out's WebSocket side: one WebSocket (a WebSocketClient, decoded at the
/// network side) that carries both halves of the workload. Once open it asks for every item at once,
/// each as a message {"get":N}, and matches the answers (the item's JSON) to them; the server pushes its
/// updates (PollingFeed lines) over the same connection unasked.
///
/// Records SessionKind::ObjectRequested when a request leaves and ObjectCompleted (stream = item id,
/// size = JSON bytes) when its answer has been decoded at the network side, and every update with
/// PollingFeed::recordDelivery() at the same moment.
///
/// Lives on the session thread. Owns its WebSocketClient (and through it the stream).
class ShootoutWebSocketClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShootoutWebSocketClient)

public:
    /// network: the connection to the server (taken over); path: the endpoint; recorder: Origin::Client.
    ShootoutWebSocketClient(ByteStream* network, const QByteArray& authority, const QByteArray& path,
                            EventRecorder recorder, int exchanges, QObject* parent = nullptr);

    /// Opens the WebSocket; the requests go once it is open.
    void start();
    /// Closes the WebSocket (1000, normal closure).
    void finish();

    /// The request text for item id, as the server reads it.
    static QByteArray requestFor(quint32 id);
    /// The item a request asks for, or -1 if the text is not a request.
    static qint64 requestedItem(QByteArrayView text);

signals:
    /// Every item was answered.
    void exchangesDone();
    /// An update arrived (recorded already).
    void updateDelivered();
    /// The connection failed, or an answer was wrong, before finish().
    void failed(const QString& reason);

private:
    void onMessage(const QByteArray& payload);

    const QByteArray m_authority;
    const QByteArray m_path;
    const EventRecorder m_recorder;
    const int m_exchanges;
    WebSocketClient* m_client;
    int m_answered = 0;
    bool m_finishing = false;
};

} // namespace protoviz

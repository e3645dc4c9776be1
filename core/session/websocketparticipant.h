#pragma once

#include "core/session/pollingfeed.h"
#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QObject>

namespace protoviz {

class ByteStream;
class WebSocketClient;

/// One user of the WebSocket side of a polling-against-WebSocket session: a WebSocketClient (Qt's
/// QWebSocket behind a tap) connected to the session's server, which pushes every update as a text
/// message; for the chat the user posts its messages over the same connection.
///
/// Each update is recorded with PollingFeed::recordDelivery() when the tap has decoded its message at
/// the network side (the moment a polling client's response is complete is measured the same way);
/// updateDelivered() follows when Qt's endpoint hands the message to the application.
///
/// Lives on the session thread. Owns its client (and through it the stream).
class WebSocketParticipant final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketParticipant)

public:
    /// network: the connection to the server, opening or open (taken over); path: the WebSocket
    /// endpoint (with "?client=index"); recorder: Origin::Client.
    WebSocketParticipant(int index, ByteStream* network, const QByteArray& authority, const QByteArray& path,
                         EventRecorder recorder, QObject* parent = nullptr);

    /// Offers permessage-deflate (RFC 7692) with its default parameters in the handshake start() sends.
    void offerCompression();
    /// Opens the WebSocket.
    void start();
    /// Sends a chat message.
    void post(const QString& text);
    /// Closes the WebSocket (1000, normal closure).
    void finish();

signals:
    /// The opening handshake completed.
    void opened();
    /// Qt's endpoint handed an update to the application (its arrival was recorded already).
    void updateDelivered(const protoviz::PollingFeed::Update& update);
    /// The connection failed before finish().
    void failed(const QString& reason);
    /// The connection is over. Emitted once.
    void finished();

private:
    const int m_index;
    const QByteArray m_authority;
    const QByteArray m_path;
    const EventRecorder m_recorder;
    WebSocketClient* m_client;
    bool m_finishing = false;
};

} // namespace protoviz

#pragma once

#include "core/timeline/eventrecorder.h"
#include "core/websocket/permessagedeflate.h"
#include "core/websocket/websocketmessage.h"

#include <QByteArray>
#include <QObject>

#include <optional>

class QTcpServer;
class QWebSocket;

namespace protoviz {

class ByteStream;
class WebSocketTap;

/// The client side of WebSocket for ProtoViz: a QWebSocket the application drives as usual (open
/// happens here; send, receive and close through socket()), whose bytes reach the server over a
/// ByteStream (TCP through the emulated link, or a TlsStream over it for wss://) by way of a
/// WebSocketTap, so that the handshake and every frame are decoded and recorded at the network side.
///
/// QWebSocket connects to a private relay listening on 127.0.0.1 (always ws://: the encryption, if any,
/// is the network stream's); the relay takes the first connection and closes, and the accepted socket
/// becomes the tap's Qt side. The tap sends Qt's opening handshake once the network stream is open,
/// with Host set to the server's authority.
///
/// Lives on the session thread. Owns the QWebSocket, the relay, the tap and (through it) the stream.
class WebSocketClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketClient)

public:
    /// network: the connection to the server, opening or open (taken over). recorder: Origin::Client;
    /// its connection id is taken from the stream.
    WebSocketClient(ByteStream* network, EventRecorder recorder, QObject* parent = nullptr);
    ~WebSocketClient() override;

    /// permessage-deflate (RFC 7692): with wanted set before open(), the handshake offers it with those
    /// parameters and, if the server accepts, messages travel compressed both ways. Off by default.
    void setCompression(std::optional<PerMessageDeflate::Parameters> wanted) { m_compression = wanted; }

    /// Starts the opening handshake for path (with any query) at authority ("localhost:8443").
    /// Returns false and sets *error (if given) if the relay cannot listen; finished() follows then.
    bool open(const QByteArray& authority, const QByteArray& path, QString* error = nullptr);

    /// The Qt endpoint: connected() when the handshake is done, textMessageReceived(), close(), ...
    QWebSocket* socket() const { return m_socket; }
    /// The tap, once Qt has reached the relay (null before).
    WebSocketTap* tap() const { return m_tap; }
    quint32 connectionId() const;

signals:
    /// A data message from the server, decoded at the network side when its last byte arrived.
    void messageReceived(const protoviz::WebSocketMessage& message);
    /// The connection is over on both sides (or never got going). Emitted once.
    void finished();

private:
    void onRelayConnection();
    void finish();

    ByteStream* m_network;
    const EventRecorder m_recorder;
    QWebSocket* m_socket;
    QTcpServer* m_relay = nullptr;
    WebSocketTap* m_tap = nullptr;
    QByteArray m_authority;
    std::optional<PerMessageDeflate::Parameters> m_compression;
    bool m_finished = false;
};

} // namespace protoviz

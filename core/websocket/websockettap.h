#pragma once

#include "core/http/httpmessage.h"
#include "core/timeline/eventrecorder.h"
#include "core/websocket/permessagedeflate.h"
#include "core/websocket/websocketeventlog.h"
#include "core/websocket/websocketframedecoder.h"
#include "core/websocket/websocketmessage.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;

namespace protoviz {

class ByteStream;
class MessageDeflater;
class MessageInflater;

/// The seam between ProtoViz's network side and a Qt WebSockets endpoint. Qt's QWebSocket and
/// QWebSocketServer only speak over a QTcpSocket, while ProtoViz's connections are ByteStreams (TCP
/// through the emulated link, or TlsStream on top of it), so each WebSocket connection runs through a
/// tap: the network stream on one side, a private loopback socket to Qt on the other. Every byte in
/// either direction passes through the tap, which
///
/// - decodes it with ProtoViz's own WebSocketFrameDecoder (one per direction) and records the upgrade,
///   every frame, message and close as events (WebSocketEventLog, Http1EventLog for the HTTP heads) at
///   the moment the bytes cross the network side: received bytes when the network stream delivers them,
///   sent bytes when Qt's output is written to the network stream;
/// - enforces RFC 6455 on the peer's frames before Qt sees them, and is the authority where Qt 6.4 is
///   wrong or late (see below): a violation is recorded as an Error event and fails the connection with
///   the right close code (1002, 1007, 1009) sent on the network, after which Qt's loopback socket is
///   dropped. The messages that arrived before the violation are still delivered and answered: Qt gets
///   the failure as a Close frame after them, and its echo of that Close is the one the peer receives;
/// - hands Qt a fragmented data message as one whole frame once its final fragment has arrived and been
///   validated (control frames and unfragmented frames are passed on as they came).
///
/// What Qt 6.4.2 gets wrong, found with tests/core/tst_websocketqt.cpp: its frame reader decodes each
/// text frame's payload on its own, so valid UTF-8 with a character split across two fragments is
/// refused with 1007; it checks UTF-8 only after a frame's last byte has arrived, so an invalid byte at
/// the start of a large frame is noticed late; its server accepts unmasked client frames and its client
/// accepts masked server frames, both of which RFC 6455 section 5.1 makes protocol errors; and it closes
/// its TCP socket as soon as its own Close frame is out, without waiting for the peer's (the tap keeps
/// the network side open until the closing handshake is complete, and lets the server close TCP first,
/// as RFC 6455 section 7.1.1 asks).
///
/// permessage-deflate (RFC 7692). Qt 6.4 WebSockets implements no extension, so the tap compresses and
/// inflates between the wire and Qt, and Qt only ever sees uncompressed frames: the peer's compressed
/// messages are inflated by the peer decoder (bounded, see WebSocketFrameDecoder) and handed to Qt as one
/// plain frame; Qt's data messages are compressed into one frame with RSV1 set, its control frames pass as
/// they are. The frames and messages recorded are those on the wire, decoded again from what the tap wrote,
/// so each compressed message's event carries both sizes. A client tap offers the extension
/// (offerCompression()) and checks the server's answer; a server tap is told what WebSocketServer agreed
/// (useCompression()).
///
/// Roles. A client tap's Qt side is a QWebSocket that connected to a private relay (see
/// WebSocketClient): the tap forwards Qt's opening handshake to the network, with the Host field set to
/// the real server's authority, and checks the server's 101 (recomputing Sec-WebSocket-Accept) before Qt
/// sees it. A server tap starts after ProtoViz has answered the upgrade itself (see WebSocketServer): it
/// replays the request to Qt over loopback, swallows Qt's own 101, and holds the peer's frames until Qt
/// is ready.
///
/// Lives on the session thread. Owns the network stream and the loopback socket (both become children).
class WebSocketTap final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTap)

public:
    enum class Role : quint8 { Client, Server };

    /// How long the tap waits for the peer's Close frame after failing the connection, and for a
    /// closing side to finish, before it closes the network stream regardless.
    static constexpr int CloseTimeoutMs = 2000;

    /// A client tap. internal: the socket Qt's QWebSocket connected to (accepted by the relay);
    /// network: the connection to the server, open or still opening; authority: the Host field the
    /// server must see. recorder: Origin::Client (its connection id is taken from the network stream).
    static WebSocketTap* client(ByteStream* network, QTcpSocket* internal, const QByteArray& authority,
                                EventRecorder recorder, QObject* parent = nullptr);

    /// A server tap, after the 101 response went out. request: the upgrade request as parsed (replayed
    /// to Qt); pending: network bytes that followed it; internal: a socket already connecting to Qt's
    /// loopback listener. recorder: Origin::Server.
    static WebSocketTap* server(ByteStream* network, QTcpSocket* internal, const HttpRequest& request,
                                const QByteArray& pending, EventRecorder recorder, QObject* parent = nullptr);

    ~WebSocketTap() override;

    ByteStream* network() const { return m_network; }
    QTcpSocket* internal() const { return m_internal; }
    quint32 connectionId() const;

    /// Client taps, before the handshake goes out: offers permessage-deflate with wanted's parameters.
    void offerCompression(const PerMessageDeflate::Parameters& wanted);
    /// Server taps, right after server(): the 101 response accepted permessage-deflate with agreed.
    void useCompression(const PerMessageDeflate::Parameters& agreed);
    /// What the handshake agreed on, if it agreed on permessage-deflate.
    std::optional<PerMessageDeflate::Parameters> compression() const { return m_compression; }

    /// Drops both sides at once (a reset on the network).
    void abort();

signals:
    /// The handshake completed on both sides.
    void opened();
    /// A data message from the peer was decoded and validated, at the moment its last byte arrived
    /// from the network (Qt's endpoint gets it a moment later).
    void messageReceived(const protoviz::WebSocketMessage& message);
    /// The network stream and the loopback socket are both closed. Emitted once; the owner may delete
    /// the tap (deleteLater()) from then on.
    void finished();

private:
    class Reader;
    enum class Phase : quint8 { Handshake, Open, Refused, Failing, Closed };

    WebSocketTap(Role role, ByteStream* network, QTcpSocket* internal, EventRecorder recorder,
                 QObject* parent);

    EventRecorder recorder() const;
    WebSocketEventLog log() const;

    void onNetworkOpened();
    void onNetworkReceived(const QByteArray& data);
    void onNetworkClosed();
    void onInternalConnected();
    void onInternalReadable();
    void onInternalClosed();

    void sendClientHandshake();
    void readServerHandshake();
    void readQtHandshake();
    void becomeOpen();
    void fromNetwork(const QByteArray& data);
    void fromQt(const QByteArray& data);
    void forwardToQt(const WebSocketFrame& frame);
    void onPeerFrame(const WebSocketFrame& frame);
    void onOwnFrame(const WebSocketFrame& frame);
    void onQtFrame(const WebSocketFrame& frame);
    void onQtMessage(const WebSocketMessage& message);
    void deliverInflated(const WebSocketMessage& message);
    void toNetwork(const QByteArray& frame);
    std::optional<quint32> maskTowardsNetwork() const;
    void fail(quint16 closeCode, const QByteArray& reason);
    void finishFailing();
    std::optional<quint32> maskTowardsQt() const;
    void settleClose();
    void closeNetwork();
    void closeInternal(bool graceful);
    void checkFinished();

    const Role m_role;
    ByteStream* m_network;
    QTcpSocket* m_internal;
    const EventRecorder m_recorder;
    std::unique_ptr<Reader> m_peer;  // frames the peer sends, from the network
    std::unique_ptr<Reader> m_own;   // frames Qt sends, to the network
    std::unique_ptr<Reader> m_drain; // after failing: watches for the peer's Close frame
    std::unique_ptr<Reader> m_qt;    // with compression: Qt's plain frames, before the tap compresses them

    std::optional<PerMessageDeflate::Parameters> m_offer;       // client: what it asks for
    std::optional<PerMessageDeflate::Parameters> m_compression; // what the handshake agreed on
    std::unique_ptr<MessageDeflater> m_deflater;                // Qt's messages, towards the network
    std::unique_ptr<MessageInflater> m_peerInflater;            // the peer's messages
    std::unique_ptr<MessageInflater> m_ownInflater;             // ours again, to record them as sent
    bool m_peerMessageCompressed = false; // the peer's data message in progress set RSV1

    Phase m_phase = Phase::Handshake;
    QByteArray m_authority;
    QByteArray m_replayRequest;  // server: the request to replay to Qt
    QByteArray m_key;            // the opening handshake's Sec-WebSocket-Key
    QByteArray m_networkBuffer;  // network bytes held during the handshake
    QByteArray m_internalBuffer; // Qt's bytes held during the handshake
    QByteArray m_fragments;      // the payload of a fragmented message so far
    QByteArray m_failureClose;   // after a protocol violation: the payload of the Close frame it calls for
    quint8 m_fragmentOpcode = 0;
    QTimer m_closeTimer;
    bool m_handshakeSent = false;   // client: the opening handshake went out on the network
    bool m_closeSent = false;       // a Close frame went out on the network
    bool m_closeReceived = false;   // a Close frame came in from the network
    bool m_awaitingQtClose = false; // failing: Qt answers what came before the fault, then the Close
    bool m_networkCloseRequested = false;
    bool m_networkClosed = false;
    bool m_internalClosed = false;
    bool m_finished = false;
};

} // namespace protoviz

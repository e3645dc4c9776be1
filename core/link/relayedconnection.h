#pragma once

#include "core/link/chunkqueue.h"
#include "core/link/linkconditions.h"
#include "core/link/segmentscheduler.h"
#include "core/server/descriptorreserve.h"
#include "core/timeline/eventrecorder.h"
#include "core/timeline/sessionclock.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace protoviz {

class ConnectionDirectory;
class Eavesdropper;
class Tamperer;

/// One client connection carried by the Link: the accepted client socket, the socket the relay opens
/// towards the server, and a SegmentScheduler per direction that decides when each byte crosses.
///
/// From start() it plays the TCP handshake on the session clock (SYN at t0, SYN-ACK at t0 + RTT/2, ACK
/// and "established" at t0 + RTT), reads the client only from t0 + RTT and connects to the server at
/// t0 + 1.5 RTT, when the server would see the final ACK. Data is read from each side, run through that
/// direction's model and written to the other side when the model delivers it; every segment, FIN and
/// reset is recorded as a Layer::Wire event with this connection's id.
///
/// Internal to the Link. Lives on the session thread; owns both sockets. Emits finished() once, after
/// which it does nothing more; the Link deletes it.
class RelayedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayedConnection)

public:
    struct Setup
    {
        LinkConditions conditions;
        quint32 id = 0;
        QHostAddress upstreamHost;
        quint16 upstreamPort = 0;
        /// When set, hands over the server's end instead of connecting to upstreamHost (see
        /// Link::setUpstreamConnector()).
        std::function<QTcpSocket*(quint32 connectionId)> upstreamConnector;
        EventRecorder recorder; ///< already bound to the connection id
        ConnectionDirectory* directory = nullptr;
        std::shared_ptr<Eavesdropper> eavesdropper; ///< reads what crosses (may be null)
        std::shared_ptr<Tamperer> tamperer;         ///< may alter server-to-client bytes (may be null)
    };

    /// The descriptors a relayed connection opens: the client's socket, and towards the server one socket
    /// or, through an upstream connector, both ends of a connection inside the process.
    static int descriptorsPerConnection(bool throughConnector) { return throughConnector ? 3 : 2; }

    /// Takes ownership of client, an accepted socket, and holds the descriptors the connection towards
    /// the server will need until it opens it. Nothing happens before start().
    RelayedConnection(const Setup& setup, SessionClock clock, QTcpSocket* client, QObject* parent = nullptr);
    ~RelayedConnection() override;

    /// Starts the emulated handshake now (t0). May emit finished() before it returns.
    void start();

    quint32 id() const { return m_id; }

    /// Calls ready(id) when the emulated handshake completes (at once if it has), unless context is gone
    /// by then or the connection failed first.
    void whenEstablished(QObject* context, std::function<void(quint32)> ready);

    /// Resets both sides at once (the Link is shutting down).
    void abort();

signals:
    /// Both directions are over (closed, reset or failed). Emitted once.
    void finished(quint32 connectionId);

private:
    /// One direction: its model, the bytes it carries and the sockets at either end.
    struct Flow
    {
        Flow(const LinkConditions& conditions, Direction dir, quint32 connection);

        const Direction direction;
        SegmentScheduler model;
        ChunkQueue undelivered; ///< read from the source, not yet delivered
        QList<QByteArray> held; ///< delivered before the sink existed (upstream still connecting)
        qsizetype heldBytes = 0;
        QTimer timer; ///< fires when the model's next action is due
        QTcpSocket* source = nullptr;
        QTcpSocket* sink = nullptr;
        bool readable = false;    ///< the source may be read
        bool sourceEnded = false; ///< the source sent its FIN
        bool finDelivered = false;
        bool done = false; ///< the FIN has been passed on, or there is nobody to pass it to
    };
    enum class Handshake : quint8 { SynSent, SynAckSent, Established, Connecting };
    enum class Side : quint8 { Client, Server };
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(quint32)> ready;
    };

    qint64 now() const { return m_clock.elapsedNs(); }
    void record(WireKind kind, Direction direction, qint64 value, quint8 flags = 0, quint32 segment = 0,
                quint32 size = 0);

    void advanceHandshake();
    void establish();
    void connectUpstream();
    void onUpstreamConnected();
    void onSocketError(Side side, QAbstractSocket::SocketError error);

    void service(Flow& flow);
    void readSource(Flow& flow);
    bool runModel(Flow& flow);
    void deliver(Flow& flow, const SegmentScheduler::Action& action);
    void completeHalfClose(Flow& flow);
    void onSourceEnded(Flow& flow);
    qint64 budget(const Flow& flow) const;
    void armTimer(Flow& flow);

    void resetFrom(Side side);
    void failUpstream(const QString& reason);
    void closeIfDone();
    void terminate();

    const LinkConditions m_conditions;
    const quint32 m_id;
    const QHostAddress m_upstreamHost;
    const quint16 m_upstreamTargetPort;
    const std::function<QTcpSocket*(quint32)> m_upstreamConnector;
    const EventRecorder m_recorder;
    ConnectionDirectory* const m_directory;
    const std::shared_ptr<Eavesdropper> m_eavesdropper;
    const std::shared_ptr<Tamperer> m_tamperer;
    const SessionClock m_clock;

    QTcpSocket* const m_client;
    QTcpSocket* m_upstream = nullptr;
    // Held from the accept to connectUpstream(), 1.5 RTT later: the link accepts another client only
    // while the descriptors of every connection it already accepted are accounted for.
    DescriptorReserve m_upstreamDescriptors;
    quint16 m_clientPort = 0;
    quint16 m_upstreamLocalPort = 0;
    bool m_upstreamConnected = false;

    Flow m_up;   ///< client to server
    Flow m_down; ///< server to client

    qint64 m_t0 = 0;
    Handshake m_handshake = Handshake::SynSent;
    QTimer m_handshakeTimer;
    QList<Waiter> m_waiters;
    bool m_closed = false;
};

} // namespace protoviz

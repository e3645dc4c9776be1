#pragma once

#include "core/link/linkconditions.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiongate.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace protoviz {

class ConnectionDirectory;
class DatagramRelay;
class Eavesdropper;
class RelayedConnection;
class Tamperer;

/// The emulated network between a session's clients and its server: a relay listening on loopback that
/// forwards every accepted connection to the upstream server, imposing the session's LinkConditions on
/// both directions (see SegmentScheduler for the model), and recording every TCP handshake step, segment,
/// loss, delivery and close as Layer::Wire events (origin Link, connection = the connection's id).
///
/// For a client accepted at t0 (session clock):
/// - Syn at t0 (value t0 + RTT/2), SynAck at t0 + RTT/2 (value t0 + RTT), Ack and Established at
///   t0 + RTT (Ack's value t0 + 1.5 RTT, Established's value t0). The gate opens at t0 + RTT; bytes a
///   client sends earlier (one that ignores the gate, like curl) are held until then. The link connects
///   to the server at t0 + 1.5 RTT, when the server would see the final ACK.
/// - Per segment attempt: SegmentSent when it departs (size = payload bytes, stream = the segment's number
///   in its direction from 1, value = planned arrival, WireFlag::Retransmission on a retransmission), then
///   SegmentLost if it is dropped (value = when it is sent again); SegmentDelivered when its bytes are
///   written to the receiver (value = the departure of the attempt that got through, WireFlag::
///   HeadOfLineBlocked if it waited behind an earlier segment, Retransmission if that attempt was one).
/// - Fin when a side's FIN reaches the other side after all its data (value = when the FIN left); the
///   link then half-closes the receiver's socket. Reset when a socket fails or the link shuts down, and
///   Error (with an explanation in the detail) when the server cannot be reached.
///
/// Qt closes a socket completely when its peer's FIN arrives, and reports a peer's RST the same way, so
/// the link passes a reset on as a FIN, and cannot deliver to a side after that side has sent its FIN.
///
/// Lives on the session thread. Owns its connections and their sockets.
class Link final : public QObject, public ConnectionGate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Link)

public:
    /// recorder should have Origin::Link (an inactive recorder records nothing and the link keeps its own
    /// clock); directory is shared with the session's endpoints (nullptr: the link keeps its own).
    Link(const LinkConditions& conditions, ConnectionDirectory* directory, EventRecorder recorder,
         QObject* parent = nullptr);
    ~Link() override;

    /// Where accepted connections are relayed to.
    void setUpstream(const QHostAddress& host, quint16 port);

    /// Hands the link the server's end of a new connection for connectionId: a connected socket without
    /// parent (the link owns it), or nullptr if the server cannot take one.
    using UpstreamConnector = std::function<QTcpSocket*(quint32 connectionId)>;
    /// Relays accepted connections to the sockets connector hands over instead of connecting to
    /// setUpstream()'s address: a server in the same process (WebServer::connectInProcess()) then needs
    /// no port of its own, and nothing reaches it around the link. Call before listen().
    void setUpstreamConnector(UpstreamConnector connector);

    /// Starts accepting clients. Returns false and sets *error (if given) if the conditions are invalid
    /// (LinkConditions::validationError()) or the address cannot be bound.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QHostAddress address() const;
    quint16 port() const;

    const LinkConditions& conditions() const { return m_conditions; }

    /// A passive observer of every byte the link carries from now on (nullptr: none). Shared: the session
    /// may keep it to ask what it saw.
    void setEavesdropper(std::shared_ptr<Eavesdropper> eavesdropper);
    /// An attacker that may alter server-to-client bytes of connections accepted from now on (nullptr:
    /// none). It sees each chunk before the eavesdropper, just before the link delivers it.
    void setTamperer(std::shared_ptr<Tamperer> tamperer);

    /// Number of connections accepted so far.
    int connectionCount() const;

    /// Relays UDP as well: binds a UDP port on address (port 0 picks a free one) whose datagrams go to
    /// UDP port serverPort of setUpstream()'s host, and the answers back, under the same conditions (see
    /// DatagramRelay). Call setUpstream() first; may be called once per server port. Returns the relay,
    /// owned by the link, or nullptr with *error (if given) set when the conditions are invalid or the
    /// port cannot be bound.
    DatagramRelay* relayDatagrams(const QHostAddress& address, quint16 port, quint16 serverPort,
                                  QString* error);

    /// Stops accepting and resets every open connection (recording Reset and emitting
    /// connectionFinished() for each before it returns), and closes every datagram relay.
    void shutdown();

    /// Calls ready(id) at t0 + RTT of the connection whose client socket has local port clientLocalPort,
    /// at once if that moment has passed. The request may come before the link has accepted that socket
    /// (it is kept until then). Dropped if context is destroyed first or the connection fails before;
    /// a null context ties the request to the link.
    void whenEstablished(quint16 clientLocalPort, QObject* context,
                         std::function<void(quint32 connectionId)> ready) override;

signals:
    /// A relayed connection is over in both directions (closed, reset or failed); its ports are already
    /// forgotten in the directory. Emitted once per connection.
    void connectionFinished(quint32 connectionId);

private:
    void acceptConnection(QTcpSocket* client);

    struct Private;
    std::unique_ptr<Private> d;
    const LinkConditions m_conditions;
};

} // namespace protoviz

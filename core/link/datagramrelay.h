#pragma once

#include "core/link/datagramscheduler.h"
#include "core/link/linkconditions.h"
#include "core/timeline/eventrecorder.h"
#include "core/timeline/sessionclock.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <utility>
#include <vector>

class QUdpSocket;

namespace protoviz {

class ConnectionDirectory;

/// UDP on the emulated link: listens on a UDP port and forwards each client's datagrams to the server's
/// UDP port and the server's answers back, as a NAT would, one flow per client address and port. Both
/// directions of a flow go through a DatagramScheduler with the link's conditions (delay, jitter,
/// bandwidth with a bounded queue, seeded loss); nothing is resent, reordered back or acknowledged, so
/// what recovers from a loss is the protocol above, QUIC's loss recovery and congestion control.
///
/// Each flow gets a connection id from the session's ConnectionDirectory (its ports are not registered
/// there: they are UDP ports) and every datagram is recorded as Layer::Wire events with that id:
/// - DatagramSent when it departs (stream = its number in its direction from 1, size = payload bytes,
///   value = planned arrival), followed at once by DatagramLost if it is lost on the way (value = when it
///   would have arrived);
/// - DatagramLost with WireFlag::QueueOverflow when it finds the queue full (it never departs);
/// - DatagramDelivered when it is written to the receiver (value = its departure).
///
/// Flows last until close(). Lives on the session thread; owns its sockets. Made by Link::relayDatagrams().
class DatagramRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatagramRelay)

public:
    struct Setup
    {
        LinkConditions conditions; ///< must be valid (LinkConditions::validationError())
        QHostAddress upstreamHost;
        quint16 upstreamPort = 0;
        EventRecorder recorder; ///< Origin::Link; inactive: nothing is recorded
        ConnectionDirectory* directory =
            nullptr; ///< gives flows their ids; not owned, must outlive the relay
        int queueLimit = DatagramScheduler::DefaultQueueLimit; ///< datagrams waiting per direction of a flow
    };

    DatagramRelay(const Setup& setup, SessionClock clock, QObject* parent = nullptr);
    ~DatagramRelay() override;

    /// Binds the client-facing socket (port 0 picks a free one). Returns false and sets *error (if given)
    /// when the address cannot be bound.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QHostAddress address() const;
    quint16 port() const;

    /// The connection id of the flow from a client's UDP port, 0 if none has come from there yet.
    quint32 flowIdForClientPort(quint16 clientPort) const;
    /// The connection id of the flow whose datagrams reach the server from this UDP port (the relay's
    /// socket towards the server), 0 if no flow sends from there.
    quint32 flowIdForUpstreamPort(quint16 upstreamPort) const;
    /// Flows opened so far.
    int flowCount() const { return int(m_flows.size()); }

    /// Stops relaying: closes every socket and drops the datagrams in flight, recording nothing more.
    void close();

private:
    struct Flow;
    /// A datagram planned by a flow's scheduler, waiting for its next step.
    struct InFlight
    {
        Flow* flow = nullptr;
        Direction direction = Direction::None;
        DatagramScheduler::Plan plan;
        QByteArray payload;
        bool departed = false;
    };

    qint64 now() const { return m_clock.elapsedNs(); }
    void readClients();
    void readUpstream(Flow& flow);
    Flow& flowFor(const QHostAddress& clientAddress, quint16 clientPort);
    void offer(Flow& flow, Direction direction, QByteArray payload);
    void service();
    void step(InFlight& datagram);
    void deliver(const InFlight& datagram);
    void record(const Flow& flow, WireKind kind, Direction direction, const DatagramScheduler::Plan& plan,
                int size, qint64 value, quint8 flags = 0) const;

    const LinkConditions m_conditions;
    const QHostAddress m_upstreamHost;
    const quint16 m_upstreamPort;
    const EventRecorder m_recorder;
    ConnectionDirectory* const m_directory;
    const int m_queueLimit;
    const SessionClock m_clock;

    QUdpSocket* m_socket = nullptr; ///< faces the clients
    std::vector<std::unique_ptr<Flow>> m_flows;
    // Datagrams by the time of their next step (departure, then arrival); the counter keeps datagrams due
    // at the same time in the order they were planned.
    std::map<std::pair<qint64, quint64>, InFlight> m_inFlight;
    quint64 m_planned = 0;
    QTimer m_timer;
};

} // namespace protoviz

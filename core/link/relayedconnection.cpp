#include "core/link/relayedconnection.h"

#include "core/link/eavesdropper.h"
#include "core/link/relayhelpers.h"
#include "core/link/tamperer.h"
#include "core/transport/connectiondirectory.h"

#include <QTcpSocket>

#include <algorithm>
#include <sys/socket.h>

namespace protoviz {

namespace {

// Qt reads a socket into its own buffer as fast as the peer sends; capping that buffer lets TCP flow
// control push back on the peer while the link holds bytes back.
constexpr qint64 ReadBufferSize = 256 * 1024;
// How much a direction may hold that the receiving application has not taken yet.
constexpr qint64 MaxUndeliveredBytes = 1024 * 1024;

/// Drops a socket with a TCP RST rather than a FIN: a zero linger time makes close() discard and reset.
void resetSocket(QTcpSocket* socket)
{
    if (!socket)
        return;
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1) {
        const linger immediate{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    }
    socket->abort();
}

} // namespace

RelayedConnection::Flow::Flow(const LinkConditions& conditions, Direction dir, quint32 connection)
    : direction(dir)
    , model(conditions, dir, connection)
{
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
}

RelayedConnection::RelayedConnection(const Setup& setup, SessionClock clock, QTcpSocket* client,
                                     QObject* parent)
    : QObject(parent)
    , m_conditions(setup.conditions)
    , m_id(setup.id)
    , m_upstreamHost(setup.upstreamHost)
    , m_upstreamTargetPort(setup.upstreamPort)
    , m_upstreamConnector(setup.upstreamConnector)
    , m_recorder(setup.recorder)
    , m_directory(setup.directory)
    , m_eavesdropper(setup.eavesdropper)
    , m_tamperer(setup.tamperer)
    , m_clock(clock)
    , m_client(client)
    , m_clientPort(client->peerPort())
    , m_up(setup.conditions, Direction::ClientToServer, setup.id)
    , m_down(setup.conditions, Direction::ServerToClient, setup.id)
{
    m_client->setParent(this);
    m_client->setReadBufferSize(ReadBufferSize);
    // The link decides when segments leave; Nagle must not hold back what it writes.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_up.source = m_client;
    m_down.sink = m_client;
    // Without them connectUpstream() fails and says why; the acceptor made sure they were there.
    m_upstreamDescriptors.take(descriptorsPerConnection(bool(m_upstreamConnector)) - 1);

    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &RelayedConnection::advanceHandshake);
    connect(&m_up.timer, &QTimer::timeout, this, [this] { service(m_up); });
    connect(&m_down.timer, &QTimer::timeout, this, [this] { service(m_down); });

    connect(m_client, &QTcpSocket::readyRead, this, [this] { service(m_up); });
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
        completeHalfClose(m_down);
        service(m_down);
    });
    connect(m_client, &QTcpSocket::disconnected, this, [this] { onSourceEnded(m_up); });
    connect(m_client, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) { onSocketError(Side::Client, error); });
}

RelayedConnection::~RelayedConnection()
{
    // Quietly: the Link is going away, nobody listens to what the sockets report while they close.
    m_client->disconnect(this);
    if (m_upstream)
        m_upstream->disconnect(this);
    m_client->abort();
    if (m_upstream)
        m_upstream->abort();
}

void RelayedConnection::record(WireKind kind, Direction direction, qint64 value, quint8 flags,
                               quint32 segment, quint32 size)
{
    m_recorder.record({.layer = Layer::Wire,
                       .kind = kindOf(kind),
                       .direction = direction,
                       .flags = flags,
                       .stream = segment,
                       .size = size,
                       .value = value});
}

void RelayedConnection::start()
{
    m_t0 = now();
    record(WireKind::Syn, Direction::ClientToServer, m_t0 + m_conditions.rttNs / 2);
    advanceHandshake();
}

void RelayedConnection::advanceHandshake()
{
    const qint64 halfRtt = m_conditions.rttNs / 2;
    while (!m_closed) {
        qint64 due = 0;
        switch (m_handshake) {
        case Handshake::SynSent:
            due = m_t0 + halfRtt;
            break;
        case Handshake::SynAckSent:
            due = m_t0 + m_conditions.rttNs;
            break;
        case Handshake::Established:
            due = m_t0 + m_conditions.rttNs + halfRtt;
            break;
        case Handshake::Connecting:
            return;
        }
        const qint64 wait = due - now();
        if (wait > 0) {
            m_handshakeTimer.start(timerIntervalMs(wait));
            return;
        }
        switch (m_handshake) {
        case Handshake::SynSent:
            m_handshake = Handshake::SynAckSent;
            record(WireKind::SynAck, Direction::ServerToClient, m_t0 + m_conditions.rttNs);
            break;
        case Handshake::SynAckSent:
            m_handshake = Handshake::Established;
            establish();
            break;
        case Handshake::Established:
            m_handshake = Handshake::Connecting;
            connectUpstream();
            break;
        case Handshake::Connecting:
            break;
        }
    }
}

void RelayedConnection::establish()
{
    record(WireKind::Ack, Direction::ClientToServer, m_t0 + m_conditions.rttNs + m_conditions.rttNs / 2);
    record(WireKind::Established, Direction::None, m_t0);
    if (m_eavesdropper) {
        m_eavesdropper->observeConnection(m_id, m_client->peerAddress(), m_client->peerPort(),
                                          m_client->localAddress(), m_client->localPort());
    }
    m_up.readable = true;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (m_closed)
            return;
        if (waiter.context)
            waiter.ready(m_id);
    }
    // A client that does not wait for the gate (curl) may have sent already; its bytes start now.
    service(m_up);
}

void RelayedConnection::whenEstablished(QObject* context, std::function<void(quint32)> ready)
{
    if (m_closed)
        return;
    if (m_handshake == Handshake::Established || m_handshake == Handshake::Connecting) {
        if (context)
            ready(m_id);
        return;
    }
    m_waiters.append({context, std::move(ready)});
}

void RelayedConnection::connectUpstream()
{
    m_upstreamDescriptors.release();
    if (m_upstreamConnector) {
        m_upstream = m_upstreamConnector(m_id);
        if (!m_upstream) {
            failUpstream(tr("The server could not take the connection."));
            return;
        }
        m_upstream->setParent(this);
    } else {
        m_upstream = new QTcpSocket(this);
        // Binding first gives the socket its port before the server can accept it, so the server
        // endpoint finds the connection id as soon as it sees the peer port.
        if (!m_upstream->bind(bindAddressFor(m_upstreamHost), 0)) {
            failUpstream(
                tr("The link could not open a socket towards the server: %1").arg(m_upstream->errorString()));
            return;
        }
        m_upstreamLocalPort = m_upstream->localPort();
        if (m_directory)
            m_directory->registerUpstreamPort(m_upstreamLocalPort, m_id);
    }
    m_upstream->setReadBufferSize(ReadBufferSize);

    connect(m_upstream, &QTcpSocket::connected, this, &RelayedConnection::onUpstreamConnected);
    connect(m_upstream, &QTcpSocket::readyRead, this, [this] { service(m_down); });
    connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] {
        completeHalfClose(m_up);
        service(m_up);
    });
    connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
        if (m_upstreamConnected)
            onSourceEnded(m_down);
    });
    connect(m_upstream, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) { onSocketError(Side::Server, error); });
    if (m_upstreamConnector) {
        // Handed over connected: what follows a connect happens from the event loop, as it would.
        QTimer::singleShot(0, this, &RelayedConnection::onUpstreamConnected);
        return;
    }
    m_upstream->connectToHost(m_upstreamHost, m_upstreamTargetPort);
}

void RelayedConnection::onUpstreamConnected()
{
    if (m_closed)
        return;
    m_upstreamConnected = true;
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_up.sink = m_upstream;
    m_down.source = m_upstream;
    m_down.readable = true;
    for (const QByteArray& chunk : std::as_const(m_up.held))
        m_upstream->write(chunk);
    m_up.held.clear();
    m_up.heldBytes = 0;
    completeHalfClose(m_up);
    service(m_up);
    service(m_down);
}

void RelayedConnection::onSocketError(Side side, QAbstractSocket::SocketError error)
{
    if (m_closed)
        return;
    if (side == Side::Server && !m_upstreamConnected) {
        failUpstream(tr("The link could not connect to the server at %1 port %2: %3")
                         .arg(m_upstreamHost.toString())
                         .arg(m_upstreamTargetPort)
                         .arg(m_upstream->errorString()));
        return;
    }
    // Qt reports a peer's FIN (and, indistinguishably, a peer's RST) as RemoteHostClosedError: that side
    // has finished sending, which the disconnected() handler passes on as a FIN.
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onSourceEnded(side == Side::Client ? m_up : m_down);
        return;
    }
    resetFrom(side);
}

void RelayedConnection::service(Flow& flow)
{
    if (m_closed)
        return;
    // Deliveries free room for more bytes from the source, and those may be due at once (zero delay).
    do {
        readSource(flow);
    } while (runModel(flow) && !m_closed && flow.readable && flow.source &&
             flow.source->bytesAvailable() > 0 && budget(flow) > 0);
    armTimer(flow);
}

qint64 RelayedConnection::budget(const Flow& flow) const
{
    qint64 waiting = flow.undelivered.size() + flow.heldBytes;
    if (flow.sink)
        waiting += flow.sink->bytesToWrite();
    return MaxUndeliveredBytes - waiting;
}

void RelayedConnection::readSource(Flow& flow)
{
    if (!flow.readable || !flow.source)
        return;
    for (;;) {
        const qint64 room = budget(flow);
        const qint64 available = flow.source->bytesAvailable();
        if (room <= 0 || available <= 0)
            break;
        const QByteArray data = flow.source->read(std::min(room, available));
        if (data.isEmpty())
            break;
        flow.undelivered.append(data);
        flow.model.write(now(), data.size());
    }
    if (flow.sourceEnded && flow.source->bytesAvailable() == 0)
        flow.model.finish(now());
}

bool RelayedConnection::runModel(Flow& flow)
{
    const QList<SegmentScheduler::Action> actions = flow.model.advance(now());
    bool delivered = false;
    for (const SegmentScheduler::Action& action : actions) {
        if (m_closed)
            break;
        const quint8 retransmission = action.isRetransmission() ? WireFlag::Retransmission : 0;
        switch (action.type) {
        case SegmentScheduler::Action::Type::Departed:
            record(WireKind::SegmentSent, flow.direction, action.arrivalNs, retransmission, action.segment,
                   quint32(action.size));
            if (action.lost) {
                record(WireKind::SegmentLost, flow.direction, action.retransmitNs, retransmission,
                       action.segment, quint32(action.size));
            }
            break;
        case SegmentScheduler::Action::Type::Delivered:
            deliver(flow, action);
            delivered = true;
            break;
        case SegmentScheduler::Action::Type::FinDelivered:
            record(WireKind::Fin, flow.direction, action.departureNs);
            flow.finDelivered = true;
            completeHalfClose(flow);
            break;
        }
    }
    return delivered;
}

void RelayedConnection::deliver(Flow& flow, const SegmentScheduler::Action& action)
{
    QByteArray bytes = flow.undelivered.take(action.size);
    // An attacker may change the segment on its way; the eavesdropper sits after it, near the receiver,
    // so that it reads what the receiver gets.
    if (m_tamperer)
        m_tamperer->process(m_id, flow.direction, bytes);
    if (m_eavesdropper)
        m_eavesdropper->observe(m_id, flow.direction, bytes);
    if (!flow.sink) {
        flow.held.append(bytes);
        flow.heldBytes += bytes.size();
    } else if (flow.sink->state() == QAbstractSocket::ConnectedState) {
        flow.sink->write(bytes);
    } else {
        // The receiver has closed its socket and takes nothing more; the segment reached nobody.
        return;
    }
    quint8 flags = action.headOfLineBlocked ? WireFlag::HeadOfLineBlocked : 0;
    if (action.isRetransmission())
        flags |= WireFlag::Retransmission;
    record(WireKind::SegmentDelivered, flow.direction, action.departureNs, flags, action.segment,
           quint32(action.size));
}

void RelayedConnection::completeHalfClose(Flow& flow)
{
    if (m_closed || !flow.finDelivered || flow.done)
        return;
    if (!flow.sink)
        return; // the upstream is still connecting; onUpstreamConnected() comes back here
    if (flow.sink->state() == QAbstractSocket::ConnectedState) {
        flow.sink->flush();
        if (flow.sink->bytesToWrite() > 0)
            return; // bytesWritten() comes back here once Qt has handed everything to the kernel
        // QTcpSocket cannot half-close; an HTTP/1.1 body delimited by the close needs the FIN while the
        // receiver may still answer, so shut down our sending side of the descriptor directly.
        ::shutdown(int(flow.sink->socketDescriptor()), SHUT_WR);
    }
    flow.done = true;
    closeIfDone();
}

void RelayedConnection::onSourceEnded(Flow& flow)
{
    if (m_closed || flow.sourceEnded)
        return;
    flow.sourceEnded = true;
    service(flow);
    // The socket that ended is the other direction's receiver too: Qt has closed it for good.
    Flow& other = &flow == &m_up ? m_down : m_up;
    completeHalfClose(other);
}

void RelayedConnection::armTimer(Flow& flow)
{
    const std::optional<qint64> next = flow.model.nextActionTimeNs();
    if (m_closed || !next) {
        flow.timer.stop();
        return;
    }
    flow.timer.start(timerIntervalMs(*next - now()));
}

void RelayedConnection::resetFrom(Side side)
{
    if (m_closed)
        return;
    record(WireKind::Reset, side == Side::Client ? Direction::ClientToServer : Direction::ServerToClient,
           now());
    resetSocket(side == Side::Client ? m_upstream : m_client);
    terminate();
}

void RelayedConnection::abort()
{
    if (m_closed)
        return;
    record(WireKind::Reset, Direction::None, now());
    resetSocket(m_client);
    resetSocket(m_upstream);
    terminate();
}

void RelayedConnection::failUpstream(const QString& reason)
{
    if (m_closed)
        return;
    EventDetail detail;
    detail.text = reason;
    m_recorder.record({.layer = Layer::Wire, .kind = kindOf(WireKind::Error)}, std::move(detail));
    record(WireKind::Reset, Direction::ServerToClient, now());
    resetSocket(m_client);
    terminate();
}

void RelayedConnection::closeIfDone()
{
    if (m_closed || !m_up.done || !m_down.done)
        return;
    terminate();
}

void RelayedConnection::terminate()
{
    m_closed = true;
    m_handshakeTimer.stop();
    m_up.timer.stop();
    m_down.timer.stop();
    m_up.undelivered.clear();
    m_down.undelivered.clear();
    m_up.held.clear();
    m_waiters.clear();
    // Both sides have finished or were reset; close() only releases what is left.
    m_client->close();
    if (m_upstream)
        m_upstream->close();
    if (m_directory)
        m_directory->forget(m_clientPort, m_upstreamLocalPort);
    if (m_eavesdropper)
        m_eavesdropper->forget(m_id);
    if (m_tamperer)
        m_tamperer->forget(m_id);
    emit finished(m_id);
}

} // namespace protoviz

#include "core/link/datagramrelay.h"

#include "core/link/relayhelpers.h"
#include "core/transport/connectiondirectory.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#include <algorithm>

namespace protoviz {

struct DatagramRelay::Flow
{
    Flow(const LinkConditions& conditions, quint32 flowId, int queueLimit)
        : id(flowId)
        , up(conditions, Direction::ClientToServer, flowId, queueLimit)
        , down(conditions, Direction::ServerToClient, flowId, queueLimit)
    {
    }

    const quint32 id;
    QHostAddress clientAddress;
    quint16 clientPort = 0;
    QUdpSocket* upstream = nullptr; ///< the relay's socket towards the server, a child of the relay
    DatagramScheduler up;
    DatagramScheduler down;
};

DatagramRelay::DatagramRelay(const Setup& setup, SessionClock clock, QObject* parent)
    : QObject(parent)
    , m_conditions(setup.conditions)
    , m_upstreamHost(setup.upstreamHost)
    , m_upstreamPort(setup.upstreamPort)
    , m_recorder(setup.recorder)
    , m_directory(setup.directory)
    , m_queueLimit(setup.queueLimit)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DatagramRelay::service);
}

DatagramRelay::~DatagramRelay() = default;

bool DatagramRelay::listen(const QHostAddress& address, quint16 port, QString* error)
{
    close();
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(address, port)) {
        if (error) {
            *error = tr("The link could not listen on %1 UDP port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_socket->errorString());
        }
        delete std::exchange(m_socket, nullptr);
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &DatagramRelay::readClients);
    return true;
}

QHostAddress DatagramRelay::address() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 DatagramRelay::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

quint32 DatagramRelay::flowIdForClientPort(quint16 clientPort) const
{
    const auto found = std::find_if(m_flows.begin(), m_flows.end(), [clientPort](const auto& flow) {
        return flow->clientPort == clientPort;
    });
    return found != m_flows.end() ? (*found)->id : 0;
}

quint32 DatagramRelay::flowIdForUpstreamPort(quint16 upstreamPort) const
{
    const auto found = std::find_if(m_flows.begin(), m_flows.end(), [upstreamPort](const auto& flow) {
        return flow->upstream && flow->upstream->localPort() == upstreamPort;
    });
    return found != m_flows.end() ? (*found)->id : 0;
}

void DatagramRelay::close()
{
    m_timer.stop();
    m_inFlight.clear();
    for (const std::unique_ptr<Flow>& flow : m_flows)
        delete flow->upstream;
    m_flows.clear();
    delete std::exchange(m_socket, nullptr);
}

void DatagramRelay::readClients()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!datagram.isValid())
            break;
        Flow& flow = flowFor(datagram.senderAddress(), quint16(datagram.senderPort()));
        offer(flow, Direction::ClientToServer, datagram.data());
    }
    service();
}

void DatagramRelay::readUpstream(Flow& flow)
{
    while (flow.upstream->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = flow.upstream->receiveDatagram();
        if (!datagram.isValid())
            break;
        // Only the server's answers go back, as through a NAT: anything else knocking on the flow's port
        // is not part of the conversation.
        if (datagram.senderPort() != m_upstreamPort || !datagram.senderAddress().isEqual(m_upstreamHost))
            continue;
        offer(flow, Direction::ServerToClient, datagram.data());
    }
    service();
}

DatagramRelay::Flow& DatagramRelay::flowFor(const QHostAddress& clientAddress, quint16 clientPort)
{
    const auto found = std::find_if(m_flows.begin(), m_flows.end(), [&](const auto& flow) {
        return flow->clientPort == clientPort && flow->clientAddress.isEqual(clientAddress);
    });
    if (found != m_flows.end())
        return **found;

    auto flow = std::make_unique<Flow>(m_conditions, m_directory->allocate(), m_queueLimit);
    flow->clientAddress = clientAddress;
    flow->clientPort = clientPort;
    flow->upstream = new QUdpSocket(this);
    // A socket that cannot bind sends from an ephemeral port anyway; only the address family matters.
    flow->upstream->bind(bindAddressFor(m_upstreamHost), 0);
    Flow* raw = flow.get();
    connect(flow->upstream, &QUdpSocket::readyRead, this, [this, raw] { readUpstream(*raw); });
    m_flows.push_back(std::move(flow));
    return *raw;
}

void DatagramRelay::offer(Flow& flow, Direction direction, QByteArray payload)
{
    DatagramScheduler& model = direction == Direction::ClientToServer ? flow.up : flow.down;
    const DatagramScheduler::Plan plan = model.offer(now(), int(payload.size()));
    if (plan.overflow) {
        record(flow, WireKind::DatagramLost, direction, plan, int(payload.size()), plan.departureNs,
               WireFlag::QueueOverflow);
        return;
    }
    m_inFlight.emplace(
        std::pair(plan.departureNs, ++m_planned),
        InFlight{.flow = &flow, .direction = direction, .plan = plan, .payload = std::move(payload)});
}

void DatagramRelay::service()
{
    while (!m_inFlight.empty()) {
        const auto first = m_inFlight.begin();
        if (first->first.first > now())
            break;
        InFlight datagram = std::move(first->second);
        m_inFlight.erase(first);
        step(datagram);
    }
    if (m_inFlight.empty())
        m_timer.stop();
    else
        m_timer.start(timerIntervalMs(m_inFlight.begin()->first.first - now()));
}

void DatagramRelay::step(InFlight& datagram)
{
    const int size = int(datagram.payload.size());
    if (datagram.departed) {
        deliver(datagram);
        return;
    }
    record(*datagram.flow, WireKind::DatagramSent, datagram.direction, datagram.plan, size,
           datagram.plan.arrivalNs);
    if (datagram.plan.lost) {
        record(*datagram.flow, WireKind::DatagramLost, datagram.direction, datagram.plan, size,
               datagram.plan.arrivalNs);
        return;
    }
    datagram.departed = true;
    m_inFlight.emplace(std::pair(datagram.plan.arrivalNs, ++m_planned), std::move(datagram));
}

void DatagramRelay::deliver(const InFlight& datagram)
{
    const Flow& flow = *datagram.flow;
    const bool toServer = datagram.direction == Direction::ClientToServer;
    const qint64 written =
        toServer ? flow.upstream->writeDatagram(datagram.payload, m_upstreamHost, m_upstreamPort)
                 : m_socket->writeDatagram(datagram.payload, flow.clientAddress, flow.clientPort);
    if (written < 0) {
        // The receiver's host refused it (its socket buffer is full, say): lost after all, for a reason the
        // emulation did not choose.
        m_recorder.forConnection(flow.id).explain(
            Layer::Wire, kindOf(WireKind::Error),
            tr("UDP datagram %1 could not be passed on: %2")
                .arg(datagram.plan.number)
                .arg(toServer ? flow.upstream->errorString() : m_socket->errorString()),
            datagram.plan.number);
        return;
    }
    record(flow, WireKind::DatagramDelivered, datagram.direction, datagram.plan, int(datagram.payload.size()),
           datagram.plan.departureNs);
}

void DatagramRelay::record(const Flow& flow, WireKind kind, Direction direction,
                           const DatagramScheduler::Plan& plan, int size, qint64 value, quint8 flags) const
{
    m_recorder.record({.layer = Layer::Wire,
                       .kind = kindOf(kind),
                       .direction = direction,
                       .flags = flags,
                       .connection = flow.id,
                       .stream = plan.number,
                       .size = quint32(size),
                       .value = value});
}

} // namespace protoviz

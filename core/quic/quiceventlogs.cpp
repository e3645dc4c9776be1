#include "core/quic/quiceventlogs.h"

#include "core/link/datagramrelay.h"
#include "core/quic/quicconnection.h"
#include "core/transport/connectiondirectory.h"

namespace protoviz {

QuicEventLogs::QuicEventLogs(EventRecorder recorder, ConnectionDirectory* directory, QObject* parent)
    : QObject(parent)
    , m_recorder(std::move(recorder))
    , m_directory(directory)
{
}

QuicEventLogs::~QuicEventLogs() = default;

QuicEventLogs::Attached QuicEventLogs::attach(QuicConnection* connection)
{
    // Behind the relay the server sees the relay flow's own socket as the client.
    quint32 id = m_relay ? m_relay->flowIdForUpstreamPort(connection->path().remotePort) : 0;
    if (id == 0 && m_directory)
        id = m_directory->allocate();
    auto log = std::make_unique<QuicEventLog>(m_recorder.forConnection(id));
    QuicEventLog* attached = log.get();
    m_logs[connection] = std::move(log);
    connect(connection, &QObject::destroyed, this, [this](QObject* gone) { m_logs.erase(gone); });
    return {id, attached};
}

} // namespace protoviz

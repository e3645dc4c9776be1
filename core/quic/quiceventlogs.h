#pragma once

#include "core/quic/quiceventlog.h"
#include "core/timeline/eventrecorder.h"

#include <QObject>

#include <map>
#include <memory>

namespace protoviz {

class ConnectionDirectory;
class DatagramRelay;
class QuicConnection;

/// The QuicEventLogs of the connections a QUIC server accepts, one per connection, kept as long as the
/// connection is. Each records (as the recorder given, Origin::Server) under the connection id the
/// emulated link gave the connection's datagrams when a DatagramRelay stands in front of the server, so
/// that the link's datagram events and the connection's QUIC events line up, and otherwise under a new id
/// from the ConnectionDirectory, as a TCP connection of the same server would be.
///
/// Lives on the server's thread; owns the logs, not the connections, the relay or the directory.
class QuicEventLogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuicEventLogs)

public:
    /// directory may be nullptr (then a connection without a relay flow records under id 0).
    QuicEventLogs(EventRecorder recorder, ConnectionDirectory* directory, QObject* parent = nullptr);
    ~QuicEventLogs() override;

    /// The relay in front of the server (owned by its link; nullptr: none), for connections accepted from
    /// now on.
    void setRelay(const DatagramRelay* relay) { m_relay = relay; }

    /// A connection's log and the id it records under.
    struct Attached
    {
        quint32 connectionId = 0;
        QuicEventLog* log = nullptr; ///< owned by the QuicEventLogs, as long as the connection lives
    };

    /// Makes connection's log, under its connection id: the observer to give the connection, or to put
    /// behind observers of one's own (a key logger). Call once per connection, before its first packet
    /// (from Http3Server::connectionAccepted()).
    Attached attach(QuicConnection* connection);

private:
    const EventRecorder m_recorder;
    ConnectionDirectory* const m_directory;
    const DatagramRelay* m_relay = nullptr;
    std::map<const QObject*, std::unique_ptr<QuicEventLog>> m_logs; ///< by connection
};

} // namespace protoviz

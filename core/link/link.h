#pragma once

#include "core/link/linkconditions.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiongate.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QTcpServer;

namespace protoviz {

class ConnectionDirectory;
class RelayedConnection;

/// The emulated network between a session's clients and its server: a relay listening on loopback that
/// forwards every accepted connection to the upstream server, imposing the session's LinkConditions on
/// both directions (see SegmentScheduler), and recording every TCP handshake step, segment, loss,
/// delivery and close as Layer::Wire events.
///
/// Lives on the session thread. Owns its connections.
class Link final : public QObject, public ConnectionGate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Link)

public:
    /// recorder should have Origin::Link; directory is shared with the session's endpoints.
    Link(const LinkConditions& conditions, ConnectionDirectory* directory, EventRecorder recorder,
         QObject* parent = nullptr);
    ~Link() override;

    /// Where accepted connections are relayed to.
    void setUpstream(const QHostAddress& host, quint16 port);

    /// Starts accepting clients. Returns false and sets *error if the address cannot be bound.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QHostAddress address() const;
    quint16 port() const;

    const LinkConditions& conditions() const { return m_conditions; }

    /// Number of connections accepted so far.
    int connectionCount() const;

    /// Stops accepting and resets every open connection.
    void shutdown();

    void whenEstablished(quint16 clientLocalPort, QObject* context,
                         std::function<void(quint32 connectionId)> ready) override;

signals:
    /// A relayed connection is over in both directions.
    void connectionFinished(quint32 connectionId);

private:
    struct Private;
    std::unique_ptr<Private> d;
    const LinkConditions m_conditions;
};

} // namespace protoviz

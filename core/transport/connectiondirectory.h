#pragma once

#include <QHash>
#include <QtGlobal>

namespace protoviz {

/// Gives every TCP connection of a session one id that the client, the link and the server agree on.
/// The link relays a connection through two sockets; it registers the client's local port and the port
/// of its own upstream socket, so each endpoint can find the id from the socket it holds.
/// Lives on the session thread; not thread-safe.
class ConnectionDirectory
{
public:
    /// A fresh id (1, 2, 3, ...).
    quint32 allocate() { return ++m_lastId; }

    /// The link accepted a client whose socket has this local port.
    void registerClientPort(quint16 clientPort, quint32 id) { m_byClientPort.insert(clientPort, id); }
    /// The link connects to the server from this local port.
    void registerUpstreamPort(quint16 upstreamPort, quint32 id) { m_byUpstreamPort.insert(upstreamPort, id); }

    /// The id for a client socket by its local port, 0 if the link has not seen it.
    quint32 idForClientPort(quint16 clientPort) const { return m_byClientPort.value(clientPort); }
    /// The id for a socket a server accepted, by its peer port; 0 for a connection not through the link.
    quint32 idForServerPeerPort(quint16 peerPort) const { return m_byUpstreamPort.value(peerPort); }

    /// Forgets a finished connection's ports so that reused port numbers are not confused.
    void forget(quint16 clientPort, quint16 upstreamPort)
    {
        m_byClientPort.remove(clientPort);
        m_byUpstreamPort.remove(upstreamPort);
    }

    quint32 count() const { return m_lastId; }

private:
    QHash<quint16, quint32> m_byClientPort;
    QHash<quint16, quint32> m_byUpstreamPort;
    quint32 m_lastId = 0;
};

} // namespace protoviz

#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

namespace protoviz {

/// Something a client connection must pass before it may send: the emulated link completes a TCP
/// handshake that costs one round trip, although loopback connects at once.
class ConnectionGate
{
public:
    virtual ~ConnectionGate() = default;

    /// Calls ready(connectionId) once the emulated handshake for the client socket with this local port
    /// has completed. The call is dropped if context is destroyed first.
    virtual void whenEstablished(quint16 clientLocalPort, QObject* context,
                                 std::function<void(quint32 connectionId)> ready) = 0;
};

} // namespace protoviz

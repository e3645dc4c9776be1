#pragma once

#include <QString>

#include <optional>

class QTcpSocket;

namespace protoviz {

/// A connected pair of stream sockets inside the process (socketpair(2)), each end in a QTcpSocket:
/// a connection to a server that listens on no port, so that nothing outside the process can reach it.
/// The ends are AF_UNIX sockets: they read, write, half-close and close like TCP ones, but have no
/// addresses or ports, and TCP options (Nagle) do not apply.
struct InProcessConnection
{
    QTcpSocket* client = nullptr; ///< connected, without parent: the caller owns it
    QTcpSocket* server = nullptr; ///< connected, without parent: the caller owns it

    /// Opens a pair. Returns nothing and sets *error (if given) when the process is out of descriptors.
    static std::optional<InProcessConnection> open(QString* error = nullptr);
};

} // namespace protoviz

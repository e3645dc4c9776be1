#pragma once

#include <QByteArray>
#include <QString>
#include <QTcpSocket>

#include <optional>

namespace protoviz::test {

/// A frame as a server sent it, decoded here independently of ProtoViz's decoder.
struct ServerFrame
{
    bool fin = true;
    quint8 rsv = 0;
    quint8 opcode = 0;
    bool masked = false; ///< a server must never mask
    QByteArray payload;
};

/// A WebSocket client with no protocol logic of its own, for testing a server from the wire: it performs
/// the opening handshake by hand over a QTcpSocket, writes whatever bytes it is given in one write (so
/// that several frames arrive in the same read on the server), and reads the server's frames one by one.
/// Waits run the event loop (a serve process started by the test keeps being read). Test thread only.
class RawWebSocketClient final
{
    Q_DISABLE_COPY_MOVE(RawWebSocketClient)

public:
    RawWebSocketClient() = default;

    /// Connects to 127.0.0.1:port and upgrades path; true once the server's 101 carries the right
    /// Sec-WebSocket-Accept. On failure error() says why.
    bool open(quint16 port, const QByteArray& path, int timeoutMs);

    /// Writes bytes in one write and flushes them.
    void send(const QByteArray& bytes);

    /// The next frame the server sent, waiting up to timeoutMs; nullopt on timeout, on a connection
    /// closed first, or on a frame that cannot be decoded (error() says which).
    std::optional<ServerFrame> readFrame(int timeoutMs);

    /// Waits up to timeoutMs for the server to close TCP; true if it did and sent nothing more.
    bool waitForServerClose(int timeoutMs);

    /// Bytes received and not yet read as frames.
    qsizetype pendingBytes() const { return m_buffer.size(); }
    QString error() const { return m_error; }

private:
    bool waitForMore(int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace protoviz::test

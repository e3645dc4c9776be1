#pragma once

#include "core/transport/bytestream.h"

#include <QEvent>
#include <QHostAddress>
#include <QPointer>

class QTcpSocket;

namespace protoviz {

class ConnectionDirectory;
class ConnectionGate;

/// A ByteStream over a TCP socket. A client stream connects and, when a gate is given (the emulated
/// link), waits for the emulated handshake before it reports opened(); a server stream wraps a socket
/// that was accepted and is open at once.
///
/// An accepted stream closes the way production servers do (a "lingering close"): close() waits until
/// every queued byte is in the kernel, sends FIN (shutdown for writing) and keeps reading until the
/// client closes too or a few seconds pass. Closing at once would make the kernel answer bytes the
/// client is still sending with a reset that discards what was not yet delivered, such as the GOAWAY or
/// error response that explains the close.
class TcpStream final : public ByteStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpStream)

public:
    /// Wraps an accepted socket (takes ownership).
    TcpStream(QTcpSocket* accepted, quint32 connectionId, QObject* parent = nullptr);

    /// A client stream; call connectTo() to start.
    explicit TcpStream(QObject* parent = nullptr);
    ~TcpStream() override;

    /// Connects to host:port. With a gate, opened() waits for the gate; without, the directory (if any)
    /// gives the connection its id.
    void connectTo(const QHostAddress& host, quint16 port, ConnectionGate* gate,
                   ConnectionDirectory* directory);

    void write(const QByteArray& data) override;
    void close() override;
    void abort() override;
    bool isOpen() const override { return m_open; }
    quint32 connectionId() const override { return m_connectionId; }

    QTcpSocket* socket() const { return m_socket; }

protected:
    bool event(QEvent* event) override;

private:
    static QEvent::Type sendEventType();
    void attach();
    void becomeOpen(quint32 connectionId);
    void onReadyRead();
    void onDisconnected();
    void finish();
    void closeOpen();
    void lingerClose();
    void shutdownWriting();
    /// Sends the bytes written during the last pass of the event loop.
    void sendUnsent();
    /// Sends what the kernel takes at once, while QTcpSocket holds no bytes back; returns how many.
    qsizetype sendDirectly(const QByteArray& data);

    QTcpSocket* m_socket = nullptr;
    QByteArray m_pendingWrites;
    QByteArray m_unsent; // written while open, sent when the event loop's current pass is over
    quint32 m_connectionId = 0;
    bool m_open = false;
    bool m_finished = false;
    bool m_closeRequested = false;
    bool m_accepted = false;
    bool m_lingering = false;
    bool m_sendQueued = false;
    bool m_closeAfterSend = false; // close() came while bytes waited for sendUnsent()
};

} // namespace protoviz

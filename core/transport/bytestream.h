#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace protoviz {

/// A reliable, ordered, two-way byte stream: TCP on the emulated link, or TLS on top of it. Protocol
/// endpoints (HTTP/1.1, HTTP/2, WebSocket) are written against this interface only, so the same code
/// runs over cleartext and TLS. Streams live on one thread; signals are emitted on it.
class ByteStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ByteStream)

public:
    using QObject::QObject;

    /// Queues bytes for the peer. Bytes written before opened() are sent once the stream is open.
    virtual void write(const QByteArray& data) = 0;

    /// Finishes sending once queued bytes are out; the stream closes when the peer has closed too.
    virtual void close() = 0;

    /// Drops the connection at once (a TCP reset).
    virtual void abort() = 0;

    /// True between opened() and closed().
    virtual bool isOpen() const = 0;

    /// The session-wide id of the underlying connection, 0 until known.
    virtual quint32 connectionId() const = 0;

    /// The application protocol agreed in the TLS handshake (ALPN), empty for cleartext or none.
    virtual QByteArray applicationProtocol() const { return {}; }

    /// True when the stream encrypts (TLS).
    virtual bool isSecure() const { return false; }

signals:
    /// The stream is ready for application data (after the TCP and, if any, TLS handshakes).
    void opened();
    /// Application bytes from the peer.
    void received(const QByteArray& data);
    /// The connection is over, whichever side ended it. Emitted once; no signal follows.
    void closed();
    /// The stream failed (reset, handshake failure); closed() follows.
    void failed(const QString& reason);
};

} // namespace protoviz

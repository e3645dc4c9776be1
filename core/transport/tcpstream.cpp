#include "core/transport/tcpstream.h"

#include "core/transport/connectiondirectory.h"
#include "core/transport/connectiongate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <sys/socket.h>

namespace protoviz {

namespace {

// How long a closing accepted connection waits for the client to close its side before it is dropped.
constexpr int LingerMs = 2000;

} // namespace

TcpStream::TcpStream(QTcpSocket* accepted, quint32 connectionId, QObject* parent)
    : ByteStream(parent)
    , m_socket(accepted)
    , m_connectionId(connectionId)
    , m_open(true)
    , m_accepted(true)
{
    m_socket->setParent(this);
    attach();
}

TcpStream::TcpStream(QObject* parent)
    : ByteStream(parent)
    , m_socket(new QTcpSocket(this))
{
    attach();
}

TcpStream::~TcpStream() = default;

void TcpStream::attach()
{
    // Nagle would hold back small writes for an ACK that loopback never delays; the emulated link
    // decides segment timing, so the endpoint must hand bytes over as soon as it writes them.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpStream::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpStream::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_finished || error == QAbstractSocket::RemoteHostClosedError)
            return;
        emit failed(m_socket->errorString());
        finish();
    });
}

void TcpStream::connectTo(const QHostAddress& host, quint16 port, ConnectionGate* gate,
                          ConnectionDirectory* directory)
{
    connect(m_socket, &QTcpSocket::connected, this, [this, gate, directory] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (gate) {
            gate->whenEstablished(m_socket->localPort(), this,
                                  [this](quint32 connectionId) { becomeOpen(connectionId); });
        } else {
            becomeOpen(directory ? directory->allocate() : 0);
        }
    });
    m_socket->connectToHost(host, port);
}

void TcpStream::becomeOpen(quint32 connectionId)
{
    if (m_finished)
        return;
    m_connectionId = connectionId;
    m_open = true;
    emit opened();
    if (!m_pendingWrites.isEmpty()) {
        m_socket->write(m_pendingWrites);
        m_pendingWrites.clear();
    }
    if (m_closeRequested)
        m_socket->disconnectFromHost();
    else if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void TcpStream::write(const QByteArray& data)
{
    // Once closing, the stream sends nothing more (an accepted one may already have sent its FIN).
    if (m_finished || m_lingering || m_closeAfterSend || data.isEmpty())
        return;
    if (!m_open) {
        m_pendingWrites.append(data);
        return;
    }
    // Bytes QTcpSocket already holds go first: the new ones queue behind them.
    if (m_unsent.isEmpty() && m_socket->bytesToWrite() > 0) {
        m_socket->write(data);
        return;
    }
    // Everything written while the event loop handles this pass goes out in one send once the pass is
    // over: one system call for many small writes (TLS records, HTTP/2 flushes), and events recorded
    // meanwhile are delivered (printed, shown) before the peer can see the bytes they describe.
    m_unsent.append(data);
    if (!m_sendQueued) {
        m_sendQueued = true;
        // Low priority: the notifications of events recorded after this write are delivered first.
        QCoreApplication::postEvent(this, new QEvent(sendEventType()), Qt::LowEventPriority);
    }
}

QEvent::Type TcpStream::sendEventType()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

bool TcpStream::event(QEvent* event)
{
    if (event->type() != sendEventType())
        return ByteStream::event(event);
    sendUnsent();
    return true;
}

void TcpStream::sendUnsent()
{
    m_sendQueued = false;
    const QByteArray data = std::exchange(m_unsent, {});
    if (m_finished)
        return;
    const qsizetype sent = sendDirectly(data);
    if (sent < data.size())
        m_socket->write(sent == 0 ? data : data.sliced(sent));
    if (std::exchange(m_closeAfterSend, false) && !m_finished)
        closeOpen();
}

qsizetype TcpStream::sendDirectly(const QByteArray& data)
{
    // QTcpSocket queues every write and sends it from the event loop: its write notifier goes on and
    // off again (each time waking the event loop) for every write, a round trip that costs more than
    // the send itself at high request rates. While nothing is queued, the bytes go straight into the
    // kernel; only what it does not take at once waits in QTcpSocket, which keeps the order.
    if (m_socket->bytesToWrite() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
        return 0;
    const auto descriptor = int(m_socket->socketDescriptor());
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t result = ::send(descriptor, data.constData() + sent, size_t(data.size() - sent),
                                      MSG_NOSIGNAL | MSG_DONTWAIT);
        if (result > 0) {
            sent += qsizetype(result);
            continue;
        }
        if (result < 0 && errno == EINTR)
            continue;
        // A full buffer or a failure: QTcpSocket takes the rest, and reports a failure as its own.
        break;
    }
    return sent;
}

void TcpStream::close()
{
    if (m_finished)
        return;
    if (!m_open) {
        m_closeRequested = true;
        return;
    }
    // What was written before the close goes before the FIN, and no earlier than it would alone.
    if (m_sendQueued) {
        m_closeAfterSend = true;
        return;
    }
    closeOpen();
}

void TcpStream::closeOpen()
{
    if (m_accepted)
        lingerClose();
    else
        m_socket->disconnectFromHost();
}

void TcpStream::lingerClose()
{
    if (m_lingering)
        return;
    m_lingering = true;
    auto* deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, &TcpStream::abort);
    deadline->start(LingerMs);
    // The client's FIN or reset ends the linger through disconnected() or errorOccurred().
    if (m_socket->bytesToWrite() == 0) {
        shutdownWriting();
        return;
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            shutdownWriting();
    });
}

void TcpStream::shutdownWriting()
{
    // QTcpSocket cannot half-close; the descriptor stays Qt's, which still reads the client's bytes
    // and sees its FIN.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void TcpStream::abort()
{
    if (m_finished)
        return;
    m_socket->abort();
    finish();
}

void TcpStream::onReadyRead()
{
    // Until the emulated handshake completes nothing can legitimately arrive; keep it in the socket.
    if (!m_open)
        return;
    const QByteArray data = m_socket->readAll();
    if (!data.isEmpty())
        emit received(data);
}

void TcpStream::onDisconnected()
{
    if (m_open && m_socket->bytesAvailable() > 0)
        onReadyRead();
    finish();
}

void TcpStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_open = false;
    emit closed();
}

} // namespace protoviz

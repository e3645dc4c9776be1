#include "core/server/backoffacceptor.h"

#include "core/server/descriptorreserve.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace protoviz {

BackoffAcceptor::BackoffAcceptor(QTcpServer* listener, int descriptorsPerConnection)
    : QObject(listener)
    , m_notifier(listener->socketDescriptor(), QSocketNotifier::Read)
    , m_descriptorsPerConnection(descriptorsPerConnection)
{
    // Two read notifiers on one descriptor confuse the event dispatcher: QTcpServer's stays off.
    listener->pauseAccepting();
    connect(&m_notifier, &QSocketNotifier::activated, this, &BackoffAcceptor::acceptPending);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_notifier.setEnabled(true);
        acceptPending();
    });
}

BackoffAcceptor::~BackoffAcceptor() = default;

void BackoffAcceptor::stop()
{
    m_retryTimer.stop();
    m_notifier.setEnabled(false);
}

void BackoffAcceptor::acceptPending()
{
    const int listening = int(m_notifier.socket());
    while (m_notifier.isEnabled()) {
        // Taken and given back at once: it proves the room is there before the connection uses it.
        DescriptorReserve room;
        if (int error = 0; !room.take(m_descriptorsPerConnection + SpareDescriptors, &error)) {
            backOff(error);
            return;
        }
        room.release();
        const int descriptor = ::accept4(listening, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor < 0) {
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED)
                continue;
            if (error != EAGAIN && error != EWOULDBLOCK)
                backOff(error);
            return;
        }
        m_delayMs = 0;
        auto* socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            // Qt gives back a descriptor it could not take (the peer may have reset it already).
            delete socket;
            ::close(descriptor);
            continue;
        }
        emit accepted(socket);
    }
}

void BackoffAcceptor::backOff(int error)
{
    m_notifier.setEnabled(false);
    m_delayMs = m_delayMs == 0 ? FirstDelayMs : std::min(2 * m_delayMs, MaxDelayMs);
    m_retryTimer.start(m_delayMs);
    const bool outOfDescriptors = error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM;
    emit backingOff(outOfDescriptors, QString::fromLocal8Bit(std::strerror(error)), m_delayMs);
}

QString BackoffAcceptor::explanation(bool outOfDescriptors, const QString& reason, int delayMs,
                                     int openConnections)
{
    // Meanwhile the connections already open are served; new ones wait in the kernel's backlog.
    return outOfDescriptors
               ? tr("Out of file descriptors: %n connection(s) open; accepting again in %1 ms.", nullptr,
                    openConnections)
                     .arg(delayMs)
               : tr("Accepting a connection failed (%1): %n connection(s) open; accepting again in %2 ms.",
                    nullptr, openConnections)
                     .arg(reason)
                     .arg(delayMs);
}

} // namespace protoviz

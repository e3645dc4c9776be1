#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace protoviz {

/// Accepts the connections of a listening QTcpServer itself, so that a failing accept() backs off
/// instead of spinning. QTcpServer (Qt 6.4) retries a failed accept() at every turn of the event loop
/// while the cause lasts: out of file descriptors, a server spends its CPU on thousands of failed
/// accepts a second and has little left for the connections it holds. BackoffAcceptor stops watching
/// the socket after a failure and tries again after a delay that doubles at every failure in a row,
/// from FirstDelayMs up to MaxDelayMs, starting short again once a connection is accepted. The
/// connections that could not be accepted meanwhile wait in the kernel's backlog.
///
/// Lives on the listener's thread, as the listener's child; the listener's own accepting is paused.
class BackoffAcceptor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackoffAcceptor)

public:
    static constexpr int FirstDelayMs = 50;
    static constexpr int MaxDelayMs = 2000;

    /// Takes over accepting for listener, which must be listening (and becomes the parent).
    explicit BackoffAcceptor(QTcpServer* listener);
    ~BackoffAcceptor() override;

    /// Accepts nothing more; call before closing the listener.
    void stop();

signals:
    /// A connection was accepted. socket is connected and has no parent: the receiver owns it (a
    /// socket nobody takes is leaked, so connect before control returns to the event loop).
    void accepted(QTcpSocket* socket);
    /// accept() failed; nothing is accepted for delayMs milliseconds. outOfDescriptors: the process
    /// or the system ran out of file descriptors (or memory for sockets); otherwise reason says why.
    void backingOff(bool outOfDescriptors, const QString& reason, int delayMs);

private:
    void acceptPending();
    void backOff(int error);

    QSocketNotifier m_notifier;
    QTimer m_retryTimer;
    int m_delayMs = 0;
};

} // namespace protoviz

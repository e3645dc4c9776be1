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
/// Accepting never takes the process's last descriptors: a connection is accepted only while the
/// descriptors it needs and SpareDescriptors more could still be opened, and otherwise the acceptor
/// backs off as if accept() had failed. The connections already open keep room for their work (a file,
/// a pipe, an upstream connection, the sanitizers' own checks) while new ones wait.
///
/// Lives on the listener's thread, as the listener's child; the listener's own accepting is paused.
class BackoffAcceptor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackoffAcceptor)

public:
    static constexpr int FirstDelayMs = 50;
    static constexpr int MaxDelayMs = 2000;
    /// Descriptors left free for the rest of the process after every accepted connection.
    static constexpr int SpareDescriptors = 4;

    /// Takes over accepting for listener, which must be listening (and becomes the parent).
    /// descriptorsPerConnection: how many descriptors each accepted connection opens, its own included
    /// (a relay that opens one towards its server needs two).
    explicit BackoffAcceptor(QTcpServer* listener, int descriptorsPerConnection = 1);
    ~BackoffAcceptor() override;

    /// Accepts nothing more; call before closing the listener.
    void stop();

    /// The sentence that explains a backingOff() to the user, with the number of connections the
    /// listener's owner still serves meanwhile; owners record it as a Layer::Session error event.
    static QString explanation(bool outOfDescriptors, const QString& reason, int delayMs,
                               int openConnections);

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
    const int m_descriptorsPerConnection;
    int m_delayMs = 0;
};

} // namespace protoviz

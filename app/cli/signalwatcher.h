#pragma once

#include <QObject>

class QSocketNotifier;

namespace protoviz::cli {

/// Turns SIGINT and SIGTERM into a Qt signal, so that `serve` stops cleanly (closing its sockets and
/// writing what it must) when the user presses Ctrl+C or a test ends it. Uses a socket pair because
/// almost nothing is safe inside a POSIX signal handler; writing a byte is.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace protoviz::cli

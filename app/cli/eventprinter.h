#pragma once

#include "core/timeline/event.h"

#include <QCoreApplication>
#include <QObject>

class QTextStream;

namespace protoviz {
class Timeline;
}

namespace protoviz::cli {

/// Prints a timeline's events as they are appended, one line each: time, side, connection, layer,
/// kind, direction, stream, size and the event's explanation. What `serve` shows while real clients
/// talk to it. Once its output cannot be written (a full disk, a closed pipe), it stops printing and says
/// so with outputFailed(): a server left running must not keep what it cannot write in memory.
class EventPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPrinter)

public:
    enum class Filter { All, Errors, None };

    EventPrinter(const Timeline* timeline, QTextStream* out, Filter filter, QObject* parent = nullptr);

    /// One line for an event (no trailing newline).
    static QString format(const Event& event, const QString& text);
    static bool isError(const Event& event);

signals:
    /// The output refused a write; nothing more is printed. reason is the device's error text, if any.
    void outputFailed(const QString& reason);

private:
    void print(qsizetype first, qsizetype count);

    const Timeline* const m_timeline;
    QTextStream* const m_out;
    const Filter m_filter;
};

} // namespace protoviz::cli

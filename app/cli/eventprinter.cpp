#include "app/cli/eventprinter.h"

#include "core/timeline/eventnames.h"
#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include <QIODevice>
#include <QTextStream>

namespace protoviz::cli {

EventPrinter::EventPrinter(const Timeline* timeline, QTextStream* out, Filter filter, QObject* parent)
    : QObject(parent)
    , m_timeline(timeline)
    , m_out(out)
    , m_filter(filter)
{
    if (m_filter != Filter::None)
        connect(m_timeline, &Timeline::eventsAppended, this, &EventPrinter::print);
}

bool EventPrinter::isError(const Event& event)
{
    // A fatal alert or a connection reset is no error record of its layer, but it is why a run failed.
    const ProtocolDescriptor& descriptor = ProtocolRegistry::of(event);
    const UnitRole role = descriptor.role(event);
    return descriptor.isError(event) || role == UnitRole::Failure || role == UnitRole::Reset;
}

QString EventPrinter::format(const Event& event, const QString& text)
{
    const QString arrow = event.direction == Direction::ClientToServer   ? QStringLiteral("c→s")
                          : event.direction == Direction::ServerToClient ? QStringLiteral("s→c")
                                                                         : QStringLiteral("   ");
    QString line = QStringLiteral("%1 ms  %2  #%3  %4 %5 %6")
                       .arg(double(event.timeNs) / 1e6, 10, 'f', 3)
                       .arg(originName(event.origin), -6)
                       .arg(event.connection, -3)
                       .arg(layerName(event.layer), -9)
                       .arg(kindName(event.layer, event.kind), -17)
                       .arg(arrow);
    if (event.stream != 0)
        line += QStringLiteral("  stream %1").arg(event.stream);
    if (event.size != 0)
        line += QStringLiteral("  %1 B").arg(event.size);
    if (!text.isEmpty())
        line += QLatin1String("  ") + text;
    return line;
}

void EventPrinter::print(qsizetype first, qsizetype count)
{
    const QList<Event> events = m_timeline->events(first, count);
    for (const Event& event : events) {
        if (m_filter == Filter::Errors && !isError(event))
            continue;
        *m_out << format(event, m_timeline->detail(event).text) << '\n';
    }
    m_out->flush();
    if (m_out->status() != QTextStream::WriteFailed)
        return;
    // Stop for good: the stream and the device below it keep what they failed to write, so each further
    // line would stay in memory, about 60 MB a second under a flood.
    disconnect(m_timeline, &Timeline::eventsAppended, this, &EventPrinter::print);
    const QIODevice* device = m_out->device();
    emit outputFailed(device ? device->errorString() : QString());
}

} // namespace protoviz::cli

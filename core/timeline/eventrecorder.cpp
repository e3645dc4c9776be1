#include "core/timeline/eventrecorder.h"

#include "core/timeline/timeline.h"

namespace protoviz {

Direction EventRecorder::outgoing() const
{
    switch (m_origin) {
    case Origin::Client:
        return Direction::ClientToServer;
    case Origin::Server:
        return Direction::ServerToClient;
    case Origin::Link:
        break;
    }
    return Direction::None;
}

Direction EventRecorder::incoming() const
{
    switch (m_origin) {
    case Origin::Client:
        return Direction::ServerToClient;
    case Origin::Server:
        return Direction::ClientToServer;
    case Origin::Link:
        break;
    }
    return Direction::None;
}

qsizetype EventRecorder::record(Event event, EventDetail detail) const
{
    if (!m_timeline)
        return -1;
    if (event.origin == Origin::Link)
        event.origin = m_origin;
    if (event.connection == 0)
        event.connection = m_connection;
    return m_timeline->record(event, std::move(detail));
}

qsizetype EventRecorder::explain(Layer layer, quint8 kind, const QString& text, quint32 stream) const
{
    EventDetail detail;
    detail.text = text;
    return record({.layer = layer, .kind = kind, .stream = stream}, std::move(detail));
}

} // namespace protoviz

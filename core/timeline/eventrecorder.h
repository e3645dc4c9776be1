#pragma once

#include "core/timeline/event.h"
#include "core/timeline/eventdetail.h"

namespace protoviz {

class Timeline;

/// What an endpoint uses to put its events on the session timeline: it knows which side observes
/// (client, server or link) and which connection, so an endpoint only says what happened. A value type;
/// a default-constructed recorder records nothing, which is how endpoints run without a timeline.
class EventRecorder
{
public:
    EventRecorder() = default;
    EventRecorder(Timeline* timeline, Origin origin, quint32 connection = 0)
        : m_timeline(timeline)
        , m_origin(origin)
        , m_connection(connection)
    {
    }

    /// The same recorder for another connection.
    EventRecorder forConnection(quint32 connection) const { return {m_timeline, m_origin, connection}; }

    Timeline* timeline() const { return m_timeline; }
    Origin origin() const { return m_origin; }
    quint32 connection() const { return m_connection; }
    bool isActive() const { return m_timeline != nullptr; }

    /// The direction of bytes this side sends, and of bytes it receives.
    Direction outgoing() const;
    Direction incoming() const;

    /// Records an event now. Origin and connection are filled in from the recorder where the event
    /// leaves them at their defaults. Returns the event's index, or -1 when inactive.
    qsizetype record(Event event, EventDetail detail = {}) const;

    /// Shorthand for an event that explains something (an error or a note) in plain words.
    qsizetype explain(Layer layer, quint8 kind, const QString& text, quint32 stream = 0) const;

private:
    Timeline* m_timeline = nullptr;
    Origin m_origin = Origin::Link;
    quint32 m_connection = 0;
};

} // namespace protoviz

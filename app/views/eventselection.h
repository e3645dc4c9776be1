#pragma once

#include "core/timeline/event.h"

#include <QObject>
#include <QPointer>

namespace protoviz {

class Timeline;

/// The event the user picked in any view (a block in the lanes, an arrow in the ladder, a row in the
/// table), shared so that the inspector and every other view show the same one. GUI thread.
class EventSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSelection)

public:
    using QObject::QObject;

    /// Selects event index of timeline (or clears with a null timeline or a negative index).
    void select(const Timeline* timeline, qsizetype index);
    void clear() { select(nullptr, -1); }

    const Timeline* timeline() const;
    qsizetype index() const { return m_index; }
    bool isEmpty() const;
    /// The selected event (a default Event when empty).
    Event event() const;

signals:
    void changed();

private:
    QPointer<const Timeline> m_timeline;
    qsizetype m_index = -1;
};

} // namespace protoviz

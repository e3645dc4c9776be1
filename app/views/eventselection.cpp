#include "app/views/eventselection.h"

#include "core/timeline/timeline.h"

namespace protoviz {

void EventSelection::select(const Timeline* timeline, qsizetype index)
{
    if (!timeline || index < 0 || index >= timeline->size()) {
        timeline = nullptr;
        index = -1;
    }
    if (timeline == m_timeline && index == m_index)
        return;
    m_timeline = timeline;
    m_index = index;
    emit changed();
}

const Timeline* EventSelection::timeline() const
{
    return m_timeline;
}

bool EventSelection::isEmpty() const
{
    return !m_timeline || m_index < 0;
}

Event EventSelection::event() const
{
    return isEmpty() ? Event() : m_timeline->at(m_index);
}

} // namespace protoviz

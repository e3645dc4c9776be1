#include "app/views/eventsentence.h"

#include "core/timeline/protocoldescriptor.h"

#include "app/views/timelinemodel.h"

namespace protoviz {

QString EventSentence::moved(const Event& event, const QString& what)
{
    const QString who = TimelineModel::originLabel(event.origin);
    const bool upstream = event.direction == Direction::ClientToServer;
    switch (event.origin) {
    case Origin::Link:
        //: %1 is "link", %2 a unit such as "a segment"
        return event.direction == Direction::None ? tr("%1 saw %2").arg(who, what)
                                                  : tr("%1 carried %2").arg(who, what);
    case Origin::Client:
        if (event.direction == Direction::None)
            return tr("%1 saw %2").arg(who, what);
        //: %1 is "client" or "server", %2 a unit such as "a segment"
        return upstream ? tr("%1 sent %2").arg(who, what) : tr("%1 received %2").arg(who, what);
    case Origin::Server:
        if (event.direction == Direction::None)
            return tr("%1 saw %2").arg(who, what);
        return upstream ? tr("%1 received %2").arg(who, what) : tr("%1 sent %2").arg(who, what);
    }
    return {};
}

QString EventSentence::of(const Event& event)
{
    const ProtocolDescriptor& protocol = ProtocolRegistry::of(event);
    const QString sentence = protocol.sentence(event, TimelineModel::originLabel(event.origin));
    return sentence.isEmpty() ? moved(event, protocol.unitPhrase(event)) : sentence;
}

} // namespace protoviz

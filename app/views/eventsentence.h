#pragma once

#include "core/timeline/event.h"

#include <QCoreApplication>

namespace protoviz {

/// Says what an event is in words for a learner, with the part that saw it as the subject: "client
/// sent a segment", "server received a HEADERS frame", "link dropped a segment" (the events table's
/// What column, instead of the engine's kind identifiers such as SegmentSent). The words for each unit
/// come from its protocol's descriptor.
class EventSentence
{
    Q_DECLARE_TR_FUNCTIONS(EventSentence)

public:
    static QString of(const Event& event);

private:
    /// "client sent %1", "server received %1", "link carried %1": the verb from who saw the unit and
    /// which way it went.
    static QString moved(const Event& event, const QString& what);
};

} // namespace protoviz

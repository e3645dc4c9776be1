#include "core/session/sessionworker.h"

#include "core/timeline/eventrecorder.h"

#include <algorithm>

namespace protoviz {

void SessionWorker::recordFinished(const EventRecorder& recorder, SessionOutcome outcome,
                                   const QString& reason)
{
    EventDetail detail;
    detail.text = reason;
    recorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::Finished), .flags = quint8(outcome)},
        std::move(detail));
    emit finished(outcome, reason);
}

qint64 SessionWorker::closingGraceMs(qint64 rttNs)
{
    return std::max<qint64>(1000, 4 * rttNs / 1000000);
}

} // namespace protoviz

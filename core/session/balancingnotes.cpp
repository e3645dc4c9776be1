#include "core/session/balancingnotes.h"

namespace protoviz {

namespace {

void note(const EventRecorder& recorder, Event event, const QString& text)
{
    event.layer = Layer::Session;
    event.kind = kindOf(SessionKind::Note);
    EventDetail detail;
    detail.text = text;
    recorder.record(event, std::move(detail));
}

} // namespace

void BalancingNotes::recordPublished(const EventRecorder& recorder, quint32 sequence, int clients,
                                     const QString& text)
{
    note(recorder, {.flags = Published, .stream = sequence, .size = quint32(std::max(0, clients))}, text);
}

void BalancingNotes::recordFailedPoll(const EventRecorder& recorder, int client, const QString& text)
{
    note(recorder, {.flags = FailedPoll, .stream = quint32(client)}, text);
}

void BalancingNotes::recordReHandshake(const EventRecorder& recorder, int client, int skipped,
                                       const QString& text)
{
    note(recorder, {.flags = ReHandshake, .stream = quint32(client), .value = skipped}, text);
}

} // namespace protoviz

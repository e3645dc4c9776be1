// Fuzzes Recording::fromJson, which opens recordings users share: JSON from anywhere. Beyond memory
// safety (ASan, UBSan), every input checks that
//  - a refused file comes with an error message;
//  - an accepted one holds sessions whose events are in time order with the times the file gave, and
//    whose detail fields lie within their detail's bytes;
//  - what Recording::toJson writes of an accepted recording reads back, and writing that again gives
//    the same JSON (a save and reopen loses nothing further).
//
// Input: the file's bytes.

#include "fuzzcheck.h"

#include "core/export/recording.h"
#include "core/timeline/timeline.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

QList<const Timeline*> timelinesOf(const Recording& recording)
{
    QList<const Timeline*> timelines;
    for (const auto& timeline : recording.sessions)
        timelines.append(timeline.get());
    return timelines;
}

QByteArray write(const Recording& recording)
{
    return QJsonDocument(Recording::toJson(recording.scenarioId, timelinesOf(recording)))
        .toJson(QJsonDocument::Compact);
}

void checkTimeline(const Timeline& timeline, const QJsonArray& eventsInFile)
{
    require(timeline.size() == eventsInFile.size(),
            "a session with a different number of events than the file");
    const QList<Event> events = timeline.events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        require(i == 0 || events[i - 1].timeNs <= events[i].timeNs, "events out of time order");
        require(events[i].timeNs == qint64(eventsInFile[i].toObject().value(QStringLiteral("t")).toDouble(0)),
                "an event time that is not the file's");
        const EventDetail detail = timeline.detail(events[i]);
        for (const Field& field : detail.fields) {
            require(field.offset == -1 || (field.offset >= 0 && field.length >= 0 &&
                                           qint64(field.offset) + field.length <= detail.bytes.size()),
                    "a detail field outside the detail's bytes");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<Recording> recording = Recording::fromJson(json, &error);
    if (!recording) {
        require(!error.isEmpty(), "a refused recording without an error message");
        return 0;
    }

    const QJsonArray sessionsInFile =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("sessions")).toArray();
    require(!recording->sessions.isEmpty() && recording->sessions.size() == sessionsInFile.size(),
            "a recording with a different number of sessions than the file");
    for (qsizetype s = 0; s < recording->sessions.size(); ++s)
        checkTimeline(*recording->sessions[s],
                      sessionsInFile[s].toObject().value(QStringLiteral("events")).toArray());

    const QByteArray written = write(*recording);
    const std::optional<Recording> reread = Recording::fromJson(written, &error);
    require(reread.has_value(), "a written recording does not read back");
    require(write(*reread) == written, "a written recording changes when read and written again");
    return 0;
}

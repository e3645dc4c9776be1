#include "core/export/recordingstream.h"

#include "core/export/recording.h"
#include "core/timeline/timeline.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace protoviz {

RecordingStream::RecordingStream(const Timeline* timeline, const QString& path, const QString& scenarioId,
                                 QObject* parent)
    : QObject(parent)
    , m_timeline(timeline)
    , m_file(path)
    , m_scenarioId(scenarioId)
{
}

RecordingStream::~RecordingStream() = default;

bool RecordingStream::open(QString* error)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    const QJsonObject header{
        {QStringLiteral("format"), QStringLiteral("protoviz-recording-stream")},
        {QStringLiteral("version"), Recording::FormatVersion},
        {QStringLiteral("scenario"), m_scenarioId},
        {QStringLiteral("title"), m_timeline->title()},
        {QStringLiteral("settings"), QJsonObject::fromVariantMap(m_timeline->settings())},
    };
    if (m_file.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n') < 0 || !m_file.flush()) {
        *error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    // Direct: the batch must be written before anything else runs, in particular before a memory
    // budget may drop those events.
    connect(m_timeline, &Timeline::eventsAppended, this, &RecordingStream::writeEvents, Qt::DirectConnection);
    return true;
}

void RecordingStream::writeEvents(qsizetype first, qsizetype count)
{
    if (!m_file.isOpen())
        return;
    QByteArray batch;
    const QList<Event> events = m_timeline->events(first, count);
    for (const Event& event : events) {
        batch += QJsonDocument(Recording::eventToJson(event, m_timeline->detail(event)))
                     .toJson(QJsonDocument::Compact);
        batch += '\n';
    }
    // One write per batch, flushed at once: a line is either on disk whole or cut at the very end.
    if (m_file.write(batch) != batch.size() || !m_file.flush()) {
        const QString error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_file.close();
        emit failed(error);
        return;
    }
    m_written += events.size();
}

} // namespace protoviz

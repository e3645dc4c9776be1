#pragma once

#include <QFile>
#include <QObject>
#include <QString>

namespace protoviz {

class Timeline;

/// Writes a timeline's events to a file as they are appended, in the streamed recording format that
/// Recording::read() opens: a header line (format "protoviz-recording-stream", scenario, title,
/// settings), then one event per line. Each batch is flushed to the operating system when the timeline
/// announces it, so a process that dies mid-way leaves every event announced before it readable.
///
/// Lives on the timeline's thread; reads each batch when Timeline::eventsAppended() fires, so a
/// timeline with a memory budget never drops an event before it was written.
class RecordingStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingStream)

public:
    /// Follows timeline from its next event on (the timeline must outlive the stream).
    RecordingStream(const Timeline* timeline, const QString& path, const QString& scenarioId,
                    QObject* parent = nullptr);
    ~RecordingStream() override;

    /// Creates the file and writes the header. Returns false and sets *error when it cannot.
    bool open(QString* error);

    /// Events written so far.
    qsizetype eventsWritten() const { return m_written; }

signals:
    /// Writing failed (disk full, file removed...); the stream stopped and wrote nothing more.
    void failed(const QString& error);

private:
    void writeEvents(qsizetype first, qsizetype count);

    const Timeline* m_timeline;
    QFile m_file;
    QString m_scenarioId;
    qsizetype m_written = 0;
};

} // namespace protoviz

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace protoviz {

class Timeline;
struct Event;
struct EventDetail;

/// A saved run: the scenario and every session's timeline with all its events, in ProtoViz's JSON
/// recording format ("protoviz-recording", version 1). What `protoviz-cli run --json` writes and what
/// the GUI opens to replay a run.
///
/// read() also opens the streamed variant that RecordingStream writes while a run goes on
/// ("protoviz-recording-stream"): a header line, then one event per line, so that a writer stopped
/// mid-way still leaves every complete event readable.
struct Recording
{
    Q_DECLARE_TR_FUNCTIONS(Recording)

public:
    static constexpr int FormatVersion = 1;

    QString scenarioId;
    QList<std::shared_ptr<Timeline>> sessions;
    /// What the reader had to overlook, for the user to see ("ends in an incomplete event"); empty if
    /// nothing.
    QString notice;

    /// The recording as JSON: sessions with title, settings, statistics and events.
    static QJsonObject toJson(const QString& scenarioId, const QList<const Timeline*>& sessions);

    /// Writes the recording to path. Returns false and sets *error when the file cannot be written.
    static bool write(const QString& path, const QString& scenarioId, const QList<const Timeline*>& sessions,
                      QString* error);

    /// Reads a recording. A corrupt or foreign file yields nullopt and an *error that says what is wrong
    /// and where ("event 17 of session 2: unknown layer \"foo\"").
    static std::optional<Recording> read(const QString& path, QString* error);
    static std::optional<Recording> fromJson(const QByteArray& json, QString* error);

    /// One event as the recording stores it (shared by both variants).
    static QJsonObject eventToJson(const Event& event, const EventDetail& detail);

private:
    static std::optional<Recording> fromStream(const QByteArray& data, const QJsonObject& header,
                                               QString* error);
};

} // namespace protoviz

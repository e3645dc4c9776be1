#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace protoviz {

class Timeline;

/// A saved run: the scenario and every session's timeline with all its events, in ProtoViz's JSON
/// recording format ("protoviz-recording", version 1). What `protoviz-cli run --json` writes and what
/// the GUI opens to replay a run.
struct Recording
{
    Q_DECLARE_TR_FUNCTIONS(Recording)

public:
    static constexpr int FormatVersion = 1;

    QString scenarioId;
    QList<std::shared_ptr<Timeline>> sessions;

    /// The recording as JSON: sessions with title, settings, statistics and events.
    static QJsonObject toJson(const QString& scenarioId, const QList<const Timeline*>& sessions);

    /// Writes the recording to path. Returns false and sets *error when the file cannot be written.
    static bool write(const QString& path, const QString& scenarioId, const QList<const Timeline*>& sessions,
                      QString* error);

    /// Reads a recording. A corrupt or foreign file yields nullopt and an *error that says what is wrong
    /// and where ("event 17 of session 2: unknown layer \"foo\"").
    static std::optional<Recording> read(const QString& path, QString* error);
    static std::optional<Recording> fromJson(const QByteArray& json, QString* error);
};

} // namespace protoviz

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace protoviz {
class Timeline;
}

namespace protoviz::cli {

/// The protocol shoot-out's table for a terminal: per side, the exchanges and their latency, the
/// updates and theirs, connections, requests and bytes (ShootoutStatistics, measured from each side's
/// timeline), then the properties: server push and streaming as the run showed them, human-readable and
/// browser-native as facts of the protocol (ShootoutProtocolFacts), marked as such.
class ShootoutReport
{
    Q_DECLARE_TR_FUNCTIONS(ShootoutReport)

public:
    /// names: one column title per timeline.
    static QString render(const QStringList& names, const QList<const Timeline*>& timelines);
};

} // namespace protoviz::cli

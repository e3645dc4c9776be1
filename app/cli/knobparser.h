#pragma once

#include "core/session/scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace protoviz::cli {

/// The link and workload options every command shares (--rtt, --bandwidth, --loss, --objects, ...):
/// declares them on a parser and turns what the user typed into ScenarioKnobs, refusing impossible
/// values with a message that names the option.
class KnobParser
{
    Q_DECLARE_TR_FUNCTIONS(KnobParser)

public:
    /// Adds the link options (--rtt, --jitter, --bandwidth, --up, --down, --loss, --seed).
    static void addLinkOptions(QCommandLineParser& parser);
    /// Adds the workload and protocol options (--objects, --object-size, --connections, --pipelining,
    /// --push, --cleartext, --timeout).
    static void addWorkloadOptions(QCommandLineParser& parser);

    /// Reads the options added above. Returns false and sets *error on a bad value.
    static bool read(const QCommandLineParser& parser, ScenarioKnobs* knobs, QString* error);

    /// "100 ms RTT, 10 Mbit/s down, 10 Mbit/s up, 1 % loss".
    static QString describeLink(const LinkConditions& link);

    /// Parses a size such as "4096", "4k", "1.5M" (KiB/MiB multiples). Returns -1 if it is not one.
    static qint64 parseSize(const QString& text);
};

} // namespace protoviz::cli

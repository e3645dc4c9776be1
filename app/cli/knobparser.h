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
    /// Groups of options; a command declares and reads the groups it offers, and only those.
    enum Group : unsigned {
        LinkGroup = 0x1,   ///< --rtt, --jitter, --bandwidth, --up, --down, --loss, --seed
        PageGroup = 0x2,   ///< --objects, --object-size, --large-object, --push
        ClientGroup = 0x4, ///< --connections, --pipelining, --cleartext, --timeout, --grpc-deadline-ms,
                           ///< --grpc-work-ms, --grpc-cancel-after-ms
    };

    /// Declares the options of the groups on parser.
    static void addOptions(QCommandLineParser& parser, unsigned groups);

    /// Reads the options of the groups (which must have been declared). Returns false and sets *error
    /// on a bad value.
    static bool read(const QCommandLineParser& parser, unsigned groups, ScenarioKnobs* knobs, QString* error);

private:
    static bool readLink(const QCommandLineParser& parser, LinkConditions* link, QString* error);
    static bool readWorkload(const QCommandLineParser& parser, unsigned groups, ScenarioKnobs* knobs,
                             QString* error);

public:
    /// One line for each option the user gave that the scenario of entry ignores, saying why (a note,
    /// not an error: the run goes on without it).
    static QStringList ignoredOptionNotes(const QCommandLineParser& parser,
                                          const ScenarioCatalog::Entry& entry);

    /// "100 ms RTT, 10 Mbit/s down, 10 Mbit/s up, 1 % loss".
    static QString describeLink(const LinkConditions& link);

    /// Reads the whole number of an option if it is set, refusing one outside [min, max] with a message
    /// that names the option. Leaves *out as it was when the option is not set.
    static bool readInt(const QCommandLineParser& parser, const QString& option, int min, int max, int* out,
                        QString* error);

    /// Parses a size such as "4096", "4k", "1.5M" (KiB/MiB multiples). Returns -1 if it is not one.
    static qint64 parseSize(const QString& text);
};

} // namespace protoviz::cli

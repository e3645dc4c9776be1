#pragma once

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace protoviz::bench {

/// Reads option as a whole number from 0 to max into *value (left alone when the option is not given).
/// Returns false, with a message on err naming the option, for anything else.
bool readCount(const QCommandLineParser& parser, const QString& option, int max, int* value,
               QTextStream& err);

/// Reads option as a number from min to max into *value (left alone when the option is not given).
/// Returns false, with a message on err naming the option, for anything else.
bool readNumber(const QCommandLineParser& parser, const QString& option, double min, double max,
                double* value, QTextStream& err);

} // namespace protoviz::bench

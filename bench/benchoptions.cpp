#include "bench/benchoptions.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace protoviz::bench {

bool readCount(const QCommandLineParser& parser, const QString& option, int max, int* value, QTextStream& err)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < 0 || number > max) {
        err << "--" << option << " takes a whole number from 0 to " << max << ", not \""
            << parser.value(option) << "\".\n";
        return false;
    }
    *value = number;
    return true;
}

bool readNumber(const QCommandLineParser& parser, const QString& option, double min, double max,
                double* value, QTextStream& err)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toDouble(&ok);
    if (!ok || *value < min || *value > max) {
        err << "--" << option << " takes a number from " << min << " to " << max << ", not \""
            << parser.value(option) << "\".\n";
        return false;
    }
    return true;
}

} // namespace protoviz::bench

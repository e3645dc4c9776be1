#pragma once

#include "core/session/sessionstatistics.h"

#include <QCoreApplication>
#include <QStringList>

namespace protoviz::cli {

/// Lays out the figures of several sessions side by side as a text table, one column per session,
/// numbers right-aligned, for a terminal or a log.
class ComparisonTable
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonTable)

public:
    struct Column
    {
        QString title;
        SessionStatistics statistics;
        int objectsExpected = 0;
    };

    static QString render(const QList<Column>& columns);
};

} // namespace protoviz::cli

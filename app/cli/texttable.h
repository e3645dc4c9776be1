#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace protoviz::cli {

/// Lays out rows of cells under column titles as plain text for a terminal or a log: labels on the
/// left, one right-aligned column per session, three spaces between columns. Every report of `run`
/// (page loads, polling, the shoot-out) is drawn by it, so they line up alike.
class TextTable
{
public:
    struct Row
    {
        QString label;
        QStringList cells; ///< one per column; a missing cell is left blank
    };

    static QString render(const QStringList& titles, const QList<Row>& rows);
};

} // namespace protoviz::cli

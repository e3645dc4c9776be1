#include "app/cli/texttable.h"

namespace protoviz::cli {

QString TextTable::render(const QStringList& titles, const QList<Row>& rows)
{
    qsizetype labelWidth = 0;
    for (const Row& row : rows)
        labelWidth = std::max(labelWidth, row.label.size());
    QList<qsizetype> widths;
    for (qsizetype column = 0; column < titles.size(); ++column) {
        qsizetype width = titles[column].size();
        for (const Row& row : rows)
            width = std::max(width, row.cells.value(column).size());
        widths.append(width);
    }
    QString header = QString(labelWidth, QLatin1Char(' '));
    for (qsizetype column = 0; column < titles.size(); ++column)
        header += QLatin1String("   ") + titles[column].rightJustified(widths[column]);
    QStringList lines{header};
    for (const Row& row : rows) {
        QString line = row.label.leftJustified(labelWidth);
        for (qsizetype column = 0; column < titles.size(); ++column)
            line += QLatin1String("   ") + row.cells.value(column).rightJustified(widths[column]);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace protoviz::cli

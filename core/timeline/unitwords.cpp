#include "core/timeline/unitwords.h"

#include <QLocale>

namespace protoviz {

QString UnitWords::bytes(qint64 count)
{
    if (count == 1)
        return tr("1 byte");
    return tr("%1 bytes").arg(QLocale().toString(count));
}

QString UnitWords::milliseconds(qint64 ns)
{
    return tr("%1 ms").arg(QLocale().toString(double(ns) / 1e6, 'f', 3));
}

QString UnitWords::party(bool client)
{
    return client ? tr("client") : tr("server");
}

} // namespace protoviz

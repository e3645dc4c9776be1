#include "core/link/relayhelpers.h"

#include <algorithm>
#include <climits>

namespace protoviz {

int timerIntervalMs(qint64 waitNs)
{
    if (waitNs <= 0)
        return 0;
    return int(std::min<qint64>((waitNs + 999'999) / 1'000'000, INT_MAX));
}

QHostAddress bindAddressFor(const QHostAddress& target)
{
    if (target.protocol() == QAbstractSocket::IPv6Protocol)
        return target.isLoopback() ? QHostAddress(QHostAddress::LocalHostIPv6)
                                   : QHostAddress(QHostAddress::AnyIPv6);
    return target.isLoopback() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(QHostAddress::AnyIPv4);
}

} // namespace protoviz

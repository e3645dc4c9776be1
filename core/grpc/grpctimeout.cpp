#include "core/grpc/grpctimeout.h"

#include <QLocale>

#include <array>
#include <limits>

namespace protoviz {

namespace {

struct Unit
{
    char symbol;
    qint64 nanoseconds;
};

// Finest first, so that format() picks the most precise unit that fits in eight digits.
constexpr std::array units{
    Unit{'n', 1},
    Unit{'u', 1000},
    Unit{'m', 1000000},
    Unit{'S', 1000000000},
    Unit{'M', 60 * qint64(1000000000)},
    Unit{'H', 3600 * qint64(1000000000)},
};

constexpr qint64 MaxDigitsValue = 99999999;

} // namespace

std::optional<qint64> GrpcTimeout::parse(QByteArrayView value)
{
    if (value.size() < 2 || value.size() > 9)
        return std::nullopt;
    const char symbol = value.back();
    qint64 scale = 0;
    for (const Unit& unit : units) {
        if (unit.symbol == symbol)
            scale = unit.nanoseconds;
    }
    if (scale == 0)
        return std::nullopt;
    qint64 amount = 0;
    for (const char c : value.first(value.size() - 1)) {
        if (c < '0' || c > '9')
            return std::nullopt;
        amount = amount * 10 + (c - '0');
    }
    // Eight digits of hours overflow nanoseconds in 64 bits; such a deadline is "never" in practice.
    if (amount > std::numeric_limits<qint64>::max() / scale)
        return std::numeric_limits<qint64>::max();
    return amount * scale;
}

QByteArray GrpcTimeout::format(qint64 timeoutNs)
{
    const qint64 ns = std::max<qint64>(timeoutNs, 1);
    for (const Unit& unit : units) {
        if (ns % unit.nanoseconds == 0 && ns / unit.nanoseconds <= MaxDigitsValue)
            return QByteArray::number(ns / unit.nanoseconds) + unit.symbol;
    }
    // Not exact in any unit within eight digits: round up, so the server never expires first.
    for (const Unit& unit : units) {
        // Rounded up without ns + unit - 1, which overflows near the largest timeout.
        const qint64 amount = ns / unit.nanoseconds + (ns % unit.nanoseconds != 0 ? 1 : 0);
        if (amount <= MaxDigitsValue)
            return QByteArray::number(amount) + unit.symbol;
    }
    return QByteArray::number(MaxDigitsValue) + 'H';
}

QString GrpcTimeout::describe(qint64 timeoutNs)
{
    const QLocale c = QLocale::c();
    if (timeoutNs < 1000000)
        return tr("%1 µs").arg(c.toString(double(timeoutNs) / 1e3, 'g', 6));
    if (timeoutNs < 10 * qint64(1000000000))
        return tr("%1 ms").arg(c.toString(double(timeoutNs) / 1e6, 'g', 4));
    return tr("%1 s").arg(c.toString(double(timeoutNs) / 1e9, 'g', 6));
}

} // namespace protoviz

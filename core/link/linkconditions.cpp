#include "core/link/linkconditions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace protoviz {

namespace {

constexpr qint64 NsPerMs = 1'000'000;
constexpr int MinMss = 536;  // the IPv4 default MSS every host must accept (RFC 9293)
constexpr int MaxMss = 9000; // a jumbo frame's payload is the most a real path carries
constexpr double MaxLossRate = 0.5;
constexpr quint64 MaxBitsPerSecond = 100'000'000'000ULL; // 100 Gbit/s, far beyond what loopback relays

QString formatMs(qint64 ns)
{
    return QString::number(double(ns) / NsPerMs, 'g', 6) + QStringLiteral(" ms");
}

// Units are decimal (k = 1000) as in tc and in network marketing; "bps" forms are refused because tc
// reads "mbps" as megabytes per second while most people mean megabits.
struct Unit
{
    QLatin1String name;
    quint64 multiplier;
};

constexpr Unit Units[] = {
    {QLatin1String(""), 1},
    {QLatin1String("bit"), 1},
    {QLatin1String("bit/s"), 1},
    {QLatin1String("kbit"), 1000},
    {QLatin1String("kbit/s"), 1000},
    {QLatin1String("mbit"), 1'000'000},
    {QLatin1String("mbit/s"), 1'000'000},
    {QLatin1String("gbit"), 1'000'000'000},
    {QLatin1String("gbit/s"), 1'000'000'000},
};

} // namespace

QString LinkConditions::validationError() const
{
    if (rttNs < 0)
        return QCoreApplication::translate("protoviz", "The round-trip time cannot be negative.");
    if (rttNs > MaxRttMs * NsPerMs) {
        return QCoreApplication::translate("protoviz",
                                           "The round-trip time can be at most %1 ms; %2 was asked for.")
            .arg(MaxRttMs)
            .arg(formatMs(rttNs));
    }
    if (jitterNs < 0)
        return QCoreApplication::translate("protoviz", "The jitter cannot be negative.");
    if (jitterNs > rttNs / 2) {
        return QCoreApplication::translate(
                   "protoviz",
                   "A jitter of %1 is more than half the round-trip time (%2): a segment would have to "
                   "arrive before it was sent.")
            .arg(formatMs(jitterNs), formatMs(rttNs));
    }
    if (!(lossRate >= 0.0 && lossRate <= MaxLossRate)) {
        return QCoreApplication::translate("protoviz",
                                           "The loss rate must be between 0 % and %1 %; %2 % was asked for.")
            .arg(MaxLossRate * 100)
            .arg(lossRate * 100);
    }
    if (mss < MinMss || mss > MaxMss) {
        return QCoreApplication::translate(
                   "protoviz", "The maximum segment size must be between %1 and %2 bytes; %3 was asked for.")
            .arg(MinMss)
            .arg(MaxMss)
            .arg(mss);
    }
    if (initialWindow < 1) {
        return QCoreApplication::translate(
                   "protoviz",
                   "The initial congestion window must be at least one segment; %1 was asked for.")
            .arg(initialWindow);
    }
    return {};
}

qint64 LinkConditions::retransmissionTimeoutNs() const
{
    // RFC 6298 computes RTO = SRTT + max(G, 4 × RTTVAR) and floors it; the 200 ms floor is Linux's
    // TCP_RTO_MIN, and the jitter stands in for the RTT variation the sender would measure.
    return rttNs + std::max<qint64>(200 * NsPerMs, 4 * jitterNs);
}

std::optional<quint64> LinkConditions::parseBandwidth(QStringView text, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<quint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QString input = text.trimmed().toString().toLower();
    if (input.isEmpty()) {
        return fail(QCoreApplication::translate("protoviz",
                                                "Enter a bandwidth such as 10mbit, 512kbit or unlimited."));
    }
    if (input == QLatin1String("unlimited") ||
        input == QCoreApplication::translate("protoviz", "unlimited").toLower()) {
        return quint64(0);
    }
    if (input.startsWith(u'-')) {
        return fail(QCoreApplication::translate("protoviz", "A bandwidth cannot be negative: “%1”.")
                        .arg(text.trimmed()));
    }

    static const QRegularExpression pattern(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)\\s*([a-z/]*)$"));
    const QRegularExpressionMatch match = pattern.match(input);
    if (!match.hasMatch()) {
        return fail(
            QCoreApplication::translate(
                "protoviz", "“%1” is not a bandwidth; write a number and a unit, such as 10mbit or 2.5mbit.")
                .arg(text.trimmed()));
    }

    const QString unitName = match.captured(2);
    if (unitName.endsWith(QLatin1String("bps")) || unitName.endsWith(QLatin1String("b/s")) ||
        unitName.endsWith(QLatin1Char('b')) || unitName.contains(QLatin1String("byte"))) {
        return fail(QCoreApplication::translate(
                        "protoviz",
                        "“%1” is ambiguous: tools disagree whether “b” and “bps” mean bits or bytes. Write "
                        "the unit in bits, such as 10mbit (or 80mbit for ten megabytes per second).")
                        .arg(text.trimmed()));
    }
    const auto unit = std::find_if(std::begin(Units), std::end(Units),
                                   [&unitName](const Unit& u) { return u.name == unitName; });
    if (unit == std::end(Units)) {
        return fail(
            QCoreApplication::translate(
                "protoviz", "“%1” is not a unit of bandwidth; use bit, kbit, mbit or gbit (per second).")
                .arg(unitName));
    }

    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("protoviz", "“%1” is not a number.").arg(match.captured(1)));
    const double bits = std::round(number * double(unit->multiplier));
    if (bits > double(MaxBitsPerSecond)) {
        return fail(
            QCoreApplication::translate("protoviz", "%1 is more than the link can emulate (at most %2).")
                .arg(text.trimmed(), formatBandwidth(MaxBitsPerSecond)));
    }
    if (bits < 1.0 && number > 0.0) {
        return fail(QCoreApplication::translate("protoviz", "%1 is less than one bit per second.")
                        .arg(text.trimmed()));
    }
    return quint64(bits);
}

QString LinkConditions::formatBandwidth(quint64 bitsPerSecond)
{
    if (bitsPerSecond == 0)
        return QCoreApplication::translate("protoviz", "unlimited");
    struct Scale
    {
        quint64 divisor;
        QLatin1String unit;
    };
    static constexpr Scale Scales[] = {{1'000'000'000, QLatin1String("Gbit/s")},
                                       {1'000'000, QLatin1String("Mbit/s")},
                                       {1000, QLatin1String("kbit/s")},
                                       {1, QLatin1String("bit/s")}};
    for (const Scale& scale : Scales) {
        if (bitsPerSecond < scale.divisor)
            continue;
        // Up to nine decimals keep every bit, so that parseBandwidth() reads the text back exactly.
        QString number = QString::number(double(bitsPerSecond) / double(scale.divisor), 'f', 9);
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(u'.'))
            number.chop(1);
        return number + QLatin1Char(' ') + scale.unit;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace protoviz

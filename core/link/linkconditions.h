#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace protoviz {

/// What the emulated link imposes on every connection of a session.
struct LinkConditions
{
    static constexpr qint64 MaxRttMs = 2000;

    qint64 rttNs = 0;                    ///< round-trip time, 0 to 2000 ms
    qint64 jitterNs = 0;                 ///< each segment's one-way delay varies by up to ± this
    quint64 upstreamBitsPerSecond = 0;   ///< client to server; 0 = unlimited
    quint64 downstreamBitsPerSecond = 0; ///< server to client; 0 = unlimited
    double lossRate = 0.0;               ///< probability that a data segment is dropped, [0, 0.5]
    int mss = 1460;                      ///< maximum segment size (TCP payload bytes)
    int initialWindow = 10;              ///< initial congestion window in segments (RFC 6928)
    quint32 seed = 0;                    ///< seed of the loss and jitter generator; 0 picks one

    /// An explanation of why these conditions cannot be emulated, or an empty string if they can.
    QString validationError() const;

    /// A retransmission timeout as TCP would compute it for this path: RTT + max(200 ms, 4 × jitter).
    qint64 retransmissionTimeoutNs() const;

    /// Parses a bandwidth such as "10mbit", "512kbit", "1gbit", "2.5mbit", "100000" (bits/s) or
    /// "unlimited"/"0". Returns bits per second, or nullopt with *error (if given) explaining what is wrong.
    /// Case and spaces do not matter, units are decimal (k = 1000, as tc counts) and may end in "/s", so
    /// formatBandwidth()'s text parses back. "mbps", "mb", "MB/s" and the like are refused as ambiguous:
    /// tc reads "mbps" as megabytes per second, most people as megabits. Negative values, other units,
    /// less than 1 bit/s and more than 100 Gbit/s are refused too.
    static std::optional<quint64> parseBandwidth(QStringView text, QString* error);

    /// "10 Mbit/s", "2.5 Mbit/s", "512 kbit/s", "unlimited" (0): the largest unit that keeps the number at
    /// least 1, with as many decimals as needed to be exact.
    static QString formatBandwidth(quint64 bitsPerSecond);
};

} // namespace protoviz

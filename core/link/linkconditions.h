#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace protoviz {

/// What the emulated link imposes on every connection of a session.
struct LinkConditions
{
    static constexpr qint64 MaxRttMs = 2000;

    qint64 rttNs = 0;                   ///< round-trip time, 0 to 2000 ms
    qint64 jitterNs = 0;                ///< each segment's one-way delay varies by up to ± this
    quint64 upstreamBitsPerSecond = 0;  ///< client to server; 0 = unlimited
    quint64 downstreamBitsPerSecond = 0; ///< server to client; 0 = unlimited
    double lossRate = 0.0;              ///< probability that a data segment is dropped, [0, 0.5]
    int mss = 1460;                     ///< maximum segment size (TCP payload bytes)
    int initialWindow = 10;             ///< initial congestion window in segments (RFC 6928)
    quint32 seed = 0;                   ///< seed of the loss and jitter generator; 0 picks one

    /// An explanation of why these conditions cannot be emulated, or an empty string if they can.
    QString validationError() const;

    /// A retransmission timeout as TCP would compute it for this path: RTT + max(200 ms, 4 × jitter).
    qint64 retransmissionTimeoutNs() const;

    /// Parses a bandwidth such as "10mbit", "512kbit", "1gbit", "2.5mbit", "100000" (bits/s) or
    /// "unlimited"/"0". Returns bits per second, or nullopt with *error explaining what is wrong.
    static std::optional<quint64> parseBandwidth(QStringView text, QString* error);

    /// "10 Mbit/s", "unlimited".
    static QString formatBandwidth(quint64 bitsPerSecond);
};

} // namespace protoviz

#pragma once

#include "core/timeline/event.h"

#include <QList>
#include <QStringList>

namespace protoviz {

class Timeline;

/// A handshake as a ladder diagram: who sent what, and when, taken from a session's timeline alone.
/// Client sends are the client's own events (Origin::Client, ClientToServer: TLS handshake messages,
/// ChangeCipherSpec, alerts, early data, HTTP/1.1 requests), server sends the server's (Origin::Server,
/// ServerToClient), the TCP handshake the link's (SYN, SYN-ACK). Times count from the session's Started
/// event; dividing by its RTT gives round trips. A side's sends form one step (a flight) until that side
/// receives bytes again, or while they follow each other within 2 ms. Steps are in time order. A plain
/// value.
class TlsLadder
{
public:
    struct Step
    {
        Origin side = Origin::Client; ///< who sent (Client or Server), or who observed a mark
        bool mark = false;  ///< a moment at the client rather than a send: handshake complete, first byte
        qint64 timeNs = 0;  ///< since the session started; for a flight, when its last message was written
        QStringList labels; ///< "ClientHello", "early data (78 bytes)", "GET /", "alert unknown_ca (fatal)"
    };

    qint64 rttNs = 0;
    QList<Step> steps;
    qint64 firstResponseByteNs = -1; ///< when the first response byte reached the client, -1 if never

    /// timeNs in round trips of the session's RTT (0 when the RTT is 0).
    double roundTrips(qint64 timeNs) const { return rttNs > 0 ? double(timeNs) / double(rttNs) : 0.0; }

    /// Reads the ladder from a finished or running session's timeline. Thread-safe (reads only).
    static TlsLadder build(const Timeline& timeline);
};

} // namespace protoviz

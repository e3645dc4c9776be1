#pragma once

#include "core/timeline/event.h"

#include <QList>
#include <QSet>
#include <QVariantMap>

namespace protoviz {

class Timeline;

/// The figures a comparison shows, all measured from a session's timeline: nothing is estimated from
/// the configuration. Byte figures count what the client's side saw (each byte once). Hops behind the
/// server (a proxy to its server, a balancer to an instance, an instance to a broker: connections with
/// a ConnectionRole flagged BehindTheServer) are left out of the client's figures and counted apart.
struct SessionStatistics
{
    bool finished = false;
    SessionOutcome outcome = SessionOutcome::Completed;
    qint64 totalTimeNs = -1;       ///< session start to the last object (or to the end)
    qint64 timeToFirstByteNs = -1; ///< session start to the first response byte at the client
    int connections = 0;           ///< TCP and QUIC connections opened
    int roundTrips = 0;            ///< longest chain of client waits (see RoundTripCounter)
    int objectsCompleted = 0;      ///< page objects that arrived (the document not counted)
    int objectsPushed = 0;         ///< of those, pushed by the server

    qint64 wireBytesUp = 0;   ///< TCP payload and UDP datagram bytes delivered client to server
    qint64 wireBytesDown = 0; ///< TCP payload and UDP datagram bytes delivered server to client
    qint64 headerBytes = 0;   ///< HTTP header bytes (HTTP/1.1 heads, HTTP/2 HPACK and HTTP/3 QPACK blocks)
    qint64 bodyBytes = 0;     ///< HTTP content bytes and WebSocket payloads
    qint64 framingBytes =
        0; ///< HTTP/2 frame headers and control frames, chunked framing, WebSocket frame headers
    qint64 tlsBytes = 0; ///< TLS handshakes, record headers and authentication tags (over QUIC: all of
                         ///< QUIC's own bytes, the handshake included)

    qint64 headerTextBytes = 0;      ///< header lists written out as HTTP/1.1 text
    qint64 segments = 0;             ///< data segments delivered
    qint64 segmentsLost = 0;         ///< data segments dropped on the link
    qint64 segmentsBlocked = 0;      ///< segments held back behind a lost one (head-of-line blocking)
    qint64 datagrams = 0;            ///< UDP datagrams (QUIC) delivered
    qint64 datagramsLost = 0;        ///< UDP datagrams dropped on the link
    int connectionsBehindServer = 0; ///< TCP connections of hops behind the server
    qint64 bytesBehindServer = 0;    ///< TCP payload bytes those hops carried, both ways

    qint64 wireBytes() const { return wireBytesUp + wireBytesDown; }
    /// Share of header text saved by HPACK, 0 for HTTP/1.1.
    double headerCompression() const
    {
        return headerTextBytes > 0 ? 1.0 - double(headerBytes) / double(headerTextBytes) : 0.0;
    }

    static SessionStatistics compute(const QList<Event>& events);
    /// The connections of events that are hops behind the server (see above).
    static QSet<quint32> connectionsBehindTheServer(const QList<Event>& events);
    static SessionStatistics compute(const Timeline& timeline);

    QVariantMap toVariantMap() const;
};

} // namespace protoviz

#pragma once

#include "core/timeline/event.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace protoviz {

class Timeline;

/// What the tiles view draws, derived from a session's events as they are appended: one tile per page
/// object (SessionKind::ObjectRequested/ObjectCompleted, stream = position on the page; REST and gRPC
/// items alike) or, for polling and WebSocket sessions, one tile per published update
/// (SessionKind::UpdateDelivered, stream = sequence) that fills as it reaches each client. Every tile
/// keeps the times of its life (asked for, sent, first byte, complete) and the body bytes received so
/// far, so that any playback position is drawn without reading the events again.
///
/// Requests are matched to their connection and stream through the client's own HTTP/1.1 request heads
/// (target) and HTTP/2 HEADERS and PUSH_PROMISE frames (:path), for the page's "/tiles/N" objects and
/// the REST items "/api/items/N". A value type, used on the GUI thread.
class TilesModel
{
public:
    /// What the tiles stand for.
    enum class Content {
        None,    ///< nothing to tile (a TLS handshake's single request, or no session)
        Objects, ///< page objects or API items
        Updates, ///< updates published to every client (polling, WebSocket)
    };

    /// A tile's state at a playback position, from empty to complete.
    enum class State {
        Empty,    ///< not asked for yet (or not published yet)
        Queued,   ///< asked for by the page, but the request has not left the client
        Waiting,  ///< the request is out (or the push promised, the update published); nothing back yet
        Arriving, ///< the answer has begun to arrive (or some clients have the update)
        Complete, ///< arrived completely (every client has the update)
    };

    /// Body bytes an object had received at a time.
    struct Progress
    {
        qint64 timeNs = 0;
        qint64 bytes = 0;
    };

    struct Tile
    {
        qint64 requestedNs = -1; ///< ObjectRequested, the PUSH_PROMISE's arrival, or the update's publication
        qint64 sentNs = -1;      ///< the request head or HEADERS frame left the client
        qint64 firstByteNs = -1; ///< the response head (or the first delivery) reached the client
        qint64 completedNs = -1; ///< ObjectCompleted, or the update reached its last client
        qsizetype requestedEvent = -1;   ///< index of the ObjectRequested (or PUSH_PROMISE) event
        qsizetype completedEvent = -1;   ///< index of the ObjectCompleted event
        quint32 connection = 0;          ///< the connection that carried it, 0 if unknown
        quint32 stream = 0;              ///< HTTP/1.1 message number or the request's stream id on it
        Layer protocol = {};             ///< the layer of the request, once sent (or promised)
        bool onStream = false;           ///< stream is a stream id: the protocol multiplexes requests
        bool pushed = false;             ///< promised or delivered by server push
        qint64 bytes = 0;                ///< body bytes of the completed object (payload of an update)
        qint64 expectedBytes = 0;        ///< content-length, when the response head told
        QString path;                    ///< the request path, when known
        QList<Progress> progress;        ///< body bytes received, cumulative, in time order
        QList<qint64> deliveries;        ///< updates: arrival times at the clients, in order
        QList<qsizetype> deliveryEvents; ///< updates: the UpdateDelivered events
    };

    /// Forgets everything (a new session).
    void clear();
    /// The session's settings: "objects" (or the updates expected from "updatesPerSecond" and
    /// "durationSeconds"), "clients", "objectSize", "api".
    void setSettings(const QVariantMap& settings);
    /// Takes events [first, first + count) of timeline into the tiles.
    void append(const Timeline& timeline, qsizetype first, qsizetype count);

    Content content() const;
    int count() const { return int(m_tiles.size()); }
    const Tile& tile(int index) const { return m_tiles.at(index); }
    /// Clients every update must reach (updates only).
    int clients() const { return m_clients; }
    /// Connections that carried objects, in ascending order of their ids.
    const QList<quint32>& connections() const { return m_connections; }
    /// Whether any tile arrived or was promised by server push.
    bool anyPushed() const { return m_anyPushed; }
    /// The session's start (SessionKind::Started) on the shared clock.
    qint64 startNs() const { return m_startNs; }

    State stateAt(int index, qint64 positionNs) const;
    /// Share of the answer received at positionNs (bytes of an object, clients of an update), 0 to 1.
    double progressAt(int index, qint64 positionNs) const;
    /// Tiles complete at positionNs.
    int completedAt(qint64 positionNs) const;
    /// When the last tile completed, or -1 while some are not complete.
    qint64 allCompleteNs() const;
    /// The tile an event of the timeline belongs to (requested, completed, delivered), or -1.
    int tileOfEvent(qsizetype eventIndex) const;

    /// The object position a request path names ("/tiles/7" -> 7, "/api/items/7" -> 7), or -1.
    static int positionOfPath(QStringView path);

private:
    Tile* tileAt(quint32 index);
    void onSessionEvent(const Event& event, qsizetype index);
    void onRequestSent(const Event& event, const QString& path, bool onStream);
    void onPushPromise(const Event& event, qsizetype index, const QString& path, quint32 promisedStream);
    void onResponseHead(const Event& event, qint64 announcedLength);
    void onBodyBytes(const Event& event);
    void resize(int count);
    void addConnection(quint32 connection);
    static quint64 key(quint32 connection, quint32 stream) { return quint64(connection) << 32 | stream; }

    QVariantMap m_settings;
    QList<Tile> m_tiles;
    QHash<quint64, int> m_byStream;  // (connection, message or stream) -> tile
    QHash<qsizetype, int> m_byEvent; // event index -> tile
    QList<quint32> m_connections;
    int m_expected = 0;
    int m_clients = 1;
    bool m_updates = false;
    bool m_objects = false;
    bool m_anyPushed = false;
    bool m_requestsVisible = true; // gRPC requests are not matched: asking is sending
    qint64 m_startNs = 0;
};

} // namespace protoviz

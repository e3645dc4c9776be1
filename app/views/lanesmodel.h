#pragma once

#include "core/timeline/event.h"
#include "core/timeline/protocoldescriptor.h"

#include "app/views/unitmatchkey.h"

#include <QHash>
#include <QList>
#include <QString>
#include <queue>

#include <array>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace protoviz {

class Timeline;

/// What the lanes view draws, derived from a timeline's events and extended incrementally as events are
/// appended (append() looks at each event once). Plain data; lives on the GUI thread with its view.
///
/// One Connection per TCP connection or QUIC connection, each with tracks: the wire (segments or UDP
/// datagrams in flight, the TCP handshake, FINs), TLS or QUIC (handshake messages and application-data
/// records, or QUIC packets), a control track (HTTP/2 stream 0, HTTP/3 control streams, or the HTTP/1.1
/// or WebSocket messages of the connection), gRPC messages, and rows of HTTP/2 or HTTP/3 request streams.
/// Streams are packed into rows like a Gantt chart: a stream takes the lowest row whose previous stream
/// has closed, so 1,000 streams with 100 open at a time need about 100 rows.
///
/// A protocol unit (frame, record, message) is a Block from the moment its sender recorded it to the
/// moment its receiver did: the two events are paired by connection, layer, kind, stream, direction and
/// size, first sent with first received. A wire segment's block runs from its departure to its delivery.
/// An HTTP/3 frame's block ends when its receiver's QUIC stream has all of its bytes in order: a lost
/// packet holds back only the streams whose data it carried.
class LanesModel
{
public:
    /// The end of a block or span that has not happened (yet).
    static constexpr qint64 Pending = std::numeric_limits<qint64>::max();

    enum class TrackKind : quint8 { Wire, Tls, Control, Grpc, Streams };
    /// Fixed track indices of Connection::tracks; rows of streams follow from FirstRow.
    enum TrackIndex : int { WireTrack = 0, TlsTrack = 1, ControlTrack = 2, GrpcTrack = 3, FirstRow = 4 };

    /// What names the application protocol a connection carries: its layer (LanesModel::Protocol::Http3).
    using Protocol = Layer;

    /// Block::marks.
    enum Mark : quint8 {
        Lost = 0x01,          ///< a segment or datagram dropped on its way: drawn up to its planned arrival
        Retransmitted = 0x02, ///< a segment sent again after a loss
        HeldBack = 0x04,      ///< from heldFrom to end its bytes waited behind a lost segment
        Hidden = 0x08,        ///< a TLS record whose content (a handshake message, an alert) is drawn instead
        Instant = 0x10,       ///< an error or reset: a moment, not a flight
    };

    struct Block
    {
        qint64 key = 0;       ///< time of the event that created the block; a track's blocks ascend by it
        qint64 start = 0;     ///< sent (a segment: departed); never after key
        qint64 end = Pending; ///< received (a segment: delivered, or planned arrival when lost)
        qint64 heldFrom = Pending; ///< with HeldBack: when the bytes were ready but had to wait
        qint64 resentAt = Pending; ///< with Lost: when the sender retransmitted
        qint32 sentEvent = -1;     ///< the sender's event (a segment: SegmentSent), -1 if unseen
        qint32 receivedEvent = -1; ///< the receiver's event (a segment: SegmentDelivered), -1 until then
        quint32 stream = 0;        ///< Event::stream (a segment: its number)
        quint32 size = 0;
        quint16 style = 0; ///< index into styles(): what colours the block
        Layer layer = {};
        quint8 kind = 0;
        quint8 flags = 0;
        Direction direction = Direction::None;
        quint8 marks = 0;

        bool isPending() const { return end == Pending; }
    };

    struct Track
    {
        TrackKind kind = TrackKind::Wire;
        std::vector<Block> blocks;  ///< ascending key
        qint64 maxReach = 0;        ///< the largest end − key of a finished block
        qint64 maxLead = 0;         ///< the largest key − start
        qsizetype firstPending = 0; ///< every block before this index has an end
        qint64 firstUse = Pending;  ///< key of the first block
        // Rows of streams: which streams the row carried.
        quint32 firstStream = 0;
        quint32 lastStream = 0;
        int streamCount = 0;
        QString request; ///< what the row's latest stream asked for ("GET /tiles/3"), where it is known

        /// Index range [first, last) of the blocks that may overlap [from, to] of time (by key).
        std::pair<qsizetype, qsizetype> candidates(qint64 from, qint64 to) const;
    };

    /// Time a connection spends waiting, drawn as a labelled span.
    struct Span
    {
        enum class Kind : quint8 {
            TcpHandshake,     ///< SYN → the client may send
            TlsHandshake,     ///< ClientHello → the client's keys are agreed
            AwaitingResponse, ///< a request is out and nothing has come back yet
            HeldBack,         ///< arrived segments waited behind a lost one (head-of-line blocking)
        };
        Kind kind = Kind::TcpHandshake;
        Direction direction = Direction::None; ///< HeldBack: which way the bytes went
        bool failed = false;                   ///< TlsHandshake: ended by an alert or error
        int roundTrips = 0;                    ///< TlsHandshake: round trips the client waited
        int segments = 0;                      ///< HeldBack: segments that were late
        qint64 start = 0;
        qint64 end = Pending;
    };

    struct Connection
    {
        quint32 id = 0;
        qint64 opened = 0;                ///< the first event (its SYN)
        qint64 closed = Pending;          ///< both FINs delivered, or reset
        std::optional<Protocol> protocol; ///< the application protocol, once its events showed one
        bool tls = false;
        bool quic = false;             ///< a QUIC connection: UDP datagrams and QUIC packets, TLS inside
        QString carrierName;           ///< the layer carrying the application's units ("TLS", "QUIC"), if any
        QString role;                  ///< what the connection is for (SessionKind::ConnectionRole), if said
        QString tlsVersion;            ///< "TLS 1.3" once the client's handshake completed
        qint64 tlsCompleted = Pending; ///< when it did
        QList<Track> tracks;           ///< WireTrack, TlsTrack, ControlTrack, GrpcTrack, then rows
        QList<Span> spans;
        std::vector<qint64> streamStarts; ///< when each HTTP/2 stream (other than 0) began, ascending

        int rowCount() const { return int(tracks.size()) - FirstRow; }
        /// HTTP/2 streams (other than 0) begun up to a time.
        int streamsUpTo(qint64 time) const;
    };

    /// Forgets everything (a new timeline).
    void clear();
    /// Adds events [first, first + count) of timeline. Reads details only for the few events that label
    /// blocks (TLS handshake messages, HTTP/1.1 heads, gRPC calls, HTTP/3 requests, the completed
    /// handshake) and for the QUIC packets a receiver opened (their STREAM frames say which stream's
    /// bytes are in order).
    void append(const Timeline& timeline, qsizetype first, qsizetype count);

    const QList<Connection>& connections() const { return m_connections; }
    /// Index into connections() of a connection id, or -1.
    qsizetype connectionIndex(quint32 id) const { return m_connectionIndex.value(id, -1); }

    /// The events whose looks blocks take (Block::style indexes this; ViewTheme::entryFor reads them).
    const QList<Event>& styles() const { return m_styles; }
    /// When the first block of a style began (Pending if none): keys show what is drawn so far.
    qint64 styleSeen(int style) const { return m_styleSeen[std::size_t(style)]; }
    /// When the first segment was lost (Pending if none).
    qint64 lostSeen() const { return m_lostSeen; }
    /// When the first UDP datagram was lost (Pending if none).
    qint64 datagramLostSeen() const { return m_datagramLostSeen; }
    /// When a QUIC stream's bytes first waited behind a lost packet (Pending if never).
    qint64 streamHeldSeen() const { return m_streamHeldSeen; }
    /// A short text naming a block ("ClientHello", "GET /tiles/3", "200 OK"), or empty.
    QString label(qint32 sentEvent) const { return m_labels.value(sentEvent); }

    /// When the session finished (Pending while it runs).
    qint64 finished() const { return m_finished; }

private:
    struct Ref
    {
        qint32 connection = -1;
        qint32 track = -1;
        qint32 index = -1;
    };

    struct Segment
    {
        Ref block;
        qint64 plannedArrival = 0;
        qint64 firstPlannedArrival = 0; ///< of the first attempt, before any loss
    };

    struct StreamState
    {
        int row = -1;
        bool closed = false;
    };

    /// One direction of a QUIC stream as its receiver gets it: which bytes are in order, which arrived
    /// beyond a gap, and the HTTP/3 frames whose bytes are not all in order yet.
    struct QuicStreamFlow
    {
        struct Waiting
        {
            Ref block;
            quint64 from = 0; ///< the frame's bytes in the stream: [from, to)
            quint64 to = 0;
        };
        quint64 inOrder = 0;              ///< bytes from offset 0 the receiver has without a gap
        std::map<quint64, quint64> ahead; ///< pieces beyond a gap: offset → end
        qint64 gapOpened = Pending;       ///< when bytes first arrived beyond the current gap
        quint64 gapAt = 0;                ///< where the current gap begins
        // The bytes [heldFrom, heldTo) that waited behind the latest gap, since heldSince.
        qint64 heldSince = Pending;
        quint64 heldFrom = 0;
        quint64 heldTo = 0;
        quint64 frames = 0; ///< bytes of HTTP/3 frames the receiver has read so far
        quint64 finAt = std::numeric_limits<quint64>::max(); ///< where the stream ends, once known
        bool pieces = false;                                 ///< the receiver's packets were seen
        QList<Waiting> waiting;

        /// When bytes [from, to) started waiting behind a lost packet, or Pending if they did not.
        qint64 heldSinceFor(quint64 from, quint64 to) const
        {
            return heldSince != Pending && to > heldFrom && from < heldTo ? heldSince : Pending;
        }
    };

    /// What a connection's events so far imply for the next ones.
    struct ConnectionState
    {
        QHash<quint32, StreamState> streams;
        std::priority_queue<int, std::vector<int>, std::greater<>> freeRows;
        std::array<Ref, 2> pendingRecord;          ///< by sending side (client, server): content unknown yet
        std::array<qint64, 2> heldNs = {0, 0};     ///< by direction: how late the last delivery was
        std::array<qint32, 2> heldSpan = {-1, -1}; ///< by direction: the last HeldBack span
        qint32 tcpSpan = -1;
        qint32 tlsSpan = -1;
        qint32 awaitingSpan = -1;
        bool tlsStarted = false;
        bool clientSentLast = false; ///< for counting TLS round trips
        qint64 synArrival = -1;
        qint64 synAckArrival = -1;
        int fins = 0;
    };

    int connectionFor(const Event& event);
    void addWire(int connection, const Event& event, qint32 index);
    void addDatagram(int connection, const Event& event, qint32 index);
    void noteCarrier(const Timeline& timeline, int connection, const Event& event, bool sender);
    void addStreamPiece(int connection, const Event& packet, const StreamPiece& piece);
    void settleStream(QuicStreamFlow& flow, qint64 time);
    void markHeldInStream(Block& received, qint64 since, qint64 time);
    void addUnit(const Timeline& timeline, int connection, const Event& event, qint32 index);
    void noteApplication(int connection, const Event& event, bool sender);
    int trackFor(int connection, const Event& event);
    int rowForStream(int connection, quint32 stream, qint64 time);
    void releaseStream(int connection, quint32 stream);
    void addHeldSpan(int connection, Direction direction, qint64 from, qint64 to);
    void closeConnection(int connection, qint64 time);
    Ref push(int connection, int track, Block block);
    Block& block(const Ref& ref);
    void finishBlock(const Ref& ref, qint64 end);
    quint16 styleOf(const Event& event);
    /// A block for the unit event records, starting when it does; the caller sets where it ends.
    Block blockOf(const Event& event);

    QList<Connection> m_connections;
    QList<ConnectionState> m_states;
    QHash<quint32, qsizetype> m_connectionIndex;
    QHash<UnitMatchKey, QList<Ref>> m_waiting;
    /// An HTTP/1.1 body on its way, by connection, message and direction (size 0): the receiver reads it
    /// in other pieces than the sender wrote, so its blocks end when the reads have passed their bytes.
    struct BodyFlow
    {
        qint64 sent = 0;
        qint64 received = 0;
        QList<std::pair<Ref, qint64>> pending; // the sender's block, the end offset of its bytes
    };
    QHash<UnitMatchKey, BodyFlow> m_bodies;
    QHash<quint64, Segment> m_segments;
    QHash<quint64, Segment> m_datagrams;
    QHash<quint64, QuicStreamFlow> m_quicStreams; ///< by connection, direction and stream
    QList<Event> m_styles;
    QHash<quint32, quint16> m_styleIndex;
    std::vector<qint64> m_styleSeen; ///< by style
    qint64 m_lostSeen = Pending;
    qint64 m_datagramLostSeen = Pending;
    qint64 m_streamHeldSeen = Pending;
    QHash<qint32, QString> m_labels;
    qint64 m_finished = Pending;
};

} // namespace protoviz

#pragma once

#include <QMetaType>
#include <QtGlobal>

#include <cstddef>

namespace protoviz {

/// The protocol layer an event belongs to, from the wire up.
enum class Layer : quint8 {
    Session,   ///< scenario life cycle, page objects, notes and session-wide errors
    Wire,      ///< TCP on the emulated link: handshake, segments, losses, close
    Tls,       ///< TLS records, handshake messages and alerts
    Http1,     ///< HTTP/1.1 messages
    Http2,     ///< HTTP/2 frames
    WebSocket, ///< the upgrade and WebSocket frames
    Grpc,      ///< gRPC calls and length-prefixed messages
    Quic,      ///< QUIC packets (with their frames) and handshake milestones
    Http3,     ///< HTTP/3 frames and the header fields QPACK carries
};

/// How many layers there are: ProtocolRegistry holds this many descriptors, one per Layer.
constexpr std::size_t LayerCount = std::size_t(Layer::Http3) + 1;

/// Which part of the session observed the event.
enum class Origin : quint8 {
    Link,   ///< the emulated link (the relay between client and server)
    Client, ///< a client endpoint
    Server, ///< a server endpoint
};

/// The direction of the bytes an event describes.
enum class Direction : quint8 {
    None,           ///< not tied to bytes in flight (errors, life cycle)
    ClientToServer, ///< upstream
    ServerToClient, ///< downstream
};

/// Kinds of Layer::Session events.
enum class SessionKind : quint8 {
    Started,         ///< the session's clock started; value = configured RTT in ns
    Finished,        ///< the workload completed or was given up; flags = SessionOutcome
    ObjectRequested, ///< the client asked for a page object; stream = object index
    ObjectCompleted, ///< a page object arrived completely; stream = object index, size = body bytes
    UpdateDelivered, ///< a pushed or polled update reached a client; stream = sequence, value = its
                     ///< publication time (the latency is the event's time minus value)
    Note,            ///< an explanation worth showing (text in the detail)
    Error,           ///< something failed at session level (text in the detail)
    ConnectionRole,  ///< what a connection is for in this session, when it is more than client to server:
                     ///< a few words in the detail's text ("via instance 2", "to the broker"); the lanes
                     ///< add them to the connection's title; flags = ConnectionRoleFlag
};

/// Flags of a SessionKind::ConnectionRole event.
namespace ConnectionRoleFlag {
/// A hop behind the server (a proxy to its server, a balancer to an instance, an instance to a broker):
/// the client never sees it, so what the client waited for and paid is measured without it.
constexpr quint8 BehindTheServer = 0x1;
} // namespace ConnectionRoleFlag

/// Outcome stored in the flags of a SessionKind::Finished event.
enum class SessionOutcome : quint8 { Completed = 0, Failed = 1, TimedOut = 2, Cancelled = 3 };

/// Kinds of Layer::Wire events. Segment events carry the TCP payload size in Event::size and the time
/// the segment will reach (Sent) or left (Delivered) the other side in Event::value.
enum class WireKind : quint8 {
    Syn,              ///< client opens the connection; value = arrival time
    SynAck,           ///< server answers the SYN; value = arrival time
    Ack,              ///< the client's ACK completing the handshake; value = arrival time
    SegmentSent,      ///< a data segment left the sender; value = planned arrival; stream = segment number
    SegmentLost,      ///< a data segment was dropped on its way; value = retransmission time
    SegmentDelivered, ///< a data segment reached the receiving application; value = departure time
    Fin,              ///< one side finished sending
    Reset,            ///< the connection was aborted
    Established,      ///< the emulated three-way handshake completed for the client
    Error,            ///< the link could not carry the connection (text in the detail)
    Overheard,    ///< what a passive eavesdropper on the link can read of a message or TLS record (summary in
                  ///< the detail's text, what it read in its bytes and fields); size = bytes on the wire,
                  ///< flags = OverheardFlag
    Tampered,     ///< an attacker on the link altered bytes in flight; size = bytes changed, value = offset
                  ///< of the first one in its direction's stream (was/now in the detail's fields)
    DatagramSent, ///< a UDP datagram left the link's queue; value = planned arrival; stream = its
                  ///< number in its direction from 1; size = UDP payload bytes
    DatagramLost, ///< a UDP datagram was dropped: on its way (value = when it would have arrived) or,
                  ///< flagged WireFlag::QueueOverflow, at the tail of a full queue (value = the drop)
    DatagramDelivered, ///< a UDP datagram reached the receiver; value = departure time
};

/// Flags of Layer::Wire segment events.
namespace WireFlag {
constexpr quint8 Retransmission = 0x01; ///< this attempt re-sends a lost segment
constexpr quint8 HeadOfLineBlocked =
    0x02;                              ///< delivered later than it arrived: an earlier segment was missing
constexpr quint8 QueueOverflow = 0x04; ///< a datagram found the link's queue full and never left
} // namespace WireFlag

/// Flags of WireKind::Overheard events.
namespace OverheardFlag {
constexpr quint8 Secret = 0x01;    ///< the observer read a secret: a password, a cookie, credentials
constexpr quint8 Encrypted = 0x02; ///< the content was encrypted: the observer read only its framing
} // namespace OverheardFlag

/// Kinds of Layer::Tls events. Record and message events keep the plaintext unit in their detail bytes
/// (handshake messages as OpenSSL saw them, before encryption).
enum class TlsKind : quint8 {
    Record,            ///< a record header on the wire; flags = content type, value = record version
    HandshakeMessage,  ///< a handshake message; flags = handshake type (1 = ClientHello, ...)
    ChangeCipherSpec,  ///< the ChangeCipherSpec message (TLS 1.2, or 1.3 middlebox compatibility)
    Alert,             ///< an alert; flags = description, value = level (1 warning, 2 fatal)
    HandshakeComplete, ///< keys are agreed; fields hold version, cipher suite, group, ALPN, resumption
    EarlyData,         ///< 0-RTT application data sent or accepted (TLS 1.3)
    Error,             ///< the handshake or a record failed (text in the detail)
};

/// Kinds of Layer::Http1 events.
enum class Http1Kind : quint8 {
    RequestHead,  ///< request line and header fields; size = head bytes
    ResponseHead, ///< status line and header fields; size = head bytes
    Body,         ///< a run of body bytes; size = payload bytes, overhead = chunked framing bytes
    MessageEnd,   ///< the message is complete; size = body bytes in all
    Error,        ///< malformed or refused input (text in the detail)
};

/// Kinds of Layer::Http2 events: the frame types of RFC 9113, then the engine's own kinds.
enum class Http2Kind : quint8 {
    Data = 0x0,
    Headers = 0x1,
    Priority = 0x2,
    RstStream = 0x3,
    Settings = 0x4,
    PushPromise = 0x5,
    Ping = 0x6,
    GoAway = 0x7,
    WindowUpdate = 0x8,
    Continuation = 0x9,
    UnknownFrame = 0xf0, ///< a frame of an extension type
    Preface = 0xf1,      ///< the client connection preface
    Error = 0xff,        ///< a protocol error (text in the detail)
};

/// Kinds of Layer::WebSocket events. Frame events carry the frame's bytes as they crossed the wire (header
/// and payload, masked as sent); overhead = header bytes; flags = the first header byte (FIN, RSV, opcode).
enum class WebSocketKind : quint8 {
    UpgradeRequest,  ///< the HTTP/1.1 request asking to switch to WebSocket
    UpgradeResponse, ///< the server's answer (101 Switching Protocols, or an HTTP error)
    Frame,           ///< one WebSocket frame; value = payload length
    Message,         ///< a complete message reassembled from its frames; size = payload bytes
    Close,           ///< the closing handshake; value = close code
    Error,           ///< a protocol violation or refused upgrade (text in the detail)
};

/// Kinds of Layer::Grpc events.
enum class GrpcKind : quint8 {
    CallStarted,  ///< request headers of a call; text = the method path
    Message,      ///< one length-prefixed message; size = 5 + length, overhead = 5, value = size as JSON
    CallFinished, ///< trailers (or Trailers-Only); value = grpc-status
    Error,        ///< malformed framing or a protocol violation (text in the detail)
};

/// Kinds of Layer::Quic events, as one endpoint lives them. Packet events keep the packet's unprotected
/// header followed by its decrypted payload in their detail bytes (the AEAD tag is not kept), with a
/// field per frame located in those bytes.
enum class QuicKind : quint8 {
    PacketSent,        ///< the endpoint sealed a packet; size = bytes on the wire (header, encrypted payload,
                       ///< tag), overhead = header and tag bytes, value = packet number (in its number
                       ///< space), flags = QuicPacketFlag
    PacketReceived,    ///< the endpoint opened (decrypted) a packet; fields as for PacketSent
    HandshakeKeys,     ///< Handshake packet protection keys are ready
    OneRttKeys,        ///< 1-RTT keys are ready in both directions
    EarlyDataOffered,  ///< client: a resumed session lets it send 0-RTT packets
    EarlyDataAccepted, ///< the server took the 0-RTT data
    EarlyDataRejected, ///< the server refused the 0-RTT data: it goes again in 1-RTT packets
    HandshakeComplete, ///< TLS finished on this endpoint
    HandshakeConfirmed, ///< client: HANDSHAKE_DONE arrived; server: the same as complete
    SessionTicket,      ///< client: a session ticket makes a later 0-RTT resumption possible
    ConnectionClosed,   ///< the connection ended (closing or draining finished)
    Error, ///< a CONNECTION_CLOSE with a transport error, or a payload whose frames could not all be
           ///< decoded (text in the detail); value = the error code, -1 for an undecodable payload
};

/// Flags of QuicKind::PacketSent and PacketReceived events: the packet type in the low bits, then marks.
namespace QuicPacketFlag {
/// The packet type: 0 Initial, 1 0-RTT, 2 Handshake, 3 Retry, 4 1-RTT (as QuicPacketType numbers them).
constexpr quint8 TypeMask = 0x07;
constexpr quint8 KeyPhase = 0x08;        ///< short header: the key phase bit is set
constexpr quint8 AckEliciting = 0x10;    ///< carries a frame the peer must acknowledge
constexpr quint8 ConnectionClose = 0x20; ///< carries a CONNECTION_CLOSE frame
} // namespace QuicPacketFlag

/// Kinds of Layer::Http3 events: the frame types of RFC 9114 section 7.2, then the engine's own kinds.
/// Frame events describe a frame header found on a QUIC stream: stream = QUIC stream id, size = frame
/// header and payload bytes, overhead = the frame header's bytes (type and length varints), value =
/// payload bytes. Their bytes are inside the QUIC packets that carried them.
enum class Http3Kind : quint8 {
    Data = 0x0,
    Headers = 0x1,
    CancelPush = 0x3,
    Settings = 0x4,
    PushPromise = 0x5,
    GoAway = 0x7,
    MaxPushId = 0xd,
    UnknownFrame = 0xf0, ///< a frame of a reserved or extension type; flags = 0, value = payload bytes
    HeaderFields = 0xf1, ///< the header fields of a HEADERS frame, QPACK-decoded on receipt or as
                         ///< submitted when sent (one field each in the detail); stream = QUIC stream
                         ///< id, size = name and value bytes, value = number of fields
    Error = 0xff,        ///< an application CONNECTION_CLOSE other than H3_NO_ERROR; value = error code
                         ///< (text in the detail)
};

/// One observable act of a session: a fixed-size, trivially copyable record. Decoded fields, text and
/// raw bytes live beside it in the timeline (EventDetail) so that the record itself stays compact.
struct Event
{
    Layer layer = Layer::Session;
    quint8 kind = 0; ///< one of the layer's kind enums, see kindOf()
    Origin origin = Origin::Link;
    Direction direction = Direction::None;
    quint8 flags = 0;       ///< layer-specific flags (HTTP/2 frame flags, WireFlag, ...)
    quint32 connection = 0; ///< connection id within the session, 0 for session-wide events
    quint32 stream = 0;     ///< HTTP/2 stream id, HTTP/1.1 message number, object index, ...
    quint32 size = 0;       ///< bytes of this unit on its layer, framing included
    quint32 overhead = 0;   ///< bytes of size that are framing rather than content
    quint32 detail = 0;     ///< handle of the unit's EventDetail in the timeline, 0 if none
    qint64 timeNs = 0;      ///< nanoseconds since the session clock's origin
    qint64 value = 0;       ///< meaning depends on layer and kind (see the kind enums)

    template <typename Kind>
    bool is(Layer l, Kind k) const
    {
        return layer == l && kind == static_cast<quint8>(k);
    }
    /// True for an event of the engine's own layers (a session milestone, a link event) of kind k: the
    /// kind's enum says its layer. Protocol layers are asked through their descriptors instead.
    bool is(SessionKind k) const { return is(Layer::Session, k); }
    bool is(WireKind k) const { return is(Layer::Wire, k); }
};

/// The raw value of a kind enum, for Event::kind.
template <typename Kind>
constexpr quint8 kindOf(Kind kind)
{
    return static_cast<quint8>(kind);
}

static_assert(sizeof(Event) <= 48, "Event records must stay compact: details belong in EventDetail");

} // namespace protoviz

Q_DECLARE_METATYPE(protoviz::Event)

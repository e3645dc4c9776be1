#pragma once

#include <QMetaType>
#include <QtGlobal>

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
};

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
    Overheard, ///< what a passive eavesdropper on the link can read of a message or TLS record (summary in
               ///< the detail's text, what it read in its bytes and fields); size = bytes on the wire,
               ///< flags = OverheardFlag
    Tampered,  ///< an attacker on the link altered bytes in flight; size = bytes changed, value = offset
               ///< of the first one in its direction's stream (was/now in the detail's fields)
};

/// Flags of Layer::Wire segment events.
namespace WireFlag {
constexpr quint8 Retransmission = 0x01; ///< this attempt re-sends a lost segment
constexpr quint8 HeadOfLineBlocked =
    0x02; ///< delivered later than it arrived: an earlier segment was missing
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

#pragma once

#include "core/timeline/event.h"
#include "core/timeline/eventdetail.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace protoviz {

class Timeline;

/// What a unit means in a picture. The views' theme gives each role one look (a colour pair and a mark),
/// so a protocol says what its events are and never how they look; a new protocol reuses these roles and
/// adds one only for a genuinely new kind of thing.
enum class UnitRole : quint8 {
    Session,         ///< the scenario's own milestones and notes
    TcpHandshake,    ///< SYN, SYN-ACK, ACK
    Segment,         ///< a TCP segment carrying bytes
    Fin,             ///< one side finished sending
    Reset,           ///< a connection aborted (TCP RST)
    Lost,            ///< a segment dropped on its way
    Datagram,        ///< a UDP datagram carrying bytes
    LostDatagram,    ///< a UDP datagram dropped on its way: nothing resends it, the protocol above does
    TlsHandshake,    ///< a TLS handshake message or its record
    ApplicationData, ///< encrypted application data
    CloseNotify,     ///< a polite close at the security layer
    Failure,         ///< a fatal error or alert
    Head,            ///< an HTTP/1.1 start line and headers
    Body,            ///< HTTP/1.1 body bytes
    Headers,         ///< a header block of a binary framing (HEADERS, CONTINUATION)
    Data,            ///< a DATA frame
    Control,         ///< a frame that steers the connection (SETTINGS, PING, WINDOW_UPDATE...)
    Push,            ///< a server push promise
    StreamReset,     ///< a stream or connection ended abruptly (RST_STREAM, GOAWAY)
    WebSocketFrame,  ///< a WebSocket frame
    WebSocketClose,  ///< the WebSocket closing handshake
    GrpcCall,        ///< a gRPC call's start or status
    GrpcMessage,     ///< a length-prefixed gRPC message
};

/// A piece of an application stream's data that a unit carries (a QUIC STREAM frame): which stream, where
/// in it, how many bytes, and whether it is the stream's last data.
struct StreamPiece
{
    quint64 stream = 0;
    quint64 offset = 0;
    quint64 length = 0;
    bool fin = false;

    friend bool operator==(const StreamPiece&, const StreamPiece&) = default;
};

/// How a unit ends its stream, if it does.
enum class StreamEnd : quint8 {
    None,     ///< the stream goes on
    Finished, ///< the sender's last unit on the stream
    Aborted,  ///< the stream was reset
};

/// What a client's unit does to the round trips it waits through: it asks (the client will wait for an
/// answer to it), it answers (it ends such a wait), or neither (an acknowledgement, a ticket, a goodbye).
enum class RoundTripStep : quint8 { None, Asks, Answers };

/// How a ladder (sequence diagram) names a unit's arrow.
struct ArrowLabel
{
    QString text;   ///< "GET /tiles/3", "HEADERS s1", "ClientHello", "Initial: CRYPTO ClientHello"
    QString family; ///< what a bundle of similar arrows counts ("GET", "DATA", "1-RTT")
    /// A message that tells one scenario from another (Certificate, HelloRetryRequest, early data, an
    /// alert, the WebSocket upgrade): named first in a bundle's label, so that it is never elided.
    bool distinctive = false;
    /// Drawn as an arrow of its own, never bundled (the WebSocket upgrade request and its 101 answer).
    bool standsAlone = false;
    /// The call the unit belongs to, as a run of similar calls is counted ("GetItem", "GET /chat").
    QString call = {};
    /// Carries nothing the ladder tells (a QUIC packet of acknowledgements, padding or a PING): not
    /// drawn, as TCP's acknowledgements are not, and hearing it is not hearing back.
    bool routine = false;
};

/// The stable, untranslated name of one event kind, as recordings and JSON exports spell it.
struct EventKindName
{
    quint8 kind;
    const char16_t* name;
};

/// Everything the views and printers need to know about one protocol layer, asked instead of switching
/// on Layer: the names of its event kinds, which of them are units crossing the wire, what role each
/// plays in a picture and how to say it in words. One descriptor per Layer, registered in
/// ProtocolRegistry (the only list of protocols), in the spirit of Wireshark's dissector table.
///
/// Descriptors are stateless and shared; every method is const and safe to call from any thread.
class ProtocolDescriptor
{
public:
    virtual ~ProtocolDescriptor() = default;

    /// The layer whose events this describes.
    virtual Layer layer() const = 0;
    /// The layer's stable identifier in recordings ("http2").
    virtual QStringView id() const = 0;
    /// The layer's name for people ("HTTP/2"), translated.
    virtual QString title() const = 0;
    /// The stable names of the layer's event kinds.
    virtual std::span<const EventKindName> kindNames() const = 0;
    /// The stable name of kind ("HEADERS"), or "kind-N" for a kind the layer does not know.
    QString kindName(quint8 kind) const;
    /// The kind a stable name stands for ("HEADERS" or "kind-N"), if any.
    std::optional<quint8> kindFromName(QStringView name) const;

    /// True for events that are a unit of bytes crossing the connection (a segment, a record, a frame,
    /// a message head), drawn as a block or an arrow; false for summaries, milestones and notes.
    virtual bool isUnit(const Event& event) const = 0;
    /// True for the layer's error events (a protocol violation, a failed handshake).
    virtual bool isError(const Event& event) const = 0;
    /// What the event means in a picture; the theme turns it into a look.
    virtual UnitRole role(const Event& event) const = 0;
    /// Sample events whose looks a key (legend) for this layer explains, in the key's order.
    virtual QList<Event> keyEvents() const = 0;

    /// The unit's short name from its record alone, as written on a block: "SYN", "HEADERS", "Text",
    /// "body"; empty when only its detail names it (a request line, a handshake message, a call).
    virtual QString unitName(const Event& event) const = 0;
    /// The unit's short label from its detail, where the record alone does not name it: "GET /index.html",
    /// "200 OK", "ClientHello", "close_notify", "GetItem"; empty for units unitName() names. Reads the
    /// detail from timeline only for the kinds that need it.
    virtual QString unitLabel(const Timeline& timeline, const Event& event) const;
    /// True for a unit with which a client asks for something and then waits (a request head, HEADERS
    /// opening a stream); the direction tells whether it is the ask.
    virtual bool asks(const Event& event) const;
    /// What the unit does to the client's round trips, with its detail at hand (as recorded at either
    /// end: the direction tells asking from answering). By default asks() and answers() say it.
    virtual RoundTripStep roundTripStep(const Event& event, const EventDetail& detail) const;
    /// True for a unit that can be the first of an answer (a status line, a stream's HEADERS, DATA or
    /// reset, a WebSocket frame) when it travels towards the client.
    virtual bool answers(const Event& event) const;
    /// The stream whose own lane the unit belongs on, when the protocol multiplexes requests on streams
    /// (an HTTP/2 stream other than 0, an HTTP/3 request stream); nothing for a connection-wide unit.
    virtual std::optional<quint32> requestStream(const Event& event) const;
    /// Whether the unit is the last of its request stream in its direction (END_STREAM) or ends the
    /// stream abruptly (RST_STREAM), as far as its record says.
    virtual StreamEnd streamEnd(const Event& event) const;
    /// What tells a unit apart from others of its layer on its connection and direction beyond its
    /// stream, kind and size, so that its sender's and receiver's records pair up: 0 by default (units
    /// of one kind arrive in order); a QUIC packet's number space and number.
    virtual quint64 flightNumber(const Event& event) const;
    /// The kind under which the sender records the unit: the receiver's record pairs with it (QUIC
    /// records a packet as PacketSent and PacketReceived). By default the event's own kind.
    virtual quint8 sentKind(const Event& event) const;
    /// The pieces of application streams the unit carries, read from its detail (a QUIC packet's STREAM
    /// frames), for views that follow each stream's bytes; empty by default.
    virtual QList<StreamPiece> streamPieces(const Event& event, const EventDetail& detail) const;
    /// The arrow a ladder draws for a unit as its sender recorded it, or nothing for what the ladder leaves
    /// out (records and segments under the units they carry, summaries, milestones). Reads the detail
    /// from timeline where the label needs it. Translated. By default nothing.
    virtual std::optional<ArrowLabel> arrowLabel(const Timeline& timeline, const Event& event) const;
    /// What an arrow of the unit means in a ladder's tooltip, in a sentence ("TLS handshake: client and
    /// server agree on keys before the first request may go."); empty where nothing needs saying.
    /// Translated.
    virtual QString arrowNote(const Event& event) const;
    /// A tooltip's heading for the unit: what it is, with label (the short text its detail gives:
    /// "GET /index.html", "ClientHello", "GetItem") where that is the point. Translated.
    virtual QString unitHeading(const Event& event, const QString& label) const = 0;

    /// The inspector's description of an event whose detail has no text of its own, from its record
    /// ("TCP segment 3 reaches the server: it left at 12.000 ms, 5.100 ms before"). By default the
    /// layer's title and the kind's name.
    virtual QString describe(const Event& event, const EventDetail& detail) const;
    /// Where the unit belongs within its connection ("stream 3", "segment 12", "message 2"); empty when
    /// the connection says it all.
    virtual QString position(const Event& event) const;
    /// Why the event has no bytes to show, when that is the rule for its layer; empty otherwise.
    virtual QString whyNoBytes(const Event& event) const;

    /// The unit as an object of a sentence, translated: "a HEADERS frame", "a TLS alert (close_notify)".
    virtual QString unitPhrase(const Event& event) const = 0;
    /// A whole sentence for events that are not a unit moving ("client agreed on the TLS keys"), with
    /// who saw it; empty when "who sent/received <unitPhrase>" says it.
    virtual QString sentence(const Event& event, const QString& who) const = 0;

protected:
    ProtocolDescriptor() = default;
    ProtocolDescriptor(const ProtocolDescriptor&) = default;
    ProtocolDescriptor& operator=(const ProtocolDescriptor&) = default;
};

/// The one list of protocols: the descriptor of each Layer.
namespace ProtocolRegistry {

/// The descriptor of layer; every Layer has one.
const ProtocolDescriptor& of(Layer layer);
/// The descriptor of event's layer.
inline const ProtocolDescriptor& of(const Event& event)
{
    return of(event.layer);
}
/// Every descriptor, in Layer order.
std::span<const ProtocolDescriptor* const> all();

} // namespace ProtocolRegistry

} // namespace protoviz

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
/// answer to it) or not (an acknowledgement, a ticket, a goodbye). What ends a wait is any server byte
/// that reaches the client, as the link records it.
enum class RoundTripStep : quint8 { None, Asks };

/// Where a layer's events belong in a picture of a connection (the lanes draw a row for each part).
enum class LayerPlace : quint8 {
    Session,     ///< the scenario's own milestones and notes: on no connection's row
    Link,        ///< the emulated link's segments and datagrams: the connection's bottom row
    Carrier,     ///< protects and carries everything above (TLS records, QUIC packets): a row of its own
    Application, ///< the application protocol the connection is for (HTTP/1.1, HTTP/2, WebSocket, HTTP/3)
    Calls,       ///< calls riding on an application protocol (gRPC): a row of their own
};

/// How a carrier layer's event (TLS's, QUIC's) steps the handshake it runs, for views that show how long
/// the handshake took and how many round trips the client waited through.
enum class HandshakeStep : quint8 {
    None,      ///< no step: a summary, a packet that only acknowledges
    Message,   ///< a message of the handshake: the client's asks, the server's that follows answers
    Completed, ///< the endpoint has agreed its keys: the handshake is over
    Failed,    ///< an alert or error ended it
};

/// What a unit does in fetching an object (a page's), for views that follow each object.
enum class ExchangePart : quint8 {
    None,
    Request,      ///< asks for an object (a request head, HEADERS opening a stream)
    ResponseHead, ///< the answer's head, which may announce the object's length
    Body,         ///< bytes of the object
    Promise,      ///< the server promises to push an object on a stream of its own
};

/// What a unit's detail says of the object it asks for, answers with or promises (see ExchangePart).
struct ExchangeFacts
{
    QString path;               ///< Request and Promise: the object's path ("/tiles/3")
    qint64 length = -1;         ///< ResponseHead: the length the answer announces, -1 if none
    quint32 promisedStream = 0; ///< Promise: the stream the object will come on
};

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
    /// Carries nothing the ladder tells (a QUIC packet of acknowledgements, padding, a PING, flow-control
    /// credit or QPACK's acknowledgements): not drawn, as TCP's acknowledgements (and the window in them)
    /// are not, and hearing it is not hearing back, so the peer's flight goes on.
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
    /// True for the milestone whose detail states what a completed handshake agreed, in the fields
    /// "version", "cipher suite", "group", "ALPN", "session resumed", "early data" and the peer's
    /// "certificate chain" (TLS's HandshakeComplete), as a handshake report reads them. False by default.
    virtual bool reportsHandshakeAgreement(const Event& event) const;
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
    /// What the unit does to the client's round trips, from its record alone, as RoundTripCounter reads
    /// it: only a unit travelling towards the server asks. By default asks() says it.
    virtual RoundTripStep roundTripStep(const Event& event) const;
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
    /// True for a unit the receiver may read in other pieces than the sender wrote it (an HTTP/1.1 body
    /// run): a ladder pairs its records by byte count, not one record with one. False by default.
    virtual bool pairsByBytes(const Event& event) const;
    /// The layer whose unit this one tells again, the same bytes recorded twice (the WebSocket upgrade
    /// on top of its HTTP/1.1 head): a ladder draws one arrow for both. Nothing by default.
    virtual std::optional<Layer> retells(const Event& event) const;
    /// The target a request asks for, as its detail gives it ("/updates?client=2"); empty for any other
    /// unit and by default. Reads the detail from timeline.
    virtual QString requestTarget(const Timeline& timeline, const Event& event) const;
    /// Where the layer's events belong in a picture of a connection. By default Application.
    virtual LayerPlace place() const;
    /// True for an application protocol that carries each request on a stream of its own beside others
    /// (HTTP/2, HTTP/3, gRPC over HTTP/2); false for one that carries messages one after another
    /// (HTTP/1.1, WebSocket) and by default.
    virtual bool multiplexes() const;
    /// What the connection-wide units of an application protocol (those on no request stream) are
    /// called as a row of a connection: "stream 0", "control streams", "messages" (the default).
    /// Translated.
    virtual QString connectionUnitsName() const;
    /// True when the layer's events on a connection show that it, not the application layer seen there
    /// before, is what the connection is for (WebSocket after its HTTP/1.1 upgrade, gRPC over HTTP/2).
    /// False by default: the first application layer seen names the connection.
    virtual bool takesOver(Layer application) const;
    /// True for a carrier whose units carry pieces of many application streams, each handed over in
    /// order on its own (QUIC): views follow each stream's bytes through streamPieces(). False by default.
    virtual bool ordersEachStream() const;
    /// How the event steps the handshake the layer runs. By default None.
    virtual HandshakeStep handshakeStep(const Event& event) const;
    /// What the completed handshake agreed, as a connection's label names it ("TLS 1.3"), from the event
    /// whose step is Completed; reads its detail from timeline where the name needs it. By default the
    /// layer's title.
    virtual QString agreedName(const Timeline& timeline, const Event& completed) const;
    /// True for a unit whose receiver's record may differ in size from its sender's (a TLS 1.2
    /// ChangeCipherSpec, which the receiver sees only as its record): views pair the two records without
    /// comparing sizes. False by default.
    virtual bool sizeDiffersAtReceiver(const Event& event) const;
    /// True for a unit whose content its sender records next as a unit of the same layer (a TLS record
    /// before the handshake message, alert or ChangeCipherSpec in it): views draw the content instead.
    /// False by default.
    virtual bool envelopesNext(const Event& event) const;
    /// What the unit does in fetching an object, from its record alone. By default None.
    virtual ExchangePart exchangePart(const Event& event) const;
    /// What the unit's detail says of the object (see ExchangeFacts), for a unit whose exchangePart() is
    /// not None. By default nothing.
    virtual ExchangeFacts exchangeFacts(const Event& event, const EventDetail& detail) const;
    /// The arrow a ladder draws for a unit as its sender recorded it, or nothing for what the ladder leaves
    /// out (records and segments under the units they carry, summaries, milestones). Reads the detail
    /// from timeline where the label needs it. Translated. By default nothing.
    virtual std::optional<ArrowLabel> arrowLabel(const Timeline& timeline, const Event& event) const;
    /// What an arrow of the unit means in a ladder's tooltip, in a sentence ("TLS handshake: client and
    /// server agree on keys before the first request may go."); empty where nothing needs saying. Reads
    /// the detail from timeline where the note quotes it (the WebSocket upgrade's key). Translated.
    virtual QString arrowNote(const Timeline& timeline, const Event& event) const;
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

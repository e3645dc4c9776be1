#include "core/link/wiredescriptor.h"

#include "core/timeline/unitwords.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
    {kindOf(WireKind::Syn), u"SYN"},
    {kindOf(WireKind::SynAck), u"SYN-ACK"},
    {kindOf(WireKind::Ack), u"ACK"},
    {kindOf(WireKind::SegmentSent), u"SegmentSent"},
    {kindOf(WireKind::SegmentLost), u"SegmentLost"},
    {kindOf(WireKind::SegmentDelivered), u"SegmentDelivered"},
    {kindOf(WireKind::Fin), u"FIN"},
    {kindOf(WireKind::Reset), u"RST"},
    {kindOf(WireKind::Established), u"Established"},
    {kindOf(WireKind::Error), u"Error"},
    {kindOf(WireKind::Overheard), u"Overheard"},
    {kindOf(WireKind::Tampered), u"Tampered"},
    {kindOf(WireKind::DatagramSent), u"DatagramSent"},
    {kindOf(WireKind::DatagramLost), u"DatagramLost"},
    {kindOf(WireKind::DatagramDelivered), u"DatagramDelivered"},
};

// The link's segments are the transport under every unit: views draw them in pictures of their own
// (segment rows, losses, head-of-line waits), never as one more protocol unit.
class WireDescriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(WireDescriptor)

public:
    Layer layer() const override { return Layer::Wire; }
    QStringView id() const override { return u"wire"; }
    QString title() const override { return tr("TCP"); }
    LayerPlace place() const override { return LayerPlace::Link; }
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event&) const override { return false; }
    bool isError(const Event& event) const override { return event.kind == kindOf(WireKind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    QString arrowNote(const Timeline& timeline, const Event& event) const override;
    QString unitPhrase(const Event& event) const override;
    QString describe(const Event& event, const EventDetail& detail) const override;
    QString position(const Event& event) const override;
    QString whyNoBytes(const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
};

UnitRole WireDescriptor::role(const Event& event) const
{
    switch (WireKind(event.kind)) {
    case WireKind::Syn:
    case WireKind::SynAck:
    case WireKind::Ack:
    case WireKind::Established:
        return UnitRole::TcpHandshake;
    case WireKind::Fin:
        return UnitRole::Fin;
    case WireKind::Reset:
        return UnitRole::Reset;
    case WireKind::SegmentLost:
        return UnitRole::Lost;
    case WireKind::DatagramLost:
        return UnitRole::LostDatagram;
    case WireKind::DatagramSent:
    case WireKind::DatagramDelivered:
        return UnitRole::Datagram;
    case WireKind::Error:
        return UnitRole::Failure;
    default:
        return UnitRole::Segment;
    }
}

QList<Event> WireDescriptor::keyEvents() const
{
    const auto of = [](WireKind kind) { return Event{.layer = Layer::Wire, .kind = kindOf(kind)}; };
    return {of(WireKind::Syn), of(WireKind::SegmentSent), of(WireKind::SegmentLost),
            of(WireKind::Fin), of(WireKind::Reset),       of(WireKind::Error)};
}

QString WireDescriptor::unitName(const Event& event) const
{
    switch (WireKind(event.kind)) {
    case WireKind::Syn:
        return QStringLiteral("SYN");
    case WireKind::SynAck:
        return QStringLiteral("SYN-ACK");
    case WireKind::Ack:
        return QStringLiteral("ACK");
    case WireKind::Fin:
        return QStringLiteral("FIN");
    default:
        return {};
    }
}

QString WireDescriptor::unitHeading(const Event& event, const QString&) const
{
    switch (WireKind(event.kind)) {
    case WireKind::Syn:
        return tr("SYN: the client opens the connection");
    case WireKind::SynAck:
        return tr("SYN-ACK: the server accepts");
    case WireKind::Ack:
        return tr("ACK: the handshake is complete");
    case WireKind::Fin:
        return tr("FIN: this side has finished sending");
    case WireKind::Reset:
        return tr("RST: the connection was reset");
    case WireKind::Error:
        return tr("The link could not carry the connection");
    case WireKind::DatagramSent:
    case WireKind::DatagramLost:
    case WireKind::DatagramDelivered:
        return tr("UDP datagram %1").arg(event.stream);
    default:
        return tr("TCP segment %1").arg(event.stream);
    }
}

QString WireDescriptor::describe(const Event& event, const EventDetail&) const
{
    const bool fromClient = event.direction != Direction::ServerToClient;
    const QString sender = UnitWords::party(fromClient);
    const QString receiver = UnitWords::party(!fromClient);
    const auto bytes = [](qint64 count) { return UnitWords::bytes(count); };
    const auto milliseconds = [](qint64 ns) { return UnitWords::milliseconds(ns); };
    switch (WireKind(event.kind)) {
    case WireKind::Syn:
        return tr("SYN: the client opens TCP connection %1; it reaches the server at %2")
            .arg(event.connection)
            .arg(milliseconds(event.value));
    case WireKind::SynAck:
        return tr("SYN-ACK: the server accepts connection %1; it reaches the client at %2")
            .arg(event.connection)
            .arg(milliseconds(event.value));
    case WireKind::Ack:
        return tr("ACK: the client completes the three-way handshake of connection %1; it reaches the "
                  "server at %2")
            .arg(event.connection)
            .arg(milliseconds(event.value));
    case WireKind::Established:
        return tr("Connection %1 is established: the client may send from now on").arg(event.connection);
    case WireKind::SegmentSent:
        return tr("TCP segment %1 leaves the %2 with %3 of payload; it is due at the %4 at %5, after %6 "
                  "on the link")
            .arg(QString::number(event.stream), sender, bytes(event.size), receiver,
                 milliseconds(event.value), milliseconds(event.value - event.timeNs));
    case WireKind::SegmentLost:
        return tr("TCP segment %1 (%2) from the %3 is lost on the link; it is sent again at %4")
            .arg(QString::number(event.stream), bytes(event.size), sender, milliseconds(event.value));
    case WireKind::SegmentDelivered: {
        QString text = tr("TCP segment %1 (%2) reaches the %3: it left at %4, %5 before")
                           .arg(QString::number(event.stream), bytes(event.size), receiver,
                                milliseconds(event.value), milliseconds(event.timeNs - event.value));
        if (event.flags & WireFlag::HeadOfLineBlocked)
            text +=
                u' ' + tr("It arrived earlier but had to wait behind a lost segment: head-of-line blocking.");
        if (event.flags & WireFlag::Retransmission)
            text += u' ' + tr("This attempt is a retransmission.");
        return text;
    }
    case WireKind::Fin:
        return tr("FIN: the %1 has finished sending on connection %2").arg(sender).arg(event.connection);
    case WireKind::Reset:
        return tr("RST: connection %1 is aborted").arg(event.connection);
    case WireKind::Error:
        return tr("The link could not carry connection %1").arg(event.connection);
    case WireKind::Overheard:
        return tr("An eavesdropper on the link reads %1 going to the %2").arg(bytes(event.size), receiver);
    case WireKind::Tampered:
        return tr("An attacker on the link alters %1 going to the %2").arg(bytes(event.size), receiver);
    case WireKind::DatagramSent:
        return tr("UDP datagram %1 leaves the %2 with %3 of payload; it is due at the %4 at %5, after %6 "
                  "on the link")
            .arg(QString::number(event.stream), sender, bytes(event.size), receiver,
                 milliseconds(event.value), milliseconds(event.value - event.timeNs));
    case WireKind::DatagramLost:
        if (event.flags & WireFlag::QueueOverflow) {
            return tr("UDP datagram %1 (%2) from the %3 finds the link's queue full and is dropped; UDP "
                      "never sends it again, only the protocol above can")
                .arg(QString::number(event.stream), bytes(event.size), sender);
        }
        return tr("UDP datagram %1 (%2) from the %3 is lost on the link; it would have arrived at %4, and "
                  "UDP never sends it again: only the protocol above can")
            .arg(QString::number(event.stream), bytes(event.size), sender, milliseconds(event.value));
    case WireKind::DatagramDelivered:
        return tr("UDP datagram %1 (%2) reaches the %3: it left at %4, %5 before")
            .arg(QString::number(event.stream), bytes(event.size), receiver, milliseconds(event.value),
                 milliseconds(event.timeNs - event.value));
    }
    return tr("TCP %1").arg(kindName(event.kind));
}

QString WireDescriptor::position(const Event& event) const
{
    switch (WireKind(event.kind)) {
    case WireKind::SegmentSent:
    case WireKind::SegmentLost:
    case WireKind::SegmentDelivered:
        return tr("segment %1").arg(event.stream);
    case WireKind::DatagramSent:
    case WireKind::DatagramLost:
    case WireKind::DatagramDelivered:
        return tr("datagram %1").arg(event.stream);
    default:
        return {};
    }
}

QString WireDescriptor::whyNoBytes(const Event&) const
{
    return tr("The link records when each segment travels and how big it is, not what it carries: "
              "its bytes are decoded in the TLS, HTTP and WebSocket events at either end.");
}

QString WireDescriptor::unitPhrase(const Event& event) const
{
    switch (WireKind(event.kind)) {
    case WireKind::Syn:
        return tr("a SYN");
    case WireKind::SynAck:
        return tr("a SYN-ACK");
    case WireKind::Ack:
        return tr("an ACK");
    case WireKind::Fin:
        return tr("a FIN");
    case WireKind::DatagramSent:
    case WireKind::DatagramLost:
    case WireKind::DatagramDelivered:
        return tr("a datagram");
    default:
        return tr("a segment");
    }
}

QString WireDescriptor::sentence(const Event& event, const QString& who) const
{
    switch (WireKind(event.kind)) {
    case WireKind::SegmentLost:
        return tr("%1 dropped a segment").arg(who);
    case WireKind::SegmentDelivered:
        return tr("%1 delivered a segment").arg(who);
    case WireKind::DatagramLost:
        return tr("%1 dropped a datagram").arg(who);
    case WireKind::DatagramDelivered:
        return tr("%1 delivered a datagram").arg(who);
    case WireKind::Reset:
        return tr("%1 aborted the connection (RST)").arg(who);
    case WireKind::Established:
        return tr("%1 completed the TCP handshake").arg(who);
    case WireKind::Error:
        return tr("%1 could not carry the connection").arg(who);
    case WireKind::Overheard:
        //: %1 is "link"
        return tr("an eavesdropper on the %1 read what it could").arg(who);
    case WireKind::Tampered:
        return tr("an attacker on the %1 altered bytes in flight").arg(who);
    default:
        return {};
    }
}

// The ladder's tooltip words, in the translation context where they were made.
QString WireDescriptor::arrowNote(const Timeline&, const Event& e) const
{
    if (e.kind == kindOf(WireKind::Syn))
        return QCoreApplication::translate(
            "protoviz::LadderView",
            "The client asks to open a TCP connection; nothing else can be sent before the answer.");
    if (e.kind == kindOf(WireKind::SynAck))
        return QCoreApplication::translate("protoviz::LadderView",
                                           "The server agrees to open the connection.");
    if (e.kind == kindOf(WireKind::Ack))
        return QCoreApplication::translate(
            "protoviz::LadderView",
            "The client confirms; from now on it may send, so its first data follows at once.");
    return QCoreApplication::translate("protoviz::LadderView",
                                       "This side has finished sending on this connection.");
}

} // namespace

const ProtocolDescriptor& wireDescriptor()
{
    static const WireDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz

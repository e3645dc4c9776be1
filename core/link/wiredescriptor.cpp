#include "core/link/wiredescriptor.h"

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
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event&) const override { return false; }
    bool isError(const Event& event) const override { return event.kind == kindOf(WireKind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    QString unitPhrase(const Event& event) const override;
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
    default:
        return tr("TCP segment %1").arg(event.stream);
    }
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

} // namespace

const ProtocolDescriptor& wireDescriptor()
{
    static const WireDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz

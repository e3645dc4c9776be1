#include "core/quic/quicdescriptor.h"

#include "core/quic/quicrecords.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
    {kindOf(QuicKind::PacketSent), u"PacketSent"},
    {kindOf(QuicKind::PacketReceived), u"PacketReceived"},
    {kindOf(QuicKind::HandshakeKeys), u"HandshakeKeys"},
    {kindOf(QuicKind::OneRttKeys), u"OneRttKeys"},
    {kindOf(QuicKind::EarlyDataOffered), u"EarlyDataOffered"},
    {kindOf(QuicKind::EarlyDataAccepted), u"EarlyDataAccepted"},
    {kindOf(QuicKind::EarlyDataRejected), u"EarlyDataRejected"},
    {kindOf(QuicKind::HandshakeComplete), u"HandshakeComplete"},
    {kindOf(QuicKind::HandshakeConfirmed), u"HandshakeConfirmed"},
    {kindOf(QuicKind::SessionTicket), u"SessionTicket"},
    {kindOf(QuicKind::ConnectionClosed), u"ConnectionClosed"},
    {kindOf(QuicKind::Error), u"Error"},
};

QuicPacketType packetType(const Event& event)
{
    return QuicPacketType(event.flags & QuicPacketFlag::TypeMask);
}

bool isPacket(const Event& event)
{
    return event.kind == kindOf(QuicKind::PacketSent) || event.kind == kindOf(QuicKind::PacketReceived);
}

// Only packets cross the wire; the rest are steps an endpoint lives through.
class QuicDescriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(QuicDescriptor)

public:
    Layer layer() const override { return Layer::Quic; }
    QStringView id() const override { return u"quic"; }
    QString title() const override { return tr("QUIC"); }
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override { return isPacket(event); }
    bool isError(const Event& event) const override { return event.kind == kindOf(QuicKind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    QString position(const Event& event) const override;
    QString unitPhrase(const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
};

UnitRole QuicDescriptor::role(const Event& event) const
{
    switch (QuicKind(event.kind)) {
    case QuicKind::PacketSent:
    case QuicKind::PacketReceived:
        if ((event.flags & QuicPacketFlag::ConnectionClose) != 0)
            return UnitRole::Fin;
        switch (packetType(event)) {
        case QuicPacketType::Initial:
        case QuicPacketType::Handshake:
            return UnitRole::TlsHandshake;
        case QuicPacketType::ZeroRtt:
            return UnitRole::ApplicationData;
        case QuicPacketType::Retry:
            return UnitRole::Control;
        case QuicPacketType::OneRtt:
            break;
        }
        return UnitRole::Segment;
    case QuicKind::EarlyDataOffered:
    case QuicKind::EarlyDataAccepted:
    case QuicKind::EarlyDataRejected:
        return UnitRole::ApplicationData;
    case QuicKind::ConnectionClosed:
        return UnitRole::Fin;
    case QuicKind::Error:
        return UnitRole::Failure;
    default:
        return UnitRole::TlsHandshake;
    }
}

QList<Event> QuicDescriptor::keyEvents() const
{
    const auto packet = [](QuicPacketType type, quint8 marks = 0) {
        return Event{.layer = Layer::Quic,
                     .kind = kindOf(QuicKind::PacketSent),
                     .flags = quint8(quint8(type) | marks)};
    };
    return {packet(QuicPacketType::Initial), packet(QuicPacketType::ZeroRtt), packet(QuicPacketType::OneRtt),
            packet(QuicPacketType::OneRtt, QuicPacketFlag::ConnectionClose),
            Event{.layer = Layer::Quic, .kind = kindOf(QuicKind::Error)}};
}

QString QuicDescriptor::unitName(const Event& event) const
{
    if (!isPacket(event))
        return {};
    // The packet types as RFC 9000 names them, the same in every language.
    switch (packetType(event)) {
    case QuicPacketType::Initial:
        return QStringLiteral("Initial");
    case QuicPacketType::ZeroRtt:
        return QStringLiteral("0-RTT");
    case QuicPacketType::Handshake:
        return QStringLiteral("Handshake");
    case QuicPacketType::Retry:
        return QStringLiteral("Retry");
    case QuicPacketType::OneRtt:
        return QStringLiteral("1-RTT");
    }
    return QStringLiteral("?");
}

QString QuicDescriptor::unitHeading(const Event& event, const QString&) const
{
    if (isError(event))
        return tr("QUIC error");
    //: %1 is the packet type (Initial, Handshake, 1-RTT...), %2 its packet number
    return tr("QUIC %1 packet · number %2").arg(unitName(event)).arg(event.value);
}

QString QuicDescriptor::position(const Event& event) const
{
    return isPacket(event) ? tr("packet number %1").arg(event.value) : QString();
}

QString QuicDescriptor::unitPhrase(const Event& event) const
{
    if (!isPacket(event))
        return tr("a QUIC event");
    if ((event.flags & QuicPacketFlag::ConnectionClose) != 0)
        //: %1 is the packet type (Initial, Handshake, 1-RTT...)
        return tr("a QUIC %1 packet closing the connection").arg(unitName(event));
    //: %1 is the packet type (Initial, Handshake, 1-RTT...)
    return tr("a QUIC %1 packet").arg(unitName(event));
}

QString QuicDescriptor::sentence(const Event& event, const QString& who) const
{
    switch (QuicKind(event.kind)) {
    case QuicKind::PacketSent:
    case QuicKind::PacketReceived:
        return {};
    case QuicKind::HandshakeKeys:
        return tr("%1 can protect Handshake packets now").arg(who);
    case QuicKind::OneRttKeys:
        return tr("%1 has the 1-RTT keys for both directions").arg(who);
    case QuicKind::EarlyDataOffered:
        return tr("%1 resumed a session and may send 0-RTT early data").arg(who);
    case QuicKind::EarlyDataAccepted:
        return tr("%1 saw the 0-RTT early data accepted").arg(who);
    case QuicKind::EarlyDataRejected:
        return tr("%1 saw the 0-RTT early data refused: it goes again in 1-RTT packets").arg(who);
    case QuicKind::HandshakeComplete:
        return tr("%1 completed the QUIC handshake").arg(who);
    case QuicKind::HandshakeConfirmed:
        return tr("%1 confirmed the QUIC handshake").arg(who);
    case QuicKind::SessionTicket:
        return tr("%1 got a session ticket for a later 0-RTT resumption").arg(who);
    case QuicKind::ConnectionClosed:
        return tr("%1 finished with the QUIC connection").arg(who);
    case QuicKind::Error:
        return tr("%1 hit a QUIC error").arg(who);
    }
    return {};
}

} // namespace

const ProtocolDescriptor& quicDescriptor()
{
    static const QuicDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz

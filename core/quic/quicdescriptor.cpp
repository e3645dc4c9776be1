#include "core/quic/quicdescriptor.h"

#include "core/quic/quicpacketdecoder.h"
#include "core/quic/quicrecords.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlsnames.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

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

// The packet number spaces of RFC 9000 section 12.3: 0-RTT and 1-RTT packets share the application one.
quint64 numberSpace(const Event& event)
{
    switch (packetType(event)) {
    case QuicPacketType::Initial:
        return 1;
    case QuicPacketType::Handshake:
        return 2;
    case QuicPacketType::Retry:
        return 0;
    case QuicPacketType::ZeroRtt:
    case QuicPacketType::OneRtt:
        break;
    }
    return 3;
}

// Client-opened bidirectional streams carry HTTP/3 requests and their responses (RFC 9000 section 2.1).
bool isRequestStream(quint64 stream)
{
    return (stream & 0x3) == 0;
}

/// A frame of the packet located in its detail's bytes, decoded again from them.
struct LocatedFrame
{
    QuicFrame frame;
    QByteArrayView data; ///< STREAM and CRYPTO: the frame's data
};

// A frame that keeps the connection going and tells nothing of the exchange: acknowledgements, padding,
// keep-alives, flow-control credit, spare connection ids and tokens, and what a unidirectional stream
// carries after its type (QPACK's table instructions and its acknowledgements of header blocks).
bool isHousekeeping(const LocatedFrame& located)
{
    switch (located.frame.type) {
    case QuicFrameType::Ack:
    case QuicFrameType::Padding:
    case QuicFrameType::Ping:
    case QuicFrameType::MaxData:
    case QuicFrameType::MaxStreamData:
    case QuicFrameType::MaxStreams:
    case QuicFrameType::DataBlocked:
    case QuicFrameType::StreamDataBlocked:
    case QuicFrameType::StreamsBlocked:
    case QuicFrameType::NewConnectionId:
    case QuicFrameType::RetireConnectionId:
    case QuicFrameType::NewToken:
        return true;
    case QuicFrameType::Stream:
        return (located.frame.streamId & 0x2) != 0 && located.frame.offset > 0;
    default:
        return false;
    }
}

QList<LocatedFrame> framesOf(const Event& event, const EventDetail& detail)
{
    QList<LocatedFrame> frames;
    // The header's parts come first in the fields (five for a long header, four for a short one), then
    // one field per frame, located in the bytes.
    const qsizetype headerFields = packetType(event) == QuicPacketType::OneRtt ? 4 : 5;
    const QByteArrayView bytes(detail.bytes);
    for (qsizetype i = headerFields; i < detail.fields.size(); ++i) {
        const Field& field = detail.fields.at(i);
        if (field.offset < 0 || field.length <= 0 || field.offset + field.length > bytes.size())
            continue;
        const QByteArrayView frameBytes = bytes.sliced(field.offset, field.length);
        const std::optional<QList<QuicFrame>> decoded = QuicPacketDecoder::decodeFrames(frameBytes);
        if (!decoded || decoded->size() != 1)
            continue;
        const QuicFrame& frame = decoded->constFirst();
        const bool carriesData = frame.type == QuicFrameType::Stream || frame.type == QuicFrameType::Crypto;
        const auto length = qsizetype(frame.length);
        frames.append(
            {frame, carriesData && length <= frameBytes.size() ? frameBytes.last(length) : QByteArrayView()});
    }
    return frames;
}

// What a STREAM frame's data says when it starts a request stream: the HTTP/3 frames it begins with
// ("HEADERS", "HEADERS DATA"). Later pieces continue frames begun earlier, which the data alone cannot
// name.
QString http3FramesAtStart(const LocatedFrame& located)
{
    if (located.frame.offset != 0 || !isRequestStream(located.frame.streamId))
        return {};
    const ProtocolDescriptor& http3 = ProtocolRegistry::of(Layer::Http3);
    QStringList names;
    qsizetype at = 0;
    while (at < located.data.size()) {
        const std::optional<quint64> type = QuicPacketDecoder::readVarint(located.data, &at);
        const std::optional<quint64> length = QuicPacketDecoder::readVarint(located.data, &at);
        // Past the frame types of RFC 9114 the layer's kinds are the engine's own, not frames on the wire.
        if (!type || !length || *type >= kindOf(Http3Kind::UnknownFrame))
            break;
        const QString name = http3.kindName(quint8(*type));
        if (name.startsWith(u"kind-"))
            break;
        names.append(name);
        if (*length > quint64(located.data.size() - at))
            break;
        at += qsizetype(*length);
    }
    return names.join(QLatin1Char(' '));
}

// Only packets cross the wire; the rest are steps an endpoint lives through.
class QuicDescriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(QuicDescriptor)

public:
    Layer layer() const override { return Layer::Quic; }
    QStringView id() const override { return u"quic"; }
    QString title() const override { return tr("QUIC"); }
    LayerPlace place() const override { return LayerPlace::Carrier; }
    bool ordersEachStream() const override { return true; }
    HandshakeStep handshakeStep(const Event& event) const override;
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override { return isPacket(event); }
    bool isError(const Event& event) const override { return event.kind == kindOf(QuicKind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitLabel(const Timeline& timeline, const Event& event) const override;
    quint64 flightNumber(const Event& event) const override
    {
        return isPacket(event) ? numberSpace(event) << 62 | quint64(event.value) : 0;
    }
    quint8 sentKind(const Event& event) const override
    {
        return isPacket(event) ? kindOf(QuicKind::PacketSent) : event.kind;
    }
    QList<StreamPiece> streamPieces(const Event& event, const EventDetail& detail) const override;
    RoundTripStep roundTripStep(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    std::optional<ArrowLabel> arrowLabel(const Timeline& timeline, const Event& event) const override;
    QString arrowNote(const Timeline& timeline, const Event& event) const override;
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
        return UnitRole::ApplicationData;
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
    // 0-RTT and 1-RTT packets both carry encrypted application data: one look, one key entry.
    return {packet(QuicPacketType::Initial), packet(QuicPacketType::OneRtt),
            packet(QuicPacketType::OneRtt, QuicPacketFlag::ConnectionClose),
            Event{.layer = Layer::Quic, .kind = kindOf(QuicKind::Error)}};
}

QString QuicDescriptor::unitName(const Event& event) const
{
    if (!isPacket(event))
        return {};
    // The packet types as RFC 9000 names them, the same in every language; a recording may hold others.
    const QString name = QuicPacketDecoder::packetTypeName(packetType(event));
    return name.isEmpty() ? QStringLiteral("?") : name;
}

QString QuicDescriptor::unitLabel(const Timeline& timeline, const Event& event) const
{
    if (!isPacket(event))
        return {};
    // Early data is the point of a 0-RTT packet, whatever frames carry it.
    if (packetType(event) == QuicPacketType::ZeroRtt)
        //: a 0-RTT QUIC packet carries application data before the handshake is over
        return tr("0-RTT: early data");
    QStringList parts;
    qsizetype namedParts = 0;
    bool acknowledges = false;
    for (const LocatedFrame& located : framesOf(event, timeline.detail(event))) {
        QString part = QuicPacketDecoder::frameTypeName(located.frame.type);
        switch (located.frame.type) {
        case QuicFrameType::Padding:
            continue;
        case QuicFrameType::Ack:
            acknowledges = true;
            continue;
        case QuicFrameType::Crypto:
            // The TLS handshake's first message starts the CRYPTO stream of each number space.
            if (located.frame.offset == 0 && !located.data.isEmpty())
                part += QLatin1Char(' ') + TlsNames::handshakeTypeName(quint8(located.data.front()));
            break;
        case QuicFrameType::Stream:
            if (const QString frames = http3FramesAtStart(located); !frames.isEmpty())
                part += QLatin1Char(' ') + frames;
            break;
        default:
            break;
        }
        if (parts.contains(part))
            continue;
        // A frame whose content is named (a TLS message, HTTP/3 frames) says the most: it leads.
        const bool named = part.size() > QuicPacketDecoder::frameTypeName(located.frame.type).size();
        parts.insert(named ? namedParts : parts.size(), part);
        namedParts += named ? 1 : 0;
    }
    // An acknowledgement alone is worth saying; beside other frames it is routine.
    if (parts.isEmpty() && acknowledges)
        parts.append(QuicPacketDecoder::frameTypeName(QuicFrameType::Ack));
    if (parts.isEmpty())
        return unitName(event);
    return unitName(event) + QLatin1String(": ") + parts.join(QLatin1String(", "));
}

QList<StreamPiece> QuicDescriptor::streamPieces(const Event& event, const EventDetail& detail) const
{
    QList<StreamPiece> pieces;
    if (!isPacket(event))
        return pieces;
    for (const LocatedFrame& located : framesOf(event, detail)) {
        if (located.frame.type == QuicFrameType::Stream)
            pieces.append(
                {located.frame.streamId, located.frame.offset, located.frame.length, located.frame.fin});
    }
    return pieces;
}

RoundTripStep QuicDescriptor::roundTripStep(const Event& event) const
{
    if (!isPacket(event) || (event.flags & QuicPacketFlag::AckEliciting) == 0 ||
        event.direction != Direction::ClientToServer)
        return RoundTripStep::None;
    // The Initial packets open the connection (QUIC's SYN and ClientHello at once). What later packets
    // carry counts by what it means: the HTTP/3 requests inside say it. Acknowledgements, the client's
    // Finished and goodbyes keep nobody waiting.
    return packetType(event) == QuicPacketType::Initial ? RoundTripStep::Asks : RoundTripStep::None;
}

HandshakeStep QuicDescriptor::handshakeStep(const Event& event) const
{
    switch (QuicKind(event.kind)) {
    case QuicKind::Error:
        return HandshakeStep::Failed;
    case QuicKind::HandshakeComplete:
        return HandshakeStep::Completed;
    case QuicKind::PacketSent:
        // Only packets that ask for an answer start a wait; acknowledgements do not.
        return (event.flags & QuicPacketFlag::AckEliciting) != 0 ? HandshakeStep::Message
                                                                 : HandshakeStep::None;
    case QuicKind::PacketReceived:
        return HandshakeStep::Message;
    default:
        return HandshakeStep::None;
    }
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

std::optional<ArrowLabel> QuicDescriptor::arrowLabel(const Timeline& timeline, const Event& event) const
{
    // QUIC's packets are the arrows; the HTTP/3 frames inside them are named in their labels.
    if (!isPacket(event))
        return std::nullopt;
    const QString label = unitLabel(timeline, event);
    // Acknowledgements, keep-alives and flow control answer nothing: the ladder leaves them out as it does
    // TCP's ACKs, which carry TCP's window.
    const QList<LocatedFrame> frames = framesOf(event, timeline.detail(event));
    const bool routine = std::all_of(frames.begin(), frames.end(), isHousekeeping);
    // A bundle of packets counts them by the kinds of frames that tell something ("1-RTT: STREAM ×24"), not
    // by type alone nor by every HTTP/3 frame inside. Early data is the point of a 0-RTT packet.
    QStringList told;
    for (const LocatedFrame& located : frames) {
        const QString name = QuicPacketDecoder::frameTypeName(located.frame.type);
        if (!isHousekeeping(located) && !told.contains(name))
            told.append(name);
    }
    const bool early = packetType(event) == QuicPacketType::ZeroRtt;
    const QString family = early || told.isEmpty()
                               ? label
                               : unitName(event) + QLatin1String(": ") + told.join(QLatin1String(", "));
    // Early data is what a resumption adds, the thing to compare.
    return ArrowLabel{
        .text = label, .family = family, .distinctive = early, .routine = routine && !frames.isEmpty()};
}

QString QuicDescriptor::arrowNote(const Timeline&, const Event&) const
{
    return tr("A QUIC packet: its frames carry the TLS handshake, acknowledgements and the data of every "
              "stream; a lost packet delays only the streams whose data it carried.");
}

} // namespace

const ProtocolDescriptor& quicDescriptor()
{
    static const QuicDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz

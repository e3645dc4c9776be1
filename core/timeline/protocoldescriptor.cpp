#include "core/timeline/protocoldescriptor.h"

#include "core/grpc/grpcdescriptor.h"
#include "core/http1/http1descriptor.h"
#include "core/http2/http2descriptor.h"
#include "core/http3/http3descriptor.h"
#include "core/link/wiredescriptor.h"
#include "core/quic/quicdescriptor.h"
#include "core/session/sessiondescriptor.h"
#include "core/tls/tlsdescriptor.h"
#include "core/websocket/websocketdescriptor.h"

#include <QCoreApplication>

#include <array>

namespace protoviz {

QString ProtocolDescriptor::kindName(quint8 kind) const
{
    for (const EventKindName& entry : kindNames()) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return QStringLiteral("kind-%1").arg(kind);
}

std::optional<quint8> ProtocolDescriptor::kindFromName(QStringView name) const
{
    for (const EventKindName& entry : kindNames()) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    if (name.startsWith(u"kind-")) {
        bool ok = false;
        const uint kind = name.sliced(5).toUInt(&ok);
        if (ok && kind <= 0xff)
            return quint8(kind);
    }
    return std::nullopt;
}

QString ProtocolDescriptor::describe(const Event& event, const EventDetail&) const
{
    return title() + QLatin1Char(' ') + kindName(event.kind);
}

QString ProtocolDescriptor::unitLabel(const Timeline&, const Event&) const
{
    return {};
}

bool ProtocolDescriptor::asks(const Event&) const
{
    return false;
}

bool ProtocolDescriptor::answers(const Event&) const
{
    return false;
}

std::optional<ArrowLabel> ProtocolDescriptor::arrowLabel(const Timeline&, const Event&) const
{
    return std::nullopt;
}

QString ProtocolDescriptor::arrowNote(const Timeline&, const Event&) const
{
    return {};
}

RoundTripStep ProtocolDescriptor::roundTripStep(const Event& event) const
{
    return event.direction == Direction::ClientToServer && asks(event) ? RoundTripStep::Asks
                                                                       : RoundTripStep::None;
}

bool ProtocolDescriptor::reportsHandshakeAgreement(const Event&) const
{
    return false;
}

bool ProtocolDescriptor::pairsByBytes(const Event&) const
{
    return false;
}

std::optional<Layer> ProtocolDescriptor::retells(const Event&) const
{
    return std::nullopt;
}

QString ProtocolDescriptor::requestTarget(const Timeline&, const Event&) const
{
    return {};
}

LayerPlace ProtocolDescriptor::place() const
{
    return LayerPlace::Application;
}

bool ProtocolDescriptor::multiplexes() const
{
    return false;
}

QString ProtocolDescriptor::connectionUnitsName() const
{
    return QCoreApplication::translate("ProtocolDescriptor", "messages");
}

bool ProtocolDescriptor::takesOver(Layer) const
{
    return false;
}

bool ProtocolDescriptor::ordersEachStream() const
{
    return false;
}

HandshakeStep ProtocolDescriptor::handshakeStep(const Event&) const
{
    return HandshakeStep::None;
}

QString ProtocolDescriptor::agreedName(const Timeline&, const Event&) const
{
    return title();
}

bool ProtocolDescriptor::sizeDiffersAtReceiver(const Event&) const
{
    return false;
}

bool ProtocolDescriptor::envelopesNext(const Event&) const
{
    return false;
}

ExchangePart ProtocolDescriptor::exchangePart(const Event&) const
{
    return ExchangePart::None;
}

ExchangeFacts ProtocolDescriptor::exchangeFacts(const Event&, const EventDetail&) const
{
    return {};
}

std::optional<quint32> ProtocolDescriptor::requestStream(const Event&) const
{
    return std::nullopt;
}

StreamEnd ProtocolDescriptor::streamEnd(const Event&) const
{
    return StreamEnd::None;
}

quint64 ProtocolDescriptor::flightNumber(const Event&) const
{
    return 0;
}

quint8 ProtocolDescriptor::sentKind(const Event& event) const
{
    return event.kind;
}

QList<StreamPiece> ProtocolDescriptor::streamPieces(const Event&, const EventDetail&) const
{
    return {};
}

QString ProtocolDescriptor::position(const Event&) const
{
    return {};
}

QString ProtocolDescriptor::whyNoBytes(const Event&) const
{
    return {};
}

namespace {

// The registration of every protocol, in Layer order: adding a protocol is a Layer value, its
// descriptor, and one line here.
std::span<const ProtocolDescriptor* const> registered()
{
    static const std::array descriptors{
        &sessionDescriptor(),   &wireDescriptor(), &tlsDescriptor(),  &http1Descriptor(), &http2Descriptor(),
        &webSocketDescriptor(), &grpcDescriptor(), &quicDescriptor(), &http3Descriptor(),
    };
    static_assert(std::tuple_size_v<decltype(descriptors)> == LayerCount, "every Layer needs its descriptor");
    return descriptors;
}

} // namespace

const ProtocolDescriptor& ProtocolRegistry::of(Layer layer)
{
    const std::span<const ProtocolDescriptor* const> descriptors = registered();
    const auto index = std::size_t(layer);
    // A recording's layers are checked by name when it is read, so every Layer here is a known one.
    Q_ASSERT(index < descriptors.size() && descriptors[index]->layer() == layer);
    return index < descriptors.size() ? *descriptors[index] : *descriptors.front();
}

std::span<const ProtocolDescriptor* const> ProtocolRegistry::all()
{
    return registered();
}

} // namespace protoviz

#include "core/timeline/eventnames.h"

#include <array>
#include <span>

namespace protoviz {

namespace {

struct KindName
{
    quint8 kind;
    const char16_t* name;
};

constexpr std::array layerNames{u"session", u"wire", u"tls", u"http1", u"http2", u"websocket", u"grpc"};

constexpr KindName sessionKinds[] = {
    {kindOf(SessionKind::Started), u"Started"},
    {kindOf(SessionKind::Finished), u"Finished"},
    {kindOf(SessionKind::ObjectRequested), u"ObjectRequested"},
    {kindOf(SessionKind::ObjectCompleted), u"ObjectCompleted"},
    {kindOf(SessionKind::UpdateDelivered), u"UpdateDelivered"},
    {kindOf(SessionKind::Note), u"Note"},
    {kindOf(SessionKind::Error), u"Error"},
    {kindOf(SessionKind::ConnectionRole), u"ConnectionRole"},
};

constexpr KindName wireKinds[] = {
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

constexpr KindName tlsKinds[] = {
    {kindOf(TlsKind::Record), u"Record"},
    {kindOf(TlsKind::HandshakeMessage), u"HandshakeMessage"},
    {kindOf(TlsKind::ChangeCipherSpec), u"ChangeCipherSpec"},
    {kindOf(TlsKind::Alert), u"Alert"},
    {kindOf(TlsKind::HandshakeComplete), u"HandshakeComplete"},
    {kindOf(TlsKind::EarlyData), u"EarlyData"},
    {kindOf(TlsKind::Error), u"Error"},
};

constexpr KindName http1Kinds[] = {
    {kindOf(Http1Kind::RequestHead), u"RequestHead"},
    {kindOf(Http1Kind::ResponseHead), u"ResponseHead"},
    {kindOf(Http1Kind::Body), u"Body"},
    {kindOf(Http1Kind::MessageEnd), u"MessageEnd"},
    {kindOf(Http1Kind::Error), u"Error"},
};

constexpr KindName http2Kinds[] = {
    {kindOf(Http2Kind::Data), u"DATA"},
    {kindOf(Http2Kind::Headers), u"HEADERS"},
    {kindOf(Http2Kind::Priority), u"PRIORITY"},
    {kindOf(Http2Kind::RstStream), u"RST_STREAM"},
    {kindOf(Http2Kind::Settings), u"SETTINGS"},
    {kindOf(Http2Kind::PushPromise), u"PUSH_PROMISE"},
    {kindOf(Http2Kind::Ping), u"PING"},
    {kindOf(Http2Kind::GoAway), u"GOAWAY"},
    {kindOf(Http2Kind::WindowUpdate), u"WINDOW_UPDATE"},
    {kindOf(Http2Kind::Continuation), u"CONTINUATION"},
    {kindOf(Http2Kind::UnknownFrame), u"UnknownFrame"},
    {kindOf(Http2Kind::Preface), u"Preface"},
    {kindOf(Http2Kind::Error), u"Error"},
};

constexpr KindName webSocketKinds[] = {
    {kindOf(WebSocketKind::UpgradeRequest), u"UpgradeRequest"},
    {kindOf(WebSocketKind::UpgradeResponse), u"UpgradeResponse"},
    {kindOf(WebSocketKind::Frame), u"Frame"},
    {kindOf(WebSocketKind::Message), u"Message"},
    {kindOf(WebSocketKind::Close), u"Close"},
    {kindOf(WebSocketKind::Error), u"Error"},
};

constexpr KindName grpcKinds[] = {
    {kindOf(GrpcKind::CallStarted), u"CallStarted"},
    {kindOf(GrpcKind::Message), u"Message"},
    {kindOf(GrpcKind::CallFinished), u"CallFinished"},
    {kindOf(GrpcKind::Error), u"Error"},
};

std::span<const KindName> kindsOf(Layer layer)
{
    switch (layer) {
    case Layer::Session:
        return sessionKinds;
    case Layer::Wire:
        return wireKinds;
    case Layer::Tls:
        return tlsKinds;
    case Layer::Http1:
        return http1Kinds;
    case Layer::Http2:
        return http2Kinds;
    case Layer::WebSocket:
        return webSocketKinds;
    case Layer::Grpc:
        return grpcKinds;
    }
    return {};
}

} // namespace

QString layerName(Layer layer)
{
    const auto index = std::size_t(layer);
    return index < layerNames.size() ? QString::fromUtf16(layerNames[index]) : QStringLiteral("unknown");
}

QString kindName(Layer layer, quint8 kind)
{
    for (const KindName& entry : kindsOf(layer)) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return QStringLiteral("kind-%1").arg(kind);
}

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Link:
        return QStringLiteral("link");
    case Origin::Client:
        return QStringLiteral("client");
    case Origin::Server:
        return QStringLiteral("server");
    }
    return QStringLiteral("unknown");
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::None:
        return QStringLiteral("none");
    case Direction::ClientToServer:
        return QStringLiteral("c2s");
    case Direction::ServerToClient:
        return QStringLiteral("s2c");
    }
    return QStringLiteral("unknown");
}

std::optional<Layer> layerFromName(QStringView name)
{
    for (std::size_t i = 0; i < layerNames.size(); ++i) {
        if (name == QStringView(layerNames[i]))
            return Layer(i);
    }
    return std::nullopt;
}

std::optional<quint8> kindFromName(Layer layer, QStringView name)
{
    for (const KindName& entry : kindsOf(layer)) {
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

std::optional<Origin> originFromName(QStringView name)
{
    for (const Origin origin : {Origin::Link, Origin::Client, Origin::Server}) {
        if (name == originName(origin))
            return origin;
    }
    return std::nullopt;
}

std::optional<Direction> directionFromName(QStringView name)
{
    for (const Direction direction :
         {Direction::None, Direction::ClientToServer, Direction::ServerToClient}) {
        if (name == directionName(direction))
            return direction;
    }
    return std::nullopt;
}

} // namespace protoviz

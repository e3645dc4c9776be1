#include "app/views/viewtheme.h"

#include <QApplication>

#include <iterator>

namespace protoviz {

namespace {

// Colours chosen to stay apart for common colour-vision deficiencies (after the Okabe–Ito palette) and
// to keep contrast on both backgrounds: the dark theme uses lighter tones of the same hues.
struct Pair
{
    QRgb light;
    QRgb dark;
};

constexpr Pair Data{0x0072b2, 0x56b4e9};
constexpr Pair Headers{0xd55e00, 0xff8c42};
constexpr Pair Control{0x6a3d9a, 0xc3a6f0};
constexpr Pair Settings{0x009e73, 0x3ddc97};
constexpr Pair Reset{0xcc0000, 0xff5c5c};
constexpr Pair Push{0xb8860b, 0xf0e442};
constexpr Pair Segment{0x606060, 0xb0b0b0};
constexpr Pair Handshake{0x008080, 0x40e0d0};
constexpr Pair Session{0x333333, 0xdddddd};

// A and B are the palette's classic contrasting pair (blue, vermillion); C and D take its bluish green and
// reddish purple, which stay apart from both under protanopia, deuteranopia and tritanopia. On white the
// green and purple are a shade darker than Okabe–Ito's so that pane names written in them stay readable.
constexpr Pair Panes[] = {Data, Headers, {0x007a5a, 0x3ddc97}, {0xaa4f8c, 0xf09cd0}};

} // namespace

ViewTheme::ViewTheme(QObject* parent)
    : QObject(parent)
{
}

void ViewTheme::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit changed();
}

void ViewTheme::setFontScale(qreal scale)
{
    scale = std::clamp(scale, 0.5, 4.0);
    if (qFuzzyCompare(m_fontScale, scale))
        return;
    m_fontScale = scale;
    emit changed();
}

QColor ViewTheme::background() const
{
    return m_mode == Mode::Light ? QColor(QRgb(0xffffff)) : QColor(QRgb(0x101216));
}

QColor ViewTheme::foreground() const
{
    return m_mode == Mode::Light ? QColor(QRgb(0x000000)) : QColor(QRgb(0xf5f5f5));
}

QColor ViewTheme::muted() const
{
    return m_mode == Mode::Light ? QColor(QRgb(0x555555)) : QColor(QRgb(0xa8a8a8));
}

QColor ViewTheme::grid() const
{
    return m_mode == Mode::Light ? QColor(QRgb(0xe2e2e2)) : QColor(QRgb(0x2c3038));
}

QColor ViewTheme::selection() const
{
    return m_mode == Mode::Light ? QColor(QRgb(0x000000)) : QColor(QRgb(0xffffff));
}

QColor ViewTheme::waiting() const
{
    return m_mode == Mode::Light ? QColor(QRgb(0xf2c94c)) : QColor(QRgb(0x8a6d1a));
}

QColor ViewTheme::lost() const
{
    return QColor(m_mode == Mode::Light ? Reset.light : Reset.dark);
}

QColor ViewTheme::playhead() const
{
    return m_mode == Mode::Light ? QColor(QRgb(0xe00000)) : QColor(QRgb(0xff4040));
}

QColor ViewTheme::paneColor(int index) const
{
    constexpr int count = int(std::size(Panes));
    const Pair pair = Panes[((index % count) + count) % count];
    return QColor(m_mode == Mode::Light ? pair.light : pair.dark);
}

QColor ViewTheme::colorFor(const Event& event) const
{
    const bool light = m_mode == Mode::Light;
    auto pick = [light](Pair pair) { return QColor(light ? pair.light : pair.dark); };
    switch (event.layer) {
    case Layer::Wire:
        if (event.kind == kindOf(WireKind::SegmentLost) || event.kind == kindOf(WireKind::Reset) ||
            event.kind == kindOf(WireKind::Error))
            return lost();
        if (event.kind == kindOf(WireKind::Syn) || event.kind == kindOf(WireKind::SynAck) ||
            event.kind == kindOf(WireKind::Ack) || event.kind == kindOf(WireKind::Fin))
            return pick(Control);
        return pick(Segment);
    case Layer::Tls:
        if (event.kind == kindOf(TlsKind::Alert) || event.kind == kindOf(TlsKind::Error))
            return lost();
        if (event.kind == kindOf(TlsKind::Record) && event.flags == 23) // application data
            return pick(Data);
        return pick(Handshake);
    case Layer::Http1:
        if (event.kind == kindOf(Http1Kind::Body))
            return pick(Data);
        if (event.kind == kindOf(Http1Kind::Error))
            return lost();
        return pick(Headers);
    case Layer::Http2:
        switch (Http2Kind(event.kind)) {
        case Http2Kind::Data:
            return pick(Data);
        case Http2Kind::Headers:
        case Http2Kind::Continuation:
            return pick(Headers);
        case Http2Kind::PushPromise:
            return pick(Push);
        case Http2Kind::Settings:
        case Http2Kind::Preface:
            return pick(Settings);
        case Http2Kind::RstStream:
        case Http2Kind::GoAway:
        case Http2Kind::Error:
            return lost();
        default:
            return pick(Control);
        }
    case Layer::WebSocket:
        if (event.kind == kindOf(WebSocketKind::UpgradeRequest) ||
            event.kind == kindOf(WebSocketKind::UpgradeResponse))
            return pick(Headers);
        if (event.kind == kindOf(WebSocketKind::Error))
            return lost();
        if (event.kind == kindOf(WebSocketKind::Close))
            return pick(Control);
        return pick(Push);
    case Layer::Grpc:
        if (event.kind == kindOf(GrpcKind::Message))
            return pick(Data);
        if (event.kind == kindOf(GrpcKind::Error))
            return lost();
        return pick(Headers);
    case Layer::Session:
        if (event.kind == kindOf(SessionKind::Error))
            return lost();
        return pick(Session);
    }
    return foreground();
}

QList<ViewTheme::LegendEntry> ViewTheme::legend(Layer layer) const
{
    auto color = [this](Layer l, quint8 kind, quint8 flags = 0) {
        return colorFor(Event{.layer = l, .kind = kind, .flags = flags});
    };
    switch (layer) {
    case Layer::Http2:
        return {{tr("HEADERS"), color(layer, kindOf(Http2Kind::Headers))},
                {tr("DATA"), color(layer, kindOf(Http2Kind::Data))},
                {tr("SETTINGS, preface"), color(layer, kindOf(Http2Kind::Settings))},
                {tr("PUSH_PROMISE"), color(layer, kindOf(Http2Kind::PushPromise))},
                {tr("WINDOW_UPDATE, PING"), color(layer, kindOf(Http2Kind::WindowUpdate))},
                {tr("RST_STREAM, GOAWAY, errors"), color(layer, kindOf(Http2Kind::RstStream))}};
    case Layer::Http1:
        return {{tr("request or response head"), color(layer, kindOf(Http1Kind::RequestHead))},
                {tr("body"), color(layer, kindOf(Http1Kind::Body))}};
    case Layer::Tls:
        return {{tr("handshake"), color(layer, kindOf(TlsKind::HandshakeMessage))},
                {tr("application data"), color(layer, kindOf(TlsKind::Record), 23)},
                {tr("alert"), color(layer, kindOf(TlsKind::Alert))}};
    case Layer::Wire:
        return {{tr("TCP handshake, FIN"), color(layer, kindOf(WireKind::Syn))},
                {tr("segment in flight"), color(layer, kindOf(WireKind::SegmentSent))},
                {tr("lost segment"), lost()},
                {tr("waiting"), waiting()}};
    case Layer::WebSocket:
        return {{tr("upgrade"), color(layer, kindOf(WebSocketKind::UpgradeRequest))},
                {tr("frame"), color(layer, kindOf(WebSocketKind::Frame))},
                {tr("close"), color(layer, kindOf(WebSocketKind::Close))}};
    case Layer::Grpc:
        return {{tr("call headers, trailers"), color(layer, kindOf(GrpcKind::CallStarted))},
                {tr("message"), color(layer, kindOf(GrpcKind::Message))}};
    case Layer::Session:
        break;
    }
    return {};
}

QFont ViewTheme::font(qreal pointSize, bool bold) const
{
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize * m_fontScale);
    font.setBold(bold);
    return font;
}

} // namespace protoviz

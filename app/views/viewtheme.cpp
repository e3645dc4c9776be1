#include "app/views/viewtheme.h"

#include "app/views/markpainter.h"

#include <QApplication>

#include <iterator>

namespace protoviz {

namespace {

// What a look can mean. Each meaning has one look (a colour pair and a mark); meanings shown together
// in one lane differ in colour under protanopia, deuteranopia and tritanopia or else in their mark.
enum class Meaning : quint8 {
    TcpHandshake,
    Segment,
    Fin,
    Reset,
    Lost,
    TlsHandshake,
    ApplicationData,
    CloseNotify,
    Failure,
    Head,
    Body,
    Headers,
    Data,
    Control,
    Push,
    StreamReset,
    WebSocketFrame,
    WebSocketClose,
    GrpcCall,
    GrpcMessage,
    Session,
};

struct Look
{
    QRgb light;
    QRgb dark;
    ViewTheme::Mark mark;
};

using Mark = ViewTheme::Mark;

// The hues are Okabe and Ito's colour-blind-safe set (orange, sky blue, bluish green, yellow, blue,
// vermillion, reddish purple, black) with lightness steps where one hue serves two meanings (navy body
// and blue DATA, light and dark grey TCP). On the dark background the tones are lighter. Greys are TCP,
// greens TLS, blues payloads, orange header blocks.
constexpr Look lookOf(Meaning meaning)
{
    switch (meaning) {
    case Meaning::TcpHandshake:
        return {0x4d4d4d, 0x9a9a9a, Mark::Solid};
    case Meaning::Segment:
        return {0xa6a6a6, 0x6e6e6e, Mark::Solid};
    case Meaning::Fin:
        return {0x4d4d4d, 0x9a9a9a, Mark::Bar};
    case Meaning::Reset:
        return {0x4d4d4d, 0x9a9a9a, Mark::Stop};
    case Meaning::Lost:
        return {0x000000, 0xffffff, Mark::Cross};
    case Meaning::TlsHandshake:
        return {0x009e73, 0x3ddc97, Mark::Solid};
    case Meaning::ApplicationData:
        return {0x56b4e9, 0x9ad3f5, Mark::Solid};
    case Meaning::CloseNotify:
        return {0x009e73, 0x3ddc97, Mark::Bar};
    case Meaning::Failure:
        return {0xd55e00, 0xff7a3d, Mark::Diamond};
    case Meaning::Head:
    case Meaning::Headers:
        return {0xe69f00, 0xe69f00, Mark::Solid};
    case Meaning::Body:
        return {0x00466e, 0xd0ecff, Mark::Solid};
    case Meaning::Data:
        return {0x0072b2, 0x2a7fd4, Mark::Solid};
    case Meaning::Control:
        return {0x8c8c8c, 0x9a9a9a, Mark::Dotted};
    case Meaning::Push:
    case Meaning::WebSocketFrame:
        // Okabe–Ito's yellow is nearly white on the light theme (1.3:1): there it darkens to a mustard
        // that stands out from the canvas and still parts from the orange headers for protanopes.
        return {0x9e8b00, 0xf0e442, Mark::Solid};
    case Meaning::StreamReset:
        return {0xcc79a7, 0xf09cd0, Mark::Stop};
    case Meaning::WebSocketClose:
        // The ink of the theme with the polite close's bar: apart from FIN's grey and close_notify's green.
        return {0x000000, 0xffffff, Mark::Bar};
    case Meaning::GrpcCall:
        return {0xe69f00, 0xe69f00, Mark::Dotted};
    case Meaning::GrpcMessage:
        return {0x8c510a, 0xc08040, Mark::Solid};
    case Meaning::Session:
        return {0x333333, 0xdddddd, Mark::Solid};
    }
    return {0x000000, 0xffffff, Mark::Solid};
}

// Pane colours are written as text (pane names in headings and tables): on white each keeps a contrast
// of at least 4.5:1, so B's vermillion and D's purple are a shade darker than Okabe–Ito's. A and B are
// the palette's classic contrasting pair (blue, vermillion); C and D take its bluish green and reddish
// purple, which stay apart from both under protanopia, deuteranopia and tritanopia.
struct PanePair
{
    QRgb light;
    QRgb dark;
};
constexpr PanePair Panes[] = {
    {0x0072b2, 0x56b4e9}, {0xb84e00, 0xff8c42}, {0x007a5a, 0x3ddc97}, {0xaa4f8c, 0xf09cd0}};

Meaning meaningOf(const Event& event)
{
    switch (event.layer) {
    case Layer::Wire:
        switch (WireKind(event.kind)) {
        case WireKind::Syn:
        case WireKind::SynAck:
        case WireKind::Ack:
        case WireKind::Established:
            return Meaning::TcpHandshake;
        case WireKind::Fin:
            return Meaning::Fin;
        case WireKind::Reset:
            return Meaning::Reset;
        case WireKind::SegmentLost:
            return Meaning::Lost;
        case WireKind::Error:
            return Meaning::Failure;
        default:
            return Meaning::Segment;
        }
    case Layer::Tls:
        switch (TlsKind(event.kind)) {
        case TlsKind::Alert:
            // value = level: 2 fatal; a warning (close_notify above all) closes politely.
            return event.value == 2 ? Meaning::Failure : Meaning::CloseNotify;
        case TlsKind::Error:
            return Meaning::Failure;
        case TlsKind::EarlyData:
            return Meaning::ApplicationData;
        case TlsKind::Record:
            return event.flags == 23 ? Meaning::ApplicationData : Meaning::TlsHandshake;
        default:
            return Meaning::TlsHandshake;
        }
    case Layer::Http1:
        switch (Http1Kind(event.kind)) {
        case Http1Kind::Body:
            return Meaning::Body;
        case Http1Kind::Error:
            return Meaning::Failure;
        default:
            return Meaning::Head;
        }
    case Layer::Http2:
        switch (Http2Kind(event.kind)) {
        case Http2Kind::Data:
            return Meaning::Data;
        case Http2Kind::Headers:
        case Http2Kind::Continuation:
            return Meaning::Headers;
        case Http2Kind::PushPromise:
            return Meaning::Push;
        case Http2Kind::RstStream:
        case Http2Kind::GoAway:
            return Meaning::StreamReset;
        case Http2Kind::Error:
            return Meaning::Failure;
        default:
            return Meaning::Control;
        }
    case Layer::WebSocket:
        switch (WebSocketKind(event.kind)) {
        case WebSocketKind::UpgradeRequest:
        case WebSocketKind::UpgradeResponse:
            // The upgrade is an HTTP/1.1 request and response head, and looks like one.
            return Meaning::Head;
        case WebSocketKind::Close:
            return Meaning::WebSocketClose;
        case WebSocketKind::Error:
            return Meaning::Failure;
        default:
            return Meaning::WebSocketFrame;
        }
    case Layer::Grpc:
        switch (GrpcKind(event.kind)) {
        case GrpcKind::Message:
            return Meaning::GrpcMessage;
        case GrpcKind::Error:
            return Meaning::Failure;
        default:
            return Meaning::GrpcCall;
        }
    case Layer::Session:
        return event.kind == kindOf(SessionKind::Error) ? Meaning::Failure : Meaning::Session;
    }
    return Meaning::Session;
}

// The events whose looks a layer's key explains, in the key's order.
QList<Event> keyEvents(Layer layer)
{
    auto of = [layer](quint8 kind, quint8 flags = 0, qint64 value = 0) {
        return Event{.layer = layer, .kind = kind, .flags = flags, .value = value};
    };
    switch (layer) {
    case Layer::Http2:
        return {of(kindOf(Http2Kind::Headers)),   of(kindOf(Http2Kind::Data)),
                of(kindOf(Http2Kind::Settings)),  of(kindOf(Http2Kind::PushPromise)),
                of(kindOf(Http2Kind::RstStream)), of(kindOf(Http2Kind::Error))};
    case Layer::Http1:
        return {of(kindOf(Http1Kind::RequestHead)), of(kindOf(Http1Kind::Body)),
                of(kindOf(Http1Kind::Error))};
    case Layer::Tls:
        return {of(kindOf(TlsKind::HandshakeMessage)), of(kindOf(TlsKind::Record), 23),
                of(kindOf(TlsKind::Alert), 0, 1), of(kindOf(TlsKind::Alert), 40, 2)};
    case Layer::Wire:
        return {of(kindOf(WireKind::Syn)),         of(kindOf(WireKind::SegmentSent)),
                of(kindOf(WireKind::SegmentLost)), of(kindOf(WireKind::Fin)),
                of(kindOf(WireKind::Reset)),       of(kindOf(WireKind::Error))};
    case Layer::WebSocket:
        return {of(kindOf(WebSocketKind::UpgradeRequest)), of(kindOf(WebSocketKind::Frame)),
                of(kindOf(WebSocketKind::Close)), of(kindOf(WebSocketKind::Error))};
    case Layer::Grpc:
        return {of(kindOf(GrpcKind::CallStarted)), of(kindOf(GrpcKind::Message)),
                of(kindOf(GrpcKind::Error))};
    case Layer::Session:
        break;
    }
    return {};
}

QString markName(Mark mark)
{
    switch (mark) {
    case Mark::Solid:
        return QStringLiteral("solid");
    case Mark::Dotted:
        return QStringLiteral("dotted");
    case Mark::Hatched:
        return QStringLiteral("hatched");
    case Mark::Cross:
        return QStringLiteral("cross");
    case Mark::Diamond:
        return QStringLiteral("diamond");
    case Mark::Bar:
        return QStringLiteral("bar");
    case Mark::Stop:
        return QStringLiteral("stop");
    }
    return {};
}

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
    const Look look = lookOf(Meaning::Lost);
    return QColor(m_mode == Mode::Light ? look.light : look.dark);
}

QColor ViewTheme::playhead() const
{
    return m_mode == Mode::Light ? QColor(QRgb(0xe00000)) : QColor(QRgb(0xff4040));
}

QColor ViewTheme::paneColor(int index) const
{
    constexpr int count = int(std::size(Panes));
    const PanePair pair = Panes[((index % count) + count) % count];
    return QColor(m_mode == Mode::Light ? pair.light : pair.dark);
}

ViewTheme::LegendEntry ViewTheme::entryFor(const Event& event) const
{
    const Meaning meaning = meaningOf(event);
    const Look look = lookOf(meaning);
    LegendEntry entry{{}, QColor(m_mode == Mode::Light ? look.light : look.dark), look.mark};
    switch (meaning) {
    case Meaning::TcpHandshake:
        entry.label = tr("TCP handshake");
        break;
    case Meaning::Segment:
        entry.label = tr("segment in flight");
        break;
    case Meaning::Fin:
        entry.label = tr("FIN: done sending");
        break;
    case Meaning::Reset:
        entry.label = tr("RST: connection aborted");
        break;
    case Meaning::Lost:
        entry.label = tr("lost segment");
        break;
    case Meaning::TlsHandshake:
        entry.label = tr("TLS handshake");
        break;
    case Meaning::ApplicationData:
        entry.label = tr("application data (encrypted)");
        break;
    case Meaning::CloseNotify:
        entry.label = tr("close_notify, warning alert");
        break;
    case Meaning::Failure:
        entry.label = tr("fatal alert, error");
        break;
    case Meaning::Head:
        entry.label = tr("request or response head");
        break;
    case Meaning::Body:
        entry.label = tr("body");
        break;
    case Meaning::Headers:
        entry.label = tr("HEADERS");
        break;
    case Meaning::Data:
        entry.label = tr("DATA");
        break;
    case Meaning::Control:
        entry.label = tr("SETTINGS, PING, WINDOW_UPDATE");
        break;
    case Meaning::Push:
        entry.label = tr("PUSH_PROMISE");
        break;
    case Meaning::StreamReset:
        entry.label = tr("RST_STREAM, GOAWAY");
        break;
    case Meaning::WebSocketFrame:
        entry.label = tr("WebSocket frame");
        break;
    case Meaning::WebSocketClose:
        entry.label = tr("WebSocket close");
        break;
    case Meaning::GrpcCall:
        entry.label = tr("call headers, trailers");
        break;
    case Meaning::GrpcMessage:
        entry.label = tr("gRPC message");
        break;
    case Meaning::Session:
        entry.label = tr("session");
        break;
    }
    return entry;
}

QColor ViewTheme::colorFor(const Event& event) const
{
    return entryFor(event).color;
}

ViewTheme::Mark ViewTheme::markFor(const Event& event) const
{
    return lookOf(meaningOf(event)).mark;
}

Qt::PenStyle ViewTheme::penStyleFor(const Event& event) const
{
    switch (markFor(event)) {
    case Mark::Dotted:
        return Qt::DotLine;
    case Mark::Hatched:
        return Qt::DashLine;
    default:
        break;
    }
    return Qt::SolidLine;
}

QList<ViewTheme::LegendEntry> ViewTheme::legend(Layer layer) const
{
    QList<LegendEntry> entries;
    for (const Event& event : keyEvents(layer))
        entries.append(entryFor(event));
    return entries;
}

ViewTheme::LegendEntry ViewTheme::waitingEntry() const
{
    return {tr("waiting"), waiting(), Mark::Hatched};
}

LegendSwatch ViewTheme::swatchFor(const LegendEntry& entry) const
{
    const QColor ink = foreground();
    return {entry.label, QStringLiteral("%1 %2").arg(entry.color.name(), markName(entry.mark)),
            [entry, ink](QPainter& painter, const QRectF& box) {
                MarkPainter::drawSwatch(painter, box, entry.color, entry.mark, ink);
            }};
}

QFont ViewTheme::font(qreal pointSize, bool bold) const
{
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize * m_fontScale);
    font.setBold(bold);
    return font;
}

} // namespace protoviz

#include "app/views/viewtheme.h"

#include "app/views/markpainter.h"

#include <QApplication>

#include <iterator>

namespace protoviz {

namespace {

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
// Each role has one look (a colour pair and a mark); roles shown together in one lane differ in colour
// under protanopia, deuteranopia and tritanopia or else in their mark.
constexpr Look lookOf(UnitRole role)
{
    switch (role) {
    case UnitRole::TcpHandshake:
        return {0x4d4d4d, 0x9a9a9a, Mark::Solid};
    case UnitRole::Segment:
    case UnitRole::Datagram:
        // UDP's datagrams fly as TCP's segments do, on connections of their own.
        return {0xa6a6a6, 0x6e6e6e, Mark::Solid};
    case UnitRole::Fin:
        return {0x4d4d4d, 0x9a9a9a, Mark::Bar};
    case UnitRole::Reset:
        return {0x4d4d4d, 0x9a9a9a, Mark::Stop};
    case UnitRole::Lost:
    case UnitRole::LostDatagram:
        return {0x000000, 0xffffff, Mark::Cross};
    case UnitRole::TlsHandshake:
        return {0x009e73, 0x3ddc97, Mark::Solid};
    case UnitRole::ApplicationData:
        return {0x56b4e9, 0x9ad3f5, Mark::Solid};
    case UnitRole::CloseNotify:
        return {0x009e73, 0x3ddc97, Mark::Bar};
    case UnitRole::Failure:
        return {0xd55e00, 0xff7a3d, Mark::Diamond};
    case UnitRole::Head:
    case UnitRole::Headers:
        return {0xe69f00, 0xe69f00, Mark::Solid};
    case UnitRole::Body:
        return {0x00466e, 0xd0ecff, Mark::Solid};
    case UnitRole::Data:
        return {0x0072b2, 0x2a7fd4, Mark::Solid};
    case UnitRole::Control:
        return {0x8c8c8c, 0x9a9a9a, Mark::Dotted};
    case UnitRole::Push:
    case UnitRole::WebSocketFrame:
        // Okabe–Ito's yellow is nearly white on the light theme (1.3:1): there it darkens to a mustard
        // that stands out from the canvas and still parts from the orange headers for protanopes.
        return {0x9e8b00, 0xf0e442, Mark::Solid};
    case UnitRole::StreamReset:
        return {0xcc79a7, 0xf09cd0, Mark::Stop};
    case UnitRole::WebSocketClose:
        // The ink of the theme with the polite close's bar: apart from FIN's grey and close_notify's green.
        return {0x000000, 0xffffff, Mark::Bar};
    case UnitRole::GrpcCall:
        return {0xe69f00, 0xe69f00, Mark::Dotted};
    case UnitRole::GrpcMessage:
        return {0x8c510a, 0xc08040, Mark::Solid};
    case UnitRole::Session:
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
    return colorFor(UnitRole::Lost);
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
    return entryFor(ProtocolRegistry::of(event).role(event));
}

ViewTheme::LegendEntry ViewTheme::entryFor(UnitRole role) const
{
    const Look look = lookOf(role);
    LegendEntry entry{{}, QColor(m_mode == Mode::Light ? look.light : look.dark), look.mark};
    switch (role) {
    case UnitRole::TcpHandshake:
        entry.label = tr("TCP handshake");
        break;
    case UnitRole::Segment:
        entry.label = tr("segment in flight");
        break;
    case UnitRole::Fin:
        entry.label = tr("FIN: done sending");
        break;
    case UnitRole::Reset:
        entry.label = tr("RST: connection aborted");
        break;
    case UnitRole::Lost:
        entry.label = tr("lost segment");
        break;
    case UnitRole::Datagram:
        entry.label = tr("datagram in flight");
        break;
    case UnitRole::LostDatagram:
        entry.label = tr("lost datagram");
        break;
    case UnitRole::TlsHandshake:
        entry.label = tr("TLS handshake");
        break;
    case UnitRole::ApplicationData:
        entry.label = tr("application data (encrypted)");
        break;
    case UnitRole::CloseNotify:
        entry.label = tr("close_notify, warning alert");
        break;
    case UnitRole::Failure:
        entry.label = tr("fatal alert, error");
        break;
    case UnitRole::Head:
        entry.label = tr("request or response head");
        break;
    case UnitRole::Body:
        entry.label = tr("body");
        break;
    case UnitRole::Headers:
        entry.label = tr("HEADERS");
        break;
    case UnitRole::Data:
        entry.label = tr("DATA");
        break;
    case UnitRole::Control:
        entry.label = tr("SETTINGS, PING, WINDOW_UPDATE");
        break;
    case UnitRole::Push:
        entry.label = tr("PUSH_PROMISE");
        break;
    case UnitRole::StreamReset:
        entry.label = tr("RST_STREAM, GOAWAY");
        break;
    case UnitRole::WebSocketFrame:
        entry.label = tr("WebSocket frame");
        break;
    case UnitRole::WebSocketClose:
        entry.label = tr("WebSocket close");
        break;
    case UnitRole::GrpcCall:
        entry.label = tr("call headers, trailers");
        break;
    case UnitRole::GrpcMessage:
        entry.label = tr("gRPC message");
        break;
    case UnitRole::Session:
        entry.label = tr("session");
        break;
    }
    return entry;
}

QColor ViewTheme::colorFor(const Event& event) const
{
    return colorFor(ProtocolRegistry::of(event).role(event));
}

QColor ViewTheme::colorFor(UnitRole role) const
{
    const Look look = lookOf(role);
    return QColor(m_mode == Mode::Light ? look.light : look.dark);
}

ViewTheme::Mark ViewTheme::markFor(const Event& event) const
{
    return lookOf(ProtocolRegistry::of(event).role(event)).mark;
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
    for (const Event& event : ProtocolRegistry::of(layer).keyEvents())
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

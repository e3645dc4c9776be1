#include "core/websocket/websocketdescriptor.h"

#include "core/timeline/timeline.h"
#include "core/websocket/websocketframe.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
    {kindOf(WebSocketKind::UpgradeRequest), u"UpgradeRequest"},
    {kindOf(WebSocketKind::UpgradeResponse), u"UpgradeResponse"},
    {kindOf(WebSocketKind::Frame), u"Frame"},
    {kindOf(WebSocketKind::Message), u"Message"},
    {kindOf(WebSocketKind::Close), u"Close"},
    {kindOf(WebSocketKind::Error), u"Error"},
};

// Frames cross the wire. The upgrade is the same bytes as the HTTP/1.1 heads recorded beside it, and a
// message or a close sums up frames already drawn.
class WebSocketDescriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(WebSocketDescriptor)

public:
    Layer layer() const override { return Layer::WebSocket; }
    QStringView id() const override { return u"websocket"; }
    QString title() const override { return tr("WebSocket"); }
    QString connectionUnitsName() const override { return tr("WebSocket"); }
    // After the upgrade the connection carries WebSocket frames, whatever it spoke before.
    bool takesOver(Layer) const override { return true; }
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override { return event.kind == kindOf(WebSocketKind::Frame); }
    bool isError(const Event& event) const override { return event.kind == kindOf(WebSocketKind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    std::optional<ArrowLabel> arrowLabel(const Timeline& timeline, const Event& event) const override;
    QString arrowNote(const Timeline& timeline, const Event& event) const override;
    QString unitPhrase(const Event& event) const override;
    bool answers(const Event& event) const override { return isUnit(event); }
    // The upgrade's request and response are HTTP/1.1 heads, recorded there too.
    std::optional<Layer> retells(const Event& event) const override
    {
        if (event.kind == kindOf(WebSocketKind::UpgradeRequest) ||
            event.kind == kindOf(WebSocketKind::UpgradeResponse))
            return Layer::Http1;
        return std::nullopt;
    }
    QString position(const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
};

UnitRole WebSocketDescriptor::role(const Event& event) const
{
    switch (WebSocketKind(event.kind)) {
    case WebSocketKind::UpgradeRequest:
    case WebSocketKind::UpgradeResponse:
        // The upgrade is an HTTP/1.1 request and response head, and looks like one.
        return UnitRole::Head;
    case WebSocketKind::Close:
        return UnitRole::WebSocketClose;
    case WebSocketKind::Error:
        return UnitRole::Failure;
    default:
        return UnitRole::WebSocketFrame;
    }
}

QList<Event> WebSocketDescriptor::keyEvents() const
{
    const auto of = [](WebSocketKind kind) { return Event{.layer = Layer::WebSocket, .kind = kindOf(kind)}; };
    return {of(WebSocketKind::UpgradeRequest), of(WebSocketKind::Frame), of(WebSocketKind::Close),
            of(WebSocketKind::Error)};
}

QString WebSocketDescriptor::unitName(const Event& event) const
{
    if (!isUnit(event))
        return {};
    // flags = the frame's first byte: its low four bits are the opcode.
    const quint8 opcode = event.flags & 0x0f;
    return WebSocketFrame::isKnownOpcode(opcode) ? WebSocketFrame::opcodeName(opcode)
                                                 : QString::number(opcode);
}

QString WebSocketDescriptor::unitHeading(const Event& event, const QString& label) const
{
    if (isError(event))
        return tr("WebSocket error");
    return isUnit(event) ? tr("WebSocket %1 frame").arg(unitName(event)) : label;
}

QString WebSocketDescriptor::position(const Event& event) const
{
    return event.stream == 0 ? QString() : tr("message %1").arg(event.stream);
}

QString WebSocketDescriptor::unitPhrase(const Event& event) const
{
    switch (WebSocketKind(event.kind)) {
    case WebSocketKind::UpgradeRequest:
        return tr("the WebSocket upgrade request");
    case WebSocketKind::UpgradeResponse:
        return tr("the WebSocket upgrade answer");
    case WebSocketKind::Message:
        return tr("a WebSocket message");
    case WebSocketKind::Close:
        return tr("a WebSocket close");
    default:
        return tr("a WebSocket frame");
    }
}

QString WebSocketDescriptor::sentence(const Event& event, const QString& who) const
{
    return isError(event) ? tr("%1 hit a WebSocket error").arg(who) : QString();
}

// The ladder's words, in the translation context where they were made.
std::optional<ArrowLabel> WebSocketDescriptor::arrowLabel(const Timeline& timeline, const Event& e) const
{
    switch (WebSocketKind(e.kind)) {
    case WebSocketKind::Frame: {
        const quint8 opcode = e.flags & 0x0f;
        const QString code = WebSocketFrame::isKnownOpcode(opcode)
                                 ? WebSocketFrame::opcodeName(opcode)
                                 : QStringLiteral("0x%1").arg(opcode, 0, 16);
        const QString name = QCoreApplication::translate("LadderModel", "%1 frame").arg(code);
        return ArrowLabel{name, name};
    }
    case WebSocketKind::UpgradeRequest:
        return ArrowLabel{QCoreApplication::translate("LadderModel", "WebSocket upgrade request"),
                          QCoreApplication::translate("LadderModel", "WebSocket upgrade request"), true,
                          true};
    case WebSocketKind::UpgradeResponse: {
        const EventDetail detail = timeline.detail(e);
        const QString line = detail.fieldValue(u"status") + QLatin1Char(' ') + detail.fieldValue(u"reason");
        return ArrowLabel{line.trimmed(), line.trimmed(), true, true};
    }
    default:
        return std::nullopt;
    }
}

// The ladder's tooltip words, in the translation context where they were made.
QString WebSocketDescriptor::arrowNote(const Timeline& timeline, const Event& e) const
{
    // The upgrade's two messages explain their key, quoting it.
    const auto quoting = [&timeline, &e](const QString& explanation, QStringView field) {
        QString value;
        for (const Field& f : timeline.detail(e).fields) {
            if (field.compare(f.name, Qt::CaseInsensitive) == 0)
                value = f.value;
        }
        return value.isEmpty() ? explanation
                               : QCoreApplication::translate("protoviz::LadderView", "%1 Here: %2.")
                                     .arg(explanation, value);
    };
    if (e.kind == kindOf(WebSocketKind::UpgradeRequest))
        return quoting(
            QCoreApplication::translate(
                "protoviz::LadderView",
                "The client asks to turn this HTTP connection into a WebSocket. Sec-WebSocket-Key is "
                "a random nonce, new for every handshake: the server must answer with a value only "
                "it can derive from it."),
            u"sec-websocket-key");
    if (e.kind == kindOf(WebSocketKind::UpgradeResponse))
        return quoting(QCoreApplication::translate(
                           "protoviz::LadderView",
                           "101 Switching Protocols: from now on the connection speaks WebSocket. "
                           "Sec-WebSocket-Accept is base64(SHA-1(key + the fixed GUID "
                           "258EAFA5-E914-47DA-95CA-C5AB0DC85B11)): it proves the server understood the "
                           "WebSocket handshake, not just any HTTP."),
                       u"sec-websocket-accept");
    return QCoreApplication::translate(
        "protoviz::LadderView",
        "A WebSocket frame: once upgraded, either side sends whenever it has something, unasked.");
}

} // namespace

const ProtocolDescriptor& webSocketDescriptor()
{
    static const WebSocketDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz

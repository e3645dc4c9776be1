#include "core/http1/http1descriptor.h"

#include "core/timeline/timeline.h"
#include "core/timeline/unitwords.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
    {kindOf(Http1Kind::RequestHead), u"RequestHead"},
    {kindOf(Http1Kind::ResponseHead), u"ResponseHead"},
    {kindOf(Http1Kind::Body), u"Body"},
    {kindOf(Http1Kind::MessageEnd), u"MessageEnd"},
    {kindOf(Http1Kind::Error), u"Error"},
};

// Heads and body bytes cross the wire; MessageEnd sums up a message already drawn.
class Http1Descriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(Http1Descriptor)

public:
    Layer layer() const override { return Layer::Http1; }
    QStringView id() const override { return u"http1"; }
    QString title() const override { return tr("HTTP/1.1"); }
    ExchangePart exchangePart(const Event& event) const override;
    ExchangeFacts exchangeFacts(const Event& event, const EventDetail& detail) const override;
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override;
    bool isError(const Event& event) const override { return event.kind == kindOf(Http1Kind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    std::optional<ArrowLabel> arrowLabel(const Timeline& timeline, const Event& event) const override;
    QString arrowNote(const Timeline& timeline, const Event& event) const override;
    QString unitPhrase(const Event& event) const override;
    QString unitLabel(const Timeline& timeline, const Event& event) const override;
    bool asks(const Event& event) const override { return event.kind == kindOf(Http1Kind::RequestHead); }
    bool answers(const Event& event) const override { return event.kind == kindOf(Http1Kind::ResponseHead); }
    // A body is read in whatever pieces TCP delivers, not as the sender wrote its runs.
    bool pairsByBytes(const Event& event) const override { return event.kind == kindOf(Http1Kind::Body); }
    QString requestTarget(const Timeline& timeline, const Event& event) const override
    {
        return event.kind == kindOf(Http1Kind::RequestHead) ? timeline.detail(event).fieldValue(u"target")
                                                            : QString();
    }
    QString describe(const Event& event, const EventDetail& detail) const override;
    QString position(const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
};

ExchangePart Http1Descriptor::exchangePart(const Event& event) const
{
    switch (Http1Kind(event.kind)) {
    case Http1Kind::RequestHead:
        return ExchangePart::Request;
    case Http1Kind::ResponseHead:
        return ExchangePart::ResponseHead;
    case Http1Kind::Body:
        return ExchangePart::Body;
    default:
        return ExchangePart::None;
    }
}

ExchangeFacts Http1Descriptor::exchangeFacts(const Event& event, const EventDetail& detail) const
{
    ExchangeFacts facts;
    if (event.kind == kindOf(Http1Kind::RequestHead)) {
        facts.path = detail.fieldValue(u"target");
    } else if (event.kind == kindOf(Http1Kind::ResponseHead)) {
        bool known = false;
        const qint64 length = detail.fieldValue(u"content-length").toLongLong(&known);
        facts.length = known ? length : -1;
    }
    return facts;
}

bool Http1Descriptor::isUnit(const Event& event) const
{
    return event.kind == kindOf(Http1Kind::RequestHead) || event.kind == kindOf(Http1Kind::ResponseHead) ||
           event.kind == kindOf(Http1Kind::Body);
}

UnitRole Http1Descriptor::role(const Event& event) const
{
    switch (Http1Kind(event.kind)) {
    case Http1Kind::Body:
        return UnitRole::Body;
    case Http1Kind::Error:
        return UnitRole::Failure;
    default:
        return UnitRole::Head;
    }
}

QList<Event> Http1Descriptor::keyEvents() const
{
    const auto of = [](Http1Kind kind) { return Event{.layer = Layer::Http1, .kind = kindOf(kind)}; };
    return {of(Http1Kind::RequestHead), of(Http1Kind::Body), of(Http1Kind::Error)};
}

QString Http1Descriptor::unitName(const Event& event) const
{
    return event.kind == kindOf(Http1Kind::Body) ? tr("body") : QString();
}

QString Http1Descriptor::unitLabel(const Timeline& timeline, const Event& event) const
{
    if (event.kind == kindOf(Http1Kind::RequestHead)) {
        const EventDetail detail = timeline.detail(event);
        return detail.fieldValue(u"method") + QLatin1Char(' ') + detail.fieldValue(u"target");
    }
    if (event.kind == kindOf(Http1Kind::ResponseHead)) {
        const EventDetail detail = timeline.detail(event);
        return detail.fieldValue(u"status") + QLatin1Char(' ') + detail.fieldValue(u"reason");
    }
    return {};
}

QString Http1Descriptor::unitHeading(const Event& event, const QString& label) const
{
    QString heading;
    switch (Http1Kind(event.kind)) {
    case Http1Kind::RequestHead:
        heading = tr("HTTP/1.1 request head: %1").arg(label);
        break;
    case Http1Kind::ResponseHead:
        heading = tr("HTTP/1.1 response head: %1").arg(label);
        break;
    case Http1Kind::Body:
    case Http1Kind::MessageEnd:
        heading = tr("HTTP/1.1 body");
        break;
    case Http1Kind::Error:
        return tr("HTTP/1.1 error");
    }
    return heading + QLatin1String(" · ") + tr("message %1 on this connection").arg(event.stream);
}

QString Http1Descriptor::describe(const Event& event, const EventDetail& detail) const
{
    switch (Http1Kind(event.kind)) {
    case Http1Kind::RequestHead:
        if (detail.fieldValue(u"method").isEmpty())
            return tr("HTTP/1.1 request head");
        return tr("HTTP/1.1 request head: %1 %2")
            .arg(detail.fieldValue(u"method"), detail.fieldValue(u"target"));
    case Http1Kind::ResponseHead:
        if (detail.fieldValue(u"status").isEmpty())
            return tr("HTTP/1.1 response head");
        return tr("HTTP/1.1 response head: %1 %2")
            .arg(detail.fieldValue(u"status"), detail.fieldValue(u"reason"));
    case Http1Kind::Body:
        if (event.overhead > 0)
            return tr("HTTP/1.1 body: %1 of content and %2 of chunked framing")
                .arg(UnitWords::bytes(event.size), UnitWords::bytes(event.overhead));
        return tr("HTTP/1.1 body: %1 of content").arg(UnitWords::bytes(event.size));
    case Http1Kind::MessageEnd:
        return tr("HTTP/1.1 message %1 is complete: %2 of body in all")
            .arg(QString::number(event.stream), UnitWords::bytes(event.size));
    case Http1Kind::Error:
        return tr("HTTP/1.1 error");
    }
    return ProtocolDescriptor::describe(event, detail);
}

QString Http1Descriptor::position(const Event& event) const
{
    return event.stream == 0 ? QString() : tr("message %1").arg(event.stream);
}

QString Http1Descriptor::unitPhrase(const Event& event) const
{
    switch (Http1Kind(event.kind)) {
    case Http1Kind::RequestHead:
        return tr("a request line and headers");
    case Http1Kind::ResponseHead:
        return tr("a status line and headers");
    case Http1Kind::Body:
        return tr("body bytes");
    case Http1Kind::MessageEnd:
        return tr("the end of a message");
    default:
        return tr("an HTTP/1.1 message");
    }
}

QString Http1Descriptor::sentence(const Event& event, const QString& who) const
{
    return isError(event) ? tr("%1 refused malformed HTTP/1.1").arg(who) : QString();
}

// The ladder's words, in the translation context where they were made.
std::optional<ArrowLabel> Http1Descriptor::arrowLabel(const Timeline& timeline, const Event& e) const
{
    if (e.kind == kindOf(Http1Kind::Body))
        return ArrowLabel{QCoreApplication::translate("LadderModel", "body"),
                          QCoreApplication::translate("LadderModel", "body")};
    const bool request = e.kind == kindOf(Http1Kind::RequestHead);
    if (!request && e.kind != kindOf(Http1Kind::ResponseHead))
        return std::nullopt;
    const EventDetail detail = timeline.detail(e);
    if (request) {
        const QString method = detail.fieldValue(u"method");
        if (method.isEmpty())
            return ArrowLabel{QCoreApplication::translate("LadderModel", "request"),
                              QCoreApplication::translate("LadderModel", "request")};
        const QString label = method + QLatin1Char(' ') + detail.fieldValue(u"target");
        // The request that turns the connection into a WebSocket is worth telling apart from GETs.
        if (detail.fieldValue(u"Upgrade").compare(u"websocket", Qt::CaseInsensitive) == 0 ||
            detail.fieldValue(u"upgrade").compare(u"websocket", Qt::CaseInsensitive) == 0)
            return ArrowLabel{
                QCoreApplication::translate("LadderModel", "%1 (upgrade to WebSocket)").arg(label),
                QCoreApplication::translate("LadderModel", "%1 (upgrade to WebSocket)").arg(method), true,
                true};
        // Polls of one resource are one call repeated, whatever their query ("?client=2&since=7").
        const QString target = detail.fieldValue(u"target");
        const QString path = target.left(target.indexOf(QLatin1Char('?')));
        return ArrowLabel{label, method, false, false, method + QLatin1Char(' ') + path};
    }
    const QString status = detail.fieldValue(u"status");
    if (status.isEmpty())
        return ArrowLabel{QCoreApplication::translate("LadderModel", "response"),
                          QCoreApplication::translate("LadderModel", "response")};
    const QString line = status + QLatin1Char(' ') + detail.fieldValue(u"reason");
    // 101 Switching Protocols: from here on the connection speaks WebSocket.
    const bool switching = status == QLatin1String("101");
    return ArrowLabel{line, line, switching, switching};
}

// The ladder's tooltip words, in the translation context where they were made.
QString Http1Descriptor::arrowNote(const Timeline& timeline, const Event& e) const
{
    if (e.kind == kindOf(Http1Kind::RequestHead) || e.kind == kindOf(Http1Kind::ResponseHead)) {
        // The upgrade's two heads are the WebSocket handshake's, which that protocol explains.
        const EventDetail detail = timeline.detail(e);
        const bool request = e.kind == kindOf(Http1Kind::RequestHead);
        const bool upgrade =
            request ? detail.fieldValue(u"Upgrade").compare(u"websocket", Qt::CaseInsensitive) == 0 ||
                          detail.fieldValue(u"upgrade").compare(u"websocket", Qt::CaseInsensitive) == 0
                    : detail.fieldValue(u"status") == QLatin1String("101");
        if (upgrade) {
            Event handshake = e;
            handshake.layer = Layer::WebSocket;
            handshake.kind = kindOf(request ? WebSocketKind::UpgradeRequest : WebSocketKind::UpgradeResponse);
            return ProtocolRegistry::of(handshake).arrowNote(timeline, handshake);
        }
    }
    if (e.kind == kindOf(Http1Kind::RequestHead))
        return QCoreApplication::translate(
            "protoviz::LadderView",
            "An HTTP/1.1 request: this connection carries nothing else until its response is back.");
    if (e.kind == kindOf(Http1Kind::ResponseHead))
        return QCoreApplication::translate("protoviz::LadderView",
                                           "The response's status line and header fields.");
    return QCoreApplication::translate("protoviz::LadderView", "Body bytes of the message.");
}

} // namespace

const ProtocolDescriptor& http1Descriptor()
{
    static const Http1Descriptor descriptor;
    return descriptor;
}

} // namespace protoviz

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
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override;
    bool isError(const Event& event) const override { return event.kind == kindOf(Http1Kind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    QString unitPhrase(const Event& event) const override;
    QString unitLabel(const Timeline& timeline, const Event& event) const override;
    bool asks(const Event& event) const override { return event.kind == kindOf(Http1Kind::RequestHead); }
    bool answers(const Event& event) const override { return event.kind == kindOf(Http1Kind::ResponseHead); }
    QString describe(const Event& event, const EventDetail& detail) const override;
    QString position(const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
};

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

} // namespace

const ProtocolDescriptor& http1Descriptor()
{
    static const Http1Descriptor descriptor;
    return descriptor;
}

} // namespace protoviz

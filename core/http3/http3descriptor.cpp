#include "core/http3/http3descriptor.h"

#include "core/timeline/timeline.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
    {kindOf(Http3Kind::Data), u"DATA"},
    {kindOf(Http3Kind::Headers), u"HEADERS"},
    {kindOf(Http3Kind::CancelPush), u"CANCEL_PUSH"},
    {kindOf(Http3Kind::Settings), u"SETTINGS"},
    {kindOf(Http3Kind::PushPromise), u"PUSH_PROMISE"},
    {kindOf(Http3Kind::GoAway), u"GOAWAY"},
    {kindOf(Http3Kind::MaxPushId), u"MAX_PUSH_ID"},
    {kindOf(Http3Kind::UnknownFrame), u"UnknownFrame"},
    {kindOf(Http3Kind::HeaderFields), u"HeaderFields"},
    {kindOf(Http3Kind::Error), u"Error"},
};

// QUIC stream ids: the low bit says who opened the stream (0 the client), the next one whether it is
// unidirectional (RFC 9000 section 2.1). Requests and responses travel on client-opened bidirectional ones.
bool isRequestStream(quint32 stream)
{
    return (stream & 0x3) == 0;
}

// Frames are units on a stream; their header fields and errors are what the endpoint made of them.
class Http3Descriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(Http3Descriptor)

public:
    Layer layer() const override { return Layer::Http3; }
    QStringView id() const override { return u"http3"; }
    QString title() const override { return tr("HTTP/3"); }
    bool multiplexes() const override { return true; }
    QString connectionUnitsName() const override { return tr("control streams"); }
    ExchangePart exchangePart(const Event& event) const override;
    ExchangeFacts exchangeFacts(const Event& event, const EventDetail& detail) const override;
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override
    {
        return !isError(event) && event.kind != kindOf(Http3Kind::HeaderFields);
    }
    bool isError(const Event& event) const override { return event.kind == kindOf(Http3Kind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitLabel(const Timeline& timeline, const Event& event) const override;
    bool asks(const Event& event) const override
    {
        return event.kind == kindOf(Http3Kind::Headers) && isRequestStream(event.stream);
    }
    bool answers(const Event& event) const override;
    std::optional<quint32> requestStream(const Event& event) const override
    {
        return isRequestStream(event.stream) && !isError(event) ? std::optional<quint32>(event.stream)
                                                                : std::nullopt;
    }
    QString unitHeading(const Event& event, const QString& label) const override;
    QString position(const Event& event) const override;
    QString whyNoBytes(const Event& event) const override;
    QString unitPhrase(const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
};

UnitRole Http3Descriptor::role(const Event& event) const
{
    switch (Http3Kind(event.kind)) {
    case Http3Kind::Data:
        return UnitRole::Data;
    case Http3Kind::Headers:
    case Http3Kind::HeaderFields:
        return UnitRole::Headers;
    case Http3Kind::PushPromise:
        return UnitRole::Push;
    case Http3Kind::CancelPush:
    case Http3Kind::GoAway:
        return UnitRole::StreamReset;
    case Http3Kind::Error:
        return UnitRole::Failure;
    default:
        return UnitRole::Control;
    }
}

QList<Event> Http3Descriptor::keyEvents() const
{
    const auto of = [](Http3Kind kind) { return Event{.layer = Layer::Http3, .kind = kindOf(kind)}; };
    return {of(Http3Kind::Headers), of(Http3Kind::Data), of(Http3Kind::Settings), of(Http3Kind::GoAway),
            of(Http3Kind::Error)};
}

QString Http3Descriptor::unitName(const Event& event) const
{
    // Protocol tokens, the same in every language.
    switch (Http3Kind(event.kind)) {
    case Http3Kind::UnknownFrame:
        return QStringLiteral("?");
    case Http3Kind::HeaderFields:
    case Http3Kind::Error:
        return {};
    default:
        return kindName(event.kind);
    }
}

QString Http3Descriptor::unitLabel(const Timeline& timeline, const Event& event) const
{
    if (event.kind != kindOf(Http3Kind::HeaderFields))
        return {};
    // "GET /tiles/1" for a request's fields, "200" for a response's.
    const EventDetail detail = timeline.detail(event);
    const QString status = detail.fieldValue(u":status");
    if (!status.isEmpty())
        return status;
    return QString(detail.fieldValue(u":method") + QLatin1Char(' ') + detail.fieldValue(u":path")).trimmed();
}

// A request's and a response's header fields (QPACK-decoded) say what is asked and how long the answer
// is; the DATA frames carry the body.
ExchangePart Http3Descriptor::exchangePart(const Event& event) const
{
    if (!isRequestStream(event.stream))
        return ExchangePart::None;
    switch (Http3Kind(event.kind)) {
    case Http3Kind::HeaderFields:
        return event.direction == Direction::ClientToServer ? ExchangePart::Request
                                                            : ExchangePart::ResponseHead;
    case Http3Kind::Data:
        return ExchangePart::Body;
    default:
        return ExchangePart::None;
    }
}

ExchangeFacts Http3Descriptor::exchangeFacts(const Event& event, const EventDetail& detail) const
{
    ExchangeFacts facts;
    if (exchangePart(event) == ExchangePart::Request) {
        facts.path = detail.fieldValue(u":path");
    } else if (exchangePart(event) == ExchangePart::ResponseHead) {
        bool known = false;
        const qint64 length = detail.fieldValue(u"content-length").toLongLong(&known);
        facts.length = known ? length : -1;
    }
    return facts;
}

bool Http3Descriptor::answers(const Event& event) const
{
    if (!isRequestStream(event.stream))
        return false;
    return event.kind == kindOf(Http3Kind::Headers) || event.kind == kindOf(Http3Kind::Data);
}

QString Http3Descriptor::unitHeading(const Event& event, const QString& label) const
{
    QString heading;
    if (isError(event))
        heading = tr("HTTP/3 error");
    else if (event.kind == kindOf(Http3Kind::HeaderFields))
        heading = label.isEmpty() ? tr("header fields") : tr("header fields: %1").arg(label);
    else
        heading = tr("%1 frame").arg(unitName(event));
    return heading + QLatin1String(" · ") + tr("stream %1").arg(event.stream);
}

QString Http3Descriptor::position(const Event& event) const
{
    return isError(event) ? QString() : tr("stream %1").arg(event.stream);
}

QString Http3Descriptor::whyNoBytes(const Event& event) const
{
    if (!isUnit(event))
        return {};
    return tr("An HTTP/3 frame travels encrypted inside QUIC packets: the packets that carried it show its "
              "bytes, decrypted.");
}

QString Http3Descriptor::unitPhrase(const Event& event) const
{
    switch (Http3Kind(event.kind)) {
    case Http3Kind::HeaderFields:
        return tr("the header fields of a HEADERS frame");
    case Http3Kind::UnknownFrame:
        return tr("an HTTP/3 frame of a reserved or extension type");
    case Http3Kind::Error:
        return tr("an HTTP/3 error");
    default:
        //: %1 is the frame type as the standard names it: DATA, HEADERS, SETTINGS...
        return tr("an HTTP/3 %1 frame").arg(kindName(event.kind));
    }
}

QString Http3Descriptor::sentence(const Event& event, const QString& who) const
{
    return isError(event) ? tr("%1 saw the connection closed with an HTTP/3 error").arg(who) : QString();
}

} // namespace

const ProtocolDescriptor& http3Descriptor()
{
    static const Http3Descriptor descriptor;
    return descriptor;
}

} // namespace protoviz

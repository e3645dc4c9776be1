#include "core/http2/http2descriptor.h"

#include "core/http2/http2framedissector.h"
#include "core/timeline/timeline.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
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

// Every HTTP/2 event but an error is a frame (or the preface) on the wire.
class Http2Descriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(Http2Descriptor)

public:
    Layer layer() const override { return Layer::Http2; }
    QStringView id() const override { return u"http2"; }
    QString title() const override { return tr("HTTP/2"); }
    bool multiplexes() const override { return true; }
    QString connectionUnitsName() const override { return tr("stream 0"); }
    // An h2c upgrade turns an HTTP/1.1 connection into an HTTP/2 one.
    bool takesOver(Layer application) const override { return application == Layer::Http1; }
    ExchangePart exchangePart(const Event& event) const override;
    ExchangeFacts exchangeFacts(const Event& event, const EventDetail& detail) const override;
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override { return !isError(event); }
    bool isError(const Event& event) const override { return event.kind == kindOf(Http2Kind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    std::optional<ArrowLabel> arrowLabel(const Timeline& timeline, const Event& event) const override;
    QString arrowNote(const Timeline& timeline, const Event& event) const override;
    QString unitPhrase(const Event& event) const override;
    bool asks(const Event& event) const override
    {
        return event.kind == kindOf(Http2Kind::Headers) && event.stream != 0;
    }
    bool answers(const Event& event) const override;
    std::optional<quint32> requestStream(const Event& event) const override
    {
        return event.stream != 0 ? std::optional<quint32>(event.stream) : std::nullopt;
    }
    StreamEnd streamEnd(const Event& event) const override
    {
        constexpr quint8 EndStream = 0x1;
        if (event.stream == 0)
            return StreamEnd::None;
        if (event.kind == kindOf(Http2Kind::RstStream))
            return StreamEnd::Aborted;
        const bool carries =
            event.kind == kindOf(Http2Kind::Data) || event.kind == kindOf(Http2Kind::Headers);
        return carries && (event.flags & EndStream) != 0 ? StreamEnd::Finished : StreamEnd::None;
    }
    QString position(const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
};

// Decoded header values read "/tiles/3  (literal, ...)": the value ends at the first space.
QString headerValue(const EventDetail& detail, QStringView name)
{
    const QString decoded = detail.fieldValue(name);
    const qsizetype space = decoded.indexOf(u' ');
    return space < 0 ? decoded : decoded.left(space);
}

ExchangePart Http2Descriptor::exchangePart(const Event& event) const
{
    switch (Http2Kind(event.kind)) {
    case Http2Kind::Headers:
        return event.direction == Direction::ClientToServer ? ExchangePart::Request
                                                            : ExchangePart::ResponseHead;
    case Http2Kind::PushPromise:
        return ExchangePart::Promise;
    case Http2Kind::Data:
        return ExchangePart::Body;
    default:
        return ExchangePart::None;
    }
}

ExchangeFacts Http2Descriptor::exchangeFacts(const Event& event, const EventDetail& detail) const
{
    ExchangeFacts facts;
    switch (exchangePart(event)) {
    case ExchangePart::Request:
        facts.path = headerValue(detail, u":path");
        break;
    case ExchangePart::ResponseHead: {
        bool known = false;
        const qint64 length = headerValue(detail, u"content-length").toLongLong(&known);
        facts.length = known ? length : -1;
        break;
    }
    case ExchangePart::Promise:
        facts.path = headerValue(detail, u":path");
        facts.promisedStream = detail.fieldValue(u"promised stream id").toUInt();
        break;
    default:
        break;
    }
    return facts;
}

UnitRole Http2Descriptor::role(const Event& event) const
{
    switch (Http2Kind(event.kind)) {
    case Http2Kind::Data:
        return UnitRole::Data;
    case Http2Kind::Headers:
    case Http2Kind::Continuation:
        return UnitRole::Headers;
    case Http2Kind::PushPromise:
        return UnitRole::Push;
    case Http2Kind::RstStream:
    case Http2Kind::GoAway:
        return UnitRole::StreamReset;
    case Http2Kind::Error:
        return UnitRole::Failure;
    default:
        return UnitRole::Control;
    }
}

QList<Event> Http2Descriptor::keyEvents() const
{
    const auto of = [](Http2Kind kind) { return Event{.layer = Layer::Http2, .kind = kindOf(kind)}; };
    return {of(Http2Kind::Headers),     of(Http2Kind::Data),      of(Http2Kind::Settings),
            of(Http2Kind::PushPromise), of(Http2Kind::RstStream), of(Http2Kind::Error)};
}

QString Http2Descriptor::unitName(const Event& event) const
{
    // Protocol tokens, the same in every language; short where the wire has no name.
    switch (Http2Kind(event.kind)) {
    case Http2Kind::UnknownFrame:
        return QStringLiteral("?");
    case Http2Kind::Preface:
        return QStringLiteral("PRI");
    case Http2Kind::Error:
        return {};
    default:
        return kindName(event.kind);
    }
}

bool Http2Descriptor::answers(const Event& event) const
{
    if (event.stream == 0)
        return false;
    switch (Http2Kind(event.kind)) {
    case Http2Kind::Headers:
    case Http2Kind::Data:
    case Http2Kind::PushPromise:
    case Http2Kind::RstStream:
        return true;
    default:
        return false;
    }
}

QString Http2Descriptor::unitHeading(const Event& event, const QString&) const
{
    const QString heading = isError(event) ? tr("HTTP/2 error") : tr("%1 frame").arg(unitName(event));
    return heading + QLatin1String(" · ") + tr("stream %1").arg(event.stream);
}

QString Http2Descriptor::position(const Event& event) const
{
    if (event.kind == kindOf(Http2Kind::Preface))
        return {};
    return event.stream == 0 ? tr("stream 0 (the connection)") : tr("stream %1").arg(event.stream);
}

QString Http2Descriptor::unitPhrase(const Event& event) const
{
    switch (Http2Kind(event.kind)) {
    case Http2Kind::Preface:
        return tr("the connection preface");
    case Http2Kind::UnknownFrame:
        return tr("a frame of an extension type");
    default:
        //: %1 is the frame type as the standard names it: DATA, HEADERS, SETTINGS...
        return tr("a %1 frame").arg(kindName(event.kind));
    }
}

QString Http2Descriptor::sentence(const Event& event, const QString& who) const
{
    return isError(event) ? tr("%1 hit an HTTP/2 protocol error").arg(who) : QString();
}

// The frame's name on an arrow: SETTINGS and PING say whether they acknowledge.
QString arrowFrameName(const Event& e)
{
    constexpr quint8 Ack = 0x1;
    switch (Http2Kind(e.kind)) {
    case Http2Kind::Settings:
        return e.flags & Ack ? QStringLiteral("SETTINGS ACK") : QStringLiteral("SETTINGS");
    case Http2Kind::Ping:
        return e.flags & Ack ? QStringLiteral("PING ACK") : QStringLiteral("PING");
    case Http2Kind::UnknownFrame:
        return QStringLiteral("frame");
    case Http2Kind::Preface:
        return QStringLiteral("preface");
    case Http2Kind::Error:
        return {};
    default:
        return Http2FrameDissector::typeName(e.kind);
    }
}

std::optional<ArrowLabel> Http2Descriptor::arrowLabel(const Timeline& timeline, const Event& e) const
{
    const QString name = arrowFrameName(e);
    if (name.isEmpty())
        return std::nullopt;
    if (e.stream == 0)
        return ArrowLabel{name, name};
    // A gRPC call's HEADERS name the method in :path ("/protoviz.Items/GetItem"): the kind of call is
    // what tells one stream from another.
    if (e.kind == kindOf(Http2Kind::Headers) && e.direction == Direction::ClientToServer) {
        const EventDetail detail = timeline.detail(e);
        if (detail.fieldValue(u"content-type").startsWith(QLatin1String("application/grpc"))) {
            QString path = detail.fieldValue(u":path");
            path = path.left(path.indexOf(QLatin1Char(' ')));
            const QString method = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
            // Which of the call types a stream is (GetItem, ListItems, ...) is what a gRPC scenario
            // compares: labelled first.
            if (!method.isEmpty())
                return ArrowLabel{QStringLiteral("%1 s%2 %3").arg(name).arg(e.stream).arg(method),
                                  QStringLiteral("%1 %2").arg(name, method), true, false, method};
        }
    }
    return ArrowLabel{QStringLiteral("%1 s%2").arg(name).arg(e.stream), name};
}

// The ladder's tooltip words, in the translation context where they were made.
QString Http2Descriptor::arrowNote(const Timeline&, const Event& e) const
{
    return e.stream != 0
               ? QCoreApplication::translate("protoviz::LadderView",
                                             "An HTTP/2 frame of stream %1: many streams share one "
                                             "connection, so requests need not wait for each other.")
                     .arg(e.stream)
               : QCoreApplication::translate("protoviz::LadderView",
                                             "An HTTP/2 frame that concerns the whole connection.");
}

} // namespace

const ProtocolDescriptor& http2Descriptor()
{
    static const Http2Descriptor descriptor;
    return descriptor;
}

} // namespace protoviz

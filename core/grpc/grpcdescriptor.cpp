#include "core/grpc/grpcdescriptor.h"

#include "core/timeline/timeline.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
    {kindOf(GrpcKind::CallStarted), u"CallStarted"},
    {kindOf(GrpcKind::Message), u"Message"},
    {kindOf(GrpcKind::CallFinished), u"CallFinished"},
    {kindOf(GrpcKind::Error), u"Error"},
};

// A call's headers, each length-prefixed message and its status are units; they ride in HTTP/2 frames
// (or gRPC-Web's HTTP/1.1 bodies) drawn on their own layer.
class GrpcDescriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(GrpcDescriptor)

public:
    Layer layer() const override { return Layer::Grpc; }
    QStringView id() const override { return u"grpc"; }
    QString title() const override { return tr("gRPC"); }
    LayerPlace place() const override { return LayerPlace::Calls; }
    bool multiplexes() const override { return true; }
    QString connectionUnitsName() const override { return tr("stream 0"); }
    // gRPC over HTTP/2 makes the connection a gRPC one; gRPC-Web over HTTP/1.1 stays an HTTP/1.1
    // connection with a row of calls.
    bool takesOver(Layer application) const override { return application == Layer::Http2; }
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override { return !isError(event); }
    bool isError(const Event& event) const override { return event.kind == kindOf(GrpcKind::Error); }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    std::optional<ArrowLabel> arrowLabel(const Timeline& timeline, const Event& event) const override;
    QString arrowNote(const Timeline& timeline, const Event& event) const override;
    QString unitPhrase(const Event& event) const override;
    QString unitLabel(const Timeline& timeline, const Event& event) const override;
    QString position(const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
    // A message the client sends may follow one it waited for (a ping-pong on a bidirectional stream).
    RoundTripStep roundTripStep(const Event& event) const override
    {
        if (event.direction == Direction::ClientToServer && event.kind == kindOf(GrpcKind::Message))
            return RoundTripStep::Asks;
        return ProtocolDescriptor::roundTripStep(event);
    }
};

UnitRole GrpcDescriptor::role(const Event& event) const
{
    switch (GrpcKind(event.kind)) {
    case GrpcKind::Message:
        return UnitRole::GrpcMessage;
    case GrpcKind::Error:
        return UnitRole::Failure;
    default:
        return UnitRole::GrpcCall;
    }
}

QList<Event> GrpcDescriptor::keyEvents() const
{
    const auto of = [](GrpcKind kind) { return Event{.layer = Layer::Grpc, .kind = kindOf(kind)}; };
    return {of(GrpcKind::CallStarted), of(GrpcKind::Message), of(GrpcKind::Error)};
}

QString GrpcDescriptor::unitName(const Event& event) const
{
    return event.kind == kindOf(GrpcKind::Message) ? tr("message") : QString();
}

QString GrpcDescriptor::unitLabel(const Timeline& timeline, const Event& event) const
{
    if (event.kind == kindOf(GrpcKind::CallStarted)) {
        // "/protoviz.lesson.Lessons/GetItem" → "GetItem".
        const QString path = timeline.detail(event).text;
        return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    }
    if (event.kind == kindOf(GrpcKind::CallFinished)) {
        // "OK (0)" → "OK".
        const QString status = timeline.detail(event).text;
        return status.left(status.indexOf(QLatin1String(" (")));
    }
    return {};
}

QString GrpcDescriptor::unitHeading(const Event& event, const QString& label) const
{
    QString heading;
    switch (GrpcKind(event.kind)) {
    case GrpcKind::CallStarted:
        heading = tr("gRPC call %1 starts").arg(label);
        break;
    case GrpcKind::Message:
        heading = tr("gRPC message");
        break;
    case GrpcKind::CallFinished:
        heading = tr("gRPC call ends: %1").arg(label);
        break;
    case GrpcKind::Error:
        heading = tr("gRPC error");
        break;
    }
    return heading + QLatin1String(" · ") + tr("stream %1").arg(event.stream);
}

QString GrpcDescriptor::position(const Event& event) const
{
    return event.stream == 0 ? QString() : tr("HTTP/2 stream %1").arg(event.stream);
}

QString GrpcDescriptor::unitPhrase(const Event& event) const
{
    switch (GrpcKind(event.kind)) {
    case GrpcKind::CallStarted:
        return tr("the start of a gRPC call");
    case GrpcKind::CallFinished:
        return tr("a gRPC call's status");
    default:
        return tr("a gRPC message");
    }
}

QString GrpcDescriptor::sentence(const Event& event, const QString& who) const
{
    return isError(event) ? tr("%1 hit a gRPC framing error").arg(who) : QString();
}

// The ladder's words, in the translation context where they were made.
std::optional<ArrowLabel> GrpcDescriptor::arrowLabel(const Timeline& timeline, const Event& e) const
{
    if (e.kind != kindOf(GrpcKind::Message))
        return std::nullopt;
    // The engine describes a message as "GetItem request 1: 3 bytes of protobuf ..."; the part before
    // the colon names it.
    const QString text = timeline.detail(e).text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = colon > 0 ? text.left(colon) : QCoreApplication::translate("LadderModel", "message");
    // Counted by call ("gRPC GetItem ×16"): the method is the first word of the name.
    const QString method = colon > 0 ? name.left(name.indexOf(QLatin1Char(' '))) : QString();
    return ArrowLabel{QCoreApplication::translate("LadderModel", "gRPC %1").arg(name),
                      method.isEmpty() ? QCoreApplication::translate("LadderModel", "gRPC message")
                                       : QCoreApplication::translate("LadderModel", "gRPC %1").arg(method),
                      false, false, method};
}

// The ladder's tooltip words, in the translation context where they were made.
QString GrpcDescriptor::arrowNote(const Timeline&, const Event&) const
{
    return QCoreApplication::translate(
        "protoviz::LadderView",
        "A gRPC message: a 5-byte prefix and a Protobuf body, carried in HTTP/2 DATA frames.");
}

} // namespace

const ProtocolDescriptor& grpcDescriptor()
{
    static const GrpcDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz

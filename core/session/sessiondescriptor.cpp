#include "core/session/sessiondescriptor.h"

#include "core/timeline/unitwords.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
    {kindOf(SessionKind::Started), u"Started"},
    {kindOf(SessionKind::Finished), u"Finished"},
    {kindOf(SessionKind::ObjectRequested), u"ObjectRequested"},
    {kindOf(SessionKind::ObjectCompleted), u"ObjectCompleted"},
    {kindOf(SessionKind::UpdateDelivered), u"UpdateDelivered"},
    {kindOf(SessionKind::Note), u"Note"},
    {kindOf(SessionKind::Error), u"Error"},
    {kindOf(SessionKind::ConnectionRole), u"ConnectionRole"},
};

// None of the session's events is a unit on the wire; each is told as a sentence of its own.
class SessionDescriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(SessionDescriptor)

public:
    Layer layer() const override { return Layer::Session; }
    QStringView id() const override { return u"session"; }
    QString title() const override { return tr("Session"); }
    LayerPlace place() const override { return LayerPlace::Session; }
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event&) const override { return false; }
    bool isError(const Event& event) const override { return event.kind == kindOf(SessionKind::Error); }
    UnitRole role(const Event& event) const override
    {
        return isError(event) ? UnitRole::Failure : UnitRole::Session;
    }
    QList<Event> keyEvents() const override { return {}; }
    QString unitName(const Event&) const override { return {}; }
    QString unitHeading(const Event& event, const QString& label) const override
    {
        return isError(event) ? tr("Session error") : label;
    }
    QString unitPhrase(const Event&) const override { return tr("an event"); }
    QString sentence(const Event& event, const QString& who) const override;
    QString describe(const Event& event, const EventDetail& detail) const override;
    QString position(const Event& event) const override;
    QString whyNoBytes(const Event&) const override
    {
        return tr("A session event describes the page or the run, not bytes on the wire.");
    }
};

QString SessionDescriptor::sentence(const Event& event, const QString& who) const
{
    switch (SessionKind(event.kind)) {
    case SessionKind::Started:
        return tr("%1 started the session").arg(who);
    case SessionKind::Finished:
        return tr("%1 ended the session").arg(who);
    case SessionKind::ObjectRequested:
        return tr("%1 asked for an object").arg(who);
    case SessionKind::ObjectCompleted:
        return tr("%1 had an object in full").arg(who);
    case SessionKind::UpdateDelivered:
        return tr("%1 got an update").arg(who);
    case SessionKind::Note:
        return tr("%1 noted something worth knowing").arg(who);
    case SessionKind::Error:
        return tr("%1 reported an error").arg(who);
    case SessionKind::ConnectionRole:
        return tr("%1 named what a connection is for").arg(who);
    }
    return {};
}

QString SessionDescriptor::describe(const Event& event, const EventDetail& detail) const
{
    switch (SessionKind(event.kind)) {
    case SessionKind::Started:
        return tr("The session starts; the link's round-trip time is %1")
            .arg(UnitWords::milliseconds(event.value));
    case SessionKind::Finished:
        switch (SessionOutcome(event.flags)) {
        case SessionOutcome::Completed:
            return tr("The session is over: the workload completed");
        case SessionOutcome::Failed:
            return tr("The session is over: it failed");
        case SessionOutcome::TimedOut:
            return tr("The session is over: it was given up after its time limit");
        case SessionOutcome::Cancelled:
            return tr("The session is over: it was cancelled");
        }
        return tr("The session is over");
    case SessionKind::ObjectRequested:
        if (event.flags & 0x1)
            return tr("The client asks for the page (the HTML document)");
        if (event.flags & 0x2)
            return tr("The server announces that it pushes page object %1").arg(event.stream);
        return tr("The client asks for page object %1").arg(event.stream);
    case SessionKind::ObjectCompleted:
        if (event.flags & 0x1)
            return tr("The page (the HTML document) has arrived: %1 of body")
                .arg(UnitWords::bytes(event.size));
        if (event.flags & 0x2)
            return tr("Pushed page object %1 has arrived: %2 of body")
                .arg(QString::number(event.stream), UnitWords::bytes(event.size));
        return tr("Page object %1 has arrived: %2 of body")
            .arg(QString::number(event.stream), UnitWords::bytes(event.size));
    case SessionKind::UpdateDelivered:
        return tr("Update %1 reaches a client %2 after the server published it")
            .arg(QString::number(event.stream), UnitWords::milliseconds(event.timeNs - event.value));
    case SessionKind::Note:
        return tr("Note");
    case SessionKind::Error:
        return tr("Session error");
    case SessionKind::ConnectionRole:
        return tr("What this connection is for");
    }
    return ProtocolDescriptor::describe(event, detail);
}

QString SessionDescriptor::position(const Event& event) const
{
    switch (SessionKind(event.kind)) {
    case SessionKind::ObjectRequested:
    case SessionKind::ObjectCompleted:
        return tr("object %1").arg(event.stream);
    case SessionKind::UpdateDelivered:
        return tr("update %1").arg(event.stream);
    default:
        return {};
    }
}

} // namespace

const ProtocolDescriptor& sessionDescriptor()
{
    static const SessionDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz

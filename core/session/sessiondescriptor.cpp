#include "core/session/sessiondescriptor.h"

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

} // namespace

const ProtocolDescriptor& sessionDescriptor()
{
    static const SessionDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz

#include "app/views/inspectordescription.h"

#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/unitwords.h"

#include <QLocale>

namespace protoviz {

QString InspectorDescription::title(const Event& event, const EventDetail& detail)
{
    return detail.text.isEmpty() ? ProtocolRegistry::of(event).describe(event, detail) : detail.text;
}

QString InspectorDescription::who(const Event& event)
{
    const bool upstream = event.direction == Direction::ClientToServer;
    const bool none = event.direction == Direction::None;
    switch (event.origin) {
    case Origin::Link:
        if (none)
            return tr("On the link");
        return upstream ? tr("On the link, client → server") : tr("On the link, server → client");
    case Origin::Client:
        if (none)
            return tr("Seen by the client");
        return upstream ? tr("Sent by the client") : tr("Received by the client");
    case Origin::Server:
        if (none)
            return tr("Seen by the server");
        return upstream ? tr("Received by the server") : tr("Sent by the server");
    }
    return {};
}

QString InspectorDescription::facts(const Event& event)
{
    QStringList parts{who(event), tr("at %1").arg(UnitWords::milliseconds(event.timeNs))};
    if (event.connection != 0)
        parts.append(tr("connection %1").arg(event.connection));
    if (const QString position = ProtocolRegistry::of(event).position(event); !position.isEmpty())
        parts.append(position);
    if (event.size > 0) {
        if (event.overhead == 0)
            parts.append(UnitWords::bytes(event.size));
        else if (event.overhead >= event.size)
            parts.append(tr("%1, all of them framing").arg(UnitWords::bytes(event.size)));
        else
            parts.append(tr("%1, %2 of them framing")
                             .arg(UnitWords::bytes(event.size), QLocale().toString(event.overhead)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString InspectorDescription::noBytesReason(const Event& event, const EventDetail& detail)
{
    if (const QString reason = ProtocolRegistry::of(event).whyNoBytes(event); !reason.isEmpty())
        return reason;
    if (event.size > 0)
        return tr("No bytes were kept for this unit (%1 on its layer).").arg(UnitWords::bytes(event.size));
    if (!detail.fields.isEmpty())
        return tr("This event marks a moment of the session rather than bytes; what is known about it "
                  "is listed in the fields.");
    return tr("This event carries no bytes of its own.");
}

QString InspectorDescription::truncationNote(const EventDetail& detail)
{
    if (!detail.truncated())
        return {};
    // A fact about the bytes pane, not a warning: large units are recorded only in part, by design.
    return tr("Bytes shown: the first %1 of %2.")
        .arg(QLocale().toString(detail.bytes.size()), UnitWords::bytes(detail.originalSize));
}

} // namespace protoviz

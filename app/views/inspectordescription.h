#pragma once

#include "core/timeline/event.h"
#include "core/timeline/eventdetail.h"

#include <QCoreApplication>
#include <QString>

namespace protoviz {

/// The inspector's plain words for an event: what it is, who saw it and when, where it belongs and how
/// big it is. Events whose detail carries no explanation (TCP segments, HTTP/1.1 heads, page objects)
/// are described from their record by their protocol's descriptor. All text is translated; call again after a
/// language change.
class InspectorDescription
{
    Q_DECLARE_TR_FUNCTIONS(InspectorDescription)

public:
    /// What the event is: the detail's own explanation if it has one, otherwise a sentence built from
    /// the event ("TCP segment 3 reaches the server, 5.1 ms after it was sent").
    static QString title(const Event& event, const EventDetail& detail);

    /// Who saw it, when, on which connection and stream, how many bytes:
    /// "Received by the client · at 64.683 ms · connection 1 · stream 1 · 38 bytes, 9 of them framing".
    static QString facts(const Event& event);

    /// Why the hex dump is empty for an event without bytes.
    static QString noBytesReason(const Event& event, const EventDetail& detail);

    /// "Bytes shown: the first 4,096 of 16,384 bytes." when only the first bytes of the unit were kept
    /// (for the bytes pane's detail); empty when none were cut.
    static QString truncationNote(const EventDetail& detail);

private:
    static QString who(const Event& event);
};

} // namespace protoviz

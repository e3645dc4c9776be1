#include "app/views/inspectordescription.h"

#include "core/timeline/eventnames.h"

#include "app/views/timelinemodel.h"

#include <QLocale>

namespace protoviz {

namespace {

// Spelt out rather than "%n byte(s)": the sentences must read right even where no English translation
// supplies plural forms.
QString bytes(qint64 count)
{
    if (count == 1)
        return InspectorDescription::tr("1 byte");
    return InspectorDescription::tr("%1 bytes").arg(QLocale().toString(count));
}

QString party(bool client)
{
    return client ? InspectorDescription::tr("client") : InspectorDescription::tr("server");
}

} // namespace

QString InspectorDescription::milliseconds(qint64 ns)
{
    return tr("%1 ms").arg(QLocale().toString(double(ns) / 1e6, 'f', 3));
}

QString InspectorDescription::title(const Event& event, const EventDetail& detail)
{
    if (!detail.text.isEmpty())
        return detail.text;
    switch (event.layer) {
    case Layer::Wire:
        return wireTitle(event);
    case Layer::Http1:
        return http1Title(event, detail);
    case Layer::Session:
        return sessionTitle(event);
    case Layer::Tls:
    case Layer::Http2:
    case Layer::WebSocket:
    case Layer::Grpc:
        break;
    }
    return tr("%1 %2").arg(TimelineModel::layerLabel(event.layer), kindName(event.layer, event.kind));
}

QString InspectorDescription::wireTitle(const Event& event)
{
    const bool fromClient = event.direction != Direction::ServerToClient;
    const QString sender = party(fromClient);
    const QString receiver = party(!fromClient);
    switch (WireKind(event.kind)) {
    case WireKind::Syn:
        return tr("SYN: the client opens TCP connection %1; it reaches the server at %2")
            .arg(event.connection)
            .arg(milliseconds(event.value));
    case WireKind::SynAck:
        return tr("SYN-ACK: the server accepts connection %1; it reaches the client at %2")
            .arg(event.connection)
            .arg(milliseconds(event.value));
    case WireKind::Ack:
        return tr("ACK: the client completes the three-way handshake of connection %1; it reaches the "
                  "server at %2")
            .arg(event.connection)
            .arg(milliseconds(event.value));
    case WireKind::Established:
        return tr("Connection %1 is established: the client may send from now on").arg(event.connection);
    case WireKind::SegmentSent:
        return tr("TCP segment %1 leaves the %2 with %3 of payload; it is due at the %4 at %5, after %6 "
                  "on the link")
            .arg(QString::number(event.stream), sender, bytes(event.size), receiver,
                 milliseconds(event.value), milliseconds(event.value - event.timeNs));
    case WireKind::SegmentLost:
        return tr("TCP segment %1 (%2) from the %3 is lost on the link; it is sent again at %4")
            .arg(QString::number(event.stream), bytes(event.size), sender, milliseconds(event.value));
    case WireKind::SegmentDelivered: {
        QString text = tr("TCP segment %1 (%2) reaches the %3: it left at %4, %5 before")
                           .arg(QString::number(event.stream), bytes(event.size), receiver,
                                milliseconds(event.value), milliseconds(event.timeNs - event.value));
        if (event.flags & WireFlag::HeadOfLineBlocked)
            text +=
                u' ' + tr("It arrived earlier but had to wait behind a lost segment: head-of-line blocking.");
        if (event.flags & WireFlag::Retransmission)
            text += u' ' + tr("This attempt is a retransmission.");
        return text;
    }
    case WireKind::Fin:
        return tr("FIN: the %1 has finished sending on connection %2").arg(sender).arg(event.connection);
    case WireKind::Reset:
        return tr("RST: connection %1 is aborted").arg(event.connection);
    case WireKind::Error:
        return tr("The link could not carry connection %1").arg(event.connection);
    case WireKind::Overheard:
        return tr("An eavesdropper on the link reads %1 going to the %2").arg(bytes(event.size), receiver);
    case WireKind::Tampered:
        return tr("An attacker on the link alters %1 going to the %2").arg(bytes(event.size), receiver);
    }
    return tr("TCP %1").arg(kindName(event.layer, event.kind));
}

QString InspectorDescription::http1Title(const Event& event, const EventDetail& detail)
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
                .arg(bytes(event.size), bytes(event.overhead));
        return tr("HTTP/1.1 body: %1 of content").arg(bytes(event.size));
    case Http1Kind::MessageEnd:
        return tr("HTTP/1.1 message %1 is complete: %2 of body in all")
            .arg(QString::number(event.stream), bytes(event.size));
    case Http1Kind::Error:
        return tr("HTTP/1.1 error");
    }
    return tr("HTTP/1.1 %1").arg(kindName(event.layer, event.kind));
}

QString InspectorDescription::sessionTitle(const Event& event)
{
    switch (SessionKind(event.kind)) {
    case SessionKind::Started:
        return tr("The session starts; the link's round-trip time is %1").arg(milliseconds(event.value));
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
            return tr("The page (the HTML document) has arrived: %1 of body").arg(bytes(event.size));
        if (event.flags & 0x2)
            return tr("Pushed page object %1 has arrived: %2 of body")
                .arg(QString::number(event.stream), bytes(event.size));
        return tr("Page object %1 has arrived: %2 of body")
            .arg(QString::number(event.stream), bytes(event.size));
    case SessionKind::UpdateDelivered:
        return tr("Update %1 reaches a client %2 after the server published it")
            .arg(QString::number(event.stream), milliseconds(event.timeNs - event.value));
    case SessionKind::Note:
        return tr("Note");
    case SessionKind::Error:
        return tr("Session error");
    case SessionKind::ConnectionRole:
        return tr("What this connection is for");
    }
    return tr("Session %1").arg(kindName(event.layer, event.kind));
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

QString InspectorDescription::unitPosition(const Event& event)
{
    switch (event.layer) {
    case Layer::Http2:
        if (event.kind == kindOf(Http2Kind::Preface))
            return {};
        return event.stream == 0 ? tr("stream 0 (the connection)") : tr("stream %1").arg(event.stream);
    case Layer::Grpc:
        return event.stream == 0 ? QString() : tr("HTTP/2 stream %1").arg(event.stream);
    case Layer::Http1:
    case Layer::WebSocket:
        return event.stream == 0 ? QString() : tr("message %1").arg(event.stream);
    case Layer::Wire:
        if (event.kind == kindOf(WireKind::SegmentSent) || event.kind == kindOf(WireKind::SegmentLost) ||
            event.kind == kindOf(WireKind::SegmentDelivered))
            return tr("segment %1").arg(event.stream);
        return {};
    case Layer::Session:
        if (event.kind == kindOf(SessionKind::ObjectRequested) ||
            event.kind == kindOf(SessionKind::ObjectCompleted))
            return tr("object %1").arg(event.stream);
        if (event.kind == kindOf(SessionKind::UpdateDelivered))
            return tr("update %1").arg(event.stream);
        return {};
    case Layer::Tls:
        break;
    }
    return {};
}

QString InspectorDescription::facts(const Event& event)
{
    QStringList parts{who(event), tr("at %1").arg(milliseconds(event.timeNs))};
    if (event.connection != 0)
        parts.append(tr("connection %1").arg(event.connection));
    if (const QString position = unitPosition(event); !position.isEmpty())
        parts.append(position);
    if (event.size > 0) {
        if (event.overhead == 0)
            parts.append(bytes(event.size));
        else if (event.overhead >= event.size)
            parts.append(tr("%1, all of them framing").arg(bytes(event.size)));
        else
            parts.append(
                tr("%1, %2 of them framing").arg(bytes(event.size), QLocale().toString(event.overhead)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString InspectorDescription::noBytesReason(const Event& event, const EventDetail& detail)
{
    if (event.layer == Layer::Wire)
        return tr("The link records when each segment travels and how big it is, not what it carries: "
                  "its bytes are decoded in the TLS, HTTP and WebSocket events at either end.");
    if (event.layer == Layer::Session)
        return tr("A session event describes the page or the run, not bytes on the wire.");
    if (event.size > 0)
        return tr("No bytes were kept for this unit (%1 on its layer).").arg(bytes(event.size));
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
        .arg(QLocale().toString(detail.bytes.size()), bytes(detail.originalSize));
}

} // namespace protoviz

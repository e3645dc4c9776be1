#include "app/views/eventsentence.h"

#include "core/timeline/eventnames.h"
#include "core/tls/tlsnames.h"

#include "app/views/timelinemodel.h"

namespace protoviz {

QString EventSentence::moved(const Event& event, const QString& what)
{
    const QString who = TimelineModel::originLabel(event.origin);
    const bool upstream = event.direction == Direction::ClientToServer;
    switch (event.origin) {
    case Origin::Link:
        //: %1 is "link", %2 a unit such as "a segment"
        return event.direction == Direction::None ? tr("%1 saw %2").arg(who, what)
                                                  : tr("%1 carried %2").arg(who, what);
    case Origin::Client:
        if (event.direction == Direction::None)
            return tr("%1 saw %2").arg(who, what);
        //: %1 is "client" or "server", %2 a unit such as "a segment"
        return upstream ? tr("%1 sent %2").arg(who, what) : tr("%1 received %2").arg(who, what);
    case Origin::Server:
        if (event.direction == Direction::None)
            return tr("%1 saw %2").arg(who, what);
        return upstream ? tr("%1 received %2").arg(who, what) : tr("%1 sent %2").arg(who, what);
    }
    return {};
}

QString EventSentence::unit(const Event& event)
{
    switch (event.layer) {
    case Layer::Wire:
        switch (WireKind(event.kind)) {
        case WireKind::Syn:
            return tr("a SYN");
        case WireKind::SynAck:
            return tr("a SYN-ACK");
        case WireKind::Ack:
            return tr("an ACK");
        case WireKind::Fin:
            return tr("a FIN");
        default:
            return tr("a segment");
        }
    case Layer::Tls:
        switch (TlsKind(event.kind)) {
        case TlsKind::Record:
            return tr("a TLS record");
        case TlsKind::HandshakeMessage:
            // The standard's own name (ClientHello, Certificate...) is the word learners meet everywhere.
            return TlsNames::handshakeTypeName(event.flags);
        case TlsKind::ChangeCipherSpec:
            return QStringLiteral("ChangeCipherSpec");
        case TlsKind::Alert:
            //: %1 is the alert as the standard names it: close_notify, unknown_ca...
            return tr("a TLS alert (%1)").arg(TlsNames::alertDescriptionName(event.flags));
        case TlsKind::EarlyData:
            return tr("early data (0-RTT)");
        default:
            return tr("a TLS message");
        }
    case Layer::Http1:
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
    case Layer::Http2:
        switch (Http2Kind(event.kind)) {
        case Http2Kind::Preface:
            return tr("the connection preface");
        case Http2Kind::UnknownFrame:
            return tr("a frame of an extension type");
        default:
            //: %1 is the frame type as the standard names it: DATA, HEADERS, SETTINGS...
            return tr("a %1 frame").arg(kindName(event.layer, event.kind));
        }
    case Layer::WebSocket:
        switch (WebSocketKind(event.kind)) {
        case WebSocketKind::UpgradeRequest:
            return tr("the WebSocket upgrade request");
        case WebSocketKind::UpgradeResponse:
            return tr("the WebSocket upgrade answer");
        case WebSocketKind::Frame:
            return tr("a WebSocket frame");
        case WebSocketKind::Message:
            return tr("a WebSocket message");
        case WebSocketKind::Close:
            return tr("a WebSocket close");
        default:
            return tr("a WebSocket frame");
        }
    case Layer::Grpc:
        switch (GrpcKind(event.kind)) {
        case GrpcKind::CallStarted:
            return tr("the start of a gRPC call");
        case GrpcKind::Message:
            return tr("a gRPC message");
        case GrpcKind::CallFinished:
            return tr("a gRPC call's status");
        default:
            return tr("a gRPC message");
        }
    case Layer::Session:
        break;
    }
    return tr("an event");
}

QString EventSentence::of(const Event& event)
{
    const QString who = TimelineModel::originLabel(event.origin);
    switch (event.layer) {
    case Layer::Session:
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
        break;
    case Layer::Wire:
        switch (WireKind(event.kind)) {
        case WireKind::SegmentLost:
            return tr("%1 dropped a segment").arg(who);
        case WireKind::SegmentDelivered:
            return tr("%1 delivered a segment").arg(who);
        case WireKind::Reset:
            return tr("%1 aborted the connection (RST)").arg(who);
        case WireKind::Established:
            return tr("%1 completed the TCP handshake").arg(who);
        case WireKind::Error:
            return tr("%1 could not carry the connection").arg(who);
        case WireKind::Overheard:
            //: %1 is "link"
            return tr("an eavesdropper on the %1 read what it could").arg(who);
        case WireKind::Tampered:
            return tr("an attacker on the %1 altered bytes in flight").arg(who);
        default:
            return moved(event, unit(event));
        }
    case Layer::Tls:
        if (TlsKind(event.kind) == TlsKind::HandshakeComplete)
            return tr("%1 agreed on the TLS keys").arg(who);
        if (TlsKind(event.kind) == TlsKind::Error)
            return tr("%1 hit a TLS error").arg(who);
        return moved(event, unit(event));
    case Layer::Http1:
        if (Http1Kind(event.kind) == Http1Kind::Error)
            return tr("%1 refused malformed HTTP/1.1").arg(who);
        return moved(event, unit(event));
    case Layer::Http2:
        if (Http2Kind(event.kind) == Http2Kind::Error)
            return tr("%1 hit an HTTP/2 protocol error").arg(who);
        return moved(event, unit(event));
    case Layer::WebSocket:
        if (WebSocketKind(event.kind) == WebSocketKind::Error)
            return tr("%1 hit a WebSocket error").arg(who);
        return moved(event, unit(event));
    case Layer::Grpc:
        if (GrpcKind(event.kind) == GrpcKind::Error)
            return tr("%1 hit a gRPC framing error").arg(who);
        return moved(event, unit(event));
    }
    return moved(event, unit(event));
}

} // namespace protoviz

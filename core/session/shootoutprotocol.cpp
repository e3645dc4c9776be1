#include "core/session/shootoutprotocol.h"

namespace protoviz {

ShootoutProtocolFacts ShootoutProtocolFacts::of(ShootoutProtocol protocol)
{
    ShootoutProtocolFacts facts;
    facts.protocol = protocol;
    switch (protocol) {
    case ShootoutProtocol::Http:
        facts.humanReadable = true;
        facts.browserNative = true;
        facts.humanReadableNote = tr("request and response heads are lines of text, bodies here JSON");
        facts.browserNativeNote = tr("fetch() and XMLHttpRequest");
        break;
    case ShootoutProtocol::Https:
        facts.humanReadable = true;
        facts.browserNative = true;
        facts.humanReadableNote =
            tr("the same text as HTTP/1.1, readable once TLS is removed (a key log, the browser's tools)");
        facts.browserNativeNote = tr("fetch() and XMLHttpRequest");
        break;
    case ShootoutProtocol::Grpc:
        facts.offersServerPush = true;
        facts.offersStreaming = true;
        facts.humanReadableNote = tr("binary HTTP/2 frames, HPACK-compressed headers, protobuf messages");
        facts.browserNativeNote =
            tr("browsers expose no HTTP/2 trailers to scripts: pages need gRPC-Web and a proxy");
        break;
    case ShootoutProtocol::WebSocket:
        facts.humanReadable = false;
        facts.browserNative = true;
        facts.offersServerPush = true;
        facts.offersStreaming = true;
        facts.humanReadableNote =
            tr("binary frame headers with masked client payloads; the messages themselves may be text");
        facts.browserNativeNote = tr("the WebSocket API");
        break;
    case ShootoutProtocol::Http3:
        // RFC 9114 specifies server push, but browsers removed it: a page still asks for every update.
        facts.browserNative = true;
        facts.humanReadableNote =
            tr("binary frames in encrypted QUIC packets; header fields compressed with QPACK");
        facts.browserNativeNote =
            tr("fetch() uses it by itself when the server offers it (an Alt-Svc header); "
               "no API lets a page choose it. Server push is specified, but browsers "
               "removed it, so news still needs a request");
        break;
    }
    return facts;
}

QString ShootoutProtocolFacts::name(ShootoutProtocol protocol)
{
    switch (protocol) {
    case ShootoutProtocol::Http:
        return QStringLiteral("http");
    case ShootoutProtocol::Https:
        return QStringLiteral("https");
    case ShootoutProtocol::Grpc:
        return QStringLiteral("grpc");
    case ShootoutProtocol::WebSocket:
        return QStringLiteral("websocket");
    case ShootoutProtocol::Http3:
        return QStringLiteral("http3");
    }
    return {};
}

std::optional<ShootoutProtocol> ShootoutProtocolFacts::fromName(const QString& name)
{
    for (const ShootoutProtocol protocol :
         {ShootoutProtocol::Http, ShootoutProtocol::Https, ShootoutProtocol::Grpc,
          ShootoutProtocol::WebSocket, ShootoutProtocol::Http3}) {
        if (ShootoutProtocolFacts::name(protocol) == name)
            return protocol;
    }
    return std::nullopt;
}

QString ShootoutProtocolFacts::label(ShootoutProtocol protocol)
{
    switch (protocol) {
    case ShootoutProtocol::Http:
        return tr("HTTP/1.1");
    case ShootoutProtocol::Https:
        return tr("HTTPS (HTTP/1.1 over TLS)");
    case ShootoutProtocol::Grpc:
        return tr("gRPC (HTTP/2 over TLS)");
    case ShootoutProtocol::WebSocket:
        return tr("WebSocket over TLS (wss://)");
    case ShootoutProtocol::Http3:
        return tr("HTTP/3 (over QUIC)");
    }
    return {};
}

} // namespace protoviz

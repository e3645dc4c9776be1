#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace protoviz {

/// The ways the protocol shoot-out carries one workload (a scenario shows four of them side by side).
enum class ShootoutProtocol : quint8 {
    Http,      ///< HTTP/1.1 in cleartext: requests on a browser-like pool, updates by long polling
    Https,     ///< the same over TLS
    Grpc,      ///< gRPC over HTTP/2 and TLS: unary calls, updates on one server-streaming call
    WebSocket, ///< WebSocket over TLS: requests and answers as messages, updates pushed
    Http3,     ///< HTTP/3 over QUIC: requests as streams on one connection, updates by long polling
};

/// What is known of a shoot-out protocol before anything runs: its names and the facts about it that a
/// run cannot measure. Human-readable and browser-native are properties of the protocol and of today's
/// browsers, written down here and never presented as measured; server push and streaming are measured
/// by ShootoutStatistics, and the facts below only say what the protocol offers. A value type.
struct ShootoutProtocolFacts
{
    Q_DECLARE_TR_FUNCTIONS(ShootoutProtocolFacts)

public:
    ShootoutProtocol protocol = ShootoutProtocol::Http;
    bool humanReadable = false;    ///< the protocol's own units are text a person can read off the wire
    bool browserNative = false;    ///< a script in a web page can speak it through a browser API directly
    bool offersServerPush = false; ///< the server may send without a request before it
    bool offersStreaming = false;  ///< one exchange may carry messages over time, not one answer
    QString humanReadableNote;     ///< why, in a few words
    QString browserNativeNote;     ///< why, in a few words

    static ShootoutProtocolFacts of(ShootoutProtocol protocol);

    /// "http", "https", "grpc", "websocket", "http3": the name settings and recordings use.
    static QString name(ShootoutProtocol protocol);
    static std::optional<ShootoutProtocol> fromName(const QString& name);
    /// "HTTP/1.1", "HTTPS (HTTP/1.1 over TLS)", ...: what a pane is labelled with.
    static QString label(ShootoutProtocol protocol);
    /// Whether the protocol runs over TLS in the shoot-out (QUIC's TLS 1.3 included).
    static bool usesTls(ShootoutProtocol protocol) { return protocol != ShootoutProtocol::Http; }
};

} // namespace protoviz

#pragma once

#include "core/link/linkconditions.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace protoviz {

/// One side of the gRPC-Web scenario: a browser calling the lesson service through a gRPC-Web proxy,
/// or a native gRPC client calling it directly, with the same calls, deadline and cancellation. A
/// value type; validationError() says in plain words what cannot be run.
struct GrpcWebSessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(GrpcWebSessionConfig)

public:
    enum class Client {
        Browser, ///< gRPC-Web over HTTP/1.1 to a translating proxy, gRPC over HTTP/2 from there
        Native,  ///< gRPC over HTTP/2 straight to the server
    };

    static constexpr int MaxCalls = 10000;
    static constexpr int MaxMs = 60 * 1000;
    /// The proxy sits beside the server: its hop has this round-trip time.
    static constexpr qint64 ProxyRttNs = 1000000;

    QString title;
    Client client = Client::Browser;
    LinkConditions link;        ///< between the client and the proxy (or the server, natively)
    int calls = 10;             ///< unary GetItem calls
    int itemSize = 4096;        ///< thumbnail bytes per item
    int connectionsPerHost = 6; ///< the browser's pool
    int deadlineMs = 0;         ///< each call's deadline; 0: none
    int workMs = 0;             ///< server work per call, rising from 0 (first call) to this (last call)
    int cancelAfterMs =
        0; ///< the client cancels each call still running this long after it started; 0: never
    int timeoutSeconds = 120;

    QString validationError() const;
    QVariantMap toVariantMap() const;
    /// Server work for call index (0-based), in milliseconds.
    int workFor(int index) const;
    /// "gRPC-Web via a proxy (HTTP/1.1, then HTTP/2)", "native gRPC over HTTP/2".
    QString protocolLabel() const;
    QString workloadDescription() const;
};

} // namespace protoviz

#pragma once

#include "core/link/linkconditions.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace protoviz {

/// One side of a REST-or-gRPC comparison: which API the client uses, how it moves the items, and the
/// link and security under it. Items are the lesson service's (LessonMessages): the REST sides read
/// them as JSON documents or as Protobuf bodies, the gRPC side as Protobuf messages. A value type;
/// validationError() says in plain words what cannot be run.
struct GrpcSessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(GrpcSessionConfig)

public:
    /// The API the client speaks.
    /// The API the client speaks. The two in-between APIs change one thing each against Rest, so that
    /// a comparison can tell what the transport saves from what the encoding saves.
    enum class Api {
        Rest, ///< GET /api/items/N, JSON documents, HTTP/1.1 through a browser-like pool of connections
        RestJsonHttp2, ///< the same JSON documents, every request a stream on one HTTP/2 connection
        ProtobufHttp1, ///< the same requests over the HTTP/1.1 pool, answered with the items' Protobuf
                       ///< encoding (Accept: application/x-protobuf)
        Grpc,          ///< the lesson service over HTTP/2, one connection
    };

    /// How the client moves the items.
    enum class Pattern {
        Fetch, ///< fetch every item at once: REST requests over the pool, or unary gRPC calls multiplexed
        OneAtATime, ///< gRPC: a unary call per item, one after another, then each item back up through a
                    ///< bidirectional stream, waiting for its acknowledgement
        Streams,    ///< gRPC: every item in one server-streaming call, then back in one client-streaming call
    };

    static constexpr int MaxItems = 100000;
    /// gRPC refuses more than this many calls in flight on one connection (the server's
    /// SETTINGS_MAX_CONCURRENT_STREAMS); the client keeps the rest waiting, as gRPC libraries do.
    static constexpr int MaxCallsInFlight = 100;

    QString title; ///< what the pane is labelled with ("gRPC over HTTP/2, TLS")
    Api api = Api::Grpc;
    Pattern pattern = Pattern::Fetch;
    bool tls = true;
    LinkConditions link;
    int items = 100;            ///< items moved (each way, for the patterns that upload)
    int itemSize = 4096;        ///< thumbnail bytes per item
    int connectionsPerHost = 6; ///< REST: the HTTP/1.1 pool's size
    int timeoutSeconds = 120;   ///< the session gives up after this long
    QString keyLogPath;         ///< append the client's TLS secrets here (SSLKEYLOGFILE format); empty: none

    /// Empty when the configuration can run; else an explanation.
    QString validationError() const;
    /// The configuration as plain values (for recordings, JSON and the GUI). "objects" is what the
    /// session counts as done objects: one per item fetched and one per item sent back.
    QVariantMap toVariantMap() const;
    /// Objects (SessionKind::ObjectCompleted events) a successful run records.
    int expectedObjects() const;
    /// Whether the client speaks HTTP/2 (one connection) rather than HTTP/1.1 (a pool).
    bool usesHttp2() const { return api == Api::RestJsonHttp2 || api == Api::Grpc; }
    /// Whether the items travel in Protobuf's encoding rather than as JSON.
    bool usesProtobuf() const { return api == Api::ProtobufHttp1 || api == Api::Grpc; }

    /// "REST/JSON over HTTP/1.1, TLS", "gRPC over h2c".
    QString protocolLabel() const;
    /// One line saying what the client does, for people.
    QString workloadDescription() const;
};

} // namespace protoviz

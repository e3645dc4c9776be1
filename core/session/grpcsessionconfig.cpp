#include "core/session/grpcsessionconfig.h"

#include "core/grpc/lessonmessages.h"
#include "core/grpc/lessonservice.h"

namespace protoviz {

QString GrpcSessionConfig::validationError() const
{
    if (const QString linkError = link.validationError(); !linkError.isEmpty())
        return linkError;
    if (items < 1 || items > MaxItems)
        return tr("Between 1 and %1 items can be moved.").arg(MaxItems);
    if (itemSize < 0 || itemSize > LessonMessages::MaxThumbnailSize)
        return tr("Items may carry between 0 and %1 bytes, so that each fits in gRPC's default 4 MiB message "
                  "limit.")
            .arg(LessonMessages::MaxThumbnailSize);
    if (pattern == Pattern::Streams && qint64(items) * itemSize > LessonService::MaxListBytes)
        return tr("One stream may carry at most %1 MiB of items; ask for fewer or smaller items.")
            .arg(LessonService::MaxListBytes / (1024 * 1024));
    if (api != Api::Grpc && pattern != Pattern::Fetch)
        return tr("The REST API only fetches items.");
    if (connectionsPerHost < 1 || connectionsPerHost > 64)
        return tr("HTTP/1.1 may use between 1 and %1 connections per host.").arg(64);
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        return tr("The time limit must be between 1 second and %1 seconds.").arg(3600);
    return {};
}

int GrpcSessionConfig::expectedObjects() const
{
    return pattern == Pattern::Fetch ? items : 2 * items;
}

QVariantMap GrpcSessionConfig::toVariantMap() const
{
    static const char* const patterns[] = {"fetch", "one-at-a-time", "streams"};
    // "rest" means JSON documents, whichever HTTP carries them (the statistics view reads it so).
    static const char* const apis[] = {"rest", "rest", "rest-protobuf", "grpc"};
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("api"), QString::fromLatin1(apis[int(api)])},
        {QStringLiteral("protocol"), usesHttp2() ? QStringLiteral("h2") : QStringLiteral("http/1.1")},
        {QStringLiteral("encoding"), usesProtobuf() ? QStringLiteral("protobuf") : QStringLiteral("json")},
        {QStringLiteral("pattern"), QString::fromLatin1(patterns[int(pattern)])},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("rttMs"), double(link.rttNs) / 1e6},
        {QStringLiteral("jitterMs"), double(link.jitterNs) / 1e6},
        {QStringLiteral("upstreamBitsPerSecond"), link.upstreamBitsPerSecond},
        {QStringLiteral("downstreamBitsPerSecond"), link.downstreamBitsPerSecond},
        {QStringLiteral("loss"), link.lossRate},
        {QStringLiteral("seed"), link.seed},
        {QStringLiteral("items"), items},
        {QStringLiteral("itemSize"), itemSize},
        {QStringLiteral("objects"), expectedObjects()},
        {QStringLiteral("connectionsPerHost"), connectionsPerHost},
        {QStringLiteral("workload"), workloadDescription()},
    };
}

QString GrpcSessionConfig::protocolLabel() const
{
    switch (api) {
    case Api::Rest:
        return tls ? tr("REST/JSON over HTTP/1.1 and TLS") : tr("REST/JSON over HTTP/1.1 cleartext");
    case Api::RestJsonHttp2:
        return tls ? tr("REST/JSON over HTTP/2 and TLS") : tr("REST/JSON over HTTP/2 cleartext (h2c)");
    case Api::ProtobufHttp1:
        return tls ? tr("REST/Protobuf over HTTP/1.1 and TLS") : tr("REST/Protobuf over HTTP/1.1 cleartext");
    case Api::Grpc:
        break;
    }
    return tls ? tr("gRPC over HTTP/2 and TLS") : tr("gRPC over HTTP/2 cleartext (h2c)");
}

QString GrpcSessionConfig::workloadDescription() const
{
    const QString what = tr("%n item(s) of %1 bytes", nullptr, items).arg(itemSize);
    switch (pattern) {
    case Pattern::Fetch:
        switch (api) {
        case Api::Rest:
            return tr("Items: %1, fetched as JSON documents (GET /api/items/N) over a pool of HTTP/1.1 "
                      "connections.")
                .arg(what);
        case Api::RestJsonHttp2:
            return tr("Items: %1, fetched as JSON documents (GET /api/items/N), every request a stream on "
                      "one HTTP/2 connection.")
                .arg(what);
        case Api::ProtobufHttp1:
            return tr("Items: %1, fetched as Protobuf (GET /api/items/N, Accept: application/x-protobuf) "
                      "over "
                      "a pool of HTTP/1.1 connections.")
                .arg(what);
        case Api::Grpc:
            break;
        }
        return tr("Items: %1, fetched with unary calls (GetItem).").arg(what);
    case Pattern::OneAtATime:
        return tr("Items: %1, fetched one call at a time (GetItem), then sent back through one bidirectional "
                  "stream, each waiting for its acknowledgement (Exchange).")
            .arg(what);
    case Pattern::Streams:
        return tr("Items: %1, fetched in one server-streaming call (ListItems), then sent back in one "
                  "client-streaming call (UploadItems).")
            .arg(what);
    }
    return {};
}

} // namespace protoviz

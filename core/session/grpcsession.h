#pragma once

#include "core/session/grpcsessionconfig.h"
#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <functional>
#include <memory>

namespace protoviz {

class ByteStream;
class GrpcChannel;
class HttpClient;
class Link;
class TlsClientContext;
class WebServer;

/// A live API session of the REST-and-gRPC lessons: ProtoViz's web server (its REST API, or the gRPC
/// lesson service) and one client — a REST client reading JSON or Protobuf bodies (RestWorkload) over
/// an HTTP/1.1 pool or one HTTP/2 connection, or a gRPC channel (GrpcWorkload) — talking through the
/// emulated link, all on loopback. Every layer records to the
/// session's timeline: TCP, TLS, HTTP/1.1 or HTTP/2 frames, and for gRPC each call and message.
/// Lives on the session thread (see SessionRunner).
class GrpcSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcSession)

public:
    GrpcSession(const GrpcSessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~GrpcSession() override;

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    bool startServer(QString* error);
    ByteStream* openStream(const QList<QByteArray>& alpn);
    void closeConnections(SessionOutcome outcome, const QString& reason);
    void onEnded(SessionOutcome outcome, const QString& reason);

    const GrpcSessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    ConnectionDirectory m_directory;
    WebServer* m_server = nullptr;
    Link* m_link = nullptr;
    HttpClient* m_restClient = nullptr;
    GrpcChannel* m_channel = nullptr;
    std::function<void()> m_startWorkload;
    QByteArray m_trustedCa;
    std::shared_ptr<TlsClientContext> m_clientContext;
    SessionEnding m_ending;
};

} // namespace protoviz

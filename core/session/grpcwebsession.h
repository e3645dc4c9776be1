#pragma once

#include "core/grpc/grpcstatus.h"
#include "core/session/grpcwebsessionconfig.h"
#include "core/session/sessionending.h"
#include "core/session/sessionworker.h"
#include "core/timeline/eventrecorder.h"
#include "core/transport/connectiondirectory.h"

#include <QMap>

namespace protoviz {

class ByteStream;
class GrpcChannel;
class GrpcWebClient;
class GrpcWebProxy;
class Link;
class WebServer;

/// A live session of the gRPC-Web scenario: ProtoViz's web server with the gRPC lesson service, and a
/// client making unary GetItem calls with the configured server work, deadline and cancellation —
/// either a browser speaking gRPC-Web over HTTP/1.1 to a GrpcWebProxy, which calls the server over
/// HTTP/2 through a second link of its own (one more hop, with its own connections), or a native gRPC
/// channel straight through the link. Calls ending OK, DEADLINE_EXCEEDED or CANCELLED are what the
/// knobs ask for; any other status fails the session. At the end a Session note says what was measured
/// and why. Lives on the session thread (see SessionRunner).
class GrpcWebSession final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcWebSession)

public:
    GrpcWebSession(const GrpcWebSessionConfig& config, Timeline* timeline, QObject* parent = nullptr);
    ~GrpcWebSession() override;

    void start() override;
    void cancel() override;

private:
    bool setUp(QString* error);
    ByteStream* openThrough(Link* link);
    void startCalls();
    void startCall(int index);
    void callEnded(int index, const GrpcStatus& status, qsizetype itemBytes);
    void closeConnections();
    QString summary() const;
    void onEnded(SessionOutcome outcome, const QString& reason);

    const GrpcWebSessionConfig m_config;
    Timeline* const m_timeline;
    const EventRecorder m_sessionRecorder;
    ConnectionDirectory m_directory;
    WebServer* m_server = nullptr;
    Link* m_link = nullptr;      // the client's link (to the proxy, or to the server)
    Link* m_proxyLink = nullptr; // the proxy's link to the server
    GrpcWebProxy* m_proxy = nullptr;
    GrpcWebClient* m_webClient = nullptr;
    GrpcChannel* m_channel = nullptr;
    SessionEnding m_ending;
    int m_next = 0;
    int m_inFlight = 0;
    int m_ended = 0;
    QMap<int, int> m_statuses; // grpc-status code -> calls
    QString m_failure;
    bool m_closing = false; // the calls were all over, so the end says what they did
};

} // namespace protoviz

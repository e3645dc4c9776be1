#pragma once

#include "core/grpc/grpcclientcall.h"
#include "core/grpc/grpceventlog.h"
#include "core/http/httpclient.h"
#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace protoviz {

class ByteStream;
class GrpcSchema;
class GrpcWebCall;
class Http1ClientConnection;

/// A browser's gRPC-Web client (as grpc-web's JavaScript library over fetch): every call is an
/// HTTP/1.1 POST with content-type application/grpc-web+proto on a browser-like pool of at most
/// maxConnections keep-alive connections to one origin (the gRPC-Web proxy), one call per connection
/// at a time. A call waits for a free connection; one that gives up (deadline, cancel) closes its
/// connection, and the next call opens a new one. Records HTTP/1.1 messages (Http1ClientConnection)
/// and Layer::Grpc events for each call (stream = the request's message number on its connection).
///
/// Lives on the session thread. Owns its connections and calls.
class GrpcWebClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcWebClient)

public:
    /// opener: opens each connection (the client owns the streams). authority: the Host of every request.
    /// schema must outlive the client. recorder: Origin::Client, connection 0.
    GrpcWebClient(StreamOpener opener, const QByteArray& authority, int maxConnections,
                  const GrpcSchema& schema, EventRecorder recorder, QObject* parent = nullptr);
    ~GrpcWebClient() override;

    /// Starts a call; it is sent once closeSend() has been called on it. The call belongs to the client
    /// and is deleted after its finished() signal.
    GrpcWebCall* startCall(const QByteArray& path, const GrpcCallOptions& options = {});

    /// Closes every connection once no call is in progress.
    void finish();

    /// Connections opened so far.
    int connectionsOpened() const { return m_opened; }

private:
    void dispatch();
    Http1ClientConnection* freeConnection();
    void onAbandoned(GrpcWebCall* call);
    void onConnectionFinished(Http1ClientConnection* connection, const QString& reason);
    void closeIdle();
    GrpcEventLog logFor(Http1ClientConnection* connection) const;

    const StreamOpener m_opener;
    const QByteArray m_authority;
    const int m_maxConnections;
    const GrpcSchema& m_schema;
    const EventRecorder m_recorder;
    QList<GrpcWebCall*> m_waiting; // ready, not yet sent, in order
    QList<Http1ClientConnection*> m_connections;
    QHash<Http1ClientConnection*, GrpcWebCall*> m_busy;
    QHash<Http1ClientConnection*, QPointer<ByteStream>> m_streams;
    QHash<GrpcWebCall*, HeaderList> m_unrecorded; // sent before their connection opened
    QHash<quint32, GrpcWebCall*> m_byRequest;     // by the id given to Http1ClientConnection::send()
    quint32 m_nextRequest = 0;
    int m_opened = 0;
    bool m_finishing = false;
};

} // namespace protoviz

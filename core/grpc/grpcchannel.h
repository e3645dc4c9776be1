#pragma once

#include "core/grpc/grpcclientcall.h"
#include "core/grpc/grpceventlog.h"
#include "core/http/httpclient.h"
#include "core/http2/http2settings.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace protoviz {

class ByteStream;
class GrpcSchema;
class Http2Session;

/// A gRPC client channel to one server: one HTTP/2 connection (h2 by ALPN over TLS, prior knowledge
/// over cleartext), opened on the first call, every call a stream on it. Records Layer::Grpc events
/// for its calls (see GrpcEventLog) on top of the HTTP/2 session's frames.
///
/// Lives on the session thread. Owns its connection and its calls. When the connection fails or is
/// lost, every call in progress ends with UNAVAILABLE, and later calls do too.
class GrpcChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcChannel)

public:
    /// opener: opens the connection (the channel owns the stream). authority: the ":authority" to send
    /// ("127.0.0.1:50051"). schema decodes the messages of the methods it knows (others are decoded
    /// from the wire format alone) and must outlive the channel. recorder: Origin::Client; the
    /// connection id is filled in once the connection is open.
    GrpcChannel(StreamOpener opener, const QByteArray& authority, const Http2Settings& settings,
                const GrpcSchema& schema, EventRecorder recorder, QObject* parent = nullptr);
    ~GrpcChannel() override;

    /// Starts a call of the method at path ("/package.Service/Method"). The call belongs to the
    /// channel and is deleted after its finished() signal.
    GrpcClientCall* startCall(const QByteArray& path, const GrpcCallOptions& options = {});

    /// Closes the connection gracefully (GOAWAY) once no call is in progress.
    void finish();

signals:
    /// The connection is over (closed after finish(), failed or lost). Emitted at most once.
    void closed();

private:
    void open();
    void onOpened();
    void onCallFinished(GrpcClientCall* call);
    void failAll(const QString& reason);
    void shutdownIfIdle();

    const StreamOpener m_opener;
    const QByteArray m_authority;
    const Http2Settings m_settings;
    const GrpcSchema& m_schema;
    EventRecorder m_recorder;
    QPointer<ByteStream> m_stream;
    Http2Session* m_session = nullptr;
    QList<GrpcClientCall*> m_calls;           // every call not finished, in start order
    QHash<qint32, GrpcClientCall*> m_streams; // the submitted ones by stream id
    QString m_failure;
    bool m_finishRequested = false;
    bool m_closed = false;
};

} // namespace protoviz

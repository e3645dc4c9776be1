#pragma once

#include "core/http/httpclient.h"
#include "core/http/httpmessage.h"
#include "core/http2/http2settings.h"
#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace protoviz {

class ByteStream;
class Http2Session;

/// The gRPC-Web proxy's side towards the gRPC server: one HTTP/2 connection (prior knowledge, h2c),
/// opened on the first exchange, every exchange a stream on it. It moves bytes and header blocks and
/// does not parse gRPC: translating is the proxy connection's job (see GrpcWebProxyConnection).
///
/// Records the connection's HTTP/2 frames through recorder (Origin::Client: towards the server the
/// proxy is the client; the connection id is filled in once open). Lives on the session thread; owns
/// its connection. Exchanges started before the connection is open wait for it.
class GrpcWebUpstream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcWebUpstream)

public:
    /// What happens on one exchange; every callback may be left empty. closed() comes last, once.
    struct Handlers
    {
        /// The response headers (endStream: they are also the trailers, Trailers-Only).
        std::function<void(const HeaderList& headers, bool endStream)> headers;
        std::function<void(const QByteArray& data)> data;
        std::function<void(const HeaderList& trailers)> trailers;
        /// The exchange is over: errorCode 0 after a normal end, else the RST_STREAM or GOAWAY code;
        /// reason says in words why it ended early (connection lost), empty otherwise.
        std::function<void(quint32 errorCode, const QString& reason)> closed;
    };

    /// opener: opens the connection to the server (through the proxy's link). authority: the
    /// ":authority" of every request.
    GrpcWebUpstream(StreamOpener opener, const QByteArray& authority, EventRecorder recorder,
                    QObject* parent = nullptr);
    ~GrpcWebUpstream() override;

    /// Starts an exchange: request headers (regular fields; the pseudo-headers are added from path),
    /// then body with END_STREAM. Returns a ticket for cancel().
    quint64 start(const QByteArray& path, const HeaderList& headers, const QByteArray& body,
                  Handlers handlers);
    /// Cancels an exchange: RST_STREAM CANCEL if it is on the wire; its closed() is not called.
    void cancel(quint64 ticket);
    /// The HTTP/2 stream id of an exchange, -1 until its request is on the wire.
    qint32 streamOf(quint64 ticket) const;

    /// Closes the connection (GOAWAY) once no exchange is in progress.
    void finish();

private:
    struct Exchange
    {
        QByteArray path;
        HeaderList headers;
        QByteArray body;
        Handlers handlers;
        qint32 stream = -1;
    };

    void open();
    void onOpened();
    void submit(quint64 ticket);
    void close(quint64 ticket, quint32 errorCode, const QString& reason);
    void failAll(const QString& reason);
    void shutdownIfIdle();

    const StreamOpener m_opener;
    const QByteArray m_authority;
    EventRecorder m_recorder;
    QPointer<ByteStream> m_stream;
    Http2Session* m_session = nullptr;
    QHash<quint64, Exchange> m_exchanges; // every exchange not closed
    QHash<qint32, quint64> m_byStream;
    quint64 m_nextTicket = 0;
    QString m_failure;
    bool m_finishRequested = false;
};

} // namespace protoviz

#pragma once

#include "core/http1/http1eventlog.h"
#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"
#include "core/timeline/eventrecorder.h"

#include <QList>
#include <QObject>

#include <memory>

namespace protoviz {

class ByteStream;
class GrpcWebUpstream;
struct GrpcStatus;

/// One browser connection to the gRPC-Web proxy: reads HTTP/1.1 requests carrying gRPC-Web
/// (POST, application/grpc-web+proto) and forwards each as a gRPC call over HTTP/2 through the
/// upstream (content-type application/grpc, te: trailers, the client's grpc-timeout kept, a via field
/// naming the proxy). The response streams back as it comes, with chunked transfer coding: the
/// server's DATA bytes unchanged (the length-prefixed messages are the same in both formats), then
/// the HTTP/2 trailers turned into the body's last frame (flag 0x80), since a browser cannot read
/// HTTP/2 trailers. A browser that gives up on a call can only close its HTTP/1.1 connection; the
/// proxy then resets the HTTP/2 stream with RST_STREAM CANCEL, which the server sees as cancellation.
/// Requests are answered one at a time, in order.
///
/// Records, on the browser's connection (recorder: Origin::Server, that connection's id), its HTTP/1.1
/// messages and Layer::Grpc CallStarted/CallFinished events naming the translation; stream = the
/// message number. Lives on the session thread; takes ownership of the stream; does not own the
/// upstream, which must outlive it.
class GrpcWebProxyConnection final : public QObject, private Http1ParserHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcWebProxyConnection)

public:
    GrpcWebProxyConnection(ByteStream* stream, GrpcWebUpstream* upstream, EventRecorder recorder,
                           QObject* parent = nullptr);
    ~GrpcWebProxyConnection() override;

    /// Closes the connection once the call in progress, if any, has been answered.
    void close();

signals:
    /// The connection is over. Emitted once.
    void finished();

private:
    struct Request
    {
        quint32 message = 0;
        Http1MessageHead head;
        QByteArray body;
    };

    // Http1ParserHandler
    void onMessageBegin() override;
    void onHead(const Http1MessageHead& head) override;
    void onBody(QByteArrayView wire, QByteArrayView payload) override;
    void onMessageComplete(qint64 payloadBytes, const HeaderList& trailers) override;
    void onError(const Http1ParseError& error) override;

    void onReceived(const QByteArray& data);
    void onStreamClosed();
    void startNext();
    void refuse(const Request& request, int status, const QString& explanation);
    void writeHead();
    void writeBody(const QByteArray& payload, bool last);
    void finishCall(const HeaderList& trailers, const QString& why);
    void finishCall(const GrpcStatus& status, const QString& why);

    ByteStream* m_stream;
    GrpcWebUpstream* const m_upstream;
    const EventRecorder m_recorder;
    Http1EventLog m_log;
    std::unique_ptr<Http1Parser> m_parser;
    quint32 m_message = 0;
    Request m_receiving;
    QList<Request> m_waiting;

    // The call in progress.
    bool m_active = false;
    quint32 m_activeMessage = 0;
    quint64 m_ticket = 0;
    quint64 m_serial = 0; // tells the upstream's callbacks of an earlier call from the current one
    bool m_headWritten = false;
    bool m_closeAfter = false;
    qint64 m_payloadSent = 0;

    bool m_closeRequested = false;
    bool m_finished = false;
};

} // namespace protoviz

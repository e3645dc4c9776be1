#include "core/grpc/grpcwebproxyconnection.h"

#include "core/grpc/grpceventlog.h"
#include "core/grpc/grpcstatus.h"
#include "core/grpc/grpctimeout.h"
#include "core/grpc/grpcwebcodec.h"
#include "core/grpc/grpcwebupstream.h"
#include "core/http1/http1writer.h"
#include "core/transport/bytestream.h"

namespace protoviz {

namespace {

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Request fields that belong to one hop (RFC 9110 section 7.6.1) or to HTTP/1.1's framing, and the
// ones the proxy sets itself: none of them crosses to the HTTP/2 side.
bool staysOnThisHop(QByteArrayView name)
{
    for (const QByteArrayView hop :
         {QByteArrayView("connection"), QByteArrayView("keep-alive"), QByteArrayView("transfer-encoding"),
          QByteArrayView("te"), QByteArrayView("upgrade"), QByteArrayView("host"),
          QByteArrayView("content-length"), QByteArrayView("content-type"), QByteArrayView("accept"),
          QByteArrayView("user-agent"), QByteArrayView("x-grpc-web"), QByteArrayView("via")}) {
        if (equalsIgnoringCase(name, hop))
            return true;
    }
    return false;
}

} // namespace

GrpcWebProxyConnection::GrpcWebProxyConnection(ByteStream* stream, GrpcWebUpstream* upstream,
                                               EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_stream(stream)
    , m_upstream(upstream)
    , m_recorder(recorder)
    , m_log(recorder)
    , m_parser(
          std::make_unique<Http1Parser>(Http1Parser::Mode::Request, static_cast<Http1ParserHandler*>(this)))
{
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::received, this, &GrpcWebProxyConnection::onReceived);
    connect(m_stream, &ByteStream::closed, this, &GrpcWebProxyConnection::onStreamClosed);
}

GrpcWebProxyConnection::~GrpcWebProxyConnection()
{
    if (m_active)
        m_upstream->cancel(m_ticket);
    disconnect(m_stream, nullptr, this, nullptr);
}

void GrpcWebProxyConnection::close()
{
    m_closeRequested = true;
    if (!m_active && m_waiting.isEmpty() && !m_finished)
        m_stream->close();
}

void GrpcWebProxyConnection::onReceived(const QByteArray& data)
{
    if (m_finished || m_parser->isStopped())
        return;
    m_parser->feed(data);
    // Answered outside the parser's callbacks: the answer may close the connection.
    startNext();
}

void GrpcWebProxyConnection::onMessageBegin()
{
    m_receiving = Request{++m_message, {}, {}};
}

void GrpcWebProxyConnection::onHead(const Http1MessageHead& head)
{
    m_receiving.head = head;
    m_log.head(false, m_message, head.raw);
}

void GrpcWebProxyConnection::onBody(QByteArrayView wire, QByteArrayView payload)
{
    m_log.body(false, m_message, wire, payload.size());
    m_receiving.body.append(payload);
}

void GrpcWebProxyConnection::onMessageComplete(qint64 payloadBytes, const HeaderList&)
{
    m_log.messageEnd(false, m_message, payloadBytes);
    m_waiting.append(std::exchange(m_receiving, {}));
}

void GrpcWebProxyConnection::onError(const Http1ParseError& error)
{
    m_log.error(m_message, error.explanation);
    Request broken;
    broken.message = m_message;
    m_parser->stop();
    m_waiting.clear();
    if (!m_active)
        refuse(broken, error.status, error.explanation);
    m_closeAfter = true;
}

void GrpcWebProxyConnection::refuse(const Request& request, int status, const QString& explanation)
{
    const QByteArray body = explanation.toUtf8() + '\n';
    const QByteArray head =
        Http1Writer::responseHead(status, {{"content-type", "text/plain; charset=utf-8"},
                                           {"content-length", QByteArray::number(body.size())},
                                           {"server", "ProtoViz gRPC-Web proxy"}});
    m_stream->write(head + body);
    m_log.head(true, request.message, head);
    m_log.body(true, request.message, body, body.size());
    m_log.messageEnd(true, request.message, body.size());
}

void GrpcWebProxyConnection::startNext()
{
    while (!m_active && !m_finished && !m_waiting.isEmpty()) {
        const Request request = m_waiting.takeFirst();
        const Http1MessageHead& head = request.head;
        m_closeAfter = m_closeAfter || !head.keepAlive;
        if (head.method != "POST") {
            refuse(
                request, 405,
                tr("gRPC-Web calls are POST requests; this was %1.").arg(QString::fromLatin1(head.method)));
            continue;
        }
        const QByteArray contentType = headerValue(head.headers, "content-type");
        if (!GrpcWebCodec::isGrpcWebContentType(contentType)) {
            refuse(request, 415,
                   tr("The proxy translates application/grpc-web+proto; this request is \"%1\".")
                       .arg(QString::fromLatin1(contentType)));
            continue;
        }
        // The HTTP/2 request a gRPC client would have sent, with the browser's metadata and deadline.
        HeaderList upstreamHeaders{{"content-type", "application/grpc"},
                                   {"te", "trailers"},
                                   {"grpc-accept-encoding", "identity"},
                                   {"user-agent", "grpc-web-proxy (ProtoViz)"},
                                   {"via", "1.1 protoviz-grpc-web-proxy"}};
        for (const auto& [name, value] : head.headers) {
            if (!staysOnThisHop(name))
                upstreamHeaders.append({name.toLower(), value});
        }
        m_active = true;
        m_activeMessage = request.message;
        m_headWritten = false;
        m_payloadSent = 0;
        const quint64 serial = ++m_serial;

        EventDetail detail;
        detail.text = tr("%1: gRPC-Web over HTTP/1.1 in, gRPC over HTTP/2 out to the server")
                          .arg(QString::fromUtf8(head.target));
        detail.fields.append({tr("from the browser"), QString::fromLatin1(contentType)});
        detail.fields.append({tr("to the server"), tr("application/grpc on an HTTP/2 stream, te: trailers")});
        const QByteArray timeout = headerValue(head.headers, "grpc-timeout");
        if (!timeout.isNull()) {
            const std::optional<qint64> ns = GrpcTimeout::parse(timeout);
            detail.fields.append(
                {QStringLiteral("grpc-timeout"),
                 ns ? tr("%1, passed on to the server").arg(GrpcTimeout::describe(*ns))
                    : tr("\"%1\" (malformed; the server will refuse it)").arg(QString::fromLatin1(timeout))});
        }
        for (const auto& [name, value] : upstreamHeaders)
            detail.fields.append({QString::fromUtf8(name), QString::fromUtf8(value), -1, 0, 1});
        m_recorder.record({.layer = Layer::Grpc,
                           .kind = kindOf(GrpcKind::CallStarted),
                           .direction = Direction::ClientToServer,
                           .stream = request.message},
                          std::move(detail));

        GrpcWebUpstream::Handlers handlers;
        handlers.headers = [this, serial](const HeaderList& headers, bool endStream) {
            if (serial != m_serial || !m_active)
                return;
            const int status = headerValue(headers, ":status").toInt();
            if (status >= 100 && status < 200)
                return;
            if (status != 200) {
                const GrpcStatus mapped = GrpcStatus::fromHttpStatus(status);
                finishCall(mapped, tr("The server answered HTTP status %1; gRPC's mapping makes it %2.")
                                       .arg(status)
                                       .arg(GrpcStatus::codeName(mapped.code)));
                return;
            }
            if (endStream) {
                // Trailers-Only: the status came in the only header block.
                finishCall(headers, tr("The server answered Trailers-Only; the proxy moved its status into "
                                       "the body's trailer frame."));
                return;
            }
            writeHead();
        };
        handlers.data = [this, serial](const QByteArray& data) {
            if (serial != m_serial || !m_active)
                return;
            // The messages keep their 5-byte prefixes: gRPC-Web frames them as gRPC does.
            writeBody(data, false);
        };
        handlers.trailers = [this, serial](const HeaderList& trailers) {
            if (serial != m_serial || !m_active)
                return;
            finishCall(trailers, tr("The server's HTTP/2 trailers became the body's last frame (flag 0x80), "
                                    "since a browser cannot read HTTP/2 trailers."));
        };
        handlers.closed = [this, serial](quint32 errorCode, const QString& reason) {
            if (serial != m_serial || !m_active)
                return;
            GrpcStatus status;
            if (!reason.isEmpty())
                status = {GrpcStatusCode::Unavailable, reason};
            else if (errorCode != 0)
                status = GrpcStatus::fromHttp2ErrorCode(errorCode);
            else
                status = {GrpcStatusCode::Internal, tr("The server ended the stream without a status.")};
            finishCall(status, tr("The HTTP/2 stream ended without trailers; the proxy wrote the status it "
                                  "stands for into the trailer frame."));
        };
        m_ticket = m_upstream->start(head.target, upstreamHeaders, request.body, std::move(handlers));
    }
    if (!m_active && !m_finished && (m_closeAfter || (m_closeRequested && m_waiting.isEmpty())))
        m_stream->close();
}

void GrpcWebProxyConnection::writeHead()
{
    if (m_headWritten)
        return;
    m_headWritten = true;
    const QByteArray head = Http1Writer::responseHead(200, {{"content-type", GrpcWebCodec::contentType()},
                                                            {"transfer-encoding", "chunked"},
                                                            {"server", "ProtoViz gRPC-Web proxy"}});
    m_stream->write(head);
    m_log.head(true, m_activeMessage, head);
}

void GrpcWebProxyConnection::writeBody(const QByteArray& payload, bool last)
{
    writeHead();
    QByteArray wire = payload.isEmpty() ? QByteArray() : Http1Writer::chunk(payload);
    if (last)
        wire += Http1Writer::lastChunk();
    if (wire.isEmpty())
        return;
    m_stream->write(wire);
    m_payloadSent += payload.size();
    m_log.body(true, m_activeMessage, wire, payload.size());
}

void GrpcWebProxyConnection::finishCall(const GrpcStatus& status, const QString& why)
{
    finishCall(HeaderList{{"grpc-status", QByteArray::number(int(status.code))},
                          {"grpc-message", GrpcStatus::encodeMessage(status.message)}},
               why);
}

void GrpcWebProxyConnection::finishCall(const HeaderList& trailers, const QString& why)
{
    HeaderList kept;
    for (const auto& field : trailers) {
        if (!field.first.startsWith(':') && !equalsIgnoringCase(field.first, "content-type"))
            kept.append(field);
    }
    const QByteArray frame = GrpcWebCodec::trailerFrame(kept);
    writeBody(frame, true);
    m_log.messageEnd(true, m_activeMessage, m_payloadSent);

    bool valid = false;
    const GrpcStatusCode code = GrpcStatus::codeFromHeader(headerValue(kept, "grpc-status"), &valid);
    const GrpcStatus status{code, GrpcStatus::decodeMessage(headerValue(kept, "grpc-message"))};
    EventDetail detail;
    detail.text = tr("Trailer frame: %1").arg(status.toString());
    detail.bytes = frame;
    detail.fields = GrpcWebCodec::trailerFrameFields(frame);
    detail.fields.append({tr("why"), why});
    m_recorder.record({.layer = Layer::Grpc,
                       .kind = kindOf(GrpcKind::CallFinished),
                       .direction = Direction::ServerToClient,
                       .stream = m_activeMessage,
                       .size = quint32(frame.size()),
                       .overhead = quint32(GrpcFrame::PrefixSize),
                       .value = qint64(code)},
                      std::move(detail));
    m_active = false;
    // The next request may be waiting already; answering it here would re-enter the upstream's callback.
    QMetaObject::invokeMethod(this, &GrpcWebProxyConnection::startNext, Qt::QueuedConnection);
}

void GrpcWebProxyConnection::onStreamClosed()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_active) {
        // The browser gave up on the call (it can only do so by closing the connection): the proxy
        // cancels the HTTP/2 stream, and the server stops working on it.
        m_upstream->cancel(m_ticket);
        m_active = false;
        EventDetail detail;
        detail.text = tr("The browser closed its connection during the call: the proxy reset the HTTP/2 "
                         "stream with RST_STREAM CANCEL");
        detail.fields.append(
            {QStringLiteral("grpc-status"), GrpcStatus::codeName(GrpcStatusCode::Cancelled)});
        m_recorder.record({.layer = Layer::Grpc,
                           .kind = kindOf(GrpcKind::CallFinished),
                           .direction = Direction::ClientToServer,
                           .flags = quint8(GrpcFlag::Reset | GrpcFlag::Local),
                           .stream = m_activeMessage,
                           .value = qint64(GrpcStatusCode::Cancelled)},
                          std::move(detail));
    }
    m_waiting.clear();
    emit finished();
}

} // namespace protoviz

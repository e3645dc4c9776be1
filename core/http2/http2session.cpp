#include "core/http2/http2session.h"

#include "core/http2/hpackdissector.h"
#include "core/http2/http2framedissector.h"
#include "core/http2/http2framesplitter.h"
#include "core/http2/http2resetbudget.h"
#include "core/transport/bytestream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QtEndian>

#include <nghttp2/nghttp2.h>

#include <cstring>
#include <functional>
#include <set>
#include <vector>

namespace protoviz {

namespace {

QByteArray toBytes(const uint8_t* data, size_t length)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(length));
}

HeaderList toHeaderList(const nghttp2_nv* nva, size_t count)
{
    HeaderList headers;
    headers.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        headers.append({toBytes(nva[i].name, nva[i].namelen), toBytes(nva[i].value, nva[i].valuelen)});
    return headers;
}

// The field names and values nearly every request and response carries, as static data: a field matching
// one shares it instead of allocating a copy of its own, which at high request rates is a good share of
// the work per request.
QByteArray commonField(const uint8_t* data, size_t length)
{
    static const QByteArray common[] = {
        QByteArrayLiteral(":method"),
        QByteArrayLiteral(":path"),
        QByteArrayLiteral(":scheme"),
        QByteArrayLiteral(":authority"),
        QByteArrayLiteral(":status"),
        QByteArrayLiteral("GET"),
        QByteArrayLiteral("POST"),
        QByteArrayLiteral("http"),
        QByteArrayLiteral("https"),
        QByteArrayLiteral("accept"),
        QByteArrayLiteral("accept-encoding"),
        QByteArrayLiteral("user-agent"),
        QByteArrayLiteral("content-type"),
        QByteArrayLiteral("content-length"),
        QByteArrayLiteral("te"),
        QByteArrayLiteral("trailers"),
        QByteArrayLiteral("200"),
        QByteArrayLiteral("server"),
    };
    const QByteArrayView field(data, qsizetype(length));
    for (const QByteArray& known : common) {
        if (known == field)
            return known;
    }
    return toBytes(data, length);
}

// nghttp2 copies names and values during the submit call, so the array may point into the list.
std::vector<nghttp2_nv> toNv(const HeaderList& headers)
{
    std::vector<nghttp2_nv> nva;
    nva.reserve(std::size_t(headers.size()));
    for (const auto& [name, value] : headers) {
        nva.push_back({reinterpret_cast<uint8_t*>(const_cast<char*>(name.constData())),
                       reinterpret_cast<uint8_t*>(const_cast<char*>(value.constData())), size_t(name.size()),
                       size_t(value.size()), NGHTTP2_NV_FLAG_NONE});
    }
    return nva;
}

// The GOAWAY code for input nghttp2 refused: floods get ENHANCE_YOUR_CALM, which RFC 9113 7 names for a
// peer generating excessive load, so the client learns why rather than a generic PROTOCOL_ERROR.
quint32 goAwayCodeFor(int nghttp2Error)
{
    switch (nghttp2Error) {
    case NGHTTP2_ERR_FLOODED:
    case NGHTTP2_ERR_TOO_MANY_CONTINUATIONS:
        return NGHTTP2_ENHANCE_YOUR_CALM;
    case NGHTTP2_ERR_HEADER_COMP:
        return NGHTTP2_COMPRESSION_ERROR;
    default:
        return NGHTTP2_PROTOCOL_ERROR;
    }
}

// nghttp2's own defaults for the rapid-reset limit, which ProtoViz applies itself so that the GOAWAY says
// ENHANCE_YOUR_CALM (nghttp2's says INTERNAL_ERROR); nghttp2 keeps a looser limit as a backstop.
constexpr quint32 ResetBurst = 1000;
constexpr quint32 ResetsPerSecond = 33;

Http2Kind kindForType(quint8 type, bool preface)
{
    if (preface)
        return Http2Kind::Preface;
    return type <= 0x9 ? Http2Kind(type) : Http2Kind::UnknownFrame;
}

struct OutgoingStream
{
    QByteArray buffer;
    qsizetype offset = 0;
    bool endAfterBuffer = false;
    bool deferred = false;
    bool hasTrailers = false;
    HeaderList trailers;
};

struct SentFrameInfo
{
    quint8 type = 0;
    qint32 stream = 0;
    HeaderList headers;
};

} // namespace

struct Http2Session::Private
{
    Http2Session* q = nullptr;
    nghttp2_session* session = nullptr;
    EventRecorder recorder;
    Http2Settings settings;
    Http2FrameSplitter incoming;
    Http2FrameSplitter outgoing;
    QHash<qint32, OutgoingStream> out;
    QHash<qint32, HeaderList> receivingHeaders;
    QHash<qint32, qsizetype> receivingHeaderBytes;
    QSet<qint32> oversizedHeaders;
    QSet<qint32> responded; // client: streams whose final response headers arrived
    HeaderList headersDecodedInFrame;
    QList<SentFrameInfo> sentInfos;
    QList<Http2RawFrame> sentFrames;
    HeaderList continuedHeaders; // the rest of an outgoing header list, for its CONTINUATION frames
    QList<std::function<void()>> deliveries;
    QStringList pendingErrors;
    QByteArray earlyBytes;         // received before start()
    qint32 lastPeerStream = 0;     // server: the highest stream id the client has opened
    std::set<qint32> resetStreams; // server: recent streams this endpoint reset (RST_STREAM sent)
    Http2ResetBudget resetBudget{ResetBurst, ResetsPerSecond}; // server: resets the client may still send
    QElapsedTimer clock;
    qsizetype largestOutput = 0; // the most bytes one flush wrote, to size the next flush's buffer
    int outputError = 0;         // nghttp2's error from the last takeOutput(), 0 if none

    Private(Http2Session* owner, Role role, const Http2Settings& config, EventRecorder eventRecorder)
        : q(owner)
        , recorder(eventRecorder)
        , settings(config)
        , incoming(role == Role::Server, config.maxFrameSize)
        , outgoing(role == Role::Client, 0xffffff)
    {
        clock.start();
    }

    ~Private()
    {
        if (session)
            nghttp2_session_del(session);
    }

    qint32 headerStreamOf(const nghttp2_frame* frame) const
    {
        return frame->hd.type == NGHTTP2_PUSH_PROMISE ? frame->push_promise.promised_stream_id
                                                      : frame->hd.stream_id;
    }

    void recordFrame(const Http2RawFrame& frame, bool sent, const HeaderList* headers, qint64 rawHeaderSize);
    void recordPendingErrors();
    void noteSentReset(qint32 stream);
    void takeOutput(QByteArray& bytes);
    QString unexpectedStreamId(const Http2RawFrame& frame);
    QString excessiveResets(const Http2RawFrame& frame);
    void rejectOversizedRequest(qint32 stream, qsizetype size);

    static int onBeginHeaders(nghttp2_session*, const nghttp2_frame* frame, void* user);
    static int onHeader(nghttp2_session*, const nghttp2_frame* frame, const uint8_t* name, size_t nameLength,
                        const uint8_t* value, size_t valueLength, uint8_t flags, void* user);
    static int onFrameRecv(nghttp2_session*, const nghttp2_frame* frame, void* user);
    static int onDataChunkRecv(nghttp2_session*, uint8_t flags, int32_t stream, const uint8_t* data,
                               size_t length, void* user);
    static int onStreamClose(nghttp2_session*, int32_t stream, uint32_t errorCode, void* user);
    static int onFrameSend(nghttp2_session*, const nghttp2_frame* frame, void* user);
    static int onFrameNotSend(nghttp2_session*, const nghttp2_frame* frame, int errorCode, void* user);
    static int onInvalidFrameRecv(nghttp2_session*, const nghttp2_frame* frame, int errorCode, void* user);
    static int onError(nghttp2_session*, int errorCode, const char* message, size_t length, void* user);
    static ssize_t readData(nghttp2_session* session, int32_t stream, uint8_t* buffer, size_t length,
                            uint32_t* dataFlags, nghttp2_data_source*, void* user);
};

int Http2Session::Private::onBeginHeaders(nghttp2_session*, const nghttp2_frame* frame, void* user)
{
    auto* d = static_cast<Private*>(user);
    const qint32 stream = d->headerStreamOf(frame);
    d->receivingHeaders[stream].clear();
    d->receivingHeaderBytes[stream] = 0;
    return 0;
}

int Http2Session::Private::onHeader(nghttp2_session*, const nghttp2_frame* frame, const uint8_t* name,
                                    size_t nameLength, const uint8_t* value, size_t valueLength, uint8_t,
                                    void* user)
{
    auto* d = static_cast<Private*>(user);
    const qint32 stream = d->headerStreamOf(frame);
    const std::pair<QByteArray, QByteArray> field{commonField(name, nameLength),
                                                  commonField(value, valueLength)};
    // Only a frame event shows which fields a frame decoded to.
    if (d->recorder.isActive())
        d->headersDecodedInFrame.append(field);
    // RFC 9113 6.5.2 sizes a header list as name + value + 32 octets per field.
    qsizetype& total = d->receivingHeaderBytes[stream];
    total += qsizetype(nameLength + valueLength + 32);
    if (total > qsizetype(d->settings.maxHeaderListSize)) {
        d->oversizedHeaders.insert(stream);
        return 0;
    }
    d->receivingHeaders[stream].append(field);
    return 0;
}

int Http2Session::Private::onFrameRecv(nghttp2_session*, const nghttp2_frame* frame, void* user)
{
    auto* d = static_cast<Private*>(user);
    Http2Session* q = d->q;
    const qint32 stream = frame->hd.stream_id;
    const bool endStream = (frame->hd.flags & NGHTTP2_FLAG_END_STREAM) != 0;
    switch (frame->hd.type) {
    case NGHTTP2_HEADERS: {
        const HeaderList headers = d->receivingHeaders.take(stream);
        const qsizetype size = d->receivingHeaderBytes.take(stream);
        if (d->oversizedHeaders.remove(stream)) {
            d->pendingErrors.append(
                Http2Session::tr("The header list on stream %1 is %2 bytes, more than the %3 bytes "
                                 "this endpoint accepts (SETTINGS_MAX_HEADER_LIST_SIZE).")
                    .arg(stream)
                    .arg(size)
                    .arg(d->settings.maxHeaderListSize));
            if (frame->headers.cat == NGHTTP2_HCAT_REQUEST)
                d->rejectOversizedRequest(stream, size);
            else
                nghttp2_submit_rst_stream(d->session, NGHTTP2_FLAG_NONE, stream, NGHTTP2_PROTOCOL_ERROR);
            return 0;
        }
        HeadersCategory category = HeadersCategory::Request;
        switch (frame->headers.cat) {
        case NGHTTP2_HCAT_REQUEST:
            category = HeadersCategory::Request;
            break;
        case NGHTTP2_HCAT_RESPONSE:
            category = HeadersCategory::Response;
            break;
        case NGHTTP2_HCAT_PUSH_RESPONSE:
            category = HeadersCategory::PushResponse;
            break;
        case NGHTTP2_HCAT_HEADERS:
            // A final response after 1xx carries :status; anything else after the head is trailers.
            category = headerValue(headers, ":status").isNull() ? HeadersCategory::Trailers
                                                                : HeadersCategory::Response;
            break;
        }
        d->deliveries.append([q, stream, headers, category, endStream] {
            emit q->headersReceived(stream, headers, category, endStream);
        });
        if (endStream)
            d->deliveries.append([q, stream] { emit q->streamEnded(stream); });
        break;
    }
    case NGHTTP2_DATA:
        if (endStream)
            d->deliveries.append([q, stream] { emit q->streamEnded(stream); });
        break;
    case NGHTTP2_PUSH_PROMISE: {
        const qint32 promised = frame->push_promise.promised_stream_id;
        const HeaderList headers = d->receivingHeaders.take(promised);
        d->receivingHeaderBytes.remove(promised);
        d->deliveries.append(
            [q, stream, promised, headers] { emit q->pushPromised(stream, promised, headers); });
        break;
    }
    case NGHTTP2_GOAWAY: {
        const quint32 code = frame->goaway.error_code;
        const qint32 last = frame->goaway.last_stream_id;
        d->deliveries.append([q, code, last] { emit q->goAwayReceived(code, last); });
        break;
    }
    default:
        break;
    }
    return 0;
}

int Http2Session::Private::onDataChunkRecv(nghttp2_session*, uint8_t, int32_t stream, const uint8_t* data,
                                           size_t length, void* user)
{
    auto* d = static_cast<Private*>(user);
    Http2Session* q = d->q;
    const QByteArray chunk = toBytes(data, length);
    d->deliveries.append([q, stream, chunk] { emit q->dataReceived(stream, chunk); });
    return 0;
}

int Http2Session::Private::onStreamClose(nghttp2_session*, int32_t stream, uint32_t errorCode, void* user)
{
    auto* d = static_cast<Private*>(user);
    Http2Session* q = d->q;
    d->out.remove(stream);
    d->receivingHeaders.remove(stream);
    d->receivingHeaderBytes.remove(stream);
    d->responded.remove(stream);
    d->deliveries.append([q, stream, errorCode] { emit q->streamClosed(stream, errorCode); });
    return 0;
}

int Http2Session::Private::onFrameSend(nghttp2_session*, const nghttp2_frame* frame, void* user)
{
    auto* d = static_cast<Private*>(user);
    if (frame->hd.type == NGHTTP2_RST_STREAM)
        d->noteSentReset(frame->hd.stream_id);
    // The header lists of sent frames only feed their events.
    if (!d->recorder.isActive())
        return 0;
    SentFrameInfo info{frame->hd.type, frame->hd.stream_id, {}};
    if (frame->hd.type == NGHTTP2_HEADERS)
        info.headers = toHeaderList(frame->headers.nva, frame->headers.nvlen);
    else if (frame->hd.type == NGHTTP2_PUSH_PROMISE)
        info.headers = toHeaderList(frame->push_promise.nva, frame->push_promise.nvlen);
    d->sentInfos.append(std::move(info));
    return 0;
}

int Http2Session::Private::onFrameNotSend(nghttp2_session*, const nghttp2_frame* frame, int errorCode,
                                          void* user)
{
    auto* d = static_cast<Private*>(user);
    // Frames dropped because the connection is closing are a consequence, explained by the GOAWAY.
    if (errorCode == NGHTTP2_ERR_SESSION_CLOSING || errorCode == NGHTTP2_ERR_STREAM_CLOSED)
        return 0;
    d->pendingErrors.append(Http2Session::tr("A %1 frame for stream %2 was not sent: %3.")
                                .arg(Http2FrameDissector::typeName(frame->hd.type))
                                .arg(frame->hd.stream_id)
                                .arg(QString::fromUtf8(nghttp2_strerror(errorCode))));
    return 0;
}

int Http2Session::Private::onInvalidFrameRecv(nghttp2_session*, const nghttp2_frame* frame, int errorCode,
                                              void* user)
{
    auto* d = static_cast<Private*>(user);
    d->pendingErrors.append(Http2Session::tr("The peer sent an invalid %1 frame on stream %2: %3.")
                                .arg(Http2FrameDissector::typeName(frame->hd.type))
                                .arg(frame->hd.stream_id)
                                .arg(QString::fromUtf8(nghttp2_strerror(errorCode))));
    return 0;
}

int Http2Session::Private::onError(nghttp2_session*, int, const char* message, size_t length, void* user)
{
    auto* d = static_cast<Private*>(user);
    d->pendingErrors.append(
        Http2Session::tr("nghttp2 reports: %1").arg(QString::fromUtf8(message, qsizetype(length))));
    return 0;
}

ssize_t Http2Session::Private::readData(nghttp2_session* session, int32_t stream, uint8_t* buffer,
                                        size_t length, uint32_t* dataFlags, nghttp2_data_source*, void* user)
{
    auto* d = static_cast<Private*>(user);
    const auto it = d->out.find(stream);
    if (it == d->out.end()) {
        *dataFlags |= NGHTTP2_DATA_FLAG_EOF;
        return 0;
    }
    OutgoingStream& state = it.value();
    const qsizetype available = state.buffer.size() - state.offset;
    const auto count = qsizetype(std::min<size_t>(length, size_t(available)));
    if (count > 0) {
        std::memcpy(buffer, state.buffer.constData() + state.offset, size_t(count));
        state.offset += count;
    }
    // Drop consumed bytes in bulk, not per frame, so long bodies are not copied over and over.
    if (state.offset == state.buffer.size()) {
        state.buffer.clear();
        state.offset = 0;
    } else if (state.offset > 1024 * 1024) {
        state.buffer.remove(0, state.offset);
        state.offset = 0;
    }
    if (state.buffer.size() - state.offset == 0) {
        if (state.endAfterBuffer) {
            *dataFlags |= NGHTTP2_DATA_FLAG_EOF;
            if (state.hasTrailers) {
                *dataFlags |= NGHTTP2_DATA_FLAG_NO_END_STREAM;
                const std::vector<nghttp2_nv> nva = toNv(state.trailers);
                nghttp2_submit_trailer(session, stream, nva.data(), nva.size());
            }
        } else if (count == 0) {
            state.deferred = true;
            return NGHTTP2_ERR_DEFERRED;
        }
    }
    return count;
}

void Http2Session::Private::rejectOversizedRequest(qint32 stream, qsizetype size)
{
    // Answer politely with 431 rather than resetting: the client learns why.
    const QByteArray body =
        Http2Session::tr("Request header fields too large: %1 bytes.\n").arg(size).toUtf8();
    const HeaderList headers{{":status", "431"},
                             {"content-type", "text/plain; charset=utf-8"},
                             {"content-length", QByteArray::number(body.size())}};
    OutgoingStream state;
    state.buffer = body;
    state.endAfterBuffer = true;
    out.insert(stream, state);
    nghttp2_data_provider provider{};
    provider.read_callback = &Private::readData;
    const std::vector<nghttp2_nv> nva = toNv(headers);
    nghttp2_submit_response(session, stream, nva.data(), nva.size(), &provider);
}

void Http2Session::Private::recordFrame(const Http2RawFrame& frame, bool sent, const HeaderList* headers,
                                        qint64 rawHeaderSize)
{
    if (!recorder.isActive())
        return;
    const Http2Kind kind = kindForType(frame.type, frame.isPreface);
    EventDetail detail;
    detail.bytes = frame.bytes;
    detail.fields = Http2FrameDissector::dissect(frame, headers);
    QString summary = frame.isPreface ? Http2Session::tr("Client connection preface")
                                      : Http2Session::tr("%1 on stream %2")
                                            .arg(Http2FrameDissector::typeName(frame.type))
                                            .arg(frame.streamId);
    const QString flags = Http2FrameDissector::flagNames(frame.type, frame.flags);
    if (!flags.isEmpty())
        summary += QLatin1String(" [") + flags + QLatin1Char(']');
    qint64 value = 0;
    switch (kind) {
    case Http2Kind::Headers:
    case Http2Kind::PushPromise:
    case Http2Kind::Continuation:
        value = rawHeaderSize;
        if (rawHeaderSize > 0) {
            summary += Http2Session::tr(": %1 bytes of HPACK for %2 bytes of header text")
                           .arg(frame.bytes.size() - Http2FrameDissector::overhead(frame))
                           .arg(rawHeaderSize);
        }
        break;
    case Http2Kind::Data:
        if (sent) {
            // A stream closed by this very frame has no window left to report; the connection's remains.
            const int connectionWindow = nghttp2_session_get_remote_window_size(session);
            const int streamWindow =
                nghttp2_session_get_stream_remote_window_size(session, qint32(frame.streamId));
            value = streamWindow >= 0 ? std::min(streamWindow, connectionWindow) : connectionWindow;
        }
        summary += Http2Session::tr(": %n byte(s) of data", nullptr,
                                    int(frame.bytes.size() - Http2FrameDissector::overhead(frame)));
        break;
    case Http2Kind::GoAway:
        if (frame.bytes.size() >= 17) {
            const quint32 code = qFromBigEndian<quint32>(frame.bytes.constData() + 13);
            const QString debug = QString::fromUtf8(frame.bytes.mid(17));
            summary += QLatin1String(": ") + Http2FrameDissector::errorCodeName(code);
            if (!debug.isEmpty())
                summary += QStringLiteral(" (\"%1\")").arg(debug);
            // A connection ended by an error deserves its own explanation, whichever side ended it.
            if (code != 0) {
                pendingErrors.append(
                    (sent ? Http2Session::tr("This endpoint ended the connection: %1, %2.")
                          : Http2Session::tr("The peer ended the connection: %1, %2."))
                        .arg(Http2FrameDissector::errorCodeName(code),
                             Http2FrameDissector::errorCodeExplanation(code)) +
                    (debug.isEmpty() ? QString() : Http2Session::tr(" It says: \"%1\".").arg(debug)));
            }
        }
        break;
    case Http2Kind::RstStream:
        if (frame.bytes.size() >= 13) {
            const quint32 code = qFromBigEndian<quint32>(frame.bytes.constData() + 9);
            summary += QLatin1String(": ") + Http2FrameDissector::errorCodeName(code);
        }
        break;
    case Http2Kind::WindowUpdate:
        if (frame.bytes.size() >= 13) {
            value = qint64(qFromBigEndian<quint32>(frame.bytes.constData() + 9) & 0x7fffffffu);
            summary += Http2Session::tr(": +%1 bytes").arg(value);
        }
        break;
    default:
        break;
    }
    detail.text = summary;
    recorder.record({.layer = Layer::Http2,
                     .kind = kindOf(kind),
                     .direction = sent ? recorder.outgoing() : recorder.incoming(),
                     .flags = frame.isPreface ? quint8(0) : frame.flags,
                     .stream = frame.streamId,
                     .size = quint32(frame.bytes.size()),
                     .overhead = Http2FrameDissector::overhead(frame),
                     .value = value},
                    std::move(detail));
}

void Http2Session::Private::noteSentReset(qint32 stream)
{
    // The client may still send on a stream this endpoint reset before the reset reached it; those
    // frames are ignored (RFC 9113 5.1), so such streams are remembered for a while.
    constexpr std::size_t RememberedResets = 1024;
    resetStreams.insert(stream);
    if (resetStreams.size() > RememberedResets)
        resetStreams.erase(resetStreams.begin());
}

void Http2Session::Private::takeOutput(QByteArray& bytes)
{
    while (true) {
        const uint8_t* data = nullptr;
        const ssize_t length = nghttp2_session_mem_send(session, &data);
        if (length <= 0) {
            outputError = length < 0 ? int(length) : 0;
            break;
        }
        // Without events the bytes go straight into the one buffer written; the frames are cut out only
        // to be recorded.
        if (recorder.isActive()) {
            const QByteArray chunk = toBytes(data, size_t(length));
            sentFrames.append(outgoing.feed(chunk));
        }
        bytes.append(reinterpret_cast<const char*>(data), qsizetype(length));
    }
    // The next flush likely writes as much again: one allocation of that size instead of growing.
    largestOutput = std::max(largestOutput, bytes.size());
}

QString Http2Session::Private::unexpectedStreamId(const Http2RawFrame& frame)
{
    // nghttp2 ignores a HEADERS frame on a client stream id lower than one already opened (it might be
    // trailers for a stream it reset), but RFC 9113 5.1.1 makes a new stream with such an id a
    // connection error: only a stream still open, or one this endpoint reset, may see HEADERS again.
    // Even ids and stream 0 are nghttp2's to refuse.
    const qint32 stream = qint32(frame.streamId);
    if (frame.isPreface || frame.type != NGHTTP2_HEADERS || stream % 2 == 0)
        return {};
    if (stream > lastPeerStream) {
        lastPeerStream = stream;
        return {};
    }
    nghttp2_stream* known = nghttp2_session_find_stream(session, stream);
    const nghttp2_stream_proto_state state =
        known ? nghttp2_stream_get_state(known) : NGHTTP2_STREAM_STATE_IDLE;
    if (state != NGHTTP2_STREAM_STATE_IDLE && state != NGHTTP2_STREAM_STATE_CLOSED)
        return {};
    if (resetStreams.contains(stream))
        return {};
    return Http2Session::tr("The client sent HEADERS on stream %1 after it had opened stream %2: a new "
                            "stream's id must be greater than every id used before (RFC 9113 5.1.1).")
        .arg(stream)
        .arg(lastPeerStream);
}

QString Http2Session::Private::excessiveResets(const Http2RawFrame& frame)
{
    if (frame.isPreface || frame.type != NGHTTP2_RST_STREAM || resetBudget.spend(clock.elapsed()))
        return {};
    return Http2Session::tr(
               "The client reset streams faster than %1 at once and %2 a second, which costs the "
               "server work and the client nothing (a \"rapid reset\" attack).")
        .arg(ResetBurst)
        .arg(ResetsPerSecond);
}

void Http2Session::Private::recordPendingErrors()
{
    for (const QString& error : std::as_const(pendingErrors))
        recorder.explain(Layer::Http2, kindOf(Http2Kind::Error), error);
    pendingErrors.clear();
}

Http2Session::Http2Session(Role role, ByteStream* stream, const Http2Settings& settings,
                           EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_role(role)
    , m_stream(stream)
    , d(std::make_unique<Private>(this, role, settings, recorder))
{
    nghttp2_session_callbacks* callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Private::onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Private::onHeader);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Private::onFrameRecv);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Private::onDataChunkRecv);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Private::onStreamClose);
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks, &Private::onFrameSend);
    nghttp2_session_callbacks_set_on_frame_not_send_callback(callbacks, &Private::onFrameNotSend);
    nghttp2_session_callbacks_set_on_invalid_frame_recv_callback(callbacks, &Private::onInvalidFrameRecv);
    nghttp2_session_callbacks_set_error_callback2(callbacks, &Private::onError);

    nghttp2_option* options = nullptr;
    nghttp2_option_new(&options);
    nghttp2_option_set_max_send_header_block_length(options, 256 * 1024);
    nghttp2_option_set_stream_reset_rate_limit(options, 2 * ResetBurst, 2 * ResetsPerSecond);
    if (role == Role::Client)
        nghttp2_session_client_new2(&d->session, callbacks, d.get(), options);
    else
        nghttp2_session_server_new2(&d->session, callbacks, d.get(), options);
    nghttp2_option_del(options);
    nghttp2_session_callbacks_del(callbacks);

    connect(m_stream, &ByteStream::received, this, &Http2Session::onReceived);
    connect(m_stream, &ByteStream::closed, this, &Http2Session::onStreamClosed);
}

Http2Session::~Http2Session() = default;

void Http2Session::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    const Http2Settings& s = d->settings;
    const nghttp2_settings_entry entries[] = {
        {NGHTTP2_SETTINGS_HEADER_TABLE_SIZE, s.headerTableSize},
        {NGHTTP2_SETTINGS_ENABLE_PUSH, m_role == Role::Client && s.enablePush ? 1u : 0u},
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, s.maxConcurrentStreams},
        {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, s.initialWindowSize},
        {NGHTTP2_SETTINGS_MAX_FRAME_SIZE, s.maxFrameSize},
        {NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE, s.maxHeaderListSize},
    };
    // A server must not send SETTINGS_ENABLE_PUSH (RFC 9113 6.5.2), so it skips that entry.
    std::vector<nghttp2_settings_entry> settings(std::begin(entries), std::end(entries));
    if (m_role == Role::Server)
        settings.erase(settings.begin() + 1);
    nghttp2_submit_settings(d->session, NGHTTP2_FLAG_NONE, settings.data(), settings.size());
    if (s.connectionWindowSize > 65535)
        nghttp2_session_set_local_window_size(d->session, NGHTTP2_FLAG_NONE, 0,
                                              qint32(s.connectionWindowSize));
    flush();
    if (!d->earlyBytes.isEmpty())
        onReceived(std::exchange(d->earlyBytes, {}));
}

qint32 Http2Session::submitRequest(const HeaderList& headers, bool hasBody)
{
    if (m_finished)
        return -1;
    const std::vector<nghttp2_nv> nva = toNv(headers);
    nghttp2_data_provider provider{};
    provider.read_callback = &Private::readData;
    const qint32 stream = nghttp2_submit_request(d->session, nullptr, nva.data(), nva.size(),
                                                 hasBody ? &provider : nullptr, nullptr);
    if (stream < 0) {
        d->recorder.explain(
            Layer::Http2, kindOf(Http2Kind::Error),
            tr("The request could not be submitted: %1.").arg(QString::fromUtf8(nghttp2_strerror(stream))));
        return -1;
    }
    if (hasBody)
        d->out.insert(stream, {});
    flush();
    return stream;
}

bool Http2Session::submitResponse(qint32 stream, const HeaderList& headers, bool hasBody)
{
    if (m_finished)
        return false;
    const std::vector<nghttp2_nv> nva = toNv(headers);
    nghttp2_data_provider provider{};
    provider.read_callback = &Private::readData;
    if (hasBody)
        d->out.insert(stream, {});
    const int result =
        nghttp2_submit_response(d->session, stream, nva.data(), nva.size(), hasBody ? &provider : nullptr);
    if (result != 0) {
        d->out.remove(stream);
        d->recorder.explain(Layer::Http2, kindOf(Http2Kind::Error),
                            tr("The response on stream %1 could not be submitted: %2.")
                                .arg(stream)
                                .arg(QString::fromUtf8(nghttp2_strerror(result))),
                            quint32(stream));
        return false;
    }
    if (!m_dispatching)
        flush();
    return true;
}

qint32 Http2Session::submitPushPromise(qint32 associatedStream, const HeaderList& requestHeaders)
{
    if (m_finished || !peerAcceptsPush())
        return -1;
    const std::vector<nghttp2_nv> nva = toNv(requestHeaders);
    const qint32 promised = nghttp2_submit_push_promise(d->session, NGHTTP2_FLAG_NONE, associatedStream,
                                                        nva.data(), nva.size(), nullptr);
    return promised < 0 ? -1 : promised;
}

void Http2Session::sendData(qint32 stream, const QByteArray& data, bool endStream)
{
    const auto it = d->out.find(stream);
    if (m_finished || it == d->out.end())
        return;
    it->buffer.append(data);
    it->endAfterBuffer = it->endAfterBuffer || endStream;
    if (it->deferred) {
        it->deferred = false;
        nghttp2_session_resume_data(d->session, stream);
    }
    if (!m_dispatching)
        flush();
}

void Http2Session::sendTrailers(qint32 stream, const HeaderList& trailers)
{
    const auto it = d->out.find(stream);
    if (m_finished || it == d->out.end())
        return;
    it->hasTrailers = true;
    it->trailers = trailers;
    sendData(stream, {}, true);
}

void Http2Session::resetStream(qint32 stream, quint32 errorCode)
{
    if (m_finished)
        return;
    nghttp2_submit_rst_stream(d->session, NGHTTP2_FLAG_NONE, stream, errorCode);
    if (!m_dispatching)
        flush();
}

void Http2Session::shutdown(quint32 errorCode)
{
    if (m_finished)
        return;
    if (!m_started) {
        m_stream->close();
        finish();
        return;
    }
    nghttp2_submit_goaway(d->session, NGHTTP2_FLAG_NONE, nghttp2_session_get_last_proc_stream_id(d->session),
                          errorCode, nullptr, 0);
    if (!m_dispatching)
        flush();
}

quint32 Http2Session::peerMaxConcurrentStreams() const
{
    return nghttp2_session_get_remote_settings(d->session, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS);
}

bool Http2Session::peerAcceptsPush() const
{
    return nghttp2_session_get_remote_settings(d->session, NGHTTP2_SETTINGS_ENABLE_PUSH) != 0;
}

void Http2Session::onReceived(const QByteArray& data)
{
    if (m_finished)
        return;
    // Our SETTINGS must be the first frame we send (RFC 9113 3.4); bytes that arrive before start()
    // would make nghttp2 acknowledge the peer's SETTINGS first, so they wait.
    if (!m_started) {
        d->earlyBytes.append(data);
        return;
    }
    const QList<Http2RawFrame> frames = d->incoming.feed(data);
    for (const Http2RawFrame& frame : frames) {
        d->headersDecodedInFrame.clear();
        if (const QString unexpected = m_role == Role::Server ? d->unexpectedStreamId(frame) : QString();
            !unexpected.isEmpty()) {
            d->recordFrame(frame, false, nullptr, 0);
            fail(unexpected, NGHTTP2_PROTOCOL_ERROR);
            return;
        }
        if (const QString flood = m_role == Role::Server ? d->excessiveResets(frame) : QString();
            !flood.isEmpty()) {
            d->recordFrame(frame, false, nullptr, 0);
            fail(flood, NGHTTP2_ENHANCE_YOUR_CALM);
            return;
        }
        const ssize_t result =
            nghttp2_session_mem_recv(d->session, reinterpret_cast<const uint8_t*>(frame.bytes.constData()),
                                     size_t(frame.bytes.size()));
        const bool endsBlock = (frame.type == NGHTTP2_HEADERS || frame.type == NGHTTP2_PUSH_PROMISE ||
                                frame.type == NGHTTP2_CONTINUATION) &&
                               (frame.flags & NGHTTP2_FLAG_END_HEADERS);
        // Fields decoded while this frame was read belong to its representations; the raw size of the
        // whole list is known once the block ends.
        const HeaderList decoded = d->headersDecodedInFrame;
        d->recordFrame(frame, false, decoded.isEmpty() ? nullptr : &decoded,
                       endsBlock ? headerListTextSize(decoded) : 0);
        d->recordPendingErrors();
        if (result < 0) {
            fail(tr("The peer's bytes broke HTTP/2 framing: %1.")
                     .arg(QString::fromUtf8(nghttp2_strerror(int(result)))),
                 goAwayCodeFor(int(result)));
            return;
        }
    }
    if (d->incoming.hasError()) {
        fail(d->incoming.error(),
             d->incoming.pendingFrameSize() > 0 ? NGHTTP2_FRAME_SIZE_ERROR : NGHTTP2_PROTOCOL_ERROR);
        return;
    }
    QPointer<Http2Session> guard(this);
    dispatchDeliveries();
    if (guard)
        flush();
}

void Http2Session::dispatchDeliveries()
{
    QPointer<Http2Session> guard(this);
    m_dispatching = true;
    while (guard && !d->deliveries.isEmpty()) {
        const std::function<void()> delivery = d->deliveries.takeFirst();
        delivery();
    }
    if (guard)
        m_dispatching = false;
}

void Http2Session::flush()
{
    if (m_finished || !m_started)
        return;
    QByteArray bytes;
    // Large enough for a round of small responses; bigger output grows the buffer as it comes.
    bytes.reserve(std::min<qsizetype>(d->largestOutput, 64 * 1024));
    d->takeOutput(bytes);
    if (d->outputError != 0) {
        fail(tr("HTTP/2 output failed: %1.").arg(QString::fromUtf8(nghttp2_strerror(d->outputError))),
             NGHTTP2_INTERNAL_ERROR);
        return;
    }
    // nghttp2 reports a frame as sent on the call after it returned its bytes, so the frames and their
    // decoded header lists are paired only now, in order.
    for (const Http2RawFrame& frame : std::as_const(d->sentFrames)) {
        const HeaderList* headers = nullptr;
        qint64 rawSize = 0;
        if (frame.type == NGHTTP2_CONTINUATION && !frame.isPreface) {
            headers = &d->continuedHeaders;
        } else if (!frame.isPreface && !d->sentInfos.isEmpty() &&
                   d->sentInfos.constFirst().type == frame.type) {
            const SentFrameInfo info = d->sentInfos.takeFirst();
            d->continuedHeaders = info.headers;
            headers = &d->continuedHeaders;
            rawSize = headerListTextSize(info.headers);
        }
        const bool endsBlock = (frame.flags & NGHTTP2_FLAG_END_HEADERS) &&
                               (frame.type == NGHTTP2_HEADERS || frame.type == NGHTTP2_PUSH_PROMISE ||
                                frame.type == NGHTTP2_CONTINUATION);
        if (frame.type == NGHTTP2_CONTINUATION && endsBlock)
            rawSize = headerListTextSize(d->continuedHeaders);
        d->recordFrame(frame, true, headers && !headers->isEmpty() ? headers : nullptr,
                       endsBlock ? rawSize : 0);
        if (headers && (frame.type == NGHTTP2_HEADERS || frame.type == NGHTTP2_PUSH_PROMISE ||
                        frame.type == NGHTTP2_CONTINUATION)) {
            // The next CONTINUATION carries the representations after those in this frame.
            const qsizetype used =
                HpackDissector::dissect(QByteArrayView(frame.bytes).sliced(9)).representations.size();
            d->continuedHeaders = endsBlock ? HeaderList() : d->continuedHeaders.mid(used);
        }
    }
    d->sentFrames.clear();
    d->sentInfos.clear();
    d->recordPendingErrors();
    if (!bytes.isEmpty())
        m_stream->write(bytes);
    if (!nghttp2_session_want_read(d->session) && !nghttp2_session_want_write(d->session)) {
        m_stream->close();
        finish();
    }
}

void Http2Session::fail(const QString& reason, quint32 goAwayCode)
{
    if (m_finished)
        return;
    d->recorder.explain(Layer::Http2, kindOf(Http2Kind::Error), reason);
    if (m_started) {
        nghttp2_session_terminate_session(d->session, goAwayCode);
        // Send the GOAWAY that explains the end, then close.
        QByteArray bytes;
        d->takeOutput(bytes);
        for (const Http2RawFrame& frame : std::as_const(d->sentFrames))
            d->recordFrame(frame, true, nullptr, 0);
        d->sentFrames.clear();
        d->sentInfos.clear();
        d->recordPendingErrors();
        if (!bytes.isEmpty())
            m_stream->write(bytes);
    }
    m_stream->close();
    QPointer<Http2Session> guard(this);
    emit failed(reason);
    if (guard)
        finish();
}

void Http2Session::onStreamClosed()
{
    if (m_finished)
        return;
    if (d->incoming.pendingBytes() > 0) {
        const qint64 expected = d->incoming.pendingFrameSize();
        const QString reason =
            expected > 0
                ? tr("The connection closed in the middle of a frame: %1 of its %2 bytes had arrived.")
                      .arg(d->incoming.pendingBytes())
                      .arg(expected)
                : tr("The connection closed in the middle of a frame header (%n byte(s) had arrived).",
                     nullptr, int(d->incoming.pendingBytes()));
        d->recorder.explain(Layer::Http2, kindOf(Http2Kind::Error), reason);
    }
    QPointer<Http2Session> guard(this);
    // Streams still open can no longer finish; their owners learn it from streamClosed.
    const QList<qint32> open = d->out.keys();
    for (const qint32 stream : open) {
        if (!guard)
            return;
        emit streamClosed(stream, NGHTTP2_CANCEL);
    }
    if (guard)
        finish();
}

void Http2Session::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace protoviz

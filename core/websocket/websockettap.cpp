#include "core/websocket/websockettap.h"

#include "core/http1/http1eventlog.h"
#include "core/http1/http1writer.h"
#include "core/transport/bytestream.h"
#include "core/websocket/messagedeflater.h"
#include "core/websocket/messageinflater.h"
#include "core/websocket/websocketframedecoderhandler.h"
#include "core/websocket/websockethandshake.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace protoviz {

namespace {

// An opening handshake head larger than this is not one.
constexpr qsizetype MaxHandshakeSize = 64 * 1024;

HeaderList fieldsOf(QByteArrayView head)
{
    HeaderList headers;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.append({lines[i].first(colon).trimmed(), lines[i].sliced(colon + 1).trimmed()});
    }
    return headers;
}

int statusOf(QByteArrayView head)
{
    // "HTTP/1.1 101 Switching Protocols"
    if (!head.startsWith("HTTP/1.") || head.size() < 12)
        return 0;
    bool ok = false;
    const int status = head.sliced(9, 3).toInt(&ok);
    return ok ? status : 0;
}

// Qt's client names the relay it connected to in Host; the server must see its own authority.
QByteArray withHost(const QByteArray& head, const QByteArray& authority)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.size() >= 5 && line.first(5).compare("host:", Qt::CaseInsensitive) == 0)
            line = QByteArrayLiteral("Host: ") + authority + '\r';
    }
    return lines.join('\n');
}

// Qt 6.4 knows no extension: it must not see the negotiation.
QByteArray withoutExtensions(const QByteArray& head)
{
    QList<QByteArray> lines = head.split('\n');
    lines.removeIf([](const QByteArray& line) {
        return line.size() >= 25 &&
               line.first(25).compare("sec-websocket-extensions:", Qt::CaseInsensitive) == 0;
    });
    return lines.join('\n');
}

// The reason a failing endpoint puts in its Close frame: protocol bytes, so plain ASCII, not translated.
QByteArray closeReasonFor(quint16 code)
{
    switch (code) {
    case WebSocketCloseCode::ProtocolError:
        return QByteArrayLiteral("protocol error");
    case WebSocketCloseCode::InvalidPayload:
        return QByteArrayLiteral("invalid UTF-8");
    case WebSocketCloseCode::MessageTooBig:
        return QByteArrayLiteral("message too big");
    default:
        return QByteArrayLiteral("internal error");
    }
}

} // namespace

/// One direction's decoder and what the tap does with what it decodes.
class WebSocketTap::Reader final : public WebSocketFrameDecoderHandler
{
public:
    enum class Purpose : quint8 { Peer, Own, Drain, QtOutput };

    Reader(WebSocketTap* tap, Purpose purpose, WebSocketFrameDecoder::Sender sender)
        : m_tap(tap)
        , m_purpose(purpose)
        , decoder(sender, this)
    {
    }

    void onFrame(const WebSocketFrame& frame) override
    {
        switch (m_purpose) {
        case Purpose::Peer:
            m_tap->onPeerFrame(frame);
            break;
        case Purpose::Own:
            m_tap->onOwnFrame(frame);
            break;
        case Purpose::QtOutput:
            m_tap->onQtFrame(frame);
            break;
        case Purpose::Drain:
            if (frame.opcode == WebSocketOpcode::Close) {
                m_tap->log().frame(false, frame);
                m_tap->log().close(false, frame);
                m_tap->m_closeReceived = true;
                if (!m_tap->m_awaitingQtClose)
                    m_tap->closeNetwork();
            }
            break;
        }
    }

    void onMessage(const WebSocketMessage& message) override
    {
        if (m_purpose == Purpose::Drain)
            return;
        if (m_purpose == Purpose::QtOutput) {
            m_tap->onQtMessage(message);
            return;
        }
        const bool peer = m_purpose == Purpose::Peer;
        m_tap->log().message(!peer, message);
        if (peer && message.compressed)
            m_tap->deliverInflated(message);
        if (peer)
            emit m_tap->messageReceived(message);
    }

    void onError(const WebSocketProtocolError& error) override
    {
        switch (m_purpose) {
        case Purpose::Peer:
            m_tap->log().error(error);
            m_tap->fail(error.closeCode, closeReasonFor(error.closeCode));
            break;
        case Purpose::Own:
        case Purpose::QtOutput:
            // Qt's own output broke the protocol: worth showing, but the peer is the judge of that.
            m_tap->log().error(
                QCoreApplication::translate("protoviz", "ProtoViz's own Qt WebSockets endpoint sent invalid "
                                                        "data: %1")
                    .arg(error.explanation),
                error.closeCode);
            break;
        case Purpose::Drain:
            // Whatever the peer still sends after the failure is of no interest; the close timer ends it.
            break;
        }
    }

private:
    WebSocketTap* const m_tap;
    const Purpose m_purpose;

public:
    WebSocketFrameDecoder decoder;
};

WebSocketTap::WebSocketTap(Role role, ByteStream* network, QTcpSocket* internal, EventRecorder recorder,
                           QObject* parent)
    : QObject(parent)
    , m_role(role)
    , m_network(network)
    , m_internal(internal)
    , m_recorder(recorder)
{
    using Sender = WebSocketFrameDecoder::Sender;
    const Sender peer = role == Role::Server ? Sender::Client : Sender::Server;
    const Sender own = role == Role::Server ? Sender::Server : Sender::Client;
    m_peer = std::make_unique<Reader>(this, Reader::Purpose::Peer, peer);
    m_own = std::make_unique<Reader>(this, Reader::Purpose::Own, own);

    m_network->setParent(this);
    m_internal->setParent(this);
    connect(m_network, &ByteStream::opened, this, &WebSocketTap::onNetworkOpened);
    connect(m_network, &ByteStream::received, this, &WebSocketTap::onNetworkReceived);
    connect(m_network, &ByteStream::closed, this, &WebSocketTap::onNetworkClosed);
    connect(m_internal, &QTcpSocket::connected, this, &WebSocketTap::onInternalConnected);
    connect(m_internal, &QTcpSocket::readyRead, this, &WebSocketTap::onInternalReadable);
    connect(m_internal, &QTcpSocket::disconnected, this, &WebSocketTap::onInternalClosed);
    connect(m_internal, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_internal->state() == QAbstractSocket::UnconnectedState)
            onInternalClosed();
    });
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        // Qt did not answer the Close it was given, the peer did not answer ours, or the stream did not
        // finish closing: never hang.
        if (m_awaitingQtClose)
            finishFailing();
        else if (m_networkCloseRequested)
            m_network->abort();
        else
            closeNetwork();
    });
}

WebSocketTap::~WebSocketTap()
{
    disconnect(m_network, nullptr, this, nullptr);
    disconnect(m_internal, nullptr, this, nullptr);
}

WebSocketTap* WebSocketTap::client(ByteStream* network, QTcpSocket* internal, const QByteArray& authority,
                                   EventRecorder recorder, QObject* parent)
{
    auto* tap = new WebSocketTap(Role::Client, network, internal, recorder, parent);
    tap->m_authority = authority;
    // Qt may have written its handshake before the tap was connected to the socket.
    QMetaObject::invokeMethod(tap, &WebSocketTap::onInternalReadable, Qt::QueuedConnection);
    return tap;
}

WebSocketTap* WebSocketTap::server(ByteStream* network, QTcpSocket* internal, const HttpRequest& request,
                                   const QByteArray& pending, EventRecorder recorder, QObject* parent)
{
    auto* tap = new WebSocketTap(Role::Server, network, internal, recorder, parent);
    HeaderList headers = request.headers;
    if (headerValue(headers, "host").isNull() && !request.authority.isEmpty())
        headers.prepend({QByteArrayLiteral("host"), request.authority});
    headers.removeIf([](const auto& field) {
        return field.first.compare("sec-websocket-extensions", Qt::CaseInsensitive) == 0;
    });
    tap->m_replayRequest = Http1Writer::requestHead(request.method, request.path, headers);
    tap->m_key = headerValue(request.headers, "sec-websocket-key").trimmed();
    tap->m_networkBuffer = pending;
    if (internal->state() == QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(tap, &WebSocketTap::onInternalConnected, Qt::QueuedConnection);
    return tap;
}

void WebSocketTap::offerCompression(const PerMessageDeflate::Parameters& wanted)
{
    m_offer = wanted;
}

void WebSocketTap::useCompression(const PerMessageDeflate::Parameters& agreed)
{
    m_compression = agreed;
    const bool server = m_role == Role::Server;
    const auto ownWindow = server ? agreed.serverMaxWindowBits : agreed.clientMaxWindowBits;
    const auto ownReset = server ? agreed.serverNoContextTakeover : agreed.clientNoContextTakeover;
    const auto peerWindow = server ? agreed.clientMaxWindowBits : agreed.serverMaxWindowBits;
    const auto peerReset = server ? agreed.clientNoContextTakeover : agreed.serverNoContextTakeover;
    m_deflater = std::make_unique<MessageDeflater>(ownWindow, ownReset);
    m_ownInflater = std::make_unique<MessageInflater>(ownWindow, ownReset);
    m_peerInflater = std::make_unique<MessageInflater>(peerWindow, peerReset);
    m_own->decoder.setInflater(m_ownInflater.get());
    m_peer->decoder.setInflater(m_peerInflater.get());
    m_qt = std::make_unique<Reader>(this, Reader::Purpose::QtOutput,
                                    server ? WebSocketFrameDecoder::Sender::Server
                                           : WebSocketFrameDecoder::Sender::Client);
}

quint32 WebSocketTap::connectionId() const
{
    return m_network->connectionId();
}

EventRecorder WebSocketTap::recorder() const
{
    return m_recorder.forConnection(m_network->connectionId());
}

WebSocketEventLog WebSocketTap::log() const
{
    return WebSocketEventLog(recorder());
}

void WebSocketTap::abort()
{
    m_phase = Phase::Closed;
    closeInternal(false);
    if (!m_networkClosed)
        m_network->abort();
}

void WebSocketTap::onNetworkOpened()
{
    if (m_role == Role::Client && m_phase == Phase::Handshake)
        sendClientHandshake();
}

void WebSocketTap::onNetworkReceived(const QByteArray& data)
{
    switch (m_phase) {
    case Phase::Handshake:
        m_networkBuffer.append(data);
        if (m_role == Role::Client)
            readServerHandshake();
        break;
    case Phase::Open:
        fromNetwork(data);
        break;
    case Phase::Refused:
        // The server answered the upgrade with an HTTP error: Qt's client reads it and gives up.
        if (!m_internalClosed)
            m_internal->write(data);
        break;
    case Phase::Failing:
        if (m_drain)
            m_drain->decoder.feed(data);
        break;
    case Phase::Closed:
        break;
    }
}

void WebSocketTap::onNetworkClosed()
{
    if (m_networkClosed)
        return;
    m_networkClosed = true;
    m_closeTimer.stop();
    if (m_phase == Phase::Handshake) {
        log().error(QCoreApplication::translate(
                        "protoviz", "The connection ended during the WebSocket opening handshake."),
                    WebSocketCloseCode::AbnormalClosure);
    } else if (m_phase == Phase::Open && !(m_closeSent && m_closeReceived)) {
        log().error(QCoreApplication::translate(
                        "protoviz",
                        "The TCP connection ended without a complete closing handshake (Close frame "
                        "%1, %2): close code 1006, abnormal closure.")
                        .arg(m_closeSent ? QCoreApplication::translate("protoviz", "sent")
                                         : QCoreApplication::translate("protoviz", "not sent"),
                             m_closeReceived ? QCoreApplication::translate("protoviz", "received")
                                             : QCoreApplication::translate("protoviz", "not received")),
                    WebSocketCloseCode::AbnormalClosure);
    }
    if (m_phase != Phase::Failing)
        m_phase = Phase::Closed;
    // Graceful: Qt still reads what was forwarded last (the peer's Close frame).
    closeInternal(true);
    checkFinished();
}

void WebSocketTap::onInternalConnected()
{
    if (m_role == Role::Server && m_phase == Phase::Handshake && !m_replayRequest.isEmpty())
        m_internal->write(std::exchange(m_replayRequest, {}));
}

void WebSocketTap::onInternalReadable()
{
    if (m_internalClosed)
        return;
    const QByteArray data = m_internal->readAll();
    if (data.isEmpty())
        return;
    switch (m_phase) {
    case Phase::Handshake:
        m_internalBuffer.append(data);
        if (m_role == Role::Client)
            sendClientHandshake();
        else
            readQtHandshake();
        break;
    case Phase::Open:
        fromQt(data);
        break;
    case Phase::Refused:
        if (!m_networkClosed)
            m_network->write(data);
        break;
    case Phase::Failing:
        if (m_awaitingQtClose)
            fromQt(data);
        break;
    case Phase::Closed:
        break;
    }
}

void WebSocketTap::onInternalClosed()
{
    if (m_internalClosed)
        return;
    // Qt may have written its last bytes (a Close frame) right before closing.
    if (m_internal->bytesAvailable() > 0)
        onInternalReadable();
    m_internalClosed = true;
    if (m_awaitingQtClose) {
        finishFailing();
    } else if (m_role == Role::Server && m_phase == Phase::Handshake) {
        log().error(QCoreApplication::translate("protoviz", "Qt WebSockets dropped the connection before "
                                                            "completing its side of the opening handshake."),
                    WebSocketCloseCode::InternalError);
        fail(WebSocketCloseCode::InternalError, closeReasonFor(WebSocketCloseCode::InternalError));
    } else if (m_phase == Phase::Open && m_closeSent) {
        // Qt 6.4 closes its socket as soon as its own Close frame is out, answer or not; on the network
        // the closing handshake goes on.
        settleClose();
    } else if (m_phase != Phase::Failing) {
        // Qt dropped the connection without a Close frame (an application that aborted).
        closeNetwork();
    }
    checkFinished();
}

void WebSocketTap::settleClose()
{
    if (m_networkClosed || m_networkCloseRequested)
        return;
    // RFC 6455 section 7.1.1: the server closes TCP first, once both Close frames have crossed; the client
    // waits for it (the close timer bounds both waits).
    if (m_closeReceived && m_role == Role::Server)
        closeNetwork();
    else
        m_closeTimer.start(CloseTimeoutMs);
}

void WebSocketTap::sendClientHandshake()
{
    if (m_handshakeSent || !m_network->isOpen())
        return;
    const qsizetype end = m_internalBuffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_internalBuffer.size() > MaxHandshakeSize)
            abort();
        return;
    }
    QByteArray head = withHost(withoutExtensions(m_internalBuffer.first(end + 4)), m_authority);
    m_internalBuffer.remove(0, end + 4);
    m_key = headerValue(fieldsOf(head), "sec-websocket-key").trimmed();
    if (m_offer)
        head.insert(head.size() - 2,
                    "Sec-WebSocket-Extensions: " + PerMessageDeflate::offer(*m_offer) + "\r\n");
    m_handshakeSent = true;
    const Http1EventLog http(recorder());
    http.head(true, 1, head);
    http.messageEnd(true, 1, 0);
    log().upgradeRequest(true, 1, head);
    m_network->write(head);
}

void WebSocketTap::readServerHandshake()
{
    const qsizetype end = m_networkBuffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_networkBuffer.size() > MaxHandshakeSize) {
            log().error(QCoreApplication::translate("protoviz",
                                                    "The server's answer to the opening handshake "
                                                    "is not an HTTP response head."),
                        WebSocketCloseCode::ProtocolError);
            abort();
        }
        return;
    }
    const QByteArray head = m_networkBuffer.first(end + 4);
    m_networkBuffer.remove(0, end + 4);
    const int status = statusOf(head);
    const Http1EventLog http(recorder());
    http.head(false, 1, head);
    log().upgradeResponse(false, 1, head, status, m_key);
    if (status != 101) {
        log().upgradeRefused(1, status,
                             QCoreApplication::translate("protoviz",
                                                         "The server refused the WebSocket upgrade "
                                                         "with status %1; the connection stays "
                                                         "HTTP/1.1.")
                                 .arg(status));
        m_phase = Phase::Refused;
        m_internal->write(head + std::exchange(m_networkBuffer, {}));
        return;
    }
    http.messageEnd(false, 1, 0);
    const HeaderList fields = fieldsOf(head);
    QString fault;
    std::optional<PerMessageDeflate::Parameters> agreed;
    if (!WebSocketHandshake::hasToken(fields, "upgrade", "websocket") ||
        !WebSocketHandshake::hasToken(fields, "connection", "upgrade")) {
        fault = QCoreApplication::translate("protoviz", "The 101 response lacks \"Upgrade: websocket\" or "
                                                        "\"Connection: Upgrade\" (RFC 6455 section 4.1): the "
                                                        "client fails the connection.");
    } else if (headerValue(fields, "sec-websocket-accept").trimmed() != WebSocketHandshake::accept(m_key)) {
        fault = WebSocketHandshake::acceptExplanation(m_key,
                                                      headerValue(fields, "sec-websocket-accept").trimmed());
    } else if (m_offer) {
        agreed = PerMessageDeflate::checkResponse(fields, *m_offer, &fault);
    } else if (!headerValue(fields, "sec-websocket-extensions").isNull()) {
        fault = QCoreApplication::translate("protoviz", "The server accepted an extension the client did not "
                                                        "offer (Sec-WebSocket-Extensions): the client fails "
                                                        "the connection.");
    }
    if (!fault.isEmpty()) {
        log().error(fault, WebSocketCloseCode::ProtocolError);
        abort();
        return;
    }
    if (agreed)
        useCompression(*agreed);
    m_internal->write(withoutExtensions(head));
    becomeOpen();
}

void WebSocketTap::readQtHandshake()
{
    const qsizetype end = m_internalBuffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = m_internalBuffer.first(end + 4);
    m_internalBuffer.remove(0, end + 4);
    if (statusOf(head) != 101) {
        log().error(QCoreApplication::translate("protoviz",
                                                "Qt WebSockets refused the opening handshake that "
                                                "ProtoViz accepted (\"%1\"); the server closes the "
                                                "connection with 1011 (internal error).")
                        .arg(QString::fromLatin1(head.first(head.indexOf("\r\n")))),
                    WebSocketCloseCode::InternalError);
        // Qt is no WebSocket endpoint here that could answer a Close: the tap sends its own at once.
        fail(WebSocketCloseCode::InternalError, closeReasonFor(WebSocketCloseCode::InternalError));
        return;
    }
    becomeOpen();
}

void WebSocketTap::becomeOpen()
{
    m_phase = Phase::Open;
    emit opened();
    if (const QByteArray held = std::exchange(m_networkBuffer, {}); !held.isEmpty())
        fromNetwork(held);
    if (const QByteArray held = std::exchange(m_internalBuffer, {});
        !held.isEmpty() && m_phase == Phase::Open)
        fromQt(held);
}

void WebSocketTap::fromNetwork(const QByteArray& data)
{
    m_peer->decoder.feed(data);
}

void WebSocketTap::fromQt(const QByteArray& data)
{
    if (m_networkClosed)
        return;
    if (m_qt) {
        m_qt->decoder.feed(data);
    } else {
        m_own->decoder.feed(data);
        m_network->write(data);
    }
    if (m_awaitingQtClose && m_closeSent)
        finishFailing();
}

void WebSocketTap::onPeerFrame(const WebSocketFrame& frame)
{
    const WebSocketEventLog events = log();
    events.frame(false, frame);
    if (frame.opcode == WebSocketOpcode::Close) {
        m_closeReceived = true;
        events.close(false, frame);
        if (m_internalClosed && m_closeSent)
            settleClose();
    }
    forwardToQt(frame);
}

void WebSocketTap::onOwnFrame(const WebSocketFrame& frame)
{
    const WebSocketEventLog events = log();
    events.frame(true, frame);
    if (frame.opcode == WebSocketOpcode::Close) {
        m_closeSent = true;
        events.close(true, frame);
    }
}

void WebSocketTap::onQtFrame(const WebSocketFrame& frame)
{
    // Data frames wait for their message, which goes out compressed in one frame.
    if (frame.isControl())
        toNetwork(frame.wire);
}

void WebSocketTap::onQtMessage(const WebSocketMessage& message)
{
    toNetwork(WebSocketFrame::encode(message.opcode, m_deflater->compress(message.payload), true,
                                     maskTowardsNetwork(), 0x4));
}

void WebSocketTap::toNetwork(const QByteArray& frame)
{
    if (m_networkClosed)
        return;
    m_own->decoder.feed(frame);
    m_network->write(frame);
}

std::optional<quint32> WebSocketTap::maskTowardsNetwork() const
{
    return m_role == Role::Client ? std::optional<quint32>(WebSocketFrame::randomMask()) : std::nullopt;
}

void WebSocketTap::deliverInflated(const WebSocketMessage& message)
{
    if (!m_internalClosed)
        m_internal->write(WebSocketFrame::encode(message.opcode, message.payload, true, maskTowardsQt()));
}

void WebSocketTap::forwardToQt(const WebSocketFrame& frame)
{
    if (m_internalClosed)
        return;
    if (!frame.isControl() && frame.opcode != WebSocketOpcode::Continuation)
        m_peerMessageCompressed = (frame.rsv & 0x4) != 0;
    // A compressed message reaches Qt inflated, once it is complete (deliverInflated()).
    if (!frame.isControl() && m_peerMessageCompressed)
        return;
    if (frame.isControl() || (frame.fin && frame.opcode != WebSocketOpcode::Continuation)) {
        m_internal->write(frame.wire);
        return;
    }
    // Qt 6.4 decodes every text fragment on its own and refuses a character split between two of them;
    // it gets the message as one frame once the decoder has validated all of it.
    if (frame.opcode != WebSocketOpcode::Continuation) {
        m_fragmentOpcode = frame.opcode;
        m_fragments = frame.payload;
    } else {
        m_fragments.append(frame.payload);
    }
    if (!frame.fin)
        return;
    m_internal->write(
        WebSocketFrame::encode(m_fragmentOpcode, std::exchange(m_fragments, {}), true, maskTowardsQt()));
}

std::optional<quint32> WebSocketTap::maskTowardsQt() const
{
    // The tap plays the peer towards Qt: a client's frames are masked, a server's are not.
    return m_role == Role::Server ? std::optional<quint32>(WebSocketFrame::randomMask()) : std::nullopt;
}

void WebSocketTap::fail(quint16 closeCode, const QByteArray& reason)
{
    if (m_phase == Phase::Failing || m_phase == Phase::Closed)
        return;
    const bool qtIsOpen =
        m_phase == Phase::Open && !m_internalClosed && m_internal->state() == QAbstractSocket::ConnectedState;
    m_phase = Phase::Failing;
    m_peer->decoder.stop();
    m_failureClose = WebSocketFrame::closePayload(closeCode, reason);
    const auto sender = m_role == Role::Server ? WebSocketFrameDecoder::Sender::Client
                                               : WebSocketFrameDecoder::Sender::Server;
    m_drain = std::make_unique<Reader>(this, Reader::Purpose::Drain, sender);
    // The peer's compressed messages may still come before its Close frame.
    if (m_peerInflater)
        m_drain->decoder.setInflater(m_peerInflater.get());
    if (qtIsOpen && !m_closeSent) {
        // The frames that came before the fault are valid and already on their way to Qt, and their
        // answers (an echo, a broadcast) must reach the peer before the connection fails. Qt gets the
        // failure as a Close frame after them: it answers them first, then echoes the Close with its code,
        // and that Close is the one the network sees.
        m_awaitingQtClose = true;
        m_internal->write(
            WebSocketFrame::encode(WebSocketOpcode::Close, m_failureClose, true, maskTowardsQt()));
        m_closeTimer.start(CloseTimeoutMs);
        return;
    }
    finishFailing();
}

void WebSocketTap::finishFailing()
{
    m_awaitingQtClose = false;
    m_closeTimer.stop();
    // A Close frame can only go out between two of Qt's frames, and only once.
    if (!m_closeSent && !m_networkClosed && m_own->decoder.isBetweenFrames() && !m_own->decoder.hasError()) {
        const QByteArray frame =
            WebSocketFrame::encode(WebSocketOpcode::Close, m_failureClose, true, maskTowardsNetwork());
        m_own->decoder.feed(frame);
        m_network->write(frame);
    }
    closeInternal(false);
    if (m_closeReceived)
        closeNetwork();
    else if (!m_networkClosed)
        m_closeTimer.start(CloseTimeoutMs);
}

void WebSocketTap::closeNetwork()
{
    if (m_networkClosed || m_networkCloseRequested)
        return;
    m_networkCloseRequested = true;
    m_network->close();
    if (!m_networkClosed)
        m_closeTimer.start(CloseTimeoutMs);
}

void WebSocketTap::closeInternal(bool graceful)
{
    if (m_internalClosed)
        return;
    if (graceful && m_internal->state() == QAbstractSocket::ConnectedState) {
        m_internal->disconnectFromHost();
        return;
    }
    m_internal->abort();
    onInternalClosed();
}

void WebSocketTap::checkFinished()
{
    if (m_finished || !m_networkClosed || !m_internalClosed)
        return;
    m_finished = true;
    m_phase = Phase::Closed;
    m_closeTimer.stop();
    emit finished();
}

} // namespace protoviz

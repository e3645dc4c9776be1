#include "core/websocket/websocketframedecoder.h"

#include "core/websocket/messageinflater.h"
#include "core/websocket/websocketframedecoderhandler.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>

namespace protoviz {

namespace {

constexpr quint64 ReserveLimit = 64 * 1024;

QString rsvNames(quint8 rsv)
{
    QStringList names;
    for (int bit = 2; bit >= 0; --bit) {
        if (rsv & (1 << bit))
            names.append(QStringLiteral("RSV%1").arg(3 - bit));
    }
    return names.join(QLatin1String(", "));
}

} // namespace

WebSocketFrameDecoder::WebSocketFrameDecoder(Sender sender, WebSocketFrameDecoderHandler* handler,
                                             qint64 maxMessageSize)
    : m_sender(sender)
    , m_handler(handler)
    , m_maxMessageSize(maxMessageSize)
{
}

qsizetype WebSocketFrameDecoder::feed(QByteArrayView data)
{
    const qint64 start = m_consumed;
    qsizetype i = 0;
    while (i < data.size() && !m_failed && !m_stopped) {
        if (m_closeReceived) {
            // Nothing may follow a Close frame (RFC 6455 section 5.5.1), but what does is no error either:
            // the closing handshake has begun, and the receiver answers it with the code it received
            // (section 7.1.1), so the bytes are consumed and ignored.
            m_consumed += data.size() - i;
            break;
        }
        if (m_headerSize == 0 || m_header.size() < m_headerSize) {
            if (m_header.isEmpty())
                m_frameStart = m_consumed;
            m_header.append(data[i]);
            ++i;
            ++m_consumed;
            if (m_header.size() == 2 && !checkFirstBytes())
                break;
            if (m_headerSize != 0 && m_header.size() == m_headerSize) {
                if (!finishHeader())
                    break;
                if (m_remaining == 0)
                    completeFrame();
            }
            continue;
        }
        const auto take = qsizetype(std::min<quint64>(m_remaining, quint64(data.size() - i)));
        readPayload(data.sliced(i, take));
        i += take;
        if (!m_failed && m_remaining == 0)
            completeFrame();
    }
    return qsizetype(m_consumed - start);
}

bool WebSocketFrameDecoder::checkFirstBytes()
{
    const auto first = quint8(m_header[0]);
    const auto second = quint8(m_header[1]);
    m_frame = {};
    m_frame.fin = (first & 0x80) != 0;
    m_frame.rsv = quint8((first >> 4) & 0x7);
    m_frame.opcode = quint8(first & 0x0f);
    m_frame.masked = (second & 0x80) != 0;
    const int length7 = second & 0x7f;
    m_frame.payloadLength = quint64(length7);
    m_frame.lengthEncoding = length7 == 126   ? WebSocketLengthEncoding::Bits16
                             : length7 == 127 ? WebSocketLengthEncoding::Bits64
                                              : WebSocketLengthEncoding::Bits7;
    m_frame.wire = m_header;
    const QString name = WebSocketFrame::opcodeName(m_frame.opcode);

    // permessage-deflate gives RSV1 a meaning on the first frame of a data message, and nowhere else.
    const bool startsCompressedMessage =
        m_inflater && m_frame.rsv == 0x4 &&
        (m_frame.opcode == WebSocketOpcode::Text || m_frame.opcode == WebSocketOpcode::Binary);
    if (m_inflater && m_frame.rsv == 0x4 && !startsCompressedMessage) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "A %1 frame sets RSV1, but permessage-deflate marks only the first frame of a data message "
                 "as compressed (RFC 7692 section 6): a protocol error, close code 1002.")
                 .arg(name),
             m_frameStart, false);
        return false;
    }
    if (m_frame.rsv != 0 && !startsCompressedMessage) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "The frame sets %1, but no extension was negotiated that could give the bit a meaning (RFC "
                 "6455 section 5.2): a protocol error, close code 1002.")
                 .arg(rsvNames(m_frame.rsv)),
             m_frameStart, false);
        return false;
    }
    if (!WebSocketFrame::isKnownOpcode(m_frame.opcode)) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "The frame uses opcode 0x%1, which RFC 6455 reserves for future use: a protocol error, "
                 "close code 1002.")
                 .arg(m_frame.opcode, 0, 16),
             m_frameStart, false);
        return false;
    }
    if (m_frame.isControl() && !m_frame.fin) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "A %1 frame has FIN set to 0, but control frames must not be fragmented (RFC 6455 section "
                 "5.5): a protocol error, close code 1002.")
                 .arg(name),
             m_frameStart, false);
        return false;
    }
    if (m_frame.isControl() && length7 > 125) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "A %1 frame announces an extended payload length, but control frames carry at most 125 "
                 "bytes (RFC 6455 section 5.5): a protocol error, close code 1002.")
                 .arg(name),
             m_frameStart + 1, false);
        return false;
    }
    if (m_sender == Sender::Client && !m_frame.masked) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "The client sent a %1 frame without a mask. Every frame from client to server must be "
                 "masked (RFC 6455 section 5.1), so the server fails the connection with close code 1002 "
                 "(protocol error).")
                 .arg(name),
             m_frameStart + 1, false);
        return false;
    }
    if (m_sender == Sender::Server && m_frame.masked) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "The server sent a masked %1 frame, but frames from server to client must not be masked "
                 "(RFC 6455 section 5.1): a protocol error, close code 1002.")
                 .arg(name),
             m_frameStart + 1, false);
        return false;
    }
    if (m_frame.opcode == WebSocketOpcode::Continuation && m_messageOpcode == 0) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "A continuation frame arrived, but no fragmented message was in progress (RFC 6455 section "
                 "5.4): a protocol error, close code 1002."),
             m_frameStart, false);
        return false;
    }
    if (!m_frame.isControl() && m_frame.opcode != WebSocketOpcode::Continuation && m_messageOpcode != 0) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "A new %1 message began while a fragmented message was still in progress; only its "
                 "continuation frames and control frames may come before its final fragment (RFC 6455 "
                 "section 5.4): a protocol error, close code 1002.")
                 .arg(name),
             m_frameStart, false);
        return false;
    }
    m_headerSize = 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + (m_frame.masked ? 4 : 0);
    return true;
}

bool WebSocketFrameDecoder::finishHeader()
{
    const auto* bytes = reinterpret_cast<const uchar*>(m_header.constData());
    int position = 2;
    if (m_frame.lengthEncoding == WebSocketLengthEncoding::Bits16) {
        m_frame.payloadLength = qFromBigEndian<quint16>(bytes + position);
        position += 2;
    } else if (m_frame.lengthEncoding == WebSocketLengthEncoding::Bits64) {
        m_frame.payloadLength = qFromBigEndian<quint64>(bytes + position);
        position += 8;
    }
    if (m_frame.masked)
        m_frame.maskingKey = qFromBigEndian<quint32>(bytes + position);
    m_frame.headerSize = m_headerSize;
    m_frame.wire = m_header;

    if (m_frame.payloadLength >> 63) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "The 64-bit payload length has its most significant bit set, which RFC 6455 section 5.2 "
                 "forbids: a protocol error, close code 1002."),
             m_frameStart + 2, false);
        return false;
    }
    const bool longerThanNeeded =
        (m_frame.lengthEncoding == WebSocketLengthEncoding::Bits16 && m_frame.payloadLength < 126) ||
        (m_frame.lengthEncoding == WebSocketLengthEncoding::Bits64 && m_frame.payloadLength <= 0xffff);
    if (longerThanNeeded) {
        fail(WebSocketCloseCode::ProtocolError,
             QCoreApplication::translate(
                 "protoviz",
                 "The frame states its length of %1 bytes in %2 bits, but the length must be encoded in the "
                 "fewest bytes that hold it (RFC 6455 section 5.2): a protocol error, close code 1002.")
                 .arg(m_frame.payloadLength)
                 .arg(m_frame.lengthEncoding == WebSocketLengthEncoding::Bits16 ? 16 : 64),
             m_frameStart + 2, false);
        return false;
    }
    // A compressed message is bounded twice: here by its bytes on the wire, while inflating by its size.
    const quint64 messageSoFar = m_frame.opcode != WebSocketOpcode::Continuation ? 0
                                 : m_messageCompressed                           ? m_messageCompressedBytes
                                                       : quint64(m_messagePayload.size());
    if (messageSoFar + m_frame.payloadLength > quint64(m_maxMessageSize)) {
        fail(WebSocketCloseCode::MessageTooBig,
             QCoreApplication::translate(
                 "protoviz",
                 "The message would be at least %1 bytes long, more than the %2 bytes this endpoint accepts: "
                 "close code 1009 (message too big).")
                 .arg(messageSoFar + m_frame.payloadLength)
                 .arg(m_maxMessageSize),
             m_frameStart + 1, false);
        return false;
    }
    if (!m_frame.isControl()) {
        if (m_frame.opcode != WebSocketOpcode::Continuation) {
            m_messageOpcode = m_frame.opcode;
            ++m_messageNumber;
            m_messagePayload.clear();
            m_messageFrames = 0;
            m_messageWireBytes = 0;
            m_messageCompressed = (m_frame.rsv & 0x4) != 0;
            m_messageCompressedBytes = 0;
            m_utf8.reset();
        }
        m_frame.message = m_messageNumber;
        m_frame.compressedMessage = m_messageCompressed;
    }
    // A header can announce megabytes that never come: reserve a little, and grow with what arrives.
    const auto reserve = qsizetype(std::min<quint64>(m_frame.payloadLength, ReserveLimit));
    m_frame.wire.reserve(m_headerSize + reserve);
    m_frame.payload.reserve(reserve);
    m_remaining = m_frame.payloadLength;
    m_payloadRead = 0;
    return true;
}

void WebSocketFrameDecoder::readPayload(QByteArrayView chunk)
{
    const qsizetype start = m_frame.payload.size();
    m_frame.wire.append(chunk);
    m_frame.payload.append(chunk);
    if (m_frame.masked) {
        char key[4];
        qToBigEndian(m_frame.maskingKey, key);
        char* data = m_frame.payload.data() + start;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            data[i] = char(data[i] ^ key[(m_payloadRead + quint64(i)) % 4]);
    }
    if (m_messageCompressed && !m_frame.isControl()) {
        m_payloadRead += quint64(chunk.size());
        m_remaining -= quint64(chunk.size());
        m_consumed += chunk.size();
        m_messageCompressedBytes += quint64(chunk.size());
        inflatePayload(QByteArrayView(m_frame.payload).sliced(start), false);
        return;
    }
    const bool text =
        m_frame.opcode == WebSocketOpcode::Text ||
        (m_frame.opcode == WebSocketOpcode::Continuation && m_messageOpcode == WebSocketOpcode::Text);
    if (text) {
        const qint64 before = qint64(m_messagePayload.size()) + qint64(start);
        if (!m_utf8.feed(QByteArrayView(m_frame.payload).sliced(start))) {
            const qint64 index = m_utf8.errorOffset();
            const qint64 inChunk = index - before;
            m_consumed += inChunk;
            m_payloadRead += quint64(inChunk);
            const auto byte = quint8(m_frame.payload[qsizetype(start + inChunk)]);
            // Keep what arrived up to the offending byte: that is what the error is about.
            m_frame.payload.truncate(start + inChunk + 1);
            m_frame.wire.truncate(m_frame.headerSize + start + inChunk + 1);
            fail(WebSocketCloseCode::InvalidPayload,
                 QCoreApplication::translate(
                     "protoviz",
                     "Byte %1 of text message %2 (0x%3) cannot be part of valid UTF-8, so the message is "
                     "refused at once with close code 1007 (invalid payload data), without waiting for the "
                     "rest of the frame.")
                     .arg(index + 1)
                     .arg(m_messageNumber)
                     .arg(byte, 2, 16, QLatin1Char('0')),
                 m_consumed, false);
            return;
        }
    }
    m_payloadRead += quint64(chunk.size());
    m_remaining -= quint64(chunk.size());
    m_consumed += chunk.size();
}

bool WebSocketFrameDecoder::inflatePayload(QByteArrayView compressed, bool last)
{
    const qsizetype before = m_messagePayload.size();
    const MessageInflater::Result result =
        last ? m_inflater->finish(&m_messagePayload, m_maxMessageSize)
             : m_inflater->inflate(compressed, &m_messagePayload, m_maxMessageSize);
    switch (result) {
    case MessageInflater::Result::Ok:
        break;
    case MessageInflater::Result::TooBig:
        // Bad UTF-8 within the limit comes first in the message, so it is the error to report.
        if (!acceptsInflatedText(before, last))
            return false;
        fail(WebSocketCloseCode::MessageTooBig,
             QCoreApplication::translate(
                 "protoviz",
                 "Compressed message %1 inflates to more than the %2 bytes this endpoint accepts, from %3 "
                 "compressed bytes so far: close code 1009 (message too big). The inflater stops at the "
                 "limit, "
                 "so a small \"zip bomb\" cannot exhaust memory.")
                 .arg(m_messageNumber)
                 .arg(m_maxMessageSize)
                 .arg(m_messageCompressedBytes),
             m_consumed, last);
        return false;
    case MessageInflater::Result::Corrupt:
        fail(WebSocketCloseCode::InvalidPayload,
             QCoreApplication::translate("protoviz",
                                         "Compressed message %1 is not valid DEFLATE data (zlib: %2), so it "
                                         "cannot be inflated (RFC 7692 section 8): close code 1007 (invalid "
                                         "payload data).")
                 .arg(m_messageNumber)
                 .arg(QString::fromLatin1(m_inflater->errorText())),
             m_consumed, last);
        return false;
    }
    return acceptsInflatedText(before, last);
}

bool WebSocketFrameDecoder::acceptsInflatedText(qsizetype inflatedFrom, bool last)
{
    if (m_messageOpcode != WebSocketOpcode::Text ||
        m_utf8.feed(QByteArrayView(m_messagePayload).sliced(inflatedFrom)))
        return true;
    const qint64 index = m_utf8.errorOffset();
    fail(WebSocketCloseCode::InvalidPayload,
         QCoreApplication::translate(
             "protoviz", "Byte %1 of inflated text message %2 (0x%3) cannot be part of valid UTF-8, "
                         "so the message is refused at once with close code 1007 (invalid payload "
                         "data).")
             .arg(index + 1)
             .arg(m_messageNumber)
             .arg(quint8(m_messagePayload[qsizetype(index)]), 2, 16, QLatin1Char('0')),
         m_consumed, last);
    return false;
}

void WebSocketFrameDecoder::completeFrame()
{
    const qint64 payloadStart = m_frameStart + m_frame.headerSize;
    if (m_frame.opcode == WebSocketOpcode::Close) {
        if (m_frame.payload.size() == 1) {
            fail(WebSocketCloseCode::ProtocolError,
                 QCoreApplication::translate("protoviz", "The Close frame's payload is a single byte, but a "
                                                         "close code takes two (RFC 6455 section "
                                                         "5.5.1): a protocol error, close code 1002."),
                 payloadStart, true);
            return;
        }
        const quint16 code = m_frame.closeCode();
        if (m_frame.payload.size() >= 2 && !WebSocketFrame::isValidCloseCode(code)) {
            fail(WebSocketCloseCode::ProtocolError,
                 QCoreApplication::translate(
                     "protoviz",
                     "The Close frame carries code %1 (%2), which may not be sent in a Close frame (RFC 6455 "
                     "section 7.4): a protocol error, close code 1002.")
                     .arg(code)
                     .arg(WebSocketFrame::closeCodeMeaning(code)),
                 payloadStart, true);
            return;
        }
        if (!Utf8Validator::isValid(m_frame.closeReason())) {
            fail(WebSocketCloseCode::InvalidPayload,
                 QCoreApplication::translate(
                     "protoviz",
                     "The Close frame's reason is not valid UTF-8: close code 1007 (invalid payload data)."),
                 payloadStart + 2, true);
            return;
        }
        m_closeReceived = true;
    }
    const bool finalFragment = !m_frame.isControl() && m_frame.fin;
    if (finalFragment && m_messageCompressed && !inflatePayload({}, true))
        return;
    if (finalFragment && m_messageOpcode == WebSocketOpcode::Text && !m_utf8.isComplete()) {
        fail(
            WebSocketCloseCode::InvalidPayload,
            QCoreApplication::translate("protoviz",
                                        "Text message %1 ends in the middle of a UTF-8 character (%n byte(s) "
                                        "of it arrived): close code 1007 (invalid payload data).",
                                        nullptr, m_utf8.pendingBytes())
                .arg(m_messageNumber),
            m_consumed, true);
        return;
    }

    WebSocketFrame frame = std::move(m_frame);
    m_frame = {};
    m_header.clear();
    m_headerSize = 0;
    if (frame.isControl()) {
        m_handler->onFrame(frame);
        return;
    }
    if (!m_messageCompressed)
        m_messagePayload.append(frame.payload);
    ++m_messageFrames;
    m_messageWireBytes += quint64(frame.wire.size());
    m_handler->onFrame(frame);
    if (!frame.fin || m_stopped)
        return;
    WebSocketMessage message;
    message.opcode = m_messageOpcode;
    message.payload = std::exchange(m_messagePayload, {});
    message.number = m_messageNumber;
    message.frames = m_messageFrames;
    message.wireBytes = m_messageWireBytes;
    message.compressed = std::exchange(m_messageCompressed, false);
    message.compressedBytes = std::exchange(m_messageCompressedBytes, 0);
    m_messageOpcode = 0;
    m_handler->onMessage(message);
}

void WebSocketFrameDecoder::fail(quint16 closeCode, const QString& explanation, qint64 offset,
                                 bool frameComplete)
{
    m_failed = true;
    WebSocketProtocolError error;
    error.closeCode = closeCode;
    error.explanation = explanation;
    error.offset = offset;
    error.headerComplete = m_headerSize != 0 && m_header.size() >= m_headerSize;
    error.frameComplete = frameComplete;
    error.frame = std::move(m_frame);
    m_frame = {};
    m_handler->onError(error);
}

} // namespace protoviz

#include "core/websocket/websocketeventlog.h"

#include "core/http1/http1eventlog.h"
#include "core/timeline/timeline.h"
#include "core/websocket/websockethandshake.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace protoviz {

namespace {

constexpr int PreviewCharacters = 80;
constexpr int PreviewBytes = 24;

quint32 clampSize(qint64 size)
{
    return quint32(std::clamp<qint64>(size, 0, std::numeric_limits<quint32>::max()));
}

QString lengthEncodingText(WebSocketLengthEncoding encoding)
{
    switch (encoding) {
    case WebSocketLengthEncoding::Bits7:
        return QCoreApplication::translate("protoviz", "7-bit length");
    case WebSocketLengthEncoding::Bits16:
        return QCoreApplication::translate("protoviz", "126, then a 16-bit length");
    case WebSocketLengthEncoding::Bits64:
        return QCoreApplication::translate("protoviz", "127, then a 64-bit length");
    }
    return {};
}

QString hexKey(quint32 key)
{
    return QStringLiteral("%1").arg(key, 8, 16, QLatin1Char('0'));
}

// The payload of a data frame at a glance. A compressed message's frames carry DEFLATE data, whatever the
// opcode says: read as text it would put stray control characters (NUL, BEL, ...) in the event's line and
// in the terminal running serve, so it is shown as bytes.
QString contentPreview(const WebSocketFrame& frame)
{
    const bool deflateData = !frame.isControl() && (frame.compressedMessage || (frame.rsv & 0x4) != 0);
    return WebSocketEventLog::preview(deflateData ? WebSocketOpcode::Binary : frame.opcode, frame.payload);
}

// The header fields of the request or response that matter to the upgrade, as Http1EventLog locates
// them in the head.
QList<Field> upgradeFieldsOf(const QByteArray& head)
{
    static const QList<QByteArrayView> relevant{"upgrade",
                                                "connection",
                                                "host",
                                                "origin",
                                                "sec-websocket-key",
                                                "sec-websocket-version",
                                                "sec-websocket-accept",
                                                "sec-websocket-protocol",
                                                "sec-websocket-extensions"};
    QList<Field> fields;
    const QList<Field> all = Http1EventLog::headFields(head);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Field& field = all[i];
        const QByteArray name = field.name.toLatin1().toLower();
        const bool startLine = i < 3 && field.offset >= 0 && field.offset < head.indexOf("\r\n");
        if (startLine || std::any_of(relevant.begin(), relevant.end(),
                                     [&](QByteArrayView wanted) { return name == wanted; }))
            fields.append(field);
    }
    return fields;
}

QByteArray headerOf(const QByteArray& head, QByteArrayView name)
{
    HeaderList headers;
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
    }
    return headerValue(headers, name);
}

} // namespace

QByteArray WebSocketEventLog::keep(QByteArrayView bytes) const
{
    // Copy no more than the timeline keeps: a frame can be megabytes.
    const qsizetype limit = std::max(0, m_recorder.timeline()->byteLimit());
    return bytes.first(std::min(bytes.size(), limit)).toByteArray();
}

void WebSocketEventLog::upgradeRequest(bool sent, quint32 message, const QByteArray& head) const
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    detail.bytes = head;
    detail.fields = upgradeFieldsOf(head);
    const QByteArray key = headerOf(head, "sec-websocket-key");
    const QByteArray version = headerOf(head, "sec-websocket-version");
    const qsizetype lineEnd = head.indexOf("\r\n");
    detail.text =
        QCoreApplication::translate(
            "protoviz", "%1 asks to switch the connection to WebSocket (version %2, Sec-WebSocket-Key %3).")
            .arg(QString::fromLatin1(head.first(lineEnd < 0 ? head.size() : lineEnd)),
                 version.isNull() ? QCoreApplication::translate("protoviz", "not given")
                                  : QString::fromLatin1(version),
                 key.isNull() ? QCoreApplication::translate("protoviz", "missing")
                              : QString::fromLatin1(key));
    m_recorder.record({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::UpgradeRequest),
                       .direction = sent ? m_recorder.outgoing() : m_recorder.incoming(),
                       .stream = message,
                       .size = clampSize(head.size())},
                      std::move(detail));
}

void WebSocketEventLog::upgradeResponse(bool sent, quint32 message, const QByteArray& head, int status,
                                        QByteArrayView key) const
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    detail.bytes = head;
    detail.fields = upgradeFieldsOf(head);
    if (status == 101) {
        const QByteArray accept = headerOf(head, "sec-websocket-accept");
        detail.fields.append(WebSocketHandshake::acceptFields(key, accept));
        detail.text = QCoreApplication::translate(
                          "protoviz",
                          "101 Switching Protocols: from here on the connection carries WebSocket frames. ") +
                      WebSocketHandshake::acceptExplanation(key, accept);
    } else {
        detail.text =
            QCoreApplication::translate(
                "protoviz", "The server answered %1 instead of 101 Switching Protocols: the connection stays "
                            "HTTP/1.1.")
                .arg(status);
    }
    m_recorder.record({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::UpgradeResponse),
                       .direction = sent ? m_recorder.outgoing() : m_recorder.incoming(),
                       .stream = message,
                       .size = clampSize(head.size()),
                       .value = status},
                      std::move(detail));
}

void WebSocketEventLog::upgradeRefused(quint32 message, int status, const QString& explanation) const
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    detail.text = explanation;
    detail.fields = {{QCoreApplication::translate("protoviz", "status"), QString::number(status)}};
    m_recorder.record(
        {.layer = Layer::WebSocket, .kind = kindOf(WebSocketKind::Error), .stream = message, .value = status},
        std::move(detail));
}

QList<Field> WebSocketEventLog::frameFields(const WebSocketFrame& frame, bool headerComplete)
{
    QList<Field> fields;
    fields.append({QStringLiteral("FIN"),
                   frame.fin ? QCoreApplication::translate("protoviz", "1 (final fragment)")
                             : QCoreApplication::translate("protoviz", "0 (more fragments follow)"),
                   0, 1});
    // A valid frame with RSV1 set is the first of a message permessage-deflate compressed.
    const bool compressed = (frame.rsv & 0x4) != 0 && !frame.isControl();
    for (int i = 0; i < 3; ++i)
        fields.append({QStringLiteral("RSV%1").arg(i + 1),
                       i == 0 && compressed ? QCoreApplication::translate(
                                                  "protoviz", "1 (compressed message, permessage-deflate)")
                                            : QString::number((frame.rsv >> (2 - i)) & 1),
                       0, 1});
    fields.append(
        {QCoreApplication::translate("protoviz", "opcode"),
         QStringLiteral("0x%1 (%2)").arg(frame.opcode, 0, 16).arg(WebSocketFrame::opcodeName(frame.opcode)),
         0, 1});
    if (frame.wire.size() < 2)
        return fields;
    fields.append({QStringLiteral("MASK"),
                   frame.masked ? QCoreApplication::translate("protoviz", "1 (masked)")
                                : QCoreApplication::translate("protoviz", "0 (not masked)"),
                   1, 1});
    const int lengthBytes = frame.lengthEncoding == WebSocketLengthEncoding::Bits7    ? 1
                            : frame.lengthEncoding == WebSocketLengthEncoding::Bits16 ? 3
                                                                                      : 9;
    if (!headerComplete) {
        fields.append({QCoreApplication::translate("protoviz", "payload length"),
                       lengthEncodingText(frame.lengthEncoding), 1, 1});
        return fields;
    }
    fields.append(
        {QCoreApplication::translate("protoviz", "payload length"),
         QStringLiteral("%1 (%2)").arg(frame.payloadLength).arg(lengthEncodingText(frame.lengthEncoding)), 1,
         lengthBytes});
    if (frame.masked)
        fields.append({QCoreApplication::translate("protoviz", "masking key"),
                       QStringLiteral("0x") + hexKey(frame.maskingKey), frame.headerSize - 4, 4});
    fields.append({QCoreApplication::translate("protoviz", "header"),
                   QCoreApplication::translate("protoviz", "%n byte(s)", nullptr, frame.headerSize), 0,
                   frame.headerSize});
    const auto payloadOnWire =
        int(std::min<qsizetype>(frame.payload.size(), frame.wire.size() - frame.headerSize));
    // A plain variable as the count: lupdate's parser never finishes on a template call in that place.
    const auto payloadCount = int(std::min<quint64>(frame.payloadLength, 0x7fffffff));
    fields.append({frame.masked ? QCoreApplication::translate("protoviz", "payload (unmasked)")
                                : QCoreApplication::translate("protoviz", "payload"),
                   QCoreApplication::translate("protoviz", "%n byte(s)", nullptr, payloadCount),
                   frame.headerSize, payloadOnWire});
    if (frame.opcode == WebSocketOpcode::Close && frame.payload.size() >= 2) {
        const quint16 code = frame.closeCode();
        fields.append({QCoreApplication::translate("protoviz", "close code"),
                       QStringLiteral("%1 (%2)").arg(code).arg(WebSocketFrame::closeCodeMeaning(code)),
                       frame.headerSize, 2, 1});
        if (frame.payload.size() > 2)
            fields.append({QCoreApplication::translate("protoviz", "reason"),
                           QString::fromUtf8(frame.closeReason()), frame.headerSize + 2,
                           int(frame.payload.size() - 2), 1});
    } else if (!frame.payload.isEmpty()) {
        fields.append({QCoreApplication::translate("protoviz", "content"), contentPreview(frame),
                       frame.headerSize, payloadOnWire, 1});
    }
    return fields;
}

QString WebSocketEventLog::preview(quint8 opcode, QByteArrayView payload)
{
    if (opcode == WebSocketOpcode::Text || opcode == WebSocketOpcode::Continuation) {
        QString text =
            QString::fromUtf8(payload.first(std::min<qsizetype>(payload.size(), PreviewCharacters * 4)));
        if (text.size() > PreviewCharacters)
            text = text.first(PreviewCharacters) + QStringLiteral("…");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    QString hex = QString::fromLatin1(
        payload.first(std::min<qsizetype>(payload.size(), PreviewBytes)).toByteArray().toHex(' '));
    if (payload.size() > PreviewBytes)
        hex += QStringLiteral(" …");
    return hex;
}

QString WebSocketEventLog::describeFrame(const WebSocketFrame& frame)
{
    QString text =
        QCoreApplication::translate("protoviz", "%1 frame").arg(WebSocketFrame::opcodeName(frame.opcode));
    if (!frame.isControl())
        text += frame.fin ? QCoreApplication::translate("protoviz", ", FIN")
                          : QCoreApplication::translate("protoviz", ", more to come");
    if ((frame.rsv & 0x4) != 0 && !frame.isControl())
        text += QCoreApplication::translate("protoviz", ", RSV1 (compressed)");
    if (frame.masked)
        text += QCoreApplication::translate("protoviz", ", masked (key 0x%1)").arg(hexKey(frame.maskingKey));
    text += QCoreApplication::translate("protoviz", ", %1 B header + %2 B payload (%3)")
                .arg(frame.headerSize)
                .arg(frame.payloadLength)
                .arg(lengthEncodingText(frame.lengthEncoding));
    if (frame.opcode == WebSocketOpcode::Close) {
        const quint16 code = frame.closeCode();
        text += QStringLiteral(": %1 (%2)").arg(code).arg(WebSocketFrame::closeCodeMeaning(code));
        if (!frame.closeReason().isEmpty())
            text += QStringLiteral(" \"%1\"").arg(QString::fromUtf8(frame.closeReason()));
    } else if (!frame.payload.isEmpty()) {
        text += QStringLiteral(": ") + contentPreview(frame);
    }
    return text;
}

void WebSocketEventLog::frame(bool sent, const WebSocketFrame& frame) const
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    detail.bytes = keep(frame.wire);
    if (detail.bytes.size() < frame.wire.size())
        detail.originalSize = clampSize(frame.wire.size());
    detail.fields = frameFields(frame);
    detail.text = describeFrame(frame);
    m_recorder.record({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::Frame),
                       .direction = sent ? m_recorder.outgoing() : m_recorder.incoming(),
                       .flags = frame.firstByte(),
                       .stream = frame.message,
                       .size = clampSize(frame.wire.size()),
                       .overhead = clampSize(frame.headerSize),
                       .value = qint64(frame.payloadLength)},
                      std::move(detail));
}

void WebSocketEventLog::message(bool sent, const WebSocketMessage& message) const
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    detail.bytes = keep(message.payload);
    if (detail.bytes.size() < message.payload.size())
        detail.originalSize = clampSize(message.payload.size());
    // A plain variable as the count: lupdate's parser never finishes on a template call in that place.
    const auto payloadCount = int(std::min<qsizetype>(message.payload.size(), 0x7fffffff));
    detail.fields = {
        {QCoreApplication::translate("protoviz", "type"), WebSocketFrame::opcodeName(message.opcode)},
        {QCoreApplication::translate("protoviz", "frames"), QString::number(message.frames)},
        {QCoreApplication::translate("protoviz", "payload"),
         QCoreApplication::translate("protoviz", "%n byte(s)", nullptr, payloadCount), 0,
         int(detail.bytes.size())},
    };
    if (message.compressed) {
        const qint64 saved = message.payload.size() - qint64(message.compressedBytes);
        detail.fields.append(
            {QCoreApplication::translate("protoviz", "compressed (RSV1)"),
             QCoreApplication::translate("protoviz", "permessage-deflate: %1 B on the wire inflate to %2 B, "
                                                     "%3 B saved (%4 %)")
                 .arg(message.compressedBytes)
                 .arg(message.payload.size())
                 .arg(saved)
                 .arg(message.payload.isEmpty() ? 0.0
                                                : 100.0 * double(saved) / double(message.payload.size()),
                      0, 'f', 1)});
    }
    detail.text = QCoreApplication::translate("protoviz", "%1 message %2 in %n frame(s), %3 B: %4", nullptr,
                                              message.frames)
                      .arg(WebSocketFrame::opcodeName(message.opcode))
                      .arg(message.number)
                      .arg(message.payload.size())
                      .arg(preview(message.opcode, message.payload));
    const qint64 onWire = message.compressed ? qint64(message.compressedBytes) : message.payload.size();
    const qint64 headers = qint64(message.wireBytes) - onWire;
    m_recorder.record({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::Message),
                       .direction = sent ? m_recorder.outgoing() : m_recorder.incoming(),
                       .flags = quint8(message.opcode | (message.compressed ? MessageCompressedFlag : 0)),
                       .stream = message.number,
                       .size = clampSize(message.payload.size()),
                       .overhead = clampSize(headers),
                       .value = message.frames},
                      std::move(detail));
}

void WebSocketEventLog::close(bool sent, const WebSocketFrame& closeFrame) const
{
    if (!m_recorder.isActive())
        return;
    const quint16 code = closeFrame.closeCode();
    EventDetail detail;
    detail.fields = {
        {QCoreApplication::translate("protoviz", "close code"),
         QStringLiteral("%1 (%2)").arg(code).arg(WebSocketFrame::closeCodeMeaning(code))},
        {QCoreApplication::translate("protoviz", "reason"), QString::fromUtf8(closeFrame.closeReason())}};
    const QString reason = closeFrame.closeReason().isEmpty()
                               ? QString()
                               : QStringLiteral(" \"%1\"").arg(QString::fromUtf8(closeFrame.closeReason()));
    detail.text = (sent ? QCoreApplication::translate("protoviz", "This side closes: %1 (%2)%3.")
                        : QCoreApplication::translate("protoviz", "The peer closes: %1 (%2)%3."))
                      .arg(code)
                      .arg(WebSocketFrame::closeCodeMeaning(code), reason);
    m_recorder.record({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::Close),
                       .direction = sent ? m_recorder.outgoing() : m_recorder.incoming(),
                       .size = clampSize(closeFrame.payload.size()),
                       .value = code},
                      std::move(detail));
}

void WebSocketEventLog::error(const WebSocketProtocolError& error) const
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    detail.text = error.explanation;
    detail.bytes = keep(error.frame.wire);
    if (!error.frame.wire.isEmpty())
        detail.fields = frameFields(error.frame, error.headerComplete);
    detail.fields.prepend({QCoreApplication::translate("protoviz", "close code"),
                           QStringLiteral("%1 (%2)")
                               .arg(error.closeCode)
                               .arg(WebSocketFrame::closeCodeMeaning(error.closeCode))});
    m_recorder.record({.layer = Layer::WebSocket,
                       .kind = kindOf(WebSocketKind::Error),
                       .direction = m_recorder.incoming(),
                       .stream = error.frame.message,
                       .size = clampSize(error.frame.wire.size()),
                       .value = error.closeCode},
                      std::move(detail));
}

void WebSocketEventLog::error(const QString& explanation, quint16 closeCode) const
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    detail.text = explanation;
    detail.fields = {
        {QCoreApplication::translate("protoviz", "close code"),
         QStringLiteral("%1 (%2)").arg(closeCode).arg(WebSocketFrame::closeCodeMeaning(closeCode))}};
    m_recorder.record({.layer = Layer::WebSocket, .kind = kindOf(WebSocketKind::Error), .value = closeCode},
                      std::move(detail));
}

} // namespace protoviz

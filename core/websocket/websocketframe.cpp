#include "core/websocket/websocketframe.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtEndian>

namespace protoviz {

quint16 WebSocketFrame::closeCode() const
{
    if (payload.size() < 2)
        return WebSocketCloseCode::NoStatus;
    return qFromBigEndian<quint16>(payload.constData());
}

QByteArray WebSocketFrame::closeReason() const
{
    return payload.size() > 2 ? payload.sliced(2) : QByteArray();
}

QByteArray WebSocketFrame::encode(quint8 opcode, QByteArrayView payload, bool fin,
                                  std::optional<quint32> mask, quint8 rsv)
{
    QByteArray frame;
    frame.reserve(14 + payload.size());
    frame.append(char((fin ? 0x80 : 0) | ((rsv & 0x7) << 4) | (opcode & 0x0f)));
    const char maskBit = mask ? char(0x80) : char(0);
    const auto length = quint64(payload.size());
    if (length <= 125) {
        frame.append(char(maskBit | char(length)));
    } else if (length <= 0xffff) {
        frame.append(char(maskBit | 126));
        char extended[2];
        qToBigEndian(quint16(length), extended);
        frame.append(extended, 2);
    } else {
        frame.append(char(maskBit | 127));
        char extended[8];
        qToBigEndian(length, extended);
        frame.append(extended, 8);
    }
    if (!mask) {
        frame.append(payload);
        return frame;
    }
    char key[4];
    qToBigEndian(*mask, key);
    frame.append(key, 4);
    const qsizetype start = frame.size();
    frame.append(payload);
    char* data = frame.data() + start;
    for (qsizetype i = 0; i < payload.size(); ++i)
        data[i] = char(data[i] ^ key[i % 4]);
    return frame;
}

QByteArray WebSocketFrame::closePayload(quint16 code, QByteArrayView reason)
{
    char bytes[2];
    qToBigEndian(code, bytes);
    return QByteArray(bytes, 2) + reason.toByteArray();
}

quint32 WebSocketFrame::randomMask()
{
    return QRandomGenerator::system()->generate();
}

QString WebSocketFrame::opcodeName(quint8 opcode)
{
    switch (opcode) {
    case WebSocketOpcode::Continuation:
        return QStringLiteral("continuation");
    case WebSocketOpcode::Text:
        return QStringLiteral("text");
    case WebSocketOpcode::Binary:
        return QStringLiteral("binary");
    case WebSocketOpcode::Close:
        return QStringLiteral("close");
    case WebSocketOpcode::Ping:
        return QStringLiteral("ping");
    case WebSocketOpcode::Pong:
        return QStringLiteral("pong");
    default:
        return QStringLiteral("reserved (0x%1)").arg(opcode, 0, 16);
    }
}

bool WebSocketFrame::isKnownOpcode(quint8 opcode)
{
    return opcode <= WebSocketOpcode::Binary ||
           (opcode >= WebSocketOpcode::Close && opcode <= WebSocketOpcode::Pong);
}

QString WebSocketFrame::closeCodeMeaning(quint16 code)
{
    const char* meaning = nullptr;
    switch (code) {
    case 1000:
        meaning = QT_TRANSLATE_NOOP("protoviz", "normal closure");
        break;
    case 1001:
        meaning = QT_TRANSLATE_NOOP("protoviz", "going away");
        break;
    case 1002:
        meaning = QT_TRANSLATE_NOOP("protoviz", "protocol error");
        break;
    case 1003:
        meaning = QT_TRANSLATE_NOOP("protoviz", "unsupported data");
        break;
    case 1005:
        meaning = QT_TRANSLATE_NOOP("protoviz", "no status code");
        break;
    case 1006:
        meaning = QT_TRANSLATE_NOOP("protoviz", "abnormal closure");
        break;
    case 1007:
        meaning = QT_TRANSLATE_NOOP("protoviz", "invalid payload data");
        break;
    case 1008:
        meaning = QT_TRANSLATE_NOOP("protoviz", "policy violation");
        break;
    case 1009:
        meaning = QT_TRANSLATE_NOOP("protoviz", "message too big");
        break;
    case 1010:
        meaning = QT_TRANSLATE_NOOP("protoviz", "mandatory extension missing");
        break;
    case 1011:
        meaning = QT_TRANSLATE_NOOP("protoviz", "internal server error");
        break;
    case 1012:
        meaning = QT_TRANSLATE_NOOP("protoviz", "service restart");
        break;
    case 1013:
        meaning = QT_TRANSLATE_NOOP("protoviz", "try again later");
        break;
    case 1014:
        meaning = QT_TRANSLATE_NOOP("protoviz", "bad gateway");
        break;
    default:
        break;
    }
    if (meaning)
        return QCoreApplication::translate("protoviz", meaning);
    if (code >= 3000 && code <= 3999)
        return QCoreApplication::translate("protoviz", "registered for libraries and frameworks");
    if (code >= 4000 && code <= 4999)
        return QCoreApplication::translate("protoviz", "private use by applications");
    return QCoreApplication::translate("protoviz", "not a valid close code");
}

bool WebSocketFrame::isValidCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

} // namespace protoviz

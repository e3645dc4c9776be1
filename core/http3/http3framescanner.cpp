#include "core/http3/http3framescanner.h"

#include "core/quic/quicpacketdecoder.h"

#include <algorithm>

namespace protoviz {

namespace {

constexpr qint64 ControlStream = 0x00;
constexpr qint64 PushStream = 0x01;

// The frames whose payload starts with a push id or, for GOAWAY, a stream or push id (RFC 9114
// section 7.2).
bool carriesId(Http3FrameType type)
{
    return type == Http3FrameType::CancelPush || type == Http3FrameType::PushPromise ||
           type == Http3FrameType::GoAway || type == Http3FrameType::MaxPushId;
}

} // namespace

Http3FrameScanner::Http3FrameScanner(bool unidirectional)
    : m_state(unidirectional ? State::StreamType : State::FrameHeader)
{
}

QList<Http3FrameScanner::Frame> Http3FrameScanner::feed(QByteArrayView bytes)
{
    QList<Frame> frames;
    qsizetype at = 0;
    while (at < bytes.size()) {
        switch (m_state) {
        case State::Opaque:
            return frames;
        case State::Payload: {
            const qsizetype take = qsizetype(std::min<quint64>(m_payloadLeft, quint64(bytes.size() - at)));
            at += take;
            m_payloadLeft -= quint64(take);
            if (m_payloadLeft == 0)
                m_state = State::FrameHeader;
            break;
        }
        case State::StreamType:
        case State::PushId:
        case State::FrameHeader: {
            m_pending.append(bytes[at++]);
            qsizetype offset = 0;
            const std::optional<quint64> first = QuicPacketDecoder::readVarint(m_pending, &offset);
            if (!first)
                break;
            if (m_state == State::StreamType) {
                m_streamType = qint64(*first);
                m_pending.clear();
                m_state = m_streamType == ControlStream ? State::FrameHeader
                          : m_streamType == PushStream  ? State::PushId
                                                        : State::Opaque;
                break;
            }
            if (m_state == State::PushId) {
                m_pending.clear();
                m_state = State::FrameHeader;
                break;
            }
            const std::optional<quint64> length = QuicPacketDecoder::readVarint(m_pending, &offset);
            if (!length)
                break;
            m_frame = {frameType(*first), *first, *length, std::nullopt};
            m_pending.clear();
            m_payloadLeft = *length;
            if (carriesId(m_frame.type) && m_payloadLeft > 0) {
                m_state = State::FrameId;
                break;
            }
            frames.append(m_frame);
            m_state = m_payloadLeft > 0 ? State::Payload : State::FrameHeader;
            break;
        }
        case State::FrameId: {
            m_pending.append(bytes[at++]);
            --m_payloadLeft;
            qsizetype offset = 0;
            m_frame.id = QuicPacketDecoder::readVarint(m_pending, &offset);
            // A payload that ends inside its identifier is the receiver's H3_FRAME_ERROR to find: the
            // frame is still reported, without the identifier.
            if (!m_frame.id && m_payloadLeft > 0)
                break;
            frames.append(m_frame);
            m_pending.clear();
            m_state = m_payloadLeft > 0 ? State::Payload : State::FrameHeader;
            break;
        }
        }
    }
    return frames;
}

Http3FrameType Http3FrameScanner::frameType(quint64 rawType)
{
    switch (rawType) {
    case 0x00:
        return Http3FrameType::Data;
    case 0x01:
        return Http3FrameType::Headers;
    case 0x03:
        return Http3FrameType::CancelPush;
    case 0x04:
        return Http3FrameType::Settings;
    case 0x05:
        return Http3FrameType::PushPromise;
    case 0x07:
        return Http3FrameType::GoAway;
    case 0x0d:
        return Http3FrameType::MaxPushId;
    default:
        return Http3FrameType::Unknown;
    }
}

QString Http3FrameScanner::frameTypeName(Http3FrameType type)
{
    switch (type) {
    case Http3FrameType::Data:
        return QStringLiteral("DATA");
    case Http3FrameType::Headers:
        return QStringLiteral("HEADERS");
    case Http3FrameType::CancelPush:
        return QStringLiteral("CANCEL_PUSH");
    case Http3FrameType::Settings:
        return QStringLiteral("SETTINGS");
    case Http3FrameType::PushPromise:
        return QStringLiteral("PUSH_PROMISE");
    case Http3FrameType::GoAway:
        return QStringLiteral("GOAWAY");
    case Http3FrameType::MaxPushId:
        return QStringLiteral("MAX_PUSH_ID");
    case Http3FrameType::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace protoviz

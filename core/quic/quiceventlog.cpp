#include "core/quic/quiceventlog.h"

#include "core/http3/http3framescanner.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quicerrornames.h"
#include "core/quic/quicpacketdecoder.h"

namespace protoviz {

namespace {

// Bytes of a variable-length integer's shortest encoding (RFC 9000 section 16), as a frame header has.
quint32 varintLength(quint64 value)
{
    return value < 64 ? 1 : value < 16384 ? 2 : value < (quint64(1) << 30) ? 4 : 8;
}

QString hex(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QuicEventLog::tr("(empty)") : QString::fromLatin1(bytes.toHex());
}

// What a frame says, in a few words, for its field in the inspector.
QString frameSummary(const QuicFrame& frame)
{
    switch (frame.type) {
    case QuicFrameType::Padding:
        return QuicEventLog::tr("%n byte(s)", nullptr, int(frame.size));
    case QuicFrameType::Stream:
        return (frame.fin ? QuicEventLog::tr("stream %1, offset %2, %3 bytes, FIN")
                          : QuicEventLog::tr("stream %1, offset %2, %3 bytes"))
            .arg(frame.streamId)
            .arg(frame.offset)
            .arg(frame.length);
    case QuicFrameType::Crypto:
        return QuicEventLog::tr("offset %1, %2 bytes of TLS handshake").arg(frame.offset).arg(frame.length);
    case QuicFrameType::Ack: {
        QStringList ranges;
        for (const QuicAckRange& range : frame.ackRanges) {
            ranges.append(range.smallest == range.largest
                              ? QString::number(range.smallest)
                              : QStringLiteral("%1-%2").arg(range.smallest).arg(range.largest));
        }
        return QuicEventLog::tr("packets %1").arg(ranges.join(QLatin1String(", ")));
    }
    case QuicFrameType::ResetStream:
    case QuicFrameType::StopSending:
        return QuicEventLog::tr("stream %1, error %2")
            .arg(frame.streamId)
            .arg(QuicErrorNames::http3(frame.errorCode));
    case QuicFrameType::MaxData:
    case QuicFrameType::DataBlocked:
        return QuicEventLog::tr("%1 bytes").arg(frame.value);
    case QuicFrameType::MaxStreamData:
    case QuicFrameType::StreamDataBlocked:
        return QuicEventLog::tr("stream %1, %2 bytes").arg(frame.streamId).arg(frame.value);
    case QuicFrameType::MaxStreams:
    case QuicFrameType::StreamsBlocked:
        return (frame.bidirectional ? QuicEventLog::tr("%1 bidirectional streams")
                                    : QuicEventLog::tr("%1 unidirectional streams"))
            .arg(frame.value);
    case QuicFrameType::NewConnectionId:
        return QuicEventLog::tr("id %1, sequence %2").arg(hex(frame.connectionId)).arg(frame.sequence);
    case QuicFrameType::RetireConnectionId:
        return QuicEventLog::tr("sequence %1").arg(frame.sequence);
    case QuicFrameType::ConnectionClose:
        return frame.applicationClose ? QuicErrorNames::http3(frame.errorCode)
                                      : QuicErrorNames::transport(frame.errorCode);
    case QuicFrameType::NewToken:
    case QuicFrameType::Datagram:
        return QuicEventLog::tr("%n byte(s)", nullptr, int(frame.length));
    case QuicFrameType::Ping:
    case QuicFrameType::PathChallenge:
    case QuicFrameType::PathResponse:
    case QuicFrameType::HandshakeDone:
    case QuicFrameType::Unknown:
        break;
    }
    return {};
}

// Frames a receiver need not acknowledge on their own (RFC 9000 section 13.2.1).
bool isAckEliciting(QuicFrameType type)
{
    return type != QuicFrameType::Ack && type != QuicFrameType::Padding &&
           type != QuicFrameType::ConnectionClose;
}

Http3Kind http3KindOf(Http3FrameType type)
{
    switch (type) {
    case Http3FrameType::Data:
        return Http3Kind::Data;
    case Http3FrameType::Headers:
        return Http3Kind::Headers;
    case Http3FrameType::CancelPush:
        return Http3Kind::CancelPush;
    case Http3FrameType::Settings:
        return Http3Kind::Settings;
    case Http3FrameType::PushPromise:
        return Http3Kind::PushPromise;
    case Http3FrameType::GoAway:
        return Http3Kind::GoAway;
    case Http3FrameType::MaxPushId:
        return Http3Kind::MaxPushId;
    case Http3FrameType::Unknown:
        break;
    }
    return Http3Kind::UnknownFrame;
}

QuicKind quicKindOf(QuicMilestone milestone)
{
    switch (milestone) {
    case QuicMilestone::HandshakeKeysInstalled:
        return QuicKind::HandshakeKeys;
    case QuicMilestone::OneRttKeysInstalled:
        return QuicKind::OneRttKeys;
    case QuicMilestone::EarlyDataOffered:
        return QuicKind::EarlyDataOffered;
    case QuicMilestone::EarlyDataAccepted:
        return QuicKind::EarlyDataAccepted;
    case QuicMilestone::EarlyDataRejected:
        return QuicKind::EarlyDataRejected;
    case QuicMilestone::HandshakeCompleted:
        return QuicKind::HandshakeComplete;
    case QuicMilestone::HandshakeConfirmed:
        return QuicKind::HandshakeConfirmed;
    case QuicMilestone::SessionTicketReceived:
        return QuicKind::SessionTicket;
    case QuicMilestone::ConnectionClosed:
        break;
    }
    return QuicKind::ConnectionClosed;
}

// The header's parts located in the packet's bytes (RFC 9000 section 17): a long header has version,
// both connection ids with their lengths; a short one only the destination id after the first byte.
QList<Field> headerFields(const QuicPacketRecord& record)
{
    const int headerSize = int(record.headerSize);
    QList<Field> fields{
        {QuicEventLog::tr("packet type"), QuicPacketDecoder::packetTypeName(record.type), 0, 1}};
    if (record.longHeader) {
        const int destination = 6;
        const int source = destination + int(record.destinationConnectionId.size()) + 1;
        fields.append({QuicEventLog::tr("version"),
                       QStringLiteral("0x%1").arg(record.version, 8, 16, QLatin1Char('0')), 1, 4});
        fields.append({QuicEventLog::tr("destination connection id"), hex(record.destinationConnectionId),
                       destination, int(record.destinationConnectionId.size())});
        fields.append({QuicEventLog::tr("source connection id"), hex(record.sourceConnectionId), source,
                       int(record.sourceConnectionId.size())});
    } else {
        fields.append({QuicEventLog::tr("destination connection id"), hex(record.destinationConnectionId), 1,
                       int(record.destinationConnectionId.size())});
        fields.append({QuicEventLog::tr("key phase"), QString::number(record.keyPhase ? 1 : 0), 0, 1});
    }
    fields.append({QuicEventLog::tr("packet number"), QString::number(record.packetNumber),
                   headerSize - record.packetNumberLength, record.packetNumberLength});
    return fields;
}

} // namespace

QuicEventLog::QuicEventLog(EventRecorder recorder)
    : m_recorder(recorder)
{
}

Direction QuicEventLog::directionOf(QuicDirection direction) const
{
    return direction == QuicDirection::Sent ? m_recorder.outgoing() : m_recorder.incoming();
}

void QuicEventLog::packet(const QuicPacketRecord& record)
{
    if (!m_recorder.isActive())
        return;
    const Direction direction = directionOf(record.direction);
    EventDetail detail;
    detail.bytes = record.bytes;
    detail.fields = headerFields(record);
    quint8 flags = quint8(record.type) & QuicPacketFlag::TypeMask;
    if (record.keyPhase)
        flags |= QuicPacketFlag::KeyPhase;
    QStringList names;
    qsizetype decoded = 0;
    for (const QuicFrame& frame : record.frames) {
        const QString name = QuicPacketDecoder::frameTypeName(frame.type);
        detail.fields.append(
            {name, frameSummary(frame), int(record.headerSize + frame.offsetInPayload), int(frame.size)});
        names.append(name);
        decoded += frame.size;
        if (isAckEliciting(frame.type))
            flags |= QuicPacketFlag::AckEliciting;
        if (frame.type == QuicFrameType::ConnectionClose)
            flags |= QuicPacketFlag::ConnectionClose;
    }
    //: %1 is the packet type (Initial, Handshake, 1-RTT...), %2 its number, %3 its frames
    detail.text = tr("%1 packet %2: %3")
                      .arg(QuicPacketDecoder::packetTypeName(record.type))
                      .arg(record.packetNumber)
                      .arg(names.join(QLatin1String(", ")));
    const QuicKind kind =
        record.direction == QuicDirection::Sent ? QuicKind::PacketSent : QuicKind::PacketReceived;
    m_recorder.record({.layer = Layer::Quic,
                       .kind = kindOf(kind),
                       .direction = direction,
                       .flags = flags,
                       .size = quint32(record.size),
                       .overhead = quint32(record.size - record.payloadSize),
                       .value = qint64(record.packetNumber)},
                      std::move(detail));
    // The connection only reports packets that authenticated, so frames our decoder gave up on are a
    // flaw in the decoder or an endpoint breaking the rules: worth saying, never silently dropped.
    if (decoded < record.payloadSize) {
        EventDetail error;
        error.text = tr("The frames of %1 packet %2 could not all be decoded: byte %3 of its payload is "
                        "not a valid frame.")
                         .arg(QuicPacketDecoder::packetTypeName(record.type))
                         .arg(record.packetNumber)
                         .arg(decoded);
        m_recorder.record(
            {.layer = Layer::Quic, .kind = kindOf(QuicKind::Error), .direction = direction, .value = -1},
            std::move(error));
    }
    for (const QuicFrame& frame : record.frames) {
        if (frame.type == QuicFrameType::ConnectionClose)
            recordClose(frame, direction);
    }
}

void QuicEventLog::recordClose(const QuicFrame& frame, Direction direction)
{
    // A clean close (NO_ERROR, or H3_NO_ERROR from the application) is the packet itself; an error
    // deserves its own event, at the layer whose code it is.
    if (frame.errorCode == (frame.applicationClose ? QuicConnection::NoError : 0))
        return;
    const QString reason =
        frame.reason.isEmpty() ? QString() : tr(" It says: \"%1\".").arg(QString::fromUtf8(frame.reason));
    const bool sent = direction == m_recorder.outgoing();
    EventDetail detail;
    detail.fields = {{tr("error code"), QStringLiteral("0x%1").arg(frame.errorCode, 0, 16)}};
    if (frame.applicationClose) {
        detail.text = (sent ? tr("This endpoint closed the connection with HTTP/3 error %1.")
                            : tr("The peer closed the connection with HTTP/3 error %1."))
                          .arg(QuicErrorNames::http3(frame.errorCode)) +
                      reason;
        m_recorder.record({.layer = Layer::Http3,
                           .kind = kindOf(Http3Kind::Error),
                           .direction = direction,
                           .value = qint64(frame.errorCode)},
                          std::move(detail));
        return;
    }
    detail.text = (sent ? tr("This endpoint closed the connection with QUIC transport error %1.")
                        : tr("The peer closed the connection with QUIC transport error %1."))
                      .arg(QuicErrorNames::transport(frame.errorCode)) +
                  reason;
    m_recorder.record({.layer = Layer::Quic,
                       .kind = kindOf(QuicKind::Error),
                       .direction = direction,
                       .value = qint64(frame.errorCode)},
                      std::move(detail));
}

void QuicEventLog::milestone(const QuicMilestoneRecord& record)
{
    m_recorder.record({.layer = Layer::Quic, .kind = kindOf(quicKindOf(record.milestone))});
}

void QuicEventLog::http3Frame(const Http3FrameRecord& record)
{
    if (!m_recorder.isActive())
        return;
    const quint32 header = varintLength(record.rawType) + varintLength(record.length);
    const QString name = Http3FrameScanner::frameTypeName(record.type);
    EventDetail detail;
    detail.fields = {{tr("frame type"), QStringLiteral("%1 (0x%2)").arg(name).arg(record.rawType, 0, 16)},
                     {tr("payload length"), QString::number(record.length)},
                     {tr("stream"), QString::number(record.streamId)}};
    //: %1 is the frame type (HEADERS, DATA, SETTINGS...)
    detail.text = tr("%1 on stream %2: %n byte(s) of payload", nullptr, int(record.length))
                      .arg(name)
                      .arg(record.streamId);
    const Direction direction = directionOf(record.direction);
    if (record.id) {
        // A server's GOAWAY names a request stream, everything else here a push (RFC 9114 section 7.2).
        if (record.type == Http3FrameType::GoAway && direction == Direction::ServerToClient) {
            detail.fields.append({tr("stream id"), QString::number(*record.id)});
            detail.text += tr("; requests on stream %1 and later will not be processed").arg(*record.id);
        } else {
            detail.fields.append({tr("push id"), QString::number(*record.id)});
            detail.text += tr("; push id %1").arg(*record.id);
        }
    }
    m_recorder.record({.layer = Layer::Http3,
                       .kind = kindOf(http3KindOf(record.type)),
                       .direction = direction,
                       .stream = quint32(record.streamId),
                       .size = quint32(header + record.length),
                       .overhead = header,
                       .value = qint64(record.length)},
                      std::move(detail));
}

void QuicEventLog::http3Headers(const Http3HeadersRecord& record)
{
    if (!m_recorder.isActive())
        return;
    EventDetail detail;
    quint32 size = 0;
    for (const auto& [name, value] : record.fields) {
        detail.fields.append({QString::fromLatin1(name), QString::fromUtf8(value)});
        size += quint32(name.size() + value.size());
    }
    const QString status = detail.fieldValue(u":status");
    detail.text = status.isEmpty()
                      ? tr("Request %1 %2").arg(detail.fieldValue(u":method"), detail.fieldValue(u":path"))
                      : tr("Response %1").arg(status);
    m_recorder.record({.layer = Layer::Http3,
                       .kind = kindOf(Http3Kind::HeaderFields),
                       .direction = directionOf(record.direction),
                       .stream = quint32(record.streamId),
                       .size = size,
                       .value = record.fields.size()},
                      std::move(detail));
}

void QuicEventLog::keyLogLine(const QByteArray&)
{
    // Secrets stay off the timeline: recordings and exports are meant to be shared.
}

} // namespace protoviz

#include "tests/support/rawhttp3peer.h"

#include "core/quic/quicconnection.h"

#include <optional>
#include <utility>

namespace protoviz::test {

namespace {

constexpr quint64 HeadersFrame = 0x01;
constexpr quint64 DataFrame = 0x00;
constexpr quint64 SettingsFrame = 0x04;
constexpr quint64 ControlStreamType = 0x00;

bool isBidirectional(qint64 streamId)
{
    return (streamId & 0x02) == 0;
}

bool isServerInitiated(qint64 streamId)
{
    return (streamId & 0x01) != 0;
}

// An indexed field line from the static table (RFC 9204 section 4.5.2: '1', T=1, 6-bit index).
char staticField(int index)
{
    return char(0xc0 | index);
}

} // namespace

RawHttp3Peer::RawHttp3Peer(QuicConnection& connection, const QByteArray& controlFrames,
                           const QByteArray& request, const QByteArray& response)
    : m_connection(connection)
    , m_controlFrames(controlFrames)
    , m_request(request)
    , m_response(response)
{
}

RawHttp3Peer::~RawHttp3Peer() = default;

QByteArray RawHttp3Peer::received(qint64 streamId) const
{
    const auto found = m_incoming.find(streamId);
    return found == m_incoming.end() ? QByteArray() : found->second.bytes;
}

bool RawHttp3Peer::ended(qint64 streamId) const
{
    const auto found = m_incoming.find(streamId);
    return found != m_incoming.end() && found->second.ended;
}

QByteArray RawHttp3Peer::varint(quint64 value)
{
    QByteArray bytes;
    int length = value < 64 ? 1 : value < 16384 ? 2 : value < (quint64(1) << 30) ? 4 : 8;
    const quint8 prefix = length == 1 ? 0x00 : length == 2 ? 0x40 : length == 4 ? 0x80 : 0xc0;
    for (int i = length - 1; i >= 0; --i)
        bytes.append(char((value >> (8 * i)) & 0xff));
    bytes[0] = char(quint8(bytes[0]) | prefix);
    return bytes;
}

QByteArray RawHttp3Peer::frame(quint64 type, const QByteArray& payload)
{
    return varint(type) + varint(quint64(payload.size())) + payload;
}

QByteArray RawHttp3Peer::getRequest(const QByteArray& authority, const QByteArray& path)
{
    // Required Insert Count 0 and Base 0: nothing from the dynamic table.
    QByteArray fields("\x00\x00", 2);
    fields += staticField(17); // :method GET
    fields += staticField(23); // :scheme https
    // Literals with a static name reference (RFC 9204 section 4.5.4: '01', N=0, T=1, 4-bit index),
    // values as plain strings (H=0, 7-bit length).
    fields += char(0x50 | 0) + QByteArray(1, char(authority.size())) + authority; // :authority
    fields += char(0x50 | 1) + QByteArray(1, char(path.size())) + path;           // :path
    return frame(HeadersFrame, fields);
}

QByteArray RawHttp3Peer::okResponse(const QByteArray& body)
{
    QByteArray fields("\x00\x00", 2);
    fields += staticField(25); // :status 200
    return frame(HeadersFrame, fields) + frame(DataFrame, body);
}

void RawHttp3Peer::send(qint64 streamId, const QByteArray& bytes, bool fin)
{
    Outgoing& outgoing = m_outgoing[streamId];
    if (!bytes.isEmpty())
        outgoing.pieces.append(bytes);
    outgoing.fin = fin;
}

bool RawHttp3Peer::start()
{
    if (m_started)
        return true;
    m_started = true;
    const std::optional<qint64> control = m_connection.openUnidirectionalStream();
    if (!control)
        return false;
    m_controlStream = *control;
    send(m_controlStream, varint(ControlStreamType) + frame(SettingsFrame, {}), false);
    if (m_connection.isServer())
        return true;
    send(m_controlStream, std::exchange(m_controlFrames, {}), false);
    if (m_request.isEmpty())
        return true;
    const std::optional<qint64> request = m_connection.openBidirectionalStream();
    if (!request)
        return false;
    send(*request, m_request, true);
    return true;
}

qint64 RawHttp3Peer::streamData(qint64 streamId, QByteArrayView data, bool fin)
{
    Incoming& incoming = m_incoming[streamId];
    incoming.bytes += data.toByteArray();
    incoming.ended = incoming.ended || fin;
    // A server answers each request once its client ended it.
    if (fin && m_connection.isServer() && isBidirectional(streamId) && !isServerInitiated(streamId)) {
        send(m_controlStream, std::exchange(m_controlFrames, {}), false);
        send(streamId, m_response, true);
    }
    return qint64(data.size());
}

bool RawHttp3Peer::streamDataAcked(qint64, quint64)
{
    return true;
}

bool RawHttp3Peer::streamClosed(qint64, quint64)
{
    return true;
}

bool RawHttp3Peer::streamReset(qint64)
{
    return true;
}

bool RawHttp3Peer::streamUnblocked(qint64 streamId)
{
    if (const auto found = m_outgoing.find(streamId); found != m_outgoing.end())
        found->second.blocked = false;
    return true;
}

bool RawHttp3Peer::nextChunk(QuicStreamChunk* chunk)
{
    for (auto& [id, outgoing] : m_outgoing) {
        if (outgoing.done || outgoing.blocked)
            continue;
        const bool dataLeft = outgoing.piece < outgoing.pieces.size();
        if (!dataLeft && !outgoing.fin)
            continue;
        // One piece at a time, the FIN with the last.
        chunk->streamId = id;
        chunk->fin = outgoing.fin && outgoing.piece >= outgoing.pieces.size() - 1;
        chunk->pieceCount = dataLeft ? 1 : 0;
        if (dataLeft)
            chunk->pieces[0] = QByteArrayView(outgoing.pieces[outgoing.piece]).sliced(outgoing.written);
        return true;
    }
    return true;
}

bool RawHttp3Peer::streamWritten(qint64 streamId, qint64 bytes)
{
    Outgoing& outgoing = m_outgoing[streamId];
    if (outgoing.piece < outgoing.pieces.size()) {
        outgoing.written += qsizetype(bytes);
        if (outgoing.written >= outgoing.pieces[outgoing.piece].size()) {
            ++outgoing.piece;
            outgoing.written = 0;
        }
    }
    // The last piece went out whole (or there was none): the FIN went with it.
    if (outgoing.fin && outgoing.piece >= outgoing.pieces.size())
        outgoing.done = true;
    return true;
}

void RawHttp3Peer::streamBlocked(qint64 streamId)
{
    m_outgoing[streamId].blocked = true;
}

void RawHttp3Peer::streamWriteShut(qint64 streamId)
{
    m_outgoing[streamId].done = true;
}

void RawHttp3Peer::earlyDataRejected()
{
    // The peer never resumes: it has no 0-RTT data to lose.
}

} // namespace protoviz::test

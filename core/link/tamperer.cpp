#include "core/link/tamperer.h"

namespace protoviz {

namespace {

constexpr qsizetype TlsHeaderSize = 5;
constexpr quint8 TlsHandshakeByte = 22;
constexpr quint8 TlsApplicationData = 23;
// A head this long without its blank line is not a response the attacker can frame.
constexpr qsizetype MaxHeadBytes = 64 * 1024;

qint64 contentLengthOf(QByteArrayView head)
{
    for (const QByteArray& line : head.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed().toLongLong();
    }
    return -1;
}

QString byteText(quint8 byte)
{
    const QString hex = QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
    if (byte >= 0x20 && byte < 0x7f)
        return QStringLiteral("%1 '%2'").arg(hex, QChar(char16_t(byte)));
    return hex;
}

} // namespace

Tamperer::Tamperer(qint64 bodyOffset, quint8 mask, EventRecorder recorder)
    : m_bodyOffset(std::max<qint64>(0, bodyOffset))
    , m_mask(mask ? mask : 0x01)
    , m_recorder(recorder)
{
}

Tamperer::~Tamperer() = default;

void Tamperer::arm()
{
    m_armed = true;
    // The next response starts with the next byte the server sends, on whichever connection.
    for (Connection& state : m_connections) {
        state.head.clear();
        state.target = -1;
    }
}

void Tamperer::forget(quint32 connection)
{
    m_connections.remove(connection);
}

int Tamperer::process(quint32 connection, Direction direction, QByteArray& bytes)
{
    if (bytes.isEmpty())
        return 0;
    Connection& state = m_connections[connection];
    if (state.kind == Connection::Kind::Unknown) {
        const bool tls = direction == Direction::ClientToServer && quint8(bytes.front()) == TlsHandshakeByte;
        state.kind = tls ? Connection::Kind::Tls : Connection::Kind::Http;
    }
    if (direction != Direction::ServerToClient)
        return 0;
    const int altered = state.kind == Connection::Kind::Tls ? processTls(connection, state, bytes)
                                                            : processHttp(connection, state, bytes);
    state.downstreamOffset += bytes.size();
    return altered;
}

int Tamperer::processHttp(quint32 connection, Connection& state, QByteArray& bytes)
{
    if (m_armed && state.target < 0) {
        const qsizetype before = state.head.size();
        state.head.append(bytes);
        const qsizetype blank = state.head.indexOf("\r\n\r\n");
        if (blank >= 0) {
            const qint64 bodyStart = state.downstreamOffset - before + blank + 4;
            const qint64 length = contentLengthOf(QByteArrayView(state.head).first(blank));
            state.head.clear();
            if (length != 0) {
                state.target = bodyStart + (length > 0 ? std::min(m_bodyOffset, length - 1) : m_bodyOffset);
                m_armed = false;
            }
        } else if (state.head.size() > MaxHeadBytes) {
            state.head.clear();
        }
    }
    return alterTarget(connection, state, bytes, tr("the response body"));
}

int Tamperer::processTls(quint32 connection, Connection& state, QByteArray& bytes)
{
    const qint64 chunkEnd = state.downstreamOffset + bytes.size();
    while (state.nextRecord < chunkEnd) {
        qint64 at = state.nextRecord + state.header.size();
        while (state.header.size() < TlsHeaderSize && at < chunkEnd) {
            state.header.append(bytes[at - state.downstreamOffset]);
            ++at;
        }
        if (state.header.size() < TlsHeaderSize)
            break;
        const quint8 type = quint8(state.header[0]);
        const qint64 length = (qint64(quint8(state.header[3])) << 8) | quint8(state.header[4]);
        const qint64 payloadStart = state.nextRecord + TlsHeaderSize;
        if (m_armed && type == TlsApplicationData && length > 0) {
            state.target = payloadStart + std::min(m_bodyOffset, length - 1);
            m_armed = false;
        }
        state.nextRecord = payloadStart + length;
        state.header.clear();
    }
    return alterTarget(connection, state, bytes, tr("an encrypted application-data record"));
}

int Tamperer::alterTarget(quint32 connection, Connection& state, QByteArray& bytes, const QString& what)
{
    if (state.target < state.downstreamOffset || state.target >= state.downstreamOffset + bytes.size())
        return 0;
    const qsizetype index = qsizetype(state.target - state.downstreamOffset);
    const auto was = quint8(bytes[index]);
    const auto now = quint8(was ^ m_mask);
    bytes[index] = char(now);
    ++m_altered;

    EventDetail detail;
    detail.text = tr("The attacker flipped a byte of %1 in flight: %2 became %3")
                      .arg(what, byteText(was), byteText(now));
    detail.fields = {{tr("target"), what},
                     {tr("stream offset"), QString::number(state.target)},
                     {tr("was"), byteText(was)},
                     {tr("now"), byteText(now)},
                     {tr("mask"), QStringLiteral("0x%1").arg(m_mask, 2, 16, QLatin1Char('0'))}};
    m_recorder.forConnection(connection)
        .record({.layer = Layer::Wire,
                 .kind = kindOf(WireKind::Tampered),
                 .direction = Direction::ServerToClient,
                 .size = 1,
                 .value = state.target},
                std::move(detail));
    state.target = -1;
    return 1;
}

} // namespace protoviz

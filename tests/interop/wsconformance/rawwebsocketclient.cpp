#include "tests/interop/wsconformance/rawwebsocketclient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

namespace protoviz::test {

namespace {

constexpr qsizetype MaxHandshakeSize = 16 * 1024;

// RFC 6455 section 1.3.
QByteArray acceptFor(const QByteArray& key)
{
    return QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                    QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray randomKey()
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(nonce.data()), 4);
    return nonce.toBase64();
}

} // namespace

bool RawWebSocketClient::waitForMore(int timeoutMs)
{
    const qsizetype before = m_buffer.size();
    // Either way the bytes that arrived are what counts, not whether the wait ended early.
    [[maybe_unused]] const bool ended = QTest::qWaitFor(
        [&] {
            m_buffer.append(m_socket.readAll());
            return m_buffer.size() > before || m_socket.state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    m_buffer.append(m_socket.readAll());
    return m_buffer.size() > before;
}

bool RawWebSocketClient::open(quint16 port, const QByteArray& path, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs)) {
        m_error = QStringLiteral("could not connect to port %1: %2").arg(port).arg(m_socket.errorString());
        return false;
    }
    const QByteArray key = randomKey();
    send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
         "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    qsizetype end = -1;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (m_buffer.size() > MaxHandshakeSize || deadline.hasExpired() ||
            !waitForMore(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("no response head to the upgrade: %1")
                          .arg(QString::fromLatin1(m_buffer.left(200)));
            return false;
        }
    }
    const QByteArray head = m_buffer.first(end + 4);
    m_buffer.remove(0, end + 4);
    if (!head.startsWith("HTTP/1.1 101 ")) {
        m_error = QStringLiteral("the upgrade was refused: %1").arg(QString::fromLatin1(head));
        return false;
    }
    if (!head.toLower().contains(QByteArray("sec-websocket-accept: " + acceptFor(key).toLower()))) {
        m_error = QStringLiteral("wrong Sec-WebSocket-Accept in %1").arg(QString::fromLatin1(head));
        return false;
    }
    return true;
}

void RawWebSocketClient::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

std::optional<ServerFrame> RawWebSocketClient::readFrame(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_buffer.size() >= 2) {
            const auto* bytes = reinterpret_cast<const uchar*>(m_buffer.constData());
            ServerFrame frame;
            frame.fin = (bytes[0] & 0x80) != 0;
            frame.rsv = quint8((bytes[0] >> 4) & 0x7);
            frame.opcode = quint8(bytes[0] & 0x0f);
            frame.masked = (bytes[1] & 0x80) != 0;
            const int length7 = bytes[1] & 0x7f;
            const qsizetype header = 2 +
                                     (length7 == 126   ? 2
                                      : length7 == 127 ? 8
                                                       : 0) +
                                     (frame.masked ? 4 : 0);
            if (m_buffer.size() >= header) {
                quint64 length = quint64(length7);
                if (length7 == 126)
                    length = qFromBigEndian<quint16>(bytes + 2);
                else if (length7 == 127)
                    length = qFromBigEndian<quint64>(bytes + 2);
                if (length > quint64(64 * 1024 * 1024)) {
                    m_error = QStringLiteral("the server announced a frame of %1 bytes").arg(length);
                    return std::nullopt;
                }
                if (quint64(m_buffer.size() - header) >= length) {
                    frame.payload = m_buffer.sliced(header, qsizetype(length));
                    if (frame.masked) {
                        const qsizetype key = header - 4;
                        for (qsizetype i = 0; i < frame.payload.size(); ++i)
                            frame.payload[i] = char(frame.payload[i] ^ m_buffer[key + i % 4]);
                    }
                    m_buffer.remove(0, header + qsizetype(length));
                    return frame;
                }
            }
        }
        if (deadline.hasExpired() || !waitForMore(int(deadline.remainingTime()))) {
            m_error = m_socket.state() == QAbstractSocket::ConnectedState
                          ? QStringLiteral("no frame within %1 ms").arg(timeoutMs)
                          : QStringLiteral("the server closed TCP with %1 byte(s) of a frame pending")
                                .arg(m_buffer.size());
            return std::nullopt;
        }
    }
}

bool RawWebSocketClient::waitForServerClose(int timeoutMs)
{
    const bool closed = QTest::qWaitFor(
        [&] {
            m_buffer.append(m_socket.readAll());
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    m_buffer.append(m_socket.readAll());
    return closed && m_buffer.isEmpty();
}

} // namespace protoviz::test

#pragma once

#include "core/timeline/event.h"
#include "core/timeline/eventrecorder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace protoviz {

/// An active attacker on the link: once armed, it alters one byte of the next response the server sends,
/// in flight, and records a WireKind::Tampered event (origin Link) saying where and what it changed.
///
/// On a cleartext connection the target is the body of the next HTTP/1.1 response: byte bodyOffset of it
/// (or its last byte, for a shorter body) is XORed with mask. On a connection that opened with a TLS
/// handshake the target is the next application-data record from the server: the byte at bodyOffset of
/// its encrypted payload is XORed, and the client's record protection (AEAD tag or MAC) is what must
/// notice. Arm it between responses (when the previous one has arrived), so that "next" is well defined.
///
/// Fed by the Link's connections on the session thread; not thread-safe.
class Tamperer final
{
    Q_DECLARE_TR_FUNCTIONS(Tamperer)

public:
    /// recorder: Origin::Link, for the session's timeline.
    Tamperer(qint64 bodyOffset, quint8 mask, EventRecorder recorder);
    ~Tamperer();
    Q_DISABLE_COPY_MOVE(Tamperer)

    /// The next response (or application-data record) the server sends, on any connection, is altered.
    void arm();

    /// Bytes of connection going in direction, in stream order, just before the link delivers them;
    /// server-to-client bytes may be altered in place. Returns how many bytes were altered.
    int process(quint32 connection, Direction direction, QByteArray& bytes);

    /// The connection is over: its state goes.
    void forget(quint32 connection);

    /// Bytes altered so far, on every connection.
    int alteredBytes() const { return m_altered; }

private:
    struct Connection
    {
        enum class Kind : quint8 { Unknown, Http, Tls };
        Kind kind = Kind::Unknown;
        qint64 downstreamOffset = 0; ///< bytes of the server's stream seen before the current chunk
        qint64 target = -1;          ///< stream offset of the byte to alter, -1 while none is chosen
        // HTTP: the armed response's head, until its blank line has been seen.
        QByteArray head;
        // TLS: where the next record header starts, and that header when it is split across chunks.
        qint64 nextRecord = 0;
        QByteArray header;
    };

    int processHttp(quint32 connection, Connection& state, QByteArray& bytes);
    int processTls(quint32 connection, Connection& state, QByteArray& bytes);
    int alterTarget(quint32 connection, Connection& state, QByteArray& bytes, const QString& what);

    const qint64 m_bodyOffset;
    const quint8 m_mask;
    const EventRecorder m_recorder;
    QHash<quint32, Connection> m_connections;
    bool m_armed = false;
    int m_altered = 0;
};

} // namespace protoviz

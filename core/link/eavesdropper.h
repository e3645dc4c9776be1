#pragma once

#include "core/timeline/event.h"
#include "core/timeline/eventrecorder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

namespace protoviz {

/// A passive observer on the link: it reads every byte that crosses, in both directions, and records what
/// someone tapping the wire could make of them as WireKind::Overheard events (origin Link).
///
/// A connection whose client opens with a TLS handshake record is read as TLS: only what TLS leaves in the
/// clear — record types and sizes, the ClientHello's server name (SNI) and ALPN protocols, the
/// ServerHello's version and cipher suite and, in TLS 1.2, the server's certificate (subject and issuer).
/// Encrypted records are reported as opaque bytes; nothing is ever decrypted. Any other connection is
/// read as HTTP/1.1 text: each request and response in full, with a password in a form body, a Cookie,
/// a Set-Cookie or an Authorization field flagged as a secret (OverheardFlag::Secret).
///
/// Fed by the Link's connections on the session thread; not thread-safe. Keeps a little state per
/// connection (partial messages and records) until forget() is called.
class Eavesdropper final
{
    Q_DECLARE_TR_FUNCTIONS(Eavesdropper)

public:
    /// recorder: Origin::Link, for the session's timeline.
    explicit Eavesdropper(EventRecorder recorder);
    ~Eavesdropper();
    Q_DISABLE_COPY_MOVE(Eavesdropper)

    /// A TCP connection was set up: its addresses and ports travel in the clear in every packet's header.
    void observeConnection(quint32 connection, const QHostAddress& client, quint16 clientPort,
                           const QHostAddress& server, quint16 serverPort);

    /// Bytes of connection going in direction, in stream order, as they cross the link.
    void observe(quint32 connection, Direction direction, QByteArrayView bytes);

    /// The connection is over: its partial state goes.
    void forget(quint32 connection);

    /// Overheard events recorded that carry a secret.
    int secretsOverheard() const { return m_secrets; }

private:
    struct Flow
    {
        QByteArray pending;   ///< bytes not yet forming a whole message or record
        QByteArray handshake; ///< TLS: cleartext handshake bytes not yet forming a whole message
        bool encrypted = false;
    };
    struct Connection
    {
        enum class Kind : quint8 { Unknown, Http, Tls };
        Kind kind = Kind::Unknown;
        quint16 tlsVersion = 0; ///< what the ServerHello chose (0x0304 for TLS 1.3), 0 until then
        Flow up;
        Flow down;
    };

    void readHttp(quint32 connection, Direction direction, Flow& flow);
    void readTls(quint32 connection, Connection& state, Direction direction, Flow& flow);
    void readTlsRecord(quint32 connection, Connection& state, Direction direction, Flow& flow,
                       const QByteArray& record);
    QStringList readHandshake(Connection& state, Flow& flow, QList<Field>* fields);
    void record(quint32 connection, Direction direction, quint32 wireSize, quint8 flags, EventDetail detail);

    const EventRecorder m_recorder;
    QHash<quint32, Connection> m_connections;
    int m_secrets = 0;
};

} // namespace protoviz

#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace protoviz {

class TlsClientContext;
class TlsServerContext;

/// The TLS of a session whose server and clients are both ProtoViz's: a freshly generated certificate
/// for the server name (and 127.0.0.1), a server context offering one ALPN protocol, and a client
/// context that trusts only that certificate's CA, asks for the same protocol and, when the session
/// has a key log path, appends its keys there (for Wireshark).
///
/// A value: its contexts are shared with whatever the session hands them to (servers, TLS streams).
/// Made on the session thread, as the contexts are used there.
class SessionTls final
{
public:
    /// Generates the certificate and both contexts; std::nullopt, with error set, if any step fails
    /// (key generation, a context, or opening the key log).
    static std::optional<SessionTls> create(const QByteArray& serverName, const QByteArray& alpn,
                                            const QString& keyLogPath, QString* error);

    const std::shared_ptr<TlsServerContext>& serverContext() const { return m_serverContext; }
    const std::shared_ptr<TlsClientContext>& clientContext() const { return m_clientContext; }

private:
    SessionTls() = default;

    std::shared_ptr<TlsServerContext> m_serverContext;
    std::shared_ptr<TlsClientContext> m_clientContext;
};

} // namespace protoviz

#pragma once

#include "core/tls/tlsconfig.h"
#include "core/tls/tlscontext.h"

#include <QString>

#include <memory>

namespace protoviz {

/// The client side's context: the trusted authorities, the server name every certificate is checked
/// against, the ALPN offers, the versions, and the newest session ticket for resumption. Shared by the
/// client's connections; same thread rules as TlsContext.
class TlsClientContext final : public TlsContext
{
public:
    /// Builds a context from config. On failure returns nullptr and sets error (if given) to a plain
    /// explanation: no server name, unreadable authorities, bad ALPN names, min version above max.
    static std::shared_ptr<TlsClientContext> create(const TlsClientConfig& config, QString* error);

    /// A server gave a session that later connections can resume (a TLS 1.3 ticket, or a TLS 1.2 ticket
    /// or session id). Tickets arrive after the handshake, with or after the first application data.
    bool hasResumableSession() const;
    /// How many bytes of early data (0-RTT) the resumable session allows; 0 when there is no session,
    /// it is not TLS 1.3 or its server refuses early data.
    quint32 earlyDataLimit() const;

private:
    using TlsContext::TlsContext;
};

} // namespace protoviz

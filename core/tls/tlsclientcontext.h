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

private:
    using TlsContext::TlsContext;
};

} // namespace protoviz

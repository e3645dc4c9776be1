#pragma once

#include "core/tls/tlsconfig.h"
#include "core/tls/tlscontext.h"

#include <QString>

#include <memory>

namespace protoviz {

/// The server side's context: certificate and key, ALPN preferences, versions and the session ticket
/// key its connections share (so a client can resume on a later connection). Same thread rules as
/// TlsContext.
class TlsServerContext final : public TlsContext
{
public:
    /// Builds a context from config. On failure returns nullptr and sets error (if given) to a plain
    /// explanation: missing or unreadable certificate or key, a key that does not match the
    /// certificate, bad ALPN names, min version above max.
    static std::shared_ptr<TlsServerContext> create(const TlsServerConfig& config, QString* error);

private:
    using TlsContext::TlsContext;
};

} // namespace protoviz

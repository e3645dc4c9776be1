#include "core/tls/tlscontext.h"

#include "core/tls/opensslsupport.h"

namespace protoviz {

static void logKeys(const SSL* ssl, const char* line)
{
    const TlsContextPrivate* state = TlsContextPrivate::of(ssl);
    if (state && state->keyLogSink)
        state->keyLogSink(QByteArray(line));
}

TlsContext::TlsContext(std::unique_ptr<TlsContextPrivate> state)
    : m_state(std::move(state))
{
    m_state->attach();
}

TlsContext::~TlsContext() = default;

void TlsContext::setKeyLogSink(TlsKeyLogSink sink)
{
    m_state->keyLogSink = std::move(sink);
    // Without a sink OpenSSL need not format the secrets at all.
    SSL_CTX_set_keylog_callback(m_state->ctx.get(), m_state->keyLogSink ? logKeys : nullptr);
}

bool TlsContext::isServer() const
{
    return m_state->server;
}

} // namespace protoviz

#include "core/session/sessiontls.h"

#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlskeylogfile.h"
#include "core/tls/tlsservercontext.h"

#include <QHostAddress>

namespace protoviz {

std::optional<SessionTls> SessionTls::create(const QByteArray& serverName, const QByteArray& alpn,
                                             const QString& keyLogPath, QString* error)
{
    const std::optional<TlsCredentials> credentials =
        CertificateAuthority::generate({QString::fromLatin1(serverName)}, {QHostAddress::LocalHost}, error);
    if (!credentials)
        return std::nullopt;
    SessionTls tls;
    TlsServerConfig server;
    server.credentials = *credentials;
    server.alpn = {alpn};
    tls.m_serverContext = TlsServerContext::create(server, error);
    if (!tls.m_serverContext)
        return std::nullopt;
    TlsClientConfig client;
    client.serverName = serverName;
    client.alpn = {alpn};
    client.trustedCaPem = credentials->caCertificatePem;
    tls.m_clientContext = TlsClientContext::create(client, error);
    if (!tls.m_clientContext)
        return std::nullopt;
    if (!keyLogPath.isEmpty()) {
        TlsKeyLogSink sink = TlsKeyLogFile::appender(keyLogPath, error);
        if (!sink)
            return std::nullopt;
        tls.m_clientContext->setKeyLogSink(std::move(sink));
    }
    return tls;
}

} // namespace protoviz

#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <memory>

namespace protoviz {

struct TlsContextPrivate;

/// Receives the secrets of each handshake as lines of the NSS key log format (the SSLKEYLOGFILE format
/// Wireshark reads), without the line break: "CLIENT_RANDOM <hex> <hex>" for TLS 1.2,
/// "CLIENT_HANDSHAKE_TRAFFIC_SECRET <hex> <hex>" and its siblings for TLS 1.3.
using TlsKeyLogSink = std::function<void(const QByteArray& line)>;

/// What client and server contexts share: one OpenSSL context built from a configuration, created once
/// per server or per client session and shared by its connections (TlsStream) through std::shared_ptr.
/// A context and its streams live on one thread; its callbacks run on that thread, inside TlsStream calls.
class TlsContext
{
public:
    Q_DISABLE_COPY_MOVE(TlsContext)
    virtual ~TlsContext();

    /// Sends the secrets of every later handshake of this context's streams to sink; an empty sink stops
    /// key logging. Secrets let anyone holding them decrypt a capture: only log when the user asked.
    void setKeyLogSink(TlsKeyLogSink sink);

    bool isServer() const;

protected:
    explicit TlsContext(std::unique_ptr<TlsContextPrivate> state);
    TlsContextPrivate& state() const { return *m_state; }

private:
    friend class TlsStream;
    std::unique_ptr<TlsContextPrivate> m_state;
};

} // namespace protoviz

#pragma once

#include <QByteArray>

#include <gnutls/gnutls.h>

namespace protoviz {

/// The GnuTLS objects behind a QuicTlsContext. Internal to core/quic: only its .cpp files include this.
struct QuicTlsState
{
    bool server = false;
    QByteArray serverName; ///< client: the name verified and sent as SNI
    gnutls_certificate_credentials_t credentials = nullptr;
    gnutls_datum_t ticketKey = {nullptr, 0};   ///< server: encrypts session tickets
    gnutls_anti_replay_t antiReplay = nullptr; ///< server: GnuTLS accepts 0-RTT only with one
    bool acceptEarlyData = true;               ///< server: tickets allow 0-RTT

    ~QuicTlsState();
};

} // namespace protoviz

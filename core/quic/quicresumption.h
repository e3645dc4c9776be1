#pragma once

#include <QByteArray>

namespace protoviz {

/// What a QUIC client keeps from one connection to resume the next with 0-RTT early data: the TLS
/// session (GnuTLS's serialized session, ticket included) and the server's transport parameters (in
/// their wire encoding), which RFC 9000 section 7.4.1 requires to be remembered with the ticket.
/// A plain value holding a resumption secret: keep it in memory.
struct QuicResumption
{
    QByteArray tlsSession;
    QByteArray transportParameters;
    /// The ticket lets the client send 0-RTT early data (RFC 9001 section 4.6.1: its max_early_data_size
    /// is 0xffffffff); without it the client resumes but waits for the handshake.
    bool earlyDataAllowed = false;

    bool isNull() const { return tlsSession.isEmpty() || transportParameters.isEmpty(); }
};

} // namespace protoviz

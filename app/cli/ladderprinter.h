#pragma once

#include <QCoreApplication>
#include <QString>

namespace protoviz {
class Timeline;
}

namespace protoviz::cli {

/// Prints a TLS session for the terminal: the handshake ladder (who sent what at which round trip, see
/// TlsLadder), then what the handshake agreed as the client's HandshakeComplete event reports it
/// (version, cipher suite, group, ALPN, resumption, early data, the server's certificate chain), or, for
/// a handshake that failed, its alerts and the reason. Everything comes from the session's timeline.
class LadderPrinter
{
    Q_DECLARE_TR_FUNCTIONS(LadderPrinter)

public:
    /// The text for one session, its lines ending in '\n'. title names the session ("A: TLS 1.2").
    static QString render(const Timeline& timeline, const QString& title);
};

} // namespace protoviz::cli

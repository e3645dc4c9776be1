#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace protoviz {

class Comparison;
class Timeline;

/// One reason behind a comparison's outcome: a sentence naming the mechanism, and the figures it cites,
/// each measured from the run's events. A plain value.
struct OutcomeReason
{
    /// The mechanism a reason names.
    enum class Mechanism : quint8 {
        Outcome,                ///< who finished first, or who failed (the result the others explain)
        ConnectionSetup,        ///< connections opened, each paying its handshakes, and the round trips
        HeaderCompression,      ///< HPACK against header text
        TcpHeadOfLineBlocking,  ///< segments held back behind a lost one
        HttpHeadOfLineBlocking, ///< responses queued on a connection behind a large one
        Multiplexing,           ///< small responses interleaved with a large one on one connection
        ServerPush,             ///< objects pushed without being asked for
        HandshakeRoundTrips,    ///< round trips before the handshake ended and the first byte came
        Resumption,             ///< a resumed TLS session skipping the certificate
        EarlyData,              ///< 0-RTT application data sent before the handshake ended
        HelloRetryRequest,      ///< the server asked for another key share: a second ClientHello
        HandshakeFailure,       ///< a fatal alert ended the handshake
        EmptyPolls,             ///< polls answered with nothing new
        RequestsPerUpdate,      ///< HTTP requests made per update delivered
        UpdateOverhead,         ///< protocol bytes per update delivered
        MessageEncoding,        ///< Protobuf against JSON bytes
        CallRoundTrips,         ///< round trips of a call pattern
        SessionFinding,         ///< what the session itself counted and concluded (security, scaling,
                                ///< balancing, gRPC-Web: its finish or closing note)
        Push,                   ///< updates pushed on a channel opened once, or asked for one by one
        QuicLossRecovery,       ///< datagrams lost under QUIC, which holds up only the streams they carried
    };

    Mechanism mechanism = Mechanism::Outcome;
    int side = -1;       ///< index of the side the reason is about; -1 for the comparison as a whole
    QString text;        ///< one plain sentence (translated), citing the figures
    QVariantMap figures; ///< the numbers the sentence cites, by name ("blockedSegments", "roundTrips", ...)
};

/// Results say why: reads the finished (or still running) timelines of a comparison and names the
/// mechanisms behind its outcome in plain sentences, for page loads (connection setup, HPACK and QPACK,
/// TCP and HTTP head-of-line blocking, QUIC's handshake, 0-RTT and loss recovery, multiplexing, server
/// push), TLS handshakes (round trips, resumption,
/// 0-RTT, HelloRetryRequest, alerts), polling against WebSocket (empty polls, requests and overhead per
/// update), gRPC (message encoding, connections, round trips per call pattern) and the protocol
/// shoot-out (push against asking, connections). The sessions of the security, scaling, balancing and
/// gRPC-Web scenarios count and conclude for themselves (their finish or closing note): their reasons
/// are those notes. Every figure is counted from the events; nothing comes from the configuration. Works for
/// any number of sides (A, B, C, ...), in the order given.
///
/// Stateless; thread-safe (timelines are only read). No widgets: the command line prints the sentences,
/// the statistics view shows summary().
class OutcomeExplanation
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeExplanation)

public:
    /// The reasons for the sides' timelines (side i is timelines[i]); scenarioId chooses the family
    /// (TLS, gRPC and polling scenarios by their catalog ids; anything else is read as page loads).
    /// Empty when there is nothing to compare (fewer than one timeline).
    static QList<OutcomeReason> explain(const QString& scenarioId, const QList<const Timeline*>& timelines);
    /// The same for a comparison's own timelines.
    static QList<OutcomeReason> explain(const Comparison& comparison);

    /// The reasons' sentences, one a line: what the command line prints and the statistics view shows.
    static QStringList sentences(const QList<OutcomeReason>& reasons);
    /// explain() of a comparison as one text for a view, one sentence a line; empty if there is none.
    static QString summary(const Comparison& comparison);
};

} // namespace protoviz

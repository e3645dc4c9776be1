#include "core/session/outcomeexplanation.h"

#include "core/session/balancingscenarios.h"
#include "core/session/comparison.h"
#include "core/session/grpcscenarios.h"
#include "core/session/grpcstatistics.h"
#include "core/session/grpcwebscenarios.h"
#include "core/session/pollingscenarios.h"
#include "core/session/pollingstatistics.h"
#include "core/session/scalingscenarios.h"
#include "core/session/securityscenarios.h"
#include "core/session/sessionstatistics.h"
#include "core/session/shootoutscenarios.h"
#include "core/session/shootoutstatistics.h"
#include "core/session/tlsscenarios.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlsnames.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace protoviz {

namespace {

using Mechanism = OutcomeReason::Mechanism;

// TLS handshake message types (RFC 8446 4) and the client's early-data verdicts (TlsEarlyData).
constexpr quint8 ClientHelloType = 1;
constexpr quint8 ServerHelloType = 2;
constexpr quint8 CertificateType = 11;
constexpr quint8 EarlyDataSent = 0;
constexpr quint8 EarlyDataAccepted = 1;
constexpr quint8 FatalLevel = 2;

QString milliseconds(qint64 ns)
{
    return QCoreApplication::translate("OutcomeExplanation", "%1 ms")
        .arg(QLocale::c().toString(double(ns) / 1e6, 'f', 1));
}

/// Byte counts and other whole numbers grouped as the comparison table writes them: "508,905".
QString number(qint64 value)
{
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    return grouped.toString(value);
}

QString decimal(double value, int decimals = 1)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString sideName(int index, const Timeline* timeline)
{
    const QChar letter(QLatin1Char(char('A' + std::min(index, 25))));
    const QString title = timeline->title();
    return title.isEmpty() ? QString(letter) : QStringLiteral("%1 (%2)").arg(letter).arg(title);
}

QString sideLetter(int index)
{
    return QString(QChar(QLatin1Char(char('A' + std::min(index, 25)))));
}

QString outcomeWord(const SessionStatistics& stats)
{
    if (!stats.finished)
        return OutcomeExplanation::tr("had not finished");
    switch (stats.outcome) {
    case SessionOutcome::Completed:
        return OutcomeExplanation::tr("completed");
    case SessionOutcome::Failed:
        return OutcomeExplanation::tr("failed");
    case SessionOutcome::TimedOut:
        return OutcomeExplanation::tr("timed out");
    case SessionOutcome::Cancelled:
        return OutcomeExplanation::tr("was stopped");
    }
    return {};
}

bool completed(const SessionStatistics& stats)
{
    return stats.finished && stats.outcome == SessionOutcome::Completed;
}

qint64 startOf(const QList<Event>& events, qint64* rttNs)
{
    for (const Event& e : events) {
        if (e.is(Layer::Session, SessionKind::Started)) {
            *rttNs = e.value;
            return e.timeNs;
        }
    }
    *rttNs = 0;
    return events.isEmpty() ? 0 : events.constFirst().timeNs;
}

/// "B (HTTP/2) loaded the page first, in 812.0 ms; A (HTTP/1.1) took 1120.0 ms (1.38× as long)." over a
/// figure where less is better; winner is the sentence's start, with %1 the side and %2 its figure.
/// Sides without the figure (< 0), or that did not complete, are named with their outcome.
OutcomeReason fastestReason(const QStringList& names, const QList<qint64>& figures,
                            const QList<SessionStatistics>& stats, const QString& winner)
{
    OutcomeReason reason;
    reason.mechanism = Mechanism::Outcome;
    int best = -1;
    for (int i = 0; i < figures.size(); ++i) {
        if (figures[i] >= 0 && completed(stats[i]) && (best < 0 || figures[i] < figures[best]))
            best = i;
    }
    QStringList others;
    for (int i = 0; i < figures.size(); ++i) {
        reason.figures.insert(sideLetter(i) + QLatin1String("Ns"), figures[i]);
        if (i == best)
            continue;
        if (figures[i] < 0 || !completed(stats[i])) {
            others.append(OutcomeExplanation::tr("%1 %2").arg(names[i], outcomeWord(stats[i])));
        } else {
            const double ratio = figures[best] > 0 ? double(figures[i]) / double(figures[best]) : 0.0;
            others.append(OutcomeExplanation::tr("%1 took %2 (%3× as long)")
                              .arg(names[i], milliseconds(figures[i]), decimal(ratio, 2)));
        }
    }
    if (best < 0) {
        reason.text = OutcomeExplanation::tr("No side finished: %1.").arg(others.join(QLatin1String("; ")));
        return reason;
    }
    reason.side = best;
    reason.text = winner.arg(names[best], milliseconds(figures[best]));
    if (!others.isEmpty())
        reason.text += QLatin1String("; ") + others.join(QLatin1String("; "));
    reason.text += QLatin1Char('.');
    return reason;
}

// ---- page loads ------------------------------------------------------------------------------------

/// What one page-load side's events say, beyond SessionStatistics.
struct PageSide
{
    SessionStatistics stats;
    bool http2 = false;
    bool http3 = false;
    bool tls = false;
    bool earlyDataAccepted = false; ///< HTTP/3: the server took the client's 0-RTT request
    qint64 rttNs = 0;
    // TCP head-of-line blocking: segments delivered late because an earlier one was missing, and how
    // long they waited between their arrival and their delivery.
    qint64 blockedSegments = 0;
    qint64 stalledNs = 0; ///< per connection, the time some arrived segment was held back; summed
    qint64 longestBlockedWaitNs = 0;
    // Requests sent on a connection before the previous response there had ended.
    int pipelinedRequests = 0;
    // The large object of a mixed page, if the run had one.
    int largeIndex = -1;
    qint64 largeBytes = 0;
    qint64 largeRequestedNs = -1;
    qint64 largeCompletedNs = -1;
    int heldResponses = 0;    ///< HTTP/1.1: responses on its connection, requested before it ended, after it
    qint64 longestHeldNs = 0; ///< from the earliest held request to the large response's end
    int interleaved = 0;      ///< small objects that completed while the large one was arriving
    int queued = 0;           ///< small objects requested before it completed that completed after it
    qint64 smallDoneNs = -1;  ///< since the start, when the last of the small objects had arrived
};

PageSide readPageSide(const Timeline& timeline)
{
    PageSide side;
    const QList<Event> events = timeline.events();
    side.stats = SessionStatistics::compute(events);
    const qint64 startNs = startOf(events, &side.rttNs);

    struct SegmentKey
    {
        quint32 connection;
        Direction direction;
        quint32 segment;
        bool operator==(const SegmentKey&) const = default;
    };
    struct SegmentKeyHash
    {
        size_t operator()(const SegmentKey& key) const noexcept
        {
            return qHashMulti(0, key.connection, quint8(key.direction), key.segment);
        }
    };
    std::unordered_map<SegmentKey, qint64, SegmentKeyHash> plannedArrival;
    // Per connection, the intervals during which an arrived segment waited for an earlier one.
    QHash<quint32, QList<std::pair<qint64, qint64>>> waits;

    // Objects: size, request and completion times (the document not counted).
    QHash<quint32, qint64> requestedNs;
    QHash<quint32, qint64> completedNs;
    QHash<quint32, qint64> objectBytes;
    // HTTP/1.1 as the client saw it, per connection: message -> request sent, response ended.
    QHash<quint32, QHash<quint32, qint64>> requestSent;
    QHash<quint32, QHash<quint32, qint64>> responseEnded;
    QHash<quint64, QString> targets; // (connection << 32 | message) -> request target

    for (const Event& e : events) {
        if (e.layer == Layer::Http2)
            side.http2 = true;
        else if (e.layer == Layer::Tls)
            side.tls = true;
        else if (e.layer == Layer::Http3)
            side.http3 = true;
        else if (e.origin == Origin::Client && e.is(Layer::Quic, QuicKind::EarlyDataAccepted))
            side.earlyDataAccepted = true;
        if (e.is(Layer::Wire, WireKind::SegmentSent)) {
            plannedArrival[{e.connection, e.direction, e.stream}] = e.value;
        } else if (e.is(Layer::Wire, WireKind::SegmentDelivered) && (e.flags & WireFlag::HeadOfLineBlocked)) {
            ++side.blockedSegments;
            const auto arrival = plannedArrival.find({e.connection, e.direction, e.stream});
            if (arrival != plannedArrival.end() && arrival->second < e.timeNs) {
                const qint64 waited = e.timeNs - arrival->second;
                side.longestBlockedWaitNs = std::max(side.longestBlockedWaitNs, waited);
                waits[e.connection].append({arrival->second, e.timeNs});
            }
        } else if (e.layer == Layer::Session && !(e.flags & 0x1)) {
            if (e.kind == kindOf(SessionKind::ObjectRequested) && !requestedNs.contains(e.stream))
                requestedNs.insert(e.stream, e.timeNs);
            else if (e.kind == kindOf(SessionKind::ObjectCompleted) && !completedNs.contains(e.stream)) {
                completedNs.insert(e.stream, e.timeNs);
                objectBytes.insert(e.stream, e.size);
            }
        } else if (e.layer == Layer::Http1 && e.origin == Origin::Client) {
            if (e.kind == kindOf(Http1Kind::RequestHead) && e.direction == Direction::ClientToServer) {
                QHash<quint32, qint64>& sent = requestSent[e.connection];
                const QHash<quint32, qint64>& ended = responseEnded[e.connection];
                // Pipelined: the response to the previous request on this connection had not ended.
                if (e.stream > 1 && sent.contains(e.stream - 1) && !ended.contains(e.stream - 1))
                    ++side.pipelinedRequests;
                sent.insert(e.stream, e.timeNs);
                targets.insert((quint64(e.connection) << 32) | e.stream,
                               timeline.detail(e).fieldValue(u"target"));
            } else if (e.kind == kindOf(Http1Kind::MessageEnd) && e.direction == Direction::ServerToClient) {
                responseEnded[e.connection].insert(e.stream, e.timeNs);
            }
        }
    }

    // Overlapping waits stall the connection once: the union of the intervals counts.
    for (QList<std::pair<qint64, qint64>>& intervals : waits) {
        std::sort(intervals.begin(), intervals.end());
        qint64 coveredUntil = std::numeric_limits<qint64>::min();
        for (const auto& [from, to] : std::as_const(intervals)) {
            const qint64 start = std::max(from, coveredUntil);
            if (to > start)
                side.stalledNs += to - start;
            coveredUntil = std::max(coveredUntil, to);
        }
    }

    // A mixed page: one object far larger than every other (at least twice the next largest).
    qint64 largest = -1;
    qint64 second = -1;
    int largestIndex = -1;
    for (auto it = objectBytes.cbegin(); it != objectBytes.cend(); ++it) {
        if (it.value() > largest) {
            second = largest;
            largest = it.value();
            largestIndex = int(it.key());
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    if (objectBytes.size() < 2 || largest <= 2 * std::max<qint64>(second, 0))
        return side;
    side.largeIndex = largestIndex;
    side.largeBytes = largest;
    side.largeRequestedNs = requestedNs.value(quint32(largestIndex), -1);
    side.largeCompletedNs = completedNs.value(quint32(largestIndex));
    for (auto it = completedNs.cbegin(); it != completedNs.cend(); ++it) {
        if (int(it.key()) == largestIndex)
            continue;
        side.smallDoneNs = std::max(side.smallDoneNs, it.value() - startNs);
        const qint64 requested = requestedNs.value(it.key(), -1);
        if (it.value() < side.largeCompletedNs && it.value() > side.largeRequestedNs)
            ++side.interleaved;
        else if (it.value() > side.largeCompletedNs && requested >= 0 && requested <= side.largeCompletedNs)
            ++side.queued;
    }

    // HTTP/1.1: the responses that had to wait for the large one on its connection.
    const QString largePath = QStringLiteral("/tiles/%1").arg(largestIndex);
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (it.value() != largePath)
            continue;
        const auto connection = quint32(it.key() >> 32);
        const auto message = quint32(it.key() & 0xffffffffu);
        const qint64 largeEnd = responseEnded.value(connection).value(message, -1);
        if (largeEnd < 0)
            continue;
        const QHash<quint32, qint64>& sent = requestSent.value(connection);
        const QHash<quint32, qint64>& ended = responseEnded.value(connection);
        for (auto request = sent.cbegin(); request != sent.cend(); ++request) {
            if (request.key() > message && request.value() <= largeEnd && ended.contains(request.key()) &&
                ended.value(request.key()) >= largeEnd) {
                ++side.heldResponses;
                side.longestHeldNs = std::max(side.longestHeldNs, largeEnd - request.value());
            }
        }
    }
    return side;
}

/// What sets HTTP/3 side i apart: QPACK, its handshake (one round trip, or none with 0-RTT) and how it
/// got through loss.
QList<OutcomeReason> http3Reasons(const QList<PageSide>& sides, const QStringList& names, int i)
{
    QList<OutcomeReason> reasons;
    const PageSide& side = sides[i];
    if (side.stats.headerTextBytes > 0) {
        OutcomeReason reason;
        reason.mechanism = Mechanism::HeaderCompression;
        reason.side = i;
        reason.figures = {{QStringLiteral("headerBytes"), side.stats.headerBytes},
                          {QStringLiteral("headerTextBytes"), side.stats.headerTextBytes},
                          {QStringLiteral("headerCompression"), side.stats.headerCompression()}};
        reason.text = OutcomeExplanation::tr("QPACK header compression: %1 sent its header lists as %2 bytes "
                                             "instead of %3 bytes of HTTP/1.1 text (%4 % saved).")
                          .arg(names[i], number(side.stats.headerBytes), number(side.stats.headerTextBytes),
                               decimal(side.stats.headerCompression() * 100.0));
        reasons.append(reason);
    }

    // The handshake: compared with the other sides' first response byte and round trips.
    QStringList others;
    bool otherOverTcpTls = false;
    for (int j = 0; j < sides.size(); ++j) {
        if (j == i)
            continue;
        others.append(OutcomeExplanation::tr("%1: first response byte after %2, the page in %n round trip(s)",
                                             nullptr, sides[j].stats.roundTrips)
                          .arg(names[j], milliseconds(sides[j].stats.timeToFirstByteNs)));
        otherOverTcpTls = otherOverTcpTls || (sides[j].tls && !sides[j].http3);
    }
    if (!others.isEmpty() && (side.earlyDataAccepted || otherOverTcpTls)) {
        OutcomeReason reason;
        reason.side = i;
        reason.figures = {{QStringLiteral("timeToFirstByteNs"), side.stats.timeToFirstByteNs},
                          {QStringLiteral("roundTrips"), side.stats.roundTrips}};
        const QString mine =
            OutcomeExplanation::tr("%1: first response byte after %2, the page in %n round trip(s)", nullptr,
                                   side.stats.roundTrips)
                .arg(names[i], milliseconds(side.stats.timeToFirstByteNs));
        if (side.earlyDataAccepted) {
            reason.mechanism = Mechanism::EarlyData;
            reason.text =
                OutcomeExplanation::tr("0-RTT early data: %1 resumed an earlier QUIC session and sent "
                                       "its first request with its very first packet, which the "
                                       "server accepted, so no round trip went by before it. %2; "
                                       "%3.")
                    .arg(names[i], mine, others.join(QLatin1String("; ")));
        } else {
            reason.mechanism = Mechanism::HandshakeRoundTrips;
            reason.text =
                OutcomeExplanation::tr("QUIC handshake: %1 sets up its transport and TLS 1.3 in one "
                                       "round trip, where TCP and TLS take one each. %2; %3.")
                    .arg(names[i], mine, others.join(QLatin1String("; ")));
        }
        reasons.append(reason);
    }

    if (side.stats.datagramsLost > 0) {
        OutcomeReason reason;
        reason.mechanism = Mechanism::QuicLossRecovery;
        reason.side = i;
        reason.figures = {{QStringLiteral("lostDatagrams"), side.stats.datagramsLost},
                          {QStringLiteral("datagrams"), side.stats.datagrams + side.stats.datagramsLost}};
        reason.text = OutcomeExplanation::tr(
                          "QUIC loss recovery in %1: %n of %2 datagram(s) were lost; QUIC sends the "
                          "lost frames again in new packets and hands each stream its own bytes, so a "
                          "loss holds up only the streams whose data it carried, not the others.",
                          nullptr, int(side.stats.datagramsLost))
                          .arg(names[i], number(side.stats.datagrams + side.stats.datagramsLost));
        reasons.append(reason);
    }
    return reasons;
}

QList<OutcomeReason> explainPageLoads(const QList<const Timeline*>& timelines, const QStringList& names)
{
    QList<OutcomeReason> reasons;
    QList<PageSide> sides;
    QList<SessionStatistics> stats;
    QList<qint64> totals;
    for (const Timeline* timeline : timelines) {
        sides.append(readPageSide(*timeline));
        stats.append(sides.constLast().stats);
        totals.append(sides.constLast().stats.totalTimeNs);
    }
    reasons.append(
        fastestReason(names, totals, stats, OutcomeExplanation::tr("%1 loaded the page first, in %2")));
    const int fastest = reasons.constLast().side;

    // Connection setup: every connection pays its own handshakes before its first request.
    bool connectionsDiffer = false;
    bool roundTripsDiffer = false;
    for (const PageSide& side : std::as_const(sides)) {
        connectionsDiffer =
            connectionsDiffer || side.stats.connections != sides.constFirst().stats.connections;
        roundTripsDiffer = roundTripsDiffer || side.stats.roundTrips != sides.constFirst().stats.roundTrips;
    }
    if (connectionsDiffer) {
        OutcomeReason reason;
        reason.mechanism = Mechanism::ConnectionSetup;
        QStringList parts;
        for (int i = 0; i < sides.size(); ++i) {
            const PageSide& side = sides[i];
            parts.append(OutcomeExplanation::tr("%1 opened %n connection(s) and needed %2 round trips",
                                                nullptr, side.stats.connections)
                             .arg(names[i])
                             .arg(side.stats.roundTrips));
            reason.figures.insert(sideLetter(i) + QLatin1String("connections"), side.stats.connections);
            reason.figures.insert(sideLetter(i) + QLatin1String("roundTrips"), side.stats.roundTrips);
        }
        const bool tls = std::any_of(sides.cbegin(), sides.cend(), [](const PageSide& s) { return s.tls; });
        reason.text = (tls ? OutcomeExplanation::tr("Connection setup: every connection pays a TCP and a TLS "
                                                    "handshake before its first request; %1.")
                           : OutcomeExplanation::tr("Connection setup: every connection pays a TCP handshake "
                                                    "before its first request; %1."))
                          .arg(parts.join(QLatin1String("; ")));
        reasons.append(reason);
    }

    for (int i = 0; i < sides.size(); ++i) {
        const PageSide& side = sides[i];
        // Pipelining: requests sent without waiting share round trips.
        if (roundTripsDiffer && !connectionsDiffer && side.pipelinedRequests > 0) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::CallRoundTrips;
            reason.side = i;
            reason.figures = {{QStringLiteral("pipelinedRequests"), side.pipelinedRequests},
                              {QStringLiteral("roundTrips"), side.stats.roundTrips}};
            QStringList others;
            for (int j = 0; j < sides.size(); ++j) {
                if (j != i)
                    others.append(
                        OutcomeExplanation::tr("%1 %2").arg(names[j]).arg(sides[j].stats.roundTrips));
            }
            reason.text =
                OutcomeExplanation::tr("Pipelining: %1 sent %n request(s) before the response to the "
                                       "previous one had arrived, so they shared round trips: %2 "
                                       "round trips, against %3.",
                                       nullptr, side.pipelinedRequests)
                    .arg(names[i])
                    .arg(side.stats.roundTrips)
                    .arg(others.join(QLatin1String(", ")));
            reasons.append(reason);
        }
        // Server push: objects that needed no request.
        if (side.stats.objectsPushed > 0) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::ServerPush;
            reason.side = i;
            reason.figures = {{QStringLiteral("objectsPushed"), side.stats.objectsPushed},
                              {QStringLiteral("roundTrips"), side.stats.roundTrips}};
            QStringList others;
            for (int j = 0; j < sides.size(); ++j) {
                if (j != i)
                    others.append(
                        OutcomeExplanation::tr("%1 %2").arg(names[j]).arg(sides[j].stats.roundTrips));
            }
            reason.text =
                OutcomeExplanation::tr("Server push: the server of %1 sent %n object(s) along with the page "
                                       "before the client could ask, saving the requests' round "
                                       "trip: %2 round trips, against %3.",
                                       nullptr, side.stats.objectsPushed)
                    .arg(names[i])
                    .arg(side.stats.roundTrips)
                    .arg(others.isEmpty() ? OutcomeExplanation::tr("no other side")
                                          : others.join(QLatin1String(", ")));
            reasons.append(reason);
        }
        // HPACK: header lists as indexes and Huffman codes instead of text.
        if (side.http2 && side.stats.headerTextBytes > 0) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::HeaderCompression;
            reason.side = i;
            reason.figures = {{QStringLiteral("headerBytes"), side.stats.headerBytes},
                              {QStringLiteral("headerTextBytes"), side.stats.headerTextBytes},
                              {QStringLiteral("headerCompression"), side.stats.headerCompression()}};
            reason.text =
                OutcomeExplanation::tr("HPACK header compression: %1 sent its header lists as %2 bytes "
                                       "instead of %3 bytes of HTTP/1.1 text (%4 % saved), because "
                                       "repeated fields become table indexes.")
                    .arg(names[i], number(side.stats.headerBytes), number(side.stats.headerTextBytes),
                         decimal(side.stats.headerCompression() * 100.0));
            reasons.append(reason);
        }
        if (side.http3) {
            for (OutcomeReason& reason : http3Reasons(sides, names, i))
                reasons.append(std::move(reason));
        }
        // TCP head-of-line blocking: a lost segment holds back every later byte of its connection.
        if (side.blockedSegments > 0) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::TcpHeadOfLineBlocking;
            reason.side = i;
            reason.figures = {{QStringLiteral("blockedSegments"), side.blockedSegments},
                              {QStringLiteral("lostSegments"), side.stats.segmentsLost},
                              {QStringLiteral("stalledNs"), side.stalledNs},
                              {QStringLiteral("longestBlockedWaitNs"), side.longestBlockedWaitNs},
                              {QStringLiteral("connections"), side.stats.connections}};
            const QString base =
                OutcomeExplanation::tr("TCP head-of-line blocking in %1: %n segment(s) that had already "
                                       "arrived waited behind a lost one (%2 lost in all), so deliveries "
                                       "stood still for %3, the longest wait %4",
                                       nullptr, int(side.blockedSegments))
                    .arg(names[i], number(side.stats.segmentsLost), milliseconds(side.stalledNs),
                         milliseconds(side.longestBlockedWaitNs));
            reason.text = side.http2
                              ? OutcomeExplanation::tr("%1; every HTTP/2 stream shares its %n "
                                                       "connection(s), so one loss stalls all of them.",
                                                       nullptr, side.stats.connections)
                                    .arg(base)
                              : OutcomeExplanation::tr("%1; each of its %n connection(s) stalls only "
                                                       "the request it carries.",
                                                       nullptr, side.stats.connections)
                                    .arg(base);
            // Named as the cause of a loss when this side finished later and waited longer than the
            // side that finished first.
            if (fastest >= 0 && fastest != i && side.stalledNs > sides[fastest].stalledNs) {
                reason.figures.insert(QStringLiteral("explainsDelay"), true);
                reason.text +=
                    QLatin1Char(' ') +
                    OutcomeExplanation::tr("Its deliveries stood still %1 longer than %2's: the "
                                           "main reason it finished later.")
                        .arg(milliseconds(side.stalledNs - sides[fastest].stalledNs), sideLetter(fastest));
            }
            reasons.append(reason);
        }
        // The large object of a mixed page.
        if (side.largeIndex < 0 || side.largeRequestedNs < 0)
            continue;
        const qint64 largeTimeNs = side.largeCompletedNs - side.largeRequestedNs;
        const QString largePath = QStringLiteral("/tiles/%1").arg(side.largeIndex);
        OutcomeReason reason;
        reason.side = i;
        reason.figures = {{QStringLiteral("largeObject"), side.largeIndex},
                          {QStringLiteral("largeBytes"), side.largeBytes},
                          {QStringLiteral("largeTimeNs"), largeTimeNs},
                          {QStringLiteral("heldResponses"), side.heldResponses},
                          {QStringLiteral("longestHeldNs"), side.longestHeldNs},
                          {QStringLiteral("interleaved"), side.interleaved},
                          {QStringLiteral("queued"), side.queued}};
        if (side.heldResponses > 0) {
            reason.mechanism = Mechanism::HttpHeadOfLineBlocking;
            reason.text =
                OutcomeExplanation::tr("HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) "
                                       "took %4 to arrive, and %n smaller response(s) pipelined "
                                       "behind it on its connection had to wait for it, the longest "
                                       "%5, because HTTP/1.1 answers in order.",
                                       nullptr, side.heldResponses)
                    .arg(names[i], largePath, number(side.largeBytes), milliseconds(largeTimeNs),
                         milliseconds(side.longestHeldNs));
        } else if (side.interleaved > 0) {
            reason.mechanism = Mechanism::Multiplexing;
            reason.text =
                side.http2
                    ? OutcomeExplanation::tr("Multiplexing in %1: while the large object %2 (%3 bytes) "
                                             "took %4 to arrive, %n smaller object(s) completed, their "
                                             "frames interleaved with its frames on the same "
                                             "connection.",
                                             nullptr, side.interleaved)
                          .arg(names[i], largePath, number(side.largeBytes), milliseconds(largeTimeNs))
                    : OutcomeExplanation::tr("In %1, while the large object %2 (%3 bytes) took %4 to "
                                             "arrive on one connection, %n smaller object(s) completed "
                                             "over the other connections.",
                                             nullptr, side.interleaved)
                          .arg(names[i], largePath, number(side.largeBytes), milliseconds(largeTimeNs));
        } else if (side.queued > 0) {
            reason.mechanism = Mechanism::HttpHeadOfLineBlocking;
            reason.text =
                OutcomeExplanation::tr("HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) "
                                       "took %4 to arrive, and %n smaller object(s) requested before "
                                       "it finished came only after it.",
                                       nullptr, side.queued)
                    .arg(names[i], largePath, number(side.largeBytes), milliseconds(largeTimeNs));
        } else {
            continue;
        }
        // What the user sees in the tiles: when the small objects were all there.
        reason.figures.insert(QStringLiteral("smallDoneNs"), side.smallDoneNs);
        reason.text += QLatin1Char(' ') + OutcomeExplanation::tr("The small objects were all in after %1.")
                                              .arg(milliseconds(side.smallDoneNs));
        reasons.append(reason);
    }
    return reasons;
}

// ---- TLS handshakes --------------------------------------------------------------------------------

struct TlsSide
{
    SessionStatistics stats;
    qint64 rttNs = 0;
    qint64 handshakeDoneNs = -1; ///< since the start, at the client
    int clientHellos = 0;
    bool helloRetry = false;
    qint64 certificateBytes = 0; ///< the server's Certificate messages, as the client received them
    qint64 handshakeBytes = 0;   ///< every handshake message the client sent or received
    qint64 earlyDataBytes = 0;
    qint64 earlyDataNs = -1; ///< since the start
    int earlyDataVerdict = -1;
    int alertDescription = -1; ///< the first fatal alert
    bool alertByClient = false;
    qint64 alertNs = -1;
};

TlsSide readTlsSide(const Timeline& timeline)
{
    TlsSide side;
    const QList<Event> events = timeline.events();
    side.stats = SessionStatistics::compute(events);
    const qint64 start = startOf(events, &side.rttNs);
    for (const Event& e : events) {
        if (e.layer != Layer::Tls)
            continue;
        const bool atClient = e.origin == Origin::Client;
        if (e.kind == kindOf(TlsKind::HandshakeMessage) && atClient) {
            side.handshakeBytes += e.size;
            if (e.direction == Direction::ClientToServer && e.flags == ClientHelloType)
                ++side.clientHellos;
            if (e.direction == Direction::ServerToClient && e.flags == CertificateType)
                side.certificateBytes += e.size;
            if (e.direction == Direction::ServerToClient && e.flags == ServerHelloType &&
                timeline.detail(e).text == QLatin1String("HelloRetryRequest"))
                side.helloRetry = true;
        } else if (e.kind == kindOf(TlsKind::HandshakeComplete) && atClient && side.handshakeDoneNs < 0) {
            side.handshakeDoneNs = e.timeNs - start;
        } else if (e.kind == kindOf(TlsKind::EarlyData) && atClient) {
            if (e.flags == EarlyDataSent) {
                side.earlyDataBytes += e.size;
                if (side.earlyDataNs < 0)
                    side.earlyDataNs = e.timeNs - start;
            } else {
                side.earlyDataVerdict = e.flags;
            }
        } else if (e.kind == kindOf(TlsKind::Alert) && e.value == FatalLevel && side.alertDescription < 0) {
            // The sender's own record: the client's outgoing alert, or the server's.
            const bool sent = (e.origin == Origin::Client && e.direction == Direction::ClientToServer) ||
                              (e.origin == Origin::Server && e.direction == Direction::ServerToClient);
            if (sent) {
                side.alertDescription = e.flags;
                side.alertByClient = e.origin == Origin::Client;
                side.alertNs = e.timeNs - start;
            }
        }
    }
    return side;
}

QString roundTripsText(qint64 ns, qint64 rttNs)
{
    return rttNs > 0 ? decimal(double(ns) / double(rttNs)) : QStringLiteral("—");
}

QList<OutcomeReason> explainTls(const QList<const Timeline*>& timelines, const QStringList& names)
{
    QList<OutcomeReason> reasons;
    QList<TlsSide> sides;
    QList<SessionStatistics> stats;
    QList<qint64> firstBytes;
    for (const Timeline* timeline : timelines) {
        sides.append(readTlsSide(*timeline));
        stats.append(sides.constLast().stats);
        firstBytes.append(sides.constLast().stats.timeToFirstByteNs);
    }
    reasons.append(fastestReason(names, firstBytes, stats,
                                 OutcomeExplanation::tr("%1 had its first response byte first, after %2")));

    OutcomeReason rounds;
    rounds.mechanism = Mechanism::HandshakeRoundTrips;
    QStringList parts;
    for (int i = 0; i < sides.size(); ++i) {
        const TlsSide& side = sides[i];
        if (side.handshakeDoneNs < 0)
            continue;
        parts.append(OutcomeExplanation::tr("%1 finished its handshake after %2 RTT (%3) and needed %4 round "
                                            "trips in all")
                         .arg(names[i], roundTripsText(side.handshakeDoneNs, side.rttNs),
                              milliseconds(side.handshakeDoneNs))
                         .arg(side.stats.roundTrips));
        rounds.figures.insert(sideLetter(i) + QLatin1String("handshakeNs"), side.handshakeDoneNs);
        rounds.figures.insert(sideLetter(i) + QLatin1String("roundTrips"), side.stats.roundTrips);
    }
    if (!parts.isEmpty()) {
        rounds.text = OutcomeExplanation::tr("Handshake round trips (TCP's included): %1.")
                          .arg(parts.join(QLatin1String("; ")));
        reasons.append(rounds);
    }

    qint64 mostCertificateBytes = 0;
    for (const TlsSide& side : std::as_const(sides))
        mostCertificateBytes = std::max(mostCertificateBytes, side.certificateBytes);
    for (int i = 0; i < sides.size(); ++i) {
        const TlsSide& side = sides[i];
        if (side.handshakeDoneNs >= 0 && side.certificateBytes == 0 && mostCertificateBytes > 0) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::Resumption;
            reason.side = i;
            reason.figures = {{QStringLiteral("handshakeBytes"), side.handshakeBytes},
                              {QStringLiteral("otherCertificateBytes"), mostCertificateBytes}};
            reason.text =
                OutcomeExplanation::tr("Resumption: %1 resumed an earlier session, so no Certificate "
                                       "crossed the wire (a full handshake here carried %2 bytes of "
                                       "it); its handshake messages took %3 bytes.")
                    .arg(names[i])
                    .arg(number(mostCertificateBytes))
                    .arg(number(side.handshakeBytes));
            reasons.append(reason);
        }
        if (side.earlyDataBytes > 0) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::EarlyData;
            reason.side = i;
            const qint64 ahead = side.handshakeDoneNs >= 0 ? side.handshakeDoneNs - side.earlyDataNs : -1;
            reason.figures = {{QStringLiteral("earlyDataBytes"), side.earlyDataBytes},
                              {QStringLiteral("earlyDataAheadNs"), ahead},
                              {QStringLiteral("accepted"), side.earlyDataVerdict == EarlyDataAccepted}};
            const QString verdict =
                side.earlyDataVerdict == EarlyDataAccepted
                    ? OutcomeExplanation::tr("the server accepted them and could answer "
                                             "a round trip sooner")
                    : OutcomeExplanation::tr("the server did not accept them, so they were "
                                             "sent again after the handshake");
            reason.text =
                OutcomeExplanation::tr("0-RTT: %1 sent %2 bytes of early data with its ClientHello, %3 "
                                       "before its handshake ended; %4.")
                    .arg(names[i])
                    .arg(number(side.earlyDataBytes))
                    .arg(ahead >= 0 ? milliseconds(ahead) : OutcomeExplanation::tr("even"))
                    .arg(verdict);
            reasons.append(reason);
        }
        if (side.helloRetry || side.clientHellos > 1) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::HelloRetryRequest;
            reason.side = i;
            reason.figures = {{QStringLiteral("clientHellos"), side.clientHellos},
                              {QStringLiteral("roundTrips"), side.stats.roundTrips}};
            reason.text =
                OutcomeExplanation::tr("HelloRetryRequest: the server of %1 did not take the offered key "
                                       "share and asked for another, so the client sent %n "
                                       "ClientHello(s): one round trip more (%2 in all).",
                                       nullptr, side.clientHellos)
                    .arg(names[i])
                    .arg(side.stats.roundTrips);
            reasons.append(reason);
        }
        if (side.alertDescription >= 0) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::HandshakeFailure;
            reason.side = i;
            reason.figures = {{QStringLiteral("alert"), side.alertDescription},
                              {QStringLiteral("alertNs"), side.alertNs}};
            reason.text =
                OutcomeExplanation::tr("Failure: in %1 the %2 ended the handshake with the fatal alert "
                                       "%3 after %4 (%5).")
                    .arg(names[i],
                         side.alertByClient ? OutcomeExplanation::tr("client")
                                            : OutcomeExplanation::tr("server"),
                         TlsNames::alertDescriptionName(quint8(side.alertDescription)),
                         milliseconds(side.alertNs),
                         TlsNames::alertExplanation(quint8(side.alertDescription), side.alertByClient));
            reasons.append(reason);
        }
    }
    return reasons;
}

// ---- polling against WebSocket ---------------------------------------------------------------------

struct PollingSide
{
    PollingStatistics stats;
    SessionStatistics session;
    int polls = 0;      ///< GET /updates answered
    int emptyPolls = 0; ///< of those, answered with no update
};

PollingSide readPollingSide(const Timeline& timeline)
{
    PollingSide side;
    const QList<Event> events = timeline.events();
    side.stats = PollingStatistics::compute(events);
    side.session = SessionStatistics::compute(events);
    QHash<quint64, bool> isPoll; // (connection, message) -> a GET /updates
    for (const Event& e : events) {
        if (e.layer != Layer::Http1 || e.origin != Origin::Client)
            continue;
        const quint64 key = (quint64(e.connection) << 32) | e.stream;
        if (e.kind == kindOf(Http1Kind::RequestHead) && e.direction == Direction::ClientToServer) {
            isPoll.insert(key,
                          timeline.detail(e).fieldValue(u"target").startsWith(QLatin1String("/updates")));
        } else if (e.kind == kindOf(Http1Kind::MessageEnd) && e.direction == Direction::ServerToClient &&
                   isPoll.value(key)) {
            ++side.polls;
            side.emptyPolls += e.size == 0 ? 1 : 0;
        }
    }
    return side;
}

QList<OutcomeReason> explainPolling(const QList<const Timeline*>& timelines, const QStringList& names)
{
    QList<OutcomeReason> reasons;
    QList<PollingSide> sides;
    QList<SessionStatistics> stats;
    QList<qint64> latencies;
    for (const Timeline* timeline : timelines) {
        sides.append(readPollingSide(*timeline));
        stats.append(sides.constLast().session);
        latencies.append(sides.constLast().stats.latencyMeanNs);
    }
    OutcomeReason outcome = fastestReason(
        names, latencies, stats,
        OutcomeExplanation::tr("%1 delivered updates soonest, %2 from publication to arrival on average"));
    reasons.append(outcome);

    for (int i = 0; i < sides.size(); ++i) {
        const PollingSide& side = sides[i];
        if (side.polls > 0) {
            OutcomeReason reason;
            reason.mechanism = Mechanism::EmptyPolls;
            reason.side = i;
            reason.figures = {{QStringLiteral("polls"), side.polls},
                              {QStringLiteral("emptyPolls"), side.emptyPolls}};
            reason.text =
                OutcomeExplanation::tr("Polling: %1 asked %n time(s) and %2 of the answers were empty "
                                       "(%3 %), each a request and a response head spent on nothing; an "
                                       "update waits at the server until the next poll.",
                                       nullptr, side.polls)
                    .arg(names[i])
                    .arg(side.emptyPolls)
                    .arg(decimal(100.0 * side.emptyPolls / side.polls));
            reasons.append(reason);
        }
    }
    OutcomeReason requests;
    requests.mechanism = Mechanism::RequestsPerUpdate;
    QStringList parts;
    for (int i = 0; i < sides.size(); ++i) {
        const PollingStatistics& s = sides[i].stats;
        const double perUpdate = s.deliveries > 0 ? double(s.httpRequests) / s.deliveries : 0.0;
        requests.figures.insert(sideLetter(i) + QLatin1String("httpRequests"), s.httpRequests);
        requests.figures.insert(sideLetter(i) + QLatin1String("deliveries"), s.deliveries);
        parts.append(
            s.webSocketFrames > 0
                ? OutcomeExplanation::tr(
                      "%1 made %2 HTTP request(s) (its WebSocket upgrades) and then pushed %3 "
                      "WebSocket frame(s) for %4 deliveries")
                      .arg(names[i])
                      .arg(s.httpRequests)
                      .arg(s.webSocketFrames)
                      .arg(s.deliveries)
                : OutcomeExplanation::tr("%1 made %2 HTTP requests for %3 deliveries (%4 per update)")
                      .arg(names[i])
                      .arg(s.httpRequests)
                      .arg(s.deliveries)
                      .arg(decimal(perUpdate, 2)));
    }
    requests.text = OutcomeExplanation::tr("Requests per update: %1.").arg(parts.join(QLatin1String("; ")));
    reasons.append(requests);

    OutcomeReason overhead;
    overhead.mechanism = Mechanism::UpdateOverhead;
    parts.clear();
    for (int i = 0; i < sides.size(); ++i) {
        const PollingStatistics& s = sides[i].stats;
        overhead.figures.insert(sideLetter(i) + QLatin1String("overheadPerDelivery"),
                                s.overheadPerDelivery());
        parts.append(OutcomeExplanation::tr("%1 %2 bytes (%3 bytes in all)")
                         .arg(names[i], decimal(s.overheadPerDelivery()))
                         .arg(number(s.overheadBytes())));
    }
    overhead.text =
        OutcomeExplanation::tr("Overhead per update delivered (HTTP heads, frame headers, control "
                               "frames): %1.")
            .arg(parts.join(QLatin1String("; ")));
    reasons.append(overhead);
    return reasons;
}

// ---- gRPC ------------------------------------------------------------------------------------------

/// What a side's responses were written in, from the content-type of the heads the client received
/// ("application/json", "application/x-protobuf"); empty if none said.
QString responseContentType(const Timeline& timeline, const QList<Event>& events, bool* http2)
{
    *http2 = false;
    QString type;
    for (const Event& e : events) {
        if (e.origin != Origin::Client || e.direction != Direction::ServerToClient)
            continue;
        const bool head =
            e.is(Layer::Http1, Http1Kind::ResponseHead) || e.is(Layer::Http2, Http2Kind::Headers);
        *http2 = *http2 || e.layer == Layer::Http2;
        if (!head || !type.isEmpty())
            continue;
        for (const Field& field : timeline.detail(e).fields) {
            if (field.name.compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0 &&
                !field.value.startsWith(QLatin1String("text/html"))) {
                type = field.value;
                break;
            }
        }
    }
    return type;
}

// The sessions that count and conclude for themselves say why in their own words: the finish reason of
// a completed run, or (gRPC-Web) the client's closing note.
QList<OutcomeReason> explainFindings(const QList<const Timeline*>& timelines, const QStringList& names,
                                     bool closingNote)
{
    QList<OutcomeReason> reasons;
    for (int i = 0; i < timelines.size(); ++i) {
        QString finding;
        for (const Event& e : timelines[i]->events()) {
            const bool finish =
                e.is(Layer::Session, SessionKind::Finished) && e.flags == quint8(SessionOutcome::Completed);
            const bool note =
                e.is(Layer::Session, SessionKind::Note) && e.origin == Origin::Client && e.connection == 0;
            if (closingNote ? note : finish)
                finding = timelines[i]->detail(e).text;
        }
        if (!finding.isEmpty())
            reasons.append(
                {Mechanism::SessionFinding, i, OutcomeExplanation::tr("%1: %2").arg(names[i], finding), {}});
    }
    return reasons;
}

QList<OutcomeReason> explainShootout(const QList<const Timeline*>& timelines, const QStringList& names)
{
    QList<OutcomeReason> reasons;
    for (int i = 0; i < timelines.size(); ++i) {
        const ShootoutStatistics s = ShootoutStatistics::compute(*timelines[i]);
        if (s.deliveries == 0)
            continue;
        OutcomeReason reason{Mechanism::Push, i, {}, {}};
        reason.figures = {{QStringLiteral("pushedUpdates"), s.pushedUpdates},
                          {QStringLiteral("deliveries"), s.deliveries},
                          {QStringLiteral("clientRequests"), s.clientRequests},
                          {QStringLiteral("connections"), s.connections}};
        reason.text =
            s.serverPush()
                ? OutcomeExplanation::tr("%1: %2 of %3 updates came pushed on a channel opened once, with no "
                                         "request in between; %n connection(s) carried everything.",
                                         nullptr, s.connections)
                      .arg(names[i])
                      .arg(s.pushedUpdates)
                      .arg(s.deliveries)
                : OutcomeExplanation::tr(
                      "%1: the client asked anew for each of the %2 updates (no update came "
                      "unasked); %3 requests in all over %n connection(s).",
                      nullptr, s.connections)
                      .arg(names[i])
                      .arg(s.deliveries)
                      .arg(s.clientRequests);
        reasons.append(reason);
    }
    return reasons;
}

QList<OutcomeReason> explainGrpc(const QList<const Timeline*>& timelines, const QStringList& names)
{
    QList<OutcomeReason> reasons;
    QList<SessionStatistics> stats;
    QList<GrpcStatistics> grpc;
    QList<qint64> totals;
    QStringList contentTypes;
    QList<bool> http2;
    for (const Timeline* timeline : timelines) {
        const QList<Event> events = timeline->events();
        stats.append(SessionStatistics::compute(events));
        grpc.append(GrpcStatistics::compute(events));
        totals.append(stats.constLast().totalTimeNs);
        bool usesHttp2 = false;
        contentTypes.append(responseContentType(*timeline, events, &usesHttp2));
        http2.append(usesHttp2);
    }
    reasons.append(
        fastestReason(names, totals, stats, OutcomeExplanation::tr("%1 had every item first, in %2")));

    for (int i = 0; i < stats.size(); ++i) {
        OutcomeReason reason;
        reason.mechanism = Mechanism::MessageEncoding;
        reason.side = i;
        if (grpc[i].calls > 0) {
            reason.figures = {{QStringLiteral("messageBytes"), grpc[i].messageBytes},
                              {QStringLiteral("jsonBytes"), grpc[i].jsonBytes}};
            reason.text =
                OutcomeExplanation::tr("Encoding: the %n message(s) of %1 took %2 bytes as Protobuf, "
                                       "prefixes included; written as JSON they would take %3 bytes "
                                       "(%4× as many).",
                                       nullptr, grpc[i].messagesSent + grpc[i].messagesReceived)
                    .arg(names[i])
                    .arg(number(grpc[i].messageBytes))
                    .arg(number(grpc[i].jsonBytes))
                    .arg(decimal(grpc[i].messageBytes > 0
                                     ? double(grpc[i].jsonBytes) / double(grpc[i].messageBytes)
                                     : 0.0,
                                 2));
        } else {
            reason.figures = {{QStringLiteral("bodyBytes"), stats[i].bodyBytes},
                              {QStringLiteral("headerBytes"), stats[i].headerBytes},
                              {QStringLiteral("contentType"), contentTypes[i]}};
            const QString bodies = contentTypes[i].contains(QLatin1String("json"))
                                       ? OutcomeExplanation::tr("JSON bodies (binary data as base64 text)")
                                   : contentTypes[i].contains(QLatin1String("proto"))
                                       ? OutcomeExplanation::tr("Protobuf bodies (binary data as it is)")
                                       : OutcomeExplanation::tr("bodies (%1)").arg(contentTypes[i]);
            const QString headers = http2[i] ? OutcomeExplanation::tr("HPACK-compressed headers")
                                             : OutcomeExplanation::tr("HTTP/1.1 header text");
            reason.text =
                OutcomeExplanation::tr("Encoding: %1 carried %2 bytes of %3 and %4 bytes of %5.")
                    .arg(names[i], number(stats[i].bodyBytes), bodies, number(stats[i].headerBytes), headers);
        }
        reasons.append(reason);
    }

    OutcomeReason rounds;
    rounds.mechanism = Mechanism::CallRoundTrips;
    QStringList parts;
    for (int i = 0; i < stats.size(); ++i) {
        rounds.figures.insert(sideLetter(i) + QLatin1String("connections"), stats[i].connections);
        rounds.figures.insert(sideLetter(i) + QLatin1String("roundTrips"), stats[i].roundTrips);
        rounds.figures.insert(sideLetter(i) + QLatin1String("calls"), grpc[i].calls);
        parts.append(grpc[i].calls > 0 ? OutcomeExplanation::tr(
                                             "%1 made %n call(s) over %2 connection(s) in %3 round trips",
                                             nullptr, grpc[i].calls)
                                             .arg(names[i])
                                             .arg(stats[i].connections)
                                             .arg(stats[i].roundTrips)
                                       : OutcomeExplanation::tr("%1 used %2 connection(s) in %3 round trips")
                                             .arg(names[i])
                                             .arg(stats[i].connections)
                                             .arg(stats[i].roundTrips));
    }
    rounds.text = OutcomeExplanation::tr("Round trips: every exchange that waits for an answer costs one, "
                                         "every new connection its handshakes; %1.")
                      .arg(parts.join(QLatin1String("; ")));
    reasons.append(rounds);
    return reasons;
}

} // namespace

QList<OutcomeReason> OutcomeExplanation::explain(const QString& scenarioId,
                                                 const QList<const Timeline*>& timelines)
{
    QStringList names;
    for (int i = 0; i < timelines.size(); ++i) {
        if (!timelines[i])
            return {};
        names.append(sideName(i, timelines[i]));
    }
    if (timelines.isEmpty())
        return {};
    if (TlsScenarios::has(scenarioId))
        return explainTls(timelines, names);
    if (PollingScenarios::has(scenarioId))
        return explainPolling(timelines, names);
    if (GrpcScenarios::has(scenarioId))
        return explainGrpc(timelines, names);
    if (ShootoutScenarios::has(scenarioId))
        return explainShootout(timelines, names);
    if (SecurityScenarios::has(scenarioId) || ScalingScenarios::has(scenarioId) ||
        BalancingScenarios::has(scenarioId))
        return explainFindings(timelines, names, false);
    if (GrpcWebScenarios::has(scenarioId))
        return explainFindings(timelines, names, true);
    // Page loads are recognised by their document request (PageLoader flags it), so that a family this
    // class does not know yet gets no sentences rather than wrong ones.
    for (const Timeline* timeline : timelines) {
        bool loadsAPage = false;
        for (const Event& e : timeline->events()) {
            if (e.is(Layer::Session, SessionKind::ObjectRequested) && (e.flags & 0x1)) {
                loadsAPage = true;
                break;
            }
        }
        if (!loadsAPage && timeline->size() > 0)
            return {};
    }
    return explainPageLoads(timelines, names);
}

QList<OutcomeReason> OutcomeExplanation::explain(const Comparison& comparison)
{
    QList<const Timeline*> timelines;
    for (const Timeline* timeline : comparison.timelines())
        timelines.append(timeline);
    return explain(comparison.scenario().id, timelines);
}

QStringList OutcomeExplanation::sentences(const QList<OutcomeReason>& reasons)
{
    QStringList lines;
    for (const OutcomeReason& reason : reasons)
        lines.append(reason.text);
    return lines;
}

QString OutcomeExplanation::summary(const Comparison& comparison)
{
    return sentences(explain(comparison)).join(QLatin1Char('\n'));
}

} // namespace protoviz

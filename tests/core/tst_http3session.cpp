#include "tests/support/testsupport.h"

#include "core/http/workload.h"
#include "core/http3/http3server.h"
#include "core/quic/quictlscontext.h"
#include "core/session/comparison.h"
#include "core/session/http3pageloadsession.h"
#include "core/session/outcomeexplanation.h"
#include "core/session/sessionrunner.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz;

namespace {

constexpr qint64 Millisecond = 1000000;
// QuicPacketFlag's packet types.
constexpr int ZeroRttPacket = 1;

QList<Event> eventsOf(const Timeline& timeline, Layer layer, Origin origin)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.layer == layer && event.origin == origin)
            found.append(event);
    }
    return found;
}

bool hasKind(const QList<Event>& events, QuicKind kind)
{
    return std::any_of(events.begin(), events.end(),
                       [kind](const Event& e) { return e.kind == kindOf(kind); });
}

bool sentZeroRttPacket(const Timeline& timeline)
{
    const QList<Event> quic = eventsOf(timeline, Layer::Quic, Origin::Client);
    return std::any_of(quic.begin(), quic.end(), [](const Event& e) {
        return e.kind == kindOf(QuicKind::PacketSent) &&
               (e.flags & QuicPacketFlag::TypeMask) == ZeroRttPacket;
    });
}

// Runs one HTTP/3 session to its end on its own thread, as the CLI and the GUI do.
SessionOutcome runSession(const SessionConfig& config, Timeline* timeline, int cancelAfterMs = -1)
{
    SessionRunner runner(
        [config](Timeline* t) -> SessionWorker* { return new Http3PageLoadSession(config, t); }, timeline);
    QSignalSpy finished(&runner, &SessionRunner::finished);
    runner.start();
    if (cancelAfterMs >= 0) {
        QTest::qWait(cancelAfterMs);
        runner.cancel();
    }
    if (!finished.wait(config.timeoutSeconds * 1000 + 5000)) {
        qWarning("session did not finish");
        return SessionOutcome::TimedOut;
    }
    return finished.at(0).at(0).value<SessionOutcome>();
}

SessionConfig smallHttp3Page()
{
    SessionConfig config;
    config.http = HttpVersion::Http3;
    config.objects = 2;
    config.objectSize = 500;
    config.link.rttNs = 5 * Millisecond;
    config.timeoutSeconds = 20;
    config.title = config.protocolLabel();
    return config;
}

QString describe(const SessionStatistics& stats)
{
    return QStringLiteral("total %1 ms, first byte %2 ms, %3 round trips, %4 objects")
        .arg(double(stats.totalTimeNs) / Millisecond)
        .arg(double(stats.timeToFirstByteNs) / Millisecond)
        .arg(stats.roundTrips)
        .arg(stats.objectsCompleted);
}

} // namespace

/// HTTP/3 page loads as live sessions: QUIC through the emulated link's datagram relay, on loopback.
class TestHttp3Session final : public QObject
{
    Q_OBJECT

private slots:
    void loadsThePageOverQuicBesideHttp2();
    void zeroRttAnswersARoundTripSooner();
    void writesTheKeyLog();
    void refusesHttp3WithoutTls();
    void loadsAnotherServersPage();
    void cancelStopsARunningSession();
    void http3FinishesFirstAtLoss();
};

void TestHttp3Session::loadsThePageOverQuicBesideHttp2()
{
    ScenarioKnobs knobs = ScenarioCatalog::entry(QStringLiteral("h2-vs-h3"))->defaults;
    knobs.link.rttNs = 40 * Millisecond;
    knobs.link.lossRate = 0;
    knobs.objects = 8;
    const std::unique_ptr<Comparison> run = test::runComparison(QStringLiteral("h2-vs-h3"), knobs, 30000);
    QVERIFY(run);
    const SessionStatistics h2 = SessionStatistics::compute(*run->timelineA());
    const SessionStatistics h3 = SessionStatistics::compute(*run->timelineB());
    QCOMPARE(run->scenario().sides.at(1).title, QStringLiteral("HTTP/3"));
    for (const SessionStatistics& stats : {h2, h3}) {
        QVERIFY(stats.finished);
        QCOMPARE(stats.outcome, SessionOutcome::Completed);
        QCOMPARE(stats.objectsCompleted, 8);
        QCOMPARE(stats.connections, 1);
    }

    const Timeline& timeline = *run->timelineB();
    // Both ends recorded QUIC packets and HTTP/3 frames, all under the id the link gave the flow.
    QSet<quint32> flows;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Wire, WireKind::DatagramSent))
            flows.insert(event.connection);
    }
    QCOMPARE(flows.size(), 1);
    const quint32 flow = *flows.begin();
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> quic = eventsOf(timeline, Layer::Quic, origin);
        const QList<Event> http3 = eventsOf(timeline, Layer::Http3, origin);
        QVERIFY(hasKind(quic, QuicKind::HandshakeComplete));
        QVERIFY(hasKind(quic, QuicKind::ConnectionClosed));
        QVERIFY(!hasKind(quic, QuicKind::Error));
        QVERIFY(!hasKind(quic, QuicKind::EarlyDataOffered));
        QVERIFY(http3.size() >= 2 * 9);
        for (const QList<Event>& events : {quic, http3}) {
            for (const Event& event : events)
                QCOMPARE(event.connection, flow);
        }
    }
    // The server saw the client's CONNECTION_CLOSE before the session ended: the goodbye was counted.
    const QList<Event> serverQuic = eventsOf(timeline, Layer::Quic, Origin::Server);
    QVERIFY(std::any_of(serverQuic.begin(), serverQuic.end(), [](const Event& e) {
        return e.kind == kindOf(QuicKind::PacketReceived) && (e.flags & QuicPacketFlag::ConnectionClose);
    }));
    QVERIFY(!timeline.events().isEmpty());
    // Nothing after the end: what was still in flight is dropped with the link.
    QVERIFY(timeline.events().constLast().is(Layer::Session, SessionKind::Finished));

    // Every byte is the datagrams': what the link delivered, each way.
    qint64 delivered = 0;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Wire, WireKind::DatagramDelivered))
            delivered += event.size;
    }
    QCOMPARE(h3.wireBytes(), delivered);
    QVERIFY(h3.datagrams > 0);
    QCOMPARE(h3.datagramsLost, 0);
    QVERIFY(h3.bodyBytes >= 8 * knobs.objectSize);
    QVERIFY(h3.headerBytes > 0);
    QVERIFY(h3.headerTextBytes > h3.headerBytes); // QPACK compresses
    QVERIFY(h3.tlsBytes > 0);                     // QUIC's own share: handshake, headers, ACKs

    // Round trips: QUIC and TLS together (1), the page (2), its objects (3); TCP, TLS, page, objects (4).
    QVERIFY2(h3.roundTrips == 3, qPrintable(describe(h3)));
    QVERIFY2(h2.roundTrips == 4, qPrintable(describe(h2)));
    // The first response byte: 2 round trips over QUIC, 3 over TCP and TLS (the bound leaves room for the
    // handshake's signing on a busy machine, but not for a third round trip).
    const qint64 rtt = knobs.link.rttNs;
    PROTOVIZ_VERIFY_TIMING(h3.timeToFirstByteNs >= 2 * rtt && h3.timeToFirstByteNs < 3 * rtt,
                           qPrintable(describe(h3)));
    PROTOVIZ_VERIFY_TIMING(h2.timeToFirstByteNs - h3.timeToFirstByteNs > rtt * 3 / 4,
                           qPrintable(describe(h2) + QStringLiteral(" / ") + describe(h3)));
}

void TestHttp3Session::zeroRttAnswersARoundTripSooner()
{
    const ScenarioKnobs knobs = ScenarioCatalog::entry(QStringLiteral("h3-0rtt"))->defaults;
    QVERIFY(knobs.objects <= 3);
    const std::unique_ptr<Comparison> run = test::runComparison(QStringLiteral("h3-0rtt"), knobs, 30000);
    QVERIFY(run);
    const SessionStatistics first = SessionStatistics::compute(*run->timelineA());
    const SessionStatistics returning = SessionStatistics::compute(*run->timelineB());
    for (const SessionStatistics& stats : {first, returning}) {
        QCOMPARE(stats.outcome, SessionOutcome::Completed);
        QCOMPARE(stats.objectsCompleted, knobs.objects);
        QCOMPARE(stats.connections, 1); // the ticket's connection was before the clock, off the record
    }

    // A: a fresh connection, no early data.
    const QList<Event> firstClient = eventsOf(*run->timelineA(), Layer::Quic, Origin::Client);
    QVERIFY(!hasKind(firstClient, QuicKind::EarlyDataOffered));
    QVERIFY(!hasKind(firstClient, QuicKind::EarlyDataAccepted));
    QVERIFY(!sentZeroRttPacket(*run->timelineA()));
    // B: resumed, its request in 0-RTT packets, which the server took.
    const QList<Event> returningClient = eventsOf(*run->timelineB(), Layer::Quic, Origin::Client);
    QVERIFY(hasKind(returningClient, QuicKind::EarlyDataOffered));
    QVERIFY(hasKind(returningClient, QuicKind::EarlyDataAccepted));
    QVERIFY(hasKind(eventsOf(*run->timelineB(), Layer::Quic, Origin::Server), QuicKind::EarlyDataAccepted));
    QVERIFY(sentZeroRttPacket(*run->timelineB()));
    // Its Session Note says where the ticket came from.
    const QList<Event> session = eventsOf(*run->timelineB(), Layer::Session, Origin::Client);
    QVERIFY(std::any_of(session.begin(), session.end(),
                        [](const Event& e) { return e.is(Layer::Session, SessionKind::Note); }));

    // The first response byte comes a round trip sooner; the page takes one round trip less.
    const qint64 rtt = knobs.link.rttNs;
    PROTOVIZ_VERIFY_TIMING(first.timeToFirstByteNs - returning.timeToFirstByteNs >= rtt * 9 / 10,
                           qPrintable(describe(first) + QStringLiteral(" / ") + describe(returning)));
    QCOMPARE(first.roundTrips, 3);
    QCOMPARE(returning.roundTrips, 2);

    // The results say why: B's early data, with its measured first byte and round trips.
    const QList<OutcomeReason> reasons = OutcomeExplanation::explain(*run);
    const auto early = std::find_if(reasons.begin(), reasons.end(), [](const OutcomeReason& r) {
        return r.mechanism == OutcomeReason::Mechanism::EarlyData;
    });
    QVERIFY(early != reasons.end());
    QCOMPARE(early->side, 1);
    QCOMPARE(early->figures.value(QStringLiteral("roundTrips")).toInt(), 2);
}

void TestHttp3Session::writesTheKeyLog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionConfig config = smallHttp3Page();
    config.keyLogPath = dir.filePath(QStringLiteral("keys.log"));
    Timeline timeline(SessionClock::startingNow());
    QCOMPARE(runSession(config, &timeline), SessionOutcome::Completed);

    QFile file(config.keyLogPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray keys = file.readAll();
    // What Wireshark needs to decrypt QUIC's Handshake and 1-RTT packets, one line each.
    for (const char* label : {"CLIENT_HANDSHAKE_TRAFFIC_SECRET ", "SERVER_HANDSHAKE_TRAFFIC_SECRET ",
                              "CLIENT_TRAFFIC_SECRET_0 ", "SERVER_TRAFFIC_SECRET_0 "})
        QVERIFY2(keys.contains(label), label);
    // Secrets stay off the timeline.
    for (const Event& event : timeline.events())
        QVERIFY(!timeline.detail(event).text.contains(QStringLiteral("TRAFFIC_SECRET")));
}

void TestHttp3Session::refusesHttp3WithoutTls()
{
    SessionConfig config;
    config.http = HttpVersion::Http3;
    config.tls = false;
    QVERIFY(!config.validationError().isEmpty());
    config.tls = true;
    QVERIFY(config.validationError().isEmpty());
    QCOMPARE(config.protocolLabel(), QStringLiteral("HTTP/3"));
    config.http = HttpVersion::Http2;
    config.earlyData = true;
    QVERIFY(!config.validationError().isEmpty());
}

void TestHttp3Session::loadsAnotherServersPage()
{
    // Another HTTP/3 server (one of ours, outside the session, as ngtcp2's or a CDN's would be): the link
    // relays to its UDP port, the client checks its certificate against the authority given.
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
    QVERIFY2(credentials, qPrintable(error));
    const std::shared_ptr<QuicTlsContext> tls = QuicTlsContext::forServer(*credentials, &error);
    QVERIFY2(tls, qPrintable(error));
    Http3Server server(tls, Workload(3, 700, 0));
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    SessionConfig config = smallHttp3Page();
    config.target = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.port()));
    config.trustedCaPem = credentials->caCertificatePem;
    Timeline timeline(SessionClock::startingNow());
    QCOMPARE(runSession(config, &timeline), SessionOutcome::Completed);
    const SessionStatistics stats = SessionStatistics::compute(timeline);
    QCOMPARE(stats.objectsCompleted, 3); // the other server's page, not the configured workload
    QCOMPARE(stats.connections, 1);
    QVERIFY(hasKind(eventsOf(timeline, Layer::Quic, Origin::Client), QuicKind::HandshakeComplete));
    QVERIFY(eventsOf(timeline, Layer::Quic, Origin::Server).isEmpty()); // not ours to observe

    // An authority that did not sign the server's certificate: the handshake fails, and says so.
    const std::optional<TlsCredentials> other = CertificateAuthority::generate({}, {}, &error);
    QVERIFY2(other, qPrintable(error));
    config.trustedCaPem = other->caCertificatePem;
    Timeline refused(SessionClock::startingNow());
    QCOMPARE(runSession(config, &refused), SessionOutcome::Failed);
}

void TestHttp3Session::cancelStopsARunningSession()
{
    // A page that takes seconds on this link, stopped after a few hundred milliseconds.
    SessionConfig config = smallHttp3Page();
    config.objects = 50;
    config.objectSize = 20000;
    config.link.rttNs = 200 * Millisecond;
    config.link.downstreamBitsPerSecond = 1'000'000;
    Timeline timeline(SessionClock::startingNow());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(runSession(config, &timeline, 300), SessionOutcome::Cancelled);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(timeline.events().constLast().is(Layer::Session, SessionKind::Finished));
}

void TestHttp3Session::http3FinishesFirstAtLoss()
{
    // The fidelity test: h2-vs-h3 at 2 % loss over several seeds. The criterion: HTTP/3 finishes
    // the page first in most seeds AND in the sum over all seeds. Both, because one seed can go either
    // way (a lost QUIC Initial costs a probe timeout, a lost tail segment a TCP retransmission timeout),
    // while the claim is about the usual outcome, and a sum alone could hide one side losing nearly every
    // seed by a little. HTTP/3 also saves the TLS round trip, which has nothing to do with loss: so the
    // lead it has at loss must, on average over the seeds, exceed the lead it has on the same link
    // without loss. That excess is what head-of-line blocking costs HTTP/2.
    ScenarioKnobs knobs = ScenarioCatalog::entry(QStringLiteral("h2-vs-h3"))->defaults;
    QCOMPARE(knobs.link.lossRate, 0.02);
    knobs.link.rttNs = 60 * Millisecond;
    knobs.objects = 20;

    const auto run = [](const ScenarioKnobs& k, SessionStatistics* h2, SessionStatistics* h3) {
        const std::unique_ptr<Comparison> comparison =
            test::runComparison(QStringLiteral("h2-vs-h3"), k, 30000);
        QVERIFY(comparison);
        *h2 = SessionStatistics::compute(*comparison->timelineA());
        *h3 = SessionStatistics::compute(*comparison->timelineB());
        QCOMPARE(h2->outcome, SessionOutcome::Completed);
        QCOMPARE(h3->outcome, SessionOutcome::Completed);
        QCOMPARE(h2->objectsCompleted, k.objects);
        QCOMPARE(h3->objectsCompleted, k.objects);
    };

    ScenarioKnobs lossless = knobs;
    lossless.link.lossRate = 0;
    SessionStatistics h2;
    SessionStatistics h3;
    run(lossless, &h2, &h3);
    if (QTest::currentTestFailed())
        return;
    const qint64 losslessLead = h2.totalTimeNs - h3.totalTimeNs;
    QStringList report{QStringLiteral("no loss: h2 %1 ms, h3 %2 ms")
                           .arg(h2.totalTimeNs / Millisecond)
                           .arg(h3.totalTimeNs / Millisecond)};

    const QList<quint32> seeds{1, 2, 3, 4, 5};
    int http3First = 0;
    qint64 datagramsLost = 0;
    qint64 http2Total = 0;
    qint64 http3Total = 0;
    for (const quint32 seed : seeds) {
        knobs.link.seed = seed;
        run(knobs, &h2, &h3);
        if (QTest::currentTestFailed())
            return;
        http3First += h3.totalTimeNs < h2.totalTimeNs ? 1 : 0;
        datagramsLost += h3.datagramsLost;
        http2Total += h2.totalTimeNs;
        http3Total += h3.totalTimeNs;
        report.append(
            QStringLiteral("seed %1: h2 %2 ms (%3 of %4 segments lost), h3 %5 ms (%6 of %7 datagrams lost)")
                .arg(seed)
                .arg(h2.totalTimeNs / Millisecond)
                .arg(h2.segmentsLost)
                .arg(h2.segments + h2.segmentsLost)
                .arg(h3.totalTimeNs / Millisecond)
                .arg(h3.datagramsLost)
                .arg(h3.datagrams + h3.datagramsLost));
    }
    const QString summary = report.join(QStringLiteral("; "));
    qInfo("%s", qPrintable(summary));
    // QUIC met loss and recovered from it: every object arrived.
    QVERIFY2(datagramsLost > 0, qPrintable(summary));
    PROTOVIZ_VERIFY_TIMING(http3First * 2 > seeds.size(), qPrintable(summary));
    PROTOVIZ_VERIFY_TIMING(http3Total < http2Total, qPrintable(summary));
    PROTOVIZ_VERIFY_TIMING((http2Total - http3Total) / seeds.size() > losslessLead, qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestHttp3Session)
#include "tst_http3session.moc"

#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/session/sessionrunner.h"
#include "core/session/sessionstatistics.h"
#include "core/session/tlshandshakesession.h"
#include "core/session/tlsladder.h"
#include "core/session/tlsscenarios.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlsstream.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz;

namespace {

constexpr qint64 Millisecond = 1000000;
constexpr qint64 Rtt = 100 * Millisecond;

using Resumption = TlsHandshakeConfig::Resumption;

TlsHandshakeConfig config(TlsVersion version, Resumption resumption = Resumption::None)
{
    TlsHandshakeConfig c;
    c.title = QStringLiteral("test");
    c.link.rttNs = Rtt;
    c.objects = 10;
    c.timeoutSeconds = 30;
    c.clientMaxVersion = c.serverMaxVersion = version;
    c.clientMinVersion = c.serverMinVersion = version;
    c.resumption = resumption;
    return c;
}

// Runs one session to its end on its own thread, as the CLI and the GUI do.
SessionStatistics runSession(const TlsHandshakeConfig& c, Timeline* timeline)
{
    SessionRunner runner([c](Timeline* t) -> SessionWorker* { return new TlsHandshakeSession(c, t); },
                         timeline);
    QSignalSpy finished(&runner, &SessionRunner::finished);
    runner.start();
    if (!finished.wait(c.timeoutSeconds * 1000 + 5000))
        qWarning("session did not finish");
    QCoreApplication::processEvents();
    return SessionStatistics::compute(*timeline);
}

QList<Event> eventsOf(const Timeline& timeline, Layer layer, quint8 kind, Origin origin)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.layer == layer && event.kind == kind && event.origin == origin)
            found.append(event);
    }
    return found;
}

QString finishedText(const Timeline& timeline)
{
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Session, SessionKind::Finished))
            return timeline.detail(event).text;
    }
    return {};
}

QString inRtt(qint64 ns)
{
    return QString::number(double(ns) / double(Rtt), 'f', 2);
}

const TlsLadder::Step* findStep(const TlsLadder& ladder, Origin side, const QString& label)
{
    for (const TlsLadder::Step& step : ladder.steps) {
        if (!step.mark && step.side == side && step.labels.contains(label))
            return &step;
    }
    return nullptr;
}

} // namespace

/// TLS handshake sessions end to end at RTT 100 ms: what each handshake costs until the first response
/// byte, what fails and how, the ladder read back from the timeline, and the catalog's scenarios.
class TlsHandshakeSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void firstResponseByte_data();
    void firstResponseByte();
    void earlyDataTravelsWithTheClientHello();
    void failedHandshake_data();
    void failedHandshake();
    void ladderShowsWhoSentWhatWhen();
    void keyLogReceivesTheSecrets();
    void refusesWhatCannotRun();
    void catalogRunsBothSides();
};

void TlsHandshakeSessionTest::firstResponseByte_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("resumption");
    QTest::addColumn<bool>("helloRetry");
    QTest::addColumn<int>("roundTrips"); // until the first response byte, the TCP handshake included
    QTest::addColumn<QString>("group");
    QTest::newRow("TLS 1.3, full") << int(TlsVersion::Tls13) << int(Resumption::None) << false << 3
                                   << QStringLiteral("x25519");
    QTest::newRow("TLS 1.2, full") << int(TlsVersion::Tls12) << int(Resumption::None) << false << 4
                                   << QStringLiteral("x25519");
    QTest::newRow("TLS 1.3, resumed (PSK)")
        << int(TlsVersion::Tls13) << int(Resumption::Resume) << false << 3 << QStringLiteral("x25519");
    QTest::newRow("TLS 1.2, resumed (ticket)")
        << int(TlsVersion::Tls12) << int(Resumption::Resume) << false << 3 << QString();
    QTest::newRow("TLS 1.3, 0-RTT early data")
        << int(TlsVersion::Tls13) << int(Resumption::EarlyData) << false << 2 << QStringLiteral("x25519");
    QTest::newRow("TLS 1.3, HelloRetryRequest")
        << int(TlsVersion::Tls13) << int(Resumption::None) << true << 4 << QStringLiteral("secp256r1");
}

void TlsHandshakeSessionTest::firstResponseByte()
{
    QFETCH(int, version);
    QFETCH(int, resumption);
    QFETCH(bool, helloRetry);
    QFETCH(int, roundTrips);
    QFETCH(QString, group);
    TlsHandshakeConfig c = config(TlsVersion(version), Resumption(resumption));
    if (helloRetry) {
        c.clientGroups = {QByteArrayLiteral("X25519"), QByteArrayLiteral("P-256")};
        c.serverGroups = {QByteArrayLiteral("P-256")};
    }
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics stats = runSession(c, &timeline);
    QVERIFY2(stats.outcome == SessionOutcome::Completed, qPrintable(finishedText(timeline)));
    QCOMPARE(stats.connections, 1);
    const qint64 expected = roundTrips * Rtt;
    const qint64 measured = stats.timeToFirstByteNs;
    const QString why = QStringLiteral("first response byte after %1 RTT, expected %2 RTT ± 10 %")
                            .arg(inRtt(measured))
                            .arg(roundTrips);
    // The network cannot be faster than its round trips; only a busy CPU makes it slower.
    QVERIFY2(measured >= expected * 9 / 10, qPrintable(why));
    PROTOVIZ_VERIFY_TIMING(measured <= expected * 11 / 10, qPrintable(why));
    qInfo("first response byte after %s ms (%s RTT); %d round trips counted",
          qPrintable(QString::number(double(measured) / Millisecond, 'f', 1)), qPrintable(inRtt(measured)),
          stats.roundTrips);

    // What the handshake agreed is on the timeline, where the summary reads it.
    const QList<Event> complete =
        eventsOf(timeline, Layer::Tls, kindOf(TlsKind::HandshakeComplete), Origin::Client);
    QCOMPARE(complete.size(), 1);
    const EventDetail detail = timeline.detail(complete[0]);
    QCOMPARE(detail.fieldValue(u"version"), TlsVersion(version) == TlsVersion::Tls13
                                                ? QStringLiteral("TLSv1.3")
                                                : QStringLiteral("TLSv1.2"));
    QCOMPARE(detail.fieldValue(u"ALPN"), QStringLiteral("http/1.1"));
    QVERIFY(!detail.fieldValue(u"cipher suite").isEmpty());
    if (!group.isEmpty())
        QCOMPARE(detail.fieldValue(u"group"), group);
    const bool resumed = Resumption(resumption) != Resumption::None;
    QCOMPARE(detail.fieldValue(u"session resumed"), resumed ? QStringLiteral("yes") : QStringLiteral("no"));
    QCOMPARE(detail.fieldValue(u"early data").startsWith(QStringLiteral("accepted")),
             Resumption(resumption) == Resumption::EarlyData);
    // A resumed handshake sends no certificate (the summary still shows the chain of the session).
    bool certificateSent = false;
    for (const Event& message :
         eventsOf(timeline, Layer::Tls, kindOf(TlsKind::HandshakeMessage), Origin::Server)) {
        certificateSent = certificateSent || (message.direction == Direction::ServerToClient &&
                                              timeline.detail(message).text == QLatin1String("Certificate"));
    }
    QCOMPARE(certificateSent, !resumed);
    QVERIFY(!detail.fieldValue(u"certificate chain").isEmpty());
    if (resumed) {
        bool noted = false;
        for (const Event& note :
             eventsOf(timeline, Layer::Session, kindOf(SessionKind::Note), Origin::Client))
            noted = noted || timeline.detail(note).text.contains(QStringLiteral("session ticket"));
        QVERIFY(noted);
    }
    // Only the measured connection is on the record; the one that fetched the ticket is not.
    for (const Event& event : timeline.events())
        QVERIFY(event.layer == Layer::Session || event.connection == 1);
    // The round trips the statistics count: the waits of a chain (SYN, ClientHello, ... request) until
    // the response is in. The 0-RTT client's EndOfEarlyData and Finished, sent after the answer, keep
    // nobody waiting and do not count.
    QCOMPARE(stats.roundTrips, roundTrips);
    QVERIFY(eventsOf(timeline, Layer::Tls, kindOf(TlsKind::Error), Origin::Client).isEmpty());
    QVERIFY(eventsOf(timeline, Layer::Tls, kindOf(TlsKind::Error), Origin::Server).isEmpty());
}

void TlsHandshakeSessionTest::earlyDataTravelsWithTheClientHello()
{
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics stats = runSession(config(TlsVersion::Tls13, Resumption::EarlyData), &timeline);
    QCOMPARE(stats.outcome, SessionOutcome::Completed);
    const QList<Event> events = timeline.events();
    const qint64 startNs = events.constFirst().timeNs;
    qint64 helloNs = -1;
    qint64 earlyNs = -1;
    qint64 requestNs = -1;
    qint64 serverResponseNs = -1;
    qint64 serverCompleteNs = -1;
    for (const Event& e : events) {
        if (e.is(Layer::Tls, TlsKind::HandshakeMessage) && e.origin == Origin::Client &&
            e.direction == Direction::ClientToServer && helloNs < 0)
            helloNs = e.timeNs - startNs;
        if (e.is(Layer::Tls, TlsKind::EarlyData) && e.origin == Origin::Client &&
            e.flags == quint8(TlsEarlyData::Sent))
            earlyNs = e.timeNs - startNs;
        if (e.is(Layer::Http1, Http1Kind::RequestHead) && e.origin == Origin::Client)
            requestNs = e.timeNs - startNs;
        if (e.is(Layer::Http1, Http1Kind::ResponseHead) && e.origin == Origin::Server)
            serverResponseNs = e.timeNs - startNs;
        if (e.is(Layer::Tls, TlsKind::HandshakeComplete) && e.origin == Origin::Server)
            serverCompleteNs = e.timeNs - startNs;
    }
    // The request leaves with the ClientHello, one RTT in (after TCP's handshake); the server answers it
    // on arrival, half an RTT later, a whole RTT before the client's Finished reaches it. Measured hop by
    // hop, so that a busy machine's delays do not add up.
    QVERIFY2(helloNs >= Rtt * 9 / 10 && helloNs <= Rtt * 13 / 10, qPrintable(inRtt(helloNs)));
    QVERIFY2(earlyNs >= helloNs && earlyNs - helloNs <= Rtt / 10, qPrintable(inRtt(earlyNs)));
    QVERIFY2(requestNs >= helloNs && requestNs - helloNs <= Rtt / 10, qPrintable(inRtt(requestNs)));
    const qint64 answerNs = serverResponseNs - helloNs;
    QVERIFY2(answerNs >= Rtt * 9 / 20 && answerNs <= Rtt * 13 / 20, qPrintable(inRtt(answerNs)));
    QVERIFY2(serverCompleteNs - serverResponseNs >= Rtt * 9 / 10,
             qPrintable(inRtt(serverCompleteNs - serverResponseNs)));
}

void TlsHandshakeSessionTest::failedHandshake_data()
{
    QTest::addColumn<bool>("untrusted");
    QTest::addColumn<int>("alert");
    QTest::addColumn<int>("alertSender");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("untrusted certificate")
        << true << 48 << int(Origin::Client) << QStringLiteral("does not trust")
        << QStringLiteral("unknown_ca: the client does not trust the certificate authority that signed the "
                          "server's certificate");
    QTest::newRow("version mismatch")
        << false << 70 << int(Origin::Server) << QStringLiteral("protocol_version")
        << QStringLiteral(
               "protocol_version: the server supports none of the TLS versions the client offered");
}

void TlsHandshakeSessionTest::failedHandshake()
{
    QFETCH(bool, untrusted);
    QFETCH(int, alert);
    QFETCH(int, alertSender);
    QFETCH(QString, reason);
    QFETCH(QString, explanation);
    TlsHandshakeConfig c = config(TlsVersion::Tls13);
    if (untrusted) {
        c.clientTrustsServer = false;
    } else {
        c.clientMinVersion = c.clientMaxVersion = TlsVersion::Tls12;
    }
    Timeline timeline(SessionClock::startingNow());
    const SessionStatistics stats = runSession(c, &timeline);
    QCOMPARE(stats.outcome, SessionOutcome::Failed);
    const QString finished = finishedText(timeline);
    QVERIFY2(finished.contains(reason), qPrintable(finished));
    QVERIFY2(finished.startsWith(QStringLiteral("The TLS handshake failed.")), qPrintable(finished));
    // Over well before the time limit: the failure ended it, not the clock.
    QVERIFY2(stats.totalTimeNs < 10 * Rtt, qPrintable(inRtt(stats.totalTimeNs)));
    QCOMPARE(stats.timeToFirstByteNs, qint64(-1));

    // The alert, as its sender sent it and its receiver received it, with the plain explanation.
    const Direction alertDirection =
        Origin(alertSender) == Origin::Client ? Direction::ClientToServer : Direction::ServerToClient;
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> alerts = eventsOf(timeline, Layer::Tls, kindOf(TlsKind::Alert), origin);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].flags, quint8(alert));
        QCOMPARE(alerts[0].value, 2);
        QCOMPARE(alerts[0].direction, alertDirection);
        QCOMPARE(timeline.detail(alerts[0]).text, explanation);
        QCOMPARE(eventsOf(timeline, Layer::Tls, kindOf(TlsKind::Error), origin).size(), 1);
    }
    // A clean close: both sides' FIN crossed the link, nothing was reset.
    int fins = 0;
    for (const Event& event : timeline.events()) {
        QVERIFY(!event.is(Layer::Wire, WireKind::Reset));
        fins += event.is(Layer::Wire, WireKind::Fin) ? 1 : 0;
    }
    QCOMPARE(fins, 2);
    QVERIFY(eventsOf(timeline, Layer::Tls, kindOf(TlsKind::HandshakeComplete), Origin::Client).isEmpty());
    QVERIFY(eventsOf(timeline, Layer::Http1, kindOf(Http1Kind::ResponseHead), Origin::Client).isEmpty());
}

void TlsHandshakeSessionTest::ladderShowsWhoSentWhatWhen()
{
    Timeline tls13(SessionClock::startingNow());
    runSession(config(TlsVersion::Tls13), &tls13);
    const TlsLadder ladder = TlsLadder::build(tls13);
    QCOMPARE(ladder.rttNs, Rtt);
    QVERIFY(ladder.steps.size() >= 6);
    const auto at = [&](Origin side, const QString& label, double rtt) {
        const TlsLadder::Step* step = findStep(ladder, side, label);
        if (!step)
            return QStringLiteral("%1 is missing").arg(label);
        const double measured = ladder.roundTrips(step->timeNs);
        // ±10 %, and a few milliseconds for a busy machine; the sanitizer build checks only that the
        // step is there (see timingIsAsserted()).
        return !test::timingIsAsserted() || qAbs(measured - rtt) <= rtt / 10 + 0.05
                   ? QString()
                   : QStringLiteral("%1 at %2 RTT, expected %3").arg(label).arg(measured).arg(rtt);
    };
    QCOMPARE(at(Origin::Client, QStringLiteral("SYN"), 0.0), QString());
    QCOMPARE(at(Origin::Server, QStringLiteral("SYN-ACK"), 0.5), QString());
    QCOMPARE(at(Origin::Client, QStringLiteral("ClientHello"), 1.0), QString());
    QCOMPARE(at(Origin::Server, QStringLiteral("ServerHello"), 1.5), QString());
    QCOMPARE(at(Origin::Client, QStringLiteral("Finished"), 2.0), QString());
    QCOMPARE(at(Origin::Client, QStringLiteral("GET /"), 2.0), QString());
    QCOMPARE(at(Origin::Server, QStringLiteral("HTTP/1.1 200 OK"), 2.5), QString());
    // The server's first flight is one step: the messages leave together.
    const TlsLadder::Step* flight = findStep(ladder, Origin::Server, QStringLiteral("ServerHello"));
    QVERIFY(flight);
    for (const QString& name : {QStringLiteral("EncryptedExtensions"), QStringLiteral("Certificate"),
                                QStringLiteral("CertificateVerify"), QStringLiteral("Finished")})
        QVERIFY2(flight->labels.contains(name), qPrintable(flight->labels.join(QStringLiteral(", "))));
    // The client's Finished and its request leave together too.
    QCOMPARE(findStep(ladder, Origin::Client, QStringLiteral("Finished")),
             findStep(ladder, Origin::Client, QStringLiteral("GET /")));
    PROTOVIZ_VERIFY_TIMING(qAbs(ladder.roundTrips(ladder.firstResponseByteNs) - 3.0) <= 0.3,
                           qPrintable(inRtt(ladder.firstResponseByteNs)));

    // TLS 1.2: the client's key exchange a round trip later, the request another one after that.
    Timeline tls12(SessionClock::startingNow());
    runSession(config(TlsVersion::Tls12), &tls12);
    const TlsLadder older = TlsLadder::build(tls12);
    const TlsLadder::Step* keyExchange = findStep(older, Origin::Client, QStringLiteral("ClientKeyExchange"));
    QVERIFY(keyExchange);
    QVERIFY(keyExchange->labels.contains(QStringLiteral("ChangeCipherSpec")));
    PROTOVIZ_VERIFY_TIMING(qAbs(older.roundTrips(keyExchange->timeNs) - 2.0) <= 0.25,
                           qPrintable(inRtt(keyExchange->timeNs)));
    const TlsLadder::Step* serverDone = findStep(older, Origin::Server, QStringLiteral("ServerHelloDone"));
    QVERIFY(serverDone && serverDone->labels.contains(QStringLiteral("ServerKeyExchange")));
    const TlsLadder::Step* request = findStep(older, Origin::Client, QStringLiteral("GET /"));
    QVERIFY(request);
    QVERIFY2(older.roundTrips(request->timeNs) >= 3.0 - 0.35, qPrintable(inRtt(request->timeNs)));
    PROTOVIZ_VERIFY_TIMING(older.roundTrips(request->timeNs) <= 3.0 + 0.35,
                           qPrintable(inRtt(request->timeNs)));
}

void TlsHandshakeSessionTest::keyLogReceivesTheSecrets()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    TlsHandshakeConfig c = config(TlsVersion::Tls13, Resumption::EarlyData);
    c.link.rttNs = 10 * Millisecond;
    c.keyLogPath = directory.filePath(QStringLiteral("keys.log"));
    Timeline timeline(SessionClock::startingNow());
    QCOMPARE(runSession(c, &timeline).outcome, SessionOutcome::Completed);
    QFile file(c.keyLogPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // The first connection's full handshake, then the resumed one with its early traffic secret.
    QCOMPARE(text.count("CLIENT_HANDSHAKE_TRAFFIC_SECRET "), 2);
    QCOMPARE(text.count("CLIENT_EARLY_TRAFFIC_SECRET "), 1);
    QCOMPARE(text.count("CLIENT_TRAFFIC_SECRET_0 "), 2);

    TlsHandshakeConfig unwritable = config(TlsVersion::Tls13);
    unwritable.keyLogPath = directory.filePath(QStringLiteral("missing/keys.log"));
    Timeline failed(SessionClock::startingNow());
    QCOMPARE(runSession(unwritable, &failed).outcome, SessionOutcome::Failed);
    QVERIFY(finishedText(failed).contains(QStringLiteral("key log")));
}

void TlsHandshakeSessionTest::refusesWhatCannotRun()
{
    TlsHandshakeConfig c = config(TlsVersion::Tls12, Resumption::EarlyData);
    QVERIFY(c.validationError().contains(QStringLiteral("TLS 1.3")));
    c = config(TlsVersion::Tls13);
    c.clientMinVersion = TlsVersion::Tls13;
    c.clientMaxVersion = TlsVersion::Tls12;
    QVERIFY(!c.validationError().isEmpty());
    Timeline timeline(SessionClock::startingNow());
    QCOMPARE(runSession(c, &timeline).outcome, SessionOutcome::Failed);

    // The TLS knob does not apply to a TLS scenario (the dock disables it): it runs over TLS regardless.
    ScenarioKnobs knobs;
    knobs.tls = false;
    QString error;
    QVERIFY2(ScenarioCatalog::make(QStringLiteral("tls12-vs-tls13"), knobs, &error), qPrintable(error));
    QVERIFY(!ScenarioCatalog::entry(QStringLiteral("tls12-vs-tls13"))->applies(ScenarioKnob::Tls));
}

void TlsHandshakeSessionTest::catalogRunsBothSides()
{
    QStringList ids;
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries())
        ids.append(entry.id);
    for (const ScenarioCatalog::Entry& entry : TlsScenarios::entries()) {
        QVERIFY(ids.contains(entry.id));
        QVERIFY(!entry.description.isEmpty());
    }
    QVERIFY(ids.contains(QStringLiteral("h1-vs-h2")));

    ScenarioKnobs knobs;
    knobs.link.rttNs = 50 * Millisecond;
    knobs.objects = 5;
    // Outcome of each side, and the round trips until the first response byte (-1: none).
    const QList<std::tuple<QString, bool, int, bool, int>> expectations{
        {QStringLiteral("tls12-vs-tls13"), true, 4, true, 3},
        {QStringLiteral("tls12-full-vs-resumed"), true, 4, true, 3},
        {QStringLiteral("tls13-full-vs-resumed"), true, 3, true, 3},
        {QStringLiteral("tls13-resumed-vs-0rtt"), true, 3, true, 2},
        {QStringLiteral("tls13-vs-hrr"), true, 3, true, 4},
        {QStringLiteral("tls-untrusted"), true, 3, false, -1},
        {QStringLiteral("tls-version-mismatch"), true, 3, false, -1},
    };
    QCOMPARE(expectations.size(), TlsScenarios::entries().size());
    for (const auto& [id, aCompletes, aRounds, bCompletes, bRounds] : expectations) {
        QString error;
        const std::optional<Scenario> scenario = ScenarioCatalog::make(id, knobs, &error);
        QVERIFY2(scenario, qPrintable(error));
        Comparison comparison(*scenario);
        QSignalSpy finished(&comparison, &Comparison::finished);
        comparison.start();
        QVERIFY(finished.wait(30000));
        const QList<std::tuple<Timeline*, bool, int>> sides{{comparison.timelineA(), aCompletes, aRounds},
                                                            {comparison.timelineB(), bCompletes, bRounds}};
        for (const auto& [timeline, completes, rounds] : sides) {
            const SessionStatistics stats = SessionStatistics::compute(*timeline);
            QVERIFY2((stats.outcome == SessionOutcome::Completed) == completes,
                     qPrintable(id + QStringLiteral(": ") + finishedText(*timeline)));
            const qint64 expected = rounds * knobs.link.rttNs;
            // ±10 %, and some milliseconds for a busy machine: still far from the next round trip.
            const QString why = QStringLiteral("%1, %2: first byte after %3 ms")
                                    .arg(id, timeline->title())
                                    .arg(double(stats.timeToFirstByteNs) / Millisecond);
            if (rounds < 0) {
                QVERIFY2(stats.timeToFirstByteNs < 0, qPrintable(why));
            } else {
                QVERIFY2(stats.timeToFirstByteNs >= expected - expected / 10 - 10 * Millisecond,
                         qPrintable(why));
                PROTOVIZ_VERIFY_TIMING(stats.timeToFirstByteNs <= expected + expected / 10 + 10 * Millisecond,
                                       qPrintable(why));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TlsHandshakeSessionTest)
#include "tst_tlshandshakesession.moc"

#include "core/link/eavesdropper.h"
#include "core/link/tamperer.h"
#include "core/session/comparison.h"
#include "core/session/loginsite.h"
#include "core/session/scenario.h"
#include "core/session/securityscenarios.h"
#include "core/timeline/timeline.h"

#include <QTest>

using namespace protoviz;

namespace {

constexpr qint64 Millisecond = 1000000;
const QString Password = QStringLiteral("correct-horse-42");

ScenarioKnobs smallKnobs()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 20 * Millisecond;
    knobs.timeoutSeconds = 30;
    return knobs;
}

QList<Event> eventsOf(const Timeline& timeline, WireKind kind)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Wire, kind))
            found.append(event);
    }
    return found;
}

/// Everything the eavesdropper wrote down: texts, field values and the bytes it kept.
QString transcript(const Timeline& timeline)
{
    QString text;
    for (const Event& event : eventsOf(timeline, WireKind::Overheard)) {
        const EventDetail detail = timeline.detail(event);
        text += detail.text + u'\n' + QString::fromLatin1(detail.bytes) + u'\n';
        for (const Field& field : detail.fields)
            text += field.name + u'=' + field.value + u'\n';
    }
    return text;
}

Event finished(const Timeline& timeline)
{
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Session, SessionKind::Finished))
            return event;
    }
    return {};
}

QString finishedText(const Timeline& timeline)
{
    return timeline.detail(finished(timeline)).text;
}

bool clientSentAlert(const Timeline& timeline, quint8 description)
{
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Tls, TlsKind::Alert) && event.origin == Origin::Client &&
            event.direction == Direction::ClientToServer && event.flags == description)
            return true;
    }
    return false;
}

} // namespace

class TestSecurityScenarios final : public QObject
{
    Q_OBJECT

private slots:
    void catalogListsBoth();
    void eavesdropperReadsCleartextAcrossChunks();
    void tampererFlipsBodyByteAcrossChunks();
    void tampererFlipsApplicationDataRecord();
    void httpVsHttps();
    void tls12ShowsCertificate();
    void tamper();
};

void TestSecurityScenarios::catalogListsBoth()
{
    QStringList ids;
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries())
        ids.append(entry.id);
    QVERIFY(ids.contains(QStringLiteral("http-vs-https")));
    QVERIFY(ids.contains(QStringLiteral("tamper")));
    QString error;
    ScenarioKnobs bad = smallKnobs();
    bad.link.lossRate = 2.0;
    QVERIFY(!ScenarioCatalog::make(QStringLiteral("tamper"), bad, &error));
    QVERIFY(!error.isEmpty());
}

void TestSecurityScenarios::eavesdropperReadsCleartextAcrossChunks()
{
    Timeline timeline(SessionClock::startingNow());
    Eavesdropper eavesdropper(EventRecorder(&timeline, Origin::Link));
    const QByteArray body = LoginSite::loginForm("alice", Password.toUtf8());
    const QByteArray request =
        "POST /login HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-www-form-urlencoded\r\n"
        "content-length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body +
        "GET /account HTTP/1.1\r\ncookie: session=abc\r\n\r\n";
    // One byte at a time: the observer must reassemble messages from any segmentation.
    for (qsizetype i = 0; i < request.size(); ++i)
        eavesdropper.observe(1, Direction::ClientToServer, QByteArrayView(request).sliced(i, 1));
    const QList<Event> heard = eventsOf(timeline, WireKind::Overheard);
    QCOMPARE(heard.size(), 2);
    QVERIFY(heard[0].flags & OverheardFlag::Secret);
    QVERIFY(heard[1].flags & OverheardFlag::Secret);
    QVERIFY(timeline.detail(heard[0]).text.contains(Password));
    QVERIFY(timeline.detail(heard[1]).text.contains(QStringLiteral("session=abc")));
    QCOMPARE(eavesdropper.secretsOverheard(), 2);
}

void TestSecurityScenarios::tampererFlipsBodyByteAcrossChunks()
{
    Timeline timeline(SessionClock::startingNow());
    Tamperer tamperer(3, 0x08, EventRecorder(&timeline, Origin::Link));
    QByteArray up = "GET / HTTP/1.1\r\n\r\n";
    tamperer.process(7, Direction::ClientToServer, up);
    QCOMPARE(up, QByteArray("GET / HTTP/1.1\r\n\r\n"));
    // Not armed: the first response passes untouched.
    QByteArray first = "HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\n1111";
    QCOMPARE(tamperer.process(7, Direction::ServerToClient, first), 0);
    tamperer.arm();
    const QByteArray response = "HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nab1cde";
    QByteArray received;
    int altered = 0;
    for (qsizetype i = 0; i < response.size(); i += 5) {
        QByteArray chunk = response.mid(i, 5);
        altered += tamperer.process(7, Direction::ServerToClient, chunk);
        received += chunk;
    }
    QCOMPARE(altered, 1);
    QCOMPARE(received, QByteArray("HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nab1kde"));
    const QList<Event> tampered = eventsOf(timeline, WireKind::Tampered);
    QCOMPARE(tampered.size(), 1);
    QCOMPARE(tampered[0].value, qint64(response.indexOf("ab1") + 3 + first.size()));
    // Once is enough: the next response is left alone.
    QByteArray next = "HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nab1cde";
    QCOMPARE(tamperer.process(7, Direction::ServerToClient, next), 0);
}

void TestSecurityScenarios::tampererFlipsApplicationDataRecord()
{
    Timeline timeline(SessionClock::startingNow());
    Tamperer tamperer(2, 0x01, EventRecorder(&timeline, Origin::Link));
    QByteArray hello = QByteArray::fromHex("160301000401000000");
    tamperer.process(1, Direction::ClientToServer, hello);
    tamperer.arm();
    // A handshake record, then an application-data record whose header is split across two chunks.
    QByteArray a = QByteArray::fromHex("1603030002aaaa1703");
    QByteArray b = QByteArray::fromHex("030004") + QByteArray::fromHex("00000000");
    QCOMPARE(tamperer.process(1, Direction::ServerToClient, a), 0);
    QCOMPARE(tamperer.process(1, Direction::ServerToClient, b), 1);
    QCOMPARE(b.toHex(), QByteArray("03000400000100"));
}

void TestSecurityScenarios::httpVsHttps()
{
    QString error;
    const std::optional<Scenario> scenario =
        ScenarioCatalog::make(QStringLiteral("http-vs-https"), smallKnobs(), &error);
    QVERIFY2(scenario, qPrintable(error));
    Comparison comparison(*scenario);
    comparison.runToEnd();
    const Timeline& a = *comparison.timelineA();
    const Timeline& b = *comparison.timelineB();
    QCOMPARE(SessionOutcome(finished(a).flags), SessionOutcome::Completed);
    QCOMPARE(SessionOutcome(finished(b).flags), SessionOutcome::Completed);

    const QString heardA = transcript(a);
    QVERIFY2(heardA.contains(Password), qPrintable(heardA));
    QVERIFY(heardA.contains(QStringLiteral("session=")));
    QVERIFY(finishedText(a).contains(QStringLiteral("password")));

    const QString heardB = transcript(b);
    QVERIFY(!eventsOf(b, WireKind::Overheard).isEmpty());
    QVERIFY2(!heardB.contains(Password), qPrintable(heardB));
    QVERIFY(!heardB.contains(QStringLiteral("session=")));
    QVERIFY(!heardB.contains(QStringLiteral("Balance")));
    QVERIFY2(heardB.contains(QStringLiteral("localhost")), qPrintable(heardB)); // the SNI
    QVERIFY(finishedText(b).contains(QStringLiteral("no secret")));
    // TLS 1.3 sends the certificate encrypted.
    QVERIFY(!heardB.contains(QStringLiteral("certificate subject")));
}

void TestSecurityScenarios::tls12ShowsCertificate()
{
    ScenarioKnobs knobs = smallKnobs();
    knobs.maxTlsVersion = TlsVersion::Tls12;
    QString error;
    const std::optional<Scenario> scenario =
        ScenarioCatalog::make(QStringLiteral("http-vs-https"), knobs, &error);
    QVERIFY2(scenario, qPrintable(error));
    Comparison comparison(*scenario);
    comparison.runToEnd();
    const QString heardB = transcript(*comparison.timelineB());
    QVERIFY2(heardB.contains(QStringLiteral("certificate subject")), qPrintable(heardB));
    QVERIFY(!heardB.contains(Password));
    QVERIFY(finishedText(*comparison.timelineB()).contains(QStringLiteral("certificate")));
}

void TestSecurityScenarios::tamper()
{
    QString error;
    const std::optional<Scenario> scenario =
        ScenarioCatalog::make(QStringLiteral("tamper"), smallKnobs(), &error);
    QVERIFY2(scenario, qPrintable(error));
    Comparison comparison(*scenario);
    comparison.runToEnd();
    const Timeline& a = *comparison.timelineA();
    const Timeline& b = *comparison.timelineB();

    QCOMPARE(eventsOf(a, WireKind::Tampered).size(), 1);
    QCOMPARE(SessionOutcome(finished(a).flags), SessionOutcome::Completed);
    QVERIFY2(finishedText(a).contains(QStringLiteral("accepted 1 altered byte")),
             qPrintable(finishedText(a)));
    QVERIFY(finishedText(a).contains(QStringLiteral("9,250.00")));

    QCOMPARE(eventsOf(b, WireKind::Tampered).size(), 1);
    QVERIFY(clientSentAlert(b, 20)); // bad_record_mac, sent by OpenSSL itself
    QCOMPARE(SessionOutcome(finished(b).flags), SessionOutcome::Completed);
    QVERIFY2(finishedText(b).contains(QStringLiteral("bad_record_mac")), qPrintable(finishedText(b)));
}

QTEST_GUILESS_MAIN(TestSecurityScenarios)
#include "tst_securityscenarios.moc"

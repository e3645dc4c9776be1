#include "core/session/scenario.h"

#include <QTest>

#include <functional>

using namespace protoviz;

namespace {

/// A knob and a change of it that every scenario reading the knob would notice.
struct KnobChange
{
    ScenarioKnob knob;
    const char* name;
    std::function<void(ScenarioKnobs*)> change;
};

const QList<KnobChange>& knobChanges()
{
    static const QList<KnobChange> changes{
        {ScenarioKnob::Objects, "objects", [](ScenarioKnobs* k) { k->objects += 1; }},
        {ScenarioKnob::ObjectSize, "objectSize", [](ScenarioKnobs* k) { k->objectSize += 512; }},
        {ScenarioKnob::LargeObjectSize, "largeObjectSize",
         [](ScenarioKnobs* k) { k->largeObjectSize += 65536; }},
        {ScenarioKnob::Connections, "connections",
         [](ScenarioKnobs* k) { k->connectionsPerHost = k->connectionsPerHost == 2 ? 3 : 2; }},
        {ScenarioKnob::MaxTlsVersion, "maxTlsVersion",
         [](ScenarioKnobs* k) {
             k->maxTlsVersion = k->maxTlsVersion == TlsVersion::Tls13 ? TlsVersion::Tls12 : TlsVersion::Tls13;
         }},
        {ScenarioKnob::Pipelining, "pipelining", [](ScenarioKnobs* k) { k->pipelining = !k->pipelining; }},
        {ScenarioKnob::ServerPush, "serverPush", [](ScenarioKnobs* k) { k->serverPush = !k->serverPush; }},
        {ScenarioKnob::Tls, "tls", [](ScenarioKnobs* k) { k->tls = !k->tls; }},
        {ScenarioKnob::Clients, "clients", [](ScenarioKnobs* k) { k->clients += 1; }},
        {ScenarioKnob::UpdatesPerSecond, "updatesPerSecond",
         [](ScenarioKnobs* k) { k->updatesPerSecond += 1; }},
        {ScenarioKnob::Duration, "duration", [](ScenarioKnobs* k) { k->durationSeconds += 1; }},
        {ScenarioKnob::PollInterval, "pollInterval", [](ScenarioKnobs* k) { k->pollIntervalMs += 100; }},
        {ScenarioKnob::WebSocketCompression, "webSocketCompression",
         [](ScenarioKnobs* k) { k->webSocketCompression = !k->webSocketCompression; }},
        {ScenarioKnob::GrpcDeadline, "grpcDeadline", [](ScenarioKnobs* k) { k->grpcDeadlineMs += 1000; }},
        {ScenarioKnob::GrpcWork, "grpcWork", [](ScenarioKnobs* k) { k->grpcWorkMs += 1000; }},
        {ScenarioKnob::GrpcCancelAfter, "grpcCancelAfter",
         [](ScenarioKnobs* k) { k->grpcCancelAfterMs += 500; }},
    };
    return changes;
}

/// What the factories were given: each side's title and settings.
QList<QVariantMap> sidesOf(const QString& id, const ScenarioKnobs& knobs)
{
    QString error;
    const std::optional<Scenario> scenario = ScenarioCatalog::make(id, knobs, &error);
    if (!scenario) {
        qWarning("%s: %s", qPrintable(id), qPrintable(error));
        return {};
    }
    QList<QVariantMap> sides;
    for (const ScenarioSide& side : scenario->sides) {
        QVariantMap settings = side.settings;
        settings.insert(QStringLiteral("sideTitle"), side.title);
        sides.append(settings);
    }
    return sides;
}

} // namespace

/// The catalogue's promises to the user: descriptions in words, and knobs that apply exactly when the
/// scenario reads them.
class TestScenarioCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void descriptionsShowNoCommandLineFlags()
    {
        for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries()) {
            QVERIFY2(!entry.description.contains(QLatin1String("--")), qPrintable(entry.id));
            QVERIFY2(!entry.title.contains(QLatin1String("--")), qPrintable(entry.id));
        }
    }

    void everyIgnoredKnobSaysWhy()
    {
        for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries()) {
            for (auto it = entry.ignoredKnobs.cbegin(); it != entry.ignoredKnobs.cend(); ++it)
                QVERIFY2(!it.value().trimmed().isEmpty(), qPrintable(entry.id));
        }
    }

    void defaultsRun()
    {
        for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries()) {
            QString error;
            QVERIFY2(ScenarioCatalog::make(entry.id, entry.defaults, &error).has_value(),
                     qPrintable(entry.id + QLatin1String(": ") + error));
        }
    }

    void knobsApplyExactlyWhenTheScenarioReadsThem_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("change");
        for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries()) {
            for (qsizetype i = 0; i < knobChanges().size(); ++i)
                QTest::addRow("%s %s", qPrintable(entry.id), knobChanges()[i].name) << entry.id << int(i);
        }
    }

    void knobsApplyExactlyWhenTheScenarioReadsThem()
    {
        QFETCH(QString, id);
        QFETCH(int, change);
        const std::optional<ScenarioCatalog::Entry> entry = ScenarioCatalog::entry(id);
        QVERIFY(entry);
        const KnobChange& knob = knobChanges()[change];
        ScenarioKnobs changed = entry->defaults;
        knob.change(&changed);
        const QList<QVariantMap> before = sidesOf(id, entry->defaults);
        const QList<QVariantMap> after = sidesOf(id, changed);
        QVERIFY(!before.isEmpty());
        QVERIFY(!after.isEmpty());
        if (entry->applies(knob.knob))
            QVERIFY2(before != after, "the knob is said to apply, yet no side's settings changed");
        else
            QVERIFY2(before == after, "the knob is said not to apply, yet a side's settings changed");
    }

    void choosingAScenarioKeepsTheLink()
    {
        ScenarioKnobs knobs;
        knobs.link.rttNs = 7'000'000;
        knobs.timeoutSeconds = 33;
        const std::optional<ScenarioCatalog::Entry> pipelining =
            ScenarioCatalog::entry(QStringLiteral("h1-pipelining"));
        QVERIFY(pipelining);
        ScenarioCatalog::applyWorkloadDefaults(pipelining->defaults, &knobs);
        QCOMPARE(knobs.link.rttNs, 7'000'000);
        QCOMPARE(knobs.timeoutSeconds, 33);
        QCOMPARE(knobs.objects, pipelining->defaults.objects);
        QVERIFY(!ScenarioCatalog::entry(QStringLiteral("no-such-scenario")));
    }

    void scenariosBringTheirPoint()
    {
        // Pipelining with few objects; polls more often than updates come, so empty polls show.
        QVERIFY(ScenarioCatalog::entry(QStringLiteral("h1-pipelining"))->defaults.objects <= 20);
        const ScenarioKnobs polling =
            ScenarioCatalog::entry(QStringLiteral("polling-vs-websocket"))->defaults;
        QVERIFY(polling.pollIntervalMs < 1000 / polling.updatesPerSecond);
        QCOMPARE(ScenarioCatalog::entry(QStringLiteral("long-polling-balancing"))->defaults.clients, 3);
        // HTTP/2 against HTTP/3 at the loss where head-of-line blocking shows, on a distant path; 0-RTT
        // with a small page, so that the handshake's round trip is what differs.
        const ScenarioKnobs h3 = ScenarioCatalog::entry(QStringLiteral("h2-vs-h3"))->defaults;
        QCOMPARE(h3.link.lossRate, 0.02);
        QVERIFY(h3.link.rttNs >= 60'000'000 && h3.link.rttNs <= 100'000'000);
        QVERIFY(h3.objects >= 20 && h3.objects <= 30);
        QVERIFY(ScenarioCatalog::entry(QStringLiteral("h3-0rtt"))->defaults.objects <= 3);
        // The encrypted shoot-out swaps protocols, not the workload: the same knobs apply, alike by default.
        const std::optional<ScenarioCatalog::Entry> shootout =
            ScenarioCatalog::entry(QStringLiteral("protocol-shootout"));
        const std::optional<ScenarioCatalog::Entry> shootoutH3 =
            ScenarioCatalog::entry(QStringLiteral("protocol-shootout-h3"));
        QVERIFY(shootout && shootoutH3);
        QCOMPARE(shootoutH3->ignoredKnobs.keys(), shootout->ignoredKnobs.keys());
        QCOMPARE(shootoutH3->defaults.objects, shootout->defaults.objects);
        QCOMPARE(shootoutH3->defaults.updatesPerSecond, shootout->defaults.updatesPerSecond);
        QCOMPARE(shootoutH3->defaults.durationSeconds, shootout->defaults.durationSeconds);
        QVERIFY(shootoutH3->ignoredKnobs.value(ScenarioKnob::Tls) !=
                shootout->ignoredKnobs.value(ScenarioKnob::Tls));
    }
};

QTEST_GUILESS_MAIN(TestScenarioCatalog)
#include "tst_scenariocatalog.moc"

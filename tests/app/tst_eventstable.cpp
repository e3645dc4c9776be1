#include "tests/support/testsupport.h"

// The events table says what happened in words ("client sent a segment"), not with the engine's kind
// identifiers (SegmentSent): checked for every kind of every layer, and over real short runs.

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/timeline/eventnames.h"
#include "core/timeline/timeline.h"

#include "app/views/eventsentence.h"
#include "app/views/timelinemodel.h"

#include <QRegularExpression>
#include <QTest>

using namespace protoviz;

namespace {

constexpr Layer Layers[] = {Layer::Session, Layer::Wire,      Layer::Tls, Layer::Http1,
                            Layer::Http2,   Layer::WebSocket, Layer::Grpc};

/// The kinds each layer names (its kind enum's values), as kindFromName accepts them.
QList<quint8> kindsOf(Layer layer)
{
    QList<quint8> kinds;
    for (int kind = 0; kind <= 0xff; ++kind) {
        if (!kindName(layer, quint8(kind)).startsWith(QLatin1String("kind-")))
            kinds.append(quint8(kind));
    }
    return kinds;
}

/// The engine's identifiers that read as code: two capitalised words run together (SegmentSent).
QStringList camelCaseIdentifiers()
{
    static const QRegularExpression camel(QStringLiteral("^[A-Z][a-z]+[A-Z]"));
    QStringList identifiers;
    for (const Layer layer : Layers) {
        for (const quint8 kind : kindsOf(layer)) {
            const QString name = kindName(layer, kind);
            // ChangeCipherSpec is also the message's name in the TLS standard, which learners meet.
            if (camel.match(name).hasMatch() && name != QLatin1String("ChangeCipherSpec"))
                identifiers.append(name);
        }
    }
    return identifiers;
}

QString codeIn(const QString& text)
{
    for (const QString& identifier : camelCaseIdentifiers()) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(identifier));
        if (word.match(text).hasMatch())
            return identifier;
    }
    return {};
}

} // namespace

class EventsTableTest final : public QObject
{
    Q_OBJECT

private slots:
    void everyKindIsSaidInWords()
    {
        QVERIFY(camelCaseIdentifiers().contains(QStringLiteral("SegmentSent")));
        for (const Layer layer : Layers) {
            for (const quint8 kind : kindsOf(layer)) {
                for (const Origin origin : {Origin::Link, Origin::Client, Origin::Server}) {
                    for (const Direction direction :
                         {Direction::None, Direction::ClientToServer, Direction::ServerToClient}) {
                        Event event;
                        event.layer = layer;
                        event.kind = kind;
                        event.origin = origin;
                        event.direction = direction;
                        const QString sentence = EventSentence::of(event);
                        const QString what = layerName(layer) + u' ' + kindName(layer, kind);
                        QVERIFY2(!sentence.isEmpty(), qPrintable(what));
                        QVERIFY2(codeIn(sentence).isEmpty(),
                                 qPrintable(what + QLatin1String(": ") + sentence));
                        QVERIFY2(!sentence.contains(EventSentence::tr("an event")), qPrintable(what));
                    }
                }
            }
        }
    }

    void theOriginIsTheSubject()
    {
        Event sent;
        sent.layer = Layer::Wire;
        sent.kind = kindOf(WireKind::SegmentSent);
        sent.origin = Origin::Client;
        sent.direction = Direction::ClientToServer;
        QCOMPARE(EventSentence::of(sent), QStringLiteral("client sent a segment"));
        Event lost = sent;
        lost.kind = kindOf(WireKind::SegmentLost);
        lost.origin = Origin::Link;
        QCOMPARE(EventSentence::of(lost), QStringLiteral("link dropped a segment"));
        Event headers;
        headers.layer = Layer::Http2;
        headers.kind = kindOf(Http2Kind::Headers);
        headers.origin = Origin::Server;
        headers.direction = Direction::ClientToServer;
        QCOMPARE(EventSentence::of(headers), QStringLiteral("server received a HEADERS frame"));
    }

    void realRunsReadAsWords_data()
    {
        QTest::addColumn<QString>("scenario");
        // Page loads over TLS with a lost segment, gRPC-Web and gRPC in cleartext, a WebSocket feed.
        QTest::newRow("h1-vs-h2") << QStringLiteral("h1-vs-h2");
        QTest::newRow("grpc-web") << QStringLiteral("grpc-web");
        QTest::newRow("polling-vs-websocket") << QStringLiteral("polling-vs-websocket");
    }

    void realRunsReadAsWords()
    {
        QFETCH(QString, scenario);
        ScenarioKnobs knobs = ScenarioCatalog::entry(scenario)->defaults;
        knobs.link.rttNs = 10'000'000;
        knobs.link.lossRate = 0.05;
        knobs.link.seed = 7;
        knobs.objects = 3;
        knobs.objectSize = 3000;
        knobs.durationSeconds = 1;
        knobs.clients = 2;
        knobs.timeoutSeconds = 30;
        const std::unique_ptr<Comparison> comparison = test::runComparison(scenario, knobs);
        QVERIFY(comparison);
        for (const Timeline* timeline : comparison->timelines()) {
            TimelineModel model;
            model.setTimeline(timeline);
            QVERIFY(model.rowCount() > 0);
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    const QString text = model.data(model.index(row, column), Qt::DisplayRole).toString();
                    QVERIFY2(codeIn(text).isEmpty(),
                             qPrintable(QStringLiteral("row %1: %2").arg(row).arg(text)));
                }
            }
        }
    }
};

QTEST_MAIN(EventsTableTest)
#include "tst_eventstable.moc"

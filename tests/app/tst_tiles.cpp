#include "tests/app/labelproblems.h"
#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/playbackclock.h"
#include "app/views/tilesview.h"
#include "app/views/viewtheme.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace protoviz;

namespace {

// The canvas of one of two panes in presentation mode at 1280x720, and in a window at 1366x768 and
// 1920x1080; mainwindow.cpp's presentation scale.
const QSize PaneSizes[] = {{630, 330}, {680, 400}, {950, 620}};
constexpr qreal PresentationScale = 1.6;

} // namespace

class TilesTest : public QObject
{
    Q_OBJECT

private slots:
    void pathsNamePositions();
    void h1AgainstH2FillsInAsResponsesArrive();
    void http3TilesFollowTheirStreams();
    void pushedTilesAreMarked();
    void updatesFillClientByClient();
    void handshakesLoadNoPage();

private:
    static ScenarioKnobs smallPage(int objects);
    static QList<Event> completions(const Timeline& timeline);
    // Checks, at the end and at positions in between, that the view's complete tiles are exactly the
    // ObjectCompleted events up to the position, in the model and in the pixels.
    void checkFillsInWithTheEvents(const Timeline& timeline);

    ViewTheme m_theme;
    PlaybackClock m_clock;
    EventSelection m_selection;
    ViewContext m_context{&m_clock, &m_theme, &m_selection};
};

ScenarioKnobs TilesTest::smallPage(int objects)
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * 1000 * 1000;
    knobs.objects = objects;
    knobs.objectSize = 3000;
    return knobs;
}

QList<Event> TilesTest::completions(const Timeline& timeline)
{
    QList<Event> result;
    for (const Event& e : timeline.events()) {
        if (e.is(Layer::Session, SessionKind::ObjectCompleted) && !(e.flags & 0x1))
            result.append(e);
    }
    return result;
}

void TilesTest::pathsNamePositions()
{
    QCOMPARE(TilesModel::positionOfPath(u"/tiles/0"), 0);
    QCOMPARE(TilesModel::positionOfPath(u"/tiles/57"), 57);
    QCOMPARE(TilesModel::positionOfPath(u"/api/items/12"), 12);
    QCOMPARE(TilesModel::positionOfPath(u"/"), -1);
    QCOMPARE(TilesModel::positionOfPath(u"/tiles/x"), -1);
    QCOMPARE(TilesModel::positionOfPath(u"/other/3"), -1);
}

void TilesTest::checkFillsInWithTheEvents(const Timeline& timeline)
{
    TilesView view(m_context);
    view.resize(640, 480);
    view.setTimeline(&timeline);
    m_clock.setTimelines({&timeline});
    const QList<Event> done = completions(timeline);
    const SessionStatistics stats = SessionStatistics::compute(timeline);
    QCOMPARE(view.model().content(), TilesModel::Content::Objects);
    QCOMPARE(view.model().count(), timeline.settings().value(QStringLiteral("objects")).toInt());

    // Before anything happened every tile is empty; this image is what "not there yet" looks like.
    m_clock.seek(0);
    QCOMPARE(view.completedCount(), 0);
    const QImage empty = view.toImage();
    const QRectF target(QPointF(0, 0), QSizeF(empty.size()));

    // At the end: one complete tile per response, as the statistics count them.
    m_clock.seek(m_clock.end());
    QCOMPARE(view.completedCount(), int(done.size()));
    QCOMPARE(view.completedCount(), stats.objectsCompleted);
    QCOMPARE(view.model().allCompleteNs(), done.constLast().timeNs);
    const QImage full = view.toImage();
    for (int i = 0; i < view.model().count(); ++i) {
        const QPoint centre = view.tileRect(i, target).center().toPoint();
        QVERIFY2(full.pixel(centre) != empty.pixel(centre), qPrintable(QStringLiteral("tile %1").arg(i)));
    }

    // In between, the complete tiles are exactly the objects whose ObjectCompleted event has happened.
    for (const Event& completion : done) {
        for (const qint64 position : {completion.timeNs - 1, completion.timeNs}) {
            m_clock.seek(position);
            const auto expected = std::count_if(done.cbegin(), done.cend(),
                                                [position](const Event& e) { return e.timeNs <= position; });
            QCOMPARE(view.completedCount(), int(expected));
            const QImage image = view.toImage();
            for (const Event& e : done) {
                const QPoint centre = view.tileRect(int(e.stream), target).center().toPoint();
                const bool complete = e.timeNs <= position;
                QCOMPARE(view.model().stateAt(int(e.stream), position) == TilesModel::State::Complete,
                         complete);
                if (complete)
                    QCOMPARE(image.pixel(centre), full.pixel(centre));
            }
        }
    }

    // Each tile's connection and stream are those whose response bodies add up to the object's size.
    for (int i = 0; i < view.model().count(); ++i) {
        const TilesModel::Tile& tile = view.model().tile(i);
        QVERIFY(tile.connection != 0);
        qint64 body = 0;
        for (const Event& e : timeline.events()) {
            if (e.origin != Origin::Client || e.connection != tile.connection || e.stream != tile.stream ||
                e.direction != Direction::ServerToClient)
                continue;
            if (e.is(Layer::Http1, Http1Kind::Body) || e.is(Layer::Http2, Http2Kind::Data))
                body += e.size - e.overhead;
        }
        QCOMPARE(body, tile.bytes);
        QCOMPARE(tile.path, QStringLiteral("/tiles/%1").arg(i));
    }
}

void TilesTest::h1AgainstH2FillsInAsResponsesArrive()
{
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("h1-vs-h2"), smallPage(12));
    QVERIFY(comparison);
    checkFillsInWithTheEvents(*comparison->timelineA());
    checkFillsInWithTheEvents(*comparison->timelineB());

    // HTTP/1.1 spreads the objects over several connections, HTTP/2 keeps them on one.
    TilesView h1(m_context);
    h1.setTimeline(comparison->timelineA());
    QVERIFY(h1.model().connections().size() > 1);
    TilesView h2(m_context);
    h2.setTimeline(comparison->timelineB());
    QCOMPARE(h2.model().connections().size(), 1);

    // Hover explains a tile, and a click selects its ObjectCompleted event.
    m_clock.setTimelines({comparison->timelineA(), comparison->timelineB()});
    m_clock.seek(m_clock.end());
    h1.resize(640, 480);
    h1.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h1));
    const QPoint centre = h1.tileRect(3, h1.rect()).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, centre, h1.mapToGlobal(centre));
    QCoreApplication::sendEvent(&h1, &help);
    QTRY_VERIFY(QToolTip::text().contains(QLatin1String("/tiles/3")));
    QVERIFY(QToolTip::text().contains(QLatin1String("connection")));
    QTest::mouseClick(&h1, Qt::LeftButton, {}, centre);
    QCOMPARE(m_selection.timeline(), comparison->timelineA());
    QVERIFY(m_selection.event().is(Layer::Session, SessionKind::ObjectCompleted));
    QCOMPARE(m_selection.event().stream, 3u);
    QCOMPARE(m_selection.index(), h1.model().tile(3).completedEvent);
}

void TilesTest::http3TilesFollowTheirStreams()
{
    // HTTP/3's descriptor says which of its frames ask for an object and carry it: the tiles follow each
    // request on its QUIC stream, as they follow HTTP/2's, with no view knowing HTTP/3.
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("h2-vs-h3"), smallPage(8));
    QVERIFY(comparison);
    const Timeline& timeline = *comparison->timelineB();
    TilesView view(m_context);
    view.setTimeline(&timeline);
    QCOMPARE(view.model().count(), 8);
    QCOMPARE(view.model().connections().size(), 1);
    for (int i = 0; i < view.model().count(); ++i) {
        const TilesModel::Tile& tile = view.model().tile(i);
        QCOMPARE(tile.path, QStringLiteral("/tiles/%1").arg(i));
        QCOMPARE(tile.protocol, Layer::Http3);
        QVERIFY(tile.onStream);
        QVERIFY(tile.sentNs >= tile.requestedNs && tile.firstByteNs >= tile.sentNs);
        QVERIFY(tile.completedNs >= tile.firstByteNs);
        // The body arrived in the DATA frames of the tile's stream, all of it.
        QVERIFY(!tile.progress.isEmpty());
        QCOMPARE(tile.progress.constLast().bytes, tile.bytes);
        QCOMPARE(view.model().progressAt(i, tile.completedNs), 1.0);
    }
}

void TilesTest::pushedTilesAreMarked()
{
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("h2-push"), smallPage(12));
    QVERIFY(comparison);
    checkFillsInWithTheEvents(*comparison->timelineA());
    checkFillsInWithTheEvents(*comparison->timelineB());

    for (const Timeline* timeline : {comparison->timelineA(), comparison->timelineB()}) {
        TilesView view(m_context);
        view.resize(640, 480);
        view.setTimeline(timeline);
        m_clock.setTimelines({timeline});
        m_clock.seek(m_clock.end());
        const SessionStatistics stats = SessionStatistics::compute(*timeline);
        int pushed = 0;
        for (const Event& e : completions(*timeline)) {
            QCOMPARE(view.model().tile(int(e.stream)).pushed, bool(e.flags & 0x2));
            pushed += (e.flags & 0x2) ? 1 : 0;
        }
        QCOMPARE(pushed, stats.objectsPushed);
        QCOMPARE(view.model().anyPushed(), pushed > 0);
        // The corner of a pushed tile carries the push colour.
        const QImage image = view.toImage();
        const QColor push =
            m_theme.colorFor(Event{.layer = Layer::Http2, .kind = kindOf(Http2Kind::PushPromise)});
        for (int i = 0; i < view.model().count(); ++i) {
            if (!view.model().tile(i).pushed)
                continue;
            const QRectF rect = view.tileRect(i, QRectF(QPointF(0, 0), QSizeF(image.size())));
            const QPoint corner(int(rect.right() - rect.width() * 0.1),
                                int(rect.top() + rect.height() * 0.1));
            QCOMPARE(image.pixelColor(corner).rgb(), push.rgb());
        }

        // The key: the states this run's tiles take, each once; "pushed" only where the server pushed.
        QStringList key;
        for (const LegendSwatch& swatch : view.legendSwatches())
            key.append(swatch.label);
        QCOMPARE(QSet<QString>(key.begin(), key.end()).size(), key.size());
        QVERIFY(key.contains(QStringLiteral("complete")));
        QCOMPARE(key.contains(QStringLiteral("pushed by the server")), pushed > 0);
        QVERIFY(!key.contains(QStringLiteral("strip: the connection that carried it"))); // one connection

        // In a pane of a projector and of a laptop, the header (what has arrived, when, how many were
        // pushed) and the key are drawn whole.
        m_theme.setFontScale(PresentationScale);
        for (const QSize& size : PaneSizes) {
            for (bool ownKey : {true, false}) {
                view.setShowsOwnLegend(ownKey);
                view.resize(size);
                view.grab();
                const QStringList problems = test::labelProblems(view, test::Ellipsis::MeansCut);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
                QStringList drawn;
                for (const DrawnLabel& label : view.drawnLabels())
                    drawn.append(label.text);
                QVERIFY(drawn.contains(QStringLiteral("12 / 12 objects")));
                QCOMPARE(drawn.contains(QStringLiteral("complete")), ownKey);
                if (pushed > 0) {
                    QVERIFY2(std::any_of(drawn.begin(), drawn.end(),
                                         [](const QString& text) {
                                             return text.endsWith(QLatin1String("12 pushed"));
                                         }),
                             qPrintable(drawn.join(QLatin1String(" | "))));
                }
            }
        }
        m_theme.setFontScale(1.0);
    }
    QCOMPARE(SessionStatistics::compute(*comparison->timelineA()).objectsPushed, 0);
    QCOMPARE(SessionStatistics::compute(*comparison->timelineB()).objectsPushed, 12);
}

void TilesTest::updatesFillClientByClient()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * 1000 * 1000;
    knobs.clients = 2;
    knobs.updatesPerSecond = 5;
    knobs.durationSeconds = 1;
    knobs.pollIntervalMs = 300;
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("polling-vs-websocket"), knobs);
    QVERIFY(comparison);
    for (const Timeline* timeline : {comparison->timelineA(), comparison->timelineB()}) {
        TilesView view(m_context);
        view.resize(640, 480);
        view.setTimeline(timeline);
        m_clock.setTimelines({timeline});
        QCOMPARE(view.model().content(), TilesModel::Content::Updates);
        QCOMPARE(view.model().clients(), 2);
        QList<Event> deliveries;
        for (const Event& e : timeline->events()) {
            if (e.is(Layer::Session, SessionKind::UpdateDelivered))
                deliveries.append(e);
        }
        QVERIFY(!deliveries.isEmpty());
        // An update's tile is complete once as many deliveries as clients have happened.
        for (const Event& delivery : deliveries) {
            m_clock.seek(delivery.timeNs);
            QHash<quint32, int> reached;
            for (const Event& e : deliveries) {
                if (e.timeNs <= delivery.timeNs)
                    ++reached[e.stream];
            }
            int complete = 0;
            for (auto it = reached.cbegin(); it != reached.cend(); ++it) {
                complete += it.value() >= 2 ? 1 : 0;
                QCOMPARE(view.model().progressAt(int(it.key() - 1), delivery.timeNs),
                         std::min(1.0, it.value() / 2.0));
            }
            QCOMPARE(view.completedCount(), complete);
        }
        QCOMPARE(view.completedCount(), view.model().count());
    }
}

void TilesTest::handshakesLoadNoPage()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10 * 1000 * 1000;
    const std::unique_ptr<Comparison> comparison =
        test::runComparison(QStringLiteral("tls12-vs-tls13"), knobs);
    QVERIFY(comparison);
    TilesView view(m_context);
    view.resize(640, 480);
    view.setTimeline(comparison->timelineA());
    m_clock.setTimelines({comparison->timelineA()});
    m_clock.seek(m_clock.end());
    QCOMPARE(view.model().content(), TilesModel::Content::None);
    QCOMPARE(view.completedCount(), 0);
    // The explanation is drawn instead of tiles: text in the foreground colour, centred.
    const QImage image = view.toImage();
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != m_theme.background().rgb() ? 1 : 0;
    }
    QVERIFY(ink > 100);
    QVERIFY(view.tileRect(0, QRectF(0, 0, 640, 480)).isEmpty());
}

QTEST_MAIN(TilesTest)
#include "tst_tiles.moc"

#include "tests/support/testsupport.h"

// The lanes view against a real comparison (HTTP/1.1 against HTTP/2 over TLS, RTT 10 ms, 8 objects):
// its lanes are the sessions' connections, its rows the HTTP/2 streams, every frame a block spanning the
// sender's and the receiver's events, drawn in the theme's colours, only up to the playback position.

#include "tests/app/labelproblems.h"

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/lanesview.h"
#include "app/views/legendstrip.h"
#include "app/views/markpainter.h"
#include "app/views/playbackclock.h"
#include "app/views/viewtheme.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QTest>

#include <map>
#include <memory>

using namespace protoviz;

namespace {

constexpr int Objects = 8;
const QSize ViewSize(1600, 900);

bool isSender(const Event& event)
{
    return (event.direction == Direction::ClientToServer && event.origin == Origin::Client) ||
           (event.direction == Direction::ServerToClient && event.origin == Origin::Server);
}

// Every block of the model with where it lives.
struct Placed
{
    const LanesModel::Block* block;
    int connection;
    int track;
};

QList<Placed> allBlocks(const LanesModel& model)
{
    QList<Placed> all;
    for (int c = 0; c < model.connections().size(); ++c) {
        const LanesModel::Connection& connection = model.connections().at(c);
        for (int t = 0; t < connection.tracks.size(); ++t) {
            for (const LanesModel::Block& block : connection.tracks.at(t).blocks)
                all.append({&block, c, t});
        }
    }
    return all;
}

// The panes' sizes (the canvas of one of two panes) in presentation mode at 1280x720, and in a window
// at 1366x768 and 1920x1080.
const QSize PaneSizes[] = {{630, 330}, {680, 400}, {950, 620}};
// mainwindow.cpp's presentation scale.
constexpr qreal PresentationScale = 1.6;

QStringList labelsOf(const QList<DrawnLabel>& labels)
{
    QStringList texts;
    for (const DrawnLabel& label : labels)
        texts.append(label.text);
    return texts;
}

QStringList labelsOf(const QList<LegendSwatch>& swatches)
{
    QStringList texts;
    for (const LegendSwatch& swatch : swatches)
        texts.append(swatch.label);
    return texts;
}

} // namespace

class LanesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lanesAreTheConnections();
    void http2RowsHoldTheStreamsUsed();
    void everyFrameAndMessageHasABlockSpanningItsEvents();
    void http1BodiesEndWhenTheirBytesHaveBeenRead();
    void blocksAreDrawnInTheirColours();
    void nothingButAxesAtTheStartEverythingAtTheEnd();
    void blocksInFlightGrowWithTheClock();
    void tooltipExplainsABlock();
    void clickSelectsABlock();
    void lanesNameTheHopOfEachConnection();
    void keyShowsWhatIsDrawnEachOnce();
    void keyIsDrawnOnlyWhereTheViewShowsIt();
    void windowKeyGivesEachLookOneEntry();
    void labelsAreWholeInPresentationPanes();

private:
    LanesView* view(Timeline* timeline);
    QImage renderAt(LanesView* view, qint64 position);

    std::unique_ptr<Comparison> m_comparison;
    PlaybackClock m_clock;
    ViewTheme m_theme;
    EventSelection m_selection;
    std::unique_ptr<LanesView> m_viewA;
    std::unique_ptr<LanesView> m_viewB;
};

void LanesTest::initTestCase()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10'000'000;
    knobs.objects = Objects;
    knobs.objectSize = 500;
    knobs.timeoutSeconds = 60;
    m_comparison = test::runComparison(QStringLiteral("h1-vs-h2"), knobs);
    QVERIFY(m_comparison);
    for (Timeline* timeline : {m_comparison->timelineA(), m_comparison->timelineB()})
        QCOMPARE(SessionStatistics::compute(*timeline).objectsCompleted, Objects);

    m_clock.setTimelines({m_comparison->timelineA(), m_comparison->timelineB()});
    m_viewA.reset(view(m_comparison->timelineA()));
    m_viewB.reset(view(m_comparison->timelineB()));
    // Notifications of the timelines still queued must not add events twice.
    QCoreApplication::processEvents();
    m_clock.seek(m_clock.end());
}

LanesView* LanesTest::view(Timeline* timeline)
{
    auto* lanes = new LanesView(ViewContext{&m_clock, &m_theme, &m_selection});
    lanes->resize(ViewSize);
    lanes->setTimeline(timeline);
    lanes->show();
    return lanes;
}

QImage LanesTest::renderAt(LanesView* lanes, qint64 position)
{
    m_clock.seek(position);
    QImage image(ViewSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    lanes->render(painter, QRectF(QPointF(0, 0), ViewSize));
    painter.end();
    return image;
}

void LanesTest::lanesAreTheConnections()
{
    for (const auto& [lanes, expected] : {std::pair{m_viewA.get(), 6}, std::pair{m_viewB.get(), 1}}) {
        const Timeline& timeline = *lanes->timeline();
        QSet<quint32> opened;
        for (const Event& event : timeline.events()) {
            if (event.is(Layer::Wire, WireKind::Syn))
                opened.insert(event.connection);
        }
        QCOMPARE(opened.size(), expected);
        QCOMPARE(SessionStatistics::compute(timeline).connections, expected);
        const LanesModel& model = lanes->model();
        QCOMPARE(model.connections().size(), expected);
        for (const LanesModel::Connection& connection : model.connections()) {
            QVERIFY(opened.contains(connection.id));
            QVERIFY(connection.tls);
            QCOMPARE(connection.tlsVersion, QStringLiteral("TLS 1.3"));
            QCOMPARE(connection.protocol,
                     lanes == m_viewA.get() ? LanesModel::Protocol::Http1 : LanesModel::Protocol::Http2);
            // The TCP handshake is one of the connection's waits, and it took about a round trip.
            bool handshake = false;
            for (const LanesModel::Span& span : connection.spans) {
                if (span.kind == LanesModel::Span::Kind::TcpHandshake) {
                    handshake = true;
                    QVERIFY(span.end - span.start >= 9'000'000);
                }
                if (span.kind == LanesModel::Span::Kind::TlsHandshake)
                    QCOMPARE(span.roundTrips, 1); // TLS 1.3
            }
            QVERIFY(handshake);
        }
    }
}

void LanesTest::http2RowsHoldTheStreamsUsed()
{
    const Timeline& timeline = *m_viewB->timeline();
    QSet<quint32> used;
    for (const Event& event : timeline.events()) {
        if (event.layer == Layer::Http2 && event.stream != 0)
            used.insert(event.stream);
    }
    QCOMPARE(used.size(), Objects + 1); // the page and its objects, one stream each

    const LanesModel::Connection& connection = m_viewB->model().connections().constFirst();
    QVERIFY(connection.rowCount() >= 1);
    QVERIFY(connection.rowCount() <= used.size());
    QCOMPARE(int(connection.streamStarts.size()), used.size());
    QSet<quint32> placed;
    for (int row = 0; row < connection.rowCount(); ++row) {
        const LanesModel::Track& track = connection.tracks.at(LanesModel::FirstRow + row);
        // Streams sharing a row follow one another: none starts before the previous one is over.
        std::map<quint32, std::pair<qint64, qint64>> extent;
        for (const LanesModel::Block& block : track.blocks) {
            QVERIFY2(!placed.contains(block.stream) || extent.count(block.stream),
                     "a stream is drawn in one row only");
            auto [at, fresh] = extent.try_emplace(block.stream, block.start, block.end);
            if (!fresh) {
                at->second.first = std::min(at->second.first, block.start);
                at->second.second = std::max(at->second.second, block.end);
            }
        }
        QCOMPARE(int(extent.size()), track.streamCount);
        qint64 previousEnd = 0;
        std::vector<std::pair<qint64, qint64>> spans;
        for (const auto& entry : extent) {
            placed.insert(entry.first);
            spans.push_back(entry.second);
        }
        std::sort(spans.begin(), spans.end());
        for (const auto& [start, end] : spans) {
            QVERIFY(start >= previousEnd);
            previousEnd = end;
        }
    }
    QCOMPARE(placed, used);
    // Stream 0 has its own track.
    for (const LanesModel::Block& block : connection.tracks.at(LanesModel::ControlTrack).blocks)
        QCOMPARE(block.stream, 0u);
    QVERIFY(!connection.tracks.at(LanesModel::ControlTrack).blocks.empty());
}

void LanesTest::everyFrameAndMessageHasABlockSpanningItsEvents()
{
    for (LanesView* lanes : {m_viewA.get(), m_viewB.get()}) {
        const Timeline& timeline = *lanes->timeline();
        const QList<Event> events = timeline.events();
        std::map<qint32, const LanesModel::Block*> bySender;
        std::map<qint32, const LanesModel::Block*> byReceiver;
        for (const Placed& placed : allBlocks(lanes->model())) {
            if (placed.block->sentEvent >= 0)
                QVERIFY(bySender.emplace(placed.block->sentEvent, placed.block).second);
            // One read of an HTTP/1.1 body may complete several of the sender's writes.
            const bool body =
                placed.block->layer == Layer::Http1 && placed.block->kind == kindOf(Http1Kind::Body);
            if (placed.block->receivedEvent >= 0 && placed.block->layer != Layer::Wire)
                QVERIFY(byReceiver.emplace(placed.block->receivedEvent, placed.block).second || body);
        }
        int frames = 0;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event& event = events.at(i);
            const bool unit =
                (event.layer == Layer::Http2 && event.kind != kindOf(Http2Kind::Error)) ||
                (event.layer == Layer::Http1 &&
                 (event.kind == kindOf(Http1Kind::RequestHead) ||
                  event.kind == kindOf(Http1Kind::ResponseHead) || event.kind == kindOf(Http1Kind::Body)));
            if (!unit)
                continue;
            const bool body = event.is(Layer::Http1, Http1Kind::Body);
            if (!isSender(event)) {
                // A read of a body ends the writes whose bytes it completes, which may be none.
                QVERIFY2(body || byReceiver.count(qint32(i)), "every received frame ends a block");
                continue;
            }
            ++frames;
            const auto found = bySender.find(qint32(i));
            QVERIFY2(found != bySender.end(), "every sent frame starts a block");
            const LanesModel::Block& block = *found->second;
            QCOMPARE(block.start, event.timeNs);
            QCOMPARE(block.layer, event.layer);
            QCOMPARE(block.kind, event.kind);
            QCOMPARE(block.stream, event.stream);
            QVERIFY(block.receivedEvent > block.sentEvent);
            const Event& received = events.at(block.receivedEvent);
            QVERIFY(!isSender(received));
            QCOMPARE(received.connection, event.connection);
            QCOMPARE(received.layer, event.layer);
            QCOMPARE(received.kind, event.kind);
            QCOMPARE(received.stream, event.stream);
            if (!body)
                QCOMPARE(received.size, event.size);
            QCOMPARE(block.end, received.timeNs);
        }
        QVERIFY(frames > 2 * Objects);
        // Segments: each delivered one spans its departure to its delivery.
        std::map<qint32, const LanesModel::Block*> byDelivery;
        for (const Placed& placed : allBlocks(lanes->model())) {
            if (placed.block->layer == Layer::Wire && placed.block->receivedEvent >= 0)
                byDelivery.emplace(placed.block->receivedEvent, placed.block);
        }
        int segments = 0;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event& delivered = events.at(i);
            if (!delivered.is(Layer::Wire, WireKind::SegmentDelivered))
                continue;
            ++segments;
            const auto found = byDelivery.find(qint32(i));
            QVERIFY2(found != byDelivery.end(), "every delivered segment is a block");
            QCOMPARE(found->second->kind, kindOf(WireKind::SegmentSent));
            QCOMPARE(found->second->stream, delivered.stream);
            QCOMPARE(found->second->start, delivered.value);
            QCOMPARE(found->second->end, delivered.timeNs);
        }
        QVERIFY(segments > 0);
    }
}

void LanesTest::http1BodiesEndWhenTheirBytesHaveBeenRead()
{
    // Large bodies: TLS records and socket reads cut them otherwise than the server wrote them.
    ScenarioKnobs knobs;
    knobs.link.rttNs = 5'000'000;
    knobs.objects = 2;
    knobs.objectSize = 200'000;
    knobs.timeoutSeconds = 60;
    const std::unique_ptr<Comparison> comparison = test::runComparison(QStringLiteral("h1-vs-h2"), knobs);
    QVERIFY(comparison);
    const std::unique_ptr<LanesView> lanes(view(comparison->timelineA()));
    const QList<Event> events = comparison->timelineA()->events();
    int writes = 0;
    int clientReads = 0;
    for (const Event& event : events) {
        if (event.is(Layer::Http1, Http1Kind::Body) && event.direction == Direction::ServerToClient)
            ++(event.origin == Origin::Server ? writes : clientReads);
    }
    QVERIFY2(writes != clientReads, "the bodies should be read in other pieces than written");
    int bodies = 0;
    for (const Placed& placed : allBlocks(lanes->model())) {
        const LanesModel::Block& block = *placed.block;
        if (block.layer != Layer::Http1 || block.kind != kindOf(Http1Kind::Body) || block.sentEvent < 0)
            continue;
        ++bodies;
        // Every write arrived: its block ends at a read of the same message, not at the connection's end.
        QVERIFY(block.receivedEvent > block.sentEvent);
        const Event& read = events.at(block.receivedEvent);
        QVERIFY(read.is(Layer::Http1, Http1Kind::Body));
        QCOMPARE(read.stream, events.at(block.sentEvent).stream);
        QCOMPARE(block.end, read.timeNs);
    }
    QCOMPARE(bodies, writes);
}

void LanesTest::blocksAreDrawnInTheirColours()
{
    for (LanesView* lanes : {m_viewA.get(), m_viewB.get()}) {
        const QRectF target(QPointF(0, 0), ViewSize);
        const QImage image = renderAt(lanes, m_clock.end());
        const QList<Placed> all = allBlocks(lanes->model());
        int sampled = 0;
        int patterned = 0;
        for (const Placed& placed : all) {
            const LanesModel::Block& block = *placed.block;
            if (block.layer != Layer::Http2 && block.layer != Layer::Http1)
                continue;
            const std::optional<QRectF> rect = lanes->blockRect(block.sentEvent, target);
            QVERIFY2(rect, "a finished block is drawn at the end");
            if (rect->width() < 5 || rect->height() < 3)
                continue;
            // The left edge, before any label: the block's own colour unless another block covers it.
            const QPoint at(int(std::floor(rect->left())) + 2, int(rect->center().y()));
            bool covered = false;
            for (const Placed& other : all) {
                if (other.block == placed.block || other.block->sentEvent < 0)
                    continue;
                const std::optional<QRectF> otherRect = lanes->blockRect(other.block->sentEvent, target);
                covered = covered || (otherRect && otherRect->adjusted(-1, -1, 1, 1).contains(at));
            }
            if (covered)
                continue;
            const Event sent = lanes->timeline()->at(block.sentEvent);
            const QColor expected = m_theme.colorFor(sent);
            if (MarkPainter::patternOf(m_theme.markFor(sent)) != Qt::NoBrush) {
                // A patterned block (control frames are dotted) shows its colour and its pattern.
                const QRect inside = rect->toAlignedRect().adjusted(1, 1, -1, -1);
                int colour = 0;
                int pattern = 0;
                for (int y = inside.top(); y <= inside.bottom(); ++y) {
                    for (int x = inside.left(); x <= inside.right(); ++x)
                        (image.pixel(x, y) == expected.rgb() ? colour : pattern) += 1;
                }
                QVERIFY(colour > 0 && pattern > 0);
                ++patterned;
                continue;
            }
            QCOMPARE(QColor(image.pixel(at)).rgb(), expected.rgb());
            ++sampled;
        }
        QVERIFY2(sampled >= 3, "enough blocks are wide enough to sample");
        if (lanes == m_viewB.get())
            QVERIFY2(patterned >= 1, "HTTP/2's SETTINGS are drawn dotted");
    }
}

void LanesTest::nothingButAxesAtTheStartEverythingAtTheEnd()
{
    for (LanesView* lanes : {m_viewA.get(), m_viewB.get()}) {
        const QImage start = renderAt(lanes, 0);
        // Below the axis: only background, grid lines and the playhead.
        QSet<int> playheadColumns;
        const QRgb playhead = m_theme.playhead().rgb();
        for (int y = ViewSize.height() / 6; y < ViewSize.height(); ++y) {
            for (int x = 0; x < ViewSize.width(); ++x) {
                if (start.pixel(x, y) == playhead)
                    playheadColumns.insert(x);
            }
        }
        QVERIFY(!playheadColumns.isEmpty());
        QVERIFY(playheadColumns.size() <= 4);
        for (int y = ViewSize.height() / 6; y < ViewSize.height(); ++y) {
            for (int x = 0; x < ViewSize.width(); ++x) {
                bool nearPlayhead = false;
                for (int dx = -2; dx <= 2; ++dx)
                    nearPlayhead = nearPlayhead || playheadColumns.contains(x + dx);
                if (nearPlayhead)
                    continue;
                const QRgb pixel = start.pixel(x, y);
                if (pixel != m_theme.background().rgb() && pixel != m_theme.grid().rgb())
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 is drawn at position 0").arg(x).arg(y)));
            }
        }
        QVERIFY(!lanes->blockRect(0, QRectF(QPointF(0, 0), ViewSize)));

        // At the end every block is drawn, and every colour of a unit appears.
        const QImage end = renderAt(lanes, m_clock.end());
        QSet<QRgb> colours;
        for (int y = 0; y < ViewSize.height(); ++y) {
            for (int x = 0; x < ViewSize.width(); ++x)
                colours.insert(end.pixel(x, y));
        }
        for (const Placed& placed : allBlocks(lanes->model())) {
            if (placed.block->marks & LanesModel::Hidden)
                continue;
            const qint32 index =
                placed.block->sentEvent >= 0 ? placed.block->sentEvent : placed.block->receivedEvent;
            QVERIFY(lanes->blockRect(index, QRectF(QPointF(0, 0), ViewSize)));
            if (placed.block->layer == Layer::Http2 || placed.block->layer == Layer::Http1)
                QVERIFY(colours.contains(m_theme.colorFor(lanes->timeline()->at(index)).rgb()));
        }
    }
}

void LanesTest::blocksInFlightGrowWithTheClock()
{
    const QRectF target(QPointF(0, 0), ViewSize);
    // The longest response frame of HTTP/2: long enough to be caught halfway.
    const LanesModel::Block* longest = nullptr;
    for (const Placed& placed : allBlocks(m_viewB->model())) {
        const LanesModel::Block& block = *placed.block;
        if (block.layer == Layer::Http2 && block.direction == Direction::ServerToClient &&
            (!longest || block.end - block.start > longest->end - longest->start))
            longest = &block;
    }
    QVERIFY(longest);
    m_clock.seek(m_clock.end());
    // Hold the time window where it is, so that only the clock moves.
    m_viewB->fitAll();
    m_viewB->zoom(1.0, 0);
    const std::optional<QRectF> whole = m_viewB->blockRect(longest->sentEvent, target);
    QVERIFY(whole);
    const qint64 halfway = (longest->start + longest->end) / 2;
    m_clock.seek(halfway);
    const std::optional<QRectF> growing = m_viewB->blockRect(longest->sentEvent, target);
    QVERIFY(growing);
    QCOMPARE(growing->left(), whole->left());
    QVERIFY(growing->width() < whole->width());
    QVERIFY(std::abs(growing->width() - (whole->width() + 1) / 2) <= 2.0);
    m_clock.seek(longest->start - 1);
    QVERIFY(!m_viewB->blockRect(longest->sentEvent, target));
    m_clock.seek(m_clock.end());
    m_viewB->fitAll();
}

void LanesTest::tooltipExplainsABlock()
{
    const Timeline& timeline = *m_viewB->timeline();
    m_clock.seek(m_clock.end());
    // The request for the page: HEADERS on stream 1, client to server.
    qint32 request = -1;
    for (qsizetype i = 0; i < timeline.size() && request < 0; ++i) {
        const Event event = timeline.at(i);
        if (event.is(Layer::Http2, Http2Kind::Headers) && event.stream == 1 && event.origin == Origin::Client)
            request = qint32(i);
    }
    QVERIFY(request >= 0);
    const std::optional<QRectF> rect = m_viewB->blockRect(request, QRectF(m_viewB->rect()));
    QVERIFY(rect);
    const QString tip = m_viewB->toolTipAt(rect->center());
    QVERIFY2(tip.contains(QLatin1String("HEADERS frame")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("stream 1")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("client → server")), qPrintable(tip));
    const Event sent = timeline.at(request);
    QVERIFY2(tip.contains(QStringLiteral("%1 bytes").arg(QLocale().toString(sent.size))), qPrintable(tip));
    const QString sentAt = QLocale().toString(double(sent.timeNs) / 1e6, 'f', 1);
    QVERIFY2(tip.contains(sentAt + QStringLiteral(" ms")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("END_STREAM")), qPrintable(tip)); // the frame's own description
    QCOMPARE(m_viewB->eventAt(rect->center()), std::optional<qsizetype>(request));
}

void LanesTest::clickSelectsABlock()
{
    const Timeline& timeline = *m_viewA->timeline();
    m_clock.seek(m_clock.end());
    // A request head: nothing else travels in its half of the row while it does.
    qint32 request = -1;
    for (qsizetype i = 0; i < timeline.size() && request < 0; ++i) {
        const Event event = timeline.at(i);
        if (event.is(Layer::Http1, Http1Kind::RequestHead) && event.origin == Origin::Client)
            request = qint32(i);
    }
    QVERIFY(request >= 0);
    const std::optional<QRectF> rect = m_viewA->blockRect(request, QRectF(m_viewA->rect()));
    QVERIFY(rect);
    const auto outlined = [&](const QImage& image) {
        int count = 0;
        const QRect ring = rect->toAlignedRect().adjusted(-3, -3, 3, 3);
        for (int y = ring.top(); y <= ring.bottom(); ++y) {
            for (int x = ring.left(); x <= ring.right(); ++x)
                count += int(!rect->contains(QPointF(x + 0.5, y + 0.5)) &&
                             image.pixel(x, y) == m_theme.selection().rgb());
        }
        return count;
    };
    const int before = outlined(renderAt(m_viewA.get(), m_clock.end()));
    QTest::mouseClick(m_viewA.get(), Qt::LeftButton, {}, rect->center().toPoint());
    QCOMPARE(m_selection.timeline(), &timeline);
    QCOMPARE(m_selection.index(), qsizetype(request));
    // The selected block is outlined.
    QVERIFY(outlined(renderAt(m_viewA.get(), m_clock.end())) > before + int(rect->width()));
    m_selection.clear();
}

void LanesTest::lanesNameTheHopOfEachConnection()
{
    // Behind a load balancer and beside a broker, a connection's title says which hop it is: the
    // instance the balancer chose (as its routing note says) or the way to the broker.
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10'000'000;
    knobs.clients = 2;
    knobs.updatesPerSecond = 4;
    knobs.durationSeconds = 1;
    knobs.tls = false;
    knobs.timeoutSeconds = 60;
    const std::unique_ptr<Comparison> scaling =
        test::runComparison(QStringLiteral("websocket-scaling"), knobs);
    QVERIFY(scaling);
    const Timeline* withBroker = scaling->timelineB();
    std::map<quint32, quint32> instanceOf; // connection -> instance, from the balancer's routing notes
    for (const Event& event : withBroker->events()) {
        if (event.is(Layer::Session, SessionKind::Note) && event.origin == Origin::Link && event.stream > 0)
            instanceOf[event.connection] = event.stream;
    }
    QCOMPARE(int(instanceOf.size()), knobs.clients);
    const std::unique_ptr<LanesView> lanes(view(const_cast<Timeline*>(withBroker)));
    QCoreApplication::processEvents();
    int toBroker = 0;
    for (const LanesModel::Connection& connection : lanes->model().connections()) {
        if (const auto routed = instanceOf.find(connection.id); routed != instanceOf.end())
            QCOMPARE(connection.role, QStringLiteral("instance %1").arg(routed->second));
        else if (connection.role.contains(QLatin1String("broker")))
            ++toBroker;
        else
            QFAIL(qPrintable(QStringLiteral("connection %1 has no role").arg(connection.id)));
    }
    QCOMPARE(toBroker, 2); // one per instance

    // The role is the lane's point: in a pane of a projector the titles are drawn whole, and the role
    // with them.
    m_theme.setFontScale(PresentationScale);
    lanes->setShowsOwnLegend(false);
    m_clock.seek(m_clock.end());
    for (const QSize& size : PaneSizes) {
        lanes->resize(size);
        lanes->grab();
        const QStringList problems = test::labelProblems(*lanes, test::Ellipsis::Allowed);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QStringList drawn = labelsOf(lanes->drawnLabels());
        for (const LanesModel::Connection& connection : lanes->model().connections()) {
            const QString id = QStringLiteral("#%1 · ").arg(connection.id);
            const auto title = std::find_if(drawn.begin(), drawn.end(),
                                            [&id](const QString& text) { return text.startsWith(id); });
            QVERIFY2(title != drawn.end(), qPrintable(id));
            QVERIFY2(title->contains(connection.role) && !title->contains(QStringLiteral("…")),
                     qPrintable(*title));
        }
    }
    m_theme.setFontScale(1.0);
}

void LanesTest::keyShowsWhatIsDrawnEachOnce()
{
    m_clock.seek(m_clock.end());
    const QStringList a = labelsOf(m_viewA->legendSwatches());
    const QStringList b = labelsOf(m_viewB->legendSwatches());
    for (const QStringList& labels : {a, b})
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    // HTTP/1.1 draws heads and bodies, HTTP/2 frames; both over TLS and TCP; nothing was lost or pushed.
    const ViewTheme& theme = m_theme;
    auto entry = [&theme](Layer layer, quint8 kind, quint8 flags = 0) {
        return theme.entryFor(Event{.layer = layer, .kind = kind, .flags = flags}).label;
    };
    QVERIFY(a.contains(entry(Layer::Http1, kindOf(Http1Kind::Body))));
    QVERIFY(a.contains(entry(Layer::Http1, kindOf(Http1Kind::RequestHead))));
    QVERIFY(!a.contains(entry(Layer::Http2, kindOf(Http2Kind::Data))));
    QVERIFY(b.contains(entry(Layer::Http2, kindOf(Http2Kind::Data))));
    QVERIFY(b.contains(entry(Layer::Http2, kindOf(Http2Kind::Headers))));
    QVERIFY(!b.contains(entry(Layer::Http1, kindOf(Http1Kind::Body))));
    for (const QStringList& labels : {a, b}) {
        QVERIFY(labels.contains(entry(Layer::Tls, kindOf(TlsKind::Record), 23)));
        QVERIFY(labels.contains(entry(Layer::Wire, kindOf(WireKind::Syn))));
        QVERIFY(!labels.contains(entry(Layer::Wire, kindOf(WireKind::SegmentLost))));
        QVERIFY(!labels.contains(entry(Layer::Http2, kindOf(Http2Kind::PushPromise))));
    }
    // The key grows with the clock: before the first response, no body, no DATA.
    const LanesModel::Connection& first = m_viewB->model().connections().constFirst();
    m_clock.seek(first.opened);
    QVERIFY(!labelsOf(m_viewA->legendSwatches()).contains(entry(Layer::Http1, kindOf(Http1Kind::Body))));
    QVERIFY(!labelsOf(m_viewB->legendSwatches()).contains(entry(Layer::Http2, kindOf(Http2Kind::Data))));
    m_clock.seek(m_clock.end());
}

void LanesTest::windowKeyGivesEachLookOneEntry()
{
    // TCP's and QUIC's panes draw a lost segment and a lost datagram with one look: the window's key
    // has one entry for it, which keeps every word of both labels; other looks keep entries of their own.
    const auto swatch = [this](UnitRole role) { return m_theme.swatchFor(m_theme.entryFor(role)); };
    const QList<LegendSwatch> merged = LegendStrip::merged(
        {swatch(UnitRole::Segment), swatch(UnitRole::Lost), swatch(UnitRole::Data),
         swatch(UnitRole::Datagram), swatch(UnitRole::LostDatagram), swatch(UnitRole::Lost)});
    QCOMPARE(labelsOf(merged), (QStringList{QStringLiteral("segment / datagram in flight"),
                                            QStringLiteral("lost segment / datagram"),
                                            m_theme.entryFor(UnitRole::Data).label}));
    QCOMPARE(merged.at(0).look, swatch(UnitRole::Datagram).look);
    QCOMPARE(merged.at(1).look, swatch(UnitRole::LostDatagram).look);

    // A short entry fills the end of an earlier line rather than starting one of its own.
    const QFont font = m_theme.font(9.5);
    const QFontMetricsF metrics(font);
    QString wideText = QStringLiteral("m");
    while (metrics.horizontalAdvance(wideText) < 400)
        wideText += u'm';
    const LegendSwatch wide{wideText, QStringLiteral("wide"), {}};
    // Wider than a line: elided to fill one of its own.
    const LegendSwatch wider{wideText + wideText, QStringLiteral("wider"), {}};
    const LegendSwatch narrow{QStringLiteral("b"), QStringLiteral("narrow"), {}};
    const qreal width = metrics.horizontalAdvance(wideText) + 200;
    const qreal oneLine = LegendStrip::keyHeight({wide}, font, width);
    const qreal twoLines = LegendStrip::keyHeight({wide, wider}, font, width);
    QVERIFY(twoLines > oneLine);
    QCOMPARE(LegendStrip::keyHeight({wide, wider, narrow}, font, width), twoLines);
}

void LanesTest::keyIsDrawnOnlyWhereTheViewShowsIt()
{
    m_clock.seek(m_clock.end());
    const QString data =
        m_theme.entryFor(Event{.layer = Layer::Http2, .kind = kindOf(Http2Kind::Data)}).label;
    m_viewB->grab();
    QVERIFY(labelsOf(m_viewB->drawnLabels()).contains(data));
    // The window shows one key for all panes: the canvas leaves it out, but an exported image has it.
    m_viewB->setShowsOwnLegend(false);
    m_viewB->grab();
    QVERIFY(!labelsOf(m_viewB->drawnLabels()).contains(data));
    m_viewB->toImage();
    QVERIFY(labelsOf(m_viewB->drawnLabels()).contains(data));
    m_viewB->setShowsOwnLegend(true);
}

void LanesTest::labelsAreWholeInPresentationPanes()
{
    m_theme.setFontScale(PresentationScale);
    m_clock.seek(m_clock.end());
    for (LanesView* lanes : {m_viewA.get(), m_viewB.get()}) {
        for (const QSize& size : PaneSizes) {
            for (bool ownKey : {true, false}) {
                lanes->setShowsOwnLegend(ownKey);
                lanes->resize(size);
                lanes->grab();
                const QStringList problems = test::labelProblems(*lanes, test::Ellipsis::Allowed);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
                // Every lane's title, whole; the axis's tick labels beside the clock's badge.
                const QStringList drawn = labelsOf(lanes->drawnLabels());
                const qsizetype titles = std::count_if(drawn.begin(), drawn.end(), [](const QString& text) {
                    return text.startsWith(QLatin1Char('#')) && text.contains(QLatin1String("TLS 1.3"));
                });
                QVERIFY2(titles == lanes->model().connections().size(),
                         qPrintable(drawn.join(QLatin1String(" | "))));
                QVERIFY(drawn.contains(QStringLiteral("0 ms")));
            }
        }
        lanes->setShowsOwnLegend(true);
        lanes->resize(ViewSize);
    }
    m_theme.setFontScale(1.0);
}

QTEST_MAIN(LanesTest)
#include "tst_lanes.moc"

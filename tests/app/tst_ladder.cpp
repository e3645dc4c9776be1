#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/ladderview.h"
#include "app/views/playbackclock.h"
#include "app/views/viewtheme.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace protoviz;

namespace {

constexpr qint64 Ms = 1000000;

bool sentBy(const Event& e, Origin origin)
{
    return e.origin == origin &&
           e.direction == (origin == Origin::Client ? Direction::ClientToServer : Direction::ServerToClient);
}

bool receivedBy(const Event& e, Origin origin)
{
    return e.origin == origin &&
           e.direction == (origin == Origin::Server ? Direction::ClientToServer : Direction::ServerToClient);
}

QList<qsizetype> arrowsOf(const LadderModel& model, Layer layer, quint8 kind, Direction direction)
{
    QList<qsizetype> found;
    for (qsizetype index : model.bySend()) {
        const LadderArrow& a = model.arrow(index);
        if (a.event.layer == layer && a.event.kind == kind && a.direction() == direction)
            found.append(index);
    }
    return found;
}

int colorDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

/// Whether a pixel of about this colour lies within radius of point.
bool colorNear(const QImage& image, QPointF point, const QColor& color, int radius = 3)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = point.toPoint() + QPoint(dx, dy);
            if (image.rect().contains(p) && colorDistance(image.pixelColor(p), color) < 60)
                return true;
        }
    }
    return false;
}

} // namespace

class LadderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tlsHandshakeArrowsMatchTheEvents();
    void arrowsSlopeByHalfTheRtt();
    void roundTripCounterEndsAtTheStatistics();
    void nothingIsDrawnAtTheStart();
    void rendersArrowsInBothThemes();
    void clickSelectsAndHoverExplains();
    void http1AndHttp2ArrowsMatchTheEvents();
    void bundlesSeparateWhenZoomedIn();
    void webSocketUpgradeIsShown();

private:
    void show(const Timeline* timeline);

    std::unique_ptr<Comparison> m_tls;
    std::unique_ptr<Comparison> m_pages;
    std::unique_ptr<Comparison> m_ticker;
    PlaybackClock m_clock;
    ViewTheme m_theme;
    EventSelection m_selection;
    std::unique_ptr<LadderView> m_view;
};

void LadderTest::initTestCase()
{
    ScenarioKnobs tls;
    tls.link.rttNs = 50 * Ms;
    m_tls = test::runComparison(QStringLiteral("tls12-vs-tls13"), tls);
    QVERIFY(m_tls);

    ScenarioKnobs pages;
    pages.link.rttNs = 20 * Ms;
    pages.objects = 8;
    pages.objectSize = 500;
    m_pages = test::runComparison(QStringLiteral("h1-vs-h2"), pages);
    QVERIFY(m_pages);

    ScenarioKnobs ticker;
    ticker.link.rttNs = 20 * Ms;
    ticker.clients = 2;
    ticker.updatesPerSecond = 4;
    ticker.durationSeconds = 1;
    m_ticker = test::runComparison(QStringLiteral("polling-vs-websocket"), ticker);
    QVERIFY(m_ticker);

    m_view = std::make_unique<LadderView>(ViewContext{&m_clock, &m_theme, &m_selection});
    m_view->resize(1000, 800);
}

void LadderTest::show(const Timeline* timeline)
{
    m_selection.clear();
    m_theme.setMode(ViewTheme::Mode::Light);
    m_clock.setTimelines({timeline});
    m_view->setTimeline(timeline);
    m_clock.seek(m_clock.end());
    m_view->fitAll();
}

void LadderTest::tlsHandshakeArrowsMatchTheEvents()
{
    const Timeline* timeline = m_tls->timelineB(); // TLS 1.3
    show(timeline);
    const LadderModel& model = m_view->model();

    // The TCP handshake comes first, in its order.
    QVERIFY(model.size() > 3);
    QCOMPARE(model.arrow(model.bySend().at(0)).label, QStringLiteral("SYN"));
    QCOMPARE(model.arrow(model.bySend().at(1)).label, QStringLiteral("SYN-ACK"));
    QCOMPARE(model.arrow(model.bySend().at(2)).label, QStringLiteral("ACK"));
    QCOMPARE(model.arrow(model.bySend().at(0)).direction(), Direction::ClientToServer);
    QCOMPARE(model.arrow(model.bySend().at(1)).direction(), Direction::ServerToClient);

    // One arrow per handshake message each side sent, received by the other side.
    for (const Origin sender : {Origin::Client, Origin::Server}) {
        const Origin receiver = sender == Origin::Client ? Origin::Server : Origin::Client;
        const Direction direction =
            sender == Origin::Client ? Direction::ClientToServer : Direction::ServerToClient;
        QStringList sent;
        int received = 0;
        for (const Event& e : timeline->events()) {
            if (!e.is(Layer::Tls, TlsKind::HandshakeMessage))
                continue;
            if (sentBy(e, sender))
                sent.append(timeline->detail(e).text);
            else if (receivedBy(e, receiver))
                ++received;
        }
        const QList<qsizetype> arrows =
            arrowsOf(model, Layer::Tls, kindOf(TlsKind::HandshakeMessage), direction);
        QCOMPARE(arrows.size(), sent.size());
        QStringList labels;
        int arrived = 0;
        for (qsizetype index : arrows) {
            labels.append(model.arrow(index).label);
            arrived += model.arrow(index).received() ? 1 : 0;
        }
        QCOMPARE(labels, sent);
        QCOMPARE(arrived, received);
    }

    QStringList up;
    for (qsizetype index :
         arrowsOf(model, Layer::Tls, kindOf(TlsKind::HandshakeMessage), Direction::ClientToServer))
        up.append(model.arrow(index).label);
    QCOMPARE(up, (QStringList{QStringLiteral("ClientHello"), QStringLiteral("Finished")}));
    QStringList down;
    for (qsizetype index :
         arrowsOf(model, Layer::Tls, kindOf(TlsKind::HandshakeMessage), Direction::ServerToClient))
        down.append(model.arrow(index).label);
    QCOMPARE(down.mid(0, 5),
             (QStringList{QStringLiteral("ServerHello"), QStringLiteral("EncryptedExtensions"),
                          QStringLiteral("Certificate"), QStringLiteral("CertificateVerify"),
                          QStringLiteral("Finished")}));
    QVERIFY(down.contains(QStringLiteral("NewSessionTicket")));

    // The request and its response, as their start lines say.
    const QList<qsizetype> requests =
        arrowsOf(model, Layer::Http1, kindOf(Http1Kind::RequestHead), Direction::ClientToServer);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(model.arrow(requests.first()).label, QStringLiteral("GET /"));
    const QList<qsizetype> responses =
        arrowsOf(model, Layer::Http1, kindOf(Http1Kind::ResponseHead), Direction::ServerToClient);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(model.arrow(responses.first()).label, QStringLiteral("200 OK"));
}

void LadderTest::arrowsSlopeByHalfTheRtt()
{
    for (const Timeline* timeline : {m_tls->timelineA(), m_tls->timelineB()}) {
        show(timeline);
        const LadderModel& model = m_view->model();
        QCOMPARE(model.rttNs(), 50 * Ms);
        const qint64 oneWay = model.oneWayNs();
        int checked = 0;
        for (qsizetype i = 0; i < model.size(); ++i) {
            const LadderArrow& a = model.arrow(i);
            if (!a.received())
                continue;
            // Never faster than the link, and late only by the endpoints' own work: on a loaded 2-core
            // machine (a build beside the tests) that reached 16 ms for a ClientHello.
            QVERIFY2(
                a.latencyNs() >= oneWay - 1 * Ms && a.latencyNs() <= oneWay + oneWay / 10 + 20 * Ms,
                qPrintable(QStringLiteral("%1 took %2 ms").arg(a.label).arg(double(a.latencyNs()) / 1e6)));
            ++checked;
        }
        QVERIFY(checked >= 10);

        // On screen the slope is that latency: the drop from sender to receiver is the latency on the
        // time axis.
        const QRectF target(QPointF(0, 0), m_view->size());
        const qsizetype hello =
            arrowsOf(model, Layer::Tls, kindOf(TlsKind::HandshakeMessage), Direction::ClientToServer).first();
        const QLineF line = m_view->arrowLine(hello, target);
        const QLineF whole = m_view->arrowLine(model.bySend().first(), target);
        QVERIFY(line.dx() > 0);
        QVERIFY(whole.dy() > 0);
        const double pixelsPerNs = whole.dy() / double(model.arrow(model.bySend().first()).latencyNs());
        QVERIFY(std::abs(line.dy() - pixelsPerNs * double(model.arrow(hello).latencyNs())) < 1.0);
    }
}

void LadderTest::roundTripCounterEndsAtTheStatistics()
{
    for (const Timeline* timeline :
         {m_tls->timelineA(), m_tls->timelineB(), m_pages->timelineA(), m_pages->timelineB()}) {
        show(timeline);
        const SessionStatistics stats = SessionStatistics::compute(*timeline);
        QVERIFY(stats.roundTrips > 0);
        QCOMPARE(m_view->roundTripsShown(), stats.roundTrips);
        // It counts up as the session plays.
        int last = 0;
        for (qint64 at = 0; at <= m_clock.end(); at += m_clock.end() / 40) {
            m_clock.seek(at);
            const int shown = m_view->roundTripsShown();
            QVERIFY(shown >= last);
            last = shown;
        }
        m_clock.seek(0);
        QCOMPARE(m_view->roundTripsShown(), 0);
    }
    // TLS 1.2 takes a round trip more than TLS 1.3 before the response comes.
    show(m_tls->timelineA());
    const int tls12 = m_view->roundTripsShown();
    show(m_tls->timelineB());
    QCOMPARE(m_view->roundTripsShown(), tls12 - 1);
}

void LadderTest::nothingIsDrawnAtTheStart()
{
    show(m_tls->timelineB());
    const QRectF target(QPointF(0, 0), m_view->size());
    QVERIFY(m_view->drawnArrowCount(target) > 10);
    const QLineF syn = m_view->arrowLine(m_view->model().bySend().first(), target);

    m_clock.seek(0);
    QCOMPARE(m_view->drawnArrowCount(target), 0);
    QVERIFY(m_view->drawnLabels(target).isEmpty());
    // Only the empty lifelines and the ruler's round-trip bands are there.
    const QImage image = m_view->toImage();
    for (double t = 0.1; t < 0.9; t += 0.1) {
        const QColor pixel = image.pixelColor(syn.pointAt(t).toPoint());
        QVERIFY(pixel == m_theme.background() || pixel == m_theme.grid());
    }

    // Half way through its flight, the SYN has left and not arrived: it is drawn from the client only.
    const LadderArrow& first = m_view->model().arrow(m_view->model().bySend().first());
    m_clock.seek(first.sendNs + first.latencyNs() / 2);
    QCOMPARE(m_view->drawnArrowCount(target), 1);
    const QImage flying = m_view->toImage();
    const QColor color = m_theme.colorFor(first.event);
    QVERIFY(colorNear(flying, syn.pointAt(0.25), color));
    QVERIFY(!colorNear(flying, syn.pointAt(0.8), color));
}

void LadderTest::rendersArrowsInBothThemes()
{
    show(m_tls->timelineB());
    const QRectF target(QPointF(0, 0), m_view->size());
    const qsizetype syn = m_view->model().bySend().first();
    const QLineF line = m_view->arrowLine(syn, target);
    for (const ViewTheme::Mode mode : {ViewTheme::Mode::Light, ViewTheme::Mode::Dark}) {
        m_theme.setMode(mode);
        for (const qreal scale : {1.0, 1.6}) {
            m_theme.setFontScale(scale);
            const QLineF scaled = m_view->arrowLine(syn, target);
            const QImage image = m_view->toImage();
            QCOMPARE(image.size(), m_view->size());
            QCOMPARE(image.pixelColor(2, image.height() / 2), m_theme.background());
            QVERIFY2(
                colorNear(image, scaled.pointAt(0.3), m_theme.colorFor(m_view->model().arrow(syn).event)),
                "the SYN arrow is drawn in its colour");
        }
    }
    m_theme.setFontScale(1.0);
    QVERIFY(!line.isNull());
    // Exports work the same way.
    QTemporaryDir dir;
    QString error;
    QVERIFY(m_view->exportPng(dir.filePath(QStringLiteral("ladder.png")), &error));
    QVERIFY(m_view->exportSvg(dir.filePath(QStringLiteral("ladder.svg")), &error));
    QImage exported(dir.filePath(QStringLiteral("ladder.png")));
    QCOMPARE(exported.size(), m_view->size() * 2);
}

void LadderTest::clickSelectsAndHoverExplains()
{
    show(m_tls->timelineB());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const LadderModel& model = m_view->model();
    const qsizetype syn = model.bySend().first();
    const QPointF point = m_view->arrowLine(syn, QRectF(m_view->rect())).pointAt(0.3);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, point.toPoint());
    QCOMPARE(m_selection.timeline(), m_tls->timelineB());
    QCOMPARE(m_selection.index(), model.arrow(syn).sendEvent);

    // A selected receiver's event highlights the same arrow, drawn in the selection colour.
    const qsizetype hello =
        arrowsOf(model, Layer::Tls, kindOf(TlsKind::HandshakeMessage), Direction::ClientToServer).first();
    m_selection.select(m_tls->timelineB(), model.arrow(hello).receiveEvent);
    const QImage image = m_view->toImage();
    const QLineF helloLine = m_view->arrowLine(hello, QRectF(m_view->rect()));
    QVERIFY(colorNear(image, helloLine.pointAt(0.15), m_theme.selection(), 4));

    QHelpEvent help(QEvent::ToolTip, point.toPoint(), m_view->mapToGlobal(point.toPoint()));
    QApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QLatin1String("SYN")));
    QVERIFY(QToolTip::text().contains(QLatin1String("RTT")));
    QToolTip::hideText();
    m_view->hide();
}

void LadderTest::http1AndHttp2ArrowsMatchTheEvents()
{
    // HTTP/1.1: a request and a response per object and the page, each connection opened by its own
    // handshake.
    const Timeline* h1 = m_pages->timelineA();
    show(h1);
    const LadderModel& model = m_view->model();
    int requests = 0;
    for (const Event& e : h1->events())
        requests += e.is(Layer::Http1, Http1Kind::RequestHead) && sentBy(e, Origin::Client) ? 1 : 0;
    QCOMPARE(requests, 9);
    const QList<qsizetype> gets =
        arrowsOf(model, Layer::Http1, kindOf(Http1Kind::RequestHead), Direction::ClientToServer);
    QCOMPARE(gets.size(), requests);
    QStringList targets;
    for (qsizetype index : gets) {
        QVERIFY(model.arrow(index).received());
        targets.append(model.arrow(index).label);
    }
    QVERIFY(targets.contains(QStringLiteral("GET /")));
    QVERIFY(targets.contains(QStringLiteral("GET /tiles/7")));
    const QList<qsizetype> responses =
        arrowsOf(model, Layer::Http1, kindOf(Http1Kind::ResponseHead), Direction::ServerToClient);
    QCOMPARE(responses.size(), requests);
    for (qsizetype index : responses)
        QCOMPARE(model.arrow(index).label, QStringLiteral("200 OK"));
    QVERIFY(model.connections().size() > 1);
    for (const quint32 connection : model.connections()) {
        QStringList firsts;
        for (qsizetype index : model.bySend()) {
            if (model.arrow(index).event.connection == connection && firsts.size() < 3)
                firsts.append(model.arrow(index).label);
        }
        QCOMPARE(firsts,
                 (QStringList{QStringLiteral("SYN"), QStringLiteral("SYN-ACK"), QStringLiteral("ACK")}));
    }

    // HTTP/2: every frame either side sent is an arrow, all on one connection.
    const Timeline* h2 = m_pages->timelineB();
    show(h2);
    QCOMPARE(model.connections().size(), 1);
    for (const Http2Kind kind :
         {Http2Kind::Headers, Http2Kind::Data, Http2Kind::Settings, Http2Kind::WindowUpdate}) {
        for (const Origin sender : {Origin::Client, Origin::Server}) {
            int sent = 0;
            for (const Event& e : h2->events())
                sent += e.is(Layer::Http2, kind) && sentBy(e, sender) ? 1 : 0;
            const Direction direction =
                sender == Origin::Client ? Direction::ClientToServer : Direction::ServerToClient;
            QCOMPARE(arrowsOf(model, Layer::Http2, kindOf(kind), direction).size(), sent);
        }
    }
    QStringList labels;
    for (qsizetype index : model.bySend())
        labels.append(model.arrow(index).label);
    QVERIFY(labels.contains(QStringLiteral("HEADERS s1")));
    QVERIFY(labels.contains(QStringLiteral("DATA s3")));
    QVERIFY(labels.contains(QStringLiteral("SETTINGS")));
    QVERIFY(labels.contains(QStringLiteral("SETTINGS ACK")));
    QVERIFY(labels.contains(QStringLiteral("preface")));
}

void LadderTest::bundlesSeparateWhenZoomedIn()
{
    const Timeline* h2 = m_pages->timelineB();
    show(h2);
    const LadderModel& model = m_view->model();
    const QRectF target(QPointF(0, 0), m_view->size());
    // The server answers the eight tile requests in one flight: one labelled bundle.
    const QList<qsizetype> data =
        arrowsOf(model, Layer::Http2, kindOf(Http2Kind::Data), Direction::ServerToClient);
    QVERIFY(data.size() >= 9);
    const LadderArrow& last = model.arrow(data.last());
    bool bundled = false;
    for (const QString& label : m_view->drawnLabels(target))
        bundled = bundled || label.contains(u"DATA ×");
    QVERIFY2(bundled, qPrintable(m_view->drawnLabels(target).join(QLatin1Char('\n'))));

    // Zoomed in far enough, the frames of that flight travel as arrows of their own.
    m_view->zoom(double(m_view->viewSpan()) / 1e5, last.sendNs); // 100 µs high
    QStringList zoomed = m_view->drawnLabels(target);
    QVERIFY(zoomed.size() > 0);
    // Which of them get a label depends on how close together this run sent them; at least one DATA
    // frame of the flight is labelled on its own, no longer as "DATA ×n".
    bool single = false;
    for (const QString& label : zoomed)
        single = single || (label.startsWith(QLatin1String("DATA s")) && !label.contains(u'×'));
    QVERIFY2(single, qPrintable(zoomed.join(QLatin1Char('\n'))));
    QVERIFY(m_view->drawnArrowCount(target) < model.size());
}

void LadderTest::webSocketUpgradeIsShown()
{
    const Timeline* ws = m_ticker->timelineB();
    show(ws);
    const LadderModel& model = m_view->model();
    qsizetype upgrade = -1;
    int upgradeRequests = 0;
    int textFrames = 0;
    for (qsizetype index : model.bySend()) {
        const LadderArrow& a = model.arrow(index);
        if (a.label == QStringLiteral("101 Switching Protocols") &&
            a.direction() == Direction::ServerToClient)
            upgrade = index;
        if (a.label.startsWith(QLatin1String("GET /ticker")) && a.label.contains(QLatin1String("WebSocket")))
            ++upgradeRequests;
        if (a.event.layer == Layer::WebSocket && a.label == QStringLiteral("text frame"))
            ++textFrames;
    }
    QVERIFY(upgrade >= 0);
    QVERIFY(model.arrow(upgrade).received());
    // One arrow per upgrade, though the engine records it as an HTTP/1.1 head and as a WebSocket upgrade.
    QCOMPARE(upgradeRequests, 2);
    int serverTextFrames = 0;
    for (const Event& e : ws->events())
        serverTextFrames += e.is(Layer::WebSocket, WebSocketKind::Frame) && sentBy(e, Origin::Server) &&
                                    (e.flags & 0x0f) == 0x1
                                ? 1
                                : 0;
    QCOMPARE(textFrames, serverTextFrames);
    QVERIFY(textFrames > 0);

    // Looking at the upgrade (a few round trips around it), its label is drawn.
    const QRectF target(QPointF(0, 0), m_view->size());
    m_view->zoom(double(m_view->viewSpan()) / double(6 * model.rttNs()), model.arrow(upgrade).sendNs);
    bool shown = false;
    const QStringList labels = m_view->drawnLabels(target);
    for (const QString& label : labels)
        shown = shown || label.contains(QLatin1String("101 Switching Protocols"));
    QVERIFY2(shown, qPrintable(labels.join(QLatin1Char('\n'))));
}

QTEST_MAIN(LadderTest)
#include "tst_ladder.moc"

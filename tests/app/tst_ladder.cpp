#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/ladderscale.h"
#include "app/views/ladderview.h"
#include "app/views/languageswitcher.h"
#include "app/views/playbackclock.h"
#include "app/views/viewtheme.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace protoviz;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Ms = 1000000;
// Items the gRPC scenario moves in the run of m_calls: A makes as many unary calls.
constexpr int CallsPerRun = 8;

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
    void sessionsOnOneClockShareTheScale();
    void panesOfDifferentHeightsShareTheScale();
    void keyNamesEachMarkOnce();
    void keyFollowsEachArrowsMeaning();
    void keyLabelsAreDrawnWhole_data();
    void keyLabelsAreDrawnWhole();
    void shortPaneHasACompactHeader();
    void headerKeepsTheLabelSizeInALongLanguage();
    void distinctiveMessagesComeFirst();
    void tellingMessageIsLabelledOnAPresentationPane();
    void webSocketUpgradeHasItsOwnArrows();
    void webSocketUpgradeExplainsItsKey();
    void grpcCallsAreNamed();
    void eachClientHasItsLifeline();
    void clientLifelinesFitAShortPane();
    void similarCallsShareACountedBand();
    void countedBandExplainsItself();
    void shortSideLabelsItsCalls_data();
    void shortSideLabelsItsCalls();
    void fanOutSharesOneLabel();

private:
    void show(const Timeline* timeline);

    std::unique_ptr<Comparison> m_tls;
    std::unique_ptr<Comparison> m_pages;
    std::unique_ptr<Comparison> m_ticker;
    std::unique_ptr<Comparison> m_resumed;
    std::unique_ptr<Comparison> m_grpc;
    std::unique_ptr<Comparison> m_chat;
    std::unique_ptr<Comparison> m_calls;
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

    ScenarioKnobs resumed;
    resumed.link.rttNs = 40 * Ms;
    m_resumed = test::runComparison(QStringLiteral("tls12-full-vs-resumed"), resumed);
    QVERIFY(m_resumed);

    ScenarioKnobs grpc;
    grpc.link.rttNs = 10 * Ms;
    grpc.objects = 3;
    grpc.objectSize = 200;
    m_grpc = test::runComparison(QStringLiteral("grpc-streaming"), grpc);
    QVERIFY(m_grpc);

    ScenarioKnobs chat;
    chat.link.rttNs = 20 * Ms;
    chat.clients = 5;
    chat.updatesPerSecond = 5;
    chat.durationSeconds = 1;
    m_chat = test::runComparison(QStringLiteral("chat-polling-vs-websocket"), chat);
    QVERIFY(m_chat);

    // Enough unary calls in a row for the ladder to summarise them.
    ScenarioKnobs calls;
    calls.link.rttNs = 10 * Ms;
    calls.objects = CallsPerRun;
    calls.objectSize = 200;
    m_calls = test::runComparison(QStringLiteral("grpc-streaming"), calls);
    QVERIFY(m_calls);

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
    QVERIFY(m_view->placedLabels(target).isEmpty());
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
    for (const QString& label : m_view->placedLabels(target))
        bundled = bundled || label.contains(u"DATA ×");
    QVERIFY2(bundled, qPrintable(m_view->placedLabels(target).join(QLatin1Char('\n'))));

    // Zoomed in far enough, the frames of that flight travel as arrows of their own. Which of them get a
    // label depends on how close together this run sent them (a label never sits where another arrow
    // passes between it and its own); deep enough, at least one DATA frame of the flight is labelled on
    // its own, no longer as "DATA ×n".
    bool single = false;
    QStringList zoomed;
    for (const qint64 spanNs : {100000, 30000, 10000}) {
        m_view->zoom(double(m_view->viewSpan()) / double(spanNs), last.sendNs);
        zoomed = m_view->placedLabels(target);
        for (const QString& label : zoomed)
            single = single || (label.startsWith(QLatin1String("DATA s")) && !label.contains(u'×'));
        if (single)
            break;
    }
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
    const QStringList labels = m_view->placedLabels(target);
    for (const QString& label : labels)
        shown = shown || label.contains(QLatin1String("101 Switching Protocols"));
    QVERIFY2(shown, qPrintable(labels.join(QLatin1Char('\n'))));
}

namespace {

/// The noted label whose text is text, if one was drawn.
std::optional<DrawnLabel> notedLabel(const LadderView& view, const QString& text)
{
    for (const DrawnLabel& label : view.drawnLabels()) {
        if (label.text == text)
            return label;
    }
    return std::nullopt;
}

/// The noted label whose text is text in the header, at the height of the heads or above (the ruler
/// below may show the same text: "3 RTT").
std::optional<DrawnLabel> notedInHeader(const LadderView& view, const QString& text)
{
    const auto server = notedLabel(view, QCoreApplication::translate("protoviz::LadderView", "Server"));
    for (const DrawnLabel& label : view.drawnLabels()) {
        if (label.text == text && server && label.rect.top() < server->rect.bottom())
            return label;
    }
    return std::nullopt;
}

/// The round-trip counter as noted: "Round trips: 3", or where that does not fit, "3 RTT".
std::optional<DrawnLabel> notedCounter(const LadderView& view)
{
    const int trips = view.roundTripsShown();
    if (const auto whole = notedInHeader(view, QStringLiteral("Round trips: %1").arg(trips)))
        return whole;
    return notedInHeader(view, QStringLiteral("%1 RTT").arg(trips));
}

/// A client lifeline's head as noted, by its name ("Client 2") or, where the lifelines stand close, a
/// shorter one ("C2", "2").
std::optional<DrawnLabel> notedHead(const LadderView& view, const QString& name)
{
    if (const auto whole = notedLabel(view, name))
        return whole;
    const QString number = name.section(QLatin1Char(' '), 1);
    if (number.isEmpty())
        return std::nullopt;
    if (const auto shorter = notedLabel(view, QStringLiteral("C%1").arg(number)))
        return shorter;
    return notedLabel(view, number);
}

/// The noted labels drawn in a font smaller than the theme's label size (ViewTheme::font()): a key
/// label that shrinks to fit its box cannot be read from the back of the room.
QStringList tooSmallLabels(const LadderView& view, const ViewTheme& theme)
{
    const double smallest = 0.9 * theme.font().pointSizeF();
    QStringList small;
    for (const DrawnLabel& label : view.drawnLabels()) {
        if (label.font.pointSizeF() < smallest)
            small.append(QStringLiteral("\"%1\" in %2 pt (at least %3 pt)")
                             .arg(label.text)
                             .arg(label.font.pointSizeF())
                             .arg(smallest));
    }
    return small;
}

} // namespace

void LadderTest::sessionsOnOneClockShareTheScale()
{
    // TLS 1.2 takes a round trip more than TLS 1.3: drawn at one size on one clock, a round trip is
    // equally tall in both and the same ruler mark lies at the same height.
    const Timeline* longer = m_tls->timelineA();
    const Timeline* shorter = m_tls->timelineB();
    QVERIFY(longer->at(longer->size() - 1).timeNs > shorter->at(shorter->size() - 1).timeNs);
    m_selection.clear();
    m_clock.setTimelines({longer, shorter});
    LadderView a(ViewContext{&m_clock, &m_theme, &m_selection});
    LadderView b(ViewContext{&m_clock, &m_theme, &m_selection});
    for (LadderView* view : {&a, &b}) {
        view->resize(560, 600);
        view->setShowsOwnLegend(false);
    }
    a.setTimeline(longer);
    b.setTimeline(shorter);
    m_clock.seek(m_clock.end());
    a.grab();
    b.grab();
    QVERIFY(a.pixelsPerSecond() > 0);
    QCOMPARE(a.pixelsPerSecond(), b.pixelsPerSecond());
    const std::optional<DrawnLabel> markA = notedLabel(a, QStringLiteral("2 RTT"));
    const std::optional<DrawnLabel> markB = notedLabel(b, QStringLiteral("2 RTT"));
    QVERIFY(markA && markB);
    // Each session's round trips count from its own start; the two start within a few milliseconds.
    const double offset = double(b.model().startNs() - a.model().startNs()) * a.pixelsPerSecond() / 1e9;
    QVERIFY2(
        std::abs(markB->rect.top() - markA->rect.top() - offset) < 0.5,
        qPrintable(QStringLiteral("%1 %2 %3").arg(markA->rect.top()).arg(markB->rect.top()).arg(offset)));

    // Halfway, before the shorter session ended, the scale stays the same.
    m_clock.seek(m_clock.end() / 2);
    a.grab();
    b.grab();
    QCOMPARE(a.pixelsPerSecond(), b.pixelsPerSecond());
}

void LadderTest::panesOfDifferentHeightsShareTheScale()
{
    // In the window, a pane whose caption wraps is shorter: the window's shared scale makes both ladders
    // draw at what the shorter one allows, and a hidden ladder no longer counts.
    LadderScale scale;
    m_selection.clear();
    m_clock.setTimelines({m_tls->timelineA(), m_tls->timelineB()});
    const ViewContext context{&m_clock, &m_theme, &m_selection, &scale};
    LadderView tall(context);
    LadderView shorter(context);
    tall.resize(560, 700);
    shorter.resize(560, 420);
    tall.setTimeline(m_tls->timelineA());
    shorter.setTimeline(m_tls->timelineB());
    m_clock.seek(m_clock.end());
    tall.show();
    shorter.show();
    tall.grab();
    shorter.grab();
    tall.grab();
    QVERIFY(tall.pixelsPerSecond() > 0);
    QCOMPARE(tall.pixelsPerSecond(), shorter.pixelsPerSecond());
    const double shared = tall.pixelsPerSecond();
    shorter.hide();
    tall.grab();
    QVERIFY(tall.pixelsPerSecond() > shared * 1.2);
}

void LadderTest::keyNamesEachMarkOnce()
{
    show(m_resumed->timelineA());
    m_view->grab();
    const QList<LegendSwatch> swatches = m_view->legendSwatches();
    QVERIFY(!swatches.isEmpty());
    QSet<QString> seen;
    for (const LegendSwatch& swatch : swatches) {
        const QString key = swatch.label + QLatin1Char('|') + swatch.look;
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY(swatch.paint);
    }
    // The window shows one key for all panes: the canvas then draws none, but an export does.
    const QString first = swatches.constFirst().label;
    m_view->setShowsOwnLegend(false);
    m_view->grab();
    QVERIFY(!notedLabel(*m_view, first));
    m_view->toImage();
    QVERIFY(notedLabel(*m_view, first));
    m_view->setShowsOwnLegend(true);
    m_view->grab();
    QVERIFY(notedLabel(*m_view, first));
}

void LadderTest::keyFollowsEachArrowsMeaning()
{
    // TCP handshake and FIN share a colour and differ in mark: the key has an entry for each meaning an
    // arrow shows, in the theme's look, and no other.
    show(m_resumed->timelineA());
    m_view->grab();
    QSet<QString> keyed;
    for (const LegendSwatch& swatch : m_view->legendSwatches()) {
        QVERIFY2(!keyed.contains(swatch.label), qPrintable(swatch.label));
        keyed.insert(swatch.label);
        keyed.insert(swatch.label + QLatin1Char('|') + swatch.look);
    }
    QSet<QString> shown;
    for (qsizetype i = 0; i < m_view->model().size(); ++i) {
        const LegendSwatch swatch = m_theme.swatchFor(m_theme.entryFor(m_view->model().arrow(i).event));
        QVERIFY2(keyed.contains(swatch.label + QLatin1Char('|') + swatch.look), qPrintable(swatch.label));
        shown.insert(swatch.label);
    }
    // TCP handshake, FIN, TLS handshake, heads, body at least.
    QVERIFY2(shown.size() >= 4, qPrintable(QStringList(shown.cbegin(), shown.cend()).join(u',')));
}

void LadderTest::keyLabelsAreDrawnWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("fontScale");
    // Four panes in presentation mode at 1280x720, two panes at 1366x768 and at 1920x1080.
    QTest::newRow("quarter-presentation") << QSize(440, 260) << 1.25;
    QTest::newRow("half-presentation") << QSize(620, 420) << 1.6;
    QTest::newRow("half-laptop") << QSize(520, 560) << 1.0;
    QTest::newRow("half-hall") << QSize(860, 900) << 1.0;
}

void LadderTest::keyLabelsAreDrawnWhole()
{
    QFETCH(QSize, size);
    QFETCH(double, fontScale);
    const double oldScale = m_theme.fontScale();
    m_theme.setFontScale(fontScale);
    for (const Timeline* timeline : {m_resumed->timelineA(), m_resumed->timelineB(), m_ticker->timelineB()}) {
        show(timeline);
        m_view->resize(size);
        m_view->grab();
        const QRectF widget(QPointF(0, 0), QSizeF(size));
        const QList<DrawnLabel> labels = m_view->drawnLabels();
        const QStringList small = tooSmallLabels(*m_view, m_theme);
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
        // The ticker's two clients have a lifeline each.
        const QString clientHead =
            m_view->model().clientCount() > 1 ? QStringLiteral("Client 1") : QStringLiteral("Client");
        QVERIFY(notedHead(*m_view, clientHead));
        QVERIFY(notedLabel(*m_view, QStringLiteral("Server")));
        QVERIFY(notedCounter(*m_view));
        for (const DrawnLabel& label : labels) {
            const double advance = QFontMetricsF(label.font).horizontalAdvance(label.text);
            QVERIFY2(advance <= label.rect.width() + 0.5,
                     qPrintable(
                         QStringLiteral("%1: %2 > %3").arg(label.text).arg(advance).arg(label.rect.width())));
            QVERIFY2(widget.contains(label.rect), qPrintable(QStringLiteral("%1 %2,%3 %4x%5")
                                                                 .arg(label.text)
                                                                 .arg(label.rect.x())
                                                                 .arg(label.rect.y())
                                                                 .arg(label.rect.width())
                                                                 .arg(label.rect.height())));
        }
        // The lifelines' heads keep apart.
        const QRectF client = notedHead(*m_view, clientHead)->rect;
        const QRectF server = notedLabel(*m_view, QStringLiteral("Server"))->rect;
        QVERIFY(client.right() < server.left());
        if (const auto second = notedHead(*m_view, QStringLiteral("Client 2"))) {
            QVERIFY(client.right() < second->rect.left());
            QVERIFY(second->rect.right() < server.left());
        }
    }
    m_theme.setFontScale(oldScale);
    m_view->resize(1000, 800);
}

void LadderTest::shortPaneHasACompactHeader()
{
    // One of four panes in presentation mode at 1280x720: the counter shares the heads' row, so that the
    // arrows keep most of the height, and every label is still drawn whole.
    const double oldScale = m_theme.fontScale();
    m_theme.setFontScale(1.6);
    show(m_resumed->timelineA());
    const QSize size(620, 130);
    m_view->resize(size);
    m_view->grab();
    const auto trips = notedCounter(*m_view);
    const auto client = notedLabel(*m_view, QStringLiteral("Client"));
    const auto server = notedLabel(*m_view, QStringLiteral("Server"));
    QVERIFY(trips && client && server);
    QVERIFY(std::abs(trips->rect.center().y() - client->rect.center().y()) < 2);
    QVERIFY(client->rect.right() < trips->rect.left());
    QVERIFY(trips->rect.right() < server->rect.left());
    QVERIFY2(client->rect.bottom() < size.height() * 0.4, qPrintable(QString::number(client->rect.bottom())));
    const QStringList small = tooSmallLabels(*m_view, m_theme);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
    QVERIFY(m_view->drawnArrowCount(QRectF(QPointF(0, 0), QSizeF(size))) > 0);
    for (const DrawnLabel& label : m_view->drawnLabels()) {
        QVERIFY2(QFontMetricsF(label.font).horizontalAdvance(label.text) <= label.rect.width() + 0.5,
                 qPrintable(label.text));
        QVERIFY2(QRectF(QPointF(0, 0), QSizeF(size)).contains(label.rect),
                 qPrintable(QStringLiteral("%1 %2,%3 %4x%5")
                                .arg(label.text)
                                .arg(label.rect.x())
                                .arg(label.rect.y())
                                .arg(label.rect.width())
                                .arg(label.rect.height())));
    }
    m_theme.setFontScale(oldScale);
    m_view->resize(1000, 800);
}

void LadderTest::headerKeepsTheLabelSizeInALongLanguage()
{
    // Two panes beside the lesson at 1280x720 in presentation mode, in Spanish: "Viajes de ida y vuelta:
    // 4" does not fit between the heads at the label size, and is abbreviated rather than shrunk; the
    // tooltip says it whole.
    const double oldScale = m_theme.fontScale();
    m_theme.setFontScale(1.6);
    const QLocale oldLocale;
    auto language = std::make_unique<LanguageSwitcher>();
    QVERIFY(language->setLanguage(QStringLiteral("es")));
    show(m_resumed->timelineA());
    m_view->resize(430, 280);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->grab();
    const QStringList small = tooSmallLabels(*m_view, m_theme);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
    const int trips = m_view->roundTripsShown();
    const QString whole = QCoreApplication::translate("protoviz::LadderView", "Round trips: %1").arg(trips);
    QVERIFY(whole != QStringLiteral("Round trips: %1").arg(trips));
    QVERIFY(!notedLabel(*m_view, whole));
    const QString shorter =
        QCoreApplication::translate("protoviz::LadderView", "%1 RTT",
                                    "round trips taken, where \"Round trips: %1\" does not fit")
            .arg(trips);
    const auto counter = notedInHeader(*m_view, shorter);
    QVERIFY(counter);
    const QPoint point = counter->rect.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, point, m_view->mapToGlobal(point));
    QApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), whole);
    QToolTip::hideText();
    m_view->hide();
    // Back to the source texts: the view retranslates on the LanguageChange that removing the
    // translation posts, before the tests after this read English.
    language.reset();
    QLocale::setDefault(oldLocale);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_theme.setFontScale(oldScale);
    m_view->resize(1000, 800);
}

void LadderTest::distinctiveMessagesComeFirst()
{
    // The full handshake's server flight carries the certificate: its label names it first.
    show(m_resumed->timelineA());
    const QRectF target(QPointF(0, 0), QSizeF(520, 560));
    bool named = false;
    for (const QString& label : m_view->placedLabels(target)) {
        if (label.contains(QLatin1String("Certificate"))) {
            named = true;
            QVERIFY2(label.startsWith(QLatin1String("Certificate")), qPrintable(label));
        }
    }
    QVERIFY2(named, qPrintable(m_view->placedLabels(target).join(QLatin1Char('\n'))));
    for (qsizetype i = 0; i < m_view->model().size(); ++i) {
        const LadderArrow& a = m_view->model().arrow(i);
        if (a.label == QLatin1String("Certificate") || a.label == QLatin1String("NewSessionTicket"))
            QVERIFY(a.distinctive);
        if (a.label == QLatin1String("ServerHello") || a.label == QLatin1String("Finished"))
            QVERIFY(!a.distinctive);
    }
}

void LadderTest::tellingMessageIsLabelledOnAPresentationPane()
{
    // Half of a 1280x720 window in presentation mode: the arrows are too dense for long labels, yet the
    // certificate that makes the full handshake's point is named, and drawn whole.
    const double oldScale = m_theme.fontScale();
    m_theme.setFontScale(1.6);
    show(m_resumed->timelineA());
    m_view->resize(620, 420);
    m_view->grab();
    std::optional<DrawnLabel> certificate;
    for (const DrawnLabel& label : m_view->drawnLabels()) {
        if (label.text.contains(QLatin1String("Certificate")))
            certificate = label;
    }
    QStringList drawn;
    for (const DrawnLabel& label : m_view->drawnLabels())
        drawn.append(label.text);
    QVERIFY2(certificate, qPrintable(drawn.join(QLatin1Char('\n'))));
    QVERIFY(QFontMetricsF(certificate->font).horizontalAdvance(certificate->text) <=
            certificate->rect.width() + 0.5);
    QVERIFY(QRectF(QPointF(0, 0), QSizeF(620, 420)).contains(certificate->rect));
    m_theme.setFontScale(oldScale);
    m_view->resize(1000, 800);
}

void LadderTest::webSocketUpgradeHasItsOwnArrows()
{
    // Without zooming, each upgrade request and each 101 has an arrow and a label of its own.
    show(m_ticker->timelineB());
    const QRectF target(QPointF(0, 0), m_view->size());
    const QStringList labels = m_view->placedLabels(target);
    int upgrades = 0;
    int switches = 0;
    for (const QString& label : labels) {
        upgrades +=
            label.startsWith(QLatin1String("GET /ticker")) && label.contains(QLatin1String("WebSocket"));
        switches += label == QLatin1String("101 Switching Protocols");
    }
    QCOMPARE(upgrades, 2);
    QVERIFY2(switches == 2, qPrintable(labels.join(QLatin1Char('\n'))));
    for (qsizetype index : m_view->model().bySend()) {
        const LadderArrow& a = m_view->model().arrow(index);
        if (a.label == QLatin1String("101 Switching Protocols"))
            QVERIFY(a.standsAlone);
    }
}

void LadderTest::webSocketUpgradeExplainsItsKey()
{
    // The upgrade's request and its 101 say what their key proves, quoting it: the WebSocket descriptor's
    // words, whichever layer's record drew the arrow.
    const Timeline* ws = m_ticker->timelineB();
    show(ws);
    const LadderModel& model = m_view->model();
    int requests = 0;
    int answers = 0;
    for (qsizetype index : model.bySend()) {
        const LadderArrow& a = model.arrow(index);
        if (!a.standsAlone)
            continue;
        const QString note = ProtocolRegistry::of(a.event).arrowNote(*ws, a.event);
        const bool request = a.direction() == Direction::ClientToServer;
        QVERIFY2(note.contains(request ? u"Sec-WebSocket-Key"_s : u"Sec-WebSocket-Accept"_s),
                 qPrintable(note));
        QVERIFY2(note.contains(u"Here: "_s), qPrintable(note));
        (request ? requests : answers) += 1;
    }
    QVERIFY(requests > 0 && answers > 0);
}

void LadderTest::grpcCallsAreNamed()
{
    // The HEADERS that open a call name its method (from :path), and messages are counted by call.
    QSet<QString> methods;
    for (const Timeline* timeline : {m_grpc->timelineA(), m_grpc->timelineB()}) {
        show(timeline);
        const LadderModel& model = m_view->model();
        for (qsizetype i = 0; i < model.size(); ++i) {
            const LadderArrow& a = model.arrow(i);
            if (a.event.is(Layer::Http2, Http2Kind::Headers) && a.direction() == Direction::ClientToServer)
                methods.insert(a.label.section(QLatin1Char(' '), 2));
        }
        for (const QString& family : model.families())
            QVERIFY2(family != QLatin1String("gRPC message"), qPrintable(family));
    }
    for (const QString& method : {QStringLiteral("GetItem"), QStringLiteral("Exchange"),
                                  QStringLiteral("ListItems"), QStringLiteral("UploadItems")})
        QVERIFY2(methods.contains(method),
                 qPrintable(QStringList(methods.cbegin(), methods.cend()).join(u',')));
}

namespace {

/// The client a request names in its target ("/updates?client=2"), -1 if none.
int clientNamedIn(const QString& label)
{
    const qsizetype at = label.indexOf(QLatin1String("client="));
    if (at < 0)
        return -1;
    qsizetype end = at + 7;
    while (end < label.size() && label.at(end).isDigit())
        ++end;
    return label.mid(at + 7, end - at - 7).toInt();
}

} // namespace

void LadderTest::eachClientHasItsLifeline()
{
    // Five chat clients: four lifelines, the last shared by clients 4 and 5; the server's copies of a
    // message fan out to the lifelines of the clients they reach.
    const QRectF target(QPointF(0, 0), m_view->size());
    for (const Timeline* timeline : {m_chat->timelineA(), m_chat->timelineB()}) {
        show(timeline);
        const LadderModel& model = m_view->model();
        QCOMPARE(model.clientCount(), 5);
        QSet<int> named;
        for (qsizetype index : model.bySend()) {
            const LadderArrow& a = model.arrow(index);
            const int client = a.event.is(Layer::Http1, Http1Kind::RequestHead) ? clientNamedIn(a.label) : -1;
            if (client < 0)
                continue;
            named.insert(client);
            QCOMPARE(model.clientOf(a.event.connection), client);
        }
        QCOMPARE(named.size(), 5);

        m_view->grab();
        QStringList heads;
        for (const QString& name :
             {QStringLiteral("Client 1"), QStringLiteral("Client 2"), QStringLiteral("Client 3"),
              QStringLiteral("Clients 4–5"), QStringLiteral("Server")}) {
            const auto head = notedLabel(*m_view, name);
            QVERIFY2(head, qPrintable(name));
            QVERIFY(QFontMetricsF(head->font).horizontalAdvance(name) <= head->rect.width() + 0.5);
            heads.append(name);
        }
        QVERIFY(!notedLabel(*m_view, QStringLiteral("Client")));
        for (qsizetype i = 1; i < heads.size(); ++i)
            QVERIFY(notedLabel(*m_view, heads.at(i - 1))->rect.right() <
                    notedLabel(*m_view, heads.at(i))->rect.left());

        // Arrows run between the server and their own client's lifeline: one lifeline per head.
        QSet<int> ends;
        QMap<int, double> laneX;
        for (qsizetype index : model.bySend()) {
            const LadderArrow& a = model.arrow(index);
            if (a.direction() != Direction::ServerToClient)
                continue;
            const QLineF line = m_view->arrowLine(index, target);
            const int lane = std::min(model.clientOf(a.event.connection), 3);
            if (laneX.contains(lane))
                QCOMPARE(line.p2().x(), laneX.value(lane));
            laneX.insert(lane, line.p2().x());
            ends.insert(qRound(line.p2().x()));
        }
        QCOMPARE(ends.size(), 4);
        const QRectF first = notedLabel(*m_view, QStringLiteral("Client 1"))->rect;
        const QRectF last = notedLabel(*m_view, QStringLiteral("Clients 4–5"))->rect;
        QVERIFY(std::abs(first.center().x() - laneX.value(0)) < 1);
        QVERIFY(std::abs(last.center().x() - laneX.value(3)) < 1);
    }

    // Sessions of one client keep their one Client lifeline.
    show(m_tls->timelineA());
    QCOMPARE(m_view->model().clientCount(), 0);
    m_view->grab();
    QVERIFY(notedLabel(*m_view, QStringLiteral("Client")));
    QVERIFY(!notedLabel(*m_view, QStringLiteral("Client 1")));
}

void LadderTest::clientLifelinesFitAShortPane()
{
    // Four panes in presentation mode, and one in a compact header: the clients' heads stay whole, apart
    // and inside the pane, the counter between the last of them and the server.
    const double oldScale = m_theme.fontScale();
    for (const auto& [size, fontScale] : {std::pair{QSize(440, 260), 1.25}, std::pair{QSize(620, 130), 1.6},
                                          std::pair{QSize(520, 560), 1.0}}) {
        m_theme.setFontScale(fontScale);
        show(m_chat->timelineB());
        m_view->resize(size);
        m_view->grab();
        const QStringList small = tooSmallLabels(*m_view, m_theme);
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
        const QRectF widget(QPointF(0, 0), QSizeF(size));
        QList<QRectF> heads;
        for (const QString& name :
             {QStringLiteral("Client 1"), QStringLiteral("Client 2"), QStringLiteral("Client 3"),
              QStringLiteral("Clients 4–5"), QStringLiteral("Server")}) {
            const auto head = notedHead(*m_view, name);
            QVERIFY2(head, qPrintable(name));
            heads.append(head->rect);
        }
        for (qsizetype i = 1; i < heads.size(); ++i)
            QVERIFY2(heads.at(i - 1).right() < heads.at(i).left(), qPrintable(QString::number(i)));
        // Where the heads leave the counter no room at the label size, a compact header drops it: the
        // pane's heading states the round trips.
        const auto trips = notedCounter(*m_view);
        QVERIFY(trips || heads.constFirst().top() < size.height() * 0.1);
        if (trips && std::abs(trips->rect.center().y() - heads.constFirst().center().y()) < 2) {
            QVERIFY(heads.at(3).right() < trips->rect.left());
            QVERIFY(trips->rect.right() < heads.constLast().left());
        }
        for (const DrawnLabel& label : m_view->drawnLabels()) {
            QVERIFY2(QFontMetricsF(label.font).horizontalAdvance(label.text) <= label.rect.width() + 0.5,
                     qPrintable(label.text));
            QVERIFY2(widget.contains(label.rect), qPrintable(label.text));
        }
    }
    m_theme.setFontScale(oldScale);
    m_view->resize(1000, 800);
}

namespace {

/// How many calls of method the client opened: its HEADERS that name the method.
int callsOpened(const LadderModel& model, const QString& method)
{
    int calls = 0;
    for (const qsizetype index :
         arrowsOf(model, Layer::Http2, kindOf(Http2Kind::Headers), Direction::ClientToServer))
        calls += model.arrow(index).call == method ? 1 : 0;
    return calls;
}

/// The labels that name method: a counted band's ("GetItem ×8 · 8 RTT") or a flight's.
QStringList labelsNaming(const QStringList& labels, const QString& method)
{
    QStringList naming;
    for (const QString& label : labels) {
        if (label.contains(method))
            naming.append(label);
    }
    return naming;
}

} // namespace

void LadderTest::similarCallsShareACountedBand()
{
    // A's unary GetItem calls, one after another, are too close together at fit zoom in a pane of a
    // 1366x768 window to label one by one: one band counts them and the round trips they took.
    const Timeline* unary = m_calls->timelineA();
    show(unary);
    m_view->resize(490, 480);
    const QRectF target(QPointF(0, 0), m_view->size());
    const LadderModel& model = m_view->model();
    const int calls = callsOpened(model, QStringLiteral("GetItem"));
    QCOMPARE(calls, CallsPerRun);
    // Each unary call waits for the answer to the one before: a round trip per call.
    const QString band = QStringLiteral("GetItem ×%1 · %1 RTT").arg(calls);
    QStringList labels = m_view->placedLabels(target);
    QVERIFY2(labels.contains(band), qPrintable(labels.join(QLatin1Char('\n'))));
    QCOMPARE(labelsNaming(labels, QStringLiteral("GetItem")).size(), 1);

    // The band's label is drawn whole, inside the pane.
    m_view->grab();
    const auto drawn = notedLabel(*m_view, band);
    QVERIFY(drawn);
    QVERIFY(QFontMetricsF(drawn->font).horizontalAdvance(band) <= drawn->rect.width() + 0.5);
    QVERIFY(target.contains(drawn->rect));

    // Zoomed in on a few of the calls, each has room: the band splits back into labelled flights.
    const QList<qsizetype> headers =
        arrowsOf(model, Layer::Http2, kindOf(Http2Kind::Headers), Direction::ClientToServer);
    qsizetype middle = -1;
    for (const qsizetype index : headers) {
        if (model.arrow(index).call == QLatin1String("GetItem") && middle < 0)
            middle = index;
    }
    QVERIFY(middle >= 0);
    middle = headers.at(headers.indexOf(middle) + calls / 2);
    m_view->zoom(double(m_view->viewSpan()) / double(3 * model.rttNs()), model.arrow(middle).sendNs);
    labels = m_view->placedLabels(target);
    const QStringList naming = labelsNaming(labels, QStringLiteral("GetItem"));
    QVERIFY2(!naming.isEmpty(), qPrintable(labels.join(QLatin1Char('\n'))));
    for (const QString& label : naming)
        QVERIFY2(!label.startsWith(QStringLiteral("GetItem ×")), qPrintable(label));
    QVERIFY2(!labelsNaming(naming, model.arrow(middle).label).isEmpty(),
             qPrintable(naming.join(QLatin1Char('\n'))));
    m_view->resize(1000, 800);
}

void LadderTest::countedBandExplainsItself()
{
    show(m_calls->timelineA());
    m_view->resize(490, 480);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->grab();
    std::optional<DrawnLabel> band;
    QStringList drawn;
    for (const DrawnLabel& label : m_view->drawnLabels()) {
        if (label.text.startsWith(QStringLiteral("GetItem ×")))
            band = label;
        drawn.append(label.text);
    }
    QVERIFY2(band, qPrintable(drawn.join(QLatin1Char('\n'))));
    const QPoint point = band->rect.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, point, m_view->mapToGlobal(point));
    QApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QLatin1String("one after another")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QLatin1String("zoom in")));
    QToolTip::hideText();
    m_view->hide();
    m_view->resize(1000, 800);
}

void LadderTest::shortSideLabelsItsCalls_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("fontScale");
    // A pane of a 1366x768 window, and of a 1280x720 one in presentation mode.
    QTest::newRow("1366x768") << QSize(490, 480) << 1.0;
    QTest::newRow("1280x720 presentation") << QSize(620, 360) << 1.6;
}

void LadderTest::shortSideLabelsItsCalls()
{
    // B streams: it ends far sooner than A, and on A's scale its ladder is short. Its calls are named all
    // the same, each label drawn whole.
    QFETCH(QSize, size);
    QFETCH(double, fontScale);
    const double oldScale = m_theme.fontScale();
    m_theme.setFontScale(fontScale);
    LadderScale scale;
    m_selection.clear();
    m_clock.setTimelines({m_calls->timelineA(), m_calls->timelineB()});
    const ViewContext context{&m_clock, &m_theme, &m_selection, &scale};
    LadderView a(context);
    LadderView b(context);
    for (LadderView* view : {&a, &b}) {
        view->resize(size);
        view->setTimeline(view == &a ? m_calls->timelineA() : m_calls->timelineB());
    }
    m_clock.seek(m_clock.end());
    a.show();
    b.show();
    a.grab();
    b.grab();
    QCOMPARE(a.pixelsPerSecond(), b.pixelsPerSecond());
    const QStringList labels = b.placedLabels(QRectF(b.rect()));
    for (const QString& method : {QStringLiteral("ListItems"), QStringLiteral("UploadItems")})
        QVERIFY2(!labelsNaming(labels, method).isEmpty(),
                 qPrintable(method + QLatin1String(": ") + labels.join(QLatin1Char('\n'))));
    b.grab();
    const QRectF widget(b.rect());
    for (const DrawnLabel& label : b.drawnLabels()) {
        QVERIFY2(QFontMetricsF(label.font).horizontalAdvance(label.text) <= label.rect.width() + 0.5,
                 qPrintable(label.text));
        QVERIFY2(widget.contains(label.rect), qPrintable(label.text));
    }
    m_theme.setFontScale(oldScale);
}

void LadderTest::fanOutSharesOneLabel()
{
    // B's server sends each chat message to every client at once: one label names the copies together.
    const Timeline* ws = m_chat->timelineB();
    show(ws);
    const QRectF target(QPointF(0, 0), m_view->size());
    const LadderModel& model = m_view->model();
    const QStringList labels = m_view->placedLabels(target);
    // "clients" in English, "client(s)" untranslated.
    const QString joint = QStringLiteral("text frame → %1 client").arg(model.clientCount());
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                         [&joint](const QString& label) { return label.startsWith(joint); }),
             qPrintable(labels.join(QLatin1Char('\n'))));
    // No copy keeps a label of its own beside the joint one: what is labelled "text frame" alone is a
    // message a client posted.
    const qsizetype posted =
        arrowsOf(model, Layer::WebSocket, kindOf(WebSocketKind::Frame), Direction::ClientToServer).size();
    QVERIFY2(labels.count(QStringLiteral("text frame")) <= posted,
             qPrintable(labels.join(QLatin1Char('\n'))));
}

QTEST_MAIN(LadderTest)
#include "tst_ladder.moc"

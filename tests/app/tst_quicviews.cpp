#include "tests/app/labelproblems.h"
#include "tests/support/testsupport.h"

#include "core/http/workload.h"
#include "core/http3/http3client.h"
#include "core/http3/http3server.h"
#include "core/link/datagramrelay.h"
#include "core/link/link.h"
#include "core/quic/quicconnection.h"
#include "core/quic/quiceventlog.h"
#include "core/quic/quictlscontext.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"
#include "core/transport/connectiondirectory.h"

#include "app/views/eventselection.h"
#include "app/views/fieldtreemodel.h"
#include "app/views/hexview.h"
#include "app/views/inspectorview.h"
#include "app/views/laddermodel.h"
#include "app/views/ladderview.h"
#include "app/views/lanesmodel.h"
#include "app/views/lanesview.h"
#include "app/views/playbackclock.h"
#include "app/views/viewtheme.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace protoviz;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 15000;
constexpr qint64 Ms = 1000000;

/// One HTTP/3 fetch, live, through the emulated link's UDP relay, with both endpoints and the link
/// recording on one timeline under the relay's connection id, as a session records it.
struct Fetch
{
    std::unique_ptr<Timeline> timeline = std::make_unique<Timeline>(SessionClock::startingNow());
    QuicResumption ticket; ///< the session ticket the client got, for a later 0-RTT fetch
    bool earlyDataAccepted = false;
};

std::unique_ptr<Fetch> fetch(const std::shared_ptr<QuicTlsContext>& serverTls,
                             const std::shared_ptr<QuicTlsContext>& clientTls,
                             const LinkConditions& conditions, const Workload& workload,
                             const QuicResumption& resumption = {})
{
    auto result = std::make_unique<Fetch>();
    Timeline* timeline = result->timeline.get();
    EventRecorder(timeline, Origin::Link)
        .record({.layer = Layer::Session, .kind = kindOf(SessionKind::Started), .value = conditions.rttNs});
    ConnectionDirectory directory;
    Link link(conditions, &directory, EventRecorder(timeline, Origin::Link));
    link.setUpstream(QHostAddress::LocalHost, 0);
    // The relay's first flow takes the directory's first id: the endpoints record under it too.
    constexpr quint32 Flow = 1;
    QuicEventLog serverLog(EventRecorder(timeline, Origin::Server, Flow));
    QuicEventLog clientLog(EventRecorder(timeline, Origin::Client, Flow));

    Http3Server server(serverTls, workload);
    QObject::connect(&server, &Http3Server::connectionAccepted,
                     [&serverLog](QuicConnection* connection) { connection->setObserver(&serverLog); });
    QString error;
    if (!server.listen(QHostAddress::LocalHost, 0, &error)) {
        qWarning() << error;
        return nullptr;
    }
    DatagramRelay* relay = link.relayDatagrams(QHostAddress::LocalHost, 0, server.port(), &error);
    if (!relay) {
        qWarning() << error;
        return nullptr;
    }
    Http3Client client(clientTls, "localhost");
    client.setObserver(&clientLog);
    QSignalSpy responses(&client, &Http3Client::responseReceived);
    QSignalSpy ticket(&client, &Http3Client::resumptionAvailable);
    for (int i = 0; i < workload.objectCount(); ++i)
        client.get(Workload::objectPath(i));
    if (!client.connectToServer(QHostAddress::LocalHost, relay->port(), resumption, &error)) {
        qWarning() << error;
        return nullptr;
    }
    if (!QTest::qWaitFor([&] { return responses.size() == workload.objectCount() && !ticket.isEmpty(); },
                         TimeoutMs)) {
        qWarning() << "the fetch did not finish";
        return nullptr;
    }
    for (const Event& event : timeline->events()) {
        if (event.layer == Layer::Wire && event.connection != Flow) {
            qWarning() << "the relay numbered the flow" << event.connection;
            return nullptr;
        }
    }
    result->ticket = client.connection()->resumption();
    result->earlyDataAccepted = client.connection()->earlyDataAccepted();
    EventRecorder(timeline, Origin::Link)
        .record({.layer = Layer::Session, .kind = kindOf(SessionKind::Finished)});
    client.close();
    // Stop recording before the endpoints go: what is on the timeline is the fetch.
    client.setObserver(nullptr);
    link.shutdown();
    return result;
}

LinkConditions withRtt(qint64 rttMs)
{
    LinkConditions conditions;
    conditions.rttNs = rttMs * Ms;
    return conditions;
}

QList<const LanesModel::Block*> blocksOf(const LanesModel::Track& track)
{
    QList<const LanesModel::Block*> blocks;
    for (const LanesModel::Block& block : track.blocks)
        blocks.append(&block);
    return blocks;
}

} // namespace

class QuicViewsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lanesShowStreamsOnOneConnection();
    void ladderCountsQuicRoundTrips();
    void ladderBundlesQuicFlights();
    void inspectorHighlightsFrames();
    void ladderFlightEndsOnAnswers();
    void ladderTellsNeverReadFromLost();

private:
    LanesModel lanesOf(const Timeline& timeline) const;
    LadderModel ladderOf(const Timeline& timeline) const;
    void checkLabelsWhole(const Timeline& timeline);

    std::shared_ptr<QuicTlsContext> m_serverTls;
    std::shared_ptr<QuicTlsContext> m_clientTls;
    PlaybackClock m_clock;
    ViewTheme m_theme;
    EventSelection m_selection;
};

void QuicViewsTest::initTestCase()
{
    QString error;
    const protoviz::test::QuicTestTls tls = protoviz::test::QuicTestTls::make(&error);
    QVERIFY2(tls.isValid(), qPrintable(error));
    m_serverTls = tls.server;
    m_clientTls = tls.client;
}

LanesModel QuicViewsTest::lanesOf(const Timeline& timeline) const
{
    LanesModel model;
    model.append(timeline, 0, timeline.size());
    return model;
}

LadderModel QuicViewsTest::ladderOf(const Timeline& timeline) const
{
    LadderModel model;
    model.append(timeline, 0, timeline.size());
    return model;
}

void QuicViewsTest::lanesShowStreamsOnOneConnection()
{
    // Six objects through a lossy link: a lost packet holds back the stream whose bytes it carried, and
    // only that one. Which packet is lost depends on the run's timing, so a few seeds are tried.
    const Workload workload(6, 30000);
    bool stallSeen = false;
    for (quint32 seed = 1; seed <= 4 && !stallSeen; ++seed) {
        LinkConditions conditions = withRtt(30);
        conditions.lossRate = 0.04;
        conditions.seed = seed;
        const std::unique_ptr<Fetch> run = fetch(m_serverTls, m_clientTls, conditions, workload);
        QVERIFY(run);
        const LanesModel model = lanesOf(*run->timeline);

        // One connection row, QUIC and HTTP/3, whose QUIC handshake took one round trip.
        QCOMPARE(model.connections().size(), 1);
        const LanesModel::Connection& connection = model.connections().constFirst();
        QVERIFY(connection.quic);
        QCOMPARE(connection.protocol, LanesModel::Protocol::Http3);
        const auto handshake =
            std::find_if(connection.spans.begin(), connection.spans.end(), [](const LanesModel::Span& span) {
                return span.kind == LanesModel::Span::Kind::TlsHandshake;
            });
        QVERIFY(handshake != connection.spans.end());
        QVERIFY(!handshake->failed);
        QVERIFY(handshake->roundTrips >= 1);

        // Each request stream has a sub-lane, named by what it asked for when it had one stream.
        QSet<quint32> streams;
        for (int row = 0; row < connection.rowCount(); ++row) {
            const LanesModel::Track& track = connection.tracks.at(LanesModel::FirstRow + row);
            QVERIFY(track.streamCount >= 1);
            QVERIFY2(track.request.startsWith(u"GET /"_s), qPrintable(track.request));
            for (const LanesModel::Block* block : blocksOf(track)) {
                QCOMPARE(block->layer, Layer::Http3);
                QCOMPARE(block->stream % 4, 0u);
                streams.insert(block->stream);
            }
        }
        QCOMPARE(streams, (QSet<quint32>{0, 4, 8, 12, 16, 20}));
        // QUIC packets on their own track, HTTP/3 control streams on theirs.
        for (const LanesModel::Block* block : blocksOf(connection.tracks.at(LanesModel::TlsTrack)))
            QCOMPARE(block->layer, Layer::Quic);
        for (const LanesModel::Block* block : blocksOf(connection.tracks.at(LanesModel::ControlTrack)))
            QVERIFY(block->layer == Layer::Http3 && block->stream % 4 != 0);

        // Every datagram the link dropped is a lost block on the wire track, marked as TCP's are.
        int dropped = 0;
        for (const Event& event : run->timeline->events())
            dropped += event.is(Layer::Wire, WireKind::DatagramLost) ? 1 : 0;
        int lostBlocks = 0;
        for (const LanesModel::Block* block : blocksOf(connection.tracks.at(LanesModel::WireTrack)))
            lostBlocks += (block->marks & LanesModel::Lost) ? 1 : 0;
        QCOMPARE(lostBlocks, dropped);
        QVERIFY(dropped == 0 || model.datagramLostSeen() != LanesModel::Pending);

        // A stream held back behind a lost packet while another stream's frames arrived: the stall is
        // that stream's alone.
        for (int row = 0; row < connection.rowCount() && !stallSeen; ++row) {
            for (const LanesModel::Block* held : blocksOf(connection.tracks.at(LanesModel::FirstRow + row))) {
                if (!(held->marks & LanesModel::HeldBack))
                    continue;
                QVERIFY(held->heldFrom >= held->start && held->heldFrom < held->end);
                QVERIFY(model.streamHeldSeen() <= held->heldFrom);
                for (int other = 0; other < connection.rowCount() && !stallSeen; ++other) {
                    for (const LanesModel::Block* block :
                         blocksOf(connection.tracks.at(LanesModel::FirstRow + other))) {
                        if (block->stream != held->stream && !(block->marks & LanesModel::HeldBack) &&
                            block->end > held->heldFrom && block->end < held->end)
                            stallSeen = true;
                    }
                }
            }
        }
        if (seed == 1)
            checkLabelsWhole(*run->timeline);
    }
    QVERIFY2(stallSeen,
             "in four lossy fetches some stream waited behind a lost packet while another went on");
}

void QuicViewsTest::ladderCountsQuicRoundTrips()
{
    // Small objects, each answered in the server's first flight: a full handshake with the requests
    // costs two round trips to the answers, a resumption with the requests in 0-RTT one.
    const Workload workload(2, 800);
    const std::unique_ptr<Fetch> full = fetch(m_serverTls, m_clientTls, withRtt(60), workload);
    QVERIFY(full);
    QVERIFY(!full->ticket.isNull());
    const LadderModel first = ladderOf(*full->timeline);
    QCOMPARE(first.roundTripsAt(std::numeric_limits<qint64>::max()), 2);

    QStringList labels;
    for (qsizetype i = 0; i < first.size(); ++i) {
        const LadderArrow& arrow = first.arrow(i);
        QCOMPARE(arrow.event.layer, Layer::Quic);
        labels.append(arrow.label);
    }
    // The first arrow is the client's Initial with its ClientHello; the server's answers it.
    QCOMPARE(first.arrow(first.bySend().constFirst()).label, u"Initial: CRYPTO ClientHello"_s);
    QVERIFY2(labels.contains(u"Initial: CRYPTO ServerHello"_s), qPrintable(labels.join(u" | ")));
    QVERIFY2(std::any_of(labels.begin(), labels.end(),
                         [](const QString& l) { return l.startsWith(u"Handshake: CRYPTO"); }),
             qPrintable(labels.join(u" | ")));
    QVERIFY2(std::any_of(labels.begin(), labels.end(),
                         [](const QString& l) { return l.startsWith(u"1-RTT: STREAM HEADERS"); }),
             qPrintable(labels.join(u" | ")));
    // Sent and received records pair up: on a clean link every packet of the handshake and the requests
    // arrived (the last few may still fly when the test stops the link).
    for (const qsizetype arrow : first.bySend()) {
        QVERIFY2(first.arrow(arrow).received(), qPrintable(first.arrow(arrow).label));
        if (first.arrow(arrow).label.startsWith(u"1-RTT: STREAM HEADERS"))
            break;
    }

    const std::unique_ptr<Fetch> resumed =
        fetch(m_serverTls, m_clientTls, withRtt(60), workload, full->ticket);
    QVERIFY(resumed);
    QVERIFY(resumed->earlyDataAccepted);
    const LadderModel second = ladderOf(*resumed->timeline);
    QCOMPARE(second.roundTripsAt(std::numeric_limits<qint64>::max()), 1);
    bool early = false;
    for (qsizetype i = 0; i < second.size(); ++i) {
        if (second.arrow(i).label == u"0-RTT: early data"_s) {
            early = true;
            QVERIFY(second.arrow(i).distinctive);
            QCOMPARE(second.arrow(i).direction(), Direction::ClientToServer);
        }
    }
    QVERIFY(early);
    checkLabelsWhole(*resumed->timeline);
}

void QuicViewsTest::inspectorHighlightsFrames()
{
    const std::unique_ptr<Fetch> run = fetch(m_serverTls, m_clientTls, withRtt(20), Workload(1, 500));
    QVERIFY(run);
    const Timeline& timeline = *run->timeline;
    InspectorView inspector(ViewContext{.clock = nullptr, .theme = &m_theme, .selection = &m_selection});
    bool packetSeen = false;
    bool headersSeen = false;
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const Event event = timeline.at(i);
        if (event.origin != Origin::Client)
            continue;
        const EventDetail detail = timeline.detail(event);
        if (event.is(Layer::Quic, QuicKind::PacketSent) && !packetSeen) {
            // A packet's header parts and frames are fields whose bytes light up in the dump.
            const auto stream = std::find_if(detail.fields.begin(), detail.fields.end(),
                                             [](const Field& field) { return field.name == u"STREAM"_s; });
            if (stream == detail.fields.end())
                continue;
            packetSeen = true;
            m_selection.select(&timeline, i);
            QVERIFY(inspector.hasEvent());
            QCOMPARE(inspector.headerTitle(), detail.text);
            QCOMPARE(inspector.hexView()->bytes(), detail.bytes);
            for (int field = 0; field < detail.fields.size(); ++field) {
                inspector.selectField(field);
                QCOMPARE(inspector.hexView()->highlight(),
                         (HexView::Range{detail.fields.at(field).offset, detail.fields.at(field).length}));
            }
            inspector.selectFieldAtByte(stream->offset);
            QCOMPARE(inspector.selectedField(), int(stream - detail.fields.begin()));
        } else if (event.is(Layer::Http3, Http3Kind::HeaderFields) && !headersSeen) {
            // QPACK's fields as the request's: its pseudo-headers by name, explained in the title.
            headersSeen = true;
            m_selection.select(&timeline, i);
            QCOMPARE(inspector.headerTitle(), u"Request GET "_s + detail.fieldValue(u":path"));
            QCOMPARE(inspector.fieldModel()->rowCount(), int(detail.fields.size()));
        }
    }
    QVERIFY(packetSeen);
    QVERIFY(headersSeen);
    m_selection.clear();
}

void QuicViewsTest::ladderBundlesQuicFlights()
{
    // A page of 24 objects: the packets each side sends back to back travel as a few flights per round
    // trip, as TCP's segments do, each labelled with what it carries, not as a smear of arrows.
    const Workload workload(24, 20000);
    const std::unique_ptr<Fetch> run = fetch(m_serverTls, m_clientTls, withRtt(40), workload);
    QVERIFY(run);
    m_clock.setTimelines({run->timeline.get()});
    m_clock.seek(m_clock.end());
    LadderView ladder(ViewContext{&m_clock, &m_theme, &m_selection});
    const QRectF target(0, 0, 640, 400);
    ladder.resize(target.size().toSize());
    ladder.setTimeline(run->timeline.get());
    ladder.fitAll();
    const qsizetype packets = ladder.model().size();
    const qsizetype bundles = ladder.drawnBundleCount(target);
    const QStringList labels = ladder.placedLabels(target);
    QVERIFY2(packets > 100, qPrintable(QString::number(packets)));
    // Hundreds of packets, a few dozen arrows and bands: a few flights per round trip.
    QVERIFY2(bundles <= 40, qPrintable(QString::number(bundles)));
    // The handshake's first flight is named by what it carries, and so is the page's data.
    QVERIFY2(
        std::any_of(labels.begin(), labels.end(), [](const QString& l) { return l.startsWith(u"Initial"); }),
        qPrintable(labels.join(u" | ")));
    QVERIFY2(std::any_of(labels.begin(), labels.end(), [](const QString& l) { return l.contains(u"1-RTT"); }),
             qPrintable(labels.join(u" | ")));
    // Whatever is labelled is labelled whole, in the window and on a large screen.
    checkLabelsWhole(*run->timeline);
}

void QuicViewsTest::ladderFlightEndsOnAnswers()
{
    // Twelve objects asked for at once: the server answers them in one flight, however many packets and
    // acknowledgement rounds it takes, since the client sends nothing that answers it until it closes.
    const std::unique_ptr<Fetch> run = fetch(m_serverTls, m_clientTls, withRtt(40), Workload(12, 20000));
    QVERIFY(run);
    const Timeline& timeline = *run->timeline;
    const LadderModel model = ladderOf(timeline);
    constexpr quint32 Flow = 1;

    qint64 lastAskNs = -1;
    qint64 closeNs = std::numeric_limits<qint64>::max();
    for (const qsizetype index : model.bySend()) {
        const LadderArrow& arrow = model.arrow(index);
        if (arrow.direction() != Direction::ClientToServer)
            continue;
        if (arrow.label.contains(u"HEADERS"))
            lastAskNs = arrow.sendNs;
        if (arrow.label.contains(u"CONNECTION_CLOSE"))
            closeNs = std::min(closeNs, arrow.sendNs);
    }
    QVERIFY(lastAskNs > 0);
    int clientStreamPackets = 0; // the client's own small STREAM packets: QPACK's acknowledgements
    qint64 firstAnswerNs = -1;
    qint64 lastAnswerNs = -1;
    for (const qsizetype index : model.bySend()) {
        const LadderArrow& arrow = model.arrow(index);
        if (arrow.sendNs <= lastAskNs || arrow.sendNs >= closeNs)
            continue;
        if (arrow.direction() == Direction::ClientToServer) {
            // What the client sends while the answers come in answers nothing: not drawn, not hearing back.
            QVERIFY2(arrow.routine, qPrintable(arrow.label));
            clientStreamPackets += arrow.label.contains(u"STREAM") ? 1 : 0;
        } else if (!arrow.routine) {
            firstAnswerNs = firstAnswerNs < 0 ? arrow.sendNs : firstAnswerNs;
            lastAnswerNs = arrow.sendNs;
        }
    }
    QVERIFY2(clientStreamPackets > 0, "the client acknowledged header blocks while the answers came");
    QVERIFY(firstAnswerNs > 0 && lastAnswerNs - firstAnswerNs > model.rttNs());
    QVERIFY(!model.receivedBetween(Origin::Server, Flow, firstAnswerNs, lastAnswerNs));

    // The ladder's round trips are the statistics' at every step, from one counter.
    const QList<Event> events = timeline.events();
    for (const qsizetype index : model.bySend()) {
        const LadderArrow& arrow = model.arrow(index);
        if (!arrow.received())
            continue;
        QList<Event> upTo;
        for (const Event& event : events) {
            if (event.timeNs <= arrow.receiveNs)
                upTo.append(event);
        }
        QCOMPARE(model.roundTripsAt(arrow.receiveNs), SessionStatistics::compute(upTo).roundTrips);
    }
    QCOMPARE(model.roundTripsAt(std::numeric_limits<qint64>::max()),
             SessionStatistics::compute(timeline).roundTrips);
}

void QuicViewsTest::ladderTellsNeverReadFromLost()
{
    // A fetch retold as if the client had closed while the server's last packet was on its way, and as
    // if the server's first packet had been lost: the one was never read, the other not seen arriving.
    const std::unique_ptr<Fetch> run = fetch(m_serverTls, m_clientTls, withRtt(40), Workload(4, 8000));
    QVERIFY(run);
    const Timeline& recorded = *run->timeline;
    const LadderModel original = ladderOf(recorded);
    std::optional<LadderArrow> lastAnswer;
    std::optional<LadderArrow> firstAnswer;
    std::optional<Event> close;
    for (const qsizetype index : original.bySend()) {
        const LadderArrow& arrow = original.arrow(index);
        if (arrow.direction() == Direction::ClientToServer &&
            (arrow.event.flags & QuicPacketFlag::ConnectionClose))
            close = close ? close : arrow.event;
        if (arrow.direction() != Direction::ServerToClient || arrow.routine || !arrow.received())
            continue;
        firstAnswer = firstAnswer ? firstAnswer : arrow;
        lastAnswer = arrow;
    }
    QVERIFY(close && firstAnswer && lastAnswer);
    QVERIFY(lastAnswer->sendNs > firstAnswer->sendNs + original.rttNs());

    // The client closes the moment the last answer leaves, and reads (records) nothing after that.
    const qint64 closeNs = lastAnswer->sendNs;
    Timeline retold(SessionClock::startingNow());
    bool closed = false;
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        const Event event = recorded.at(i);
        if (!closed && event.timeNs > closeNs) {
            Event early = *close;
            early.timeNs = closeNs;
            retold.append(early, recorded.detail(*close));
            closed = true;
        }
        if ((event.origin == Origin::Client && event.timeNs > closeNs) || i == firstAnswer->receiveEvent)
            continue;
        retold.append(event, recorded.detail(event));
    }
    QVERIFY(closed);
    const LadderModel model = ladderOf(retold);
    bool neverReadSeen = false;
    bool lostSeen = false;
    for (const qsizetype index : model.bySend()) {
        const LadderArrow& arrow = model.arrow(index);
        if (arrow.direction() != Direction::ServerToClient || arrow.routine)
            continue;
        if (arrow.sendNs == firstAnswer->sendNs && arrow.label == firstAnswer->label) {
            QVERIFY(!arrow.received());
            QVERIFY(!model.neverRead(arrow));
            lostSeen = true;
        } else if (arrow.sendNs >= closeNs) {
            QVERIFY(!arrow.received());
            QVERIFY2(model.neverRead(arrow), qPrintable(arrow.label));
            neverReadSeen = true;
        } else if (arrow.received()) {
            QVERIFY(!model.neverRead(arrow));
        }
    }
    QVERIFY(neverReadSeen && lostSeen);
    QVERIFY(model.anyShownNeverRead());
    QVERIFY(model.anyShownUnreceived());

    // The key tells the two apart.
    m_clock.setTimelines({&retold});
    m_clock.seek(m_clock.end());
    LadderView ladder(ViewContext{&m_clock, &m_theme, &m_selection});
    ladder.resize(1280, 720);
    ladder.setTimeline(&retold);
    ladder.fitAll();
    ladder.toImage();
    QStringList keys;
    for (const LegendSwatch& swatch : ladder.legendSwatches())
        keys.append(swatch.label);
    QVERIFY2(keys.contains(u"not seen arriving"_s), qPrintable(keys.join(u" | ")));
    QVERIFY2(keys.contains(u"never read: the receiver had closed"_s), qPrintable(keys.join(u" | ")));
    m_clock.setTimelines({});
}

void QuicViewsTest::checkLabelsWhole(const Timeline& timeline)
{
    m_clock.setTimelines({&timeline});
    m_clock.seek(m_clock.end());
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        LanesView lanes(ViewContext{&m_clock, &m_theme, &m_selection});
        lanes.resize(size);
        lanes.setTimeline(&timeline);
        lanes.toImage();
        QStringList problems = test::labelProblems(lanes, test::Ellipsis::Allowed);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));

        LadderView ladder(ViewContext{&m_clock, &m_theme, &m_selection});
        ladder.resize(size);
        ladder.setTimeline(&timeline);
        ladder.fitAll();
        ladder.toImage();
        problems = test::labelProblems(ladder, test::Ellipsis::Allowed);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    }
}

QTEST_MAIN(QuicViewsTest)
#include "tst_quicviews.moc"

#include "tests/support/testsupport.h"

// The events table says what happened in words ("client sent a segment"), not with the engine's kind
// identifiers (SegmentSent): checked for every kind of every layer, and over real short runs. And that
// sentence is read without scrolling: right after the time, whole, in the window at a projector's, a
// laptop's and a desk's size (one offscreen screen each).

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/timeline/eventnames.h"
#include "core/timeline/timeline.h"

#include "app/views/eventsentence.h"
#include "app/views/eventstable.h"
#include "app/views/mainwindow.h"
#include "app/views/sessionpane.h"
#include "app/views/timelinemodel.h"

#include <QApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
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

// The window sizes the sentence is read at: a projector in presentation mode, a laptop, and a desk's
// screen with the Scenario and Statistics docks beside the panes.
struct ScreenSize
{
    const char* name;
    int width;
    int height;
    bool presentation;
};
constexpr ScreenSize Sizes[] = {
    {"1280x720 presentation", 1280, 720, true},
    {"1366x768", 1366, 768, false},
    {"1600x1000", 1600, 1000, false},
};

// How many of the first rows are checked: the handshake's, where every layer speaks.
constexpr int CheckedRows = 24;

ScenarioKnobs smallKnobs()
{
    ScenarioKnobs knobs = ScenarioCatalog::entry(QStringLiteral("h1-vs-h2"))->defaults;
    knobs.link.rttNs = 10'000'000;
    knobs.objects = 3;
    knobs.objectSize = 2000;
    return knobs;
}

// Appends to *failures why table's first rows do not show their whole sentence without scrolling.
void checkSentencesRead(const EventsTable& table, const QString& where, QStringList* failures)
{
    const QHeaderView* header = table.horizontalHeader();
    if (header->visualIndex(TimelineModel::KindColumn) != header->visualIndex(TimelineModel::TimeColumn) + 1)
        failures->append(QStringLiteral("%1: the sentence is not next to the time").arg(where));
    if (table.horizontalScrollBar()->maximum() > 0)
        failures->append(QStringLiteral("%1: the list scrolls sideways by %2 px")
                             .arg(where)
                             .arg(table.horizontalScrollBar()->maximum()));
    const QAbstractItemModel* model = table.model();
    if (model->rowCount() < CheckedRows)
        failures->append(QStringLiteral("%1: only %2 rows").arg(where).arg(model->rowCount()));
    const QFontMetricsF metrics(table.font());
    // The style draws a cell's text inside the focus frame's margin and one pixel more; the grid takes one.
    const int margin = table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1;
    for (int row = 0; row < std::min(CheckedRows, model->rowCount()); ++row) {
        const QModelIndex index = model->index(row, TimelineModel::KindColumn);
        const QString text = index.data().toString();
        const QRect cell = table.visualRect(index);
        if (cell.left() < 0 || cell.right() >= table.viewport()->width())
            failures->append(QStringLiteral("%1: row %2's sentence lies outside the list (%3..%4 of %5 px)")
                                 .arg(where)
                                 .arg(row)
                                 .arg(cell.left())
                                 .arg(cell.right())
                                 .arg(table.viewport()->width()));
        const QRectF room = QRectF(cell).adjusted(margin, 0, -margin - 1, -1);
        const QRectF needs =
            metrics.boundingRect(room, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text);
        const bool wordsFit = metrics.horizontalAdvance(text) <= room.width() + 0.5 ||
                              (table.wrapsSentences() && needs.width() <= room.width() + 0.5);
        if (!wordsFit || needs.height() > room.height() + 0.5)
            failures->append(QStringLiteral("%1: row %2's \"%3\" needs %4×%5 px, its cell has %6×%7")
                                 .arg(where)
                                 .arg(row)
                                 .arg(text)
                                 .arg(metrics.horizontalAdvance(text), 0, 'f', 1)
                                 .arg(needs.height(), 0, 'f', 1)
                                 .arg(room.width(), 0, 'f', 1)
                                 .arg(room.height(), 0, 'f', 1));
    }
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
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ProtoVizTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_eventstable"));
        QCOMPARE(QGuiApplication::screens().size(), qsizetype(std::size(Sizes)));
    }

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

    void sentenceIsReadWithoutScrolling_data()
    {
        QTest::addColumn<int>("size");
        for (int i = 0; i < int(std::size(Sizes)); ++i)
            QTest::newRow(Sizes[i].name) << i;
    }

    void sentenceIsReadWithoutScrolling()
    {
        QFETCH(int, size);
        const ScreenSize& screenSize = Sizes[size];
        QSettings().clear(); // the window opens as on a first start
        MainWindow window;
        QScreen* screen = nullptr;
        for (QScreen* candidate : QGuiApplication::screens()) {
            if (candidate->size() == QSize(screenSize.width, screenSize.height))
                screen = candidate;
        }
        QVERIFY(screen);
        window.setScreen(screen);
        window.setGeometry(screen->availableGeometry());
        window.show();
        if (screenSize.presentation)
            window.setPresentationMode(true);
        else
            window.showStatistics();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setView(SessionPane::View::Events);
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
        window.runScenario(QStringLiteral("h1-vs-h2"), smallKnobs());
        QVERIFY(finished.wait(60000));
        QTest::qWait(300);
        QStringList failures;
        for (SessionPane* pane : window.shownPanes()) {
            const auto* table = qobject_cast<const EventsTable*>(pane->currentWidget());
            QVERIFY(table);
            QVERIFY(table->isVisible());
            checkSentencesRead(*table, pane->title(), &failures);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void narrowListsWrapTheSentence()
    {
        // A quarter of a projector: the technical columns give way, then the sentence wraps onto a second
        // line rather than lose its end. A wide list shows every column and the sentence on one line.
        const std::unique_ptr<Comparison> comparison =
            test::runComparison(QStringLiteral("h1-vs-h2"), smallKnobs());
        QVERIFY(comparison);
        TimelineModel model;
        model.setTimeline(comparison->timelines().constFirst());
        EventsTable table(&model);
        table.resize(1200, 500);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(!table.wrapsSentences());
        for (int column = 0; column < TimelineModel::ColumnCount; ++column)
            QVERIFY2(!table.isColumnHidden(column), qPrintable(QString::number(column)));
        QStringList failures;
        checkSentencesRead(table, QStringLiteral("wide"), &failures);

        table.resize(table.sentenceWidth() + 60, 500);
        QTRY_VERIFY(table.wrapsSentences());
        QVERIFY(table.isColumnHidden(TimelineModel::SummaryColumn));
        QVERIFY(table.isColumnHidden(TimelineModel::LayerColumn));
        checkSentencesRead(table, QStringLiteral("narrow"), &failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        // What the hidden columns said is in the sentence's tooltip.
        const QString tooltip =
            model.data(model.index(0, TimelineModel::KindColumn), Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(TimelineModel::layerLabel(model.eventAt(0).layer)), qPrintable(tooltip));
    }

private:
    QTemporaryDir m_settingsDir;
};

int main(int argc, char** argv)
{
    // One offscreen screen per size, side by side: each window fills its own as it would a real one.
    QTemporaryDir configDir;
    const QString configPath = configDir.filePath(QStringLiteral("screens.json"));
    {
        QFile config(configPath);
        if (!config.open(QIODevice::WriteOnly))
            return 2;
        QString screens;
        int x = 0;
        for (const ScreenSize& size : Sizes) {
            if (!screens.isEmpty())
                screens += QLatin1Char(',');
            screens += QStringLiteral(R"({"name":"%1","x":%2,"y":0,"width":%3,"height":%4,"logicalDpi":96,)"
                                      R"("logicalBaseDpi":96,"dpr":1})")
                           .arg(QString::fromLatin1(size.name).section(QLatin1Char(' '), 0, 0))
                           .arg(x)
                           .arg(size.width)
                           .arg(size.height);
            x += size.width;
        }
        config.write(QStringLiteral(R"({"screens":[%1]})").arg(screens).toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", (QStringLiteral("offscreen:configfile=") + configPath).toUtf8());
    QApplication app(argc, argv);
    EventsTableTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventstable.moc"

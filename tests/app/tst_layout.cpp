#include "tests/support/testsupport.h"

// The window at the sizes it is used at — a projector (1280×720, presentation mode), a laptop (1366×768)
// and a hall's screen (1920×1080) — in every language, after short real runs: the named widgets lie
// inside the window, every key label the views and the shared key drew fits the box it was drawn into
// (measured with the font it was drawn in), A's and B's ladders share one vertical scale, and every
// control a keyboard reaches has a name for assistive technology.

#include "core/session/scenario.h"
#include "core/session/securityscenarios.h"

#include "app/views/captionlabel.h"
#include "app/views/eventselection.h"
#include "app/views/ladderview.h"
#include "app/views/legendstrip.h"
#include "app/views/mainwindow.h"
#include "app/views/playbackbar.h"
#include "app/views/scenariocontrols.h"
#include "app/views/sessionpane.h"
#include "app/views/statisticsview.h"
#include "app/views/timelinecanvas.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFontMetricsF>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace protoviz;

namespace {

// The sizes tested, one offscreen screen each (side by side), so that presentation mode's full screen
// is exactly the projector's.
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
    {"1920x1080", 1920, 1080, false},
};

QRect rectInWindow(const QWidget* widget, const QWidget* window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

QString describe(const QRect& rect)
{
    return QStringLiteral("%1,%2 %3×%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

} // namespace

class LayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layoutHolds_data();
    void layoutHolds();
    void everyFocusableControlHasAName();
    void inspectorTakesNoRoomUntilSomethingIsSelected();

private:
    // A window on the screen of size, in language, in presentation mode where the size says so.
    std::unique_ptr<MainWindow> openWindow(const ScreenSize& size, const QString& language);
    // Runs scenario id with small knobs to its end.
    static bool runToEnd(MainWindow& window, const QString& id);
    // Lets the views paint and the shared key catch up with them.
    static void settle(MainWindow& window);
    // Appends to *failures what lies outside the window or is not shown.
    static void checkInside(const MainWindow& window, const QWidget* widget, const QString& name,
                            QStringList* failures);
    // Appends to *failures each noted label wider than its box, or a box outside its widget.
    static void checkLabels(const QList<DrawnLabel>& labels, const QRectF& bounds, const QString& where,
                            QStringList* failures);
    void checkWindow(MainWindow& window, const QString& where, QStringList* failures);

    QTemporaryDir m_settingsDir;
};

void LayoutTest::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProtoVizTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
    QCOMPARE(QGuiApplication::screens().size(), qsizetype(std::size(Sizes)));
}

std::unique_ptr<MainWindow> LayoutTest::openWindow(const ScreenSize& size, const QString& language)
{
    QSettings().clear(); // every window starts as on a first start
    auto window = std::make_unique<MainWindow>();
    window->setLanguage(language);
    QScreen* screen = nullptr;
    for (QScreen* candidate : QGuiApplication::screens()) {
        if (candidate->size() == QSize(size.width, size.height))
            screen = candidate;
    }
    if (!screen)
        return nullptr;
    window->setScreen(screen);
    window->setGeometry(screen->availableGeometry());
    window->show();
    if (size.presentation)
        window->setPresentationMode(true);
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;

    return window;
}

bool LayoutTest::runToEnd(MainWindow& window, const QString& id)
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 20'000'000;
    knobs.objects = 3;
    knobs.objectSize = 800;
    knobs.clients = 2;
    knobs.durationSeconds = 1;
    knobs.updatesPerSecond = 2;
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    window.runScenario(id, knobs);
    return finished.wait(60000);
}

void LayoutTest::settle(MainWindow& window)
{
    // The key refreshes at most every 200 ms; the panes' figures every 200 ms.
    QTest::qWait(450);
    for (SessionPane* pane : window.shownPanes()) {
        if (TimelineCanvas* canvas = pane->currentCanvas())
            canvas->grab();
    }
    QTest::qWait(250);
    for (SessionPane* pane : window.shownPanes()) {
        if (TimelineCanvas* canvas = pane->currentCanvas())
            canvas->grab(); // drawn as shown, with the window's key in place of its own
    }
    if (window.legendStrip()->isVisible())
        window.legendStrip()->grab();
}

void LayoutTest::checkInside(const MainWindow& window, const QWidget* widget, const QString& name,
                             QStringList* failures)
{
    if (!widget) {
        failures->append(QStringLiteral("%1 is missing").arg(name));
        return;
    }
    if (!widget->isVisibleTo(&window)) {
        failures->append(QStringLiteral("%1 is not shown").arg(name));
        return;
    }
    const QRect rect = rectInWindow(widget, &window);
    if (rect.isEmpty() || !window.rect().contains(rect))
        failures->append(QStringLiteral("%1 at %2 is not inside the window %3")
                             .arg(name, describe(rect), describe(window.rect())));
}

void LayoutTest::checkLabels(const QList<DrawnLabel>& labels, const QRectF& bounds, const QString& where,
                             QStringList* failures)
{
    const QRectF room = bounds.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const DrawnLabel& label : labels) {
        const qreal needs = QFontMetricsF(label.font).horizontalAdvance(label.text);
        if (needs > label.rect.width() + 0.5)
            failures->append(QStringLiteral("%1: label \"%2\" needs %3 px but was drawn into %4 px")
                                 .arg(where, label.text)
                                 .arg(needs, 0, 'f', 1)
                                 .arg(label.rect.width(), 0, 'f', 1));
        if (!room.contains(label.rect))
            failures->append(
                QStringLiteral("%1: label \"%2\" at %3 lies outside the view %4")
                    .arg(where, label.text, describe(label.rect.toRect()), describe(bounds.toRect())));
    }
}

void LayoutTest::checkWindow(MainWindow& window, const QString& where, QStringList* failures)
{
    const auto inside = [&](const QWidget* widget, const QString& name) {
        checkInside(window, widget, QStringLiteral("%1: %2").arg(where, name), failures);
    };
    // A window whose parts need more room than the screen grows past it, and its edges are lost.
    const QSize screen = window.screen()->size();
    if (window.width() > screen.width() || window.height() > screen.height())
        failures->append(QStringLiteral("%1: the window grew to %2×%3, beyond the screen (minimum %4×%5)")
                             .arg(where)
                             .arg(window.width())
                             .arg(window.height())
                             .arg(window.minimumSizeHint().width())
                             .arg(window.minimumSizeHint().height()));
    PlaybackBar* bar = window.playbackBar();
    inside(bar, QStringLiteral("playback bar"));
    inside(bar->findChild<QLabel*>(QStringLiteral("timeLabel")), QStringLiteral("playback time"));
    inside(bar->findChild<QComboBox*>(QStringLiteral("speedBox")), QStringLiteral("speed box"));
    inside(window.statusBar(), QStringLiteral("status bar"));
    auto* runBar = window.findChild<QToolBar*>(QStringLiteral("runToolbar"));
    inside(runBar ? runBar->widgetForAction(runBar->actions().value(0)) : nullptr,
           QStringLiteral("run button"));
    inside(window.caption(), QStringLiteral("caption line"));
    if (window.caption()->isVisible() &&
        window.caption()->heightForWidth(window.caption()->width()) > window.caption()->height())
        failures->append(QStringLiteral("%1: the caption line is cut (needs %2 px of height, has %3)")
                             .arg(where)
                             .arg(window.caption()->heightForWidth(window.caption()->width()))
                             .arg(window.caption()->height()));
    for (SessionPane* pane : window.shownPanes()) {
        auto* title = pane->findChild<QLabel*>(QStringLiteral("paneTitle"));
        inside(title, QStringLiteral("title of pane %1").arg(pane->title()));
        if (title && title->heightForWidth(title->width()) > title->height())
            failures->append(QStringLiteral("%1: the title \"%2\" is cut (needs %3 px of height, has %4)")
                                 .arg(where, title->text())
                                 .arg(title->heightForWidth(title->width()))
                                 .arg(title->height()));
        if (TimelineCanvas* canvas = pane->currentCanvas())
            checkLabels(canvas->drawnLabels(), canvas->rect(),
                        QStringLiteral("%1, %2 of %3").arg(where, canvas->title(), pane->title()), failures);
    }
    LegendStrip* legend = window.legendStrip();
    // One key for the panes: every look a pane's view draws, once, named by all the words its panes' labels
    // use for it ("lost segment" and "lost datagram" share "lost segment / datagram"), and no pane draws
    // its own key beside it.
    QHash<QString, QStringList> wordsOfLook;
    for (const LegendSwatch& swatch : legend->swatches()) {
        if (wordsOfLook.contains(swatch.look))
            failures->append(
                QStringLiteral("%1: the key shows the look of \"%2\" twice").arg(where, swatch.label));
        wordsOfLook.insert(swatch.look, swatch.label.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    for (SessionPane* pane : window.shownPanes()) {
        TimelineCanvas* canvas = pane->currentCanvas();
        if (!canvas || canvas->legendSwatches().isEmpty())
            continue;
        for (const LegendSwatch& swatch : canvas->legendSwatches()) {
            const auto entry = wordsOfLook.constFind(swatch.look);
            const QStringList words = swatch.label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const bool explained = entry != wordsOfLook.constEnd() &&
                                   std::all_of(words.begin(), words.end(),
                                               [&](const QString& word) { return entry->contains(word); });
            if (!explained)
                failures->append(
                    QStringLiteral("%1: the key lacks \"%2\" of %3").arg(where, swatch.label, pane->title()));
        }
        if (canvas->showsOwnLegend())
            failures->append(
                QStringLiteral("%1: %2 draws its own key beside the window's").arg(where, pane->title()));
    }
    if (legend->isVisible()) {
        inside(legend, QStringLiteral("legend strip"));
        checkLabels(legend->drawnLabels(), legend->rect(), QStringLiteral("%1, legend strip").arg(where),
                    failures);
        if (legend->heightForWidth(legend->width()) > legend->height())
            failures->append(QStringLiteral("%1: the legend strip is cut (needs %2 px of height, has %3)")
                                 .arg(where)
                                 .arg(legend->heightForWidth(legend->width()))
                                 .arg(legend->height()));
    }
    auto* scenarioDock = window.findChild<QDockWidget*>(QStringLiteral("scenarioDock"));
    if (scenarioDock && scenarioDock->isVisible()) {
        inside(scenarioDock, QStringLiteral("scenario dock"));
        // Knob values are read whole: each editor ends inside the dock's scrolled area.
        auto* scroll = qobject_cast<QScrollArea*>(scenarioDock->widget());
        const QRect viewport = rectInWindow(scroll->viewport(), &window);
        const QList<QWidget*> editors = window.controls()->findChildren<QWidget*>();
        for (const QWidget* editor : editors) {
            if (!editor->isVisibleTo(&window) ||
                !(qobject_cast<const QAbstractSpinBox*>(editor) || qobject_cast<const QComboBox*>(editor) ||
                  qobject_cast<const QLineEdit*>(editor) || qobject_cast<const QCheckBox*>(editor)))
                continue;
            if (qobject_cast<const QLineEdit*>(editor) &&
                qobject_cast<const QAbstractSpinBox*>(editor->parent()))
                continue; // a spin box's own line edit
            const QRect rect = rectInWindow(editor, &window);
            if (rect.right() > viewport.right() || rect.left() < viewport.left())
                failures->append(
                    QStringLiteral("%1: knob editor %2 (%3) at %4 is cut by the scenario dock %5")
                        .arg(where, editor->objectName(), editor->accessibleName(), describe(rect),
                             describe(viewport)));
        }
    }
}

void LayoutTest::layoutHolds_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("language");
    for (int i = 0; i < int(std::size(Sizes)); ++i) {
        for (const char* language : {"en", "de", "es", "zh_CN"})
            QTest::addRow("%s %s", Sizes[i].name, language) << i << QString::fromLatin1(language);
    }
}

void LayoutTest::layoutHolds()
{
    QFETCH(int, size);
    QFETCH(QString, language);
    const ScreenSize& screen = Sizes[size];
    std::unique_ptr<MainWindow> window = openWindow(screen, language);
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(screen.width, screen.height));
    const QString where = QStringLiteral("%1 %2").arg(QLatin1String(screen.name), language);
    QStringList failures;

    // A page load for the lanes, the tiles, the list of events and the statistics.
    QVERIFY(runToEnd(*window, QStringLiteral("h1-vs-h2")));
    const QList<std::pair<SessionPane::View, QString>> views{
        {SessionPane::View::Lanes, QStringLiteral("lanes")},
        {SessionPane::View::Tiles, QStringLiteral("tiles")},
        {SessionPane::View::Events, QStringLiteral("events")}};
    for (const auto& [view, name] : views) {
        window->setView(view);
        settle(*window);
        checkWindow(*window, QStringLiteral("%1, %2 view").arg(where, name), &failures);
    }
    window->showStatistics();
    settle(*window);
    checkInside(*window, window->findChild<QDockWidget*>(QStringLiteral("statisticsDock")),
                QStringLiteral("%1, statistics dock").arg(where), &failures);
    checkWindow(*window, QStringLiteral("%1, with the statistics").arg(where), &failures);

    // Handshakes for the ladder: A and B share its vertical scale.
    QVERIFY(runToEnd(*window, QStringLiteral("tls12-full-vs-resumed")));
    window->setView(SessionPane::View::Ladder);
    settle(*window);
    checkWindow(*window, QStringLiteral("%1, ladder view").arg(where), &failures);
    auto* ladderA = qobject_cast<LadderView*>(window->paneA()->currentCanvas());
    auto* ladderB = qobject_cast<LadderView*>(window->paneB()->currentCanvas());
    QVERIFY(ladderA && ladderB);
    const double scaleA = ladderA->pixelsPerSecond();
    const double scaleB = ladderB->pixelsPerSecond();
    if (scaleA <= 0 || std::abs(scaleA - scaleB) > 0.01 * std::max(scaleA, scaleB))
        failures.append(QStringLiteral("%1, ladder view: A draws %2 px/s, B %3 px/s (one scale wanted)")
                            .arg(where)
                            .arg(scaleA, 0, 'f', 1)
                            .arg(scaleB, 0, 'f', 1));

    // What an eavesdropper reads, where it is the point.
    QVERIFY(runToEnd(*window, QStringLiteral("http-vs-https")));
    window->setView(SessionPane::View::Eavesdropper);
    settle(*window);
    checkWindow(*window, QStringLiteral("%1, eavesdropper view").arg(where), &failures);

    if (!failures.isEmpty())
        QFAIL(qPrintable(failures.join(QLatin1Char('\n'))));
}

void LayoutTest::everyFocusableControlHasAName()
{
    std::unique_ptr<MainWindow> window = openWindow(Sizes[1], QStringLiteral("en"));
    QVERIFY(window);
    QVERIFY(runToEnd(*window, QStringLiteral("h1-vs-h2")));
    window->showStatistics();
    settle(*window);
    QStringList unnamed;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(window.get()) ||
            !widget->isEnabled())
            continue;
        // A spin box's or a combo box's line edit and a scroll area's viewport speak through their owner.
        if (qobject_cast<const QLineEdit*>(widget) &&
            (qobject_cast<const QAbstractSpinBox*>(widget->parent()) ||
             qobject_cast<const QComboBox*>(widget->parent())))
            continue;
        if (!widget->accessibleName().isEmpty())
            continue;
        // A label is named by its text; a tab bar's tabs by theirs.
        if (const auto* label = qobject_cast<const QLabel*>(widget); label && !label->text().isEmpty())
            continue;
        if (const auto* tabs = qobject_cast<const QTabBar*>(widget);
            tabs && tabs->count() > 0 && !tabs->tabText(0).isEmpty())
            continue;
        if (const auto* button = qobject_cast<const QToolButton*>(widget);
            button && button->defaultAction() && !button->defaultAction()->text().isEmpty())
            continue;
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
            button && !button->text().isEmpty())
            continue;
        // Where it is: its class under its owners', up to the window, for whoever fixes it.
        QString path = QString::fromLatin1(widget->metaObject()->className());
        for (const QObject* parent = widget->parent(); parent && parent != window.get();
             parent = parent->parent()) {
            const QString owner = QString::fromLatin1(parent->metaObject()->className());
            if (owner.startsWith(QLatin1String("protoviz::")) || !parent->objectName().isEmpty())
                path = (parent->objectName().isEmpty() ? owner : parent->objectName()) +
                       QStringLiteral(" > ") + path;
        }
        unnamed.append(QStringLiteral("%1 \"%2\"").arg(path, widget->objectName()));
    }
    if (!unnamed.isEmpty())
        QFAIL(qPrintable(QStringLiteral("focusable without an accessible name:\n") +
                         unnamed.join(QLatin1Char('\n'))));
}

void LayoutTest::inspectorTakesNoRoomUntilSomethingIsSelected()
{
    std::unique_ptr<MainWindow> window = openWindow(Sizes[0], QStringLiteral("en"));
    QVERIFY(window);
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    QVERIFY(dock);
    QVERIFY(runToEnd(*window, QStringLiteral("h1-vs-h2")));
    QVERIFY(!dock->isVisible());
    window->selection()->select(window->paneA()->timeline(), 0);
    QTRY_VERIFY(dock->isVisible());
    window->selection()->clear();
    QTRY_VERIFY(!dock->isVisible());
    // Opened by hand (View → Inspector), it stays while nothing is selected.
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    window->selection()->select(window->paneA()->timeline(), 1);
    window->selection()->clear();
    QVERIFY(dock->isVisible());
}

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
    LayoutTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layout.moc"

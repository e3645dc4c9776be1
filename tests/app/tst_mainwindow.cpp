#include "core/export/recording.h"
#include "core/session/comparison.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/laddermodel.h"
#include "app/views/ladderview.h"
#include "app/views/mainwindow.h"
#include "app/views/scenariocontrols.h"
#include "app/views/sessionpane.h"
#include "app/views/tilesview.h"
#include "app/views/timelinemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace protoviz;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsAComparisonAndShowsEveryEvent();
    void refusesImpossibleKnobs();
    void savesAndReopensARecording();
    void refusesACorruptRecordingAndKeepsWhatIsShown();
    void exportsTheViewAsPngAndSvg();
    void showsFourSidesAsSmallMultiples();
    void pickingASecurityScenarioShowsTheEavesdropper();
    void spaceReplaysAndArrowsStepThroughEvents();
    void switchesLanguageWhileRunning();

private:
    // Runs a small h1-vs-h2 comparison to its end in window.
    static bool runSmallComparison(MainWindow& window);
    // Closes the next modal dialog (a warning box would block the test) and records its text.
    void answerNextDialog();

    QTemporaryDir m_settingsDir;
    QString m_dialogText;
};

bool MainWindowTest::runSmallComparison(MainWindow& window)
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("knobs/scenario"), QStringLiteral("h1-vs-h2"));
        settings.setValue(QStringLiteral("knobs/rttMs"), 10);
        settings.setValue(QStringLiteral("knobs/bandwidth"), QStringLiteral("unlimited"));
        settings.setValue(QStringLiteral("knobs/objects"), 6);
        settings.setValue(QStringLiteral("knobs/objectSize"), 500);
    }
    window.controls()->restoreSettings();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    return window.run() && finished.wait(30000);
}

void MainWindowTest::answerNextDialog()
{
    m_dialogText.clear();
    QTimer::singleShot(0, this, [this] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            m_dialogText = box->text();
        QApplication::activeModalWidget()->close();
    });
}

void MainWindowTest::initTestCase()
{
    // Knobs come from QSettings; give the test its own settings so a user's are never touched.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProtoVizTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void MainWindowTest::runsAComparisonAndShowsEveryEvent()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("knobs/scenario"), QStringLiteral("h1-vs-h2"));
        settings.setValue(QStringLiteral("knobs/rttMs"), 10);
        settings.setValue(QStringLiteral("knobs/bandwidth"), QStringLiteral("unlimited"));
        settings.setValue(QStringLiteral("knobs/objects"), 8);
        settings.setValue(QStringLiteral("knobs/objectSize"), 500);
    }
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QVERIFY(window.run());
    QVERIFY(finished.wait(30000));
    QCoreApplication::processEvents();
    Comparison* comparison = window.comparison();
    QVERIFY(comparison);
    // Each pane's table shows exactly the events of its own timeline, in order.
    for (const auto& [pane, timeline] : {std::pair{window.paneA(), comparison->timelineA()},
                                         std::pair{window.paneB(), comparison->timelineB()}}) {
        QTRY_COMPARE(pane->model()->rowCount(), int(timeline->size()));
        for (int row = 0; row < pane->model()->rowCount(); ++row)
            QCOMPARE(pane->model()->eventAt(row).timeNs, timeline->at(row).timeNs);
        const SessionStatistics stats = SessionStatistics::compute(*timeline);
        QCOMPARE(stats.objectsCompleted, 8);
        QTRY_VERIFY(pane->summaryText().contains(QLatin1String("completed")));
    }
    QVERIFY(comparison->timelineA()->title().contains(QLatin1String("HTTP/1.1")));
}

void MainWindowTest::refusesImpossibleKnobs()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("knobs/bandwidth"), QStringLiteral("fast please"));
    }
    MainWindow window;
    // The warning box would block: answer it as soon as it appears.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QApplication::activeModalWidget()->close();
    });
    QVERIFY(!window.run());
    QVERIFY(!window.comparison());
}

void MainWindowTest::savesAndReopensARecording()
{
    MainWindow window;
    window.show();
    QVERIFY(runSmallComparison(window));
    const qsizetype eventsA = window.comparison()->timelineA()->size();
    const qsizetype eventsB = window.comparison()->timelineB()->size();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QVERIFY(window.saveRecording(path));

    MainWindow reader;
    reader.show();
    QVERIFY(reader.openRecording(path));
    QCOMPARE(reader.paneA()->model()->rowCount(), int(eventsA));
    QCOMPARE(reader.paneB()->model()->rowCount(), int(eventsB));
    // An opened recording is shown whole, ready to replay.
    QCOMPARE(reader.playbackClock()->position(), reader.playbackClock()->end());
    // Each view took every event once, even though the recording's timelines also announce them.
    QCoreApplication::processEvents();
    for (SessionPane* pane : {reader.paneA(), reader.paneB()}) {
        LadderModel fresh;
        fresh.append(*pane->timeline(), 0, pane->timeline()->size());
        const auto* ladder = qobject_cast<LadderView*>(pane->canvas(SessionPane::View::Ladder));
        QVERIFY(ladder);
        QCOMPARE(ladder->model().size(), fresh.size());
        const auto* tiles = qobject_cast<TilesView*>(pane->canvas(SessionPane::View::Tiles));
        QVERIFY(tiles);
        QCOMPARE(tiles->completedCount(), SessionStatistics::compute(*pane->timeline()).objectsCompleted);
    }
    QVERIFY(reader.paneA()->summaryText().contains(QLatin1String("completed")));
}

void MainWindowTest::refusesACorruptRecordingAndKeepsWhatIsShown()
{
    MainWindow window;
    window.show();
    QVERIFY(runSmallComparison(window));
    const Timeline* shown = window.paneA()->timeline();
    const int rows = window.paneA()->model()->rowCount();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("{\"format\": \"protoviz-recording\", \"sessions\": [ {\"events\": [1, 2"));
    file.close();
    answerNextDialog();
    QVERIFY(!window.openRecording(path));
    QTRY_VERIFY(!m_dialogText.isEmpty());
    // The panes still show the session that was there.
    QCOMPARE(window.paneA()->timeline(), shown);
    QCOMPARE(window.paneA()->model()->rowCount(), rows);

    answerNextDialog();
    QVERIFY(!window.openRecording(dir.filePath(QStringLiteral("missing.json"))));
    QTRY_VERIFY(!m_dialogText.isEmpty());
    QCOMPARE(window.paneA()->timeline(), shown);
}

void MainWindowTest::exportsTheViewAsPngAndSvg()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(runSmallComparison(window));
    QTemporaryDir dir;
    for (const SessionPane::View view :
         {SessionPane::View::Lanes, SessionPane::View::Ladder, SessionPane::View::Tiles}) {
        window.setView(view);
        QCoreApplication::processEvents();
        const QString png = dir.filePath(QStringLiteral("view%1.png").arg(int(view)));
        QString error;
        QVERIFY2(window.exportView(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        // Both panes side by side, drawn at twice the size for projectors.
        QVERIFY(image.width() >=
                2 * (window.paneA()->currentWidget()->width() + window.paneB()->currentWidget()->width()) -
                    4);
        // Something was drawn: the image is not one flat colour.
        const QRgb corner = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7)
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != corner;
        QVERIFY(varied);

        const QString svg = dir.filePath(QStringLiteral("view%1.svg").arg(int(view)));
        QVERIFY2(window.exportView(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("HTTP/2"));
    }
    QString error;
    QVERIFY(!window.exportView(dir.filePath(QStringLiteral("no/such/folder/view.png")), &error));
    QVERIFY(!error.isEmpty());
}

void MainWindowTest::showsFourSidesAsSmallMultiples()
{
    // Four sessions (two runs' A and B) in one recording, as a scenario of four sides records them.
    MainWindow first;
    first.show();
    QVERIFY(runSmallComparison(first));
    MainWindow second;
    second.show();
    QVERIFY(runSmallComparison(second));
    const QList<const Timeline*> four{first.comparison()->timelineA(), first.comparison()->timelineB(),
                                      second.comparison()->timelineA(), second.comparison()->timelineB()};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("four.json"));
    QString error;
    QVERIFY2(Recording::write(path, QStringLiteral("h1-vs-h2"), four, &error), qPrintable(error));

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openRecording(path));
    QCoreApplication::processEvents();
    QCOMPARE(window.shownPanes().size(), 4);
    for (int i = 0; i < 4; ++i) {
        SessionPane* pane = window.pane(i);
        QVERIFY(pane->isVisible());
        QCOMPARE(pane->model()->rowCount(), int(four[i]->size()));
    }
    // A and B above C and D, each pane the same size: the eye compares them side by side.
    QVERIFY(window.pane(0)->geometry().top() == window.pane(1)->geometry().top());
    const QPoint cTop = window.pane(2)->mapTo(&window, QPoint(0, 0));
    const QPoint aTop = window.pane(0)->mapTo(&window, QPoint(0, 0));
    QVERIFY(cTop.y() > aTop.y() + window.pane(0)->height() / 2);
    QCOMPARE(cTop.x(), aTop.x());
    QVERIFY(std::abs(window.pane(0)->height() - window.pane(2)->height()) <= 2);

    // The export keeps the arrangement: two rows of two panes.
    window.setView(SessionPane::View::Ladder);
    QCoreApplication::processEvents();
    const QString png = dir.filePath(QStringLiteral("four.png"));
    QVERIFY2(window.exportView(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(image.height() >= 2 * 2 * window.pane(0)->currentWidget()->height() - 4);

    // Back to a scenario of two sides: C and D go away.
    QVERIFY(runSmallComparison(window));
    QCoreApplication::processEvents();
    QCOMPARE(window.shownPanes().size(), 2);
    QVERIFY(!window.pane(2)->isVisible());
}

void MainWindowTest::pickingASecurityScenarioShowsTheEavesdropper()
{
    MainWindow window;
    window.show();
    auto* picker = window.controls()->findChild<QComboBox*>(QStringLiteral("scenarioPicker"));
    QVERIFY(picker);
    const auto pick = [picker](const QString& id) {
        const int index = picker->findData(id);
        QVERIFY(index >= 0);
        picker->setCurrentIndex(index);
        emit picker->activated(index); // what a click in the list sends
    };
    window.setView(SessionPane::View::Ladder);
    pick(QStringLiteral("http-vs-https"));
    QCOMPARE(window.paneA()->view(), SessionPane::View::Eavesdropper);
    QCOMPARE(window.paneB()->view(), SessionPane::View::Eavesdropper);
    // Elsewhere the eavesdropper has nothing to say: back to the lanes.
    pick(QStringLiteral("h1-vs-h2"));
    QCOMPARE(window.paneA()->view(), SessionPane::View::Lanes);
    // A view the user chose stays when the scenario does not call for one.
    window.setView(SessionPane::View::Tiles);
    pick(QStringLiteral("h2-push"));
    QCOMPARE(window.paneA()->view(), SessionPane::View::Tiles);
    // A lesson or a trade-off card setting the scenario leaves the view to the lesson.
    window.controls()->setScenarioId(QStringLiteral("tamper"));
    QCOMPARE(window.paneA()->view(), SessionPane::View::Tiles);
}

void MainWindowTest::spaceReplaysAndArrowsStepThroughEvents()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(runSmallComparison(window));
    PlaybackClock* clock = window.playbackClock();
    QCOMPARE(clock->position(), clock->end());
    QVERIFY(!clock->isPlaying());

    QTest::keyClick(&window, Qt::Key_Left);
    const qint64 stepped = clock->position();
    QVERIFY(stepped < clock->end());
    // The step lands on an event of one of the two sessions.
    const Timeline* timelines[] = {window.comparison()->timelineA(), window.comparison()->timelineB()};
    bool onEvent = false;
    for (const Timeline* timeline : timelines) {
        const qsizetype last = clock->lastVisibleEvent(timeline);
        onEvent = onEvent || (last >= 0 && timeline->at(last).timeNs == stepped);
    }
    QVERIFY(onEvent);
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(clock->position(), clock->end());

    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(clock->isPlaying());
    QVERIFY(clock->position() < clock->end()); // replays from the start
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!clock->isPlaying());
}

void MainWindowTest::switchesLanguageWhileRunning()
{
    MainWindow window;
    window.show();
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QMenu* sessionMenu = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(sessionMenu);
    const QString english = sessionMenu->title();
    QCOMPARE(english, QStringLiteral("&Session"));

    QVERIFY(window.setLanguage(QStringLiteral("de")));
    const QString german = QCoreApplication::translate("protoviz::MainWindow", "&Session");
    QVERIFY2(german != english, "the German translation of the Session menu is missing");
    // Qt posts the language change to every window: it arrives with the next turn of the event loop.
    QTRY_COMPARE(sessionMenu->title(), german);
    // The panes and the docks follow without a restart.
    QTRY_COMPARE(window.paneA()->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QCoreApplication::translate("protoviz::TimelineModel", "Time (ms)"));

    // Numbers follow the language too: a German decimal comma, for the views and the knobs alike.
    QCOMPARE(QLocale().toString(2344.5, 'f', 1), QStringLiteral("2.344,5"));
    QCOMPARE(window.controls()->locale().language(), QLocale::German);

    QVERIFY(!window.setLanguage(QStringLiteral("xx")));
    QCoreApplication::processEvents();
    QCOMPARE(sessionMenu->title(), german);
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(sessionMenu->title(), english);
    QCOMPARE(QLocale().language(), QLocale::English);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"

#include "core/session/comparison.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/mainwindow.h"
#include "app/views/sessionpane.h"
#include "app/views/timelinemodel.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsAComparisonAndShowsEveryEvent();
    void refusesImpossibleKnobs();

private:
    QTemporaryDir m_settingsDir;
};

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

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"

#include "tests/app/unnamedcontrols.h"
#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/session/scenario.h"
#include "core/timeline/timeline.h"

#include "app/views/eavesdropperview.h"
#include "app/views/eventselection.h"
#include "app/views/playbackclock.h"
#include "app/views/sessionpane.h"
#include "app/views/viewtheme.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace protoviz;

namespace {

const QString Password = QStringLiteral("correct-horse-42");

std::unique_ptr<Comparison> run(const QString& id)
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 20 * 1000 * 1000;
    knobs.timeoutSeconds = 30;
    return test::runComparison(id, knobs);
}

} // namespace

class EavesdropperTest : public QObject
{
    Q_OBJECT

private slots:
    void emptyLinkSaysNobodyListens();
    void showsThePasswordOverHttpAndNotOverHttps();
    void showsTheAlteredByteAndTheTlsVerdict();
    void readableAndNamedAtEveryPaneSize();

private:
    /// The transcript the pane's eavesdropper view shows for timeline.
    QString transcript(const Timeline* timeline, int* secrets = nullptr);

    ViewTheme m_theme;
    PlaybackClock m_clock;
    EventSelection m_selection;
    ViewContext m_context{&m_clock, &m_theme, &m_selection};
};

QString EavesdropperTest::transcript(const Timeline* timeline, int* secrets)
{
    SessionPane pane(QStringLiteral("A"), m_context);
    pane.resize(700, 600);
    pane.setTimeline(timeline);
    pane.setView(SessionPane::View::Eavesdropper);
    pane.show();
    QCoreApplication::processEvents();
    if (pane.currentWidget() != pane.eavesdropperView())
        qWarning("the eavesdropper view is not the one shown");
    if (secrets)
        *secrets = pane.eavesdropperView()->secretCount();
    return pane.eavesdropperView()->plainText();
}

void EavesdropperTest::emptyLinkSaysNobodyListens()
{
    EavesdropperView view(m_context);
    QVERIFY(view.plainText().contains(QStringLiteral("Nobody is listening")));
    QCOMPARE(view.secretCount(), 0);
}

void EavesdropperTest::showsThePasswordOverHttpAndNotOverHttps()
{
    const std::unique_ptr<Comparison> comparison = run(QStringLiteral("http-vs-https"));
    QVERIFY(comparison);
    int secretsA = 0;
    int secretsB = 0;
    const QString a = transcript(comparison->timelineA(), &secretsA);
    const QString b = transcript(comparison->timelineB(), &secretsB);
    QVERIFY2(a.contains(Password), qPrintable(a));
    QVERIFY(a.contains(QStringLiteral("SECRET")));
    QVERIFY(a.contains(QStringLiteral("cookie: session=")));
    QCOMPARE(secretsA, 3); // the login form, its Set-Cookie, the Cookie of the account request
    QVERIFY2(!b.contains(Password), qPrintable(b));
    QVERIFY(!b.contains(QStringLiteral("session=")));
    QCOMPARE(secretsB, 0);
    QVERIFY(b.contains(QStringLiteral("localhost"))); // the SNI is in the clear
    QVERIFY(b.contains(QStringLiteral("Encrypted record")));
    QVERIFY(b.contains(QStringLiteral("Result:")));
}

void EavesdropperTest::showsTheAlteredByteAndTheTlsVerdict()
{
    const std::unique_ptr<Comparison> comparison = run(QStringLiteral("tamper"));
    QVERIFY(comparison);
    const QString a = transcript(comparison->timelineA());
    const QString b = transcript(comparison->timelineB());
    QVERIFY2(a.contains(QStringLiteral("ALTERED")), qPrintable(a));
    // The eavesdropper sits after the attacker: it reads the page the client got.
    QVERIFY(a.contains(QStringLiteral("9,250.00")));
    QVERIFY(a.contains(QStringLiteral("nothing checks integrity")));
    QVERIFY2(b.contains(QStringLiteral("ALTERED")), qPrintable(b));
    QVERIFY(b.contains(QStringLiteral("bad_record_mac")));
}

void EavesdropperTest::readableAndNamedAtEveryPaneSize()
{
    const std::unique_ptr<Comparison> comparison = run(QStringLiteral("http-vs-https"));
    QVERIFY(comparison);
    // A pane of two at 1280x720 (presentation mode's large type), at 1366x768 and at 1920x1080, and a
    // pane of four.
    for (const QSize& size : {QSize(300, 400), QSize(560, 520), QSize(660, 560), QSize(940, 860)}) {
        for (const qreal scale : {1.0, 1.5}) {
            SessionPane pane(QStringLiteral("A"), m_context);
            QFont font = pane.font();
            font.setPointSizeF(font.pointSizeF() * scale);
            pane.setFont(font);
            pane.resize(size);
            pane.setTimeline(comparison->timelineA());
            pane.setView(SessionPane::View::Eavesdropper);
            pane.show();
            QCoreApplication::processEvents();
            const EavesdropperView* view = pane.eavesdropperView();
            auto* text = view->findChild<QTextBrowser*>();
            QVERIFY(text);
            // The recorded requests wrap: nothing hides past the right edge.
            QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
            QVERIFY(view->plainText().contains(Password));
            QVERIFY2(test::unnamedControls(view).isEmpty(),
                     qPrintable(test::unnamedControls(view).join(QStringLiteral(", "))));
        }
    }
}

QTEST_MAIN(EavesdropperTest)
#include "tst_eavesdropper.moc"

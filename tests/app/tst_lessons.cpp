#include "tests/app/unnamedcontrols.h"

#include "core/lesson/eventfilter.h"
#include "core/lesson/expression.h"
#include "core/lesson/lessonlibrary.h"
#include "core/lesson/questiongrader.h"
#include "core/lesson/runmeasurements.h"
#include "core/session/comparison.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/fieldtreemodel.h"
#include "app/views/hexview.h"
#include "app/views/inspectorview.h"
#include "app/views/lessonpanel.h"
#include "app/views/lessonplayer.h"
#include "app/views/mainwindow.h"
#include "app/views/playbackclock.h"
#include "app/views/scenariocontrols.h"
#include "app/views/sessionpane.h"
#include "app/views/statisticsview.h"
#include "app/views/timelinecanvas.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleOptionComboBox>
#include <QStyleOptionMenuItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace protoviz;

namespace {

// A step's run: a few seconds at most with the lessons' knobs; a loaded machine gets ample room.
constexpr int RunTimeoutMs = 60000;
// tls-handshakes' "what the retry costs": one round trip, so it follows the RTT.
const QLatin1String RetryCost("b.timeToFirstByteMs - a.timeToFirstByteMs");
// The RTT a learner tries instead of the lessons' 100 ms: far enough below it that the retry's cost
// falls by much more than a busy machine's scheduling noise (which has reached some 50 ms in CI).
constexpr qint64 LessonsRttMs = 100;
constexpr qint64 LearnersRttMs = 10;

using Side = RunMeasurements::Side;

const Timeline* timelineOf(const MainWindow& window, Side side)
{
    return window.pane(int(side))->timeline();
}

// Every side's timeline the window shows, A first.
QList<Timeline*> shownTimelines(const MainWindow& window)
{
    QList<Timeline*> timelines;
    for (const SessionPane* pane : window.shownPanes()) {
        if (pane->timeline())
            timelines.append(const_cast<Timeline*>(pane->timeline()));
    }
    return timelines;
}

// Evaluates an expression of a lesson against a run the test measured itself.
double evaluate(const QString& text, const RunMeasurements& run)
{
    QString error;
    const std::optional<Expression> expression = Expression::parse(text, &error);
    if (!expression)
        qFatal("%s: %s", qPrintable(text), qPrintable(error));
    const std::optional<double> value = expression->evaluate(run, &error);
    if (!value)
        qFatal("%s: %s", qPrintable(text), qPrintable(error));
    return *value;
}

// A page-load figure read straight from SessionStatistics' fields, for answers that name one.
std::optional<double> statisticField(const SessionStatistics& stats, const QString& name)
{
    const QHash<QString, double> fields{
        {QStringLiteral("totalTimeMs"), double(stats.totalTimeNs) / 1e6},
        {QStringLiteral("timeToFirstByteMs"), double(stats.timeToFirstByteNs) / 1e6},
        {QStringLiteral("connections"), double(stats.connections)},
        {QStringLiteral("roundTrips"), double(stats.roundTrips)},
        {QStringLiteral("objectsCompleted"), double(stats.objectsCompleted)},
        {QStringLiteral("objectsPushed"), double(stats.objectsPushed)},
        {QStringLiteral("wireBytes"), double(stats.wireBytes())},
        {QStringLiteral("headerBytes"), double(stats.headerBytes)},
        {QStringLiteral("bodyBytes"), double(stats.bodyBytes)},
        {QStringLiteral("tlsBytes"), double(stats.tlsBytes)},
        {QStringLiteral("segmentsLost"), double(stats.segmentsLost)},
        {QStringLiteral("segmentsBlocked"), double(stats.segmentsBlocked)},
    };
    const auto found = fields.constFind(name);
    return found == fields.cend() ? std::nullopt : std::optional(*found);
}

// The (side, filter) of "SIDE FILTER", as proofs and actions write them.
std::pair<Side, EventFilter> sideAndFilter(const QString& text)
{
    QString error;
    const std::optional<EventFilter> filter = EventFilter::parse(text.section(QLatin1Char(' '), 1), &error);
    if (!filter)
        qFatal("%s: %s", qPrintable(text), qPrintable(error));
    return {RunMeasurements::sideFromName(text.section(QLatin1Char(' '), 0, 0)).value_or(Side::A), *filter};
}

// The step of lesson whose actions include one of type; -1 if none.
int stepWith(const Lesson& lesson, LessonAction::Type type)
{
    for (int i = 0; i < lesson.steps.size(); ++i) {
        const QList<LessonAction>& actions = lesson.steps[i].actions;
        if (std::any_of(actions.cbegin(), actions.cend(),
                        [type](const LessonAction& action) { return action.type == type; }))
            return i;
    }
    return -1;
}

// Sets the argument of step's actions of type.
void setArgument(Lesson* lesson, int step, LessonAction::Type type, const QString& argument)
{
    for (LessonAction& action : lesson->steps[step].actions) {
        if (action.type == type)
            action.argument = argument;
    }
}

// The step of lesson whose question's answer is answer; -1 if none.
int stepAnswering(const Lesson& lesson, const QString& answer)
{
    for (int i = 0; i < lesson.steps.size(); ++i) {
        if (lesson.steps[i].question && lesson.steps[i].question->answer == answer)
            return i;
    }
    return -1;
}

// Whether one of panel's labels shows text.
bool showsText(const LessonPanel& panel, const QString& text)
{
    const QList<QLabel*> labels = panel.findChildren<QLabel*>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* label) {
        return label->isVisible() && label->text().contains(text);
    });
}

// The revealed answer's button that selects its proving event.
const QPushButton* proofButton(const LessonPanel& panel)
{
    for (const QPushButton* button : panel.findChildren<QPushButton*>()) {
        if (button->text() == QLatin1String("Show the &event that proves it"))
            return button;
    }
    qFatal("the lesson panel has no proof button");
}

// The name of the field the inspector has selected, or empty.
QString selectedFieldName(const InspectorView& inspector)
{
    const int field = inspector.selectedField();
    return field < 0 ? QString() : inspector.detail().fields.at(field).name;
}

} // namespace

class LessonsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryLessonAndStartsOnlyRunnableOnes();
    void walksEveryLessonAgainstLiveRuns_data();
    void walksEveryLessonAgainstLiveRuns();
    void aSlowerLinkChangesTheMeasuredAnswer();
    void backRunsTheEarlierStepsRunAgain();
    void aRunTheLearnerMakesAnswersTheRevealedQuestion();
    void theLearnersRunCarriesOnToTheNextStep();
    void keepsItsPlaceWhenTheLanguageChanges();
    void aFieldIsFoundWhateverItsCaseOrSaidWhyNot();
    void aFieldIsFoundInTheInspectorsLanguage();
    void aStepIsAnsweredAndLeftFromTheKeyboard();
    void everyTitleIsReadWhole_data();
    void everyTitleIsReadWhole();

private:
    // Checks what the step's actions did to the window, once the step is ready.
    static void checkActions(MainWindow& window, const LessonPanel& panel, const LessonStep& step);
    // Answers, reveals and checks the step's question against the window's own run.
    static void checkQuestion(MainWindow& window, LessonPanel& panel, const Question& question);

    QTemporaryDir m_settingsDir;
    LessonLibrary m_library;
};

void LessonsTest::initTestCase()
{
    // Knobs and the window's layout go to QSettings: a user's are never touched.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProtoVizTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lessons"));
    QSettings().setValue(QStringLiteral("window/language"), QStringLiteral("en"));
    QStringList errors;
    m_library = LessonLibrary::load(LessonLibrary::builtInFolder(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(!m_library.lessons().isEmpty());
}

void LessonsTest::listsEveryLessonAndStartsOnlyRunnableOnes()
{
    MainWindow window;
    window.show();
    LessonPanel* panel = window.lessonPanel();
    auto* picker = panel->findChild<QComboBox*>();
    QVERIFY(picker);
    QCOMPARE(picker->count(), int(m_library.lessons().size()));
    const auto* model = qobject_cast<const QStandardItemModel*>(picker->model());
    QVERIFY(model);
    bool sawWaiting = false;
    for (int i = 0; i < picker->count(); ++i) {
        const Lesson* lesson = m_library.lesson(picker->itemData(i).toString());
        QVERIFY(lesson);
        QVERIFY(picker->itemText(i).contains(lesson->title));
        QVERIFY(picker->itemText(i).contains(QString::number(lesson->minutes)));
        QCOMPARE(model->item(i)->isEnabled(), !lesson->isWaiting());
        if (lesson->isWaiting()) {
            sawWaiting = true;
            QVERIFY(model->item(i)->toolTip().contains(lesson->needs));
            QVERIFY(!panel->startLesson(lesson->id));
        }
    }
    // Every built-in lesson's scenarios exist now, so none is greyed out.
    QVERIFY(!sawWaiting);
    QVERIFY(!panel->startLesson(QStringLiteral("no-such-lesson")));
    QCOMPARE(panel->currentStep(), -1);
    QVERIFY(!panel->lesson());
}

void LessonsTest::walksEveryLessonAgainstLiveRuns_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson& lesson : m_library.lessons()) {
        if (!lesson.isWaiting())
            QTest::newRow(qPrintable(lesson.id)) << lesson.id;
    }
}

void LessonsTest::walksEveryLessonAgainstLiveRuns()
{
    QFETCH(QString, id);
    const Lesson* lesson = m_library.lesson(id);
    QVERIFY(lesson);
    MainWindow window;
    window.show();
    QVERIFY(window.startLesson(id));
    LessonPanel* panel = window.lessonPanel();
    QVERIFY(panel->isVisible());
    for (int step = 0; step < lesson->steps.size(); ++step) {
        if (step > 0) {
            QVERIFY(panel->nextStep());
        }
        QCOMPARE(panel->currentStep(), step);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isStepReady(), RunTimeoutMs);
        QVERIFY(!panel->isWaitingForRun());
        const LessonStep& current = lesson->steps[step];
        checkActions(window, *panel, current);
        if (current.question)
            checkQuestion(window, *panel, *current.question);
        else
            QVERIFY(!panel->reveal().available);
    }
    QVERIFY(!panel->nextStep());
}

void LessonsTest::checkActions(MainWindow& window, const LessonPanel& panel, const LessonStep& step)
{
    const LessonState& state = panel.state();
    QCOMPARE(window.controls()->scenarioId(), state.scenarioId());
    QString error;
    const std::optional<ScenarioKnobs> shown = window.controls()->knobs(&error);
    QVERIFY2(shown, qPrintable(error));
    // The scenario controls show the lesson's knobs: a run from them is the lesson's run.
    QCOMPARE(shown->link.rttNs, state.knobs().link.rttNs);
    QCOMPARE(shown->link.lossRate, state.knobs().link.lossRate);
    QCOMPARE(shown->link.downstreamBitsPerSecond, state.knobs().link.downstreamBitsPerSecond);
    QCOMPARE(shown->objects, state.knobs().objects);
    QCOMPARE(shown->objectSize, state.knobs().objectSize);
    QCOMPARE(shown->tls, state.knobs().tls);
    QCOMPARE(shown->clients, state.knobs().clients);
    QCOMPARE(shown->durationSeconds, state.knobs().durationSeconds);
    QCOMPARE(shown->pollIntervalMs, state.knobs().pollIntervalMs);

    const auto hasRun = [](const LessonStep& s) {
        return std::any_of(s.actions.begin(), s.actions.end(),
                           [](const LessonAction& a) { return a.type == LessonAction::Type::Run; });
    };
    if (hasRun(step)) {
        QVERIFY(window.comparison());
        QCOMPARE(window.comparison()->scenario().id, state.scenarioId());
        QVERIFY(!window.comparison()->isRunning());
    }
    const RunMeasurements* run = state.run();
    // The last action of each kind decides what the window shows.
    for (auto it = step.actions.crbegin(); it != step.actions.crend(); ++it) {
        if (it->type == LessonAction::Type::PauseAt && run) {
            const LessonState::Location location = state.locate(*it);
            QVERIFY2(location.index >= 0, qPrintable(it->argument));
            QCOMPARE(window.playbackClock()->position(), run->events(location.side)[location.index].timeNs);
            QVERIFY(!window.playbackClock()->isPlaying());
            break;
        }
    }
    for (auto it = step.actions.crbegin(); it != step.actions.crend(); ++it) {
        if (it->type == LessonAction::Type::Select && run) {
            const LessonState::Location location = state.locate(*it);
            QVERIFY2(location.index >= 0, qPrintable(it->argument));
            QCOMPARE(window.selection()->timeline(), timelineOf(window, location.side));
            QCOMPARE(window.selection()->index(), location.index);
            QVERIFY(sideAndFilter(it->argument).second.matches(window.selection()->event()));
            break;
        }
    }
    for (auto it = step.actions.crbegin(); it != step.actions.crend(); ++it) {
        if (it->type != LessonAction::Type::Field || !run)
            continue;
        // The inspector shows the selected event, its first field of that name chosen in the tree and
        // that field's bytes highlighted in the dump.
        const InspectorView* inspector = window.inspector();
        QVERIFY(inspector->hasEvent());
        QCOMPARE(inspector->inspectedEvent().timeNs, window.selection()->event().timeNs);
        const QList<Field>& fields = inspector->detail().fields;
        const int selected = inspector->selectedField();
        QVERIFY2(selected >= 0, qPrintable(QLatin1String("no field selected for ") + it->argument));
        QCOMPARE(fields.at(selected).name, it->argument);
        for (int i = 0; i < selected; ++i)
            QVERIFY(fields.at(i).name != it->argument);
        QCOMPARE(inspector->fieldModel()->fieldOf(inspector->fieldView()->currentIndex()), selected);
        const Field& field = fields.at(selected);
        const qsizetype dumped = inspector->hexView()->bytes().size();
        QVERIFY2(field.offset >= 0 && field.length > 0 && field.offset < dumped,
                 qPrintable(it->argument + QLatin1String(" has no bytes to highlight")));
        const HexView::Range highlight = inspector->hexView()->highlight();
        QCOMPARE(highlight.offset, field.offset);
        QCOMPARE(highlight.length, int(std::min<qsizetype>(field.length, dumped - field.offset)));
        break;
    }
    for (auto it = step.actions.crbegin(); it != step.actions.crend(); ++it) {
        if (it->type != LessonAction::Type::View)
            continue;
        const QStringList views{QStringLiteral("lanes"), QStringLiteral("ladder"), QStringLiteral("tiles"),
                                QStringLiteral("events"), QStringLiteral("eavesdropper")};
        if (it->argument == QLatin1String("statistics"))
            QVERIFY(window.statistics()->isVisible());
        else
            QCOMPARE(int(window.paneB()->view()), int(views.indexOf(it->argument)));
        break;
    }
    for (const LessonAction& action : step.actions) {
        if (action.type != LessonAction::Type::Zoom || !run)
            continue;
        const std::optional<std::pair<double, double>> range = state.range(action, &error);
        QVERIFY2(range, qPrintable(error));
        const TimelineCanvas* canvas = window.paneB()->currentCanvas();
        QVERIFY(canvas);
        QVERIFY(!canvas->isFitting());
        QCOMPARE(canvas->viewStart(), std::max<qint64>(0, qint64(range->first * 1e6)));
    }
}

void LessonsTest::checkQuestion(MainWindow& window, LessonPanel& panel, const Question& question)
{
    const QLocale locale;
    // The run the panes show, measured here without the panel: the answer must come from it.
    std::optional<RunMeasurements> independent;
    if (const QList<Timeline*> shown = shownTimelines(window); shown.size() >= 2)
        independent.emplace(panel.state().knobs(), shown);

    if (question.kind == Question::Kind::Number)
        panel.setPrediction(0);
    else
        panel.choose(0);
    const QuestionReveal reveal = panel.reveal();
    QVERIFY2(reveal.available, qPrintable(question.id + QLatin1String(": ") + reveal.problem));
    QVERIFY(!reveal.explanation.contains(QLatin1Char('{')));

    if (question.kind == Question::Kind::Number) {
        QVERIFY(independent);
        const double expected = evaluate(question.answer, *independent);
        QCOMPARE(reveal.measured, expected);
        QVERIFY(QuestionGrader::answerText(question, reveal, locale)
                    .startsWith(QuestionGrader::format(expected, locale)));
        // Answers that are one page-load figure are checked against SessionStatistics' own fields.
        static const QRegularExpression figure(QStringLiteral("^([abcd])\\.(\\w+)$"));
        if (const QRegularExpressionMatch match = figure.match(question.answer); match.hasMatch()) {
            const Timeline* timeline = timelineOf(window, *RunMeasurements::sideFromName(match.captured(1)));
            const std::optional<double> field =
                statisticField(SessionStatistics::compute(*timeline), match.captured(2));
            QVERIFY2(field, qPrintable(question.answer));
            QCOMPARE(reveal.measured, *field);
        }
        // Counts are checked by counting the events of the pane's timeline.
        static const QRegularExpression counting(QStringLiteral("^count\\(([abcd]), \"([^\"]+)\"\\)$"));
        if (const QRegularExpressionMatch match = counting.match(question.answer); match.hasMatch()) {
            const auto [side, filter] =
                sideAndFilter(match.captured(1) + QLatin1Char(' ') + match.captured(2));
            const Timeline* timeline = timelineOf(window, side);
            int matching = 0;
            for (qsizetype i = 0; i < timeline->size(); ++i)
                matching += filter.matches(timeline->at(i)) ? 1 : 0;
            QCOMPARE(reveal.measured, double(matching));
        }
    } else if (question.isLive()) {
        QVERIFY(independent);
        int holding = 0;
        int holds = -1;
        for (qsizetype i = 0; i < question.choices.size(); ++i) {
            if (evaluate(question.choices[i].condition, *independent) != 0.0) {
                ++holding;
                holds = int(i);
            }
        }
        QVERIFY2(holding == 1,
                 qPrintable(QStringLiteral("%1: %2 choices hold").arg(question.id).arg(holding)));
        QCOMPARE(reveal.correctChoice, holds);
    } else {
        int correct = -1;
        for (qsizetype i = 0; i < question.choices.size(); ++i) {
            if (question.choices[i].correct)
                correct = int(i);
        }
        QCOMPARE(reveal.correctChoice, correct);
    }

    if (question.proof.isEmpty() || !independent)
        return;
    const auto [side, filter] = sideAndFilter(question.proof);
    const Timeline* timeline = timelineOf(window, side);
    QCOMPARE(reveal.proofSide, side);
    QVERIFY2(reveal.proofIndex >= 0 && reveal.proofIndex < timeline->size(),
             qPrintable(question.id + QLatin1String(": no event for ") + question.proof));
    QVERIFY(filter.matches(timeline->at(reveal.proofIndex)));
    QCOMPARE(reveal.proofIndex, independent->find(side, filter));
    panel.showProof();
    QCOMPARE(window.selection()->timeline(), timeline);
    QCOMPARE(window.selection()->index(), reveal.proofIndex);
    // The views draw the event: the playback is at or past it.
    QVERIFY(window.playbackClock()->position() >= timeline->at(reveal.proofIndex).timeNs);
}

void LessonsTest::aSlowerLinkChangesTheMeasuredAnswer()
{
    // tls-handshakes' "what the retry costs" measures B's first byte against A's: a HelloRetryRequest
    // costs one round trip, so the answer follows the RTT the earlier step's knobs set.
    const Lesson* original = m_library.lesson(QStringLiteral("tls-handshakes"));
    QVERIFY(original);
    const int costStep = stepAnswering(*original, RetryCost);
    QVERIFY(costStep > 0);
    QMap<int, double> measured;
    for (const int rtt : {50, 150}) {
        Lesson lesson = *original;
        // The run the question is about is the latest earlier step's: its knobs get the RTT.
        bool changed = false;
        for (int i = costStep; i >= 0 && !changed; --i) {
            for (LessonAction& action : lesson.steps[i].actions) {
                if (action.type == LessonAction::Type::Knobs &&
                    action.argument.contains(QLatin1String("rtt="))) {
                    action.argument.replace(QRegularExpression(QStringLiteral("rtt=\\d+")),
                                            QStringLiteral("rtt=%1").arg(rtt));
                    changed = true;
                }
            }
        }
        QVERIFY(changed);
        MainWindow window;
        window.show();
        LessonPlayer player(&window);
        player.enter(lesson, costStep);
        QVERIFY(player.isWaitingForRun());
        QTRY_VERIFY_WITH_TIMEOUT(!player.isWaitingForRun(), RunTimeoutMs);
        QVERIFY(player.showsMeasuredRun());
        QString error;
        QCOMPARE(window.controls()->knobs(&error)->link.rttNs, qint64(rtt) * 1000000);
        const QuestionReveal reveal =
            QuestionGrader::reveal(*lesson.steps[costStep].question, player.state().run(), QLocale());
        QVERIFY2(reveal.available, qPrintable(reveal.problem));
        const RunMeasurements independent(player.state().knobs(), window.comparison()->timelines());
        QCOMPARE(reveal.measured, evaluate(lesson.steps[costStep].question->answer, independent));
        QVERIFY(reveal.explanation.contains(QString::number(rtt)));
        measured.insert(rtt, reveal.measured);
    }
    // One extra round trip each: the difference of the two answers is about the difference of RTTs.
    QVERIFY2(measured[150] - measured[50] > 50,
             qPrintable(
                 QStringLiteral("%1 ms at 50 ms RTT, %2 ms at 150 ms").arg(measured[50]).arg(measured[150])));
}

void LessonsTest::backRunsTheEarlierStepsRunAgain()
{
    const Lesson* lesson = m_library.lesson(QStringLiteral("tls-handshakes"));
    QVERIFY(lesson);
    // The first step of another scenario than the first step's.
    int other = -1;
    for (int i = 1; i < lesson->steps.size() && other < 0; ++i) {
        for (const LessonAction& action : lesson->steps[i].actions) {
            if (action.type == LessonAction::Type::Scenario)
                other = i;
        }
    }
    QVERIFY(other > 1);
    MainWindow window;
    window.show();
    LessonPanel* panel = window.lessonPanel();
    QVERIFY(window.startLesson(lesson->id, other));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isStepReady(), RunTimeoutMs);
    const QString otherScenario = window.comparison()->scenario().id;
    // The step before is about the first scenario's run, which the panes no longer show.
    QVERIFY(panel->previousStep());
    QVERIFY(panel->isWaitingForRun());
    QVERIFY(!panel->nextStep());
    QTRY_VERIFY_WITH_TIMEOUT(panel->isStepReady(), RunTimeoutMs);
    QVERIFY(window.comparison()->scenario().id != otherScenario);
    QCOMPARE(window.comparison()->scenario().id, panel->state().scenarioId());
    const Question& question = *lesson->steps[other - 1].question;
    if (question.kind == Question::Kind::Number)
        panel->setPrediction(1);
    else
        panel->choose(0);
    QVERIFY(panel->reveal().available);
}

void LessonsTest::aRunTheLearnerMakesAnswersTheRevealedQuestion()
{
    const Lesson* lesson = m_library.lesson(QStringLiteral("tls-handshakes"));
    QVERIFY(lesson);
    const int costStep = stepAnswering(*lesson, RetryCost);
    QVERIFY(costStep > 0);
    const Question& question = *lesson->steps[costStep].question;
    MainWindow window;
    window.show();
    LessonPanel* panel = window.lessonPanel();
    QVERIFY(window.startLesson(lesson->id, costStep));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isStepReady(), RunTimeoutMs);
    const QPointer<Comparison> lessonRun = window.comparison();
    QString error;
    std::optional<ScenarioKnobs> knobs = window.controls()->knobs(&error);
    QVERIFY2(knobs, qPrintable(error));
    QCOMPARE(knobs->link.rttNs, LessonsRttMs * 1000000);
    panel->setPrediction(100);
    const QuestionReveal before = panel->reveal();
    QVERIFY2(before.available, qPrintable(before.problem));

    // The learner lowers the RTT in the scenario controls and runs the step's scenario again.
    knobs->link.rttNs = LearnersRttMs * 1000000;
    window.controls()->setKnobs(*knobs);
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QVERIFY(window.run());
    QVERIFY(finished.wait(RunTimeoutMs));
    QVERIFY(!lessonRun);
    QVERIFY(!panel->isWaitingForRun());

    // The revealed answer is the learner's run's now, measured with the knobs it ran with.
    const RunMeasurements learners(*knobs, shownTimelines(window));
    const QuestionReveal after = panel->revealed();
    QVERIFY2(after.available, qPrintable(after.problem));
    QCOMPARE(after.measured, evaluate(question.answer, learners));
    QCOMPARE(evaluate(QStringLiteral("knob.rttMs"), *panel->state().run()), double(LearnersRttMs));
    QVERIFY2(after.explanation.contains(QStringLiteral("round trip of %1 ms").arg(LearnersRttMs)),
             qPrintable(after.explanation));
    // The cost follows the RTT: it falls by the RTTs' difference, give or take the machine's noise.
    QVERIFY2(before.measured - after.measured > (LessonsRttMs - LearnersRttMs) / 3,
             qPrintable(QStringLiteral("%1 ms, then %2 ms").arg(before.measured).arg(after.measured)));
    QVERIFY(showsText(*panel, QuestionGrader::answerText(question, after, QLocale())));
    QVERIFY(proofButton(*panel)->isEnabled());
    panel->showProof();
    QCOMPARE(window.selection()->timeline(), timelineOf(window, after.proofSide));
    QCOMPARE(window.selection()->index(), after.proofIndex);

    // A run of another scenario answers nothing in this step: the learner's run stays the measured one,
    // and the reveal says the panes no longer show it.
    window.controls()->setScenarioId(QStringLiteral("tls12-vs-tls13"));
    QVERIFY(window.run());
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(panel->revealed().measured, after.measured);
    const QuestionReveal again = panel->reveal();
    QCOMPARE(again.measured, after.measured);
    QVERIFY(!proofButton(*panel)->isEnabled());
}

void LessonsTest::theLearnersRunCarriesOnToTheNextStep()
{
    // The step before "what the retry costs" runs the scenario that step is about.
    const Lesson* lesson = m_library.lesson(QStringLiteral("tls-handshakes"));
    QVERIFY(lesson);
    const int costStep = stepAnswering(*lesson, RetryCost);
    QVERIFY(costStep > 0);
    const LessonStep& runStep = lesson->steps[costStep - 1];
    QVERIFY(std::any_of(runStep.actions.cbegin(), runStep.actions.cend(),
                        [](const LessonAction& action) { return action.type == LessonAction::Type::Run; }));
    MainWindow window;
    window.show();
    LessonPanel* panel = window.lessonPanel();
    QVERIFY(window.startLesson(lesson->id, costStep - 1));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isStepReady(), RunTimeoutMs);
    QString error;
    std::optional<ScenarioKnobs> knobs = window.controls()->knobs(&error);
    QVERIFY2(knobs, qPrintable(error));
    knobs->link.rttNs = LearnersRttMs * 1000000;
    window.controls()->setKnobs(*knobs);
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QVERIFY(window.run());
    QVERIFY(finished.wait(RunTimeoutMs));
    const Comparison* learnersRun = window.comparison();

    // The next step is about that run: it keeps it, and the controls keep the knobs it ran with.
    QVERIFY(panel->nextStep());
    QCOMPARE(panel->currentStep(), costStep);
    QVERIFY(!panel->isWaitingForRun());
    QVERIFY(panel->isStepReady());
    QCOMPARE(window.comparison(), learnersRun);
    QCOMPARE(window.controls()->knobs(&error)->link.rttNs, LearnersRttMs * 1000000);
    panel->setPrediction(double(LearnersRttMs));
    const QuestionReveal reveal = panel->reveal();
    QVERIFY2(reveal.available, qPrintable(reveal.problem));
    const RunMeasurements learners(*knobs, shownTimelines(window));
    QCOMPARE(reveal.measured, evaluate(lesson->steps[costStep].question->answer, learners));
    QVERIFY(proofButton(*panel)->isEnabled());
}

void LessonsTest::keepsItsPlaceWhenTheLanguageChanges()
{
    MainWindow window;
    window.show();
    QVERIFY(window.startLesson(QStringLiteral("tls-handshakes")));
    LessonPanel* panel = window.lessonPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isStepReady(), RunTimeoutMs);
    const Comparison* run = window.comparison();
    panel->setPrediction(2);
    const QuestionReveal before = panel->reveal();
    QVERIFY2(before.available, qPrintable(before.problem));
    QSignalSpy reloaded(&window, &MainWindow::lessonsChanged);
    QVERIFY(window.setLanguage(QStringLiteral("de")));
    QTRY_VERIFY(!reloaded.isEmpty());
    // The lessons are read again in German; the learner stays where they were, on the same run.
    QCOMPARE(panel->currentStep(), 0);
    QCOMPARE(window.comparison(), run);
    QVERIFY(!panel->isWaitingForRun());
    const QuestionReveal after = panel->reveal();
    QVERIFY(after.available);
    QCOMPARE(after.measured, before.measured);
    QCOMPARE(after.proofIndex, before.proofIndex);
    QVERIFY(window.setLanguage(QStringLiteral("en")));
}

void LessonsTest::aFieldIsFoundWhateverItsCaseOrSaidWhyNot()
{
    const Lesson* original = m_library.lesson(QStringLiteral("tls-handshakes"));
    QVERIFY(original);
    const int step = stepWith(*original, LessonAction::Type::Field);
    QVERIFY(step > 0);
    MainWindow window;
    window.show();
    LessonPlayer player(&window);
    QSignalSpy failed(&player, &LessonPlayer::failed);
    QSignalSpy ready(&player, &LessonPlayer::stepReady);

    // Written in another case than the inspector's: the field is still found, and nothing fails.
    Lesson lesson = *original;
    setArgument(&lesson, step, LessonAction::Type::Field, QStringLiteral("KEY_SHARE"));
    player.enter(lesson, step);
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, RunTimeoutMs);
    QCOMPARE(selectedFieldName(*window.inspector()), QStringLiteral("key_share"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    // A field the event does not have is said, with its name; the rest of the step goes on.
    setArgument(&lesson, step, LessonAction::Type::Field, QStringLiteral("no such field"));
    player.enter(lesson, step);
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 2, RunTimeoutMs);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("\"no such field\"")));

    // No event to select in this run: the field is not looked for in what the inspector showed before.
    setArgument(&lesson, step, LessonAction::Type::Field, QStringLiteral("key_share"));
    setArgument(&lesson, step, LessonAction::Type::Select, QStringLiteral("b tls.Alert flags=70"));
    player.enter(lesson, step);
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 3, RunTimeoutMs);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(1).at(0).toString().contains(QLatin1String("\"key_share\"")));
}

void LessonsTest::aFieldIsFoundInTheInspectorsLanguage()
{
    // The lesson names a field in English; the inspector names it in German.
    const char* const name = "SHA-1 of key + GUID";
    const Lesson* original = m_library.lesson(QStringLiteral("websockets"));
    QVERIFY(original);
    const int step = stepWith(*original, LessonAction::Type::Field);
    QVERIFY(step > 0);
    Lesson lesson = *original;
    setArgument(&lesson, step, LessonAction::Type::Field, QString::fromLatin1(name));
    MainWindow window;
    window.show();
    QVERIFY(window.setLanguage(QStringLiteral("de")));
    const QString german = QCoreApplication::translate("protoviz", name);
    QVERIFY(german.compare(QLatin1String(name), Qt::CaseInsensitive) != 0);
    LessonPlayer player(&window);
    QSignalSpy failed(&player, &LessonPlayer::failed);
    QSignalSpy ready(&player, &LessonPlayer::stepReady);
    player.enter(lesson, step);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), RunTimeoutMs);
    QCOMPARE(selectedFieldName(*window.inspector()), german);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(window.setLanguage(QStringLiteral("en")));
}

void LessonsTest::aStepIsAnsweredAndLeftFromTheKeyboard()
{
    // http-basics' second step asks a choice about the first step's run (one connection, a few objects).
    const QString id = QStringLiteral("http-basics");
    const Lesson* lesson = m_library.lesson(id);
    QVERIFY(lesson && lesson->steps.size() > 2 && lesson->steps[1].question);
    const Question& question = *lesson->steps[1].question;
    QCOMPARE(question.kind, Question::Kind::Choice);
    int right = -1;
    for (qsizetype i = 0; i < question.choices.size(); ++i) {
        if (question.choices[i].correct)
            right = int(i);
    }
    QVERIFY(right >= 0);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.startLesson(id, 1));
    LessonPanel* panel = window.lessonPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isStepReady(), RunTimeoutMs);
    // Every control of the dock is named for a screen reader.
    QVERIFY2(test::unnamedControls(panel).isEmpty(),
             qPrintable(test::unnamedControls(panel).join(QStringLiteral(", "))));

    // From the lesson picker, Tab reaches the first choice; the arrow keys move to the right one and
    // Enter reveals the answer.
    panel->findChild<QComboBox*>()->setFocus();
    for (int tab = 0; tab < 20 && !qobject_cast<QRadioButton*>(QApplication::focusWidget()); ++tab)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QRadioButton*>(QApplication::focusWidget()));
    for (int i = 0; i < right; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(panel->revealed().available);
    QCOMPARE(panel->revealed().correctChoice, right);
    // The tick is told in words too.
    const QList<QRadioButton*> choices = panel->findChildren<QRadioButton*>();
    QCOMPARE(choices.size(), question.choices.size());
    QVERIFY(!choices[right]->accessibleDescription().isEmpty());
    // The focus stays in the lesson, on what comes next.
    QVERIFY(panel->isAncestorOf(QApplication::focusWidget()));
    QVERIFY2(test::unnamedControls(panel).isEmpty(),
             qPrintable(test::unnamedControls(panel).join(QStringLiteral(", "))));

    // Alt+Right goes to the next step, Alt+Left back, wherever the focus is in the lesson.
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(QKeySequence::Forward));
    QCOMPARE(panel->currentStep(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isStepReady(), RunTimeoutMs);
    panel->findChild<QComboBox*>()->setFocus();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(QKeySequence::Back));
    QCOMPARE(panel->currentStep(), 1);
}

void LessonsTest::everyTitleIsReadWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presentation");
    for (const char* language : {"en", "de", "es", "zh_CN"}) {
        QTest::addRow("%s 1280x720 presentation", language)
            << QString::fromLatin1(language) << QSize(1280, 720) << true;
        QTest::addRow("%s 1366x768", language) << QString::fromLatin1(language) << QSize(1366, 768) << false;
    }
}

void LessonsTest::everyTitleIsReadWhole()
{
    // Lesson titles are long, and longer in German and Spanish: the picker's list is wide enough for
    // each, and the chosen one is read whole, in the picker or (where it cuts it short) wrapped below it.
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, presentation);
    MainWindow window;
    QSignalSpy reloaded(&window, &MainWindow::lessonsChanged);
    QVERIFY(window.setLanguage(language));
    QTRY_VERIFY(!reloaded.isEmpty());
    window.show();
    if (presentation) {
        window.setPresentationMode(true);
        // The offscreen screen is smaller than a projector's: the window takes the projector's size.
        window.setWindowState(Qt::WindowNoState);
    }
    window.setGeometry(QRect(QPoint(0, 0), size));
    window.showLessons();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LessonPanel* panel = window.lessonPanel();
    QTRY_VERIFY(panel->isVisible());
    auto* picker = panel->findChild<QComboBox*>();
    auto* title = panel->findChild<QLabel*>(QStringLiteral("lessonTitle"));
    QVERIFY(picker);
    QVERIFY(title);
    QCOMPARE(picker->count(), int(m_library.lessons().size()));
    const QString where = QStringLiteral("%1 %2×%3").arg(language).arg(size.width()).arg(size.height());

    picker->showPopup();
    QAbstractItemView* list = picker->view();
    QTRY_VERIFY(list->isVisible());
    // Each title is drawn as a menu item: the style's margins around its text, all inside the list.
    const QFontMetrics listMetrics = list->fontMetrics();
    for (int i = 0; i < picker->count(); ++i) {
        QStyleOptionMenuItem item;
        item.initFrom(list);
        item.menuItemType = QStyleOptionMenuItem::Normal;
        item.text = picker->itemText(i);
        const int needs = list->style()
                              ->sizeFromContents(
                                  QStyle::CT_MenuItem, &item,
                                  QSize(listMetrics.horizontalAdvance(item.text), listMetrics.height()), list)
                              .width();
        QVERIFY2(needs <= list->viewport()->width(),
                 qPrintable(QStringLiteral("%1: the list cuts \"%2\": it needs %3 px, has %4")
                                .arg(where, item.text)
                                .arg(needs)
                                .arg(list->viewport()->width())));
    }
    QVERIFY(list->window()->screen()->geometry().contains(list->window()->geometry()));
    picker->hidePopup();

    for (int i = 0; i < picker->count(); ++i) {
        picker->setCurrentIndex(i);
        const QString text = picker->itemText(i);
        QStyleOptionComboBox option;
        option.initFrom(picker);
        option.frame = picker->hasFrame();
        const QRect field = picker->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                            QStyle::SC_ComboBoxEditField, picker);
        if (picker->fontMetrics().horizontalAdvance(text) <= field.width()) {
            QVERIFY2(title->isHidden(), qPrintable(where + QLatin1String(": the title is written twice")));
            continue;
        }
        // The label's room is known once the layout has made room for it.
        QTRY_VERIFY(title->isVisible() && title->height() >= title->heightForWidth(title->width()));
        QCOMPARE(title->text(), text);
        const QRect room = title->contentsRect();
        const QRect needs = QFontMetrics(title->font()).boundingRect(room, Qt::TextWordWrap, text);
        QVERIFY2(needs.width() <= room.width() && needs.height() <= room.height(),
                 qPrintable(QStringLiteral("%1: \"%2\" needs %3×%4 px, its label has %5×%6")
                                .arg(where, text)
                                .arg(needs.width())
                                .arg(needs.height())
                                .arg(room.width())
                                .arg(room.height())));
        QVERIFY(window.rect().contains(QRect(title->mapTo(&window, QPoint(0, 0)), title->size())));
    }
    QVERIFY(window.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(LessonsTest)
#include "tst_lessons.moc"

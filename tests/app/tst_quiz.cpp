#include "tests/app/unnamedcontrols.h"

#include "core/lesson/expression.h"
#include "core/lesson/knobsettings.h"
#include "core/lesson/lessonlibrary.h"
#include "core/session/comparison.h"
#include "core/timeline/timeline.h"

#include "app/views/answerinput.h"
#include "app/views/eventsentence.h"
#include "app/views/fieldtreemodel.h"
#include "app/views/glossarypanel.h"
#include "app/views/mainwindow.h"
#include "app/views/quizdialog.h"
#include "app/views/sessionpane.h"
#include "app/views/timelinemodel.h"
#include "app/views/tradeoffcardsdialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <array>

using namespace protoviz;
using namespace Qt::StringLiterals;

namespace {

// A small library of our own, so that the test does not follow the edits of the real bank.
const QByteArray questionsFile = R"(
question: choice
  id: tls-a
  topic: tls
  ask: Which TLS message carries the client's key share in TLS 1.3?
  correct: ClientHello
  choice: ServerHello
  choice: Finished
  explain: The client guesses a group and sends its key share at once.

question: choice
  id: tls-b
  topic: tls
  ask: What does a HelloRetryRequest cost?
  choice: Nothing
  correct: One more round trip
  choice: A new TCP connection
  explain: The client must send a second ClientHello with another key share.

question: choice
  id: tls-c
  topic: tls
  ask: Which alert ends a version mismatch?
  choice: unknown_ca
  choice: bad_record_mac
  correct: protocol_version
  explain: The server cannot speak any version the client offers.

question: choice
  id: http-a
  topic: http
  ask: How many requests does an HTTP/1.1 connection carry at a time without pipelining?
  correct: One
  choice: Six
  choice: As many as the server allows
  explain: It waits for each response before the next request.

question: choice
  id: http-b
  topic: http
  ask: Which method is not idempotent?
  choice: PUT
  correct: POST
  choice: DELETE
  explain: A retried POST may create a second resource.

question: choice
  id: http2-a
  topic: http2
  ask: What does HTTP/2 multiplex over one connection?
  correct: Streams
  choice: Connections
  choice: Certificates
  explain: Every request is a stream of frames on the one connection.
)";

const QByteArray glossaryFile = R"(
term: HEADERS
  means: The HTTP/2 frame that opens a stream with its header block.
term: HPACK
  aka: header compression
  means: How HTTP/2 compresses header blocks.
term: stream
  means: One request and its response inside an HTTP/2 connection.
)";

const QByteArray cardsFile = R"(
card: http2
  title: HTTP/2
  pick: Pages with many small requests to one origin, on a long round trip.
    run: h1-vs-h2 rtt=100 objects=20
  pick: APIs that multiplex many calls.
  avoid: Lossy links where one lost segment holds up every stream.
    run: h1-vs-h2 rtt=100 loss=2%
  say: "One connection carries every request as its own stream."
)";

/// The index of question's right choice.
int correctChoice(const Question& question)
{
    for (qsizetype i = 0; i < question.choices.size(); ++i) {
        if (question.choices[i].correct)
            return int(i);
    }
    return -1;
}

QStringList reviewTexts(const QuizDialog& dialog)
{
    QStringList texts;
    for (const QWidget* item : dialog.findChildren<QWidget*>(u"reviewItem"_s)) {
        if (const QLabel* label = item->findChild<QLabel*>())
            texts.append(label->text());
    }
    return texts;
}

} // namespace

class QuizDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scoresAnswersAndReviewsExactlyTheWrongOnes();
    void liveRevealIsMeasuredOnTheQuestionsOwnRun();
    void exportsMarkdownAndPdf();
    void timeRunningOutCountsUnansweredQuestionsAsWrong();
    void answerInputTakesClicksOnItsTextsAndMarksTheRightChoice();
    void glossaryFiltersAndExplainsTermsOnHover();
    void tradeoffCardsOfferTheirRuns();
    void everyControlHasAnAccessibleName();
    void aQuestionIsAnsweredFromTheKeyboard();
    void dialogsFitAShortScreen();

private:
    /// Plays the conceptual tls and http questions (fixed seed); answers those at the odd positions
    /// wrongly. Returns the asks of the wrong ones.
    QStringList playConceptualQuiz(QuizDialog& dialog);

    QTemporaryDir m_dir;
    LessonLibrary m_library;
};

void QuizDialogTest::initTestCase()
{
    // MainWindow keeps its knobs in QSettings: give the test its own, so a user's are never touched.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"ProtoVizTest"_s);
    QCoreApplication::setApplicationName(u"tst_quiz"_s);

    const QString folder = m_dir.filePath(u"lessons"_s);
    QVERIFY(QDir().mkpath(folder));
    for (const auto& [name, contents] :
         {std::pair{u"quiz.questions"_s, questionsFile}, std::pair{u"glossary.terms"_s, glossaryFile},
          std::pair{u"tradeoffs.cards"_s, cardsFile}}) {
        QFile file(folder + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    QStringList errors;
    m_library = LessonLibrary::load(folder, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(m_library.quizBank().size(), 6);
}

QStringList QuizDialogTest::playConceptualQuiz(QuizDialog& dialog)
{
    Quiz::Options options;
    options.topics = {u"tls"_s, u"http"_s};
    options.count = 4;
    options.seed = 7;
    options.live = false;
    if (!dialog.start(options))
        qFatal("the quiz did not start");
    QStringList wrongAsks;
    for (qsizetype i = 0; i < 4; ++i) {
        if (dialog.page() != QuizDialog::Page::Question || !dialog.isQuestionReady())
            qFatal("question %lld is not shown", qlonglong(i));
        const Question& question = dialog.quiz().questions().at(i);
        const bool wrong = i % 2 == 1;
        if (wrong)
            wrongAsks.append(question.ask);
        QSignalSpy revealed(&dialog, &QuizDialog::answerRevealed);
        dialog.answer(wrong ? (correctChoice(question) + 1) % 3 : correctChoice(question));
        // A conceptual question is revealed at once.
        if (revealed.size() != 1 || dialog.quiz().results().size() != i + 1)
            qFatal("question %lld was not revealed", qlonglong(i));
        dialog.next();
    }
    return wrongAsks;
}

void QuizDialogTest::scoresAnswersAndReviewsExactlyTheWrongOnes()
{
    MainWindow window;
    QuizDialog dialog(m_library, &window);
    dialog.show();
    QSignalSpy shown(&dialog, &QuizDialog::resultsShown);
    const QStringList wrongAsks = playConceptualQuiz(dialog);

    const Quiz& quiz = dialog.quiz();
    for (const Question& question : quiz.questions())
        QVERIFY(question.topic == u"tls"_s || question.topic == u"http"_s);
    QCOMPARE(quiz.score(), 2);
    QVERIFY(quiz.isComplete());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(dialog.page(), QuizDialog::Page::Results);

    const QStringList review = reviewTexts(dialog);
    QCOMPARE(review.size(), 2);
    for (qsizetype i = 0; i < review.size(); ++i) {
        QVERIFY2(review[i].contains(wrongAsks[i]), qPrintable(review[i]));
        const Quiz::Result& result = quiz.results().at(i * 2 + 1);
        QVERIFY(review[i].contains(result.question.choices.at(result.answer.choice).text));
        QVERIFY(review[i].contains(result.question.choices.at(correctChoice(result.question)).text));
        QVERIFY(review[i].contains(result.question.explain));
    }
    for (const Quiz::Result& result : quiz.results()) {
        if (result.right)
            QVERIFY(!review.join(u'\n').contains(result.question.ask));
    }
    // Conceptual questions have no run to show.
    QVERIFY(dialog.findChildren<QPushButton*>(u"showRunButton"_s).isEmpty());

    // The same seed draws the same questions again.
    const QList<Question> first = quiz.questions();
    const Quiz::Options options = quiz.options();
    QVERIFY(dialog.start(options));
    QCOMPARE(dialog.quiz().questions().size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(dialog.quiz().questions().at(i).id, first.at(i).id);
}

void QuizDialogTest::liveRevealIsMeasuredOnTheQuestionsOwnRun()
{
    Question question;
    question.kind = Question::Kind::Number;
    question.id = u"tls-first-byte"_s;
    question.topic = u"tls"_s;
    question.ask = u"After how many milliseconds does TLS 1.3's first response byte arrive?"_s;
    question.answer = u"b.timeToFirstByteMs"_s;
    question.tolerance = u"0"_s;
    question.unit = u"ms"_s;
    question.explain = u"It arrived after {b.timeToFirstByteMs} ms."_s;
    question.scenario = u"tls12-vs-tls13"_s;
    question.knobs = u"rtt=20 objects=1"_s;
    QString error;
    std::optional<Quiz> quiz = Quiz::draw({question}, Quiz::Options{}, &error);
    QVERIFY2(quiz, qPrintable(error));

    MainWindow window;
    QuizDialog dialog(m_library, &window);
    dialog.show();
    QSignalSpy ready(&dialog, &QuizDialog::questionReady);
    QSignalSpy revealed(&dialog, &QuizDialog::answerRevealed);
    dialog.start(std::move(*quiz));
    QVERIFY(!dialog.isQuestionReady());
    QVERIFY(dialog.runOf(0));
    QVERIFY(dialog.runOf(0)->isRunning());

    // Answering while the run goes is allowed; the reveal waits for the run.
    dialog.answerNumber(99999);
    QVERIFY(dialog.quiz().results().isEmpty());
    QVERIFY(revealed.isEmpty());
    QVERIFY(revealed.wait(60000));
    QCOMPARE(ready.size(), 1);
    QVERIFY(dialog.isQuestionReady());

    const Comparison* run = dialog.runOf(0);
    QVERIFY(run && !run->isRunning());
    ScenarioKnobs knobs;
    QVERIFY(KnobSettings::apply(question.knobs, &knobs, &error));
    const RunMeasurements own(knobs, *run->timelineA(), *run->timelineB());
    const std::optional<Expression> answer = Expression::parse(question.answer, &error);
    QVERIFY(answer);
    const std::optional<double> measured = answer->evaluate(own, &error);
    QVERIFY2(measured, qPrintable(error));
    QVERIFY(*measured > 0);

    const Quiz::Result& result = dialog.quiz().results().at(0);
    QVERIFY2(result.reveal.available, qPrintable(result.reveal.problem));
    QCOMPARE(result.reveal.measured, *measured);
    QVERIFY(!result.right);
    QVERIFY(result.reveal.explanation.startsWith(u"It arrived after "_s));
    QVERIFY(!result.reveal.explanation.contains(u'{'));

    dialog.next();
    QCOMPARE(dialog.page(), QuizDialog::Page::Results);
    QCOMPARE(dialog.quiz().score(), 0);
    // The wrong live answer offers its run: the main window shows the very run it was graded on, event
    // for event, and runs nothing new (a new run could measure another answer).
    const QList<QPushButton*> showRun = dialog.findChildren<QPushButton*>(u"showRunButton"_s);
    QCOMPARE(showRun.size(), 1);
    showRun.first()->click();
    QCoreApplication::processEvents();
    QVERIFY(!window.comparison());
    const std::array<const Timeline*, 2> graded{run->timelineA(), run->timelineB()};
    const std::array<const Timeline*, 2> shown{window.paneA()->timeline(), window.paneB()->timeline()};
    for (std::size_t side = 0; side < 2; ++side) {
        QVERIFY(shown[side]);
        QVERIFY(shown[side] != graded[side]);
        QCOMPARE(shown[side]->title(), graded[side]->title());
        QCOMPARE(shown[side]->size(), graded[side]->size());
        for (qsizetype i = 0; i < graded[side]->size(); ++i) {
            const Event expected = graded[side]->at(i);
            const Event event = shown[side]->at(i);
            QCOMPARE(event.timeNs, expected.timeNs);
            QCOMPARE(event.layer, expected.layer);
            QCOMPARE(event.kind, expected.kind);
            QCOMPARE(event.size, expected.size);
        }
    }
    const std::optional<double> remeasured =
        answer->evaluate(RunMeasurements(knobs, *shown[0], *shown[1]), &error);
    QVERIFY2(remeasured, qPrintable(error));
    QCOMPARE(*remeasured, *measured);

    // The window has its own copy: the next quiz drops the dialog's runs, the panes keep the run.
    const qsizetype shownEvents = shown[1]->size();
    Quiz::Options conceptual;
    conceptual.live = false;
    QVERIFY(dialog.start(conceptual));
    QVERIFY(!dialog.runOf(0));
    QCOMPARE(window.paneB()->timeline(), shown[1]);
    QCOMPARE(window.paneB()->timeline()->size(), shownEvents);
    QVERIFY(!window.comparison());
}

void QuizDialogTest::exportsMarkdownAndPdf()
{
    MainWindow window;
    QuizDialog dialog(m_library, &window);
    const QStringList wrongAsks = playConceptualQuiz(dialog);
    QString error;
    const QString markdownPath = m_dir.filePath(u"results.md"_s);
    QVERIFY2(dialog.exportResults(markdownPath, &error), qPrintable(error));
    QFile markdown(markdownPath);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(markdown.readAll());
    QVERIFY2(text.contains(u"Score: 2 of 4"_s), qPrintable(text));
    const qsizetype review = text.indexOf(u"To review"_s);
    QVERIFY(review >= 0);
    for (const QString& ask : wrongAsks) {
        QVERIFY2(text.indexOf(ask) > review, qPrintable(ask));
        QVERIFY(text.indexOf(ask) < text.indexOf(u"## Right"_s));
    }

    const QString pdfPath = m_dir.filePath(u"results.pdf"_s);
    QVERIFY2(dialog.exportResults(pdfPath, &error), qPrintable(error));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 1000);

    QVERIFY(!dialog.exportResults(m_dir.filePath(u"no/such/folder/results.md"_s), &error));
    QVERIFY(error.contains(u"results.md"_s));
}

void QuizDialogTest::timeRunningOutCountsUnansweredQuestionsAsWrong()
{
    MainWindow window;
    QuizDialog dialog(m_library, &window);
    dialog.show();
    Quiz::Options options;
    options.count = 3;
    options.seed = 11;
    options.live = false;
    options.timeLimitSeconds = 1;
    QSignalSpy shown(&dialog, &QuizDialog::resultsShown);
    QVERIFY(dialog.start(options));
    dialog.answer(correctChoice(dialog.quiz().questions().at(0)));
    dialog.next();
    QCOMPARE(dialog.page(), QuizDialog::Page::Question);
    QVERIFY(shown.wait(5000));
    QCOMPARE(dialog.page(), QuizDialog::Page::Results);

    const Quiz& quiz = dialog.quiz();
    QVERIFY(quiz.isComplete());
    QCOMPARE(quiz.score(), 1);
    QVERIFY(quiz.results().at(0).right);
    QVERIFY(!quiz.results().at(0).answer.timedOut);
    for (qsizetype i = 1; i < 3; ++i) {
        QVERIFY(quiz.results().at(i).answer.timedOut);
        QVERIFY(!quiz.results().at(i).right);
    }
    const QStringList review = reviewTexts(dialog);
    QCOMPARE(review.size(), 2);
    QVERIFY(review.first().contains(u"time ran out"_s));
}

void QuizDialogTest::answerInputTakesClicksOnItsTextsAndMarksTheRightChoice()
{
    Question question;
    question.kind = Question::Kind::Choice;
    question.choices = {
        {u"ServerHello"_s, {}, false}, {u"ClientHello"_s, {}, true}, {u"Finished"_s, {}, false}};
    AnswerInput input;
    input.setQuestion(question);
    input.show();
    const auto label = [&input](const QString& choice) {
        for (QLabel* each : input.findChildren<QLabel*>()) {
            if (each->text().endsWith(choice))
                return each;
        }
        qFatal("no label for %s", qPrintable(choice));
    };
    QSignalSpy changed(&input, &AnswerInput::answerChanged);
    QVERIFY(!input.hasAnswer());
    QCOMPARE(input.choice(), -1);

    // A choice is a sentence beside its radio button: clicking the sentence chooses it.
    QTest::mouseClick(label(u"Finished"_s), Qt::LeftButton);
    QCOMPARE(input.choice(), 2);
    QVERIFY(input.hasAnswer());
    QCOMPARE(changed.size(), 1);
    input.setLocked(true);
    QTest::mouseClick(label(u"ServerHello"_s), Qt::LeftButton);
    QCOMPARE(input.choice(), 2);

    // The right choice is told by a mark and bold type, the wrong one chosen by a mark.
    input.showReveal(1);
    QVERIFY(input.isRevealed());
    QCOMPARE(label(u"ClientHello"_s)->text(), u"✓ ClientHello"_s);
    QVERIFY(label(u"ClientHello"_s)->font().bold());
    QCOMPARE(label(u"Finished"_s)->text(), u"✗ Finished"_s);
    QVERIFY(!label(u"Finished"_s)->font().bold());
    QCOMPARE(label(u"ServerHello"_s)->text(), u"ServerHello"_s);
    question.choices[1].text = u"Das ClientHello"_s;
    input.updateTexts(question);
    QCOMPARE(label(u"ClientHello"_s)->text(), u"✓ Das ClientHello"_s);
    QCOMPARE(input.choice(), 2);

    // A number stays empty until the learner types one: no answer is assumed.
    Question number;
    number.kind = Question::Kind::Number;
    number.unit = u"ms"_s;
    number.tolerance = u"10%"_s;
    input.setQuestion(number);
    QVERIFY(!input.isLocked());
    QVERIFY(!input.isRevealed());
    QVERIFY(!input.hasAnswer());
    QVERIFY(!input.number());
    auto* box = input.findChild<QDoubleSpinBox*>();
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->suffix(), u" ms"_s);
    QTest::keyClicks(box, u"42"_s);
    QCOMPARE(input.number(), std::optional<double>(42));

    // The next number question, in another unit, is empty again: the last unit is not left as an answer.
    Question other = number;
    other.unit = u"messages"_s;
    input.setQuestion(other);
    input.setQuestion(number);
    QVERIFY(!input.hasAnswer());
    QCOMPARE(box->text(), u" ms"_s);
    // The same when the unit is translated before the learner predicts.
    number.unit = u"Millisekunden"_s;
    input.updateTexts(number);
    QVERIFY(!input.hasAnswer());
    QCOMPARE(box->text(), u" Millisekunden"_s);
}

void QuizDialogTest::glossaryFiltersAndExplainsTermsOnHover()
{
    GlossaryPanel panel(&m_library);
    QCOMPARE(panel.listedTerms(), (QStringList{u"HEADERS"_s, u"HPACK"_s, u"stream"_s}));
    // Found by its name before found in a meaning.
    panel.searchField()->setText(u"stream"_s);
    QCOMPARE(panel.listedTerms(), (QStringList{u"stream"_s, u"HEADERS"_s}));
    panel.searchField()->setText(u"compression"_s);
    QCOMPARE(panel.listedTerms(), QStringList{u"HPACK"_s});
    QVERIFY(panel.meaningView()->toPlainText().contains(u"compresses header blocks"_s));
    panel.searchField()->setText(u"quic"_s);
    QVERIFY(panel.listedTerms().isEmpty());
    panel.searchField()->clear();
    QVERIFY(panel.showTerm(u"HEADERS"_s));
    QVERIFY(panel.meaningView()->toPlainText().contains(u"opens a stream"_s));

    const QString tip = GlossaryPanel::tooltipFor(m_library, u"a HEADERS frame after header compression"_s);
    QVERIFY(tip.contains(u"opens a stream"_s));
    QVERIFY(tip.contains(u"compresses header blocks"_s));
    QVERIFY(GlossaryPanel::tooltipFor(m_library, u"a SYN segment"_s).isEmpty());

    // The events table: a cell's tooltip explains the terms it shows.
    Timeline timeline(SessionClock::startingNow());
    Event headers;
    headers.layer = Layer::Http2;
    headers.kind = kindOf(Http2Kind::Headers);
    timeline.append(headers);
    TimelineModel events;
    events.setTimeline(&timeline);
    const QModelIndex kind = events.index(0, TimelineModel::KindColumn);
    QCOMPARE(events.data(kind, Qt::DisplayRole).toString(), EventSentence::of(headers));
    QVERIFY(EventSentence::of(headers).contains(u"HEADERS"_s));
    QVERIFY(!events.data(kind, Qt::ToolTipRole).toString().contains(u"opens a stream"_s));
    events.setGlossary(&m_library);
    QVERIFY(events.data(kind, Qt::ToolTipRole).toString().contains(u"opens a stream"_s));
    const QModelIndex time = events.index(0, TimelineModel::TimeColumn);
    QCOMPARE(events.data(time, Qt::ToolTipRole), events.data(time, Qt::DisplayRole));

    // The inspector's fields: the tooltip they had, then the glossary's explanation.
    FieldTreeModel fields;
    fields.setFields({Field{u"header block"_s, u"HPACK, 3 headers"_s, 9, 12, 0}});
    const QModelIndex field = fields.index(0, FieldTreeModel::ValueColumn);
    const QString plain = fields.data(field, Qt::ToolTipRole).toString();
    QVERIFY(!plain.contains(u"How HTTP/2 compresses"_s));
    fields.setGlossary(&m_library);
    const QString rich = fields.data(field, Qt::ToolTipRole).toString();
    QVERIFY(Qt::mightBeRichText(rich));
    QVERIFY(rich.contains(u"How HTTP/2 compresses"_s));
    QVERIFY(rich.contains(u"bytes 9 to 20"_s));
}

void QuizDialogTest::tradeoffCardsOfferTheirRuns()
{
    MainWindow window;
    TradeoffCardsDialog dialog(m_library, &window);
    QCOMPARE(dialog.tabs()->count(), 1);
    QCOMPARE(dialog.tabs()->tabText(0), u"HTTP/2"_s);
    // One button per claim that names a scenario.
    const QList<QPushButton*> runs = dialog.findChildren<QPushButton*>(u"runClaimButton"_s);
    QCOMPARE(runs.size(), 2);
    runs.first()->click();
    QTRY_VERIFY(window.comparison());
    QCOMPARE(window.comparison()->scenario().id, u"h1-vs-h2"_s);
}

void QuizDialogTest::everyControlHasAnAccessibleName()
{
    MainWindow window;
    QuizDialog quiz(m_library, &window);
    quiz.show();
    QVERIFY2(test::unnamedControls(&quiz).isEmpty(), qPrintable(test::unnamedControls(&quiz).join(u", "_s)));
    // A question (its choices) and its feedback, then the results.
    Quiz::Options options;
    options.topics = {u"tls"_s};
    options.count = 1;
    options.live = false;
    QVERIFY(quiz.start(options));
    QVERIFY2(test::unnamedControls(&quiz).isEmpty(), qPrintable(test::unnamedControls(&quiz).join(u", "_s)));
    auto* input = quiz.findChild<AnswerInput*>();
    QVERIFY(input);
    const int right = correctChoice(quiz.quiz().questions().at(0));
    quiz.answer((right + 1) % 3);
    QVERIFY2(test::unnamedControls(&quiz).isEmpty(), qPrintable(test::unnamedControls(&quiz).join(u", "_s)));
    // The feedback is told in words, not only by the tick and the cross.
    const QList<QAbstractButton*> choices = input->findChildren<QAbstractButton*>();
    QCOMPARE(choices.size(), 3);
    QVERIFY(!choices[right]->accessibleDescription().isEmpty());
    QVERIFY(!choices[(right + 1) % 3]->accessibleDescription().isEmpty());
    QVERIFY(choices[(right + 2) % 3]->accessibleDescription().isEmpty());
    quiz.next();
    QCOMPARE(quiz.page(), QuizDialog::Page::Results);
    QVERIFY2(test::unnamedControls(&quiz).isEmpty(), qPrintable(test::unnamedControls(&quiz).join(u", "_s)));

    TradeoffCardsDialog cards(m_library, &window);
    cards.show();
    QVERIFY2(test::unnamedControls(&cards).isEmpty(),
             qPrintable(test::unnamedControls(&cards).join(u", "_s)));
    GlossaryPanel glossary(&m_library);
    glossary.show();
    QVERIFY2(test::unnamedControls(&glossary).isEmpty(),
             qPrintable(test::unnamedControls(&glossary).join(u", "_s)));
}

void QuizDialogTest::aQuestionIsAnsweredFromTheKeyboard()
{
    MainWindow window;
    QuizDialog quiz(m_library, &window);
    quiz.show();
    QVERIFY(QTest::qWaitForWindowActive(&quiz));
    Quiz::Options options;
    options.topics = {u"http"_s};
    options.count = 1;
    options.live = false;
    QVERIFY(quiz.start(options));
    // The first choice has the focus; the arrow keys move to the right one, Enter answers.
    const int right = correctChoice(quiz.quiz().questions().at(0));
    QTRY_VERIFY(qobject_cast<QRadioButton*>(QApplication::focusWidget()));
    QSignalSpy revealed(&quiz, &QuizDialog::answerRevealed);
    for (int i = 0; i < right; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(revealed.size(), 1);
    QVERIFY(quiz.quiz().results().at(0).right);
    // Enter again goes on (to the results, after the only question); Esc closes the dialog.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(quiz.page(), QuizDialog::Page::Results);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!quiz.isVisible());
}

void QuizDialogTest::dialogsFitAShortScreen()
{
    // Presentation mode on a projector: 1280x720 with large type. The dialogs stay on the screen and
    // their pages scroll rather than cut.
    MainWindow window;
    QFont large = QApplication::font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    window.setFont(large);
    QuizDialog quiz(m_library, &window);
    TradeoffCardsDialog cards(m_library, &window);
    const QSize screen = window.screen()->availableSize();
    for (QDialog* dialog : {static_cast<QDialog*>(&quiz), static_cast<QDialog*>(&cards)}) {
        dialog->show();
        QVERIFY(dialog->width() <= screen.width());
        QVERIFY(dialog->height() <= screen.height());
        dialog->resize(1280 * 0.9, 720 * 0.9);
        QCoreApplication::processEvents();
        // Nothing scrolls sideways: texts wrap.
        for (const QScrollArea* scroll : dialog->findChildren<QScrollArea*>()) {
            if (scroll->isVisibleTo(dialog))
                QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        }
    }
}

QTEST_MAIN(QuizDialogTest)
#include "tst_quiz.moc"

#include "core/lesson/eventfilter.h"
#include "core/lesson/expression.h"
#include "core/lesson/knobsettings.h"
#include "core/lesson/lessonlibrary.h"
#include "core/lesson/lessonreader.h"
#include "core/lesson/questiongrader.h"
#include "core/lesson/scenariorun.h"
#include "core/session/sessionstatistics.h"

#include <QTest>

using namespace protoviz;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Ms = 1'000'000;

Event event(Layer layer, quint8 kind, Origin origin, qint64 timeMs, quint8 flags = 0, quint32 size = 0)
{
    Event e;
    e.layer = layer;
    e.kind = kind;
    e.origin = origin;
    e.timeNs = timeMs * Ms;
    e.flags = flags;
    e.size = size;
    return e;
}

/// A hand-made run: B's server sends a Certificate (flags 11) at 30 ms and two handshake messages in all.
RunMeasurements handMadeRun()
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 100 * Ms;
    const QList<Event> a{event(Layer::Tls, kindOf(TlsKind::HandshakeMessage), Origin::Client, 10, 1, 300)};
    const QList<Event> b{event(Layer::Tls, kindOf(TlsKind::HandshakeMessage), Origin::Client, 10, 1, 250),
                         event(Layer::Tls, kindOf(TlsKind::HandshakeMessage), Origin::Server, 30, 11, 800)};
    return RunMeasurements(knobs, a, b);
}

/// Four sides; side N has N + 1 handshake messages of 100 bytes each, so every side's figures differ.
RunMeasurements fourSidedRun()
{
    QList<QList<Event>> sides;
    for (int side = 0; side < RunMeasurements::MaxSides; ++side) {
        QList<Event> events;
        for (int i = 0; i <= side; ++i)
            events.append(
                event(Layer::Tls, kindOf(TlsKind::HandshakeMessage), Origin::Client, 10 + i, 1, 100));
        sides.append(events);
    }
    return RunMeasurements(ScenarioKnobs(), sides);
}

double evaluate(const QString& text, const ExpressionContext& context)
{
    QString error;
    const std::optional<Expression> expression = Expression::parse(text, &error);
    if (!expression)
        qFatal("%s", qPrintable(error));
    const std::optional<double> value = expression->evaluate(context, &error);
    if (!value)
        qFatal("%s", qPrintable(error));
    return *value;
}

QString readError(const QByteArray& lesson)
{
    QString error;
    const std::optional<Lesson> read = LessonReader::readLesson(lesson, u"bad.lesson"_s, &error);
    return read ? QString() : error;
}

const QByteArray header = "lesson: sample\ntitle: Sample\ntopic: tls\nminutes: 5\nsummary: One line.\n";

} // namespace

class LessonTest : public QObject
{
    Q_OBJECT

private slots:
    void expressionsFollowPrecedence();
    void expressionErrorsNameTheColumn();
    void countsAndTimesEventsThatMatchAFilter();
    void namesTheSidesOfFourSidedRuns();
    void filtersRejectUnknownWords();
    void knobsApplyAndRefuseImpossibleValues();
    void readsALessonWithItsSteps();
    void reportsMistakesWithFileAndLine_data();
    void reportsMistakesWithFileAndLine();
    void gradesNumbersWithinTolerance();
    void liveChoiceIsTheOneWhoseConditionHolds();
    void everyBuiltInFileReads();
    void answerFollowsTheKnobs();
};

void LessonTest::expressionsFollowPrecedence()
{
    const RunMeasurements run = handMadeRun();
    QCOMPARE(evaluate(u"1 + 2 * 3"_s, run), 7.0);
    QCOMPARE(evaluate(u"(1 + 2) * 3"_s, run), 9.0);
    QCOMPARE(evaluate(u"-2 * -3"_s, run), 6.0);
    QCOMPARE(evaluate(u"1 < 2 and not 3 <= 2"_s, run), 1.0);
    QCOMPARE(evaluate(u"0 or 2 == 2"_s, run), 1.0);
    QCOMPARE(evaluate(u"max(knob.rttMs, 50) / 4"_s, run), 25.0);
    QCOMPARE(evaluate(u"round(2.6) + abs(-1)"_s, run), 4.0);
}

void LessonTest::expressionErrorsNameTheColumn()
{
    QString error;
    QVERIFY(!Expression::parse(u"a.roundTrips + * 2"_s, &error));
    QVERIFY2(error.contains(u"column 16"_s), qPrintable(error));
    QVERIFY(!Expression::parse(u"(1 + 2"_s, &error));
    QVERIFY(!Expression::parse(u"count(b, \"tls.Alert)"_s, &error));
    const std::optional<Expression> divide =
        Expression::parse(u"1 / (knob.objects - knob.objects)"_s, &error);
    QVERIFY(divide);
    QVERIFY(!divide->evaluate(handMadeRun(), &error));
    QVERIFY2(error.contains(u"division by zero"_s), qPrintable(error));
    const std::optional<Expression> misspelt = Expression::parse(u"b.roundTrip"_s, &error);
    QVERIFY(misspelt);
    QVERIFY(!misspelt->evaluate(RunMeasurements::checker(), &error));
    QVERIFY2(error.contains(u"roundTrips"_s), qPrintable(error)); // the message lists the real names
}

void LessonTest::countsAndTimesEventsThatMatchAFilter()
{
    const RunMeasurements run = handMadeRun();
    QCOMPARE(evaluate(u"count(b, \"tls.HandshakeMessage\")"_s, run), 2.0);
    QCOMPARE(evaluate(u"count(b, \"tls.HandshakeMessage server flags=11\")"_s, run), 1.0);
    QCOMPARE(evaluate(u"count(a, \"tls.HandshakeMessage server flags=11\")"_s, run), 0.0);
    QCOMPARE(evaluate(u"firstMs(b, \"tls.HandshakeMessage server\")"_s, run), 30.0);
    QCOMPARE(evaluate(u"firstMs(a, \"tls.Alert\")"_s, run), -1.0);
    QCOMPARE(evaluate(u"bytes(b, \"tls.HandshakeMessage\")"_s, run), 1050.0);
    QString error;
    const std::optional<EventFilter> certificate =
        EventFilter::parse(u"tls.HandshakeMessage server flags=11"_s, &error);
    QVERIFY(certificate);
    QCOMPARE(run.find(RunMeasurements::Side::B, *certificate), 1);
    QCOMPARE(run.find(RunMeasurements::Side::A, *certificate), -1);
}

void LessonTest::namesTheSidesOfFourSidedRuns()
{
    const RunMeasurements run = fourSidedRun();
    QCOMPARE(run.sideCount(), 4);
    QCOMPARE(evaluate(u"count(c, \"tls.HandshakeMessage\")"_s, run), 3.0);
    QCOMPARE(evaluate(u"bytes(d, \"tls.HandshakeMessage\") - bytes(a, \"tls.HandshakeMessage\")"_s, run),
             300.0);
    QCOMPARE(evaluate(u"lastMs(d, \"tls.HandshakeMessage\")"_s, run), 13.0);
    QCOMPARE(RunMeasurements::sideFromName(u"d"), RunMeasurements::Side::D);
    QVERIFY(!RunMeasurements::sideFromName(u"e"));
    QVERIFY(!RunMeasurements::sideFromName(u"ab"));

    // A run of two sides has no C: the expression says so instead of reading A's figures.
    const RunMeasurements two = handMadeRun();
    QString error;
    const std::optional<Expression> expression = Expression::parse(u"c.connections"_s, &error);
    QVERIFY2(expression, qPrintable(error));
    QVERIFY(!expression->evaluate(two, &error));
    QVERIFY2(error.contains(u"2 side"), qPrintable(error));
    QVERIFY(two.events(RunMeasurements::Side::C).isEmpty());
    // The checker lessons are read against knows all four sides.
    QVERIFY(expression->evaluate(RunMeasurements::checker(), &error));
}

void LessonTest::filtersRejectUnknownWords()
{
    QString error;
    QVERIFY(EventFilter::parse(u"websocket.Frame c2s opcode=9"_s, &error));
    QVERIFY(!EventFilter::parse(u"tls.Handshake"_s, &error));
    QVERIFY2(error.contains(u"Handshake"_s), qPrintable(error));
    QVERIFY(!EventFilter::parse(u"quic.Packet"_s, &error));
    QVERIFY(!EventFilter::parse(u"tls.Alert sideways"_s, &error));
    QVERIFY2(error.contains(u"sideways"_s), qPrintable(error));
    QVERIFY(!EventFilter::parse(u"tls.Alert flags=300"_s, &error));
}

void LessonTest::knobsApplyAndRefuseImpossibleValues()
{
    ScenarioKnobs knobs;
    QString error;
    QVERIFY(KnobSettings::apply(u"rtt=150 loss=2% objects=20 tls=off tlsVersion=1.2 bandwidth=10mbit"_s,
                                &knobs, &error));
    QCOMPARE(knobs.link.rttNs, 150 * Ms);
    QCOMPARE(knobs.link.lossRate, 0.02);
    QCOMPARE(knobs.objects, 20);
    QVERIFY(!knobs.tls);
    QCOMPARE(knobs.maxTlsVersion, TlsVersion::Tls12);
    QCOMPARE(knobs.link.downstreamBitsPerSecond, 10'000'000u);
    const ScenarioKnobs before = knobs;
    QVERIFY(!KnobSettings::apply(u"rtt=50 loss=80%"_s, &knobs, &error));
    QVERIFY2(error.contains(u"loss"_s), qPrintable(error));
    QCOMPARE(knobs.link.rttNs, before.link.rttNs); // nothing applied from a refused line
    QVERIFY(!KnobSettings::apply(u"speed=3"_s, &knobs, &error));
    QVERIFY(!KnobSettings::apply(u"rtt"_s, &knobs, &error));
    QCOMPARE(KnobSettings::value(knobs, u"lossPercent"_s).value_or(-1), 2.0);
}

void LessonTest::readsALessonWithItsSteps()
{
    const QByteArray text = header + "\n"
                                     "step: First\n"
                                     "  do: scenario tls12-vs-tls13\n"
                                     "  do: knobs rtt=100   # a comment\n"
                                     "  do: run\n"
                                     "  do: select b tls.HandshakeMessage server flags=11\n"
                                     "  text:\n"
                                     "    A **paragraph**\n"
                                     "    over two lines.\n"
                                     "\n"
                                     "        a diagram\n"
                                     "  question: number\n"
                                     "    ask: How many?\n"
                                     "    answer: b.roundTrips\n"
                                     "    tolerance: 10%\n"
                                     "    explain: Because {b.roundTrips} is\n"
                                     "      what it took.\n"
                                     "    proof: b tls.HandshakeComplete client\n"
                                     "step: Second\n"
                                     "  text: Short.\n";
    QString error;
    const std::optional<Lesson> lesson = LessonReader::readLesson(text, u"sample.lesson"_s, &error);
    QVERIFY2(lesson, qPrintable(error));
    QCOMPARE(lesson->steps.size(), 2);
    const LessonStep& first = lesson->steps.first();
    QCOMPARE(first.actions.size(), 4);
    QCOMPARE(first.actions[1].argument, u"rtt=100"_s);
    QCOMPARE(first.actions[3].type, LessonAction::Type::Select);
    QCOMPARE(first.text, u"A **paragraph**\nover two lines.\n\n    a diagram"_s);
    QVERIFY(first.question);
    QCOMPARE(first.question->explain, u"Because {b.roundTrips} is what it took."_s);
    QCOMPARE(first.question->id, u"sample/1"_s);
    QCOMPARE(LessonReader::texts(text, u"sample.lesson"_s, &error).size(), 8);
}

void LessonTest::reportsMistakesWithFileAndLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const QByteArray step = "step: S\n  text: T\n";
    QTest::newRow("unknown key") << header + step + "  colour: red\n" << u"bad.lesson:8: unknown key"_s;
    QTest::newRow("unknown scenario") << header + "step: S\n  do: scenario nope\n  text: T\n"
                                      << u"bad.lesson:7: there is no scenario \"nope\""_s;
    QTest::newRow("misspelt statistic")
        << header + "step: S\n  do: scenario h1-vs-h2\n  do: run\n  text: T\n  question: number\n    ask: Q\n"
                    "    answer: b.roundtrips\n    explain: E\n"
        << u"bad.lesson:12: "_s;
    QTest::newRow("question before any run")
        << header + step + "  question: number\n    ask: Q\n    answer: b.roundTrips\n    explain: E\n"
        << u"bad.lesson:8: this question's answer is measured, but no run comes before it"_s;
    QTest::newRow("two correct choices")
        << header + step + "  question: choice\n    ask: Q\n    correct: x\n    correct: y\n    explain: E\n"
        << u"bad.lesson:8: a choice question has exactly one"_s;
    QTest::newRow("bad knob") << header + "step: S\n  do: knobs rtt=9000\n  text: T\n"
                              << u"bad.lesson:7: rtt"_s;
    QTest::newRow("too long") << QByteArray(header).replace("minutes: 5", "minutes: 90") + step
                              << u"bad.lesson:4: a lesson takes 5 to 15 minutes"_s;
    QTest::newRow("tab") << header + "step: S\n\ttext: T\n" << u"bad.lesson:7: a tab"_s;
    QTest::newRow("bad placeholder")
        << header + step +
               "  question: choice\n    ask: Q\n    correct: x\n    choice: y\n    explain: {a.nothing}\n"
        << u"bad.lesson:12: "_s;
}

void LessonTest::reportsMistakesWithFileAndLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QString error = readError(text);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void LessonTest::gradesNumbersWithinTolerance()
{
    const RunMeasurements run = handMadeRun();
    Question question;
    question.kind = Question::Kind::Number;
    question.answer = u"bytes(b, \"tls.HandshakeMessage\")"_s;
    question.explain = u"{bytes(b, \"tls.HandshakeMessage\")} bytes, {knob.rttMs:1} ms"_s;
    question.tolerance = u"10%"_s;
    question.proof = u"b tls.HandshakeMessage server flags=11"_s;
    const QLocale c = QLocale::c();
    const QuestionReveal reveal = QuestionGrader::reveal(question, &run, c);
    QVERIFY(reveal.available);
    QCOMPARE(reveal.measured, 1050.0);
    QCOMPARE(reveal.explanation, u"1050 bytes, 100.0 ms"_s);
    QCOMPARE(reveal.proofSide, RunMeasurements::Side::B);
    QCOMPARE(reveal.proofIndex, 1);
    QVERIFY(QuestionGrader::isRight(question, reveal, 1000));
    QVERIFY(!QuestionGrader::isRight(question, reveal, 900));
    question.tolerance = u"0"_s;
    QVERIFY(QuestionGrader::isRight(question, reveal, 1050));
    QVERIFY(!QuestionGrader::isRight(question, reveal, 1051));
    QCOMPARE(QuestionGrader::fill(u"{knob.rttMs}"_s, run, QLocale(QLocale::German)), u"100"_s);
}

void LessonTest::liveChoiceIsTheOneWhoseConditionHolds()
{
    const RunMeasurements run = handMadeRun();
    Question question;
    question.kind = Question::Kind::Choice;
    question.choices = {
        {u"A sent more"_s, u"bytes(a, \"tls.HandshakeMessage\") > bytes(b, \"tls.HandshakeMessage\")"_s},
        {u"B sent more"_s, u"bytes(b, \"tls.HandshakeMessage\") >= bytes(a, \"tls.HandshakeMessage\")"_s}};
    question.explain = u"E"_s;
    QVERIFY(question.isLive());
    const QuestionReveal reveal = QuestionGrader::reveal(question, &run, QLocale::c());
    QCOMPARE(reveal.correctChoice, 1);
    QVERIFY(QuestionGrader::isRight(reveal, 1));
    QVERIFY(!QuestionGrader::isRight(reveal, 0));
    // Without a run a live question reveals nothing, rather than a made-up answer.
    QVERIFY(!QuestionGrader::reveal(question, nullptr, QLocale::c()).available);
}

void LessonTest::everyBuiltInFileReads()
{
    QStringList errors;
    const LessonLibrary library = LessonLibrary::load(LessonLibrary::builtInFolder(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    qsizetype counted = 0;
    QSet<QString> topics;
    for (const Lesson& lesson : library.lessons()) {
        counted += lesson.isWaiting() ? 0 : 1;
        topics.insert(lesson.topic);
        QVERIFY2(!lesson.questions().isEmpty(), qPrintable(lesson.id));
    }
    QVERIFY2(counted >= 9, qPrintable(QString::number(counted)));
    QVERIFY(library.quizBank().size() >= 60);
    QVERIFY(library.glossary().size() >= 40);
    QVERIFY(!library.cards().isEmpty());
    qsizetype live = 0;
    for (const Question& question : library.quizBank())
        live += question.isLive() ? 1 : 0;
    QVERIFY(live >= 10);
    QVERIFY(!library.termsIn(u"the client sent a PUSH_PROMISE frame"_s).isEmpty());
}

void LessonTest::answerFollowsTheKnobs()
{
    // The same question over the same scenario: a longer round trip must give a later first byte,
    // because the answer is measured, not written down.
    Question question;
    question.kind = Question::Kind::Number;
    question.answer = u"b.timeToFirstByteMs"_s;
    question.explain = u"E"_s;
    question.tolerance = u"0"_s;
    QList<double> answers;
    for (const char* knobs : {"rtt=40", "rtt=160"}) {
        ScenarioKnobs chosen;
        QString error;
        QVERIFY(KnobSettings::apply(QString::fromLatin1(knobs), &chosen, &error));
        const std::optional<RunMeasurements> run = ScenarioRun::runToEnd(u"tls12-vs-tls13"_s, chosen, &error);
        QVERIFY2(run, qPrintable(error));
        const QuestionReveal reveal = QuestionGrader::reveal(question, &*run, QLocale::c());
        QVERIFY2(reveal.available, qPrintable(reveal.problem));
        const SessionStatistics b = SessionStatistics::compute(run->events(RunMeasurements::Side::B));
        QCOMPARE(reveal.measured, double(b.timeToFirstByteNs) / 1e6);
        answers.append(reveal.measured);
    }
    // TLS 1.3 reaches its first byte after three round trips: 120 ms more at the longer RTT.
    QVERIFY2(answers[1] - answers[0] > 300, qPrintable(u"%1 then %2"_s.arg(answers[0]).arg(answers[1])));
}

QTEST_GUILESS_MAIN(LessonTest)
#include "tst_lesson.moc"

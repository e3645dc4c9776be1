#include "tests/interop/interopsupport.h"

#include "core/lesson/lessonlibrary.h"
#include "core/lesson/quiz.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz;
using namespace protoviz::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int LessonTimeout = 120000;

// protoviz-cli's exit codes (app/cli/commands.h).
constexpr int Success = 0;
constexpr int BadArguments = 2;

} // namespace

/// `protoviz-cli lesson` and `protoviz-cli quiz` as a learner at a terminal meets them: the list of
/// lessons, a lesson run live with its measured answers filled in, and a quiz answered at the prompt
/// and scored.
class CliLessonsTest final : public QObject
{
    Q_OBJECT

private slots:
    void refusesBadArguments_data();
    void refusesBadArguments();
    void listsTwelveLessonsThatRun();
    void checkCountsALessonWaitingForItsScenario();
    void runFillsInEveryMeasuredAnswer();
    void quizScoresAnswersTypedAtThePrompt();
};

void CliLessonsTest::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown lesson") << QStringList{u"lesson"_s, u"run"_s, u"nope"_s} << BadArguments
                                    << u"There is no lesson \"nope\""_s;
    QTest::newRow("unknown action") << QStringList{u"lesson"_s, u"teach"_s} << BadArguments
                                    << u"Unknown action \"teach\""_s;
    QTest::newRow("unknown topic") << QStringList{u"quiz"_s, u"--topic"_s, u"dns"_s} << BadArguments
                                   << u"--topic"_s;
    QTest::newRow("no questions") << QStringList{u"quiz"_s, u"--count"_s, u"0"_s} << BadArguments
                                  << u"--count"_s;
    QTest::newRow("lessons missing") << QStringList{u"lesson"_s, u"check"_s, u"/nonexistent"_s}
                                     << BadArguments << u"/nonexistent"_s;
}

void CliLessonsTest::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const PeerRun run = runPeer(cliProgram(), arguments, LessonTimeout);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.summary()));
    QVERIFY2(run.output.contains(message), qPrintable(run.output));
}

void CliLessonsTest::listsTwelveLessonsThatRun()
{
    const PeerRun run = runPeer(cliProgram(), {u"lesson"_s, u"list"_s}, LessonTimeout);
    QCOMPARE(run.exitCode, Success);
    const QStringList entries = matchingLines(run.output, QRegularExpression(u"^[a-z0-9-]+\\s+\\S"_s));
    // Every built-in lesson's scenarios exist: none waits.
    QVERIFY2(entries.size() >= 12, qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"Waiting for the scenario"_s), qPrintable(run.output));
}

void CliLessonsTest::checkCountsALessonWaitingForItsScenario()
{
    // A teacher's lesson written ahead of its scenario is read and counted, not refused.
    QTemporaryDir folder;
    QFile file(folder.filePath(u"ahead.lesson"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("lesson: ahead\ntitle: Ahead of its time\ntopic: http\nminutes: 5\nsummary: Waits.\n"
               "needs: no-such-scenario\n\nstep: One\n  do: scenario no-such-scenario\n  do: run\n"
               "  text:\n    Nothing to see yet.\n");
    file.close();
    const PeerRun run = runPeer(cliProgram(), {u"lesson"_s, u"check"_s, folder.path()}, LessonTimeout);
    QVERIFY2(run.exitCode == Success, qPrintable(run.summary()));
    QVERIFY2(run.output.contains(u"1 lessons (1 waiting for a scenario)"_s), qPrintable(run.output));
}

void CliLessonsTest::runFillsInEveryMeasuredAnswer()
{
    QStringList errors;
    const LessonLibrary library = LessonLibrary::load(LessonLibrary::builtInFolder(), &errors);
    const Lesson* lesson = library.lesson(u"tls-handshakes"_s);
    QVERIFY(lesson);
    const PeerRun run = runPeer(cliProgram(), {u"lesson"_s, u"run"_s, lesson->id}, LessonTimeout);
    QVERIFY2(run.exitCode == Success, qPrintable(run.summary()));
    qsizetype live = 0;
    for (const Question& question : lesson->questions())
        live += question.isLive() ? 1 : 0;
    QCOMPARE(run.output.count(u"Measured answer:"_s), live);
    QCOMPARE(run.output.count(u"Why:"_s), lesson->questions().size());
    // Every placeholder was filled from the run: none is left, none failed.
    QVERIFY2(!run.output.contains(u"could not answer"_s), qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"{"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"Proof: event"_s), qPrintable(run.output));
}

void CliLessonsTest::quizScoresAnswersTypedAtThePrompt()
{
    // The same draw the command makes (same bank, same seed): answer the first two right and the
    // other two wrong, and the score must say 2 of 4.
    QStringList errors;
    const LessonLibrary library = LessonLibrary::load(LessonLibrary::builtInFolder(), &errors);
    Quiz::Options options;
    options.count = 4;
    options.seed = 7;
    options.live = false;
    QString error;
    const std::optional<Quiz> quiz = Quiz::draw(library.quizBank(), options, &error);
    QVERIFY2(quiz, qPrintable(error));
    QByteArray answers;
    QStringList wrongQuestions;
    for (qsizetype i = 0; i < quiz->questions().size(); ++i) {
        const Question& question = quiz->questions()[i];
        int right = 0;
        while (!question.choices[right].correct)
            ++right;
        const int given = i < 2 ? right : (right + 1) % int(question.choices.size());
        answers += QByteArray::number(given + 1) + '\n';
        if (i >= 2)
            wrongQuestions.append(question.ask);
    }
    QTemporaryDir directory;
    const QString markdown = directory.filePath(u"quiz.md"_s);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(cliProgram(), {u"quiz"_s, u"--conceptual"_s, u"--count"_s, u"4"_s, u"--seed"_s, u"7"_s,
                                 u"--markdown"_s, markdown});
    QVERIFY(process.waitForStarted());
    process.write(answers);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(LessonTimeout));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitCode() == Success, qPrintable(output));
    QVERIFY2(output.contains(u"Score: 2 of 4."_s), qPrintable(output));
    QCOMPARE(output.count(u"Right."_s), 2);
    QCOMPARE(output.count(u"Not quite."_s), 2);
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    const QString review = written.section(u"## To review"_s, 1).section(u"## Right"_s, 0, 0);
    for (const QString& ask : std::as_const(wrongQuestions))
        QVERIFY2(review.contains(ask), qPrintable(written));
    QVERIFY2(written.contains(u"**Score: 2 of 4**"_s), qPrintable(written));
}

QTEST_GUILESS_MAIN(CliLessonsTest)
#include "tst_clilessons.moc"

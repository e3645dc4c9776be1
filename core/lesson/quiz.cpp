#include "core/lesson/quiz.h"

#include <QRandomGenerator>

#include <algorithm>

namespace protoviz {

std::optional<Quiz> Quiz::draw(const QList<Question>& bank, const Options& options, QString* error)
{
    Quiz quiz;
    quiz.m_options = options;
    for (const Question& question : bank) {
        if ((options.topics.isEmpty() || options.topics.contains(question.topic)) &&
            (options.live || !question.isLive()))
            quiz.m_questions.append(question);
    }
    if (quiz.m_questions.isEmpty() || options.count < 1) {
        *error = tr("No question fits: choose other topics, or at least one question.");
        return std::nullopt;
    }
    QRandomGenerator random = options.seed != 0 ? QRandomGenerator(options.seed)
                                                : QRandomGenerator(QRandomGenerator::global()->generate());
    std::shuffle(quiz.m_questions.begin(), quiz.m_questions.end(), random);
    quiz.m_questions.resize(std::min<qsizetype>(options.count, quiz.m_questions.size()));
    // Files tend to list the right choice first; a quiz must not teach "always pick 1".
    for (Question& question : quiz.m_questions)
        std::shuffle(question.choices.begin(), question.choices.end(), random);
    return quiz;
}

const Quiz::Result& Quiz::record(const Answer& answer, const QuestionReveal& reveal)
{
    Q_ASSERT(!isComplete());
    const Question& question = m_questions[next()];
    Result result{question, answer, reveal, false};
    if (!answer.timedOut) {
        result.right = question.kind == Question::Kind::Number
                           ? answer.number && QuestionGrader::isRight(question, reveal, *answer.number)
                           : QuestionGrader::isRight(reveal, answer.choice);
    }
    m_results.append(result);
    return m_results.last();
}

void Quiz::expire(const QLocale& locale)
{
    while (!isComplete()) {
        Answer answer;
        answer.timedOut = true;
        // A conceptual question still shows its answer and why; a live one had no run to answer it.
        record(answer, QuestionGrader::reveal(m_questions[next()], nullptr, locale));
    }
}

int Quiz::score() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const Result& result) { return result.right; }));
}

QString Quiz::answerGiven(const Result& result, const QLocale& locale) const
{
    if (result.answer.timedOut)
        return tr("(no answer: time ran out)");
    if (result.question.kind == Question::Kind::Number)
        return result.answer.number ? QuestionGrader::format(*result.answer.number, locale)
                                    : tr("(no answer)");
    return result.question.choices.value(result.answer.choice).text;
}

QString Quiz::toMarkdown(const QLocale& locale) const
{
    QString text = QStringLiteral("# %1\n\n").arg(tr("ProtoViz quiz"));
    text += tr("**Score: %1 of %2**").arg(score()).arg(m_questions.size()) + QLatin1String("\n\n");
    if (!m_options.topics.isEmpty())
        text += tr("Topics: %1").arg(m_options.topics.join(QLatin1String(", "))) + QLatin1String("\n\n");
    const auto section = [&](const QString& heading, bool right) {
        QString part;
        int number = 0;
        for (const Result& result : m_results) {
            if (result.right != right)
                continue;
            part += QStringLiteral("### %1. %2\n\n").arg(++number).arg(result.question.ask);
            part += QStringLiteral("- %1 %2\n").arg(tr("Your answer:"), answerGiven(result, locale));
            part += QStringLiteral("- %1 %2\n")
                        .arg(tr("Right answer:"),
                             QuestionGrader::answerText(result.question, result.reveal, locale));
            if (!result.question.scenario.isEmpty())
                part +=
                    QStringLiteral("- %1 `%2` %3\n")
                        .arg(tr("The run that shows it:"), result.question.scenario, result.question.knobs);
            part += QLatin1Char('\n') + result.reveal.explanation + QLatin1String("\n\n");
        }
        return part.isEmpty() ? part : QStringLiteral("## %1\n\n").arg(heading) + part;
    };
    return text + section(tr("To review"), false) + section(tr("Right"), true);
}

} // namespace protoviz

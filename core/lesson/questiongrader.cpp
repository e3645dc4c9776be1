#include "core/lesson/questiongrader.h"

#include <QRegularExpression>

#include <cmath>

namespace protoviz {

QString QuestionGrader::format(double value, const QLocale& locale, int decimals)
{
    if (decimals < 0)
        decimals = std::abs(value - std::round(value)) < 1e-9 ? 0 : 1;
    return locale.toString(value, 'f', decimals);
}

QString QuestionGrader::fill(const QString& text, const RunMeasurements& run, const QLocale& locale)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}:]+)(?::(\\d))?\\}"));
    QString result;
    qsizetype from = 0;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text)) {
        result += text.mid(from, match.capturedStart() - from);
        QString error;
        const std::optional<Expression> expression = Expression::parse(match.captured(1), &error);
        const std::optional<double> value = expression ? expression->evaluate(run, &error) : std::nullopt;
        result += value ? format(*value, locale, match.captured(2).isEmpty() ? -1 : match.captured(2).toInt())
                        : QStringLiteral("?");
        from = match.capturedEnd();
    }
    return result + text.mid(from);
}

QuestionReveal QuestionGrader::reveal(const Question& question, const RunMeasurements* run,
                                      const QLocale& locale)
{
    QuestionReveal reveal;
    if (!question.isLive()) {
        for (qsizetype i = 0; i < question.choices.size(); ++i) {
            if (question.choices[i].correct)
                reveal.correctChoice = int(i);
        }
        reveal.available = true;
        reveal.explanation = question.explain;
        // A conceptual question inside a lesson still points at the run the learner watched.
        if (run) {
            reveal.explanation = fill(question.explain, *run, locale);
            locateProof(question, *run, &reveal);
        }
        return reveal;
    }
    if (!run) {
        reveal.problem = tr("This question is answered by a run, and there is none yet.");
        return reveal;
    }
    const auto evaluate = [&](const QString& text) -> std::optional<double> {
        QString error;
        const std::optional<Expression> expression = Expression::parse(text, &error);
        const std::optional<double> value = expression ? expression->evaluate(*run, &error) : std::nullopt;
        if (!value && reveal.problem.isEmpty())
            reveal.problem = tr("The run could not answer \"%1\": %2.").arg(text, error);
        return value;
    };
    if (question.kind == Question::Kind::Number) {
        const std::optional<double> measured = evaluate(question.answer);
        reveal.available = measured.has_value();
        reveal.measured = measured.value_or(0.0);
    } else {
        for (qsizetype i = 0; i < question.choices.size() && reveal.correctChoice < 0; ++i) {
            const std::optional<double> holds = evaluate(question.choices[i].condition);
            if (!holds)
                return reveal;
            if (*holds != 0.0)
                reveal.correctChoice = int(i);
        }
        reveal.available = reveal.correctChoice >= 0;
        if (!reveal.available && reveal.problem.isEmpty())
            reveal.problem = tr("No choice holds for this run (a tie?): run it again or change a knob.");
    }
    reveal.explanation = fill(question.explain, *run, locale);
    locateProof(question, *run, &reveal);
    return reveal;
}

void QuestionGrader::locateProof(const Question& question, const RunMeasurements& run, QuestionReveal* reveal)
{
    if (question.proof.isEmpty())
        return;
    QString error;
    const std::optional<EventFilter> filter =
        EventFilter::parse(question.proof.section(QLatin1Char(' '), 1), &error);
    reveal->proofSide = RunMeasurements::sideFromName(question.proof.section(QLatin1Char(' '), 0, 0))
                            .value_or(RunMeasurements::Side::A);
    reveal->proofIndex = filter ? run.find(reveal->proofSide, *filter) : -1;
}

bool QuestionGrader::isRight(const Question& question, const QuestionReveal& reveal, double predicted)
{
    if (!reveal.available || question.kind != Question::Kind::Number)
        return false;
    const bool relative = question.tolerance.endsWith(QLatin1Char('%'));
    const double tolerance = (relative ? question.tolerance.chopped(1) : question.tolerance).toDouble();
    const double allowed = relative ? std::abs(reveal.measured) * tolerance / 100.0 : tolerance;
    // Half a unit of the last shown decimal more, so that a prediction equal to what is shown counts.
    return std::abs(predicted - reveal.measured) <= allowed + 0.05;
}

QString QuestionGrader::answerText(const Question& question, const QuestionReveal& reveal,
                                   const QLocale& locale)
{
    if (!reveal.available)
        return reveal.problem;
    if (question.kind == Question::Kind::Choice)
        return question.choices.value(reveal.correctChoice).text;
    const QString number = format(reveal.measured, locale);
    return question.unit.isEmpty() ? number
                                   : tr("%1 %2", "a measured number and its unit").arg(number, question.unit);
}

} // namespace protoviz

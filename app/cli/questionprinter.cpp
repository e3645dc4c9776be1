#include "app/cli/questionprinter.h"

#include "app/cli/eventprinter.h"

#include <QTextStream>

namespace protoviz::cli {

void QuestionPrinter::ask(const Question& question, QTextStream& out)
{
    out << tr("Question: %1").arg(question.ask) << '\n';
    for (qsizetype i = 0; i < question.choices.size(); ++i)
        out << QStringLiteral("  %1) %2\n").arg(i + 1).arg(question.choices[i].text);
    if (question.kind == Question::Kind::Number && !question.unit.isEmpty())
        out << tr("  (answer in %1)").arg(question.unit) << '\n';
}

std::optional<std::pair<int, double>> QuestionPrinter::readAnswer(const Question& question, QTextStream& in,
                                                                  QTextStream& out)
{
    const QLocale locale;
    for (;;) {
        out << (question.kind == Question::Kind::Number ? tr("Your prediction: ") : tr("Your choice: "));
        out.flush();
        const QString line = in.readLine();
        if (line.isNull())
            return std::nullopt;
        bool ok = false;
        const QString text = line.trimmed();
        if (question.kind == Question::Kind::Number) {
            double value = locale.toDouble(text, &ok);
            if (!ok)
                value = text.toDouble(&ok);
            if (ok)
                return std::pair{-1, value};
            out << tr("Type a number.") << '\n';
            continue;
        }
        const int choice = text.toInt(&ok);
        if (ok && choice >= 1 && choice <= question.choices.size())
            return std::pair{choice - 1, 0.0};
        out << tr("Type a number from 1 to %1.").arg(question.choices.size()) << '\n';
    }
}

void QuestionPrinter::reveal(const Question& question, const QuestionReveal& reveal,
                             const RunMeasurements* run, QTextStream& out)
{
    const QLocale locale;
    if (!reveal.available) {
        out << "  " << reveal.problem << '\n';
        return;
    }
    out << "  "
        << (question.isLive() ? tr("Measured answer: %1") : tr("Answer: %1"))
               .arg(QuestionGrader::answerText(question, reveal, locale))
        << '\n';
    out << "  " << tr("Why: %1").arg(reveal.explanation) << '\n';
    if (run && reveal.proofIndex >= 0) {
        const Event& event = run->events(reveal.proofSide)[reveal.proofIndex];
        out << "  "
            << tr("Proof: event %1 of %2: %3")
                   .arg(reveal.proofIndex + 1)
                   .arg(QChar(u'A' + int(reveal.proofSide)),
                        EventPrinter::format(event, QString()).simplified())
            << '\n';
    }
}

} // namespace protoviz::cli

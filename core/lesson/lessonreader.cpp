#include "core/lesson/lessonreader.h"

#include "core/lesson/eventfilter.h"
#include "core/lesson/expression.h"
#include "core/lesson/knobsettings.h"
#include "core/lesson/runmeasurements.h"

#include <QRegularExpression>
#include <QSet>

namespace protoviz {

namespace {

/// One `key: value` of a file, its value's continuation lines joined, or its block's lines kept.
struct Entry
{
    QString key;
    QString value;
    int line = 0;
};

const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("lesson"),    QStringLiteral("title"),   QStringLiteral("topic"),
        QStringLiteral("minutes"),   QStringLiteral("summary"), QStringLiteral("needs"),
        QStringLiteral("step"),      QStringLiteral("do"),      QStringLiteral("text"),
        QStringLiteral("question"),  QStringLiteral("ask"),     QStringLiteral("answer"),
        QStringLiteral("tolerance"), QStringLiteral("unit"),    QStringLiteral("explain"),
        QStringLiteral("proof"),     QStringLiteral("choice"),  QStringLiteral("correct"),
        QStringLiteral("when"),      QStringLiteral("id"),      QStringLiteral("scenario"),
        QStringLiteral("knobs"),     QStringLiteral("term"),    QStringLiteral("aka"),
        QStringLiteral("means"),     QStringLiteral("card"),    QStringLiteral("pick"),
        QStringLiteral("avoid"),     QStringLiteral("run"),     QStringLiteral("say"),
    };
    return keys;
}

/// The keys whose values people read, and so translators translate.
const QSet<QString>& textKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("title"),   QStringLiteral("summary"), QStringLiteral("step"),
        QStringLiteral("text"),    QStringLiteral("ask"),     QStringLiteral("choice"),
        QStringLiteral("correct"), QStringLiteral("unit"),    QStringLiteral("explain"),
        QStringLiteral("pick"),    QStringLiteral("avoid"),   QStringLiteral("say"),
        QStringLiteral("means"),
    };
    return keys;
}

int indentOf(const QString& line)
{
    int indent = 0;
    while (indent < line.size() && line[indent] == QLatin1Char(' '))
        ++indent;
    return indent;
}

QString location(const QString& file, int line)
{
    return QStringLiteral("%1:%2: ").arg(file).arg(line);
}

/// Splits a file into entries: `key: value` lines, values going on over deeper-indented lines that do
/// not start with a key, and blocks (a key with nothing after it) keeping their lines and paragraphs.
std::optional<QList<Entry>> readEntries(const QByteArray& data, const QString& file, QString* error)
{
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z]+):(?:\\s+(.*))?$"));
    static const QRegularExpression trailingComment(QStringLiteral("\\s{2,}#.*$"));
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    QList<Entry> entries;
    int keyIndent = -1;   // indentation of the last key
    bool inBlock = false; // the last key opened a block
    int blockIndent = -1; // indentation of the block's first line
    for (int number = 1; number <= lines.size(); ++number) {
        QString line = lines[number - 1];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.contains(QLatin1Char('\t'))) {
            *error = location(file, number) + LessonReader::tr("a tab: indent with spaces");
            return std::nullopt;
        }
        const QString trimmed = line.trimmed();
        const int indent = indentOf(line);
        if (inBlock && (trimmed.isEmpty() || indent > keyIndent)) {
            if (!trimmed.isEmpty() && blockIndent < 0)
                blockIndent = indent;
            QString& value = entries.last().value;
            if (!value.isEmpty() || !trimmed.isEmpty())
                value += (value.isEmpty() ? QString() : QStringLiteral("\n")) +
                         (trimmed.isEmpty() ? QString() : line.mid(std::min(indent, blockIndent)));
            continue;
        }
        inBlock = false;
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = keyLine.match(trimmed);
        if (match.hasMatch() && knownKeys().contains(match.captured(1))) {
            QString value = match.captured(2);
            value.remove(trailingComment);
            entries.append({match.captured(1), value.trimmed(), number});
            keyIndent = indent;
            inBlock = value.trimmed().isEmpty();
            blockIndent = -1;
            continue;
        }
        if (!entries.isEmpty() && indent > keyIndent && !entries.last().value.isEmpty()) {
            entries.last().value += QLatin1Char(' ') + trimmed;
            continue;
        }
        *error = location(file, number) +
                 (match.hasMatch() ? LessonReader::tr("unknown key \"%1\"").arg(match.captured(1))
                                   : LessonReader::tr("expected \"key: value\", not \"%1\"").arg(trimmed));
        return std::nullopt;
    }
    for (Entry& entry : entries) {
        while (entry.value.endsWith(QLatin1Char('\n')))
            entry.value.chop(1);
    }
    return entries;
}

bool knownScenario(const QString& id)
{
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries()) {
        if (entry.id == id)
            return true;
    }
    return false;
}

/// Checks that an expression parses and names only what runs measure.
bool checkExpression(const QString& text, QString* error)
{
    const std::optional<Expression> expression = Expression::parse(text, error);
    return expression && expression->evaluate(RunMeasurements::checker(), error).has_value();
}

/// Checks the {expression[:decimals]} placeholders of a text.
bool checkPlaceholders(const QString& text, QString* error)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}:]+)(?::(\\d))?\\}"));
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text)) {
        if (!checkExpression(match.captured(1), error))
            return false;
    }
    return true;
}

/// Checks "SIDE FILTER" (proofs, pause-at, select).
bool checkSideFilter(const QString& text, QString* error)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 0 || !RunMeasurements::sideFromName(QStringView(text).left(space))) {
        *error = LessonReader::tr("\"%1\" is not SIDE FILTER, such as \"b tls.Alert\"").arg(text);
        return false;
    }
    return EventFilter::parse(text.mid(space + 1), error).has_value();
}

bool checkKnobs(const QString& text, QString* error)
{
    ScenarioKnobs knobs;
    return KnobSettings::apply(text, &knobs, error);
}

/// Reads a question's keys from entries[*i] on (the `question:` entry itself), stopping at a key that
/// is not a question's. Checks it as a whole.
std::optional<Question> readQuestion(const QList<Entry>& entries, qsizetype* i, const QString& file,
                                     bool bank, QString* error)
{
    const Entry& head = entries[*i];
    Question question;
    question.file = file;
    question.line = head.line;
    if (head.value == QLatin1String("number"))
        question.kind = Question::Kind::Number;
    else if (head.value != QLatin1String("choice")) {
        *error = location(file, head.line) +
                 LessonReader::tr("a question is \"number\" or \"choice\", not \"%1\"").arg(head.value);
        return std::nullopt;
    }
    static const QSet<QString> questionKeys{
        QStringLiteral("ask"),    QStringLiteral("answer"),  QStringLiteral("tolerance"),
        QStringLiteral("unit"),   QStringLiteral("explain"), QStringLiteral("proof"),
        QStringLiteral("choice"), QStringLiteral("correct"), QStringLiteral("when"),
        QStringLiteral("id"),     QStringLiteral("topic"),   QStringLiteral("scenario"),
        QStringLiteral("knobs"),
    };
    const auto fail = [&](int line, const QString& why) {
        *error = location(file, line) + why;
        return std::nullopt;
    };
    for (++*i; *i < entries.size() && questionKeys.contains(entries[*i].key); ++*i) {
        const Entry& entry = entries[*i];
        QString why;
        if (entry.key == QLatin1String("ask"))
            question.ask = entry.value;
        else if (entry.key == QLatin1String("answer")) {
            if (!checkExpression(entry.value, &why))
                return fail(entry.line, why);
            question.answer = entry.value;
        } else if (entry.key == QLatin1String("tolerance")) {
            QString number = entry.value;
            const bool relative = number.endsWith(QLatin1Char('%'));
            bool ok = false;
            const double value = (relative ? number.chopped(1) : number).toDouble(&ok);
            if (!ok || value < 0)
                return fail(
                    entry.line,
                    LessonReader::tr("a tolerance is a number or a percentage, not \"%1\"").arg(number));
            question.tolerance = entry.value;
        } else if (entry.key == QLatin1String("unit"))
            question.unit = entry.value;
        else if (entry.key == QLatin1String("explain")) {
            if (!checkPlaceholders(entry.value, &why))
                return fail(entry.line, why);
            question.explain = entry.value;
        } else if (entry.key == QLatin1String("proof")) {
            if (!checkSideFilter(entry.value, &why))
                return fail(entry.line, why);
            question.proof = entry.value;
        } else if (entry.key == QLatin1String("choice") || entry.key == QLatin1String("correct"))
            question.choices.append({entry.value, QString(), entry.key == QLatin1String("correct")});
        else if (entry.key == QLatin1String("when")) {
            if (question.choices.isEmpty() || !question.choices.last().condition.isEmpty())
                return fail(entry.line, LessonReader::tr("\"when:\" belongs under a choice"));
            if (!checkExpression(entry.value, &why))
                return fail(entry.line, why);
            question.choices.last().condition = entry.value;
        } else if (!bank)
            return fail(entry.line,
                        LessonReader::tr("\"%1:\" belongs to a question of the quiz bank, not of a lesson")
                            .arg(entry.key));
        else if (entry.key == QLatin1String("id"))
            question.id = entry.value;
        else if (entry.key == QLatin1String("topic"))
            question.topic = entry.value;
        else if (entry.key == QLatin1String("scenario")) {
            if (!knownScenario(entry.value))
                return fail(entry.line, LessonReader::tr("there is no scenario \"%1\"").arg(entry.value));
            question.scenario = entry.value;
        } else if (!checkKnobs(entry.value, &why))
            return fail(entry.line, why);
        else
            question.knobs = entry.value;
    }
    if (question.ask.isEmpty())
        return fail(head.line, LessonReader::tr("the question has no \"ask:\""));
    if (question.explain.isEmpty())
        return fail(head.line, LessonReader::tr("the question has no \"explain:\" (say why)"));
    if (question.kind == Question::Kind::Number) {
        if (question.answer.isEmpty())
            return fail(head.line,
                        LessonReader::tr("a number question needs \"answer:\", an expression over the run"));
        if (question.tolerance.isEmpty())
            question.tolerance = QStringLiteral("0");
        if (!question.choices.isEmpty())
            return fail(head.line, LessonReader::tr("a number question has no choices"));
    } else {
        qsizetype correct = 0;
        qsizetype conditions = 0;
        for (const QuestionChoice& choice : std::as_const(question.choices)) {
            correct += choice.correct ? 1 : 0;
            conditions += choice.condition.isEmpty() ? 0 : 1;
        }
        if (question.choices.size() < 2)
            return fail(head.line, LessonReader::tr("a choice question needs at least two choices"));
        const bool conceptual = correct == 1 && conditions == 0;
        const bool live = correct == 0 && conditions == question.choices.size();
        if (!conceptual && !live)
            return fail(head.line,
                        LessonReader::tr("a choice question has exactly one \"correct:\", or a \"when:\" "
                                         "under every choice"));
    }
    if (bank) {
        if (question.id.isEmpty())
            return fail(head.line, LessonReader::tr("a question of the quiz bank needs an \"id:\""));
        if (!LessonReader::topics().contains(question.topic))
            return fail(head.line,
                        LessonReader::tr("\"%1\" is not a topic (%2)")
                            .arg(question.topic, LessonReader::topics().join(QLatin1String(", "))));
        if (question.isLive() && question.scenario.isEmpty())
            return fail(head.line,
                        LessonReader::tr("a live question of the quiz bank needs the \"scenario:\" it runs"));
    }
    --*i; // the caller's loop steps past the last entry taken
    return question;
}

std::optional<LessonAction> readAction(const Entry& entry, bool waiting, const QString& file, QString* error)
{
    const QString verb = entry.value.section(QLatin1Char(' '), 0, 0);
    const QString argument = entry.value.section(QLatin1Char(' '), 1).trimmed();
    LessonAction action;
    action.argument = argument;
    action.line = entry.line;
    QString why;
    bool ok = true;
    if (verb == QLatin1String("scenario")) {
        action.type = LessonAction::Type::Scenario;
        ok = waiting || knownScenario(argument);
        why = LessonReader::tr("there is no scenario \"%1\" (a lesson waiting for one says \"needs:\")")
                  .arg(argument);
    } else if (verb == QLatin1String("knobs")) {
        action.type = LessonAction::Type::Knobs;
        ok = checkKnobs(argument, &why);
    } else if (verb == QLatin1String("run")) {
        action.type = LessonAction::Type::Run;
        ok = argument.isEmpty();
        why = LessonReader::tr("\"run\" takes nothing after it");
    } else if (verb == QLatin1String("pause-at") || verb == QLatin1String("select")) {
        action.type =
            verb == QLatin1String("select") ? LessonAction::Type::Select : LessonAction::Type::PauseAt;
        ok = checkSideFilter(argument, &why);
    } else if (verb == QLatin1String("field")) {
        action.type = LessonAction::Type::Field;
        ok = !argument.isEmpty();
        why =
            LessonReader::tr("\"field\" takes the name of a field of the selected event, such as key_share");
    } else if (verb == QLatin1String("view")) {
        action.type = LessonAction::Type::View;
        static const QStringList views{QStringLiteral("lanes"),        QStringLiteral("ladder"),
                                       QStringLiteral("tiles"),        QStringLiteral("events"),
                                       QStringLiteral("eavesdropper"), QStringLiteral("statistics")};
        ok = views.contains(argument);
        why = LessonReader::tr("there is no view \"%1\" (%2)").arg(argument, views.join(QLatin1String(", ")));
    } else if (verb == QLatin1String("zoom")) {
        action.type = LessonAction::Type::Zoom;
        const QStringList range = argument.split(QLatin1String(".."));
        ok = range.size() == 2 && checkExpression(range[0], &why) && checkExpression(range[1], &why);
        if (range.size() != 2)
            why = LessonReader::tr("zoom takes FROM .. TO, in milliseconds");
    } else {
        ok = false;
        why = LessonReader::tr(
                  "there is no action \"%1\" (scenario, knobs, run, pause-at, view, select, field, zoom)")
                  .arg(verb);
    }
    if (!ok) {
        *error = location(file, entry.line) + why;
        return std::nullopt;
    }
    return action;
}

} // namespace

const QStringList& LessonReader::topics()
{
    static const QStringList list{
        QStringLiteral("http"),    QStringLiteral("https"), QStringLiteral("tls"),
        QStringLiteral("http2"),   QStringLiteral("push"),  QStringLiteral("websocket"),
        QStringLiteral("scaling"), QStringLiteral("grpc"),  QStringLiteral("choosing")};
    return list;
}

std::optional<Lesson> LessonReader::readLesson(const QByteArray& data, const QString& file, QString* error)
{
    const std::optional<QList<Entry>> entries = readEntries(data, file, error);
    if (!entries)
        return std::nullopt;
    const auto fail = [&](int line, const QString& why) {
        *error = location(file, line) + why;
        return std::nullopt;
    };
    if (entries->isEmpty() || entries->first().key != QLatin1String("lesson"))
        return fail(1, tr("a lesson file starts with \"lesson: ID\""));
    Lesson lesson;
    lesson.file = file;
    lesson.id = entries->first().value;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+$"));
    if (!idPattern.match(lesson.id).hasMatch())
        return fail(1, tr("a lesson's id is lower-case letters, digits and '-', not \"%1\"").arg(lesson.id));
    bool ranBefore = false; // a run precedes this point of the lesson
    for (qsizetype i = 1; i < entries->size(); ++i) {
        const Entry& entry = entries->at(i);
        const bool inStep = !lesson.steps.isEmpty();
        const QString& key = entry.key;
        if (!inStep && key == QLatin1String("title"))
            lesson.title = entry.value;
        else if (!inStep && key == QLatin1String("topic"))
            lesson.topic = entry.value;
        else if (!inStep && key == QLatin1String("summary"))
            lesson.summary = entry.value;
        else if (!inStep && key == QLatin1String("needs"))
            lesson.needs = entry.value;
        else if (!inStep && key == QLatin1String("minutes")) {
            bool ok = false;
            lesson.minutes = entry.value.toInt(&ok);
            if (!ok || lesson.minutes < 5 || lesson.minutes > 15)
                return fail(entry.line, tr("a lesson takes 5 to 15 minutes, not \"%1\"").arg(entry.value));
        } else if (key == QLatin1String("step")) {
            LessonStep step;
            step.title = entry.value;
            step.line = entry.line;
            lesson.steps.append(step);
        } else if (inStep && (key == QLatin1String("do") || key == QLatin1String("text"))) {
            LessonStep& step = lesson.steps.last();
            if (step.question)
                return fail(entry.line, tr("\"%1:\" belongs before the step's question").arg(key));
            if (key == QLatin1String("text")) {
                step.text = entry.value;
                continue;
            }
            const std::optional<LessonAction> action =
                readAction(entry, !lesson.needs.isEmpty(), file, error);
            if (!action)
                return std::nullopt;
            ranBefore = ranBefore || action->type == LessonAction::Type::Run;
            const bool needsRun = action->type == LessonAction::Type::PauseAt ||
                                  action->type == LessonAction::Type::Select ||
                                  action->type == LessonAction::Type::Zoom;
            if (needsRun && !ranBefore)
                return fail(
                    entry.line,
                    tr("\"%1\" needs a run before it").arg(entry.value.section(QLatin1Char(' '), 0, 0)));
            const bool selected =
                std::any_of(step.actions.cbegin(), step.actions.cend(),
                            [](const LessonAction& done) { return done.type == LessonAction::Type::Select; });
            if (action->type == LessonAction::Type::Field && !selected)
                return fail(
                    entry.line,
                    tr("\"field\" picks a field of the event a \"select\" before it in the step chose"));
            step.actions.append(*action);
        } else if (inStep && key == QLatin1String("question")) {
            LessonStep& step = lesson.steps.last();
            if (step.question)
                return fail(entry.line, tr("a step has one question"));
            std::optional<Question> question = readQuestion(*entries, &i, file, false, error);
            if (!question)
                return std::nullopt;
            if (question->isLive() && !ranBefore)
                return fail(question->line,
                            tr("this question's answer is measured, but no run comes before it"));
            question->id = QStringLiteral("%1/%2").arg(lesson.id).arg(lesson.steps.size());
            question->topic = lesson.topic;
            step.question = question;
        } else {
            return fail(entry.line, inStep ? tr("\"%1:\" does not belong in a step").arg(key)
                                           : tr("\"%1:\" does not belong before the first step").arg(key));
        }
    }
    if (lesson.title.isEmpty() || lesson.summary.isEmpty() || lesson.minutes == 0)
        return fail(1, tr("a lesson needs \"title:\", \"summary:\" and \"minutes:\""));
    if (!topics().contains(lesson.topic))
        return fail(1,
                    tr("\"%1\" is not a topic (%2)").arg(lesson.topic, topics().join(QLatin1String(", "))));
    if (lesson.steps.isEmpty())
        return fail(1, tr("a lesson needs at least one step"));
    for (const LessonStep& step : std::as_const(lesson.steps)) {
        if (step.title.isEmpty() || step.text.isEmpty())
            return fail(step.line, tr("a step needs a title and \"text:\""));
    }
    return lesson;
}

std::optional<QList<Question>> LessonReader::readQuestions(const QByteArray& data, const QString& file,
                                                           QString* error)
{
    const std::optional<QList<Entry>> entries = readEntries(data, file, error);
    if (!entries)
        return std::nullopt;
    QList<Question> questions;
    QSet<QString> ids;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const Entry& entry = entries->at(i);
        if (entry.key != QLatin1String("question")) {
            *error = location(file, entry.line) + tr("expected \"question:\", not \"%1:\"").arg(entry.key);
            return std::nullopt;
        }
        std::optional<Question> question = readQuestion(*entries, &i, file, true, error);
        if (!question)
            return std::nullopt;
        if (ids.contains(question->id)) {
            *error = location(file, question->line) + tr("the id \"%1\" is taken").arg(question->id);
            return std::nullopt;
        }
        ids.insert(question->id);
        questions.append(*question);
    }
    return questions;
}

std::optional<QList<GlossaryTerm>> LessonReader::readGlossary(const QByteArray& data, const QString& file,
                                                              QString* error)
{
    const std::optional<QList<Entry>> entries = readEntries(data, file, error);
    if (!entries)
        return std::nullopt;
    QList<GlossaryTerm> terms;
    int termLine = 0;
    for (const Entry& entry : *entries) {
        const bool inTerm = !terms.isEmpty();
        if (entry.key == QLatin1String("term")) {
            if (inTerm && terms.last().means.isEmpty()) {
                *error =
                    location(file, termLine) + tr("the term \"%1\" has no \"means:\"").arg(terms.last().term);
                return std::nullopt;
            }
            terms.append(GlossaryTerm{entry.value, {}, {}});
            termLine = entry.line;
        } else if (inTerm && entry.key == QLatin1String("aka")) {
            for (const QString& name : entry.value.split(QLatin1Char(',')))
                terms.last().aka.append(name.trimmed());
        } else if (inTerm && entry.key == QLatin1String("means")) {
            terms.last().means = entry.value;
        } else {
            *error = location(file, entry.line) +
                     tr("a glossary has \"term:\", \"aka:\" and \"means:\", not \"%1:\"").arg(entry.key);
            return std::nullopt;
        }
    }
    if (!terms.isEmpty() && terms.last().means.isEmpty()) {
        *error = location(file, termLine) + tr("the term \"%1\" has no \"means:\"").arg(terms.last().term);
        return std::nullopt;
    }
    return terms;
}

std::optional<QList<TradeoffCard>> LessonReader::readCards(const QByteArray& data, const QString& file,
                                                           QString* error)
{
    const std::optional<QList<Entry>> entries = readEntries(data, file, error);
    if (!entries)
        return std::nullopt;
    QList<TradeoffCard> cards;
    TradeoffClaim* lastClaim = nullptr;
    for (const Entry& entry : *entries) {
        const auto fail = [&](const QString& why) {
            *error = location(file, entry.line) + why;
            return std::nullopt;
        };
        if (entry.key == QLatin1String("card")) {
            cards.append(TradeoffCard{});
            cards.last().id = entry.value;
            lastClaim = nullptr;
            continue;
        }
        if (cards.isEmpty())
            return fail(tr("a cards file starts with \"card: ID\""));
        TradeoffCard& card = cards.last();
        if (entry.key == QLatin1String("title")) {
            card.title = entry.value;
        } else if (entry.key == QLatin1String("pick") || entry.key == QLatin1String("avoid")) {
            QList<TradeoffClaim>& claims = entry.key == QLatin1String("pick") ? card.pick : card.avoid;
            claims.append(TradeoffClaim{entry.value, {}, {}});
            lastClaim = &claims.last();
        } else if (entry.key == QLatin1String("run") && lastClaim && lastClaim->scenario.isEmpty()) {
            const QString id = entry.value.section(QLatin1Char(' '), 0, 0);
            QString why;
            if (!knownScenario(id))
                return fail(tr("there is no scenario \"%1\"").arg(id));
            lastClaim->scenario = id;
            lastClaim->knobs = entry.value.section(QLatin1Char(' '), 1).trimmed();
            if (!checkKnobs(lastClaim->knobs, &why))
                return fail(why);
        } else if (entry.key == QLatin1String("say")) {
            card.say.append(entry.value);
        } else {
            return fail(
                tr("a card has \"title:\", \"pick:\", \"avoid:\", \"run:\" under a claim and \"say:\", "
                   "not \"%1:\"")
                    .arg(entry.key));
        }
    }
    for (const TradeoffCard& card : std::as_const(cards)) {
        if (card.title.isEmpty() || card.pick.isEmpty() || card.avoid.isEmpty() || card.say.isEmpty()) {
            *error = file + QLatin1String(": ") +
                     tr("the card \"%1\" needs a title, pick, avoid and say").arg(card.id);
            return std::nullopt;
        }
    }
    return cards;
}

QStringList LessonReader::texts(const QByteArray& data, const QString& file, QString* error)
{
    QStringList result;
    const std::optional<QList<Entry>> entries = readEntries(data, file, error);
    if (!entries)
        return result;
    for (const Entry& entry : *entries) {
        if (textKeys().contains(entry.key) && !entry.value.isEmpty())
            result.append(entry.value);
    }
    return result;
}

QList<Question> Lesson::questions() const
{
    QList<Question> list;
    for (const LessonStep& step : steps) {
        if (step.question)
            list.append(*step.question);
    }
    return list;
}

} // namespace protoviz

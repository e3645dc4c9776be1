#include "core/lesson/lessonlibrary.h"

#include "core/lesson/lessonreader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace protoviz {

namespace {

QString translated(const QString& text)
{
    return text.isEmpty() ? text : QCoreApplication::translate("Lessons", text.toUtf8().constData());
}

void translate(Question* question)
{
    question->ask = translated(question->ask);
    question->unit = translated(question->unit);
    question->explain = translated(question->explain);
    for (QuestionChoice& choice : question->choices)
        choice.text = translated(choice.text);
}

void translate(Lesson* lesson)
{
    lesson->title = translated(lesson->title);
    lesson->summary = translated(lesson->summary);
    for (LessonStep& step : lesson->steps) {
        step.title = translated(step.title);
        step.text = translated(step.text);
        if (step.question)
            translate(&*step.question);
    }
}

void translate(TradeoffCard* card)
{
    card->title = translated(card->title);
    for (QList<TradeoffClaim>* claims : {&card->pick, &card->avoid}) {
        for (TradeoffClaim& claim : *claims)
            claim.text = translated(claim.text);
    }
    for (QString& line : card->say)
        line = translated(line);
}

QStringList filesOf(const QString& folder, QStringList* errors)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.lesson"), QStringLiteral("*.questions"),
                                             QStringLiteral("*.terms"), QStringLiteral("*.cards")},
                                            QDir::Files, QDir::Name);
    if (names.isEmpty())
        errors->append(LessonLibrary::tr("%1: there are no lessons in this folder").arg(folder));
    QStringList paths;
    for (const QString& name : names)
        paths.append(dir.filePath(name));
    return paths;
}

std::optional<QByteArray> contentsOf(const QString& path, QStringList* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(LessonLibrary::tr("%1: cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

/// A text as a C++ string literal.
QByteArray literal(const QString& text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + '"';
}

} // namespace

QString LessonLibrary::builtInFolder()
{
    return QStringLiteral(":/lessons");
}

LessonLibrary LessonLibrary::load(const QString& folder, QStringList* errors)
{
    LessonLibrary library;
    for (const QString& path : filesOf(folder, errors)) {
        const std::optional<QByteArray> data = contentsOf(path, errors);
        if (!data)
            continue;
        QString error;
        if (path.endsWith(QLatin1String(".lesson"))) {
            if (std::optional<Lesson> lesson = LessonReader::readLesson(*data, path, &error)) {
                translate(&*lesson);
                library.m_lessons.append(*lesson);
            }
        } else if (path.endsWith(QLatin1String(".questions"))) {
            if (std::optional<QList<Question>> questions = LessonReader::readQuestions(*data, path, &error)) {
                for (Question& question : *questions)
                    translate(&question);
                library.m_quizBank += *questions;
            }
        } else if (path.endsWith(QLatin1String(".terms"))) {
            if (std::optional<QList<GlossaryTerm>> terms = LessonReader::readGlossary(*data, path, &error)) {
                for (GlossaryTerm& term : *terms)
                    term.means = translated(term.means);
                library.m_glossary += *terms;
            }
        } else if (std::optional<QList<TradeoffCard>> cards = LessonReader::readCards(*data, path, &error)) {
            for (TradeoffCard& card : *cards)
                translate(&card);
            library.m_cards += *cards;
        }
        if (!error.isEmpty())
            errors->append(error);
    }
    return library;
}

QByteArray LessonLibrary::translatableSource(const QString& folder, QStringList* errors)
{
    QByteArray source =
        "// Generated from resources/lessons by `protoviz-cli lesson strings` for lupdate; not compiled.\n";
    for (const QString& path : filesOf(folder, errors)) {
        const std::optional<QByteArray> data = contentsOf(path, errors);
        if (!data)
            continue;
        QString error;
        const QString name = QFileInfo(path).fileName();
        for (const QString& text : LessonReader::texts(*data, path, &error))
            source += "//: " + name.toUtf8() + "\nQT_TRANSLATE_NOOP(\"Lessons\", " + literal(text) + ");\n";
        if (!error.isEmpty())
            errors->append(error);
    }
    return source;
}

const Lesson* LessonLibrary::lesson(const QString& id) const
{
    for (const Lesson& lesson : m_lessons) {
        if (lesson.id == id)
            return &lesson;
    }
    return nullptr;
}

QList<GlossaryTerm> LessonLibrary::termsIn(const QString& text) const
{
    QList<GlossaryTerm> found;
    for (const GlossaryTerm& term : m_glossary) {
        QStringList names = term.aka;
        names.prepend(term.term);
        for (const QString& name : std::as_const(names)) {
            // Whole words only: "PING" is in "PING frame", not in "SHIPPING".
            const QRegularExpression word(
                QStringLiteral("(^|[^A-Za-z0-9_])%1($|[^A-Za-z0-9_])").arg(QRegularExpression::escape(name)));
            if (!name.isEmpty() && word.match(text).hasMatch()) {
                found.append(term);
                break;
            }
        }
    }
    return found;
}

QList<GlossaryTerm> LessonLibrary::search(const QString& needle) const
{
    QList<GlossaryTerm> found;
    for (const GlossaryTerm& term : m_glossary) {
        const bool matches = term.term.contains(needle, Qt::CaseInsensitive) ||
                             term.means.contains(needle, Qt::CaseInsensitive) ||
                             std::any_of(term.aka.cbegin(), term.aka.cend(), [&](const QString& name) {
                                 return name.contains(needle, Qt::CaseInsensitive);
                             });
        if (matches)
            found.append(term);
    }
    return found;
}

} // namespace protoviz

#pragma once

#include "core/lesson/lesson.h"

#include <QCoreApplication>
#include <QStringList>

namespace protoviz {

/// Everything ProtoViz teaches: the lessons, the quiz bank, the glossary and the trade-off cards, read
/// from a folder (the engine's resource ":/lessons" unless told otherwise) and translated into the
/// language installed when load() ran (context "Lessons"). A value type; load again after the language
/// changes.
class LessonLibrary
{
    Q_DECLARE_TR_FUNCTIONS(LessonLibrary)

public:
    /// The folder compiled into the engine (resources/lessons).
    static QString builtInFolder();

    /// Reads every file of folder. A file that does not read is left out and its error (with file and
    /// line) appended to *errors.
    static LessonLibrary load(const QString& folder, QStringList* errors);

    /// Every translatable text of the files of folder, for lupdate: a C++ file of QT_TRANSLATE_NOOP
    /// entries, each with its file and line as a comment.
    static QByteArray translatableSource(const QString& folder, QStringList* errors);

    const QList<Lesson>& lessons() const { return m_lessons; }
    /// The lesson with that id, or null.
    const Lesson* lesson(const QString& id) const;
    const QList<Question>& quizBank() const { return m_quizBank; }
    const QList<GlossaryTerm>& glossary() const { return m_glossary; }
    const QList<TradeoffCard>& cards() const { return m_cards; }

    /// Glossary terms that text mentions (by term or by another spelling), in glossary order.
    QList<GlossaryTerm> termsIn(const QString& text) const;
    /// Glossary terms whose name, spellings or meaning contain needle (case-insensitive).
    QList<GlossaryTerm> search(const QString& needle) const;

private:
    QList<Lesson> m_lessons;
    QList<Question> m_quizBank;
    QList<GlossaryTerm> m_glossary;
    QList<TradeoffCard> m_cards;
};

} // namespace protoviz

#pragma once

#include "core/lesson/lesson.h"

#include <QCoreApplication>
#include <QStringList>

namespace protoviz {

/// Reads the files of resources/lessons (docs/lessons.md): lessons, the quiz bank, the glossary and
/// the trade-off cards. Checks everything a file says: keys, ids, topics, scenario ids, knobs, event
/// filters and every expression's names, so that a mistake is reported when the file loads, with the
/// file and the line ("lessons/tls.lesson:12: ..."). Texts are returned as written (untranslated).
/// Stateless.
class LessonReader
{
    Q_DECLARE_TR_FUNCTIONS(LessonReader)

public:
    /// The topics lessons and questions belong to.
    static const QStringList& topics();

    static std::optional<Lesson> readLesson(const QByteArray& data, const QString& file, QString* error);
    static std::optional<QList<Question>> readQuestions(const QByteArray& data, const QString& file,
                                                        QString* error);
    static std::optional<QList<GlossaryTerm>> readGlossary(const QByteArray& data, const QString& file,
                                                           QString* error);
    static std::optional<QList<TradeoffCard>> readCards(const QByteArray& data, const QString& file,
                                                        QString* error);

    /// Every translatable text of a file of any of the four kinds, in file order. Empty (and *error
    /// set) if the file does not read.
    static QStringList texts(const QByteArray& data, const QString& file, QString* error);
};

} // namespace protoviz

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace protoviz {

/// One answer offered by a choice question. A live choice is right when its condition holds for the
/// run; a conceptual one is right when the file marked it correct.
struct QuestionChoice
{
    QString text;
    QString condition; ///< an Expression over the run; empty for conceptual questions
    bool correct = false;
};

/// A question of a lesson step or of the quiz bank. Its answer is never stored: a number question
/// names an Expression over the run, a live choice question a condition per choice (QuestionGrader).
struct Question
{
    enum class Kind { Number, Choice };

    Kind kind = Kind::Choice;
    QString id;    ///< unique in the quiz bank; "lesson-id/step" in lessons
    QString topic; ///< http, https, tls, http2, push, websocket, scaling, grpc, choosing
    QString ask;
    QList<QuestionChoice> choices;
    QString answer;    ///< Number: the measured answer's expression
    QString tolerance; ///< Number: "0", "0.5" (absolute) or "10%" (relative)
    QString unit;
    QString explain;  ///< why, with {expression[:decimals]} placeholders for measured values
    QString proof;    ///< "SIDE FILTER": the event that shows the answer
    QString scenario; ///< quiz bank: the scenario a live question runs
    QString knobs;    ///< quiz bank: its knobs ("rtt=100 loss=2%")
    QString file;
    int line = 0;

    /// Whether the answer depends on a run (a number, or choices with conditions).
    bool isLive() const
    {
        return kind == Kind::Number || (!choices.isEmpty() && !choices.first().condition.isEmpty());
    }
};

/// An action a lesson step performs before its narration is read (docs/lessons.md).
struct LessonAction
{
    enum class Type { Scenario, Knobs, Run, PauseAt, View, Select, Field, Zoom };

    Type type = Type::Run;
    QString argument; ///< scenario id, knob settings, "SIDE FILTER", view name, field name, "FROM .. TO"
    int line = 0;
};

struct LessonStep
{
    QString title;
    QString text; ///< Markdown
    QList<LessonAction> actions;
    std::optional<Question> question;
    int line = 0;
};

/// A lesson as its file states it (LessonLibrary loads and translates them).
struct Lesson
{
    QString id;
    QString title;
    QString topic;
    QString summary;
    int minutes = 0;
    QString needs; ///< a scenario the engine does not offer yet: the lesson waits for it
    QList<LessonStep> steps;
    QString file;

    bool isWaiting() const { return !needs.isEmpty(); }
    /// The questions of every step, in order.
    QList<Question> questions() const;
};

/// A term of the glossary: what the UI shows and what it means.
struct GlossaryTerm
{
    QString term;
    QStringList aka; ///< other spellings it is found by
    QString means;
};

/// One claim of a trade-off card, with the run that demonstrates it.
struct TradeoffClaim
{
    QString text;
    QString scenario; ///< empty when no scenario shows it
    QString knobs;
};

/// When to pick a protocol and when not, and how to say so in an interview.
struct TradeoffCard
{
    QString id;
    QString title;
    QList<TradeoffClaim> pick;
    QList<TradeoffClaim> avoid;
    QStringList say;
};

} // namespace protoviz

#pragma once

#include "core/lesson/lesson.h"
#include "core/lesson/questiongrader.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace protoviz {

class AnswerInput;

/// A lesson step's question: what it asks, the learner's answer (AnswerInput: a choice, or a predicted
/// number with its unit), then Reveal: right or not quite, the measured answer, why, and a
/// button that shows the event that proves it. Predict first, then reveal: Reveal waits for an answer
/// and for the run the question is about. Grades nothing itself: the lesson panel reveals.
class LessonQuestionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonQuestionView)

public:
    explicit LessonQuestionView(QWidget* parent = nullptr);

    /// Shows question, unanswered.
    void setQuestion(const Question& question);
    /// Shows the texts of the same question in another language, keeping the answer given and what was
    /// revealed (showReveal() again shows the explanation's new text).
    void updateTexts(const Question& question);
    /// Whether the answer may be revealed once given: not while the run the question is about goes on.
    void setRunReady(bool ready);

    /// Answers as the learner does: a prediction, or a choice (0-based).
    void setPrediction(double value);
    void choose(int index);
    bool hasAnswer() const;
    bool isRevealed() const { return m_shown.has_value(); }

    /// Shows what reveal says about the answer given: right or not quite, the measured answer and why,
    /// and the proof button when proofShown (there is an event, and the panes show its run). Locks the
    /// answer.
    void showReveal(const QuestionReveal& reveal, bool proofShown);

signals:
    void revealRequested();
    void proofRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateRevealButton();
    void showFeedback();

    Question m_question;
    bool m_runReady = false;
    std::optional<QuestionReveal> m_shown;
    bool m_proofShown = false;

    QLabel* m_ask = nullptr;
    AnswerInput* m_input = nullptr;
    QPushButton* m_reveal = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_answer = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_proof = nullptr;
};

} // namespace protoviz
